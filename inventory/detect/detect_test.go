package detect

import (
	"context"
	"encoding/json"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cnready/cnready/inventory"
)

var update = flag.Bool("update", false, "rewrite golden files")

// testHost gives a HostContext over a fixture tree.
func testHost(dir string) *inventory.HostContext {
	fsys := os.DirFS(dir)
	return &inventory.HostContext{
		FS:   fsys,
		Host: filepath.Base(dir),
		ReadFile: func(n string) ([]byte, error) {
			return fs.ReadFile(fsys, n)
		},
		Exists: func(n string) bool {
			st, err := fs.Stat(fsys, n)
			return err == nil && !st.IsDir()
		},
		Glob: func(p string) []string {
			m, _ := fs.Glob(fsys, p)
			return m
		},
	}
}

// matched lists the files of dir that d.Match selects, in lexical order.
func matched(t testing.TB, d inventory.Detector, dir string) []string {
	var paths []string
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && d.Match(p) {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	return paths
}

// run runs detector name over the fixture tree dir.
func run(t testing.TB, name, dir string) inventory.Findings {
	t.Helper()
	var d inventory.Detector
	for _, x := range All() {
		if x.Name() == name {
			d = x
		}
	}
	if d == nil {
		t.Fatalf("no detector %q", name)
	}
	f, err := d.Detect(context.Background(), testHost(dir), matched(t, d, dir))
	if err != nil {
		t.Fatalf("%s on %s: %v", name, dir, err)
	}
	return f
}

// targetString renders a target compactly for table expectations.
func targetString(t inventory.Target) string {
	s := t.From + " -> " + t.Host + ":" + strconv.Itoa(t.Port) + " " + t.Protocol
	if t.Product != "" {
		s += " " + t.Product
	}
	if t.Database != "" {
		s += " db=" + t.Database
	}
	if t.Registration != "" {
		s += " reg=" + t.Registration
	}
	if t.Reverse {
		s += " reverse"
	}
	if t.Declared {
		s += " declared"
	}
	return s
}

type detectCase struct {
	detector string
	fixture  string
	// components: id -> product, version and listen joined by ","
	components map[string]string
	targets    []string
	names      map[string]string
	// notes: substrings each of which some note must hold
	notes []string
}

func checkCase(t *testing.T, tc detectCase) {
	t.Helper()
	dir := filepath.Join("testdata", tc.fixture)
	f := run(t, tc.detector, dir)
	got := map[string]string{}
	for _, c := range f.Components {
		got[c.ID] = c.Product + " " + c.Version + " " + strings.Join(c.Listen, ",")
		if len(c.Evidence) == 0 {
			t.Errorf("%s: no evidence", c.ID)
		}
		for _, e := range c.Evidence {
			if e.Line < 1 || e.Path == "" || strings.HasPrefix(e.Path, "/") {
				t.Errorf("%s: bad evidence %+v", c.ID, e)
			}
		}
	}
	if len(got) != len(tc.components) {
		t.Errorf("components:\n got %v\nwant %v", got, tc.components)
	}
	for id, want := range tc.components {
		if got[id] != want {
			t.Errorf("component %s:\n got %q\nwant %q", id, got[id], want)
		}
	}
	var ts []string
	for _, tg := range f.Targets {
		ts = append(ts, targetString(tg))
		if len(tg.Evidence) == 0 {
			t.Errorf("target %s: no evidence", targetString(tg))
		}
	}
	sort.Strings(ts)
	want := append([]string(nil), tc.targets...)
	sort.Strings(want)
	if strings.Join(ts, "\n") != strings.Join(want, "\n") {
		t.Errorf("targets:\n got %q\nwant %q", ts, want)
	}
	for id, n := range tc.names {
		if g := strings.Join(f.Names[id], ","); g != n {
			t.Errorf("names[%s] = %q, want %q", id, g, n)
		}
	}
	for _, want := range tc.notes {
		found := false
		for _, n := range f.Notes {
			found = found || strings.Contains(n, want)
		}
		if !found {
			t.Errorf("no note holds %q; notes: %q", want, f.Notes)
		}
	}
	golden(t, tc.detector+"_"+tc.fixture, f)
}

// golden compares the full findings with testdata/golden/<fixture>.json.
func golden(t *testing.T, fixture string, f inventory.Findings) {
	t.Helper()
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	for _, s := range fixtureSecrets {
		if strings.Contains(string(b), s) {
			t.Errorf("findings leak secret %q", s)
		}
	}
	gp := filepath.Join("testdata", "golden", strings.ReplaceAll(fixture, "/", "_")+".json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(gp), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(gp, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(gp)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if string(want) != string(b) {
		t.Errorf("findings differ from %s:\n%s", gp, b)
	}
}

// fixtureSecrets are the passwords and keys written into fixtures; none
// may come out of a detector.
var fixtureSecrets = []string{"Pa55w0rd", "s3cr3t", "tiger", "{AES}", "ENC(", "jwtSecretKey", "dbpass", "changeit", "P@ssw0rd",
	"JkOnlyW0rkerSecret"}
