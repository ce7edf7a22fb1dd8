package decompose

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

var declaredPath = filepath.Join("..", "..", "testdata", "decompose", "declared", "assessment.yaml")

func decompose(t testing.TB, m *Model, opts Options) *Result {
	t.Helper()
	res, err := Decompose(context.Background(), m, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// checkCovers asserts the contract's invariant: every input table is in
// exactly one context or in shared_tables, and nothing else is.
func checkCovers(t *testing.T, m *Model, res *Result) {
	t.Helper()
	want := map[string]bool{}
	for _, tb := range m.Tables {
		want[canon(tb.Name)] = true
	}
	for _, f := range m.Functions {
		for _, x := range append(append([]string{}, f.Reads...), f.Writes...) {
			want[canon(x)] = true
		}
	}
	for _, s := range m.Statements {
		for _, x := range append(append([]string{}, s.Reads...), s.Writes...) {
			want[canon(x)] = true
		}
	}
	seen := map[string]string{}
	note := func(table, where string) {
		if prev, dup := seen[table]; dup {
			t.Errorf("table %s in %s and %s", table, prev, where)
		}
		seen[table] = where
		if !want[table] {
			t.Errorf("table %s in %s is not in the input", table, where)
		}
	}
	for _, c := range res.Contexts {
		if len(c.Tables) == 0 {
			t.Errorf("context %s has no table", c.Name)
		}
		for _, tb := range c.Tables {
			note(tb, "context "+c.Name)
		}
	}
	for _, tb := range res.SharedTables {
		note(tb, "shared_tables")
	}
	for _, u := range res.Unassigned {
		note(u.Table, "unassigned")
		if u.Reason == "" {
			t.Errorf("unassigned %s without a reason", u.Table)
		}
	}
	for tb := range want {
		if _, ok := seen[tb]; !ok {
			t.Errorf("table %s is in no context, not shared and not unassigned", tb)
		}
	}
}

func TestInvariantEveryTableOnce(t *testing.T) {
	gen, _ := genModel(3, 200, 1500)
	one := &Model{Tables: []Table{{Name: "TB_ONLY"}}}
	fkOnly := &Model{Tables: []Table{{Name: "TB_A_X"}, {Name: "TB_A_Y", References: []string{"TB_A_X"}}, {Name: "TB_B_X"}, {Name: "TB_B_Y"}, {Name: "COMTNBBS"}}}
	for name, m := range map[string]*Model{
		"declared": declaredModel(t, declaredPath), "generated": gen, "one table": one, "schema only": fkOnly,
		"statements only": {Statements: gen.Statements},
	} {
		t.Run(name, func(t *testing.T) { checkCovers(t, m, decompose(t, m, Options{})) })
	}
}

func TestDegradedInput(t *testing.T) {
	if _, err := Decompose(context.Background(), &Model{}, Options{}); !errors.Is(err, ErrNoTables) {
		t.Errorf("zero tables: err = %v, want ErrNoTables", err)
	}
	if _, err := Decompose(context.Background(), nil, Options{}); !errors.Is(err, ErrNoTables) {
		t.Errorf("nil model: err = %v, want ErrNoTables", err)
	}
	res := decompose(t, &Model{Tables: []Table{{Name: "tb_only", Comment: "유일"}}}, Options{})
	if len(res.Contexts) != 1 || res.Contexts[0].Tables[0] != "TB_ONLY" || res.Input.Evidence != "schema" {
		t.Errorf("one table: %+v", res.Contexts)
	}
	// Schema only: foreign keys and prefixes group tables.
	res = decompose(t, &Model{Tables: []Table{
		{Name: "TB_BNF_APPL"}, {Name: "TB_BNF_DOC", References: []string{"TB_BNF_APPL"}},
		{Name: "TB_PAY_PLAN"}, {Name: "TB_PAY_DETAIL"}, {Name: "TB_PAY_ACCOUNT"},
	}}, Options{})
	got := res.Partition()
	if got["TB_BNF_APPL"] != got["TB_BNF_DOC"] || got["TB_PAY_PLAN"] != got["TB_PAY_DETAIL"] || got["TB_BNF_APPL"] == got["TB_PAY_PLAN"] {
		t.Errorf("schema only: %v", got)
	}
	if len(res.Problems) == 0 {
		t.Error("schema only: no note on degraded input")
	}
	// Statements only: each statement stands for a function.
	m := declaredModel(t, declaredPath)
	var st []Statement
	for _, f := range m.Functions {
		st = append(st, Statement{ID: f.ID, Reads: f.Reads, Writes: f.Writes})
	}
	res = decompose(t, &Model{Tables: m.Tables, Statements: st}, Options{})
	if res.Input.Evidence != "statements" || len(res.Contexts) < 4 {
		t.Errorf("statements only: evidence %s, %d contexts", res.Input.Evidence, len(res.Contexts))
	}
}

func TestDeterministic(t *testing.T) {
	for name, m := range map[string]*Model{"declared": declaredModel(t, declaredPath), "generated": func() *Model { g, _ := genModel(5, 300, 2500); return g }()} {
		t.Run(name, func(t *testing.T) {
			var first [2][]byte
			for run := 0; run < 3; run++ {
				in := *m
				if run > 0 {
					// Input order must not matter either.
					rng := rand.New(rand.NewPCG(uint64(run), 1))
					in.Tables = append([]Table(nil), m.Tables...)
					in.Functions = append([]Function(nil), m.Functions...)
					rng.Shuffle(len(in.Tables), func(i, j int) { in.Tables[i], in.Tables[j] = in.Tables[j], in.Tables[i] })
					rng.Shuffle(len(in.Functions), func(i, j int) { in.Functions[i], in.Functions[j] = in.Functions[j], in.Functions[i] })
				}
				res := decompose(t, &in, Options{})
				// The renderers (report) write what the JSON holds, so
				// equal JSON means equal CML, Markdown and diagrams.
				js, _ := json.Marshal(res)
				if run == 0 {
					first = [2][]byte{js, nil}
					continue
				}
				if !bytes.Equal(js, first[0]) {
					t.Errorf("run %d: JSON differs", run)
				}
			}
		})
	}
}

// TestJSONContract pins the field names DESIGN.md promises.
func TestJSONContract(t *testing.T) {
	res := decompose(t, declaredModel(t, declaredPath), Options{})
	data, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"contexts", "shared_tables", "relationships", "metrics"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("top level lacks %q", k)
		}
	}
	var ctxs []map[string]json.RawMessage
	_ = json.Unmarshal(doc["contexts"], &ctxs)
	if len(ctxs) == 0 {
		t.Fatal("no contexts")
	}
	for _, c := range ctxs {
		for _, k := range []string{"name", "type", "tables", "functions", "depends_on"} {
			if _, ok := c[k]; !ok {
				t.Errorf("context lacks %q", k)
			}
		}
		var typ string
		_ = json.Unmarshal(c["type"], &typ)
		if typ != Core && typ != Supporting && typ != Generic {
			t.Errorf("context type %q", typ)
		}
	}
	var rels []map[string]json.RawMessage
	_ = json.Unmarshal(doc["relationships"], &rels)
	if len(rels) == 0 {
		t.Fatal("no relationships")
	}
	for _, r := range rels {
		for _, k := range []string{"from", "to", "kind"} {
			if _, ok := r[k]; !ok {
				t.Errorf("relationship lacks %q", k)
			}
		}
	}
	var metrics map[string]any
	_ = json.Unmarshal(doc["metrics"], &metrics)
	for _, k := range []string{"modularity", "cohesion", "coupling", "cross_context_write_ratio", "structural_modularity", "ifn", "ned"} {
		if _, ok := metrics[k]; !ok {
			t.Errorf("metrics lack %q", k)
		}
	}
}

func TestOverrides(t *testing.T) {
	m := declaredModel(t, declaredPath)
	base := decompose(t, m, Options{})
	owner := base.Partition()
	from := owner["TB_PAY_ACCOUNT"]
	res := decompose(t, m, Options{Overrides: Overrides{
		Rename: map[string]string{from: "payment"},
		Pin:    map[string]string{"tb_cmm_atch_file": "attachment", "TB_NTF_TMPL": "payment", "TB_NOPE": "x"},
		Type:   map[string]string{"attachment": "generic", "payment": "supporting"},
	}})
	checkCovers(t, m, res)
	got := res.Partition()
	if got["TB_PAY_ACCOUNT"] != "payment" || got["TB_NTF_TMPL"] != "payment" || got["TB_CMM_ATCH_FILE"] != "attachment" {
		t.Errorf("overrides not applied: %v", got)
	}
	for _, c := range res.Contexts {
		if c.Name == "attachment" && c.Type != Generic || c.Name == "payment" && c.Type != Supporting {
			t.Errorf("type override: %s is %s", c.Name, c.Type)
		}
	}
	if !strings.Contains(strings.Join(res.Problems, "\n"), "TB_NOPE") {
		t.Errorf("unknown pinned table not reported: %v", res.Problems)
	}
}

func TestAgreementMeasures(t *testing.T) {
	a := map[string]string{"1": "x", "2": "x", "3": "y", "4": "y", "5": "z"}
	if v := AdjustedRand(a, a); v != 1 {
		t.Errorf("ARI(a,a) = %v", v)
	}
	if v := MoJoFM(a, a); v != 100 {
		t.Errorf("MoJoFM(a,a) = %v", v)
	}
	b := map[string]string{"1": "p", "2": "p", "3": "p", "4": "q", "5": "q"}
	// Contingency x:{p2} y:{p1,q1} z:{q1}: index 1, rows 2, cols 4, n=5.
	want := (1 - 2.0*4/10) / ((2.0+4)/2 - 2.0*4/10)
	if v := AdjustedRand(a, b); abs(v-want) > 1e-12 {
		t.Errorf("ARI = %v, want %v", v, want)
	}
	// One move (3 to x) and one join (y with z) turn a into b: mno 2;
	// b's sizes 3,2 give g = 2, so max mno = 3.
	if v := MoJoFM(a, b); abs(v-100*(1-2.0/3)) > 1e-9 {
		t.Errorf("MoJoFM = %v, want %v", v, 100*(1-2.0/3))
	}
}

func TestGolden(t *testing.T) {
	res := decompose(t, declaredModel(t, declaredPath), Options{})
	render := map[string]func(*bytes.Buffer) error{
		"declared.json": func(b *bytes.Buffer) error {
			enc := json.NewEncoder(b)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(res)
		},
	}
	var names []string
	for n := range render {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		var b bytes.Buffer
		if err := render[name](&b); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update)", err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s differs from golden file (run with -update and review the diff)", name)
		}
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Decompose(ctx, declaredModel(t, declaredPath), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestGeneratedRecovered(t *testing.T) {
	m, truth := genModel(11, 200, 1500)
	res := decompose(t, m, Options{})
	checkCovers(t, m, res)
	ari := AdjustedRand(res.Partition(), truth)
	t.Logf("generated 200 tables / 1500 statements: ARI %.3f, MoJoFM %.1f, %d contexts (planted %d)", ari, MoJoFM(res.Partition(), truth), len(res.Contexts), 16)
	if ari < 0.8 {
		t.Errorf("planted modules recovered with ARI %.3f", ari)
	}
}

func benchDecompose(b *testing.B, tables, statements int) {
	m, _ := genModel(1, tables, statements)
	b.ReportAllocs()
	var peak uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Decompose(context.Background(), m, Options{}); err != nil {
			b.Fatal(err)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		if ms.HeapInuse > peak {
			peak = ms.HeapInuse
		}
	}
	b.ReportMetric(float64(peak)/(1<<20), "heap-MB")
}

// BenchmarkDecompose200 is 1,500 statements over 200 tables (target < 1 s).
func BenchmarkDecompose200(b *testing.B) { benchDecompose(b, 200, 1500) }

// BenchmarkDecompose2000 is 20,000 statements over 2,000 tables (target
// < 10 s, peak memory < 500 MB).
func BenchmarkDecompose2000(b *testing.B) { benchDecompose(b, 2000, 20000) }

// TestMicroservices: a context made of two tightly knit groups loosely tied
// together gets a split proposal (figure 7-6: one context, N services).
func TestMicroservices(t *testing.T) {
	m := &Model{}
	for _, grp := range []string{"A", "B"} {
		for i := 0; i < 4; i++ {
			for j := i + 1; j < 4; j++ {
				m.Functions = append(m.Functions, Function{ID: fmt.Sprintf("%s%d%d", grp, i, j),
					Writes: []string{fmt.Sprintf("TB_X_%s%d", grp, i), fmt.Sprintf("TB_X_%s%d", grp, j)}})
			}
		}
	}
	m.Functions = append(m.Functions, Function{ID: "bridge", Reads: []string{"TB_X_A0", "TB_X_B0"}})
	// A low resolution keeps everything in one context.
	res := decompose(t, m, Options{Resolutions: []float64{0.01}, MinServiceSplit: 6})
	if len(res.Contexts) != 1 {
		t.Fatalf("%d contexts, want 1", len(res.Contexts))
	}
	ms := res.Contexts[0].Microservices
	if len(ms) != 2 || len(ms[0].Tables) != 4 || len(ms[1].Tables) != 4 || ms[0].Tables[0][5] == ms[1].Tables[0][5] {
		t.Errorf("microservices %+v", ms)
	}
	if res := decompose(t, m, Options{Resolutions: []float64{0.01}, MinServiceSplit: -1}); len(res.Contexts[0].Microservices) != 0 {
		t.Error("split proposed with MinServiceSplit < 0")
	}
}
