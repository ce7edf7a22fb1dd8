package assess

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/cnready/cnready/assess/decision"
	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/probe"
	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/fserr"
	"github.com/cnready/cnready/inventory"
)

// Evaluation is everything cnready concludes about one system: its
// checklist score, the inventory and bounded contexts its optional sections
// produce, and the decision made from them. Renderers (the CLI, the report)
// read it; nothing downstream decides anything.
type Evaluation struct {
	System    System               `json:"system" yaml:"system"`
	Checklist checklist.Score      `json:"checklist" yaml:"checklist"`
	Inventory *inventory.Inventory `json:"inventory,omitempty" yaml:"inventory,omitempty"`
	Contexts  *decompose.Result    `json:"contexts,omitempty" yaml:"contexts,omitempty"`
	Decision  decision.Decision    `json:"decision" yaml:"decision"`

	// Assessment is the decoded input (answers and notes); Definition the
	// checklist it was scored against; Probe what the source and host
	// probe found; Model the decomposer's input (tables with comments,
	// functions). Decider holds the rules and the requirement catalogue
	// the decision came from, for their texts.
	Assessment *Assessment          `json:"-" yaml:"-"`
	Definition *checklist.Checklist `json:"-" yaml:"-"`
	Probe      *probe.Result        `json:"-" yaml:"-"`
	Model      *decompose.Model     `json:"-" yaml:"-"`
	Decider    *decision.Decider    `json:"-" yaml:"-"`

	// lazy, when set, holds the decision in place of Decision (see
	// evaluate): only WriteJSON and AppendYAML read it.
	lazy *decision.Lazy
}

// Result is one item of a batch: a file and its evaluation, or the error
// that stopped it. Its JSON form is the `assess --format json` contract
// (DESIGN.md): {"file", "system", "checklist", ..., "decision"} or
// {"file", "error"}.
type Result struct {
	File       string
	Evaluation *Evaluation
	Err        error
}

// Error returns the error as one line ("" when there is none), as text and
// CSV output show it.
func (r Result) Error() string {
	if r.Err == nil {
		return ""
	}
	return fserr.OneLine(r.Err)
}

type resultJSON struct {
	File        string `json:"file" yaml:"file"`
	*Evaluation `json:",omitempty" yaml:",inline,omitempty"`
	Error       string `json:"error,omitempty" yaml:"error,omitempty"`
}

func (r Result) view() resultJSON {
	if r.Err != nil {
		return resultJSON{File: r.File, Error: r.Error()}
	}
	return resultJSON{File: r.File, Evaluation: r.Evaluation}
}

// MarshalJSON writes the contract form.
func (r Result) MarshalJSON() ([]byte, error) { return json.Marshal(r.view()) }

// MarshalYAML writes the contract form.
func (r Result) MarshalYAML() (any, error) { return r.view(), nil }

// Input is one file to assess, or the error met while looking for files.
type Input struct {
	Path string
	Err  error
	// Listed is set when a directory listing reported a regular file.
	Listed bool
}

// Expand turns the arguments into the list of files to assess: files as
// given, directories walked for *.yaml and *.yml in lexical order. A path
// that cannot be read becomes an Input with Err rather than stopping the
// batch. Files are opened later, and only if regular.
func Expand(args []string) []Input {
	var in []Input
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			in = append(in, Input{Path: arg, Err: fserr.Path(arg, err)})
			continue
		}
		if !info.IsDir() {
			in = append(in, Input{Path: arg})
			continue
		}
		var found []Input
		_ = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				found = append(found, Input{Path: p, Err: fserr.Path(p, err)})
			case d.IsDir():
				if p != arg && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
			default:
				if ext := strings.ToLower(filepath.Ext(p)); ext == ".yaml" || ext == ".yml" {
					found = append(found, Input{Path: p, Listed: d.Type().IsRegular()})
				}
			}
			return nil
		})
		sort.SliceStable(found, func(i, j int) bool { return found[i].Path < found[j].Path })
		in = append(in, found...)
	}
	return in
}

// Batch evaluates every file given (directories expanded) with up to jobs
// files at once (0: the number of CPUs). Results come in input order; a bad
// file yields a Result with Err and the batch goes on.
func (e *Evaluator) Batch(ctx context.Context, args []string, jobs int) []Result {
	var out []Result
	_ = Each(ctx, e, args, jobs, func(Result) struct{} { return struct{}{} }, func(r Result, _ struct{}) error {
		out = append(out, r)
		return nil
	})
	return out
}

// Each evaluates every file given like Batch, but streams: work runs in the
// worker that evaluated a result (to render it, say), and emit gets every
// result with its work in input order as soon as the results before it are
// done, so a large batch is never held in memory whole. A later file that
// reuses a system id becomes an error (the id keys a portfolio), and its
// work is done again. Each stops at the first error emit returns.
func Each[T any](ctx context.Context, e *Evaluator, args []string, jobs int, work func(Result) T, emit func(Result, T) error) error {
	return EachInput(ctx, e, Expand(args), jobs, work, emit)
}

// EachInput is Each over inputs already expanded (a caller that counted
// them first need not walk the folders again).
func EachInput[T any](ctx context.Context, e *Evaluator, in []Input, jobs int, work func(Result) T, emit func(Result, T) error) error {
	eval := func(ctx context.Context, in Input) (Result, T) {
		r := e.file(ctx, in)
		return r, work(r)
	}
	return eachInput(ctx, e, in, jobs, eval, work, emit)
}

// eachInput is EachInput with the evaluation given: eval evaluates one
// input and does its work; redo does the work again for a result turned
// into an error (a reused system id).
func eachInput[T any](ctx context.Context, e *Evaluator, in []Input, jobs int, eval func(context.Context, Input) (Result, T), redo func(Result) T, emit func(Result, T) error) error {
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	type done struct {
		i int
		r Result
		t T
	}
	todo := make(chan int)
	results := make(chan done, jobs)
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range todo {
				var d done
				switch {
				case in[i].Err != nil:
					d.r = Result{File: in[i].Path, Err: in[i].Err}
					d.t = redo(d.r)
				case ctx.Err() != nil:
					d.r = Result{File: in[i].Path, Err: ErrInterrupted}
					d.t = redo(d.r)
				default:
					d.r, d.t = eval(ctx, in[i])
				}
				d.i = i
				results <- d
			}
		}()
	}
	go func() {
		defer close(todo)
		for i := range in {
			select {
			case todo <- i:
			case <-ctx.Done():
				// Cancelled: the rest are reported as interrupted.
				for ; i < len(in); i++ {
					todo <- i
				}
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	pending := map[int]done{}
	next := 0
	first := map[string]string{}
	var emitErr error
	for d := range results {
		pending[d.i] = d
		for {
			d, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if emitErr != nil {
				continue // drain so the workers finish
			}
			if d.r.Evaluation != nil {
				id := d.r.Evaluation.System.ID
				if f, dup := first[id]; dup {
					d.r = Result{File: d.r.File, Err: fmt.Errorf("%s:1: system id %q is already used by %s", d.r.File, id, f)}
					d.t = redo(d.r)
				} else {
					first[id] = d.r.File
				}
			}
			if err := emit(d.r, d.t); err != nil {
				emitErr = err
				stop()
			}
		}
	}
	return emitErr
}

// Failed reports whether any result carries an error.
func Failed(rs []Result) bool {
	for _, r := range rs {
		if r.Err != nil {
			return true
		}
	}
	return false
}

// ErrInterrupted is returned when the context is cancelled mid-batch.
var ErrInterrupted = errors.New("interrupted")
