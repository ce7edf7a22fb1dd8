package assess

import (
	"context"
	"fmt"

	"github.com/cnready/cnready/assess/decision"
	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/fserr"
	"github.com/cnready/cnready/internal/jsonw"
)

// Summary is what one row of a batch table shows: the score and the
// decision's headline. A batch of tens of thousands keeps these rather
// than every evaluation (a decision with its requirements and evidence is
// some 6 KB; a summary a few hundred bytes).
type Summary struct {
	File   string
	Err    error
	System System
	Score  checklist.Score
	decision.Headline
}

// Summary returns r's summary.
func (r Result) Summary() Summary {
	s := Summary{File: r.File, Err: r.Err}
	e := r.Evaluation
	if r.Err != nil || e == nil {
		return s
	}
	s.System, s.Score, s.Headline = e.System, e.Checklist, e.Decision.Headline()
	return s
}

// Error is the summary's error on one line, or "".
func (s Summary) Error() string {
	if s.Err == nil {
		return ""
	}
	return fserr.OneLine(s.Err)
}

// Summaries evaluates the inputs (see Expand), jobs at a time, and returns
// their summaries in input order; evaluations are dropped as soon as they
// are summarised, so memory stays flat however many files there are.
func Summaries(ctx context.Context, e *Evaluator, in []Input, jobs int) []Summary {
	var out []Summary
	_ = eachInput(ctx, e, in, jobs, e.summary, Result.Summary, func(_ Result, s Summary) error {
		out = append(out, s)
		return nil
	})
	return out
}

// summary evaluates one input for its summary: the decision's headline
// without its evidence (decision.Decider.Headline). The Result carries
// what the batch checks (the system id), not the evaluation.
func (e *Evaluator) summary(ctx context.Context, in Input) (Result, Summary) {
	a, err := e.load(ctx, in)
	if err != nil {
		r := Result{File: in.Path, Err: err}
		return r, r.Summary()
	}
	var lazy decision.Lazy
	ev, err := e.evaluate(ctx, a, &lazy)
	if err != nil {
		r := Result{File: in.Path, Err: fmt.Errorf("%s: %w", in.Path, err)}
		return r, r.Summary()
	}
	return Result{File: in.Path, Evaluation: &Evaluation{System: ev.System}},
		Summary{File: in.Path, System: ev.System, Score: ev.Checklist, Headline: lazy.Headline()}
}

// EachJSON evaluates the inputs (see Expand) as EachInput does and hands
// emit, in input order, each result's summary and its JSON
// (Result.WriteJSON) written into a Writer from get, which emit then owns.
// The evaluations are not kept, and their decisions are written without
// being filled first (decision.Lazy): the way `assess --format json`
// writes a folder of thousands.
func EachJSON(ctx context.Context, e *Evaluator, in []Input, jobs int, get func() *jsonw.Writer, emit func(Summary, *jsonw.Writer) error) error {
	return eachEncoded(ctx, e, in, jobs, func(r Result) (*jsonw.Writer, error) {
		w := get()
		err := r.WriteJSON(w)
		if err != nil {
			w.Reset()
		}
		return w, err
	}, emit)
}

// EachYAML is EachJSON in YAML: each result as one element of a sequence
// (Result.AppendYAML).
func EachYAML(ctx context.Context, e *Evaluator, in []Input, jobs int, emit func(Summary, []byte) error) error {
	return eachEncoded(ctx, e, in, jobs, func(r Result) ([]byte, error) { return r.AppendYAML(nil) }, emit)
}

// eachEncoded runs EachJSON and EachYAML: encode writes one result.
func eachEncoded[T any](ctx context.Context, e *Evaluator, in []Input, jobs int, encode func(Result) (T, error), emit func(Summary, T) error) error {
	type encoded struct {
		s Summary
		t T
	}
	write := func(r Result, s Summary) encoded {
		t, err := encode(r)
		if err != nil {
			// Only an inventory or decomposition fails to encode (through
			// encoding/json or yaml.v3); the element says so rather than
			// breaking the output.
			r = Result{File: r.File, Err: fmt.Errorf("%s: cannot encode the result: %w", r.File, err)}
			s = r.Summary()
			t, _ = encode(r)
		}
		return encoded{s, t}
	}
	redo := func(r Result) encoded { return write(r, r.Summary()) }
	eval := func(ctx context.Context, in Input) (Result, encoded) {
		a, err := e.load(ctx, in)
		if err != nil {
			r := Result{File: in.Path, Err: err}
			return r, redo(r)
		}
		var lazy decision.Lazy
		ev, err := e.evaluate(ctx, a, &lazy)
		if err != nil {
			r := Result{File: in.Path, Err: fmt.Errorf("%s: %w", in.Path, err)}
			return r, redo(r)
		}
		s := Summary{File: in.Path, System: ev.System, Score: ev.Checklist, Headline: lazy.Headline()}
		x := write(Result{File: in.Path, Evaluation: ev}, s)
		// The batch checks the system id; the evaluation is dropped.
		return Result{File: in.Path, Evaluation: &Evaluation{System: ev.System}}, x
	}
	return eachInput(ctx, e, in, jobs, eval, redo, func(_ Result, x encoded) error { return emit(x.s, x.t) })
}
