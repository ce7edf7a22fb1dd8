package report

import (
	"fmt"
	"math/rand"
	"testing"
)

// segmentHits reports whether the segment a-b passes through the inside of
// box (shrunk by a hair, so touching an edge does not count): Liang-Barsky
// clipping.
func segmentHits(a, b point, x0, y0, x1, y1 float64) bool {
	const e = 0.15
	x0, y0, x1, y1 = x0+e, y0+e, x1-e, y1-e
	dx, dy := b.X-a.X, b.Y-a.Y
	t0, t1 := 0.0, 1.0
	for _, c := range [][2]float64{{-dx, a.X - x0}, {dx, x1 - a.X}, {-dy, a.Y - y0}, {dy, y1 - a.Y}} {
		p, q := c[0], c[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		t := q / p
		if p < 0 {
			t0 = max(t0, t)
		} else {
			t1 = min(t1, t)
		}
		if t0 > t1 {
			return false
		}
	}
	return true
}

// No edge of a laid-out diagram runs through a box other than its own two,
// whatever the lanes, counts and edges: random diagrams, as the context
// map of a real application is.
func TestDiagramEdgesAvoidBoxes(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 300; n++ {
		d := &Diagram{}
		var ids []string
		lanes := 2 + rng.Intn(4)
		for i := 0; i < lanes; i++ {
			lane := Lane{Title: fmt.Sprintf("lane %d", i)}
			for j := rng.Intn(10); j >= 0; j-- {
				id := fmt.Sprintf("n%d-%d", i, j)
				lane.Nodes = append(lane.Nodes, Node{ID: id, Label: id, Sub: "sub"})
				ids = append(ids, id)
			}
			d.Lanes = append(d.Lanes, lane)
		}
		for k := rng.Intn(25); k > 0; k-- {
			d.Edges = append(d.Edges, Edge{From: ids[rng.Intn(len(ids))], To: ids[rng.Intn(len(ids))], Dashed: rng.Intn(2) == 0})
		}
		l := layoutDiagram(d, diagramWidth)
		for _, e := range l.Edges {
			first, last := e.Pts[0], e.Pts[len(e.Pts)-1]
			for i, b := range l.Boxes {
				own := (first.X == b.X || first.X == b.X+b.W) && first.Y > b.Y && first.Y < b.Y+b.H ||
					(last.X == b.X || last.X == b.X+b.W) && last.Y > b.Y && last.Y < b.Y+b.H
				if own {
					continue
				}
				for s := 0; s+1 < len(e.Pts); s++ {
					if segmentHits(e.Pts[s], e.Pts[s+1], b.X, b.Y, b.X+b.W, b.Y+b.H) {
						t.Fatalf("diagram %d: edge %v crosses box %d %q at %+v", n, e.Pts, i, b.Lines, b)
					}
				}
			}
		}
	}
}
