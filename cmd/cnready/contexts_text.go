package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/cnready/cnready/assess/decompose"
)

// textWidth keeps the text output readable in an 80-column terminal.
const textWidth = 80

// writeContextsText prints the decomposition for people: one block per
// context, then shared tables, the context map and the metrics.
func writeContextsText(w io.Writer, st *styles, r *decompose.Result, title string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", st.Title.Render("Bounded-context candidates: "+title))
	fmt.Fprintf(&b, "%s\n\n", st.Dim.Render(fmt.Sprintf("%d contexts, %d tables (%d shared), from %s; resolution %.2f",
		len(r.Contexts), r.Metrics.Tables, len(r.SharedTables), evidenceText(r.Input), r.Resolution)))
	typeStyle := map[string]func(...string) string{
		decompose.Core: st.Bad.Render, decompose.Supporting: st.Title.Render, decompose.Generic: st.Dim.Render,
	}
	for _, c := range r.Contexts {
		head := st.Heading.Render(c.Name)
		if c.Label != "" {
			head += "  " + c.Label
		}
		fmt.Fprintf(&b, "%s  %s\n", head, typeStyle[c.Type](c.Type))
		field(&b, st, "why", c.TypeReason)
		field(&b, st, "tables", strings.Join(c.Tables, ", "))
		if len(c.Functions) > 0 {
			field(&b, st, "functions", fmt.Sprintf("%d: %s", len(c.Functions), strings.Join(c.Functions, ", ")))
		}
		if len(c.SharedTables) > 0 {
			field(&b, st, "shared", strings.Join(c.SharedTables, ", "))
		}
		if len(c.DependsOn) > 0 {
			field(&b, st, "uses", strings.Join(c.DependsOn, ", "))
		}
		if len(c.UsedBy) > 0 {
			field(&b, st, "used by", strings.Join(c.UsedBy, ", "))
		}
		for _, m := range c.Microservices {
			field(&b, st, "service", m.Name+": "+strings.Join(m.Tables, ", "))
		}
		b.WriteString("\n")
	}
	if len(r.SharedTables) > 0 {
		fmt.Fprintf(&b, "%s\n", st.Heading.Render("Shared tables"))
		b.WriteString(wrap(strings.Join(r.SharedTables, ", "), textWidth-2, "  ") + "\n\n")
	}
	if len(r.Relationships) > 0 {
		fmt.Fprintf(&b, "%s\n", st.Heading.Render("Context map"))
		for _, rel := range r.Relationships {
			arrow := "→"
			if rel.Kind == decompose.SharedKernel || rel.Kind == decompose.Partnership {
				arrow = "⇄"
			}
			line := fmt.Sprintf("%s %s %s  %s", rel.From, arrow, rel.To, rel.Kind)
			if len(rel.Tables) > 0 {
				line += " (" + strings.Join(rel.Tables, ", ") + ")"
			}
			b.WriteString(wrap(line, textWidth-2, "  ") + "\n")
		}
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

func evidenceText(in decompose.InputSummary) string {
	switch in.Evidence {
	case "functions":
		return fmt.Sprintf("%d functions", in.Functions)
	case "statements":
		return fmt.Sprintf("%d SQL statements", in.Statements)
	}
	return "schema only"
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
