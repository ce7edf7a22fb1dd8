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

// SetWeights replaces the evidence weights (bias first) and returns a
// function restoring them, for fitting and leave-one-out runs.
func SetWeights(w []float64) (restore func()) {
	oldB, oldW := evBias, evWeights
	evBias, evWeights = w[0], append([]float64(nil), w[1:]...)
	return func() { evBias, evWeights = oldB, oldW }
}

// Weights are the evidence weights in use, bias first.
func Weights() []float64 { return append([]float64{evBias}, evWeights...) }

// SetJoinThreshold sets the correlation-clustering threshold and returns
// a function restoring it.
func SetJoinThreshold(v float64) (restore func()) {
	old := joinThreshold
	joinThreshold = v
	return func() { joinThreshold = old }
}

// SetCrossModule sets what pairs across modules pay on top and returns a
// function restoring it.
func SetCrossModule(v float64) (restore func()) {
	old := crossModule
	crossModule = v
	return func() { crossModule = old }
}
