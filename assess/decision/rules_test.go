package decision

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

const items = 10

func builtinData(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "templates", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func builtinRules(t testing.TB) *Rules {
	t.Helper()
	r, err := LoadRules(builtinData(t, RulesPath), RulesPath, items)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestLoadRulesErrors(t *testing.T) {
	base := `strategies:
  - {id: retain, name: {ko: 유지}, target_level: -1}
  - {id: retire, name: {ko: 폐기}, target_level: -1}
  - {id: rehost, name: {ko: 리호스팅}, target_level: 1}
  - {id: relocate, name: {ko: 재배치}, target_level: 1}
  - {id: replatform, name: {ko: 리플랫폼}, target_level: 2}
  - {id: repurchase, name: {ko: 재구매}, target_level: -1}
  - {id: refactor, name: {ko: 리팩토링}, target_level: 3}
maturity:
  levels: [{level: 0, name: {ko: a}}, {level: 1, name: {ko: b}}, {level: 2, name: {ko: c}}, {level: 3, name: {ko: d}}]
`
	for _, tc := range []struct{ name, extra, want string }{
		{"ok", "", ""},
		{"unknown key", "colour: red\n", "rules.yaml:11: field colour not found"},
		{"unknown fact", "strategy:\n  rules:\n    - id: a\n      when: [{fact: answer.11, is: Y}]\n      add: {refactor: 1}\n", `rules.yaml:14: unknown fact "answer.11"`},
		{"bad enum", "strategy:\n  rules:\n    - id: a\n      when: [{fact: checklist.verdict, is: maybe}]\n      add: {refactor: 1}\n", "rules.yaml:14: checklist.verdict is one of recommended"},
		{"two ops", "strategy:\n  rules:\n    - id: a\n      when: [{fact: contexts.count, gte: 1, lte: 3}]\n      add: {refactor: 1}\n", "rules.yaml:14: a condition has one operator"},
		{"number op on bool", "strategy:\n  rules:\n    - id: a\n      when: [{fact: delivery.ci, gte: 1}]\n      add: {refactor: 1}\n", "rules.yaml:14: gte compares numbers"},
		{"unknown strategy", "strategy:\n  rules:\n    - id: a\n      when: [{fact: answer.1, is: Y}]\n      add: {rewrite: 1}\n", `rules.yaml:13: unknown strategy "rewrite"`},
		{"duplicate id", "strategy:\n  rules:\n    - {id: a, when: [{fact: answer.1, is: Y}], add: {refactor: 1}}\n    - {id: a, when: [{fact: answer.2, is: Y}], add: {refactor: 1}}\n", `rules.yaml:14: duplicate rule id "a" (first at line 13)`},
		{"bad suggestion", "suggestions:\n  - {id: s, item: 12, answer: maybe, when: [{fact: answer.1, is: Y}]}\n", "rules.yaml:12: suggestion \"s\": item 12 is not 1..10"},
		{"priority forms", "priority:\n  factors:\n    - {id: p, fact: checklist.yes, max: 10, points: 5, map: {a: 1}}\n", "rules.yaml:13: priority factor \"p\" must have exactly one of"},
		{"constraint", "strategy:\n  constraints:\n    - {id: c, when: [{fact: answer.1, is: Y}]}\n", `rules.yaml:13: constraint "c" must either exclude`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadRules([]byte(base+tc.extra), "rules.yaml", items)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
		})
	}
	if _, err := LoadRules([]byte(strings.Replace(base, "  - {id: refactor, name: {ko: 리팩토링}, target_level: 3}\n", "", 1)), "r.yaml", items); err == nil ||
		!strings.Contains(err.Error(), `strategy "refactor" is missing`) {
		t.Errorf("missing strategy: %v", err)
	}
}

// satisfy returns facts under which every condition of cs holds (false:
// they cannot all hold); violate returns facts under which the test fails.
func satisfy(t *testing.T, conds []Condition) (Facts, bool) {
	t.Helper()
	f := NewFacts(items)
	byFact := map[string][]*Condition{}
	var order []string
	for i := range conds {
		c := &conds[i]
		if _, ok := byFact[c.Fact]; !ok {
			order = append(order, c.Fact)
		}
		byFact[c.Fact] = append(byFact[c.Fact], c)
	}
	for _, name := range order {
		info, _ := lookupFact(name, items)
		cs := byFact[name]
		v, ok := valueFor(info, cs)
		if !ok {
			return Facts{}, false
		}
		if v == nil {
			continue // known: false
		}
		f.Set(name, *v)
	}
	for i := range conds {
		if !conds[i].Holds(f) {
			return Facts{}, false
		}
	}
	return f, true
}

// valueFor finds a value of the fact's kind meeting every condition.
func valueFor(info FactInfo, cs []*Condition) (*Value, bool) {
	var candidates []Value
	switch info.Kind {
	case Bool:
		candidates = []Value{BoolValue(true), BoolValue(false)}
	case Number:
		seen := map[float64]bool{}
		for _, c := range cs {
			for _, a := range c.args {
				for _, d := range []float64{0, 1, -1, 0.5, -0.5} {
					if n := a.N + d; !seen[n] {
						seen[n] = true
						candidates = append(candidates, NumberValue(n))
					}
				}
			}
		}
		candidates = append(candidates, NumberValue(0))
	case String:
		for _, v := range info.Values {
			candidates = append(candidates, StringValue(v))
		}
		for _, c := range cs {
			for _, a := range c.args {
				candidates = append(candidates, a, StringValue(a.S+" x"), StringValue("other"))
			}
		}
	case List:
		var all []string
		for _, c := range cs {
			if c.Op == "has" {
				all = append(all, c.args[0].S)
			}
		}
		candidates = []Value{ListValue(all), ListValue(nil)}
	}
	for _, c := range cs {
		if c.Op == "known" && !c.args[0].B {
			return nil, true
		}
	}
	for _, v := range candidates {
		v := v
		ok := true
		for _, c := range cs {
			g := NewFacts(items)
			g.Set(c.Fact, v)
			if !c.Holds(g) {
				ok = false
				break
			}
		}
		if ok {
			v := v
			return &v, true
		}
	}
	return nil, false
}

// checkFires asserts that a rule's test can hold and can fail.
func checkFires(t *testing.T, what string, cs *Conditions) {
	t.Helper()
	var conds []Condition
	conds = append(conds, cs.When...)
	if len(cs.Any) > 0 {
		conds = append(conds, cs.Any[0])
	}
	f, ok := satisfy(t, conds)
	if !ok {
		t.Errorf("%s: its conditions can never all hold", what)
		return
	}
	if !cs.Holds(f) {
		t.Errorf("%s: does not fire on facts meeting its conditions", what)
	}
	if cs.Holds(NewFacts(items)) && len(cs.When) > 0 {
		t.Errorf("%s: fires with no facts known", what)
	}
	// Break one condition: the rule must not fire.
	broken := false
	for _, c := range conds {
		g := Facts{vals: append([]Fact(nil), f.vals...)}
		g.vals[c.id] = Fact{}
		if c.Op == "known" && !c.args[0].B {
			info, _ := lookupFact(c.Fact, items)
			g.Set(c.Fact, Value{Kind: info.Kind})
		}
		if !cs.Holds(g) {
			broken = true
			break
		}
	}
	if !broken {
		t.Errorf("%s: still fires with any one of its facts unknown", what)
	}
}

// TestEveryBuiltinRuleCanFireAndNot: each criterion signal, maturity rule,
// strategy rule, constraint, suggestion, priority factor and requirement
// selection of the shipped data fires on some facts and not on others.
func TestEveryBuiltinRuleCanFireAndNot(t *testing.T) {
	r := builtinRules(t)
	for _, c := range r.Criteria {
		for i := range c.Signals {
			checkFires(t, "criterion "+c.ID+" signal "+c.Signals[i].ID, &c.Signals[i].Conditions)
		}
	}
	for i := range r.Maturity.Rules {
		checkFires(t, "maturity "+r.Maturity.Rules[i].ID, &r.Maturity.Rules[i].Conditions)
	}
	for i := range r.Strategy.Rules {
		checkFires(t, "strategy "+r.Strategy.Rules[i].ID, &r.Strategy.Rules[i].Conditions)
	}
	for i := range r.Strategy.Constraints {
		checkFires(t, "constraint "+r.Strategy.Constraints[i].ID, &r.Strategy.Constraints[i].Conditions)
	}
	for i := range r.Suggestions {
		checkFires(t, "suggestion "+r.Suggestions[i].ID, &r.Suggestions[i].Conditions)
	}
	for i := range r.Priority.Factors {
		if f := &r.Priority.Factors[i]; len(f.When)+len(f.Any) > 0 {
			checkFires(t, "priority "+f.ID, &f.Conditions)
		}
	}
	c, err := LoadCatalogue(builtinData(t, CataloguePath), CataloguePath, items)
	if err != nil {
		t.Fatal(err)
	}
	for _, req := range c.Requirements {
		for j := range req.Select {
			if !req.Select[j].Always {
				checkFires(t, "requirement "+req.ID, &req.Select[j].Conditions)
			}
		}
	}
}

// fold lower-cases as strings.ToLower does, whatever the text.
func TestFold(t *testing.T) {
	for _, s := range []string{"", "민원포털", "HR 인사시스템", "Ünïcode ÀÉ", "ǅ titlecase", "bad \xff byte", "日本語 テキスト", "한글 — 〈문서〉", "ΣΑΣ", "İstanbul"} {
		if got, _ := fold(s); got != strings.ToLower(s) {
			t.Errorf("fold(%q) = %q, want %q", s, got, strings.ToLower(s))
		}
	}
}

// fold is strings.ToLower, and the rune sets never rule out a word the
// text contains.
func FuzzFold(f *testing.F) {
	f.Add("민원 Portal", "portal")
	f.Add("인사 급여 시스템", "급여")
	// Three-byte sequences fold decodes itself: overlong, a surrogate,
	// U+FFFD written out, one cut short, and Latin capitals after Hangul.
	f.Add("a\xe0\x80\x80b", "b")
	f.Add("\xed\xa0\x80민원", "민원")
	f.Add("\xef\xbf\xbd", "\ufffd")
	f.Add("민\xea\xb0", "민")
	f.Add("민원ÉTAT", "état")
	f.Fuzz(func(t *testing.T, s, word string) {
		if got, _ := fold(s); got != strings.ToLower(s) {
			t.Errorf("fold(%q) = %q, want %q", s, got, strings.ToLower(s))
		}
		if low, set := fold(s); set != runesOf(low) {
			t.Errorf("fold(%q): the rune set is not the folded text's", s)
		}
		if !utf8.ValidString(word) {
			return // arguments come from validated templates
		}
		if strings.Contains(s, word) && !runesOf(word).in(runesOf(s)) {
			t.Errorf("%q contains %q, yet its runes rule it out", s, word)
		}
	})
}
