package assess

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/fserr"
)

// Result is the evaluation of one Assessment file. Its JSON form is the
// `assess --format json` contract (DESIGN.md): either the system and its
// scores, or the file and its error.
type Result struct {
	File      string           `json:"file" yaml:"file"`
	System    *System          `json:"system,omitempty" yaml:"system,omitempty"`
	Checklist *checklist.Score `json:"checklist,omitempty" yaml:"checklist,omitempty"`
	Extras    `yaml:",inline"`
	Error     string `json:"error,omitempty" yaml:"error,omitempty"`

	// Assessment is the decoded input, for renderers that need its notes.
	Assessment *Assessment `json:"-" yaml:"-"`
}

// Evaluator scores assessments against checklists from a template tree.
type Evaluator struct {
	// Checklists resolves a checklist id (empty: the default).
	Checklists func(id string) (*checklist.Checklist, error)
}

// DefaultEvaluator scores against the built-in checklists.
func DefaultEvaluator() *Evaluator {
	return &Evaluator{Checklists: func(id string) (*checklist.Checklist, error) {
		if id == "" || id == checklist.Builtin().ID {
			return checklist.Builtin(), nil
		}
		return nil, fmt.Errorf("unknown checklist %q", id)
	}}
}

// Evaluate scores a decoded assessment and evaluates its optional sections.
func (e *Evaluator) Evaluate(ctx context.Context, a *Assessment) (Result, error) {
	cl, err := e.Checklists(a.Checklist.ID)
	if err != nil {
		return Result{}, err
	}
	sys := a.System
	score := cl.Score(a.Checklist.Answers)
	r := Result{File: a.Path, System: &sys, Checklist: &score, Assessment: a}
	if err := e.evaluateExtras(ctx, a, &r); err != nil {
		return Result{}, err
	}
	return r, nil
}

// File decodes and evaluates one file. Errors are returned in the Result so
// a batch goes on.
func (e *Evaluator) File(ctx context.Context, path string) Result {
	data, err := os.ReadFile(path)
	if err != nil {
		return Result{File: path, Error: oneLine(fserr.Path(path, err))}
	}
	a, err := DecodeBytes(data, path, e.Checklists)
	if err != nil {
		return Result{File: path, Error: oneLine(err)}
	}
	r, err := e.Evaluate(ctx, a)
	if err != nil {
		return Result{File: path, Error: oneLine(fmt.Errorf("%s: %w", path, err))}
	}
	return r
}

// oneLine joins a multi-error into one line with "; " so each result's
// error stays one line in text and CSV output.
func oneLine(err error) string {
	return strings.ReplaceAll(strings.TrimSpace(err.Error()), "\n", "; ")
}

// Input is one file to assess, or the error met while looking for files.
type Input struct {
	Path string
	Err  error
}

// Expand turns the arguments into the list of files to assess: files as
// given, directories walked for *.yaml and *.yml in lexical order. A path
// that cannot be read becomes an Input with Err rather than stopping the
// batch.
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
					found = append(found, Input{Path: p})
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
// file yields a Result with Error and the batch goes on.
func (e *Evaluator) Batch(ctx context.Context, args []string, jobs int) []Result {
	in := Expand(args)
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	out := make([]Result, len(in))
	var wg sync.WaitGroup
	work := make(chan int)
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				out[i] = e.File(ctx, in[i].Path)
			}
		}()
	}
	for i, f := range in {
		switch {
		case f.Err != nil:
			out[i] = Result{File: f.Path, Error: oneLine(f.Err)}
		case ctx.Err() != nil:
			out[i] = Result{File: f.Path, Error: ErrInterrupted.Error()}
		default:
			work <- i
		}
	}
	close(work)
	wg.Wait()
	markDuplicateIDs(out)
	return out
}

// markDuplicateIDs turns every later file that reuses a system id into an
// error: the id is the system's key in a portfolio and in report names.
func markDuplicateIDs(rs []Result) {
	first := map[string]string{}
	for i := range rs {
		r := &rs[i]
		if r.Error != "" || r.System == nil {
			continue
		}
		if f, dup := first[r.System.ID]; dup {
			*r = Result{File: r.File, Error: fmt.Sprintf("%s:1: system id %q is already used by %s", r.File, r.System.ID, f)}
			continue
		}
		first[r.System.ID] = r.File
	}
}

// Failed reports whether any result carries an error.
func Failed(rs []Result) bool {
	for _, r := range rs {
		if r.Error != "" {
			return true
		}
	}
	return false
}

// ErrInterrupted is returned when the context is cancelled mid-batch.
var ErrInterrupted = errors.New("interrupted")
