package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/assess/decision"
	"github.com/cnready/cnready/internal/sanitize"
)

// writeExplain prints one system's decision in full: every criterion with
// its evidence, the strategy scores and the rules that fired, suggestions
// and disagreements, the requirements with the rule that chose each, the
// estimate with its formula, and the priority's factors.
func (a *app) writeExplain(w io.Writer, r assess.Result) error {
	if r.Evaluation == nil {
		return fmt.Errorf("%s", r.Error())
	}
	st := newStyles(w, a.color(a.io.OutTTY && w == a.io.Out))
	e := r.Evaluation
	d := e.Decision
	p := &explainPrinter{w: w, a: a}
	title := e.System.ID
	if e.System.Name != "" {
		title = e.System.Name + " (" + e.System.ID + ")"
	}
	if e.System.Agency != "" {
		title += " · " + e.System.Agency
	}
	fmt.Fprintln(w, st.Title.Render(sanitize.Line(title)))
	fmt.Fprintln(w, a.countLine(&e.Checklist))
	fmt.Fprintln(w, st.Dim.Render(sanitize.Line(r.File)))

	p.heading(st.Heading.Render(a.msg("Expert criteria (대상 업무 선정 방향)", "전문가 기준 (대상 업무 선정 방향)")))
	for _, c := range d.Criteria {
		mark := map[string]string{decision.Met: "✔", decision.NotMet: "·", decision.Unknown: "?"}[c.Status]
		status := map[string]string{decision.Met: a.msg("met", "충족"), decision.NotMet: a.msg("not met", "미충족"),
			decision.Unknown: a.msg("unknown", "판단 불가")}[c.Status]
		fmt.Fprintf(w, "  %s %s — %s\n", mark, c.Name, status)
		fmt.Fprintf(w, "      %s\n", st.Dim.Render(c.Basis))
		p.evidence(c.Evidence, 6)
		if len(c.Support) > 0 {
			fmt.Fprintf(w, "      %s\n", st.Dim.Render(a.msg("answers bearing on it (self-reported, not used):", "관련 답변 (자기 응답이라 판단에 쓰지 않음):")))
			p.evidence(c.Support, 6)
		}
	}

	p.heading(st.Heading.Render(a.msg("Maturity", "성숙도")))
	cur := fmt.Sprintf("L%d %s", d.Maturity.Level, d.Maturity.Name)
	if d.Maturity.Assumed {
		cur += a.msg(" (assumed)", " (가정)")
	}
	fmt.Fprintf(w, "  %s → %s L%d %s\n", cur, a.msg("target", "목표"), d.Maturity.Target, d.Maturity.TargetName)
	p.evidence(d.Maturity.Evidence, 4)

	p.heading(st.Heading.Render(a.msg("Strategy (7R)", "전환 전략 (7R)")))
	s := d.Strategy
	fmt.Fprintf(w, "  %s %s (%s) · %s %s (%s)\n", a.msg("chosen:", "선택:"), s.Chosen, s.ChosenName,
		a.msg("runner-up:", "차선:"), s.RunnerUp, s.RunnerUpName)
	var scores []string
	for _, id := range decision.Strategies {
		scores = append(scores, fmt.Sprintf("%s %d", id, s.Scores.Get(id)))
	}
	fmt.Fprintf(w, "  %s %s\n", a.msg("scores:", "점수:"), strings.Join(scores, " · "))
	if len(s.Excluded) > 0 {
		fmt.Fprintf(w, "  %s %s\n", a.msg("excluded:", "제외:"), strings.Join(s.Excluded, ", "))
	}
	fmt.Fprintln(w, "  "+a.msg("rules that fired:", "적용된 규칙:"))
	for _, fr := range s.Rules {
		fmt.Fprintf(w, "    %s  %s\n", st.Heading.Render(fr.ID), strategyEffect(fr))
		fmt.Fprintf(w, "      %s\n", fr.Why)
		fmt.Fprintf(w, "      %s %s\n", st.Dim.Render(a.msg("reads:", "읽은 사실:")), strings.Join(fr.Reads, ", "))
	}

	p.heading(st.Heading.Render(a.msg("Suggested answers (from the evidence)", "증거 기반 제안 답변")))
	if len(d.Suggestions) == 0 {
		fmt.Fprintln(w, "  "+a.msg("none: give inventory or decomposition.source for evidence-based suggestions",
			"없음: inventory 또는 decomposition.source를 지정하면 증거 기반 제안을 합니다"))
	}
	for _, sg := range d.Suggestions {
		verdict := a.msg("unanswered", "미응답")
		style := st.Dim
		if sg.Agrees != nil && *sg.Agrees {
			verdict, style = a.msg("agrees", "일치"), st.Good
		} else if sg.Agrees != nil {
			verdict, style = a.msg("DISAGREES", "불일치"), st.Warn
		}
		fmt.Fprintf(w, "  %s %d: %s %s, %s %s — %s\n", a.msg("item", "문항"), sg.Item, a.msg("suggests", "제안"), sg.Answer,
			a.msg("answered", "답변"), sg.Given, style.Render(verdict))
		fmt.Fprintf(w, "      %s\n", sg.Why)
		p.evidence(sg.Evidence, 4)
	}

	p.heading(st.Heading.Render(fmt.Sprintf(a.msg("Requirements (%d)", "요구사항 (%d개)"), len(d.Requirements))))
	for _, rq := range d.Requirements {
		fmt.Fprintf(w, "  %s %s\n", st.Heading.Render(rq.ID), rq.Title)
		fmt.Fprintf(w, "      %s\n", st.Dim.Render(sanitize.Line(rq.Because)))
	}

	p.heading(st.Heading.Render(a.msg("Size and cost (first-cut estimate)", "규모·비용 (개략 추정)")))
	est := d.Estimate
	if est.Method == "none" {
		fmt.Fprintf(w, "  %s\n", est.Note)
	} else {
		fmt.Fprintf(w, "  %s %s (%s)\n", a.msg("method:", "방법:"), est.Method, est.Basis)
		fmt.Fprintf(w, "  ILF %d · EIF %d · EI %d · EO %d · EQ %d\n", est.FP.ILF, est.FP.EIF, est.FP.EI, est.FP.EO, est.FP.EQ)
		fmt.Fprintf(w, "  %s %s\n", a.msg("formula:", "산식:"), est.Formula)
		fmt.Fprintf(w, "  %s %s%s\n", a.msg("amount:", "금액:"), decision.Thousands(est.Amount), a.msg(" KRW", "원"))
		fmt.Fprintf(w, "  %s\n", st.Dim.Render(est.Note))
		fmt.Fprintf(w, "  %s %s\n", st.Dim.Render(a.msg("source:", "출처:")), st.Dim.Render(est.Source))
	}

	p.heading(st.Heading.Render(fmt.Sprintf(a.msg("Priority %d/100", "우선순위 %d/100"), d.Priority.Score)))
	for _, f := range d.Priority.Factors {
		fmt.Fprintf(w, "  %-26s %5s  %s\n", f.ID, strconv.FormatFloat(f.Points, 'f', -1, 64), f.Why)
	}
	return nil
}

func strategyEffect(fr decision.FiredRule) string {
	var parts []string
	for _, id := range decision.Strategies {
		if v, ok := fr.Adds[id]; ok {
			parts = append(parts, fmt.Sprintf("%s %+d", id, v))
		}
	}
	if len(fr.Exclude) > 0 {
		parts = append(parts, "exclude "+strings.Join(fr.Exclude, ", "))
	}
	if fr.Choose != "" {
		parts = append(parts, "choose "+fr.Choose)
	}
	return strings.Join(parts, " · ")
}

type explainPrinter struct {
	w io.Writer
	a *app
}

func (p *explainPrinter) heading(s string) { fmt.Fprintf(p.w, "\n%s\n", s) }

// evidence prints up to max items as "path:line — why" or
// "metric = value — why", then "+N more".
func (p *explainPrinter) evidence(ev []decision.Evidence, max int) {
	for i, e := range ev {
		if i == max {
			fmt.Fprintf(p.w, "        "+p.a.msg("… +%d more", "… 외 %d건")+"\n", len(ev)-max)
			break
		}
		fmt.Fprintf(p.w, "        %s\n", sanitize.Line(evidenceLine(e)))
	}
}

func evidenceLine(e decision.Evidence) string {
	var ref string
	switch {
	case e.Path != "" && e.Line > 0:
		ref = fmt.Sprintf("%s:%d", e.Path, e.Line)
	case e.Path != "":
		ref = e.Path
	case e.Metric != "":
		ref = e.Metric + " = " + e.Value
	}
	if ref == "" {
		return e.Why
	}
	if e.Why == "" {
		return ref
	}
	return ref + " — " + e.Why
}
