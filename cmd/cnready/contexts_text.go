package main

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/internal/sanitize"
)

// textWidth keeps the text output readable in an 80-column terminal.
const textWidth = 80

// contextsView says how much the text view prints.
type contextsView struct {
	title  string
	detail bool // every table, function, relationship and note
	korean bool // --lang ko: Korean context names where comments give one
}

// summaryTables is how many tables a context lists in the summary.
const summaryTables = 5

// writeContextsText prints the decomposition for people. The summary
// (default) gives each context with its type, size, main tables and
// neighbours, then the context map with every table written by several
// contexts collapsed into one "shared by N contexts" line, and what was
// left unassigned; detail prints every table, function and relationship.
// Every input-derived string goes through sanitize: a table comment or
// name carrying escape sequences must not drive the terminal.
func writeContextsText(w io.Writer, st *styles, r *decompose.Result, v contextsView) error {
	var b strings.Builder
	line := sanitize.Line
	fmt.Fprintf(&b, "%s\n", st.Title.Render("Bounded-context candidates: "+line(v.title)))
	dimLines(&b, st, fmt.Sprintf("%d contexts, %d tables (%d shared, %d unassigned), from %s; joined where evidence raises the odds ×%.1f",
		len(r.Contexts), r.Metrics.Tables, len(r.SharedTables), len(r.Unassigned), evidenceText(r.Input), math.Exp(r.Resolution)))
	if s := schemaText(r.Input.Schema); s != "" {
		dimLines(&b, st, line(s))
	}
	b.WriteString("\n")
	typeStyle := map[string]func(...string) string{
		decompose.Core: st.Bad.Render, decompose.Supporting: st.Title.Render, decompose.Generic: st.Dim.Render,
	}
	for _, c := range r.Contexts {
		name := c.Name
		if v.korean && c.NameKo != "" {
			name = c.NameKo + " (" + c.Name + ")"
		}
		head := st.Heading.Render(line(name))
		if c.Label != "" && !(v.korean && c.NameKo == c.Label) {
			head += "  " + line(c.Label)
		}
		style := typeStyle[c.Type]
		if style == nil {
			style = st.Dim.Render
		}
		fmt.Fprintf(&b, "%s  %s\n", head, style(c.Type))
		field(&b, st, "why", line(c.TypeReason))
		tables := c.Tables
		if !v.detail && len(tables) > summaryTables {
			tables = append(append([]string(nil), c.Tables[:summaryTables]...), fmt.Sprintf("+%d more", len(c.Tables)-summaryTables))
		}
		field(&b, st, "tables", fmt.Sprintf("%d: %s", len(c.Tables), line(strings.Join(tables, ", "))))
		if v.detail && len(c.Functions) > 0 {
			field(&b, st, "functions", fmt.Sprintf("%d: %s", len(c.Functions), line(strings.Join(c.Functions, ", "))))
		} else if len(c.Functions) > 0 {
			field(&b, st, "functions", fmt.Sprintf("%d", len(c.Functions)))
		}
		if v.detail && len(c.SharedTables) > 0 {
			field(&b, st, "shared", line(strings.Join(c.SharedTables, ", ")))
		}
		if len(c.DependsOn) > 0 {
			field(&b, st, "uses", line(listSome(c.DependsOn, v.detail)))
		}
		if len(c.UsedBy) > 0 {
			field(&b, st, "used by", line(listSome(c.UsedBy, v.detail)))
		}
		for _, m := range c.Microservices {
			field(&b, st, "service", line(m.Name+": "+strings.Join(m.Tables, ", ")))
		}
		b.WriteString("\n")
	}
	if len(r.SharedTables) > 0 {
		fmt.Fprintf(&b, "%s\n", st.Heading.Render("Shared tables"))
		b.WriteString(wrap(line(strings.Join(r.SharedTables, ", ")), textWidth-2, "  ") + "\n\n")
	}
	if len(r.Unassigned) > 0 {
		fmt.Fprintf(&b, "%s\n", st.Heading.Render("Unassigned tables")+st.Dim.Render("  (in no context; see why with --detail)"))
		if v.detail {
			for _, u := range r.Unassigned {
				b.WriteString(wrap(line(u.Table+": "+u.Reason), textWidth-2, "  ") + "\n")
			}
		} else {
			names := make([]string, len(r.Unassigned))
			for i, u := range r.Unassigned {
				names[i] = u.Table
			}
			b.WriteString(wrap(line(strings.Join(names, ", ")), textWidth-2, "  ") + "\n")
		}
		b.WriteString("\n")
	}
	if len(r.Relationships) > 0 {
		fmt.Fprintf(&b, "%s\n", st.Heading.Render("Context map"))
		writeContextMap(&b, r, v.detail)
		b.WriteString("\n")
	}
	m := r.Metrics
	fmt.Fprintf(&b, "%s\n", st.Heading.Render("Metrics")+st.Dim.Render("  (↑ higher is better, ↓ lower; see --help)"))
	fmt.Fprintf(&b, "  modularity %.3f ↑   cohesion %.3f ↑   coupling %.3f ↓\n", m.Modularity, m.Cohesion, m.Coupling)
	fmt.Fprintf(&b, "  cross-context writes %.3f ↓   SM %.3f ↑   IFN %.2f ↓   NED %.3f ↓\n",
		m.CrossContextWriteRatio, m.StructuralModularity, m.IFN, m.NED)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeContextMap prints the relationships. In the summary, a shared
// kernel whose tables several contexts write (attachments every module
// uploads to) is one line per table set - "COMTNFILE, COMTNFILEDETAIL
// shared by 12 contexts: a, b, c, +9 more" - instead of one line per pair
// of contexts; detail prints every pair.
func writeContextMap(b *strings.Builder, r *decompose.Result, detail bool) {
	line := sanitize.Line
	arrow := func(rel decompose.Relationship) string {
		if rel.Kind == decompose.SharedKernel || rel.Kind == decompose.Partnership {
			return "⇄"
		}
		return "→"
	}
	type group struct {
		tables   []string
		contexts map[string]bool
	}
	groups := map[string]*group{}
	var rest []decompose.Relationship
	if !detail {
		// Per shared table, the contexts sharing it; tables shared by
		// the same contexts form one line.
		by := map[string]map[string]bool{}
		for _, rel := range r.Relationships {
			if rel.Kind != decompose.SharedKernel {
				continue
			}
			for _, t := range rel.Tables {
				if by[t] == nil {
					by[t] = map[string]bool{}
				}
				by[t][rel.From], by[t][rel.To] = true, true
			}
		}
		for t, cs := range by {
			if len(cs) < 3 {
				continue
			}
			key := strings.Join(sortedSet(cs), ",")
			g := groups[key]
			if g == nil {
				g = &group{contexts: cs}
				groups[key] = g
			}
			g.tables = append(g.tables, t)
		}
		collapsed := map[string]bool{}
		for _, g := range groups {
			for _, t := range g.tables {
				collapsed[t] = true
			}
		}
		for _, rel := range r.Relationships {
			if rel.Kind == decompose.SharedKernel && allIn(rel.Tables, collapsed) {
				continue
			}
			rest = append(rest, rel)
		}
	} else {
		rest = r.Relationships
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		g := groups[k]
		sort.Strings(g.tables)
		cs := sortedSet(g.contexts)
		text := fmt.Sprintf("%s shared by %d contexts: %s", strings.Join(g.tables, ", "), len(cs), listSome(cs, false))
		b.WriteString(wrap(line(text), textWidth-2, "  ") + "\n")
	}
	for _, rel := range rest {
		text := fmt.Sprintf("%s %s %s  %s", rel.From, arrow(rel), rel.To, rel.Kind)
		if len(rel.Tables) > 0 {
			tables := rel.Tables
			if !detail && len(tables) > 3 {
				tables = append(append([]string(nil), tables[:3]...), fmt.Sprintf("+%d more", len(rel.Tables)-3))
			}
			text += " (" + strings.Join(tables, ", ") + ")"
		}
		b.WriteString(wrap(line(text), textWidth-2, "  ") + "\n")
	}
}

func allIn(tables []string, set map[string]bool) bool {
	for _, t := range tables {
		if !set[t] {
			return false
		}
	}
	return len(tables) > 0
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// listSome lists names, the first six and a count of the rest unless all
// are asked for.
func listSome(names []string, all bool) string {
	if all || len(names) <= 6 {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:6], ", ") + fmt.Sprintf(", +%d more", len(names)-6)
}

func evidenceText(in decompose.InputSummary) string {
	switch in.Evidence {
	case "functions":
		return fmt.Sprintf("%d functions", in.Functions)
	case "statements":
		return fmt.Sprintf("%d SQL statements", in.Statements)
	}
	return "schema only"
}

// schemaText says which schema scripts were found and used.
func schemaText(s *decompose.SchemaInput) string {
	if s == nil {
		return ""
	}
	if !s.Discovered {
		return fmt.Sprintf("schema: %d tables from %s", s.Tables, plural(len(s.Used), "file"))
	}
	text := fmt.Sprintf("schema found in the tree: %s", plural(len(s.Used), "script"))
	if s.Dialect != "" {
		text += " for " + s.Dialect
		if len(s.Dialects) > 1 {
			text += fmt.Sprintf(" (of %s: %s; --dialect picks)", plural(len(s.Dialects), "dialect"), strings.Join(s.Dialects, ", "))
		}
	}
	text += fmt.Sprintf(", %d tables", s.Tables)
	if s.Unknown > 0 {
		if s.Filtered {
			text += fmt.Sprintf("; %d names the SQL uses but the schema does not define were dropped", s.Unknown)
		} else {
			text += fmt.Sprintf("; %d names the SQL uses are not in it and were kept", s.Unknown)
		}
	}
	return text
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// dimLines prints text wrapped and dimmed line by line (a style applied to
// several lines at once pads them all to the longest).
func dimLines(b *strings.Builder, st *styles, text string) {
	for _, l := range strings.Split(wrap(text, textWidth, ""), "\n") {
		b.WriteString(st.Dim.Render(l) + "\n")
	}
}

// field prints "  label  value" with the value wrapped under itself.
func field(b *strings.Builder, st *styles, label, value string) {
	const indent = "             "
	lines := strings.Split(wrap(value, textWidth-len(indent), ""), "\n")
	fmt.Fprintf(b, "  %s %s\n", st.Dim.Render(fmt.Sprintf("%-10s", label)), lines[0])
	for _, l := range lines[1:] {
		b.WriteString(indent + l + "\n")
	}
}

// wrap breaks s at spaces so no line exceeds width display cells (Hangul
// counts two), prefixing every line with indent.
func wrap(s string, width int, indent string) string {
	var lines []string
	line, w := "", 0
	for _, word := range strings.Fields(s) {
		ww := cells(word)
		if w > 0 && w+1+ww > width {
			lines = append(lines, indent+line)
			line, w = "", 0
		}
		if w > 0 {
			line += " "
			w++
		}
		line += word
		w += ww
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, indent+line)
	}
	return strings.Join(lines, "\n")
}

// cells is the display width of s: East Asian wide runes take two.
func cells(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x1100 && (r <= 0x115f || (r >= 0x2e80 && r <= 0xa4cf) || (r >= 0xac00 && r <= 0xd7a3) || (r >= 0xf900 && r <= 0xfaff) || (r >= 0xff00 && r <= 0xff60)) {
			n += 2
		} else {
			n++
		}
	}
	return n
}
