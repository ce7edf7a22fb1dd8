package decompose_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/decompose/source"
	"github.com/cnready/cnready/checklist"
)

// expected is an expected-contexts.yaml file: the decomposition a person
// who knows the business would draw.
type expected struct {
	Contexts []struct {
		Name   string   `yaml:"name"`
		Tables []string `yaml:"tables"`
	} `yaml:"contexts"`
	Shared []string `yaml:"shared"`
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

func (e *expected) partition() map[string]string {
	p := map[string]string{}
	for _, c := range e.Contexts {
		for _, t := range c.Tables {
			p[strings.ToUpper(t)] = c.Name
		}
	}
	return p
}

var createTable = regexp.MustCompile(`(?i)create\s+table`)

// loadApp reads a test application: through its assessment.yaml when it
// has one (declared functions, or a decomposition section naming its
// source), else its whole tree with every *.sql file holding CREATE TABLE
// as DDL.
func loadApp(t *testing.T, dir string) *decompose.Model {
	t.Helper()
	ctx := context.Background()
	if path := filepath.Join(dir, "assessment.yaml"); fileExists(path) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, err := assess.DecodeBytes(data, path, func(string) (*checklist.Checklist, error) { return checklist.Builtin(), nil })
		if err != nil {
			t.Fatal(err)
		}
		m, err := assess.DecompositionModel(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	opts := source.Options{Dir: dir}
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".sql") {
			if data, err := os.ReadFile(p); err == nil && createTable.Match(data) {
				opts.DDL = append(opts.DDL, p)
			}
		}
		return nil
	})
	m, err := source.Load(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// TestAgreement decomposes every test application under
// testdata/decompose that has an expected-contexts.yaml and compares the
// result with it. Tables the expectation lists as shared, and tables the
// result sets aside as shared, are left out of ARI and MoJoFM (a shared
// table belongs to no context); so that setting tables aside cannot buy a
// score, at most 20% of the expected context tables may be set aside.
// Run with -v to see the figures.
func TestAgreement(t *testing.T) {
	root := filepath.Join("..", "..", "testdata", "decompose")
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	ran := 0
	for _, d := range dirs {
		dir := filepath.Join(root, d.Name())
		if !d.IsDir() || !fileExists(filepath.Join(dir, "expected-contexts.yaml")) {
			continue
		}
		ran++
		t.Run(d.Name(), func(t *testing.T) {
			e := readExpected(t, filepath.Join(dir, "expected-contexts.yaml"))
			m := loadApp(t, dir)
			res, err := decompose.Decompose(context.Background(), m, decompose.Options{})
			if err != nil {
				t.Fatal(err)
			}
			want := e.partition()
			got := res.Partition()
			ari := decompose.AdjustedRand(got, want)
			mojo := decompose.MoJoFM(got, want)
			aside := 0
			for _, s := range res.SharedTables {
				if _, ok := want[s]; ok {
					aside++
				}
			}
			var b strings.Builder
			for _, c := range res.Contexts {
				b.WriteString("  " + c.Name + " (" + c.Type + "): " + strings.Join(c.Tables, " ") + "\n")
			}
			b.WriteString("  shared: " + strings.Join(res.SharedTables, " ") + "\n")
			t.Logf("%s: ARI %.3f, MoJoFM %.1f%%, %d contexts (expected %d), %d of %d expected context tables set aside, %d functions, %d statements, resolution %.2f\n%s",
				d.Name(), ari, mojo, len(res.Contexts), len(e.Contexts), aside, len(want), res.Input.Functions, res.Input.Statements, res.Resolution, b.String())
			// The SQL evidence alone, without the same-module prior: reported,
			// not required.
			if plain, err := decompose.Decompose(context.Background(), m, decompose.Options{NoPackagePrior: true}); err == nil {
				t.Logf("%s without the package prior: ARI %.3f, MoJoFM %.1f%%", d.Name(),
					decompose.AdjustedRand(plain.Partition(), want), decompose.MoJoFM(plain.Partition(), want))
			}
			if ari < 0.8 {
				t.Errorf("ARI %.3f < 0.8", ari)
			}
			if 5*aside > len(want) {
				t.Errorf("%d of %d expected context tables set aside as shared (> 20%%)", aside, len(want))
			}
		})
	}
	if ran == 0 {
		t.Fatal("no test application found")
	}
}
