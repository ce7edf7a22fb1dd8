package decompose

// PairRow is one pair of tables with its signals, for measuring them.
type PairRow struct {
	A, B string
	X    []float64
}

// PairRows lists the pairs of m's tables with any evidence.
func PairRows(m *Model) (tables []string, rows []PairRow) {
	g := buildGraph(m)
	s := g.signals()
	for k, p := range g.candidatePairs(s, g.coUse) {
		rows = append(rows, PairRow{A: g.tables[k[0]], B: g.tables[k[1]], X: p.vector()})
	}
	return g.tables, rows
}
