package decision

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/jsonw"
)

// full decides in without replay, as Decide did before templates.
func full(d *Decider, in *Input, lang string) Decision {
	f, items := d.facts(in, lang)
	defer putFacts(f)
	return d.decide(f, items, in, lang)
}

// bare is dec without the template it was filled from.
func bare(dec Decision) Decision {
	dec.tpl = nil
	return dec
}

// jsonOf writes dec compact, as a batch does.
func jsonOf(dec Decision) string {
	w := jsonw.New("", "")
	dec.WriteJSON(w)
	return string(w.Bytes())
}

// randomInput is a checklist-only input with answers Y, N, ? or none,
// answers at varying lines of varying files, and system texts that do and
// do not name what the rules look for.
func randomInput(r *rand.Rand, cl *checklist.Checklist) *Input {
	return randomInputOf(r, cl, []checklist.Answer{checklist.Unknown, checklist.Yes, checklist.Yes, checklist.No})
}

// randomInputOf draws each answer from answers or, one time in five, none;
// system texts alike for the rules differ in a number.
func randomInputOf(r *rand.Rand, cl *checklist.Checklist, answers []checklist.Answer) *Input {
	texts := []string{"민원포털", "인사 급여 시스템", "폐지 예정 게시판", "Homepage", "retiring payroll", "행정정보시스템 7 자동 생성", ""}
	a := map[int]checklist.Answer{}
	lines := map[int]int{}
	base := 3 + r.IntN(20)
	for _, it := range cl.Items {
		if r.IntN(5) == 0 {
			continue // unanswered
		}
		a[it.Number] = answers[r.IntN(len(answers))]
		if r.IntN(10) > 0 { // a few answers come without a line (in memory)
			lines[it.Number] = base + it.Number
		}
	}
	return &Input{File: fmt.Sprintf("sys-%05d.yaml", r.IntN(100000)), Checklist: cl, Answers: a, AnswerLines: lines,
		ChecklistLine: base, Score: cl.Score(a), SystemText: texts[r.IntN(len(texts))] + fmt.Sprintf(" %d", r.IntN(3)), Now: now}
}

// A replayed decision is the decision made in full, for every input, in
// either language, from many goroutines at once.
func TestReplayEqualsFullDecision(t *testing.T) {
	d := testDecider(t)
	cl := checklist.Builtin()
	const workers, each = 4, 1500
	var wg sync.WaitGroup
	errs := make(chan string, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(w), 7))
			for n := range each {
				in := randomInput(r, cl)
				lang := []string{"ko", "en"}[r.IntN(2)]
				got, want := d.Decide(in, lang), full(d, in, lang)
				if !reflect.DeepEqual(bare(got), want) {
					errs <- fmt.Sprintf("worker %d input %d (%s, %v, %q):\nreplayed %+v\nfull     %+v", w, n, lang, in.Answers, in.SystemText, got, want)
					return
				}
				if g, w := jsonOf(got), jsonOf(want); g != w {
					errs <- fmt.Sprintf("input %d: replayed JSON\n%s\nfull\n%s", n, g, w)
					return
				}
				if msg := lazyDiffers(d, in, lang, want); msg != "" {
					errs <- fmt.Sprintf("input %d: %s", n, msg)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	// Templates are shared: many inputs, far fewer paths.
	if l := d.replays.leaves; l == 0 || l > workers*each/2 {
		t.Errorf("%d templates for %d inputs", l, workers*each)
	}
}

// A decision filled from a template owns what holds its own evidence, and
// what it shares with others cannot be appended into.
func TestReplayedDecisionsDoNotShareEvidence(t *testing.T) {
	d := testDecider(t)
	a, b := input(seedAnswers), input(seedAnswers)
	b.File = "other.yaml"
	da, db := d.Decide(a, "ko"), d.Decide(b, "ko")
	if da.tpl == nil || da.tpl != db.tpl {
		t.Fatal("the two inputs were not filled from one template")
	}
	if len(da.Requirements) == 0 || len(da.Requirements) != len(db.Requirements) {
		t.Fatalf("requirements %d and %d", len(da.Requirements), len(db.Requirements))
	}
	cited := 0
	for i := range da.Requirements {
		for j := range da.Requirements[i].Evidence {
			ea, eb := da.Requirements[i].Evidence[j], db.Requirements[i].Evidence[j]
			if ea.Path != "sys.yaml" || eb.Path != "other.yaml" {
				t.Errorf("%s cites %s and %s", da.Requirements[i].ID, ea.Path, eb.Path)
			}
			cited++
		}
	}
	if cited == 0 {
		t.Error("no requirement cites an answer")
	}
	// The rationale is shared with the template: an append must copy.
	s := da.Strategy.Rationale
	if len(s) == 0 || &s[0] != &db.Strategy.Rationale[0] {
		t.Fatal("no shared rationale to append to")
	}
	if s2 := append(s, "x"); &s2[0] == &s[0] {
		t.Error("a shared slice has room to append into")
	}
}

// A decision that cannot be replayed (with an inventory) is made in full
// and files no template.
func TestReplayOnlyChecklistOnly(t *testing.T) {
	d := testDecider(t)
	in := input(seedAnswers)
	in.Inventory = threeTier(1, false)
	d.Decide(in, "ko")
	in2 := input(seedAnswers)
	in2.Explain = true
	d.Decide(in2, "ko")
	if d.replays.leaves != 0 {
		t.Errorf("%d templates filed", d.replays.leaves)
	}
}

// BenchmarkReplayMiss decides with no template to replay: the full
// decision, recorded and filed.
func BenchmarkReplayMiss(b *testing.B) {
	d := testDecider(b)
	in := input(seedAnswers)
	b.ReportAllocs()
	for b.Loop() {
		d.replays = newReplays(d)
		d.Decide(in, "ko")
	}
}

// BenchmarkDecideFull is a decision made in full, as one with an
// inventory or a source tree is.
func BenchmarkDecideFull(b *testing.B) {
	d := testDecider(b)
	in := input(seedAnswers)
	b.ReportAllocs()
	for b.Loop() {
		full(d, in, "ko")
	}
}

// A caller making a checklist per call does not grow the templates
// without end: beyond maxRoots checklists, decisions are made in full.
func TestReplayRootsBounded(t *testing.T) {
	d := testDecider(t)
	for n := range maxRoots + 8 {
		cl := *checklist.Builtin() // a distinct checklist each time
		in := input(seedAnswers)
		in.Checklist = &cl
		in.Score = cl.Score(in.Answers)
		if got, want := d.Decide(in, "ko"), full(d, in, "ko"); !reflect.DeepEqual(bare(got), want) {
			t.Fatalf("checklist %d: the decision differs from the full one", n)
		}
	}
	if len(d.replays.roots) != maxRoots {
		t.Errorf("%d roots, want %d", len(d.replays.roots), maxRoots)
	}
}

// A replayed decision changed after filling (a portfolio slims its
// decisions, a caller may edit one) writes what it holds, not its
// template's JSON.
func TestReplayedJSONFollowsChanges(t *testing.T) {
	d := testDecider(t)
	edits := map[string]func(*Decision){
		"criteria":     func(x *Decision) { x.Criteria = nil },
		"criterion":    func(x *Decision) { x.Criteria = slices.Clone(x.Criteria); x.Criteria[0].Name = "바뀐 이름" },
		"maturity":     func(x *Decision) { x.Maturity.Target = 0 },
		"strategy":     func(x *Decision) { x.Strategy.Chosen = "retain" },
		"rationale":    func(x *Decision) { x.Strategy.Rationale = nil },
		"rules":        func(x *Decision) { x.Strategy.Rules = x.Strategy.Rules[:1] },
		"suggestions":  func(x *Decision) { x.Suggestions = []Suggestion{{Item: 9, Answer: "Y", Why: "x"}} },
		"requirements": func(x *Decision) { x.Requirements = x.Requirements[1:] },
		"requirement":  func(x *Decision) { x.Requirements[0].Title = "바뀐 제목" },
		"evidence": func(x *Decision) {
			x.Requirements = slices.Clone(x.Requirements)
			x.Requirements[len(x.Requirements)-1].Evidence = nil
		},
		"cited evidence":  func(x *Decision) { cut(x) },
		"estimate":        func(x *Decision) { x.Estimate.Amount++ },
		"priority":        func(x *Decision) { x.Priority.Score++ },
		"factors":         func(x *Decision) { x.Priority.Factors = nil },
		"end of life":     func(x *Decision) { x.EndOfLife = []EndOfLife{{Component: "c", Product: "jeus"}} },
		"no requirements": func(x *Decision) { x.Requirements = nil },
	}
	for name, edit := range edits {
		in := input(seedAnswers)
		got, want := d.Decide(in, "ko"), full(d, in, "ko")
		if got.tpl == nil {
			t.Fatal("not replayed")
		}
		edit(&got)
		edit(&want)
		if g, w := jsonOf(got), jsonOf(want); g != w {
			t.Errorf("%s: replayed JSON\n%s\nfull\n%s", name, g, w)
		}
	}
}

// cut drops the evidence of the first requirement citing an answer.
func cut(x *Decision) {
	x.Requirements = slices.Clone(x.Requirements)
	for i := range x.Requirements {
		if len(x.Requirements[i].Evidence) > 0 {
			x.Requirements[i].Evidence = nil
			return
		}
	}
}

// Beyond maxReplays templates, decisions are made in full (and still
// right): the templates a long-lived decider keeps are bounded.
func TestReplayTemplatesBounded(t *testing.T) {
	d := testDecider(t)
	cl := checklist.Builtin()
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; d.replays.leaves < maxReplays && n < 200*maxReplays; n++ {
		in := randomInput(r, cl)
		in.Score.Yes = r.IntN(1000) // a value the priority reads: a template each
		d.Decide(in, "ko")
	}
	if d.replays.leaves != maxReplays {
		t.Fatalf("%d templates", d.replays.leaves)
	}
	in := randomInput(r, cl)
	in.Score.Yes = 5000
	if got, want := d.Decide(in, "ko"), full(d, in, "ko"); !reflect.DeepEqual(bare(got), want) {
		t.Error("a decision past the bound differs from the full one")
	}
	if d.replays.leaves != maxReplays {
		t.Errorf("%d templates past the bound", d.replays.leaves)
	}
}

// Rules that read more than the built-in ones (the system text and the
// unknown count in a text, `not` and `in` tests whose held value a
// requirement's because shows) are replayed right too: what a decision
// reads is recorded, not assumed.
func TestReplayCustomRules(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, p := range []string{RulesPath, CataloguePath, EstimatePath, LifecyclePath} {
		data, err := os.ReadFile(filepath.Join("..", "..", "templates", p))
		if err != nil {
			t.Fatal(err)
		}
		fsys[p] = &fstest.MapFile{Data: data}
	}
	patch := func(p, old, new string) {
		s := string(fsys[p].Data)
		if !strings.Contains(s, old) {
			t.Fatalf("%s: %q not found", p, old)
		}
		fsys[p].Data = []byte(strings.Replace(s, old, new, 1))
	}
	patch(RulesPath, `"시스템 설명에 폐지·통합 예정이 적혀 있음"`, `"시스템 설명({system.text})에 폐지·통합 예정이 적혀 있음"`)
	patch(RulesPath, `"전환 요구가 거의 없음(Y {checklist.yes}개)"`, `"전환 요구가 거의 없음(Y {checklist.yes}개, 모름 {checklist.unknown}개)"`)
	patch(RulesPath, "  constraints:\n", "    - id: answer-four-in\n      when: [{fact: answer.4, in: [\"N\", \"?\"]}]\n      add: {retain: 1}\n      why: {ko: \"4번 {answer.4}\", en: \"item 4 {answer.4}\"}\n  constraints:\n")
	patch(CataloguePath, `- {fact: answer.3, is: "Y"}`, `- {fact: answer.3, not: "N"}`)
	patch(CataloguePath, `- {fact: answer.10, is: "Y"}`, `- {fact: answer.10, in: ["Y", "?"]}`)
	d, err := Load(fsys, items)
	if err != nil {
		t.Fatal(err)
	}
	cl := checklist.Builtin()
	r := rand.New(rand.NewPCG(9, 9))
	// Mostly N: the rule on few Y and few unknowns fires.
	few := []checklist.Answer{checklist.No, checklist.No, checklist.No, checklist.Yes, checklist.Unknown}
	for n := range 6000 {
		in := randomInput(r, cl)
		if n%2 == 1 {
			in = randomInputOf(r, cl, few)
		}
		lang := []string{"ko", "en"}[n%2]
		got, want := d.Decide(in, lang), full(d, in, lang)
		if !reflect.DeepEqual(bare(got), want) {
			t.Fatalf("input %d (%s, %v, %q): replayed\n%+v\nfull\n%+v", n, lang, in.Answers, in.SystemText, got, want)
		}
		if g, w := jsonOf(got), jsonOf(want); g != w {
			t.Fatalf("input %d: replayed JSON\n%s\nfull\n%s", n, g, w)
		}
		if msg := lazyDiffers(d, in, lang, want); msg != "" {
			t.Fatalf("input %d: %s", n, msg)
		}
	}
	if d.replays.leaves == 0 {
		t.Error("nothing replayed")
	}
}

// Facts fill could not put back (an inventory's, say) make record decide
// in full, with no reference to the input left in the decision.
func TestRecordRefusesOtherEvidence(t *testing.T) {
	d := testDecider(t)
	in := input(seedAnswers)
	in.Inventory = threeTier(2, true)
	in.Explain = true // the fired rules cite the answers and the verdict
	root := d.replays.root(in.Checklist, "ko")
	tpl, dec := d.record(in, "ko", root, d.replays.key(root, in))
	if tpl != nil {
		t.Fatal("a template made from an inventory's facts")
	}
	for _, r := range dec.Strategy.Rules {
		for _, e := range r.Evidence {
			if isRef(&e) {
				t.Fatalf("a reference left in rule %s's evidence", r.ID)
			}
		}
	}
	if want := full(d, in, "ko"); !reflect.DeepEqual(dec, want) {
		t.Error("the decision differs from the full one")
	}
}

// The key's quick tests give what the conditions give on the facts, for
// every shape they take over (and a few they leave to the condition), on
// a checklist of ten items and on one of seven.
func TestKeyOpsMatchConditions(t *testing.T) {
	var conds []Condition
	for _, c := range []struct {
		fact, op string
		args     []string
	}{
		{"answer.3", "is", []string{"Y"}}, {"answer.3", "not", []string{"N"}}, {"answer.9", "is", []string{"?"}},
		{"answer.10", "not", []string{"?"}}, {"answer.8", "in", []string{"Y", "?"}}, {"answer.2", "known", []string{"true"}},
		{"checklist.yes", "gte", []string{"6"}}, {"checklist.yes", "gt", []string{"3"}}, {"checklist.yes", "lte", []string{"2"}},
		{"checklist.yes", "lt", []string{"5"}}, {"checklist.yes", "is", []string{"4"}}, {"checklist.unknown", "not", []string{"0"}},
		{"checklist.unknown", "lte", []string{"2"}}, {"checklist.verdict", "is", []string{"recommended"}},
		{"checklist.verdict", "not", []string{"undetermined"}}, {"checklist.verdict", "in", []string{"recommended", "undetermined"}},
		{"system.text", "contains", []string{"폐지", "retiring"}},
	} {
		cond := Condition{Fact: c.fact, Op: c.op, Args: c.args}
		if err := cond.check(items); err != nil {
			t.Fatalf("%s %s: %v", c.fact, c.op, err)
		}
		conds = append(conds, cond)
	}
	fast := 0
	full := checklist.Builtin()
	short := *full
	short.Items = short.Items[:7] // items 8-10 are not facts of this one
	r := rand.New(rand.NewPCG(31, 32))
	for _, cl := range []*checklist.Checklist{full, &short} {
		root := &replayRoot{cl: cl}
		for _, it := range cl.Items {
			root.items[it.Number] = true
		}
		for range 2000 {
			in := randomInput(r, cl)
			for i := range conds {
				c := &conds[i]
				o := keyOpOf(c)
				if o.kind == keyGeneric || o.kind == keyAnswer && !root.items[o.item] {
					continue
				}
				fast++
				var buf Fact
				if got, want := o.run(in), c.test(root.value(in, c.id, &buf)); got != want {
					t.Fatalf("%s on %v (yes %d, unknown %d, %s): quick %v, condition %v", c.String(), in.Answers, in.Score.Yes, in.Score.Unknown, in.Score.Verdict, got, want)
				}
			}
		}
	}
	if fast == 0 {
		t.Fatal("no quick test ran")
	}
}
