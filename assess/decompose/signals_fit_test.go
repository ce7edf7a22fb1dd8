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

// TestMeasureSignals measures, on the corpus, how well each pairwise
// signal predicts that two tables share a context (precision and recall
// of "signal > 0", mean value on same-context and other pairs), and fits
// the logistic weights evidence.go uses, leaving each application out in
// turn to show they do not hinge on one. Run with -v.
func TestMeasureSignals(t *testing.T) {
	root := corpusRoot(t)
	files, _ := filepath.Glob("../../testdata/decompose/corpus/*.yaml")
	sort.Strings(files)
	var all []labelled
	noEvidence := map[string][2]int{} // app -> same, other pairs without evidence
	names := decompose.FeatureNames
	type app struct {
		name string
		m    *decompose.Model
		want map[string]string
	}
	var apps []app
	for _, f := range files {
		tr, err := corpus.ReadTruth(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := source.Load(context.Background(), source.Options{Dir: tr.SrcDir(root)})
		if err != nil {
			t.Fatal(err)
		}
		apps = append(apps, app{tr.App, m, tr.Partition()})
	}
	// The hand-written test applications count too: their expected
	// contexts were written before this measurement.
	for _, name := range []string{"declared", "mybatis-app", "ibatis-app"} {
		dir := filepath.Join("..", "..", "testdata", "decompose", name)
		apps = append(apps, app{name, loadApp(t, dir), readExpected(t, filepath.Join(dir, "expected-contexts.yaml")).partition()})
	}
	for _, a := range apps {
		tr := struct{ App string }{a.name}
		m, want := a.m, a.want
		tables, rows := decompose.PairRows(m)
		var in []string
		for _, tb := range tables {
			if _, ok := want[tb]; ok {
				in = append(in, tb)
			}
		}
		seen := map[[2]string]bool{}
		for _, r := range rows {
			a, aok := want[r.A]
			b, bok := want[r.B]
			if !aok || !bok {
				continue
			}
			seen[[2]string{r.A, r.B}] = true
			all = append(all, labelled{tr.App, r.X, a == b})
		}
		same, other := 0, 0
		for x, a := range in {
			for _, b := range in[x+1:] {
				if seen[[2]string{a, b}] || seen[[2]string{b, a}] {
					continue
				}
				if want[a] == want[b] {
					same++
				} else {
					other++
				}
			}
		}
		noEvidence[tr.App] = [2]int{same, other}
		t.Logf("%-32s %3d tables, pairs without evidence: %5d same %6d other (%.3f); with evidence %d", tr.App, len(in), same, other, float64(same)/float64(same+other), len(seen))
	}
	for k, name := range names {
		tp, fp, fn := 0.0, 0.0, 0.0
		var ms, mo, ns, no float64
		for _, l := range all {
			v := l.x[k]
			if l.same {
				ms += v
				ns++
				if v > 0 {
					tp++
				} else {
					fn++
				}
			} else {
				mo += v
				no++
				if v > 0 {
					fp++
				}
			}
		}
		t.Logf("%-6s precision %.2f  pairs>0 %5.0f  mean same %.3f other %.3f", name, tp/(tp+fp), tp+fp, ms/ns, mo/no)
	}
	appNames := map[string]bool{}
	for _, l := range all {
		appNames[l.app] = true
	}
	w := fitLogistic(all, noEvidence, "")
	t.Logf("fit on all: %s", fmtWeights(names, w))
	t.Logf("fit on evidence pairs only: %s", fmtWeights(names, fitLogistic(all, nil, "")))
	var keys []string
	for a := range appNames {
		keys = append(keys, a)
	}
	sort.Strings(keys)
	for _, a := range keys {
		t.Logf("without %-32s %s", a, fmtWeights(names, fitLogistic(all, noEvidence, a)))
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
