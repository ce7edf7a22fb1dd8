package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/cnready/cnready/internal/sanitize"
)

// WriteMarkdown renders d as GitHub-flavoured Markdown for review in a
// repository: tables as pipe tables, diagrams as Mermaid blocks, charts as
// text bars.
func WriteMarkdown(w io.Writer, d *Document) error {
	bw := bufio.NewWriter(w)
	m := &mdWriter{w: bw}
	m.line("# " + mdText(d.Title))
	m.line("")
	for _, l := range []string{d.Cover.Agency, d.Cover.Date} {
		if l != "" {
			m.line(mdText(l) + "  ")
		}
	}
	for _, l := range d.Cover.Lines {
		m.line("*" + mdText(l) + "*  ")
	}
	m.line("")
	m.line("## " + mdText(contentsLabel(d)))
	m.line("")
	for _, s := range d.Sections {
		m.line(fmt.Sprintf("- [%s](#%s)", mdText(s.Heading()), s.ID))
		for _, sub := range s.Sections {
			m.line(fmt.Sprintf("  - [%s](#%s)", mdText(sub.Heading()), sub.ID))
		}
	}
	m.line("")
	for _, s := range d.Sections {
		m.section(s, 2)
	}
	return bw.Flush()
}

// contentsLabel is "목차" or "Contents"; the model carries no labels of its
// own beyond what the builder put in sections.
func contentsLabel(d *Document) string {
	if d.Lang == "en" {
		return "Contents"
	}
	return "목차"
}

type mdWriter struct{ w *bufio.Writer }

func (m *mdWriter) line(s string) { m.w.WriteString(s); m.w.WriteByte('\n') }

func (m *mdWriter) section(s *Section, level int) {
	m.line(fmt.Sprintf(`<a id="%s"></a>`, s.ID))
	m.line("")
	m.line(strings.Repeat("#", level) + " " + mdText(s.Heading()))
	m.line("")
	for _, b := range s.Blocks {
		m.block(b)
	}
	for _, sub := range s.Sections {
		m.section(sub, min(level+1, 6))
	}
}

func (m *mdWriter) block(b Block) {
	switch b := b.(type) {
	case *Paragraph:
		text := mdText(b.Text) + citeText(b.Cites)
		if b.Note {
			text = "> " + strings.ReplaceAll(text, "\n", "\n> ")
		}
		m.line(text)
	case *Bullets:
		for _, it := range b.Items {
			m.line("- " + strings.ReplaceAll(mdText(it), "\n", " "))
		}
	case *Table:
		if b.Caption != "" {
			m.line("**" + mdText(b.Caption) + "**")
			m.line("")
		}
		m.table(b.Header, b.Rows, b.Emphasis)
	case *Sheet:
		if b.Caption != "" {
			m.line("**" + mdText(b.Caption) + "**")
			m.line("")
		}
		rows := make([][]string, 0, len(b.Rows))
		for _, r := range b.Rows {
			label := r.Label
			if r.Sub != "" {
				label += " — " + r.Sub
			}
			value := strings.Join(r.Lines, "\n")
			if r.Bullets {
				value = "• " + strings.Join(r.Lines, "\n• ")
			}
			rows = append(rows, []string{"**" + mdText(label) + "**", value})
		}
		// A sheet has no header of its own: its first row stands for one.
		m.table([]string{rows[0][0], rows[0][1]}, rows[1:], nil)
	case *Figure:
		m.figure(b)
	}
	m.line("")
}

func (m *mdWriter) table(header []string, rows [][]string, emphasis []bool) {
	cells := func(r []string, bold bool) string {
		out := make([]string, len(r))
		for i, c := range r {
			c = mdCell(c)
			if bold && c != "" {
				c = "**" + c + "**"
			}
			out[i] = c
		}
		return "| " + strings.Join(out, " | ") + " |"
	}
	m.line(cells(header, false))
	sep := make([]string, len(header))
	for i := range sep {
		sep[i] = "---"
	}
	m.line("| " + strings.Join(sep, " | ") + " |")
	for i, r := range rows {
		m.line(cells(r, i < len(emphasis) && emphasis[i]))
	}
}

func (m *mdWriter) figure(f *Figure) {
	m.line("*" + mdText(f.Caption) + "*")
	m.line("")
	if d := f.Diagram; d != nil {
		m.line("```mermaid")
		m.line("flowchart LR")
		ids := map[string]string{}
		for li, lane := range d.Lanes {
			m.line(fmt.Sprintf("  subgraph L%d[\"%s\"]", li, mermaidText(lane.Title)))
			for _, n := range lane.Nodes {
				id := fmt.Sprintf("n%d", len(ids))
				ids[n.ID] = id
				label := mermaidText(n.Label)
				if n.Sub != "" {
					label += "<br/><small>" + mermaidText(n.Sub) + "</small>"
				}
				m.line(fmt.Sprintf("    %s[\"%s\"]", id, label))
			}
			m.line("  end")
		}
		for _, e := range d.Edges {
			from, ok1 := ids[e.From]
			to, ok2 := ids[e.To]
			if !ok1 || !ok2 {
				continue
			}
			arrow := "-->"
			if e.Dashed {
				arrow = "-.->"
			}
			if e.Label != "" {
				m.line(fmt.Sprintf("  %s %s|%s| %s", from, arrow, mermaidText(e.Label), to))
			} else {
				m.line(fmt.Sprintf("  %s %s %s", from, arrow, to))
			}
		}
		m.line("```")
	}
	if c := f.Chart; c != nil {
		m.line("```text")
		width := 0
		for _, b := range c.Bars {
			width = max(width, len([]rune(sanitize.Line(b.Label))))
		}
		maxV := c.Max
		for _, b := range c.Bars {
			maxV = max(maxV, b.Value)
		}
		for _, b := range c.Bars {
			n := 0
			if maxV > 0 {
				n = int(b.Value/maxV*20 + 0.5)
			}
			label := sanitize.Line(b.Label)
			pad := strings.Repeat(" ", width-len([]rune(label)))
			m.line(fmt.Sprintf("%s%s  %s%s  %s", label, pad, strings.Repeat("█", n), strings.Repeat("░", 20-n), sanitize.Line(b.Text)))
		}
		m.line("```")
	}
}

func citeText(ns []int) string {
	if len(ns) == 0 {
		return ""
	}
	return " " + marks(ns)
}

// mdText makes input-derived text safe in Markdown: control characters
// visible, HTML and emphasis markers escaped.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "<", "&lt;", ">", "&gt;", "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "#", `\#`)

func mdText(s string) string { return mdEscaper.Replace(sanitize.Text(s)) }

// mdCell is mdText for a table cell: pipes escaped, line breaks as <br>.
func mdCell(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(mdText(s), "|", `\|`), "\n", "<br>")
}

func mermaidText(s string) string {
	return strings.NewReplacer(`"`, "#quot;", "<", "#lt;", ">", "#gt;", "\n", " ", "|", "#124;").Replace(sanitize.Line(s))
}
