package decompose

// Evidence weights: the log-odds that two tables belong to one bounded
// context given their signals, P(same) = σ(evBias + Σ weight·signal).
// They were fitted by logistic regression on the table pairs of the
// eleven public applications with hand-written truths under
// testdata/decompose/corpus and the three hand-written test applications,
// each application weighing the same and the pairs with no evidence
// counted. TestMeasureSignals reproduces the fit and holds each
// application out in turn: the weights fitted without it, and its
// adjusted Rand index under them (BENCHMARKS.md). Measured precision of
// "signal present": identifying foreign key 97 %, same generic kind 98 %,
// created together 87 %, foreign key 88 %, name family 86 %, written
// together 74 %, comment words about 50 %, co-use 44 %, classes and
// packages about 30 %. Strong signals count alone, weak ones by their
// strength and together. Two weigh against: tables of one name family,
// or keyed to each other, whose code lives in different modules (a
// subsystem's prefix, a reference to another aggregate). Usage and name
// families say nothing between a generic table and a business one.
var evBias = -2.43

var evWeights = []float64{
	0.97,  // coUse: Service Cutter co-use, Jaccard-normalised, p90 = 1
	1.01,  // coWrite: Jaccard of the functions writing both alike
	1.27,  // coInsert: Jaccard of the functions creating rows in each
	2.90,  // fk: a foreign key between them
	0.70,  // part: ... an identifying one (key in key, or cascading)
	2.55,  // family: one name family (PMS_, UMS_MEMBER_, COMTNBBS…)
	1.57,  // name: the family's specificity, 1 − ln(size)/ln(tables)
	0.30,  // words: cosine of comment bigrams
	0.78,  // term: specificity of the rarest comment word shared
	-0.65, // leaf: cosine of the modules using them (collinear with module)
	0.61,  // parent: cosine of those modules' parents
	0.85,  // module: specificity of the package prefix their modules share
	-0.40, // otherModule: their home modules differ
	-2.25, // familyApart: one name family, homes in different modules
	-1.13, // fkApart: a foreign key, homes in different modules
	1.77,  // class: cosine of the domain words of the using classes
	3.83,  // sameKind: both codes, identity, files, logs or messages
	0.13,  // oneKind: one generic kind, the other not or another
}

// FeatureNames name the entries of pairFeatures.vector and evWeights.
var FeatureNames = []string{"coUse", "coWrite", "coInsert", "fk", "part", "family", "name", "words", "term", "leaf", "parent", "module", "otherModule", "familyApart", "fkApart", "class", "sameKind", "oneKind"}

func (p *pairFeatures) vector() []float64 {
	return []float64{p.coUse, p.coWrite, p.coInsert, p.fk, p.part, p.family, p.name, p.words, p.term, p.leaf, p.parent, p.module, p.otherModule, p.familyApart, p.fkApart, p.class, p.sameKind, p.oneKind}
}

func (p *pairFeatures) logOdds() float64 {
	z := evBias
	for i, x := range p.vector() {
		z += evWeights[i] * x
	}
	return z
}
