package report

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/cnready/cnready/internal/sanitize"
)

// htmlCSS styles the page on screen and in print: A4 pages, headers
// repeated on every printed page of a table, sections on new pages.
const htmlCSS = `
:root { --ink: #1d2330; --muted: #5b6475; --line: #c9d0db; --head: #e8eef7; --accent: #1f5fbf; --accent-bg: #e3eeff; }
* { box-sizing: border-box; }
body { font-family: "NanumGothic", "Nanum Gothic", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", sans-serif;
  color: var(--ink); margin: 0; line-height: 1.6; font-size: 15px; background: #f4f6f9;
  word-break: keep-all; /* Korean breaks between words, as documents are set */ }
main { max-width: 920px; margin: 0 auto; background: #fff; padding: 48px 56px; }
.cover { text-align: center; padding: 120px 0 160px; border-bottom: 2px solid var(--accent); margin-bottom: 40px; }
.cover h1 { font-size: 30px; margin: 0 0 32px; line-height: 1.35; }
.cover p { margin: 6px 0; font-size: 17px; }
.cover .meta { color: var(--muted); font-size: 14px; }
nav.toc ol { list-style: none; padding-left: 0; } nav.toc ol ol { padding-left: 1.6em; }
nav.toc a { color: var(--ink); text-decoration: none; } nav.toc a:hover { text-decoration: underline; }
h2 { font-size: 23px; border-bottom: 2px solid var(--accent); padding-bottom: 6px; margin-top: 56px; }
h3 { font-size: 18px; margin-top: 32px; } h4 { font-size: 16px; margin-top: 24px; }
p.note { color: var(--muted); border-left: 3px solid var(--line); padding-left: 10px; }
table { border-collapse: collapse; width: 100%; margin: 12px 0 20px; font-size: 13.5px; }
th, td { border: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { background: var(--head); }
table.sheet th { background: var(--head); width: 9em; white-space: nowrap; } table.sheet th.sub { width: 6em; }
tr.em td { font-weight: bold; background: var(--accent-bg); }
td ul { margin: 0; padding-left: 1.2em; }
figure { margin: 16px 0 24px; } figure svg { width: 100%; height: auto; } figcaption { text-align: center; color: var(--muted); font-size: 13px; }
.cite { color: var(--accent); font-size: 12px; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .cover { page-break-after: always; border: none; }
  nav.toc { page-break-after: always; }
  section.page { page-break-before: always; }
  thead { display: table-header-group; }
  tr, figure, table.sheet { page-break-inside: avoid; }
}
`

// WriteHTML renders d as one self-contained HTML file: inline CSS, inline
// SVG diagrams, no scripts, and a print stylesheet.
func WriteHTML(w io.Writer, d *Document) error {
	bw := bufio.NewWriter(w)
	h := &htmlWriter{w: bw}
	lang := d.Lang
	if lang == "" {
		lang = "ko"
	}
	h.f(`<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cnready %s">
<title>%s</title>
<style>%s</style>
</head>
<body>
<main>
`, lang, esc(d.Cover.Version), esc(d.Title), htmlCSS)
	h.f(`<header class="cover"><h1>%s</h1>`, esc(d.Cover.Title))
	if d.Cover.System != "" {
		h.f("<p>%s</p>", esc(d.Cover.System))
	}
	if d.Cover.Agency != "" {
		h.f("<p>%s</p>", esc(d.Cover.Agency))
	}
	h.f(`<p class="meta">%s</p>`, esc(d.Cover.Date))
	for _, l := range d.Cover.Lines {
		h.f(`<p class="meta">%s</p>`, esc(l))
	}
	h.s("</header>\n")
	h.f(`<nav class="toc"><h2>%s</h2><ol>`, esc(contentsLabel(d)))
	for _, s := range d.Sections {
		h.f(`<li><a href="#%s">%s</a>`, s.ID, esc(s.Heading()))
		if len(s.Sections) > 0 {
			h.s("<ol>")
			for _, sub := range s.Sections {
				h.f(`<li><a href="#%s">%s</a></li>`, sub.ID, esc(sub.Heading()))
			}
			h.s("</ol>")
		}
		h.s("</li>")
	}
	h.s("</ol></nav>\n")
	for _, s := range d.Sections {
		h.section(s, 2)
	}
	h.s("</main>\n</body>\n</html>\n")
	return bw.Flush()
}

type htmlWriter struct{ w *bufio.Writer }

func (h *htmlWriter) s(s string)                { h.w.WriteString(s) }
func (h *htmlWriter) f(format string, a ...any) { fmt.Fprintf(h.w, format, a...) }

// esc escapes text for HTML after making control characters visible.
func esc(s string) string { return html.EscapeString(sanitize.Text(s)) }

// escLines escapes text and keeps its line breaks.
func escLines(s string) string { return strings.ReplaceAll(esc(s), "\n", "<br>") }

func (h *htmlWriter) section(s *Section, level int) {
	class := ""
	if s.NewPage && level == 2 {
		class = ` class="page"`
	}
	h.f(`<section id="%s"%s><h%d>%s</h%d>`+"\n", s.ID, class, level, esc(s.Heading()), level)
	for _, b := range s.Blocks {
		h.block(b)
	}
	for _, sub := range s.Sections {
		h.section(sub, min(level+1, 6))
	}
	h.s("</section>\n")
}

func citeHTML(ns []int) string {
	if len(ns) == 0 {
		return ""
	}
	return ` <span class="cite">` + marks(ns) + `</span>`
}

func (h *htmlWriter) block(b Block) {
	switch b := b.(type) {
	case *Paragraph:
		class := ""
		if b.Note {
			class = ` class="note"`
		}
		h.f("<p%s>%s%s</p>\n", class, escLines(b.Text), citeHTML(b.Cites))
	case *Bullets:
		h.s("<ul>")
		for _, it := range b.Items {
			h.f("<li>%s</li>", escLines(it))
		}
		h.s("</ul>\n")
	case *Table:
		h.s("<table>")
		if b.Caption != "" {
			h.f("<caption>%s</caption>", esc(b.Caption))
		}
		if len(b.Widths) == len(b.Header) {
			total := 0.0
			for _, wd := range b.Widths {
				total += wd
			}
			h.s("<colgroup>")
			for _, wd := range b.Widths {
				h.f(`<col style="width:%s%%">`, strconv.FormatFloat(100*wd/total, 'f', 1, 64))
			}
			h.s("</colgroup>")
		}
		h.s("<thead><tr>")
		for _, c := range b.Header {
			h.f("<th>%s</th>", esc(c))
		}
		h.s("</tr></thead><tbody>")
		for i, r := range b.Rows {
			if i < len(b.Emphasis) && b.Emphasis[i] {
				h.s(`<tr class="em">`)
			} else {
				h.s("<tr>")
			}
			for _, c := range r {
				h.f("<td>%s</td>", escLines(c))
			}
			h.s("</tr>")
		}
		h.s("</tbody></table>\n")
	case *Sheet:
		h.s(`<table class="sheet"><tbody>`)
		for i := 0; i < len(b.Rows); i++ {
			r := b.Rows[i]
			h.s("<tr>")
			if r.Sub == "" {
				h.f(`<th colspan="2">%s</th>`, esc(r.Label))
			} else {
				// Rows sharing a label share one label cell.
				span := 1
				for j := i + 1; j < len(b.Rows) && b.Rows[j].Label == r.Label && b.Rows[j].Sub != ""; j++ {
					span++
				}
				if i == 0 || b.Rows[i-1].Label != r.Label || b.Rows[i-1].Sub == "" {
					h.f(`<th rowspan="%d">%s</th>`, span, esc(r.Label))
				}
				h.f(`<th class="sub">%s</th>`, esc(r.Sub))
			}
			if r.Bullets {
				h.s("<td><ul>")
				for _, l := range r.Lines {
					h.f("<li>%s</li>", esc(l))
				}
				h.s("</ul></td>")
			} else {
				h.f("<td>%s</td>", escLines(strings.Join(r.Lines, "\n")))
			}
			h.s("</tr>")
		}
		h.s("</tbody></table>\n")
	case *Figure:
		h.s("<figure>")
		if b.Diagram != nil {
			h.svgDiagram(layoutDiagram(b.Diagram, diagramWidth))
		}
		if b.Chart != nil {
			h.svgChart(layoutChart(b.Chart, diagramWidth))
		}
		h.f("<figcaption>%s</figcaption></figure>\n", esc(b.Caption))
	}
}

// diagramWidth is the width figures are laid out for (mm): the PDF's text
// width; SVG scales it to the page.
const diagramWidth = 170.0

func ff(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) }

// SVG text uses font sizes in mm units of the viewBox: pt × 0.3528.
func (h *htmlWriter) svgDiagram(l diagramLayout) {
	h.f(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" role="img" font-family="NanumGothic, 'Nanum Gothic', 'Malgun Gothic', sans-serif">`, ff(l.W), ff(l.H))
	h.s(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5b6475"/></marker></defs>`)
	for _, ln := range l.Lanes {
		h.f(`<rect x="%s" y="%s" width="%s" height="%s" rx="2" fill="#f4f7fb" stroke="#c9d0db" stroke-width="0.3"/>`, ff(ln.X), ff(ln.Y), ff(ln.W), ff(ln.H))
		for i, t := range ln.Titles {
			h.f(`<text x="%s" y="%s" font-size="%s" font-weight="bold" text-anchor="middle" fill="#1d2330">%s</text>`,
				ff(ln.X+ln.W/2), ff(ln.Y+laneTitleH-1.5+float64(i)*laneTitleLH), ff(laneTitlePt*0.3528), esc(t))
		}
	}
	for _, e := range l.Edges {
		dash := ""
		if e.Dashed {
			dash = ` stroke-dasharray="1.5,1"`
		}
		var pts []string
		for _, pt := range e.Pts {
			pts = append(pts, ff(pt.X)+","+ff(pt.Y))
		}
		h.f(`<polyline points="%s" fill="none" stroke="#5b6475" stroke-width="0.35"%s marker-end="url(#arrow)"/>`, strings.Join(pts, " "), dash)
		if e.Label != "" {
			m := e.labelAt()
			h.f(`<text x="%s" y="%s" font-size="%s" text-anchor="middle" fill="#5b6475">%s</text>`,
				ff(m.X), ff(m.Y-0.8), ff(subPt*0.3528), esc(e.Label))
		}
	}
	for _, b := range l.Boxes {
		fill, stroke := "#ffffff", "#8a96a8"
		switch b.Style {
		case "accent":
			fill, stroke = "#e3eeff", "#1f5fbf"
		case "muted":
			fill, stroke = "#f1f2f4", "#b5bcc7"
		}
		h.f(`<rect x="%s" y="%s" width="%s" height="%s" rx="1.5" fill="%s" stroke="%s" stroke-width="0.35"/>`, ff(b.X), ff(b.Y), ff(b.W), ff(b.H), fill, stroke)
		textH := float64(len(b.Lines)) * labelLineH
		if b.Sub != "" {
			textH += subLineH
		}
		y := b.Y + (b.H-textH)/2
		for _, line := range b.Lines {
			h.f(`<text x="%s" y="%s" font-size="%s" text-anchor="middle" fill="#1d2330">%s</text>`, ff(b.X+b.W/2), ff(y+labelLineH*0.78), ff(labelPt*0.3528), esc(line))
			y += labelLineH
		}
		if b.Sub != "" {
			h.f(`<text x="%s" y="%s" font-size="%s" text-anchor="middle" fill="#5b6475">%s</text>`, ff(b.X+b.W/2), ff(y+subLineH*0.78), ff(subPt*0.3528), esc(b.Sub))
		}
	}
	h.s("</svg>")
}

func (h *htmlWriter) svgChart(l chartLayout) {
	h.f(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" role="img" font-family="NanumGothic, 'Nanum Gothic', 'Malgun Gothic', sans-serif">`, ff(l.W), ff(l.H))
	for _, b := range l.Bars {
		h.f(`<text x="%s" y="%s" font-size="%s" text-anchor="end" fill="#1d2330">%s</text>`, ff(l.LabelW-2), ff(b.Y+barH-1.6), ff(chartPt*0.3528), esc(b.Label))
		h.f(`<rect x="%s" y="%s" width="%s" height="%s" fill="#1f5fbf"/>`, ff(l.LabelW), ff(b.Y), ff(max(b.W, 0.4)), ff(barH))
		h.f(`<text x="%s" y="%s" font-size="%s" fill="#1d2330">%s</text>`, ff(l.LabelW+b.W+2), ff(b.Y+barH-1.6), ff(chartPt*0.3528), esc(b.Text))
	}
	if l.MarkX > 0 {
		h.f(`<line x1="%s" y1="0" x2="%s" y2="%s" stroke="#c0392b" stroke-width="0.4" stroke-dasharray="1.5,1"/>`, ff(l.MarkX), ff(l.MarkX), ff(l.H))
		if l.Mark != "" {
			h.f(`<text x="%s" y="%s" font-size="%s" fill="#c0392b">%s</text>`, ff(l.MarkX+1), ff(l.H-0.5), ff(subPt*0.3528), esc(l.Mark))
		}
	}
	h.s("</svg>")
}
