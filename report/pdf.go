package report

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// Fonts are the TrueType files the PDF embeds (subset to the glyphs used).
type Fonts struct {
	Regular, Bold []byte
}

// Page geometry (mm, A4 portrait).
const (
	pageW, pageH   = 210.0, 297.0
	marginL        = 20.0
	marginR        = 20.0
	marginT        = 22.0
	marginB        = 20.0
	contentW       = pageW - marginL - marginR
	bodyPt         = 10.0
	bodyLine       = 5.4
	tablePt        = 8.5
	tableLine      = 4.1
	cellPad        = 1.6
	tocPerPage     = 40
	fontFamily     = "NanumGothic"
	headerFooterPt = 7.5
)

var (
	inkR, inkG, inkB          = 29, 35, 48
	mutedR, mutedG, mutedB    = 91, 100, 117
	accentR, accentG, accentB = 31, 95, 191
	headR, headG, headB       = 232, 238, 247
	lineR, lineG, lineB       = 201, 208, 219
)

// coverCache avoids parsing the same font's cmap for every document.
var coverCache sync.Map // *byte (first byte of the font) -> *coverage

func fontCoverage(ttf []byte) (*coverage, error) {
	if len(ttf) == 0 {
		return nil, errNoCmap
	}
	key := &ttf[0]
	if c, ok := coverCache.Load(key); ok {
		return c.(*coverage), nil
	}
	c, err := readCoverage(ttf)
	if err != nil {
		return nil, err
	}
	coverCache.Store(key, c)
	return c, nil
}

// pdfWriter renders a Document with fpdf.
type pdfWriter struct {
	pdf   *fpdf.Fpdf
	doc   *Document
	cover *coverage
	// Where each section starts, for the contents and the outline.
	pages map[*Section]int
	links map[*Section]int
	// Page numbers of the contents pages.
	tocFirst, tocPages int
	// headerTitle is the title fitted to the header line.
	headerTitle string
}

// WritePDF renders d as an A4 PDF with the fonts embedded: cover, contents
// with page numbers, an outline entry (bookmark) for every section, a
// header and "n / N" footer on every page after the cover. The creation
// date is the document's date, so the same input gives the same bytes.
func WritePDF(w io.Writer, d *Document, fonts Fonts) error {
	cover, err := fontCoverage(fonts.Regular)
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	p := fpdf.New("P", "mm", "A4", "")
	date, err := time.Parse("2006-01-02", d.Cover.Date)
	if err != nil {
		date = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	p.SetCreationDate(date)
	p.SetModificationDate(date)
	p.SetCatalogSort(true)
	p.SetCompression(true)
	p.SetMargins(marginL, marginT, marginR)
	p.SetAutoPageBreak(false, marginB)
	p.AddUTF8FontFromBytes(fontFamily, "", fonts.Regular)
	bold := fonts.Bold
	if len(bold) == 0 {
		bold = fonts.Regular
	}
	p.AddUTF8FontFromBytes(fontFamily, "B", bold)
	if err := p.Error(); err != nil {
		return fmt.Errorf("pdf: fonts: %w", err)
	}
	r := &pdfWriter{pdf: p, doc: d, cover: cover, pages: map[*Section]int{}, links: map[*Section]int{}}
	p.SetTitle(r.text(d.Title), true)
	p.SetAuthor("cnready "+r.text(d.Cover.Version), true)
	p.SetCreator("cnready", true)
	if d.Lang != "" {
		p.SetLang(d.Lang)
	}
	p.AliasNbPages("{nb}")
	p.SetHeaderFuncMode(r.header, true)
	p.SetFooterFunc(r.footer)
	r.coverPage()
	r.reserveContents()
	for _, s := range d.Sections {
		r.section(s, 0)
	}
	r.contents()
	if err := p.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return p.Output(w)
}

// text makes s drawable by the font.
func (r *pdfWriter) text(s string) string { return r.cover.drawable(s) }

func (r *pdfWriter) font(style string, pt float64) {
	r.pdf.SetFont(fontFamily, style, pt)
}

func (r *pdfWriter) color(cr, cg, cb int) { r.pdf.SetTextColor(cr, cg, cb) }

func (r *pdfWriter) header() {
	if r.pdf.PageNo() == 1 {
		return
	}
	r.font("", headerFooterPt)
	r.color(mutedR, mutedG, mutedB)
	r.pdf.SetXY(marginL, 10)
	if r.headerTitle == "" {
		r.headerTitle = r.fitWidth(r.text(r.doc.Title), contentW)
	}
	r.pdf.CellFormat(contentW, 5, r.headerTitle, "", 0, "R", false, 0, "")
	r.pdf.SetDrawColor(lineR, lineG, lineB)
	r.pdf.SetLineWidth(0.2)
	r.pdf.Line(marginL, 15.5, pageW-marginR, 15.5)
	r.pdf.SetXY(marginL, marginT)
	r.color(inkR, inkG, inkB)
}

func (r *pdfWriter) footer() {
	if r.pdf.PageNo() == 1 {
		return
	}
	r.font("", headerFooterPt)
	r.color(mutedR, mutedG, mutedB)
	r.pdf.SetXY(marginL, pageH-12)
	r.pdf.CellFormat(contentW/2, 5, r.text(r.doc.Cover.Date), "", 0, "L", false, 0, "")
	r.pdf.CellFormat(contentW/2, 5, strconv.Itoa(r.pdf.PageNo())+" / {nb}", "", 0, "R", false, 0, "")
	r.color(inkR, inkG, inkB)
}

func (r *pdfWriter) coverPage() {
	p := r.pdf
	p.AddPage()
	d := r.doc
	p.SetFillColor(accentR, accentG, accentB)
	p.Rect(0, 0, pageW, 8, "F")
	r.font("B", 22)
	r.color(inkR, inkG, inkB)
	lines := p.SplitText(r.text(d.Cover.Title), contentW-10)
	y := 95.0
	for _, l := range lines {
		p.SetXY(marginL, y)
		p.CellFormat(contentW, 11, l, "", 0, "C", false, 0, "")
		y += 11
	}
	p.SetDrawColor(accentR, accentG, accentB)
	p.SetLineWidth(0.6)
	p.Line(pageW/2-30, y+6, pageW/2+30, y+6)
	y += 22
	r.font("", 13)
	for _, l := range []string{d.Cover.Agency, d.Cover.Date} {
		if l == "" {
			continue
		}
		p.SetXY(marginL, y)
		p.CellFormat(contentW, 8, r.text(l), "", 0, "C", false, 0, "")
		y += 9
	}
	r.font("", 9)
	r.color(mutedR, mutedG, mutedB)
	y = pageH - 60
	for _, l := range d.Cover.Lines {
		for _, part := range p.SplitText(r.text(l), contentW) {
			p.SetXY(marginL, y)
			p.CellFormat(contentW, 5, part, "", 0, "C", false, 0, "")
			y += 5.5
		}
	}
	r.color(inkR, inkG, inkB)
}

// tocEntries are the sections listed in the contents: top level and one
// level below.
func (r *pdfWriter) tocEntries() []*Section {
	var out []*Section
	for _, s := range r.doc.Sections {
		out = append(out, s)
		out = append(out, s.Sections...)
	}
	return out
}

// reserveContents adds the blank pages the contents will take; they are
// filled once the section pages are known.
func (r *pdfWriter) reserveContents() {
	n := len(r.tocEntries())
	r.tocPages = max(1, (n+tocPerPage-1)/tocPerPage)
	for i := range r.tocPages {
		r.pdf.AddPage()
		if i == 0 {
			r.tocFirst = r.pdf.PageNo()
		}
	}
	for _, s := range r.tocEntries() {
		r.links[s] = r.pdf.AddLink()
	}
}

func (r *pdfWriter) contents() {
	p := r.pdf
	last := p.PageNo()
	entries := r.tocEntries()
	for i, s := range entries {
		if i%tocPerPage == 0 {
			p.SetPage(r.tocFirst + i/tocPerPage)
			p.SetXY(marginL, marginT)
			if i == 0 {
				r.font("B", 15)
				r.color(accentR, accentG, accentB)
				p.CellFormat(contentW, 10, r.text(contentsLabel(r.doc)), "", 1, "L", false, 0, "")
				r.color(inkR, inkG, inkB)
				p.Ln(3)
			}
		}
		top := !strings.Contains(s.ID, "/") && isTop(r.doc, s)
		indent := 0.0
		if top {
			r.font("B", 10)
		} else {
			r.font("", 9.5)
			indent = 8
		}
		page := strconv.Itoa(r.pages[s])
		title := r.fitWidth(r.text(s.Heading()), contentW-indent-14)
		y := p.GetY()
		p.SetXY(marginL+indent, y)
		p.CellFormat(contentW-indent-12, 6, title, "", 0, "L", false, r.links[s], "")
		tw := p.GetStringWidth(title)
		p.SetDrawColor(lineR, lineG, lineB)
		p.SetLineWidth(0.15)
		p.SetDashPattern([]float64{0.4, 0.8}, 0)
		p.Line(marginL+indent+tw+2, y+4.2, pageW-marginR-10, y+4.2)
		p.SetDashPattern(nil, 0)
		p.SetXY(pageW-marginR-10, y)
		p.CellFormat(10, 6, page, "", 1, "R", false, r.links[s], "")
	}
	p.SetPage(last)
}

func isTop(d *Document, s *Section) bool {
	for _, t := range d.Sections {
		if t == s {
			return true
		}
	}
	return false
}

// fitWidth shortens s with "..." to fit width at the current font: a
// binary search over its length, as names can be very long.
func (r *pdfWriter) fitWidth(s string, width float64) string {
	if r.pdf.GetStringWidth(s) <= width {
		return s
	}
	rs := []rune(s)
	lo, hi := 0, len(rs)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if r.pdf.GetStringWidth(string(rs[:mid])+"...") <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(rs[:lo]) + "..."
}

// room reports whether h mm fit above the bottom margin; need starts a new
// page when they do not.
func (r *pdfWriter) room(h float64) bool { return r.pdf.GetY()+h <= pageH-marginB }

func (r *pdfWriter) need(h float64) {
	if !r.room(h) {
		r.newPage()
	}
}

func (r *pdfWriter) newPage() {
	r.pdf.AddPage()
	r.pdf.SetXY(marginL, marginT)
}

func (r *pdfWriter) section(s *Section, depth int) {
	p := r.pdf
	if s.NewPage {
		r.newPage()
	} else {
		r.need(22)
	}
	sizes := []float64{15, 12, 10.5, 10}
	pt := sizes[min(depth, len(sizes)-1)]
	r.font("B", pt)
	if depth == 0 {
		r.color(accentR, accentG, accentB)
	}
	y := p.GetY()
	if depth > 0 {
		y += 2
	}
	// The outline needs the current font set (fpdf encodes the title
	// with it).
	p.Bookmark(r.text(s.Heading()), depth, y)
	if id, ok := r.links[s]; ok {
		p.SetLink(id, y, p.PageNo())
	}
	r.pages[s] = p.PageNo()
	for _, line := range p.SplitText(r.text(s.Heading()), contentW) {
		p.SetXY(marginL, y)
		p.CellFormat(contentW, pt*0.5, line, "", 0, "L", false, 0, "")
		y += pt * 0.5
	}
	if depth == 0 {
		p.SetDrawColor(accentR, accentG, accentB)
		p.SetLineWidth(0.5)
		p.Line(marginL, y+1.5, pageW-marginR, y+1.5)
		y += 3
	}
	r.color(inkR, inkG, inkB)
	p.SetXY(marginL, y+3)
	for _, b := range s.Blocks {
		r.block(b)
	}
	for _, sub := range s.Sections {
		r.section(sub, depth+1)
	}
}

func (r *pdfWriter) block(b Block) {
	switch b := b.(type) {
	case *Paragraph:
		r.paragraph(b)
	case *Bullets:
		r.bullets(b)
	case *Table:
		r.table(b)
	case *Sheet:
		r.sheet(b)
	case *Figure:
		r.figure(b)
	}
}

// lines wraps s (with its own line breaks) at width at the current font.
func (r *pdfWriter) lines(s string, width float64) []string {
	var out []string
	for _, para := range splitLines(r.text(s)) {
		if strings.TrimSpace(para) == "" {
			out = append(out, "")
			continue
		}
		out = append(out, r.pdf.SplitText(para, width)...)
	}
	return out
}

func (r *pdfWriter) paragraph(b *Paragraph) {
	p := r.pdf
	text := b.Text
	if len(b.Cites) > 0 {
		text += " " + marks(b.Cites)
	}
	x, width, pt, lh := marginL, contentW, bodyPt, bodyLine
	if b.Note {
		x, width, pt, lh = marginL+3, contentW-3, 9, 4.8
		r.color(mutedR, mutedG, mutedB)
	}
	r.font("", pt)
	for _, l := range r.lines(text, width) {
		r.need(lh)
		y := p.GetY()
		if b.Note {
			p.SetDrawColor(lineR, lineG, lineB)
			p.SetLineWidth(0.6)
			p.Line(marginL+0.5, y+0.4, marginL+0.5, y+lh-0.4)
		}
		p.SetXY(x, y)
		p.CellFormat(width, lh, l, "", 1, "L", false, 0, "")
	}
	r.color(inkR, inkG, inkB)
	p.SetY(p.GetY() + 2)
}

func (r *pdfWriter) bullets(b *Bullets) {
	p := r.pdf
	r.font("", bodyPt)
	for _, it := range b.Items {
		ls := r.lines(it, contentW-7)
		for i, l := range ls {
			r.need(bodyLine)
			y := p.GetY()
			if i == 0 {
				p.SetXY(marginL+2, y)
				p.CellFormat(5, bodyLine, r.text("·"), "", 0, "L", false, 0, "")
			}
			p.SetXY(marginL+7, y)
			p.CellFormat(contentW-7, bodyLine, l, "", 1, "L", false, 0, "")
		}
		p.SetY(p.GetY() + 0.8)
	}
	p.SetY(p.GetY() + 1.5)
}

// colWidths scales relative widths to the content width.
func colWidths(rel []float64, n int) []float64 {
	out := make([]float64, n)
	total := 0.0
	for i := 0; i < n; i++ {
		w := 1.0
		if i < len(rel) && rel[i] > 0 {
			w = rel[i]
		}
		out[i] = w
		total += w
	}
	for i := range out {
		out[i] = out[i] / total * contentW
	}
	return out
}

// fitWidths is colWidths widened, where the page allows, so that no word
// of a column (header included) is broken across lines: "Supporting" in a
// narrow English column must not read "Suppo / rting". The width a column
// gains is taken from the others in proportion to what they can spare.
func (r *pdfWriter) fitWidths(t *Table) []float64 {
	n := len(t.Header)
	widths := colWidths(t.Widths, n)
	r.font("B", tablePt) // the widest face a cell is drawn in
	need := make([]float64, n)
	measure := func(cells []string) {
		for i := 0; i < n && i < len(cells); i++ {
			if len(cells[i]) > 4096 {
				continue // long prose wraps anyway; keep this linear
			}
			for _, w := range strings.Fields(cells[i]) {
				// SplitText keeps the cell margin free on both sides.
				need[i] = max(need[i], r.pdf.GetStringWidth(r.text(w))+2*cellPad+2*r.pdf.GetCellMargin()+0.3)
			}
		}
	}
	measure(t.Header)
	for _, row := range t.Rows {
		measure(row)
	}
	short, spare := 0.0, 0.0
	for i := range widths {
		// A word wider than a third of the page breaks as it must.
		need[i] = min(need[i], contentW/3)
		if need[i] > widths[i] {
			short += need[i] - widths[i]
		} else {
			spare += widths[i] - need[i]
		}
	}
	if short == 0 || spare < short {
		return widths
	}
	for i := range widths {
		if need[i] > widths[i] {
			widths[i] = need[i]
		} else {
			widths[i] -= (widths[i] - need[i]) * short / spare
		}
	}
	return widths
}

// cellLines wraps every cell of a row at its column width.
func (r *pdfWriter) cellLines(cells []string, widths []float64) [][]string {
	out := make([][]string, len(widths))
	for i := range widths {
		text := ""
		if i < len(cells) {
			text = cells[i]
		}
		out[i] = r.lines(text, widths[i]-2*cellPad)
	}
	return out
}

func rowHeight(ls [][]string) float64 {
	n := 1
	for _, l := range ls {
		n = max(n, len(l))
	}
	return float64(n)*tableLine + 2*cellPad
}

// drawRow draws one row of cells at the current y, each cell's lines from
// the given offset, taking height h.
func (r *pdfWriter) drawRow(ls [][]string, widths []float64, h float64, fill bool) {
	p := r.pdf
	x, y := marginL, p.GetY()
	p.SetDrawColor(lineR, lineG, lineB)
	p.SetLineWidth(0.2)
	for i, w := range widths {
		style := "D"
		if fill {
			p.SetFillColor(headR, headG, headB)
			style = "FD"
		}
		p.Rect(x, y, w, h, style)
		for j, l := range ls[i] {
			p.SetXY(x+cellPad, y+cellPad+float64(j)*tableLine)
			p.CellFormat(w-2*cellPad, tableLine, l, "", 0, "L", false, 0, "")
		}
		x += w
	}
	p.SetXY(marginL, y+h)
}

func (r *pdfWriter) table(t *Table) {
	p := r.pdf
	widths := r.fitWidths(t)
	r.font("B", tablePt)
	header := r.cellLines(t.Header, widths)
	headerH := rowHeight(header)
	if t.Caption != "" {
		r.need(6 + headerH + 8)
		r.font("B", 9)
		p.CellFormat(contentW, 6, r.text(t.Caption), "", 1, "L", false, 0, "")
	}
	drawHeader := func() {
		r.font("B", tablePt)
		r.drawRow(header, widths, headerH, true)
	}
	// The header goes with at least one row.
	r.font("", tablePt)
	first := 0.0
	if len(t.Rows) > 0 {
		first = rowHeight(r.cellLines(t.Rows[0], widths))
	}
	r.need(headerH + min(first, 40))
	drawHeader()
	usable := pageH - marginT - marginB - headerH
	for i, row := range t.Rows {
		style := ""
		if i < len(t.Emphasis) && t.Emphasis[i] {
			style = "B"
		}
		r.font(style, tablePt)
		ls := r.cellLines(row, widths)
		h := rowHeight(ls)
		if !r.room(h) {
			if h <= usable || !r.room(tableLine*3+2*cellPad) {
				r.newPage()
				drawHeader()
				r.font(style, tablePt)
			}
		}
		// A row taller than what is left of the page is split across
		// pages, the header repeated above each part.
		for !r.room(h) {
			fit := int((pageH - marginB - p.GetY() - 2*cellPad) / tableLine)
			if fit < 1 {
				r.newPage()
				drawHeader()
				r.font(style, tablePt)
				continue
			}
			head := make([][]string, len(ls))
			rest := make([][]string, len(ls))
			for c := range ls {
				k := min(fit, len(ls[c]))
				head[c], rest[c] = ls[c][:k], ls[c][k:]
			}
			r.drawRow(head, widths, float64(fit)*tableLine+2*cellPad, false)
			r.newPage()
			drawHeader()
			r.font(style, tablePt)
			ls = rest
			h = rowHeight(ls)
		}
		r.drawRow(ls, widths, h, false)
	}
	r.font("", bodyPt)
	p.SetY(p.GetY() + 4)
}

// sheet draws a vertical requirement sheet: a label column (with
// sub-labels for grouped rows) and the values.
func (r *pdfWriter) sheet(s *Sheet) {
	p := r.pdf
	labelW, subW := 30.0, 16.0
	valueW := contentW - labelW - subW
	type prepared struct {
		lines []string
		h     float64
	}
	rows := make([]prepared, len(s.Rows))
	total := 0.0
	r.font("", tablePt)
	for i, row := range s.Rows {
		var ls []string
		for _, l := range row.Lines {
			if row.Bullets {
				for j, wl := range r.lines(l, valueW-2*cellPad-3) {
					if j == 0 {
						ls = append(ls, "· "+wl)
					} else {
						ls = append(ls, "  "+wl)
					}
				}
			} else {
				ls = append(ls, r.lines(l, valueW-2*cellPad)...)
			}
		}
		if len(ls) == 0 {
			ls = []string{""}
		}
		rows[i] = prepared{ls, float64(len(ls))*tableLine + 2*cellPad}
		total += rows[i].h
	}
	if total <= pageH-marginT-marginB {
		r.need(total + 2)
	} else {
		r.need(40)
	}
	p.SetDrawColor(lineR, lineG, lineB)
	p.SetLineWidth(0.2)
	for i, row := range s.Rows {
		pr := rows[i]
		for !r.room(pr.h) {
			fit := int((pageH - marginB - p.GetY() - 2*cellPad) / tableLine)
			if fit < 2 {
				r.newPage()
				continue
			}
			r.sheetRow(row, pr.lines[:fit], float64(fit)*tableLine+2*cellPad, labelW, subW, valueW, true)
			r.newPage()
			pr.lines = pr.lines[fit:]
			pr.h = float64(len(pr.lines))*tableLine + 2*cellPad
		}
		first := i == 0 || s.Rows[i-1].Label != row.Label || row.Sub == "" || s.Rows[i-1].Sub == ""
		r.sheetRow(row, pr.lines, pr.h, labelW, subW, valueW, first)
	}
	p.SetY(p.GetY() + 5)
}

func (r *pdfWriter) sheetRow(row SheetRow, lines []string, h, labelW, subW, valueW float64, first bool) {
	p := r.pdf
	x, y := marginL, p.GetY()
	p.SetFillColor(headR, headG, headB)
	lw := labelW
	if row.Sub == "" {
		lw = labelW + subW
	}
	// Grouped rows share the label cell: only its first row prints it,
	// the others continue the shaded column without a top border.
	p.Rect(x, y, lw, h, "F")
	p.Line(x, y+h, x+lw, y+h)
	p.Line(x, y, x, y+h)
	if first {
		p.Line(x, y, x+lw, y)
		r.font("B", tablePt)
		for j, l := range r.lines(row.Label, lw-2*cellPad) {
			p.SetXY(x+cellPad, y+cellPad+float64(j)*tableLine)
			p.CellFormat(lw-2*cellPad, tableLine, l, "", 0, "L", false, 0, "")
		}
	}
	if row.Sub != "" {
		p.Rect(x+labelW, y, subW, h, "FD")
		r.font("B", tablePt)
		p.SetXY(x+labelW+cellPad, y+cellPad)
		p.CellFormat(subW-2*cellPad, tableLine, r.text(row.Sub), "", 0, "L", false, 0, "")
	}
	vx := x + labelW + subW
	p.Rect(vx, y, valueW, h, "D")
	r.font("", tablePt)
	for j, l := range lines {
		p.SetXY(vx+cellPad, y+cellPad+float64(j)*tableLine)
		p.CellFormat(valueW-2*cellPad, tableLine, l, "", 0, "L", false, 0, "")
	}
	p.SetXY(marginL, y+h)
}

func (r *pdfWriter) figure(f *Figure) {
	p := r.pdf
	captionH := 7.0
	switch {
	case f.Diagram != nil:
		l := layoutDiagram(f.Diagram, contentW)
		scale := 1.0
		if avail := pageH - marginT - marginB - captionH - 4; l.H > avail {
			scale = avail / l.H
		}
		r.need(l.H*scale + captionH + 4)
		y := p.GetY()
		r.drawDiagram(l, marginL+(contentW-l.W*scale)/2, y+2, scale)
		p.SetY(y + 2 + l.H*scale + 1)
	case f.Chart != nil:
		l := layoutChart(f.Chart, contentW)
		r.need(l.H + captionH + 4)
		y := p.GetY()
		r.drawChart(l, marginL, y+2)
		p.SetY(y + 2 + l.H + 1)
	}
	r.font("", 8.5)
	r.color(mutedR, mutedG, mutedB)
	p.SetX(marginL)
	p.CellFormat(contentW, 5, r.text(f.Caption), "", 1, "C", false, 0, "")
	r.color(inkR, inkG, inkB)
	p.SetY(p.GetY() + 4)
}

func (r *pdfWriter) drawDiagram(l diagramLayout, ox, oy, s float64) {
	p := r.pdf
	X := func(x float64) float64 { return ox + x*s }
	Y := func(y float64) float64 { return oy + y*s }
	for _, ln := range l.Lanes {
		p.SetFillColor(244, 247, 251)
		p.SetDrawColor(lineR, lineG, lineB)
		p.SetLineWidth(0.2)
		p.RoundedRect(X(ln.X), Y(ln.Y), ln.W*s, ln.H*s, 2*s, "1234", "FD")
		r.font("B", laneTitlePt*s)
		for i, t := range ln.Titles {
			p.SetXY(X(ln.X), Y(ln.Y+1+float64(i)*laneTitleLH))
			p.CellFormat(ln.W*s, (laneTitleH-1)*s, r.text(t), "", 0, "C", false, 0, "")
		}
	}
	for _, e := range l.Edges {
		p.SetDrawColor(mutedR, mutedG, mutedB)
		p.SetLineWidth(0.3)
		if e.Dashed {
			p.SetDashPattern([]float64{1.2, 0.8}, 0)
		}
		for i := 0; i+1 < len(e.Pts); i++ {
			p.Line(X(e.Pts[i].X), Y(e.Pts[i].Y), X(e.Pts[i+1].X), Y(e.Pts[i+1].Y))
		}
		p.SetDashPattern(nil, 0)
		// Arrowhead on the last segment, at the target.
		a, b := e.Pts[len(e.Pts)-2], e.Pts[len(e.Pts)-1]
		ang := math.Atan2(Y(b.Y)-Y(a.Y), X(b.X)-X(a.X))
		size := 1.8 * s
		p.SetFillColor(mutedR, mutedG, mutedB)
		p.Polygon([]fpdf.PointType{
			{X: X(b.X), Y: Y(b.Y)},
			{X: X(b.X) - size*math.Cos(ang-0.4), Y: Y(b.Y) - size*math.Sin(ang-0.4)},
			{X: X(b.X) - size*math.Cos(ang+0.4), Y: Y(b.Y) - size*math.Sin(ang+0.4)},
		}, "F")
		if e.Label != "" {
			r.font("", subPt*s)
			r.color(mutedR, mutedG, mutedB)
			m := e.labelAt()
			tw := p.GetStringWidth(r.text(e.Label))
			p.SetXY(X(m.X)-tw/2-1, Y(m.Y)-3*s)
			p.CellFormat(tw+2, 2.6*s, r.text(e.Label), "", 0, "C", false, 0, "")
			r.color(inkR, inkG, inkB)
		}
	}
	for _, b := range l.Boxes {
		fr, fg, fb := 255, 255, 255
		sr, sg, sb := 138, 150, 168
		switch b.Style {
		case "accent":
			fr, fg, fb, sr, sg, sb = 227, 238, 255, accentR, accentG, accentB
		case "muted":
			fr, fg, fb, sr, sg, sb = 241, 242, 244, 181, 188, 199
		}
		p.SetFillColor(fr, fg, fb)
		p.SetDrawColor(sr, sg, sb)
		p.SetLineWidth(0.3)
		p.RoundedRect(X(b.X), Y(b.Y), b.W*s, b.H*s, 1.5*s, "1234", "FD")
		textH := float64(len(b.Lines)) * labelLineH
		if b.Sub != "" {
			textH += subLineH
		}
		y := b.Y + (b.H-textH)/2
		r.font("", labelPt*s)
		for _, line := range b.Lines {
			p.SetXY(X(b.X), Y(y))
			p.CellFormat(b.W*s, labelLineH*s, r.text(line), "", 0, "C", false, 0, "")
			y += labelLineH
		}
		if b.Sub != "" {
			r.font("", subPt*s)
			r.color(mutedR, mutedG, mutedB)
			p.SetXY(X(b.X), Y(y))
			p.CellFormat(b.W*s, subLineH*s, r.text(b.Sub), "", 0, "C", false, 0, "")
			r.color(inkR, inkG, inkB)
		}
	}
}

func (r *pdfWriter) drawChart(l chartLayout, ox, oy float64) {
	p := r.pdf
	for _, b := range l.Bars {
		r.font("", chartPt)
		p.SetXY(ox, oy+b.Y)
		p.CellFormat(l.LabelW-2, barH, r.text(b.Label), "", 0, "R", false, 0, "")
		p.SetFillColor(accentR, accentG, accentB)
		p.Rect(ox+l.LabelW, oy+b.Y, math.Max(b.W, 0.4), barH, "F")
		p.SetXY(ox+l.LabelW+b.W+2, oy+b.Y)
		p.CellFormat(20, barH, r.text(b.Text), "", 0, "L", false, 0, "")
	}
	if l.MarkX > 0 {
		p.SetDrawColor(192, 57, 43)
		p.SetLineWidth(0.3)
		p.SetDashPattern([]float64{1.2, 0.8}, 0)
		p.Line(ox+l.MarkX, oy, ox+l.MarkX, oy+l.H)
		p.SetDashPattern(nil, 0)
	}
}
