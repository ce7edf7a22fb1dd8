package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/assess/decision"
)

// MaxPortfolio is the most systems one portfolio plan holds: a page per
// system, all in memory until the PDF is written. Larger sets are split,
// or listed with `assess --format csv`.
const MaxPortfolio = 2000

// ForPortfolio returns r with only what Portfolio reads: the system, its
// score and the decision's headline, criteria, end-of-life products and
// requirement ids. A portfolio of thousands then holds a few KB per
// system rather than each one's inventory, decomposition and evidence.
func ForPortfolio(r assess.Result) assess.Result {
	e := r.Evaluation
	if e == nil {
		return r
	}
	slim := &assess.Evaluation{System: e.System, Checklist: e.Checklist, Decision: e.Decision, Decider: e.Decider}
	d := &slim.Decision
	d.Suggestions, d.Strategy.Rules, d.Strategy.Rationale = nil, nil, nil
	d.Maturity.Evidence = nil
	d.Criteria = slices.Clone(d.Criteria)
	for i := range d.Criteria {
		d.Criteria[i].Evidence, d.Criteria[i].Support = nil, nil
	}
	reqs := make([]decision.Selected, len(d.Requirements))
	for i, s := range d.Requirements {
		reqs[i] = decision.Selected{ID: s.ID}
	}
	d.Requirements = reqs
	d.Priority.Factors = nil
	return assess.Result{File: r.File, Evaluation: slim}
}

// Portfolio builds the plan of many systems: a summary (every system in
// priority order with verdict, strategy, maturity and estimate, the
// distribution of "Y" answers, the total), the files that failed with
// their errors, then one page per system.
func Portfolio(results []assess.Result, p *Prose, opts Options) *Document {
	var ok []*assess.Evaluation
	var failed []assess.Result
	for _, r := range results {
		if r.Evaluation != nil {
			ok = append(ok, r.Evaluation)
		} else {
			failed = append(failed, r)
		}
	}
	slices.SortStableFunc(ok, func(a, b *assess.Evaluation) int { return b.Decision.Priority.Score - a.Decision.Priority.Score })
	b := newBuilder(p, fill(p.PortfolioTitle, "count", strconv.Itoa(len(ok))), opts)
	pp := p.Portfolio
	summary := section("portfolio", roman[0], pp.Title, paragraphs(pp.Intro)...)
	summary.NewPage = true
	t := &Table{Header: []string{pp.Columns.Order, pp.Columns.System, pp.Columns.Verdict, pp.Columns.Strategy, pp.Columns.Maturity,
		pp.Columns.Priority, pp.Columns.Amount}, Widths: []float64{0.6, 3, 1.4, 1.3, 1.1, 0.9, 1.8}}
	var total int64
	hist := make([]int, 0, 11)
	strategies := map[string]int{}
	for i, e := range ok {
		d := e.Decision
		amount := p.Labels.AgencyInput
		if d.Estimate.Method != "none" && d.Estimate.Amount > 0 {
			amount = decision.Thousands(d.Estimate.Amount)
			total += d.Estimate.Amount
		}
		t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), systemName(e), p.Diagnosis.VerdictsShort[string(e.Checklist.Verdict)],
			d.Strategy.Chosen, fmt.Sprintf("L%d→L%d", d.Maturity.Level, d.Maturity.Target), strconv.Itoa(d.Priority.Score), amount})
		for len(hist) <= e.Checklist.Yes {
			hist = append(hist, 0)
		}
		hist[e.Checklist.Yes]++
		strategies[d.Strategy.Chosen]++
	}
	summary.Blocks = append(summary.Blocks, &Paragraph{Text: fill(pp.Total, "count", strconv.Itoa(len(ok)), "amount", decision.Thousands(total))}, t)
	chart := &Chart{}
	if len(ok) > 0 {
		for len(hist) <= ok[0].Checklist.Total {
			hist = append(hist, 0)
		}
	}
	for yes, n := range hist {
		chart.Bars = append(chart.Bars, Bar{Label: fmt.Sprintf(`"Y" %d`, yes), Value: float64(n), Text: strconv.Itoa(n)})
		chart.Max = max(chart.Max, float64(n))
	}
	summary.Blocks = append(summary.Blocks, &Figure{Caption: b.figure(pp.Distribution), Chart: chart})
	if len(ok) > 0 {
		summary.Blocks = append(summary.Blocks, &Paragraph{Text: fill(p.Diagnosis.Rule, "threshold", strconv.Itoa(ok[0].Checklist.Threshold)), Note: true})
	}
	sc := &Chart{}
	for _, id := range decision.Strategies {
		if n := strategies[id]; n > 0 {
			sc.Bars = append(sc.Bars, Bar{Label: id, Value: float64(n), Text: strconv.Itoa(n)})
			sc.Max = max(sc.Max, float64(n))
		}
	}
	if len(sc.Bars) > 0 {
		summary.Blocks = append(summary.Blocks, &Figure{Caption: b.figure(p.Strategy.Title), Chart: sc})
	}
	if len(failed) > 0 {
		fs := section("failed", "", pp.Failed.Title, paragraphs(pp.Failed.Intro)...)
		ft := &Table{Header: []string{b.word("file", "파일"), b.word("error", "오류")}, Widths: []float64{3, 6}}
		for _, r := range failed {
			ft.Rows = append(ft.Rows, []string{r.File, r.Error()})
		}
		fs.Blocks = append(fs.Blocks, ft)
		summary.Sections = append(summary.Sections, fs)
	}
	b.doc.Sections = append(b.doc.Sections, summary)
	systems := section("systems", roman[1], pp.Systems.Title, paragraphs(pp.Systems.Intro)...)
	systems.NewPage = true
	for i, e := range ok {
		s := b.systemPage(e)
		s.Number = strconv.Itoa(i + 1)
		s.NewPage = i > 0
		systems.Sections = append(systems.Sections, s)
	}
	b.doc.Sections = append(b.doc.Sections, systems)
	return b.doc
}

func systemName(e *assess.Evaluation) string {
	if e.System.Name == "" {
		return e.System.ID
	}
	return e.System.Name + " (" + e.System.ID + ")"
}

// systemPage is one system of a portfolio on about a page: its summary
// sheet, the expert criteria, the problems the "Y" answers reveal and the
// requirements selected.
func (b *builder) systemPage(e *assess.Evaluation) *Section {
	d := e.Decision
	p := b.p
	s := section("system-"+e.System.ID, "", systemName(e))
	verdict := fmt.Sprintf("%s (Y %d / %d)", p.Diagnosis.Verdicts[string(e.Checklist.Verdict)], e.Checklist.Yes, e.Checklist.Total)
	amount := p.Overview.BudgetMissing
	if d.Estimate.Method != "none" && d.Estimate.Amount > 0 {
		amount = fill(p.Overview.BudgetValue, "amount", decision.Thousands(d.Estimate.Amount))
	}
	agency := e.System.Agency
	if agency == "" {
		agency = p.Labels.AgencyInput
	}
	info, _ := e.Decider.Rules.StrategyByID(d.Strategy.Chosen)
	runner, _ := e.Decider.Rules.StrategyByID(d.Strategy.RunnerUp)
	s.Blocks = append(s.Blocks, &Sheet{Rows: []SheetRow{
		{Label: p.Labels.Agency, Lines: []string{agency}},
		{Label: p.Diagnosis.Title, Lines: []string{verdict}},
		{Label: p.Strategy.Title, Lines: []string{fmt.Sprintf("%s — %s (%s: %s)", d.Strategy.Chosen, info.Name.In(b.lang), p.Strategy.RunnerUp, runner.Name.In(b.lang))}},
		{Label: p.Strategy.Maturity.Title, Lines: []string{fill(p.Strategy.MaturityLine, "current", "L"+strconv.Itoa(d.Maturity.Level), "current_name", d.Maturity.Name,
			"target", "L"+strconv.Itoa(d.Maturity.Target), "target_name", d.Maturity.TargetName)}},
		{Label: p.Portfolio.Columns.Priority, Lines: []string{strconv.Itoa(d.Priority.Score) + " / 100"}},
		{Label: p.Overview.Fields.Budget, Lines: []string{amount}},
	}})
	ct := &Table{Header: []string{p.Diagnosis.CriteriaColumns.Criterion, p.Diagnosis.CriteriaColumns.Status}, Widths: []float64{6, 2}}
	for _, c := range d.Criteria {
		ct.Rows = append(ct.Rows, []string{c.Name, p.Diagnosis.Statuses[c.Status]})
	}
	s.Blocks = append(s.Blocks, ct)
	var problems []string
	for _, n := range e.Checklist.YesItems {
		if text, ok := p.Current.ItemProblems[n]; ok {
			problems = append(problems, text)
		}
	}
	for _, eol := range d.EndOfLife {
		problems = append(problems, fill(p.Current.EOLProblem, "product", eol.Product, "version", eol.Version, "date", eol.Ended, "source", eol.Source))
	}
	if len(problems) > 0 {
		s.Blocks = append(s.Blocks, &Paragraph{Text: p.Current.Problems.Title}, &Bullets{Items: problems})
	}
	if len(d.Requirements) > 0 {
		ids := make([]string, len(d.Requirements))
		for i, r := range d.Requirements {
			ids[i] = r.ID
		}
		s.Blocks = append(s.Blocks, &Paragraph{Text: fmt.Sprintf("%s (%d): %s", p.Requirements.Summary.Title, len(ids), strings.Join(ids, ", "))})
	}
	return s
}
