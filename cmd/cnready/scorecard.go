package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/sanitize"
)

// Text views are laid out in the terminal's width, up to maxTextWidth (an
// 80-column card reads better than a 200-column one) and no less than
// minTextWidth (below that the card cannot hold a goal and its bar).
const (
	maxTextWidth = 80
	minTextWidth = 32
)

// textWidth is the width to lay out output written to w in: the
// terminal's when w is standard output on a terminal, else $COLUMNS when
// set, else 80; kept between minTextWidth and maxTextWidth.
func (a *app) textWidth(w io.Writer) int {
	width := maxTextWidth
	if w == a.io.Out && a.io.OutCols > 0 {
		width = a.io.OutCols
	} else if n, err := strconv.Atoi(a.io.Env("COLUMNS")); err == nil && n > 0 {
		width = n
	}
	return min(max(width, minTextWidth), maxTextWidth)
}

// writeScoreCard prints the per-goal bars, the count against the rule, the
// verdict and what each "Y" means for the transition, sized to the
// terminal. Names and texts from the input are shown with their control
// characters made visible.
func (a *app) writeScoreCard(w io.Writer, cl *checklist.Checklist, r *assess.Evaluation) {
	st := newStyles(w, a.color(a.io.OutTTY && w == a.io.Out))
	width := a.textWidth(w)
	inner := width - 6 // two borders, two padding, and a margin for terminals that wrap at the last column
	s := r.Checklist
	var b strings.Builder
	title := sanitize.Line(r.System.ID)
	if r.System.Name != "" {
		title = sanitize.Line(r.System.Name) + " (" + title + ")"
	}
	if r.System.Agency != "" {
		title += " · " + sanitize.Line(r.System.Agency)
	}
	b.WriteString(st.Title.Render(strings.Join(wordWrap(title, inner), "\n")) + "\n\n")
	b.WriteString(a.goalBars(st, s.Categories, inner))
	b.WriteString("\n" + st.Dim.Render(a.msg("█ Y  ▒ unknown  ░ N", "█ Y  ▒ 모름  ░ N")) + "\n\n")
	count := fmt.Sprintf(a.msg("Y: %d of %d (rule: %d or more)", "Y: %d개 / %d개 (기준: %d개 이상)"), s.Yes, s.Total, s.Threshold)
	if s.Unknown > 0 {
		count += fmt.Sprintf(a.msg(", unknown: %d", ", 모름: %d개"), s.Unknown)
	}
	b.WriteString(strings.Join(wordWrap(count, inner), "\n") + "\n")
	b.WriteString(verdictStyle(st, s.Verdict).Render(strings.Join(wordWrap("→ "+a.verdictText(s.Verdict), inner), "\n")) + "\n")
	fmt.Fprintln(w, trimRight(st.Box.Width(inner+2).Render(strings.TrimRight(b.String(), "\n"))))

	if len(s.YesItems) == 0 {
		return
	}
	heading := a.msg(`What the "Y" answers mean for the transition:`, `"Y" 항목이 전환에 주는 의미:`)
	fmt.Fprintln(w, styleLines(st.Heading, wordWrap(heading, width-2)))
	for _, n := range s.YesItems {
		it, ok := cl.Item(n)
		if !ok {
			continue
		}
		fmt.Fprintln(w, hangingIndent(fmt.Sprintf("%2d. ", n), sanitize.Line(it.Rationale.In(a.lang)), width-2))
	}
}

// goalBars draws one line per goal: its name, a bar of two cells per item
// (one when that does not fit), and the count. A line that still does not
// fit puts the bar under the name.
func (a *app) goalBars(st *styles, goals []checklist.GoalScore, width int) string {
	nameW, most := 0, 0
	for _, g := range goals {
		nameW = max(nameW, lipgloss.Width(sanitize.Line(a.goalName(g))))
		most = max(most, g.Total)
	}
	countW := len(fmt.Sprintf(" %d/%d", most, most))
	unit := 2
	if nameW+2+unit*most+countW > width {
		unit = 1
	}
	under := nameW+2+unit*most+countW > width
	var b strings.Builder
	for _, g := range goals {
		name := sanitize.Line(a.goalName(g))
		bar := st.BarOn.Render(strings.Repeat("█", unit*g.Yes)) +
			st.Warn.UnsetBold().Render(strings.Repeat("▒", unit*g.Unknown)) +
			st.BarOff.Render(strings.Repeat("░", unit*g.No))
		if under {
			fmt.Fprintf(&b, "%s\n  %s %d/%d\n", strings.Join(wordWrap(name, width), "\n"), bar, g.Yes, g.Total)
			continue
		}
		pad := strings.Repeat(" ", nameW-lipgloss.Width(name))
		fmt.Fprintf(&b, "%s%s  %s %d/%d\n", name, pad, bar, g.Yes, g.Total)
	}
	return b.String()
}

// styleLines renders each line on its own, so that lipgloss does not pad
// the shorter ones with spaces to the longest.
func styleLines(style lipgloss.Style, lines []string) string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = style.Render(l)
	}
	return strings.Join(out, "\n")
}

// hangingIndent wraps text to width after first, indenting the following
// lines to line up under the text.
func hangingIndent(first, text string, width int) string {
	pad := strings.Repeat(" ", lipgloss.Width(first))
	lines := wordWrap(text, width-len(pad))
	for i := range lines {
		if i == 0 {
			lines[i] = first + lines[i]
		} else {
			lines[i] = pad + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// wordWrap breaks s into lines of at most width display cells (Hangul and
// other wide characters take two), at spaces, so that Korean words stay
// whole; only a word longer than a line is broken, between characters.
func wordWrap(s string, width int) []string {
	width = max(width, 1)
	var lines []string
	line, lineW := "", 0
	for _, word := range strings.Fields(s) {
		for ww := lipgloss.Width(word); ww > width; ww = lipgloss.Width(word) {
			// A word longer than a line: fill the line, or a new one.
			if lineW > 0 {
				lines = append(lines, line)
				line, lineW = "", 0
			}
			head, rest := splitWidth(word, width)
			lines = append(lines, head)
			word = rest
		}
		ww := lipgloss.Width(word)
		switch {
		case word == "":
		case lineW == 0:
			line, lineW = word, ww
		case lineW+1+ww <= width:
			line, lineW = line+" "+word, lineW+1+ww
		default:
			lines = append(lines, line)
			line, lineW = word, ww
		}
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// splitWidth splits s after the most characters that fit in width cells
// (at least one).
func splitWidth(s string, width int) (string, string) {
	w := 0
	for i, r := range s {
		rw := lipgloss.Width(string(r))
		if w+rw > width && i > 0 {
			return s[:i], s[i:]
		}
		w += rw
	}
	return s, ""
}

// writeChecklistText prints the checklist goal by goal, sized to the
// terminal, with no trailing spaces.
func (a *app) writeChecklistText(w io.Writer, cl *checklist.Checklist) {
	st := newStyles(w, a.color(a.io.OutTTY && w == a.io.Out))
	width, lang := a.textWidth(w)-1, a.lang
	para := func(s string) []string { return wordWrap(sanitize.Line(s), width) }
	fmt.Fprintln(w, styleLines(st.Title, para(cl.Title.In(lang))))
	if r := cl.Rule.In(lang); r != "" {
		fmt.Fprintln(w, strings.Join(para(r), "\n"))
	}
	for _, g := range cl.Goals {
		fmt.Fprintln(w)
		fmt.Fprintln(w, styleLines(st.Heading, para(g.Name.In(lang))))
		for _, it := range cl.ItemsOf(g.ID) {
			fmt.Fprintln(w, hangingIndent(fmt.Sprintf("%2d. ", it.Number), sanitize.Line(it.Text.In(lang)), width))
			if h := it.Help.In(lang); h != "" {
				for _, l := range wordWrap(sanitize.Line(h), width-4) {
					fmt.Fprintln(w, "    "+st.Dim.Render(l))
				}
			}
		}
	}
}
