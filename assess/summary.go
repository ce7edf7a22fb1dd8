package assess

import (
	"context"

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
	// From the decision.
	Strategy, RunnerUp    string
	Maturity, TargetLevel int
	MaturityAssumed       bool
	Priority              int
	Estimated             bool // a size estimate was made
	FP                    float64
	Amount                int64
	Requirements          int
}

// Summary returns r's summary.
func (r Result) Summary() Summary {
	s := Summary{File: r.File, Err: r.Err}
	e := r.Evaluation
	if r.Err != nil || e == nil {
		return s
	}
	d := &e.Decision
	s.System, s.Score = e.System, e.Checklist
	s.Strategy, s.RunnerUp = d.Strategy.Chosen, d.Strategy.RunnerUp
	s.Maturity, s.TargetLevel, s.MaturityAssumed = d.Maturity.Level, d.Maturity.Target, d.Maturity.Assumed
	s.Priority = d.Priority.Score
	s.Estimated = d.Estimate.Method != "none" && d.Estimate.Method != ""
	s.FP, s.Amount = d.Estimate.FP.Total, d.Estimate.Amount
	s.Requirements = len(d.Requirements)
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
	_ = EachInput(ctx, e, in, jobs, func(r Result) Summary { return r.Summary() }, func(_ Result, s Summary) error {
		out = append(out, s)
		return nil
	})
	return out
}
