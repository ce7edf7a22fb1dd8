package decompose

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// expected is an expected-contexts.yaml file.
type expected struct {
	Contexts []struct {
		Name   string   `yaml:"name"`
		Tables []string `yaml:"tables"`
	} `yaml:"contexts"`
	Shared []string `yaml:"shared"`
}

func (e *expected) partition() map[string]string {
	p := map[string]string{}
	for _, c := range e.Contexts {
		for _, t := range c.Tables {
			p[canon(t)] = c.Name
		}
	}
	return p
}

func readExpected(t *testing.T, path string) *expected {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var e expected
	if err := yaml.Unmarshal(data, &e); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return &e
}

// declaredModel reads the decomposition section of an Assessment file
// (tables and functions only) without the assess package, which imports
// this one.
func declaredModel(t testing.TB, path string) *Model {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Decomposition struct {
			Tables    []Table    `yaml:"tables"`
			Functions []Function `yaml:"functions"`
		} `yaml:"decomposition"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return &Model{Tables: doc.Decomposition.Tables, Functions: doc.Decomposition.Functions}
}

// appModels lists the test applications under testdata/decompose whose
// model this package can load itself; the source-tree applications are
// added by the external test in apps_test.go.
var appModels = map[string]func(testing.TB, string) *Model{
	"declared": func(t testing.TB, dir string) *Model { return declaredModel(t, filepath.Join(dir, "assessment.yaml")) },
}

// agreement scores res against the expected decomposition. Tables the
// expectation lists as shared, and tables res sets aside as shared, are
// left out of ARI and MoJoFM (a shared table belongs to no context); so
// that setting tables aside cannot buy a score, it also returns the share
// of expected context tables res put in shared_tables.
func agreement(res *Result, e *expected) (ari, mojofm, setAside float64) {
	want := e.partition()
	got := res.Partition()
	ari = AdjustedRand(got, want)
	mojofm = MoJoFM(got, want)
	shared := map[string]bool{}
	for _, s := range res.SharedTables {
		shared[s] = true
	}
	n := 0
	for t := range want {
		if shared[t] {
			n++
		}
	}
	if len(want) > 0 {
		setAside = float64(n) / float64(len(want))
	}
	return ari, mojofm, setAside
}

func describe(res *Result) string {
	var b strings.Builder
	for _, c := range res.Contexts {
		b.WriteString("  " + c.Name + " (" + c.Type + "): " + strings.Join(c.Tables, " ") + "\n")
	}
	b.WriteString("  shared: " + strings.Join(res.SharedTables, " ") + "\n")
	return b.String()
}

func checkAgreement(t *testing.T, name string, m *Model, e *expected) {
	t.Helper()
	res, err := Decompose(context.Background(), m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ari, mojo, aside := agreement(res, e)
	t.Logf("%s: ARI %.3f, MoJoFM %.1f%%, expected context tables set aside as shared %.0f%%, contexts %d (expected %d), resolution %.2f\n%s",
		name, ari, mojo, 100*aside, len(res.Contexts), len(e.Contexts), res.Resolution, describe(res))
	if ari < 0.8 {
		t.Errorf("%s: ARI %.3f < 0.8", name, ari)
	}
	if aside > 0.2 {
		t.Errorf("%s: %.0f%% of expected context tables set aside as shared (> 20%%)", name, 100*aside)
	}
}

func TestAgreementDeclared(t *testing.T) {
	root := filepath.Join("..", "..", "testdata", "decompose")
	var names []string
	for n := range appModels {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		dir := filepath.Join(root, name)
		t.Run(name, func(t *testing.T) {
			checkAgreement(t, name, appModels[name](t, dir), readExpected(t, filepath.Join(dir, "expected-contexts.yaml")))
		})
	}
}
