package report

import "encoding/json"

// Document is a plan ready to render: the same model feeds the PDF,
// Markdown, HTML and JSON renderers. Its JSON form is for other tools.
type Document struct {
	Lang  string `json:"lang"`
	Title string `json:"title"`
	Cover Cover  `json:"cover"`
	// Sections are numbered Ⅰ, Ⅱ, … in order; appendices follow.
	Sections []*Section `json:"sections"`
	// Evidence lists every cited evidence item; blocks cite them by
	// number ([3]).
	Evidence []EvidenceItem `json:"evidence"`
}

// Cover is the title page.
type Cover struct {
	Title   string   `json:"title"`
	System  string   `json:"system,omitempty"`
	Agency  string   `json:"agency,omitempty"`
	Date    string   `json:"date"`
	Version string   `json:"version"`
	Lines   []string `json:"lines,omitempty"` // further lines (the draft notice)
}

// Section is a numbered part of the document.
type Section struct {
	// ID is a stable anchor ("overview", "current", …).
	ID string `json:"id"`
	// Number is the printed number ("Ⅰ", "1", "붙임 1"); empty for none.
	Number string  `json:"number,omitempty"`
	Title  string  `json:"title"`
	Blocks []Block `json:"blocks"`
	// Sections are subsections.
	Sections []*Section `json:"sections,omitempty"`
	// NewPage starts the section on a new page in paged output.
	NewPage bool `json:"new_page,omitempty"`
}

// Heading is the number and title as printed.
func (s *Section) Heading() string {
	if s.Number == "" {
		return s.Title
	}
	return s.Number + " " + s.Title
}

// Block is one piece of content: *Paragraph, *Bullets, *Table, *Sheet or
// *Figure.
type Block interface{ kind() string }

// Paragraph is running text; Cites are evidence numbers.
type Paragraph struct {
	Text  string `json:"text"`
	Cites []int  `json:"cites,omitempty"`
	// Note marks a remark (absent information, an assumption), set in a
	// quieter style.
	Note bool `json:"note,omitempty"`
}

// Bullets is a list.
type Bullets struct {
	Items []string `json:"items"`
}

// Table is a grid with a header row that repeats on every page it spans.
type Table struct {
	Caption string     `json:"caption,omitempty"`
	Header  []string   `json:"header"`
	Rows    [][]string `json:"rows"`
	// Widths are relative column widths (any unit); nil: equal.
	Widths []float64 `json:"widths,omitempty"`
	// Emphasis marks rows to set in bold (the chosen strategy, totals).
	Emphasis []bool `json:"emphasis,omitempty"`
}

// Sheet is a vertical key-value table (a 상세 요구사항 sheet); a value may
// hold several lines or bullets.
type Sheet struct {
	Caption string     `json:"caption,omitempty"`
	Rows    []SheetRow `json:"rows"`
}

// SheetRow is one labelled row; Sub labels nest under Label (정의, 세부내용
// under 상세설명).
type SheetRow struct {
	Label   string   `json:"label"`
	Sub     string   `json:"sub,omitempty"`
	Lines   []string `json:"lines"`
	Bullets bool     `json:"bullets,omitempty"`
}

// Figure is a diagram or a chart, described as data.
type Figure struct {
	Caption string   `json:"caption"`
	Diagram *Diagram `json:"diagram,omitempty"`
	Chart   *Chart   `json:"chart,omitempty"`
}

// Diagram is boxes in lanes joined by arrows. Lanes are drawn left to
// right (or as rows for Stacked); nodes of a lane top to bottom.
type Diagram struct {
	Lanes   []Lane `json:"lanes"`
	Edges   []Edge `json:"edges"`
	Stacked bool   `json:"stacked,omitempty"`
}

// Lane is a column (or row) of nodes with a title.
type Lane struct {
	Title string `json:"title"`
	Nodes []Node `json:"nodes"`
}

// Node is a box.
type Node struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Sub   string `json:"sub,omitempty"`
	// Style: "" normal, "accent" (chosen, core), "muted" (external,
	// generic), "group" (a frame around the lane).
	Style string `json:"style,omitempty"`
}

// Edge is an arrow between two nodes.
type Edge struct {
	From  string `json:"from"`
	To    string `json:"to"`
	Label string `json:"label,omitempty"`
	// Dashed for weaker relations (reads), solid for calls and writes.
	Dashed bool `json:"dashed,omitempty"`
}

// Chart is a horizontal bar chart.
type Chart struct {
	Unit string  `json:"unit,omitempty"`
	Max  float64 `json:"max"`
	Bars []Bar   `json:"bars"`
	// Mark draws a vertical rule at this value (the checklist threshold).
	Mark      float64 `json:"mark,omitempty"`
	MarkLabel string  `json:"mark_label,omitempty"`
}

// Bar is one bar.
type Bar struct {
	Label string  `json:"label"`
	Value float64 `json:"value"`
	Text  string  `json:"text,omitempty"` // shown at the bar's end
}

// EvidenceItem is one cited piece of evidence: where, and what it shows.
// It never holds a file's text, so no secret reaches a document.
type EvidenceItem struct {
	N     int    `json:"n"`
	Where string `json:"where"`
	What  string `json:"what"`
}

func (*Paragraph) kind() string { return "paragraph" }
func (*Bullets) kind() string   { return "bullets" }
func (*Table) kind() string     { return "table" }
func (*Sheet) kind() string     { return "sheet" }
func (*Figure) kind() string    { return "figure" }

// MarshalJSON writes a section with typed blocks ({"type": "table", …}).
func (s *Section) MarshalJSON() ([]byte, error) {
	blocks := make([]json.RawMessage, 0, len(s.Blocks))
	for _, b := range s.Blocks {
		inner, err := json.Marshal(b)
		if err != nil {
			return nil, err
		}
		// {"type":"…", …the block's own fields}
		raw := []byte(`{"type":"` + b.kind() + `"`)
		if len(inner) > 2 {
			raw = append(raw, ',')
		}
		blocks = append(blocks, append(raw, inner[1:]...))
	}
	type alias Section
	return json.Marshal(struct {
		*alias
		Blocks []json.RawMessage `json:"blocks"`
	}{(*alias)(s), blocks})
}
