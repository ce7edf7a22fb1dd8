package corpus

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

func TestPrefixBaseline(t *testing.T) {
	got := PrefixBaseline([]string{"LITEMALL_GOODS", "LITEMALL_GOODS_SPEC", "LITEMALL_ORDER", "LITEMALL_USER", "COMTNBBS"})
	want := map[string]string{"LITEMALL_GOODS": "=LITEMALL_GOODS", "LITEMALL_GOODS_SPEC": "GOODS",
		"LITEMALL_ORDER": "=LITEMALL_ORDER", "LITEMALL_USER": "=LITEMALL_USER", "COMTNBBS": "=COMTNBBS"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want %q", k, got[k], v)
		}
	}
	got = PrefixBaseline([]string{"PMS_A", "PMS_B", "OMS_A", "UMS_A"})
	if got["PMS_A"] != "PMS" || got["OMS_A"] != "OMS" {
		t.Errorf("prefixes %v", got)
	}
}

// TestMeasureMissing: a table the partition leaves out is its own
// context, so leaving tables out never raises a score.
func TestMeasureMissing(t *testing.T) {
	truth := map[string]string{"A": "x", "B": "x", "C": "y", "D": "y"}
	full := Measure(truth, map[string]string{"A": "1", "B": "1", "C": "2", "D": "2"})
	part := Measure(truth, map[string]string{"A": "1", "C": "2", "D": "2"})
	if full.ARI != 1 || full.Missing != 0 || part.Missing != 1 || part.ARI >= full.ARI {
		t.Errorf("full %+v, part %+v", full, part)
	}
}

func TestTruthFiles(t *testing.T) {
	files, _ := filepath.Glob("../../../testdata/decompose/corpus/*.yaml")
	if len(files) < 8 {
		t.Fatalf("%d truth files, want at least 8", len(files))
	}
	for _, f := range files {
		if _, err := ReadTruth(f); err != nil {
			t.Error(err)
		}
	}
}

// TestCorpus scores every application of the corpus whose checkout is
// under CNREADY_CORPUS: cnready's ARI must be at least the best naive
// baseline's on each. Run with -v for the table.
func TestCorpus(t *testing.T) {
	root := os.Getenv("CNREADY_CORPUS")
	if root == "" {
		t.Skip("CNREADY_CORPUS not set: no checkouts of the corpus applications")
	}
	files, _ := filepath.Glob("../../../testdata/decompose/corpus/*.yaml")
	sort.Strings(files)
	sum, n := 0.0, 0
	for _, f := range files {
		tr, err := ReadTruth(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(tr.SrcDir(root)); err != nil {
			t.Logf("%s: no checkout, skipped", tr.App)
			continue
		}
		r, err := Run(context.Background(), tr, tr.SrcDir(root))
		if err != nil {
			t.Fatal(err)
		}
		best := max(r.Mapper.ARI, r.Package.ARI, r.Prefix.ARI)
		t.Logf("%-32s ARI %.3f MoJoFM %5.1f  best naive %.3f", tr.App, r.Cnready.ARI, r.Cnready.MoJoFM, best)
		if r.Cnready.ARI+1e-9 < best {
			t.Errorf("%s: ARI %.3f below the best naive baseline %.3f", tr.App, r.Cnready.ARI, best)
		}
		if g := Gaps(tr, r.Model); g != "" {
			t.Errorf("%s: %s", tr.App, g)
		}
		sum += r.Cnready.ARI
		n++
	}
	if n > 0 {
		t.Logf("mean ARI %.3f over %d applications", sum/float64(n), n)
	}
}
