package report

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Diagrams and charts are laid out once, in millimetres, and drawn by the
// PDF (fpdf primitives) and HTML (SVG) renderers from the same geometry.

// textWidth estimates the width of s at size pt in mm: wide (Hangul, CJK)
// runes take one em, others about 0.56 em. Both renderers use it, so a label
// fits the same box in both.
func textWidth(s string, pt float64) float64 {
	w := 0.0
	for _, r := range s {
		w += runeWidth(r, pt)
	}
	return w
}

func runeWidth(r rune, pt float64) float64 {
	em := pt * 0.3528 // 1 pt = 0.3528 mm
	switch {
	case r < 0x80:
		switch {
		case r == ' ':
			return 0.28 * em
		case r >= 'A' && r <= 'Z' || r >= '0' && r <= '9':
			return 0.62 * em
		}
		return 0.52 * em
	case isWide(r):
		return em
	case unicode.IsUpper(r) || unicode.IsDigit(r):
		return 0.62 * em
	}
	return 0.52 * em
}

func isWide(r rune) bool {
	return unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x30ff) || (r >= 0xff00 && r <= 0xffef) ||
		(r >= 0x2160 && r <= 0x217f) // Roman numerals Ⅰ…Ⅻ
}

// fitText shortens s with "…" until it fits width mm at size pt, in one
// pass (names can be thousands of characters long).
func fitText(s string, pt, width float64) string {
	if textWidth(s, pt) <= width {
		return s
	}
	room := width - runeWidth('…', pt)
	w, cut := 0.0, 0
	for i, r := range s {
		if w+runeWidth(r, pt) > room {
			break
		}
		w += runeWidth(r, pt)
		cut = i + utf8.RuneLen(r)
	}
	return s[:cut] + "…"
}

// clip cuts s to at most n runes.
func clip(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// wrapText breaks s into lines no wider than width mm at size pt, at
// spaces, or inside a word when it alone is too wide (Korean text often
// has long unspaced runs).
func wrapText(s string, pt, width float64) []string {
	var lines []string
	for _, para := range splitLines(s) {
		line := ""
		for _, word := range splitWords(para) {
			cand := line + word
			if line == "" {
				cand = word
			}
			if textWidth(cand, pt) <= width {
				line = cand
				continue
			}
			if line != "" {
				lines = append(lines, trimRightSpace(line))
				word = trimLeftSpace(word)
			}
			for textWidth(word, pt) > width {
				cut := 0
				for i := range word {
					if textWidth(word[:i], pt) > width {
						break
					}
					cut = i
				}
				if cut == 0 {
					_, cut = utf8.DecodeRuneInString(word)
				}
				lines = append(lines, word[:cut])
				word = word[cut:]
			}
			line = word
		}
		lines = append(lines, trimRightSpace(line))
	}
	return lines
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// splitWords splits before each space, keeping the space with the word.
func splitWords(s string) []string {
	var out []string
	start := 0
	for i := 1; i < len(s); i++ {
		if s[i] == ' ' && s[i-1] != ' ' {
			out = append(out, s[start:i])
			start = i
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

func trimRightSpace(s string) string {
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}

func trimLeftSpace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// Geometry of a laid-out diagram (mm).
type diagramLayout struct {
	W, H float64
	// TitleH is the height of the lane titles' band: one or two lines.
	TitleH float64
	Lanes  []laneBox
	Boxes  []nodeBox
	Edges  []edgeLine
}

type laneBox struct {
	X, Y, W, H float64
	Titles     []string // the title, wrapped to at most two lines
}

type nodeBox struct {
	X, Y, W, H float64
	Lines      []string // the label, wrapped to at most maxLabelLines
	Sub        string
	Style      string
	lane       int
}

type point struct{ X, Y float64 }

// edgeLine is a polyline from the source box to the target box; the arrow
// head is drawn on its last segment.
type edgeLine struct {
	Pts    []point
	Label  string
	Dashed bool
}

// Sizes of diagram text (pt) and boxes (mm).
const (
	laneTitlePt = 7.5
	labelPt     = 7
	subPt       = 5.5
	labelLineH  = 3.2
	subLineH    = 3
	boxPad      = 1.8
	boxGap      = 4
	laneGap     = 9
	laneTitleH  = 6
	laneTitleLH = 3.4 // a second title line
	maxLaneRows = 12
	// Labels wrap rather than end in "…" until this many lines: a
	// procurement reader must be able to read every box.
	maxLabelLines = 3
)

func boxHeight(lines int, sub bool) float64 {
	h := 2*boxPad + float64(lines)*labelLineH
	if sub {
		h += subLineH
	}
	return max(h, 9)
}

// layoutDiagram places lanes as columns across width mm, nodes stacked in
// each (at most maxLaneRows; the rest become one "+N" box), and edges from
// box side to box side; edges within a lane run along its right edge so
// they do not cross the boxes between.
func layoutDiagram(d *Diagram, width float64) diagramLayout {
	n := len(d.Lanes)
	if n == 0 {
		return diagramLayout{W: width, H: 10}
	}
	laneW := (width - float64(n-1)*laneGap) / float64(n)
	textW := laneW - 7
	l := diagramLayout{W: width}
	type laneNodes struct {
		boxes  []nodeBox
		height float64
	}
	lanes := make([]laneNodes, n)
	tallest := 0.0
	for i, lane := range d.Lanes {
		shown := lane.Nodes
		more := 0
		if len(shown) > maxLaneRows {
			more = len(shown) - (maxLaneRows - 1)
			shown = shown[:maxLaneRows-1]
		}
		var ln laneNodes
		for _, nd := range shown {
			lines := wrapText(clip(nd.Label, 160), labelPt, textW)
			if len(lines) > maxLabelLines {
				last := fitText(strings.Join(lines[maxLabelLines-1:], " "), labelPt, textW)
				lines = append(lines[:maxLabelLines-1:maxLabelLines-1], last)
			}
			sub := fitText(nd.Sub, subPt, textW)
			b := nodeBox{W: laneW - 4, H: boxHeight(len(lines), sub != ""), Lines: lines, Sub: sub, Style: nd.Style, lane: i}
			ln.boxes = append(ln.boxes, b)
			ln.height += b.H + boxGap
		}
		if more > 0 {
			b := nodeBox{W: laneW - 4, H: boxHeight(1, false), Lines: []string{"+" + strconv.Itoa(more)}, Style: "muted", lane: i}
			ln.boxes = append(ln.boxes, b)
			ln.height += b.H + boxGap
		}
		lanes[i] = ln
		tallest = max(tallest, ln.height)
	}
	titles := make([][]string, n)
	l.TitleH = laneTitleH
	for i, lane := range d.Lanes {
		t := wrapText(clip(lane.Title, 120), laneTitlePt, laneW-3)
		if len(t) > 2 {
			t = []string{t[0], fitText(strings.Join(t[1:], " "), laneTitlePt, laneW-3)}
		}
		if len(t) == 2 {
			l.TitleH = laneTitleH + laneTitleLH
		}
		titles[i] = t
	}
	laneH := l.TitleH + 3 + tallest
	pos := map[string]int{}
	for i, lane := range d.Lanes {
		x := float64(i) * (laneW + laneGap)
		l.Lanes = append(l.Lanes, laneBox{X: x, Y: 0, W: laneW, H: laneH, Titles: titles[i]})
		// Centre a short lane vertically against the tallest one.
		y := l.TitleH + 3 + (tallest-lanes[i].height)/2
		for j, b := range lanes[i].boxes {
			b.X, b.Y = x+2, y
			if j < len(lane.Nodes) && j < maxLaneRows && !(j == maxLaneRows-1 && len(lane.Nodes) > maxLaneRows) {
				pos[lane.Nodes[j].ID] = len(l.Boxes)
			}
			l.Boxes = append(l.Boxes, b)
			y += b.H + boxGap
		}
	}
	l.H = laneH + 2
	laneX := func(i int) float64 { return float64(i) * (laneW + laneGap) }
	channels := 0
	for _, e := range d.Edges {
		fi, ok1 := pos[e.From]
		ti, ok2 := pos[e.To]
		if !ok1 || !ok2 || fi == ti {
			continue
		}
		f, t := l.Boxes[fi], l.Boxes[ti]
		var pts []point
		switch {
		case f.lane-t.lane > 1 || t.lane-f.lane > 1:
			// Past the lanes between, through their free rows, so the
			// line never runs under a box it does not belong to.
			lo, hi := min(f.lane, t.lane), max(f.lane, t.lane)
			// Lines sharing a channel are spread ±1.2 mm within its 4 mm.
			off := float64(channels%5-2) * 0.6
			channels++
			fx, tx := f.X+f.W, t.X
			g1, g2 := laneX(f.lane)+laneW+laneGap/2-off, laneX(t.lane)-laneGap/2+off
			if f.lane > t.lane {
				fx, tx = f.X, t.X+t.W
				g1, g2 = laneX(f.lane)-laneGap/2+off, laneX(t.lane)+laneW+laneGap/2-off
			}
			cy := l.channel(lo+1, hi-1, (f.Y+f.H/2+t.Y+t.H/2)/2, laneH) + off
			pts = []point{{fx, f.Y + f.H/2}, {g1, f.Y + f.H/2}, {g1, cy}, {g2, cy}, {g2, t.Y + t.H/2}, {tx, t.Y + t.H/2}}
		case f.lane < t.lane:
			pts = []point{{f.X + f.W, f.Y + f.H/2}, {t.X, t.Y + t.H/2}}
		case f.lane > t.lane:
			pts = []point{{f.X, f.Y + f.H/2}, {t.X + t.W, t.Y + t.H/2}}
		default:
			side := f.X + f.W + 1.4
			pts = []point{{f.X + f.W, f.Y + f.H/2}, {side, f.Y + f.H/2}, {side, t.Y + t.H/2}, {t.X + t.W, t.Y + t.H/2}}
		}
		l.Edges = append(l.Edges, edgeLine{Pts: pts, Label: e.Label, Dashed: e.Dashed})
	}
	return l
}

// channel is the y nearest want at which a line can cross lanes from..to
// without touching a box: a gap between two boxes of every such lane, or
// else the band under the lane titles, which is always free.
func (l *diagramLayout) channel(from, to int, want, laneH float64) float64 {
	const clear = 1.5 // the spread of lines sharing the channel, and a hair
	free := func(y float64) bool {
		for _, b := range l.Boxes {
			if b.lane >= from && b.lane <= to && y > b.Y-clear && y < b.Y+b.H+clear {
				return false
			}
		}
		return true
	}
	best, bestD := l.TitleH+1.5, math.Inf(1)
	for _, b := range l.Boxes {
		if b.lane < from || b.lane > to {
			continue
		}
		for _, y := range []float64{b.Y - boxGap/2, b.Y + b.H + boxGap/2} {
			if y > l.TitleH && y < laneH && free(y) && math.Abs(y-want) < bestD {
				best, bestD = y, math.Abs(y-want)
			}
		}
	}
	return best
}

// labelAt is where an edge's label goes: the middle of its middle segment.
func (e edgeLine) labelAt() point {
	i := (len(e.Pts) - 1) / 2
	a, b := e.Pts[i], e.Pts[i+1]
	return point{(a.X + b.X) / 2, (a.Y + b.Y) / 2}
}

// Geometry of a laid-out bar chart (mm).
type chartLayout struct {
	W, H   float64
	LabelW float64
	Bars   []barBox
	MarkX  float64 // 0: no mark
	Mark   string
}

type barBox struct {
	Y, W  float64 // bar top and length
	Label string
	Text  string
}

const (
	barH    = 6
	barGap  = 3
	chartPt = 7.5
)

func layoutChart(c *Chart, width float64) chartLayout {
	l := chartLayout{W: width, LabelW: width * 0.32}
	area := width - l.LabelW - 22
	maxV := c.Max
	for _, b := range c.Bars {
		maxV = max(maxV, b.Value)
	}
	if maxV <= 0 {
		maxV = 1
	}
	y := 2.0
	for _, b := range c.Bars {
		w := area * b.Value / maxV
		l.Bars = append(l.Bars, barBox{Y: y, W: w, Label: fitText(b.Label, chartPt, l.LabelW-3), Text: b.Text})
		y += barH + barGap
	}
	if c.Mark > 0 {
		l.MarkX = l.LabelW + area*c.Mark/maxV
		l.Mark = c.MarkLabel
	}
	l.H = y + 2
	return l
}
