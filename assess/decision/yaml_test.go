package decision

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cnready/cnready/checklist"
	"gopkg.in/yaml.v3"
)

// yamlOf writes dec as yaml.v3 writes it inside a batch element (keys at
// column 4), the text AppendYAML must give.
func yamlOf(t testing.TB, dec Decision) string {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode([]map[string]Decision{{"decision": dec}}); err != nil {
		t.Fatal(err)
	}
	_ = enc.Close()
	s, ok := strings.CutPrefix(b.String(), "- decision:\n")
	if !ok {
		t.Fatalf("unexpected YAML %q", b.String())
	}
	return s
}

// yamlDiffers tells how dec written by hand, and lazily, differs from
// yaml.v3's writing.
func yamlDiffers(t testing.TB, d *Decider, in *Input, lang string, want Decision) string {
	w := yamlOf(t, want)
	if g := string(want.AppendYAML(nil, 4)); g != w {
		return fmt.Sprintf("AppendYAML\n%s\nyaml.v3\n%s", g, w)
	}
	l := d.DecideLazy(in, lang)
	if g := string(l.AppendYAML(nil, 4)); g != w {
		return fmt.Sprintf("lazy AppendYAML\n%s\nyaml.v3\n%s", g, w)
	}
	// Another column: the template's YAML is made for 4 alone.
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	_ = enc.Encode(map[string]Decision{"decision": want})
	_ = enc.Close()
	if g := "decision:\n" + string(l.AppendYAML(nil, 2)); g != b.String() {
		return fmt.Sprintf("lazy AppendYAML at 2\n%s\nyaml.v3\n%s", g, b.String())
	}
	return ""
}

func TestYAMLMatchesYAMLv3(t *testing.T) {
	d := testDecider(t)
	cl := checklist.Builtin()
	r := rand.New(rand.NewPCG(21, 22))
	names := []string{"sys-00001.yaml", `a"b.yaml`, "yes", "7", "line\nbreak.yaml", "  lead.yaml", "정보시스템/민원.yaml", "x: y.yaml", "- dash", "bad\xffutf8", "blank\n\nline.yaml", "trail\n"}
	for n := range 1500 {
		in := randomInput(r, cl)
		if n%3 == 0 {
			in.File = names[(n/3)%len(names)]
		}
		lang := []string{"ko", "en"}[n%2]
		if msg := yamlDiffers(t, d, in, lang, full(d, in, lang)); msg != "" {
			t.Fatalf("input %d (%q): %s", n, in.File, msg)
		}
	}
	// Full decisions: an inventory, a decomposition, both, explained.
	for _, in := range fullInputs() {
		for _, lang := range []string{"ko", "en"} {
			if msg := yamlDiffers(t, d, in, lang, full(d, in, lang)); msg != "" {
				t.Fatalf("%s: %s", lang, msg)
			}
		}
	}
}

// fullInputs are inputs decided in full: an inventory (with a product
// past its support), a decomposition, both, and explained.
func fullInputs() []*Input {
	var ins []*Input
	inv := input(seedAnswers)
	inv.Inventory = threeTier(1, false)
	inv.Inventory.Components[1].Product, inv.Inventory.Components[1].Version = "tomcat", "8.5.51"
	ins = append(ins, inv)
	good, model := contexts(5, 40, 0.55, 0.05, 1)
	dec := input("YYNYNYYNYN")
	dec.Contexts, dec.Model = good, model
	ins = append(ins, dec)
	both := input(seedAnswers)
	both.Contexts, both.Model, both.Inventory = good, model, threeTier(2, true)
	ins = append(ins, both)
	ex := input("NNNNNNNNYN")
	ex.Explain = true
	ex.File = "multi\nline: file.yaml"
	ins = append(ins, ex)
	return ins
}

// plainYAML says plain only where yaml.v3 writes the string as it is.
func FuzzPlainYAML(f *testing.F) {
	for _, s := range []string{"sys-00001.yaml", "yes", "No", "ON", "null", "y", "정보시스템.yaml", "a/b/c.yaml", "e5", "Inf",
		"nan", "a-", "a.", "a..b", "x_1", "한", "가-1", "a\u3000b", "a:b", "a#b", "-a", ".a", "1a", "true", "False", "~"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !plainYAML(s) {
			return
		}
		var b bytes.Buffer
		enc := yaml.NewEncoder(&b)
		enc.SetIndent(2)
		if err := enc.Encode(map[string]string{"k": s}); err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSuffix(strings.TrimPrefix(b.String(), "k: "), "\n"); got != s {
			t.Errorf("%q: yaml.v3 writes %q", s, got)
		}
	})
}

// BenchmarkDecideLazyYAMLVaried is BenchmarkDecideLazyVaried in YAML, as
// `assess --format yaml` writes a folder.
func BenchmarkDecideLazyYAMLVaried(b *testing.B) {
	var buf []byte
	benchVaried(b, func(d *Decider, in *Input) {
		l := d.DecideLazy(in, "ko")
		buf = l.AppendYAML(buf[:0], 4)
	})
}

// BenchmarkYAMLv3Decision writes a decision through yaml.v3's reflection,
// as every element was written before AppendYAML; BenchmarkAppendYAML by
// hand.
func BenchmarkYAMLv3Decision(b *testing.B) {
	d := testDecider(b)
	dec := full(d, input(seedAnswers), "ko")
	b.ReportAllocs()
	for b.Loop() {
		yamlOf(b, dec)
	}
}

func BenchmarkAppendYAML(b *testing.B) {
	d := testDecider(b)
	dec := full(d, input(seedAnswers), "ko")
	var buf []byte
	b.ReportAllocs()
	for b.Loop() {
		buf = dec.AppendYAML(buf[:0], 4)
	}
}

// A decision made by hand, with what the rules rarely make: additions
// keyed oddly, weights, every kind of agreement, exclusions, end of
// life, empty and nil lists, awkward numbers and strings.
func TestYAMLOfUnusualDecision(t *testing.T) {
	yes, no := true, false
	odd := []string{"", "yes", "7", "a: b", "- x", "'q'", "\"d\"", "multi\nline", "trail\n", " lead", "#hash", "정보 시스템", "tab\t", "\x00"}
	ev := func(i int) Evidence {
		return Evidence{Path: odd[i%len(odd)], Line: i, Metric: odd[(i+1)%len(odd)], Value: odd[(i+2)%len(odd)], Why: odd[(i+3)%len(odd)]}
	}
	d := Decision{
		Criteria: []Criterion{{ID: "c", Name: odd[3], Basis: odd[7], Status: Met, Points: 3, MetAt: 2, Evidence: []Evidence{ev(1), ev(2)}}},
		Maturity: Maturity{Level: 1, Name: odd[4], Target: 3, TargetName: odd[5], Assumed: true, Evidence: []Evidence{}},
		Strategy: Strategy{Chosen: "refactor", ChosenName: odd[6], RunnerUp: "rehost", Rationale: []string{odd[8], odd[9], ""},
			Excluded: []string{"retire"}, Rules: []FiredRule{
				{ID: "r1", Adds: map[string]int{"refactor": 2, "rehost": -1, "retain": 0}, Reads: []string{"answer.3"}, Why: odd[10]},
				{ID: "r2", Adds: map[string]int{"b10": 1, "b9": 2, "yes": 3}, Exclude: []string{"retire", "7"}, Choose: "retain", Reads: nil, Why: odd[11]},
			}},
		Suggestions: []Suggestion{{Item: 9, Answer: "Y", Given: "N", Agrees: &no, Rule: "s", Why: odd[12], Evidence: []Evidence{ev(3)}},
			{Item: 2, Answer: "N", Agrees: &yes, Evidence: nil}, {Item: 6, Answer: "Y"}},
		Requirements: []Selected{{ID: "CSR-003", Category: "CSR", Title: odd[13], Because: odd[0], Evidence: []Evidence{ev(4)}}, {ID: "X"}},
		Estimate: Estimate{Method: "간이법", FP: FP{ILF: 1, EIF: 2, EI: 3, EO: 4, EQ: 5, Total: 1e21}, Weights: &Weights{ILF: 7.5, EIF: 5.4, EI: 4, EO: 5.2, EQ: 3.9},
			UnitPrice: 605784, PriceYear: 2025, Amount: 1 << 40, Currency: "KRW", Source: odd[7], Formula: "(1×7.5) = 7.5 FP", Basis: odd[2], Note: odd[1]},
		Priority:  Priority{Score: 77, Factors: []Factor{{ID: "f", Points: 0.1, Why: odd[3]}, {ID: "g", Points: -2.5e-7}}},
		EndOfLife: []EndOfLife{{Component: "was", Product: "jeus", Version: "6", Ended: "2019-12-31", Source: odd[7], Evidence: ev(5)}},
	}
	want := yamlOf(t, d)
	if got := string(d.AppendYAML(nil, 4)); got != want {
		t.Errorf("AppendYAML\n%s\nyaml.v3\n%s", got, want)
	}
	var empty Decision
	if got, want := string(empty.AppendYAML(nil, 4)), yamlOf(t, empty); got != want {
		t.Errorf("empty decision\n%s\nyaml.v3\n%s", got, want)
	}
}
