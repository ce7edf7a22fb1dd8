package assess

import (
	"context"
	"fmt"

	"github.com/cnready/cnready/assess/decision"
	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/fserr"
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
	var head decision.Headline
	ev, err := e.evaluate(ctx, a, &head)
	if err != nil {
		r := Result{File: in.Path, Err: fmt.Errorf("%s: %w", in.Path, err)}
		return r, r.Summary()
	}
	return Result{File: in.Path, Evaluation: &Evaluation{System: ev.System}},
		Summary{File: in.Path, System: ev.System, Score: ev.Checklist, Headline: head}
}
