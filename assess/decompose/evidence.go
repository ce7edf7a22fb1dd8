package decompose

// Evidence weights: the log-odds that two tables belong to one bounded
// context given their signals, P(same) = σ(evBias + Σ weight·signal).
// They were fitted by logistic regression on the table pairs of the
// nine public applications with hand-written truths under
// testdata/decompose/corpus and the three hand-written test applications,
// each application weighing the same and the pairs with no evidence
// counted (TestMeasureSignals reproduces the fit and refits it leaving
// each application out: the strong weights move by a quarter at most,
// family and name trade places when the one schema whose prefix spans
// several contexts is left out). Measured precision of "signal present":
// foreign key 93 %, name family 78 %, same generic kind 71 %, written
// together 53 %, comment words about 48 %, co-use, classes and packages
// about 30 %: strong signals count alone, weak ones by their strength and
// together.
var evBias = -2.48

var evWeights = []float64{
	0.59,  // coUse: Service Cutter co-use, Jaccard-normalised, p90 = 1
	1.98,  // coWrite: Jaccard of the functions writing each
	2.79,  // fk: a foreign key between them
	1.40,  // family: one name family (PMS_, UMS_MEMBER_, COMTNBBS…)
	1.92,  // name: the family's specificity, 1 − ln(size)/ln(tables)
	0.15,  // words: cosine of comment bigrams
	0.82,  // term: specificity of the rarest comment word shared
	0.18,  // leaf: cosine of the modules using them
	0.74,  // parent: cosine of those modules' parents
	1.44,  // class: cosine of the domain words of the using classes
	2.59,  // sameKind: both codes, identity, files or logs
	-0.38, // oneKind: one generic kind, the other not or another
}

// FeatureNames name the entries of pairFeatures.vector and evWeights.
var FeatureNames = []string{"coUse", "coWrite", "fk", "family", "name", "words", "term", "leaf", "parent", "class", "sameKind", "oneKind"}

func (p *pairFeatures) vector() []float64 {
	return []float64{p.coUse, p.coWrite, p.fk, p.family, p.name, p.words, p.term, p.leaf, p.parent, p.class, p.sameKind, p.oneKind}
}

func (p *pairFeatures) logOdds() float64 {
	z := evBias
	for i, x := range p.vector() {
		z += evWeights[i] * x
	}
	return z
}
