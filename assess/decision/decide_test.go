package decision

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/probe"
	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/inventory"
)

func testDecider(t testing.TB) *Decider {
	t.Helper()
	d, err := Load(os.DirFS(filepath.Join("..", "..", "templates")), items)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

var now = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)

// answers builds answers from a string of Y, N and ? for items 1..10.
func answers(s string) map[int]checklist.Answer {
	out := map[int]checklist.Answer{}
	for i, c := range s {
		switch c {
		case 'Y':
			out[i+1] = checklist.Yes
		case 'N':
			out[i+1] = checklist.No
		}
	}
	return out
}

func input(ans string) *Input {
	cl := checklist.Builtin()
	a := answers(ans)
	lines := map[int]int{}
	for n := range a {
		lines[n] = 10 + n
	}
	return &Input{File: "sys.yaml", Checklist: cl, Answers: a, AnswerLines: lines, ChecklistLine: 9,
		Score: cl.Score(a), SystemText: "민원포털", Now: now}
}

// The seed's example: items 1, 2, 5, 6, 7 and 8 answered Y.
const seedAnswers = "YYNNYYYYNN"

func threeTier(was int, lb bool) *inventory.Inventory {
	inv := &inventory.Inventory{}
	add := func(id, host string, tier inventory.Tier, product, version string) {
		inv.Hosts = append(inv.Hosts, inventory.Host{Name: host})
		inv.Components = append(inv.Components, inventory.Component{ID: id, Host: host, Tier: tier, Product: product, Version: version,
			Evidence: []inventory.Evidence{{Path: host + ":/etc/" + product + ".conf", Line: 3}}})
	}
	add("web01/webtob", "web01", inventory.TierWeb, "webtob", "5")
	for i := 1; i <= was; i++ {
		id := fmt.Sprintf("was%02d/jeus", i)
		add(id, fmt.Sprintf("was%02d", i), inventory.TierWAS, "jeus", "8.0")
		if i == 1 || lb {
			inv.Links = append(inv.Links, inventory.Link{From: "web01/webtob", To: id, Protocol: "webtob",
				Evidence: []inventory.Evidence{{Path: "web01:/webtob/config/http.m", Line: 20 + i}}})
		}
	}
	add("db01/tibero", "db01", inventory.TierDB, "tibero", "6")
	return inv
}

func contexts(n, tables int, modularity, crossWrite float64, shared int) (*decompose.Result, *decompose.Model) {
	r := &decompose.Result{SharedTables: []string{}}
	m := &decompose.Model{}
	t := 0
	for c := 0; c < n; c++ {
		ctx := decompose.Context{Name: fmt.Sprintf("ctx%d", c), Type: decompose.Supporting}
		for k := 0; k < tables/n; k++ {
			name := fmt.Sprintf("TB_%d_%d", c, k)
			ctx.Tables = append(ctx.Tables, name)
			m.Tables = append(m.Tables, decompose.Table{Name: name, Source: fmt.Sprintf("db/schema.sql:%d", 10+t)})
			t++
		}
		for k := 0; k < 3; k++ {
			f := decompose.Function{ID: fmt.Sprintf("F%d.%d", c, k), Reads: []string{ctx.Tables[0]}}
			if k == 0 {
				f.Writes = []string{ctx.Tables[0]}
			}
			if k == 2 && c > 0 {
				f.Reads = append(f.Reads, fmt.Sprintf("TB_%d_0", c-1)) // reads a neighbour: an EIF
				f.Name = "통계 조회"
			}
			m.Functions = append(m.Functions, f)
			ctx.Functions = append(ctx.Functions, f.ID)
		}
		r.Contexts = append(r.Contexts, ctx)
	}
	for s := 0; s < shared; s++ {
		r.SharedTables = append(r.SharedTables, fmt.Sprintf("TB_SHARED_%d", s))
	}
	r.Metrics = decompose.Metrics{Contexts: n, Tables: t + shared, Functions: len(m.Functions),
		Modularity: modularity, CrossContextWriteRatio: crossWrite, SharedTables: shared}
	return r, m
}

func criterion(d Decision, id string) Criterion {
	for _, c := range d.Criteria {
		if c.ID == id {
			return c
		}
	}
	return Criterion{}
}

func suggestion(d Decision, item int) (Suggestion, bool) {
	for _, s := range d.Suggestions {
		if s.Item == item {
			return s, true
		}
	}
	return Suggestion{}, false
}

func TestChecklistOnlyIsUnknownNotGuessed(t *testing.T) {
	d := testDecider(t).Decide(input(seedAnswers), "ko")
	for _, c := range d.Criteria {
		if c.Status != Unknown {
			t.Errorf("criterion %s = %s without inventory or source, want unknown", c.ID, c.Status)
		}
	}
	if !d.Maturity.Assumed || d.Maturity.Level != 0 {
		t.Errorf("maturity = %+v, want an assumed L0", d.Maturity)
	}
	if len(d.Suggestions) != 0 {
		t.Errorf("suggestions without evidence: %+v", d.Suggestions)
	}
	if d.Estimate.Method != "none" || d.Estimate.Amount != 0 {
		t.Errorf("estimate without a decomposition: %+v", d.Estimate)
	}
	if d.Strategy.Chosen == "" || d.Strategy.RunnerUp == "" {
		t.Errorf("strategy = %+v", d.Strategy)
	}
}

func TestStrategy(t *testing.T) {
	dec := testDecider(t)
	good, goodModel := contexts(5, 40, 0.55, 0.05, 1)
	tangled, tangledModel := contexts(1, 30, 0.05, 0.6, 8)
	for _, tc := range []struct {
		name    string
		answers string
		ctx     *decompose.Result
		model   *decompose.Model
		inv     *inventory.Inventory
		text    string
		chosen  string
		not     string
	}{
		{"recommended and bounded is refactor", seedAnswers, good, goodModel, threeTier(1, false), "", "refactor", ""},
		{"not recommended is never refactor", "NNNNNNNNYN", good, goodModel, threeTier(1, false), "", "", "refactor"},
		{"not recommended, nothing else, is retain", "NNNNNNNNNN", nil, nil, nil, "", "retain", "refactor"},
		{"recommended but tangled is replatform", seedAnswers, tangled, tangledModel, threeTier(2, true), "", "replatform", ""},
		{"generic business leans to SaaS", "NNNNNNNNNN", nil, nil, nil, "인사 급여 관리", "repurchase", ""},
		{"retiring system", "NNNNNNNNNN", nil, nil, nil, "2027년 폐지 예정 시스템", "retire", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := input(tc.answers)
			in.Contexts, in.Model, in.Inventory = tc.ctx, tc.model, tc.inv
			if tc.text != "" {
				in.SystemText = tc.text
			}
			d := dec.Decide(in, "en")
			if tc.chosen != "" && d.Strategy.Chosen != tc.chosen {
				t.Errorf("chosen = %s (scores %+v), want %s", d.Strategy.Chosen, d.Strategy.Scores, tc.chosen)
			}
			if tc.not != "" && d.Strategy.Chosen == tc.not {
				t.Errorf("chosen = %s", tc.not)
			}
			if d.Strategy.RunnerUp == "" || d.Strategy.RunnerUp == d.Strategy.Chosen {
				t.Errorf("runner-up = %q", d.Strategy.RunnerUp)
			}
			if len(d.Strategy.Rationale) == 0 {
				t.Error("no rationale")
			}
		})
	}
}

// TestNeverRefactorWhenNotRecommended runs every answer set with the most
// refactor-friendly evidence: a not-recommended verdict never yields
// refactor, and a recommended one with clear boundaries always does.
func TestNeverRefactorWhenNotRecommended(t *testing.T) {
	dec := testDecider(t)
	good, model := contexts(5, 40, 0.6, 0.0, 0)
	vals := []byte{'Y', 'N', '?'}
	ans := make([]byte, 10)
	for n := 0; n < 59049; n++ {
		k := n
		for i := range ans {
			ans[i] = vals[k%3]
			k /= 3
		}
		in := input(string(ans))
		in.Contexts, in.Model, in.Inventory = good, model, threeTier(1, false)
		in.Probe = &probe.Result{Roots: []string{"src"}, Signals: []probe.Signal{{Kind: probe.Container, Path: "Dockerfile", Line: 1}}}
		d := dec.Decide(in, "ko")
		switch in.Score.Verdict {
		case checklist.NotRecommended:
			if d.Strategy.Chosen == "refactor" {
				t.Fatalf("%s: not recommended but refactor", ans)
			}
		case checklist.Recommended:
			if criterion(d, "boundaries").Status == Met && d.Strategy.Chosen != "refactor" {
				t.Fatalf("%s: recommended and bounded but %s", ans, d.Strategy.Chosen)
			}
		}
	}
}

func TestCriteria(t *testing.T) {
	dec := testDecider(t)
	good, goodModel := contexts(5, 40, 0.55, 0.05, 1)
	tangled, tangledModel := contexts(1, 10, 0, 0.5, 3)
	for _, tc := range []struct {
		name    string
		answers string
		ctx     *decompose.Result
		model   *decompose.Model
		inv     *inventory.Inventory
		want    map[string]string
	}{
		{"decomposed, clean", "NNNNNNNNNN", good, goodModel, nil, map[string]string{"complexity": Met, "boundaries": Met, "scale_limit": Unknown}},
		{"decomposed, tangled", "NNNNNYNNNN", tangled, tangledModel, nil, map[string]string{"complexity": NotMet, "boundaries": NotMet}},
		{"single WAS, no balancer", "NNNNNNNNNN", nil, nil, threeTier(1, false), map[string]string{"scale_limit": Met, "complexity": Unknown}},
		{"balanced, replicated", "NNNNNNNNNN", nil, nil, func() *inventory.Inventory {
			inv := threeTier(2, true)
			inv.Components = append(inv.Components, inventory.Component{ID: "db02/tibero", Host: "db02", Tier: inventory.TierDB, Product: "tibero"})
			return inv
		}(), map[string]string{"scale_limit": NotMet}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := input(tc.answers)
			in.Contexts, in.Model, in.Inventory = tc.ctx, tc.model, tc.inv
			d := dec.Decide(in, "ko")
			for id, want := range tc.want {
				c := criterion(d, id)
				if c.Status != want {
					t.Errorf("%s = %s, want %s; evidence %+v", id, c.Status, want, c.Evidence)
				}
				if len(c.Evidence) == 0 {
					t.Errorf("%s has no evidence", id)
				}
			}
		})
	}
}

func TestMaturity(t *testing.T) {
	dec := testDecider(t)
	sig := func(k probe.Kind, p string) probe.Signal { return probe.Signal{Kind: k, Path: p, Line: 1} }
	for _, tc := range []struct {
		name    string
		signals []probe.Signal
		want    int
	}{
		{"nothing found", nil, 0},
		{"external config", []probe.Signal{sig(probe.ExtConfig, "application.yml")}, 1},
		{"deploy script", []probe.Signal{sig(probe.Deploy, "deploy.sh")}, 1},
		{"dockerfile", []probe.Signal{sig(probe.Container, "Dockerfile")}, 2},
		{"k8s without ci", []probe.Signal{sig(probe.Kubernetes, "k8s/deploy.yaml"), sig(probe.Service, "a/pom.xml"), sig(probe.Service, "b/pom.xml")}, 2},
		{"split, orchestrated, ci", []probe.Signal{sig(probe.Kubernetes, "k8s/deploy.yaml"), sig(probe.CI, "Jenkinsfile"),
			sig(probe.Service, "a/pom.xml"), sig(probe.Service, "b/pom.xml")}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := input(seedAnswers)
			in.Probe = &probe.Result{Roots: []string{"src"}, Signals: tc.signals}
			d := dec.Decide(in, "ko")
			if d.Maturity.Level != tc.want || d.Maturity.Assumed {
				t.Errorf("level = %d (assumed %v), want %d; evidence %+v", d.Maturity.Level, d.Maturity.Assumed, tc.want, d.Maturity.Evidence)
			}
			if d.Maturity.Target < d.Maturity.Level {
				t.Errorf("target %d below level %d", d.Maturity.Target, d.Maturity.Level)
			}
		})
	}
}

func TestSuggestions(t *testing.T) {
	dec := testDecider(t)
	jenkins := probe.Signal{Kind: probe.CI, Path: "src/Jenkinsfile", Line: 1, Detail: "Jenkinsfile"}
	deploy := probe.Signal{Kind: probe.Deploy, Path: "src/Jenkinsfile", Line: 14, Detail: "deployment step"}
	good, goodModel := contexts(5, 40, 0.55, 0.05, 1)
	for _, tc := range []struct {
		name    string
		answers string
		signals []probe.Signal
		inv     *inventory.Inventory
		ctx     *decompose.Result
		model   *decompose.Model
		item    int
		want    string // "" = no suggestion
		agrees  string // "true", "false", "nil"
		path    string
	}{
		{"no CI suggests 9=Y", "NNNNNNNNYN", nil, nil, nil, nil, 9, "Y", "true", "src"},
		{"CI without deploy suggests 9=Y", "NNNNNNNNNN", []probe.Signal{jenkins}, nil, nil, nil, 9, "Y", "false", "src/Jenkinsfile"},
		{"pipeline that deploys suggests 9=N", "NNNNNNNN?N", []probe.Signal{jenkins, deploy}, nil, nil, nil, 9, "N", "nil", "src/Jenkinsfile"},
		{"no probe, no item-9 suggestion", "NNNNNNNNYN", nil, threeTier(1, false), nil, nil, 9, "", "", ""},
		{"single WAS suggests 2=Y", "NNNNNNNNNN", nil, threeTier(1, false), nil, nil, 2, "Y", "false", "was01:/etc/jeus.conf"},
		{"clean contexts suggest 6=Y", "NNNNNYNNNN", nil, nil, good, goodModel, 6, "Y", "true", "db/schema.sql"},
		{"large coupled suggests 8=Y", "NNNNNNNNNN", nil, nil, good, goodModel, 8, "Y", "false", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := input(tc.answers)
			in.Inventory, in.Contexts, in.Model = tc.inv, tc.ctx, tc.model
			if tc.signals != nil || tc.path == "src" {
				in.Probe = &probe.Result{Roots: []string{"src"}, Signals: tc.signals}
			}
			d := dec.Decide(in, "en")
			s, ok := suggestion(d, tc.item)
			if tc.want == "" {
				if ok {
					t.Fatalf("unexpected suggestion %+v", s)
				}
				return
			}
			if !ok || s.Answer != tc.want {
				t.Fatalf("suggestion for %d = %+v, want %s", tc.item, s, tc.want)
			}
			got := "nil"
			if s.Agrees != nil {
				got = fmt.Sprint(*s.Agrees)
			}
			if got != tc.agrees {
				t.Errorf("agrees = %s, want %s", got, tc.agrees)
			}
			if tc.path != "" && !slices.ContainsFunc(s.Evidence, func(e Evidence) bool { return strings.HasPrefix(e.Path, tc.path) }) {
				t.Errorf("evidence %+v names no %s", s.Evidence, tc.path)
			}
		})
	}
}

func TestRequirementsNameTheirRule(t *testing.T) {
	in := input(seedAnswers)
	in.Inventory = threeTier(1, false)
	d := testDecider(t).Decide(in, "ko")
	var jeus *Selected
	for i, r := range d.Requirements {
		if r.Because == "" {
			t.Errorf("%s: no because", r.ID)
		}
		if strings.Contains(r.Because, "inventory.products has jeus") {
			jeus = &d.Requirements[i]
		}
	}
	if jeus == nil {
		t.Fatalf("no requirement selected for the JEUS found; got %+v", d.Requirements)
	}
	if !slices.ContainsFunc(jeus.Evidence, func(e Evidence) bool { return e.Path == "was01:/etc/jeus.conf" && e.Line == 3 }) {
		t.Errorf("evidence %+v does not cite the JEUS component", jeus.Evidence)
	}
	// Without the product, that requirement goes.
	d = testDecider(t).Decide(input(seedAnswers), "ko")
	for _, r := range d.Requirements {
		if r.ID == jeus.ID {
			t.Errorf("%s selected without JEUS: %s", r.ID, r.Because)
		}
	}
}

func TestEstimateFormula(t *testing.T) {
	ctx, model := contexts(4, 20, 0.5, 0.1, 2)
	in := input(seedAnswers)
	in.Contexts, in.Model = ctx, model
	d := testDecider(t).Decide(in, "ko")
	e := d.Estimate
	// 20 owned + 2 shared tables; 4 writers, 4 readers of which 3 read a
	// neighbour ("통계 조회": outputs), each such read an EIF.
	want := FP{ILF: 22, EIF: 3, EI: 4, EO: 3, EQ: 5}
	w := e.Weights
	want.Total = float64(want.ILF)*w.ILF + float64(want.EIF)*w.EIF + float64(want.EI)*w.EI + float64(want.EO)*w.EO + float64(want.EQ)*w.EQ
	if e.FP.ILF != want.ILF || e.FP.EIF != want.EIF || e.FP.EI != want.EI || e.FP.EO != want.EO || e.FP.EQ != want.EQ {
		t.Fatalf("counts = %+v, want %+v", e.FP, want)
	}
	if fmt.Sprintf("%.1f", e.FP.Total) != fmt.Sprintf("%.1f", want.Total) {
		t.Errorf("total = %v, want %v", e.FP.Total, want.Total)
	}
	if e.Amount != int64(e.FP.Total*float64(e.UnitPrice)+0.5) || e.UnitPrice != 605784 || e.PriceYear != 2024 {
		t.Errorf("amount %d for %v FP × %d", e.Amount, e.FP.Total, e.UnitPrice)
	}
	if !strings.Contains(e.Formula, Thousands(e.Amount)) || !strings.Contains(e.Formula, "605,784") || !strings.Contains(e.Formula, "ILF 22×7.5") {
		t.Errorf("formula %q does not show its counts, price and amount", e.Formula)
	}
}

func TestEndOfLife(t *testing.T) {
	in := input(seedAnswers)
	in.Inventory = threeTier(1, false)
	in.Inventory.Components[1].Product, in.Inventory.Components[1].Version = "tomcat", "8.5.51"
	d := testDecider(t).Decide(in, "en")
	found := false
	for _, f := range d.Priority.Factors {
		if f.ID == "eol-products" && f.Points > 0 {
			found = true
		}
	}
	if !found {
		t.Errorf("Tomcat 8.5 (ended 2024-03-31) not counted: %+v", d.Priority.Factors)
	}
	in.Now = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	d = testDecider(t).Decide(in, "en")
	for _, f := range d.Priority.Factors {
		if f.ID == "eol-products" && f.Points > 0 {
			t.Error("Tomcat 8.5 counted as ended in 2023")
		}
	}
}

func BenchmarkDecideChecklistOnly(b *testing.B) {
	d := testDecider(b)
	in := input(seedAnswers)
	b.ReportAllocs()
	for b.Loop() {
		d.Decide(in, "ko")
	}
}

func TestPriorityRange(t *testing.T) {
	dec := testDecider(t)
	ctx, model := contexts(8, 400, 0.6, 0.05, 0)
	in := input("YYYYYYYYYY")
	in.Contexts, in.Model, in.Inventory = ctx, model, threeTier(1, false)
	hi := dec.Decide(in, "ko").Priority
	lo := dec.Decide(input("NNNNNNNNNN"), "ko").Priority
	if hi.Score <= lo.Score || hi.Score > 100 || lo.Score < 0 {
		t.Errorf("priority hi %d lo %d", hi.Score, lo.Score)
	}
	sum := 0.0
	for _, f := range hi.Factors {
		sum += f.Points
	}
	if int(sum+0.5) != hi.Score && hi.Score != 100 {
		t.Errorf("score %d is not the sum of its factors %v", hi.Score, sum)
	}
}

// BenchmarkDecideVaried decides checklist-only inputs with varied answers,
// as a batch of real files does (replayed from templates once made).
func BenchmarkDecideVaried(b *testing.B) {
	benchVaried(b, func(d *Decider, in *Input) { d.Decide(in, "ko") })
}

// BenchmarkHeadlineVaried is BenchmarkDecideVaried for the headline
// alone, as the table and CSV formats ask.
func BenchmarkHeadlineVaried(b *testing.B) {
	benchVaried(b, func(d *Decider, in *Input) { d.Headline(in, "ko") })
}

func benchVaried(b *testing.B, decide func(*Decider, *Input)) {
	d := testDecider(b)
	vals := []byte{'Y', 'N', '?'}
	var ins []*Input
	for n := range 256 {
		ans := make([]byte, 10)
		k := n * 7919
		for i := range ans {
			ans[i] = vals[k%3]
			k /= 3
		}
		ins = append(ins, input(string(ans)))
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		decide(d, ins[i%len(ins)])
		i++
	}
}

// answerWhy's table keeps each answer apart whatever order they come in:
// "" (unanswered) once shared Y's slot, so a file with item 8 answered Y
// could read "8번 문항 미응답" after another file left it blank.
func TestAnswerWhyTable(t *testing.T) {
	for _, lang := range []string{"ko", "en"} {
		for _, order := range [][]string{{"", "Y", "N", "?"}, {"?", "N", "Y", ""}} {
			item := 150 + len(order[0]) // a fresh row per order
			for _, a := range order {
				want := fmt.Sprintf(msg(lang, "item %d answered %s", "%d번 문항 답변 %s"), item, a)
				if a == "" {
					want = fmt.Sprintf(msg(lang, "item %d unanswered", "%d번 문항 미응답"), item)
				}
				for range 2 {
					if got := answerWhy(lang, item, a); got != want {
						t.Errorf("answerWhy(%s, %d, %q) = %q, want %q", lang, item, a, got, want)
					}
				}
			}
		}
	}
}
