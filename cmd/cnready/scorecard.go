package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/checklist"
)

// cardWidth keeps the score card inside an 80-column terminal.
const cardWidth = 76

// writeScoreCard prints the per-goal bars, the count against the rule, the
// verdict and what each "Y" means for the transition.
func (a *app) writeScoreCard(w io.Writer, cl *checklist.Checklist, r *assess.Evaluation) {
	st := newStyles(w, a.color(a.io.OutTTY))
	s := r.Checklist
	lang := a.lang
	var b strings.Builder
	title := r.System.ID
	if r.System.Name != "" {
		title = r.System.Name + " (" + r.System.ID + ")"
	}
	if r.System.Agency != "" {
		title += " · " + r.System.Agency
	}
	b.WriteString(st.Title.Render(title) + "\n\n")
	nameW := 0
	for _, g := range s.Categories {
		nameW = max(nameW, lipgloss.Width(a.goalName(g)))
	}
	for _, g := range s.Categories {
		name := a.goalName(g)
		pad := strings.Repeat(" ", nameW-lipgloss.Width(name))
		bar := st.BarOn.Render(strings.Repeat("██", g.Yes)) +
			st.Warn.UnsetBold().Render(strings.Repeat("▒▒", g.Unknown)) +
			st.BarOff.Render(strings.Repeat("░░", g.No))
		fmt.Fprintf(&b, "%s%s  %s %d/%d\n", name, pad, bar, g.Yes, g.Total)
	}
	b.WriteString("\n" + st.Dim.Render(a.msg("█ Y  ▒ unknown  ░ N", "█ Y  ▒ 모름  ░ N")) + "\n\n")
	count := fmt.Sprintf(a.msg("Y: %d of %d (rule: %d or more)", "Y: %d개 / %d개 (기준: %d개 이상)"), s.Yes, s.Total, s.Threshold)
	if s.Unknown > 0 {
		count += fmt.Sprintf(a.msg(", unknown: %d", ", 모름: %d개"), s.Unknown)
	}
	b.WriteString(count + "\n")
	b.WriteString(verdictStyle(st, s.Verdict).Render("→ "+a.verdictText(s.Verdict)) + "\n")
	box := st.Box.Width(cardWidth).Render(strings.TrimRight(b.String(), "\n"))
	fmt.Fprintln(w, box)

	if len(s.YesItems) == 0 {
		return
	}
	fmt.Fprintln(w, st.Heading.Render(a.msg(`What the "Y" answers mean for the transition:`, `"Y" 항목이 전환에 주는 의미:`)))
	wrap := st.r.NewStyle().Width(cardWidth - 2)
	for _, n := range s.YesItems {
		it, ok := cl.Item(n)
		if !ok {
			continue
		}
		text := fmt.Sprintf("%2d. %s", n, it.Rationale.In(lang))
		fmt.Fprintln(w, indentAfterFirst(wrap.Render(text), "    "))
	}
}

// indentAfterFirst indents continuation lines of a wrapped paragraph.
func indentAfterFirst(s, pad string) string {
	lines := strings.Split(s, "\n")
	for i := 1; i < len(lines); i++ {
		lines[i] = pad + strings.TrimLeft(lines[i], " ")
	}
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	return strings.Join(lines, "\n")
}

// writeChecklistText prints the checklist goal by goal.
func (a *app) writeChecklistText(w io.Writer, cl *checklist.Checklist) {
	st := newStyles(w, a.color(a.io.OutTTY))
	lang := a.lang
	fmt.Fprintln(w, st.Title.Render(cl.Title.In(lang)))
	if cl.Rule.Ko != "" {
		fmt.Fprintln(w, cl.Rule.In(lang))
	}
	wrap := st.r.NewStyle().Width(cardWidth)
	for _, g := range cl.Goals {
		fmt.Fprintln(w)
		fmt.Fprintln(w, st.Heading.Render(g.Name.In(lang)))
		for _, it := range cl.ItemsOf(g.ID) {
			fmt.Fprintln(w, indentAfterFirst(wrap.Render(fmt.Sprintf("%2d. %s", it.Number, it.Text.In(lang))), "    "))
			if h := it.Help.In(lang); h != "" {
				fmt.Fprintln(w, st.Dim.Render(indentAfterFirst(wrap.Render("    "+h), "    ")))
			}
		}
	}
}
