package report

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/inventory"
)

func declaredContexts(t testing.TB) *decompose.Result {
	t.Helper()
	r := evaluator(t, "ko").File(context.Background(), filepath.Join("..", "testdata", "decompose", "declared", "assessment.yaml"))
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	return r.Evaluation.Contexts
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden (run go test ./report -update and review):\n%s", name, got)
	}
}

// TestContextsGolden renders the declared example's contexts in every
// context format.
func TestContextsGolden(t *testing.T) {
	res := declaredContexts(t)
	for name, write := range map[string]func(*bytes.Buffer) error{
		"contexts-declared.cml": func(b *bytes.Buffer) error { return WriteContextsCML(b, res, "복지급여 통합관리시스템") },
		"contexts-declared.md": func(b *bytes.Buffer) error {
			return WriteContextsMarkdown(b, res, "복지급여 통합관리시스템")
		},
		"contexts-declared.mermaid": func(b *bytes.Buffer) error { return WriteContextsMermaid(b, res) },
		"contexts-declared.dot":     func(b *bytes.Buffer) error { return WriteContextsDOT(b, res) },
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := write(&b); err != nil {
				t.Fatal(err)
			}
			golden(t, name, b.Bytes())
		})
	}
}

func TestContextsCMLValid(t *testing.T) {
	tricky := &decompose.Model{Tables: []decompose.Table{{Name: "서비스", Comment: `따옴표 "quoted" \ 백슬래시`}, {Name: "SERVICE"}, {Name: "Entity"}},
		Functions: []decompose.Function{{ID: "a", Reads: []string{"서비스"}, Writes: []string{"SERVICE"}}, {ID: "b", Writes: []string{"ENTITY", "SERVICE"}}}}
	res, err := decompose.Decompose(context.Background(), tricky, decompose.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]*decompose.Result{"declared": declaredContexts(t), "tricky": res} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteContextsCML(&b, r, "복지급여 Example"); err != nil {
				t.Fatal(err)
			}
			checkCML(t, b.String())
		})
	}
}

var cmlIDPattern = regexp.MustCompile(`^\^?[a-zA-Z_][a-zA-Z0-9_]*$`)

// checkCML checks generated CML against the rules Context Mapper's grammar
// and validator impose: ASCII identifiers (Korean only inside strings and
// comments), unique names, every related context contained in the map, no
// self relationship, one aggregate root per aggregate, balanced braces,
// and a subdomain not named like its domain.
func checkCML(t *testing.T, cml string) {
	t.Helper()
	strip := regexp.MustCompile(`"(?:[^"\\]|\\.)*"|/\*(?s:.*?)\*/`).ReplaceAllString(cml, `""`)
	for i, r := range strip {
		if r > 127 {
			t.Fatalf("non-ASCII outside strings at byte %d: %q", i, strip[max(0, i-20):min(len(strip), i+20)])
		}
	}
	if strings.Count(strip, "{") != strings.Count(strip, "}") {
		t.Error("unbalanced braces")
	}
	names := map[string]string{}
	decl := regexp.MustCompile(`(?m)\b(Domain|Subdomain|BoundedContext|Aggregate|Entity|ContextMap)\s+(\S+)`)
	var domain string
	contexts := map[string]bool{}
	for _, m := range decl.FindAllStringSubmatch(strip, -1) {
		kind, id := m[1], m[2]
		if !cmlIDPattern.MatchString(id) {
			t.Errorf("%s %q is not an ID", kind, id)
		}
		if prev, dup := names[id]; dup {
			t.Errorf("%s %s: name already used by a %s", kind, id, prev)
		}
		names[id] = kind
		switch kind {
		case "Domain":
			domain = id
		case "BoundedContext":
			contexts[id] = true
		}
	}
	if len(contexts) == 0 {
		t.Fatal("no BoundedContext")
	}
	if names[domain] != "Domain" {
		t.Error("subdomain named like its domain")
	}
	contains := regexp.MustCompile(`(?m)^\s*contains\s+(.+)$`).FindStringSubmatch(strip)
	if contains == nil {
		t.Fatal("context map contains nothing")
	}
	in := map[string]bool{}
	for _, c := range strings.Split(contains[1], ",") {
		c = strings.TrimSpace(c)
		if !contexts[c] {
			t.Errorf("map contains unknown context %q", c)
		}
		in[c] = true
	}
	rel := regexp.MustCompile(`(?m)^\s*(\S+)\s+\[[A-Z,]+\](?:<->|<-|->)\[[A-Z,]+\]\s+(\S+)\s*$`)
	for _, m := range rel.FindAllStringSubmatch(strip, -1) {
		if m[1] == m[2] {
			t.Errorf("self relationship %s", m[1])
		}
		for _, c := range m[1:3] {
			if !in[c] {
				t.Errorf("relationship names %s, not contained in the map", c)
			}
		}
	}
	for _, agg := range regexp.MustCompile(`(?s)Aggregate \S+ \{(.*?)\n  \}`).FindAllStringSubmatch(strip, -1) {
		if n := strings.Count(agg[1], "aggregateRoot"); n != 1 {
			t.Errorf("aggregate with %d roots", n)
		}
	}
}

// FuzzContextsCML: contexts of any names and tables render as CML that
// keeps Context Mapper's rules.
func FuzzContextsCML(f *testing.F) {
	f.Add("민원\nTB_A\nTB_B\n\"quoted\" \\ back")
	f.Add("Entity\nService\nContextMap")
	f.Fuzz(func(t *testing.T, data string) {
		lines := strings.Split(data, "\n")
		m := &decompose.Model{}
		for i, l := range lines {
			m.Tables = append(m.Tables, decompose.Table{Name: l, Comment: l})
			if i > 0 {
				m.Functions = append(m.Functions, decompose.Function{ID: l + "#" + lines[i-1], Reads: []string{lines[i-1]}, Writes: []string{l}})
			}
		}
		res, err := decompose.Decompose(context.Background(), m, decompose.Options{})
		if err != nil || len(res.Contexts) == 0 {
			return
		}
		var b bytes.Buffer
		if err := WriteContextsCML(&b, res, data); err != nil {
			t.Fatal(err)
		}
		checkCML(t, b.String())
	})
}

// sampleInventory is a WebtoB → JEUS → Tibero system beside a WAS whose
// database lies outside the scan.
func sampleInventory() *inventory.Inventory {
	return &inventory.Inventory{
		Components: []inventory.Component{
			{ID: "webtob01/webtob:/home/webtob", Host: "webtob01", Tier: inventory.TierWeb, Product: "webtob", Version: "5.0"},
			{ID: "jeus01/jeus:/home/jeus", Host: "jeus01", Tier: inventory.TierWAS, Product: "jeus", Version: "8.0"},
			{ID: "tibero01/tibero:TBMW", Host: "tibero01", Tier: inventory.TierDB, Product: "tibero", Version: "6"},
			{ID: "wls01/weblogic:grant", Host: "wls01", Tier: inventory.TierWAS, Product: "weblogic"},
			{ID: "external:10.20.0.50:1521", Tier: inventory.TierExternal, Product: "oracle"},
		},
		Links: []inventory.Link{
			{From: "webtob01/webtob:/home/webtob", To: "jeus01/jeus:/home/jeus", Protocol: "webtob"},
			{From: "jeus01/jeus:/home/jeus", To: "tibero01/tibero:TBMW", Protocol: "jdbc"},
			{From: "wls01/weblogic:grant", To: "external:10.20.0.50:1521", Protocol: "jdbc"},
		},
		Systems: []inventory.System{
			{ID: "system-webtob01", Pattern: inventory.Pattern3Tier, Web: []string{"webtob01/webtob:/home/webtob"},
				WAS: []string{"jeus01/jeus:/home/jeus"}, DB: []string{"tibero01/tibero:TBMW"}},
			{ID: "system-wls01", Pattern: inventory.Pattern2Tier, WAS: []string{"wls01/weblogic:grant"}, DB: []string{"external:10.20.0.50:1521"}},
		},
	}
}

func TestTopologyGolden(t *testing.T) {
	var dot, mmd bytes.Buffer
	if err := WriteTopologyDOT(&dot, sampleInventory()); err != nil {
		t.Fatal(err)
	}
	if err := WriteTopologyMermaid(&mmd, sampleInventory()); err != nil {
		t.Fatal(err)
	}
	golden(t, "topology.dot", dot.Bytes())
	golden(t, "topology.mmd", mmd.Bytes())
}

// TestTopologyEscaping: labels cannot break out of their quotes.
func TestTopologyEscaping(t *testing.T) {
	inv := &inventory.Inventory{
		Components: []inventory.Component{{ID: `a"b`, Host: "h\"1", Tier: inventory.TierWeb, Product: "x|y<z>"}},
		Systems:    []inventory.System{{ID: `s"1`, Pattern: inventory.PatternSingle, Web: []string{`a"b`}}},
	}
	var dot, mmd bytes.Buffer
	if err := WriteTopologyDOT(&dot, inv); err != nil {
		t.Fatal(err)
	}
	if err := WriteTopologyMermaid(&mmd, inv); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(dot.Bytes(), []byte(`"a\"b"`)) {
		t.Errorf("DOT id not escaped:\n%s", dot.String())
	}
	for _, bad := range []string{`"h"1`, "x|y", "<z>"} {
		if bytes.Contains(mmd.Bytes(), []byte(bad)) {
			t.Errorf("Mermaid label not escaped (%q):\n%s", bad, mmd.String())
		}
	}
}

// TestTopologyNoControlCharacters: labels from input cannot carry terminal
// escapes into a diagram printed on a terminal.
func TestTopologyNoControlCharacters(t *testing.T) {
	evil := "\x1b]0;pwned\a\x1b[2J"
	c := inventory.Component{ID: "h/x" + evil, Host: "h" + evil, Tier: inventory.TierWeb, Product: "httpd" + evil, Version: "2" + evil}
	inv := &inventory.Inventory{Components: []inventory.Component{c},
		Systems: []inventory.System{{ID: "s" + evil, Pattern: inventory.PatternSingle, Web: []string{c.ID}}},
		Links:   []inventory.Link{{From: c.ID, To: c.ID, Protocol: "http" + evil}}}
	for name, write := range map[string]func(*bytes.Buffer, *inventory.Inventory) error{
		"dot":     func(b *bytes.Buffer, i *inventory.Inventory) error { return WriteTopologyDOT(b, i) },
		"mermaid": func(b *bytes.Buffer, i *inventory.Inventory) error { return WriteTopologyMermaid(b, i) },
	} {
		var b bytes.Buffer
		if err := write(&b, inv); err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(b.String(), "\x1b\a") {
			t.Errorf("%s keeps control characters:\n%q", name, b.String())
		}
	}
}
