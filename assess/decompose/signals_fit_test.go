package decompose_test

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/decompose/corpus"
	"github.com/cnready/cnready/assess/decompose/source"
)

// corpusRoot is the folder of checkouts the corpus truths describe
// (CNREADY_CORPUS); tests reading it skip without it.
func corpusRoot(t *testing.T) string {
	root := os.Getenv("CNREADY_CORPUS")
	if root == "" {
		t.Skip("CNREADY_CORPUS not set: no checkouts of the corpus applications")
	}
	return root
}

type labelled struct {
	app  string
	x    []float64
	same bool
}

// fitApp is one application the weights are measured on: a corpus
// checkout with its truth, or a hand-written test application.
type fitApp struct {
	name   string
	m      *decompose.Model
	want   map[string]string
	corpus bool
}

// fitApps loads the corpus applications under root and the hand-written
// test applications (their expected contexts were written before any
// measurement).
func fitApps(t *testing.T, root string) []fitApp {
	files, _ := filepath.Glob("../../testdata/decompose/corpus/*.yaml")
	sort.Strings(files)
	var apps []fitApp
	for _, f := range files {
		tr, err := corpus.ReadTruth(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(tr.SrcDir(root)); err != nil {
			t.Logf("%s: no checkout, skipped", tr.App)
			continue
		}
		m, err := source.Load(context.Background(), source.Options{Dir: tr.SrcDir(root)})
		if err != nil {
			t.Fatal(err)
		}
		apps = append(apps, fitApp{tr.App, m, tr.Partition(), true})
	}
	for _, name := range []string{"declared", "mybatis-app", "ibatis-app"} {
		dir := filepath.Join("..", "..", "testdata", "decompose", name)
		apps = append(apps, fitApp{name, loadApp(t, dir), readExpected(t, filepath.Join(dir, "expected-contexts.yaml")).partition(), false})
	}
	return apps
}

// pairData labels every pair of truth tables with evidence, and counts
// per application the pairs without any (same context, other).
func pairData(t *testing.T, apps []fitApp) ([]labelled, map[string][2]int) {
	var all []labelled
	noEvidence := map[string][2]int{}
	for _, a := range apps {
		tables, rows := decompose.PairRows(a.m)
		var in []string
		for _, tb := range tables {
			if _, ok := a.want[tb]; ok {
				in = append(in, tb)
			}
		}
		seen := map[[2]string]bool{}
		for _, r := range rows {
			x, xok := a.want[r.A]
			y, yok := a.want[r.B]
			if !xok || !yok {
				continue
			}
			seen[[2]string{r.A, r.B}] = true
			all = append(all, labelled{a.name, r.X, x == y})
		}
		same, other := 0, 0
		for i, x := range in {
			for _, y := range in[i+1:] {
				if seen[[2]string{x, y}] || seen[[2]string{y, x}] {
					continue
				}
				if a.want[x] == a.want[y] {
					same++
				} else {
					other++
				}
			}
		}
		noEvidence[a.name] = [2]int{same, other}
		t.Logf("%-32s %3d tables, pairs without evidence: %5d same %6d other; with evidence %d", a.name, len(in), same, other, len(seen))
	}
	return all, noEvidence
}

// ariWith decomposes a with the given weights (bias first) and scores it.
func ariWith(t *testing.T, a fitApp, w []float64) float64 {
	restore := decompose.SetWeights(w)
	defer restore()
	res, err := decompose.Decompose(context.Background(), a.m, decompose.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return corpus.Measure(a.want, res.Partition()).ARI
}

// TestMeasureSignals measures, on the corpus, how well each pairwise
// signal predicts that two tables share a context (precision of "signal >
// 0", mean value on same-context and other pairs), fits the logistic
// weights evidence.go uses, and holds each application out in turn: the
// weights fitted without it, and its adjusted Rand index under them —
// the score of an application the weights never saw. Run with -v.
func TestMeasureSignals(t *testing.T) {
	root := corpusRoot(t)
	apps := fitApps(t, root)
	all, noEvidence := pairData(t, apps)
	names := decompose.FeatureNames
	for k, name := range names {
		tp, fp := 0.0, 0.0
		var ms, mo, ns, no float64
		for _, l := range all {
			v := l.x[k]
			if l.same {
				ms += v
				ns++
				if v > 0 {
					tp++
				}
			} else {
				mo += v
				no++
				if v > 0 {
					fp++
				}
			}
		}
		t.Logf("%-8s precision %.2f  pairs>0 %5.0f  mean same %.3f other %.3f", name, tp/(tp+fp), tp+fp, ms/ns, mo/no)
	}
	w := fitLogistic(all, noEvidence, "")
	t.Logf("fit on all: %s", fmtWeights(names, w))
	t.Logf("in use:     %s", fmtWeights(names, decompose.Weights()))
	var inUse, fitted, held float64
	n := 0
	for _, a := range apps {
		lw := fitLogistic(all, noEvidence, a.name)
		if !a.corpus {
			continue
		}
		x, y, z := ariWith(t, a, decompose.Weights()), ariWith(t, a, w), ariWith(t, a, lw)
		inUse, fitted, held = inUse+x, fitted+y, held+z
		n++
		t.Logf("without %-32s ARI in use %.3f, fitted on all %.3f, held out %.3f; %s", a.name, x, y, z, fmtWeights(names, lw))
	}
	if n > 0 {
		t.Logf("mean ARI over %d applications: in use %.3f, fitted on all %.3f, each held out %.3f", n, inUse/float64(n), fitted/float64(n), held/float64(n))
	}
}

func fmtWeights(names []string, w []float64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "bias %.2f", w[0])
	for i, n := range names {
		fmt.Fprintf(&b, "  %s %.2f", n, w[i+1])
	}
	return b.String()
}

// fitLogistic fits P(same) = σ(w0 + Σ wi xi) by gradient descent with a
// small L2 penalty; each application weighs the same in total, so the
// 180-table one does not drown the others. Pairs without evidence enter
// as counts at x = 0. skip leaves one application out.
func fitLogistic(all []labelled, none map[string][2]int, skip string) []float64 {
	dim := len(all[0].x) + 1
	per := map[string]float64{}
	for _, l := range all {
		per[l.app]++
	}
	for a, c := range none {
		per[a] += float64(c[0] + c[1])
	}

	w := make([]float64, dim)
	for iter := 0; iter < 3000; iter++ {
		grad := make([]float64, dim)
		total := 0.0
		step := func(x []float64, y, weight float64) {
			z := w[0]
			for i, v := range x {
				z += w[i+1] * v
			}
			p := 1 / (1 + math.Exp(-z))
			d := (p - y) * weight
			grad[0] += d
			for i, v := range x {
				grad[i+1] += d * v
			}
			total += weight
		}
		for _, l := range all {
			if l.app == skip {
				continue
			}
			y := 0.0
			if l.same {
				y = 1
			}
			step(l.x, y, 1/per[l.app])
		}
		zero := make([]float64, dim-1)
		for a, c := range none {
			if a == skip {
				continue
			}
			step(zero, 1, float64(c[0])/per[a])
			step(zero, 0, float64(c[1])/per[a])
		}
		for i := range w {
			g := grad[i]/total + 0.001*w[i]*boolF(i > 0)
			w[i] -= 2 * g
		}
	}
	return w
}

func boolF(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
