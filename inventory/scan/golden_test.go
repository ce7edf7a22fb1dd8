package scan

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGoldenMerge pins the whole merged result of the fake tree: ids,
// order, evidence, externals, notes, targets.
func TestGoldenMerge(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "agency")
	writeTree(t, dir, fakeTree)
	r := scanFake(t, dir)
	for i := range r.Hosts {
		r.Hosts[i].Source = filepath.Base(r.Hosts[i].Source) // temp dirs differ per run
	}
	got, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join("testdata", "fake.golden.json")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if string(got) != string(want) {
		t.Errorf("merged result differs from %s (run with -update to accept):\n%s", golden, got)
	}
}
