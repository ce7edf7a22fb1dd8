package checklist

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// exportYAML exports c in lang and returns the YAML.
func exportYAML(t testing.TB, c *Checklist, lang string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteKonveyor(&buf, c.Konveyor(lang)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestKonveyorGolden(t *testing.T) {
	for _, lang := range []string{"ko", "en"} {
		t.Run(lang, func(t *testing.T) {
			got := exportYAML(t, Builtin(), lang)
			golden := filepath.Join("testdata", "konveyor", "nia-2023."+lang+".golden.yaml")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("export differs from %s (run with -update after checking):\n%s", golden, got)
			}
		})
	}
}

func TestKonveyorRoundTrip(t *testing.T) {
	b := Builtin()
	for _, lang := range []string{"ko", "en"} {
		t.Run(lang, func(t *testing.T) {
			c, err := ImportKonveyor(bytes.NewReader(exportYAML(t, b, lang)), "nia.yaml")
			if err != nil {
				t.Fatal(err)
			}
			if c.ID != b.ID {
				t.Errorf("id = %q, want %q (from the tag category)", c.ID, b.ID)
			}
			if c.Threshold != 6 || c.Threshold != b.Threshold {
				t.Errorf("threshold = %d, want 6", c.Threshold)
			}
			if c.Title.Ko != b.Title.In(lang) || c.Rule.Ko != b.Rule.In(lang) {
				t.Errorf("title/rule = %q/%q", c.Title.Ko, c.Rule.Ko)
			}
			if len(c.Goals) != len(b.Goals) {
				t.Fatalf("%d goals, want %d", len(c.Goals), len(b.Goals))
			}
			goalOf := map[string]string{} // imported goal id -> built-in goal id
			for i, g := range c.Goals {
				if g.Name.Ko != b.Goals[i].Name.In(lang) {
					t.Errorf("goal %d name = %q, want %q", i, g.Name.Ko, b.Goals[i].Name.In(lang))
				}
				goalOf[g.ID] = b.Goals[i].ID
			}
			if len(c.Items) != len(b.Items) {
				t.Fatalf("%d items, want %d", len(c.Items), len(b.Items))
			}
			for _, want := range b.Items {
				got, ok := c.Item(want.Number)
				if !ok {
					t.Errorf("item %d lost", want.Number)
					continue
				}
				if got.Text.Ko != want.Text.In(lang) || got.Help.Ko != want.Help.In(lang) ||
					got.Rationale.Ko != want.Rationale.In(lang) || goalOf[got.Goal] != want.Goal {
					t.Errorf("item %d = %+v, want texts of %+v", want.Number, got, want)
				}
				if lang == "ko" && got.Text.En != "" {
					t.Errorf("item %d: English %q from Korean text", want.Number, got.Text.En)
				}
				if lang == "en" && got.Text.En != want.Text.En {
					t.Errorf("item %d: English = %q", want.Number, got.Text.En)
				}
				if got.Choices != nil {
					t.Errorf("item %d: default answers recorded as choices %v", want.Number, got.Choices)
				}
			}
		})
	}
}

// konveyorRisk is tackle2-hub's Assessment.Risk: the selected answer's risk
// per question (unknown when none is selected), then red, yellow and unknown
// shares against the thresholds in that order, compared as float64.
func konveyorRisk(q *Questionnaire, selected func(Question) *Option) Risk {
	var total uint
	colors := map[Risk]uint{}
	for _, s := range q.Sections {
		for _, qu := range s.Questions {
			r := RiskUnknown
			if o := selected(qu); o != nil {
				r = o.Risk
			}
			colors[r]++
			total++
		}
	}
	if total == 0 {
		return RiskUnknown
	}
	share := func(r Risk) float64 { return float64(colors[r]) / float64(total) }
	switch {
	case share(RiskRed) >= float64(q.Thresholds.Red)/float64(100):
		return RiskRed
	case share(RiskYellow) >= float64(q.Thresholds.Yellow)/float64(100):
		return RiskYellow
	case share(RiskUnknown) >= float64(q.Thresholds.Unknown)/float64(100):
		return RiskUnknown
	}
	return RiskGreen
}

var questionNumber = regexp.MustCompile(`^Q(\d+)-`)

// selectFor answers an exported questionnaire like a user would in
// Konveyor: the option reading as the item's answer; none when unknown.
func selectFor(t testing.TB, answers map[int]Answer) func(Question) *Option {
	return func(q Question) *Option {
		m := questionNumber.FindStringSubmatch(q.Answers[0].ApplyTags[0].Tag)
		if m == nil {
			t.Fatalf("question %q has no number tag", q.Text)
		}
		n, _ := strconv.Atoi(m[1])
		a := answers[n]
		if a == Unknown {
			return nil
		}
		for i, o := range q.Answers {
			if p, err := ParseAnswer(o.Text); err == nil && p == a {
				return &q.Answers[i]
			}
		}
		t.Fatalf("question %d has no option for %v", n, a)
		return nil
	}
}

// verdictRisk is the Konveyor colour the export means for each verdict.
var verdictRisk = map[Verdict]Risk{Recommended: RiskYellow, Undetermined: RiskUnknown, NotRecommended: RiskGreen}

func TestKonveyorVerdicts(t *testing.T) {
	b := Builtin()
	q := b.Konveyor("ko")
	if want := (Thresholds{Red: 100, Yellow: 60, Unknown: 30}); q.Thresholds != want {
		t.Fatalf("thresholds = %+v, want %+v", q.Thresholds, want)
	}
	// answers spells items 1..10 as Y, N or ?.
	parse := func(s string) map[int]Answer {
		m := map[int]Answer{}
		for i, r := range s {
			a, err := ParseAnswer(string(r))
			if err != nil {
				t.Fatal(err)
			}
			m[i+1] = a
		}
		return m
	}
	tests := []struct {
		answers string
		verdict Verdict
		risk    Risk
	}{
		{"YYYYYYNNNN", Recommended, RiskYellow},
		{"YYYYYYYYYY", Recommended, RiskYellow},
		{"?YYYYYY???", Recommended, RiskYellow}, // yellow is tested before unknown
		{"YYYYYNNNNN", NotRecommended, RiskGreen},
		{"NNNNNNNNNN", NotRecommended, RiskGreen},
		{"YYYYY???NN", Undetermined, RiskUnknown},
		{"YYY???NNNN", Undetermined, RiskUnknown},
		{"Y?Y?Y?Y?Y?", Undetermined, RiskUnknown},
		{"??????????", Undetermined, RiskUnknown},
		// The documented disagreements.
		{"YYYYY?NNNN", Undetermined, RiskGreen},
		{"YYYY??NNNN", Undetermined, RiskGreen},
		{"NNNNNNN???", NotRecommended, RiskUnknown},
		{"YYNNNNN???", NotRecommended, RiskUnknown},
	}
	for _, tt := range tests {
		answers := parse(tt.answers)
		if v := b.Score(answers).Verdict; v != tt.verdict {
			t.Errorf("%s: verdict %s, want %s", tt.answers, v, tt.verdict)
		}
		if r := konveyorRisk(q, selectFor(t, answers)); r != tt.risk {
			t.Errorf("%s: konveyor risk %s, want %s", tt.answers, r, tt.risk)
		}
	}

	// Every answer set: yellow exactly when recommended, never red, and the
	// other two agree except on the (yes, unknown) pairs the comment at the
	// top of konveyor.go lists.
	differ := map[[2]int]bool{{0, 3}: true, {0, 4}: true, {0, 5}: true, {1, 3}: true, {1, 4}: true,
		{2, 3}: true, {4, 2}: true, {5, 1}: true, {5, 2}: true}
	seen := map[[2]int]bool{}
	answers := make(map[int]Answer, 10)
	choices := []Answer{Yes, No, Unknown}
	for code := 0; code < 59049; code++ { // 3^10
		for i, c := 0, code; i < 10; i, c = i+1, c/3 {
			answers[i+1] = choices[c%3]
		}
		s := b.Score(answers)
		r := konveyorRisk(q, selectFor(t, answers))
		pair := [2]int{s.Yes, s.Unknown}
		switch {
		case r == RiskRed:
			t.Fatalf("%v: red fired", answers)
		case (r == RiskYellow) != (s.Verdict == Recommended):
			t.Fatalf("%v: konveyor %s but verdict %s", answers, r, s.Verdict)
		case differ[pair] == (r == verdictRisk[s.Verdict]):
			t.Fatalf("yes=%d unknown=%d: konveyor %s, verdict %s; documented as differing: %v",
				s.Yes, s.Unknown, r, s.Verdict, differ[pair])
		}
		if differ[pair] {
			seen[pair] = true
		}
	}
	if len(seen) != len(differ) {
		t.Errorf("saw %d of the %d documented disagreements", len(seen), len(differ))
	}
}

// TestKonveyorPercent checks the yellow threshold separates k-1 from k for
// every checklist size Konveyor's integer percentages can express, and that
// the import formula gives k back.
func TestKonveyorPercent(t *testing.T) {
	for n := 1; n <= 100; n++ {
		for k := 1; k <= n; k++ {
			p := konveyorPercent(k, n)
			fires := func(c int) bool { return float64(c)/float64(n) >= float64(p)/float64(100) }
			if p < 1 || p > 100 || !fires(k) || fires(k-1) {
				t.Fatalf("n=%d k=%d: p=%d does not separate %d from %d", n, k, p, k-1, k)
			}
			if back := (int(p)*n + 99) / 100; back != k {
				t.Fatalf("n=%d k=%d: p=%d imports as %d", n, k, p, back)
			}
		}
	}
	tests := []struct{ k, n, want int }{{6, 10, 60}, {3, 10, 30}, {1, 1, 100}, {1, 3, 33}, {2, 3, 66}, {1, 200, 1}, {0, 10, 1}}
	for _, tt := range tests {
		if got := konveyorPercent(tt.k, tt.n); int(got) != tt.want {
			t.Errorf("konveyorPercent(%d, %d) = %d, want %d", tt.k, tt.n, got, tt.want)
		}
	}
	// Against the definition, counted pair by pair over every k.
	for n := 1; n <= 60; n++ {
		for th := 1; th <= n; th++ {
			best, bestMiss := 0, -1
			for k := 1; k <= n; k++ {
				miss := 0
				for yes := 0; yes < th; yes++ {
					for unk := 0; yes+unk <= n; unk++ {
						if (unk >= k) != (yes+unk >= th) {
							miss++
						}
					}
				}
				if bestMiss < 0 || miss < bestMiss {
					best, bestMiss = k, miss
				}
			}
			if got := unknownCount(th, n); got != best {
				t.Fatalf("unknownCount(%d, %d) = %d, want %d", th, n, got, best)
			}
		}
	}
	if k := unknownCount(6, 10); k != 3 {
		t.Errorf("unknownCount(6, 10) = %d, want 3", k)
	}
	if k := unknownCount(1, 10); k != 1 {
		t.Errorf("unknownCount(1, 10) = %d, want 1 (any unknown can tip a threshold of 1)", k)
	}
}

func TestKonveyorJSONFields(t *testing.T) {
	data, err := json.Marshal(Builtin().Konveyor("ko"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	keys := func(v any) []string {
		var out []string
		for k := range v.(map[string]any) {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	section := m["sections"].([]any)[0]
	question := section.(map[string]any)["questions"].([]any)[0]
	answer := question.(map[string]any)["answers"].([]any)[0]
	tag := answer.(map[string]any)["applyTags"].([]any)[0]
	tests := []struct {
		what string
		got  []string
		want []string
	}{
		{"questionnaire", keys(m), []string{"description", "name", "required", "riskMessages", "sections", "thresholds"}},
		{"section", keys(section), []string{"name", "order", "questions"}},
		{"question", keys(question), []string{"answers", "explanation", "order", "text"}},
		{"answer", keys(answer), []string{"applyTags", "order", "rationale", "risk", "text"}},
		{"tag", keys(tag), []string{"category", "tag"}},
		{"thresholds", keys(m["thresholds"]), []string{"red", "unknown", "yellow"}},
		{"riskMessages", keys(m["riskMessages"]), []string{"green", "red", "unknown", "yellow"}},
	}
	for _, tt := range tests {
		if !slices.Equal(tt.got, tt.want) {
			t.Errorf("%s keys = %v, want %v", tt.what, tt.got, tt.want)
		}
	}
}

func importFile(t testing.TB, name string) *Checklist {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "konveyor", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, err := ImportKonveyor(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestImportKonveyorHubExport(t *testing.T) {
	c := importFile(t, "hub-export.yaml")
	if c.ID != "cloud-suitability-agency-custom" || c.Threshold != 2 {
		t.Errorf("id %q threshold %d, want cloud-suitability-agency-custom and ceil(30%%×5)=2", c.ID, c.Threshold)
	}
	if c.Title.En != c.Title.Ko {
		t.Errorf("English title %q for an English questionnaire", c.Title.En)
	}
	var goals []string
	for _, g := range c.Goals {
		goals = append(goals, g.ID)
	}
	if want := []string{"application-details", "dependencies", "observability"}; !slices.Equal(goals, want) {
		t.Errorf("goals = %v, want %v (by section order)", goals, want)
	}
	type item struct {
		number    int
		goal      string
		text      string
		rationale string
		choices   []Choice
	}
	want := []item{
		{1, "application-details", "Does the application keep user sessions in server memory?", "Sticky sessions block horizontal scaling.", nil},
		{2, "application-details", "How is the application packaged?", "Build images in CI from the same artefact.",
			[]Choice{{"Container image", "N"}, {"WAR/EAR deployed by hand", "Y"}, {"Unknown", "?"}}},
		{3, "dependencies", "Does the application call other systems synchronously at start-up?", "Restarts cascade across systems.",
			[]Choice{{"Yes, and it fails without them", "Y"}, {"Yes, but it degrades gracefully", "Y"}, {"No", "N"}, {"Not sure", "?"}}},
		{4, "observability", "Are logs written to local files only?", "Files vanish with the pod.", nil},
		{5, "observability", "Is there a health-check endpoint?", "The platform cannot tell a hung process from a healthy one.",
			[]Choice{{"Yes", "N"}, {"No", "Y"}, {"I don't know", "?"}}},
	}
	if len(c.Items) != len(want) {
		t.Fatalf("%d items, want %d", len(c.Items), len(want))
	}
	for i, w := range want {
		it := c.Items[i]
		got := item{it.Number, it.Goal, it.Text.Ko, it.Rationale.Ko, it.Choices}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("item %d = %+v\nwant %+v", i+1, got, w)
		}
	}
	if h := c.Items[0].Help; h.Ko != "" {
		t.Errorf("item 1 help = %q, want empty", h.Ko)
	}
	if h := c.Items[1].Help; h.Ko == "" || h.En != h.Ko {
		t.Errorf("item 2 help = %+v, want the explanation in both languages", h)
	}

	// A taken assessment is scored through the recorded choices.
	answerTests := []struct {
		item int
		text string
		want Answer
	}{
		{5, "Yes", No}, // a health check exists: green
		{5, "No", Yes},
		{5, " i don't KNOW ", Unknown},
		{3, "Yes, but it degrades gracefully", Yes},
		{1, "Yes", Yes}, // self-evident texts go through ParseAnswer
		{1, "unknown", Unknown},
	}
	for _, tt := range answerTests {
		it, _ := c.Item(tt.item)
		got, err := it.AnswerFor(tt.text)
		if err != nil || got != tt.want {
			t.Errorf("item %d AnswerFor(%q) = %v, %v; want %v", tt.item, tt.text, got, err, tt.want)
		}
	}
	it, _ := c.Item(2)
	if _, err := it.AnswerFor("Maybe"); err == nil {
		t.Error("AnswerFor accepted an answer the item does not offer")
	}
	answers := map[int]Answer{1: Yes, 2: Yes, 3: No, 4: No, 5: No}
	if s := c.Score(answers); s.Yes != 2 || s.Verdict != Recommended {
		t.Errorf("score = %+v, want 2 yes, recommended", s)
	}
}

func TestImportKonveyorTagNumbers(t *testing.T) {
	c := importFile(t, "agency-precheck.yaml")
	if c.ID != "moi-precheck" || c.Threshold != 2 {
		t.Errorf("id %q threshold %d, want moi-precheck and 2", c.ID, c.Threshold)
	}
	var numbers []int
	for _, it := range c.Items {
		numbers = append(numbers, it.Number)
	}
	if want := []int{11, 12, 21, 31, 32}; !slices.Equal(numbers, want) {
		t.Errorf("numbers = %v, want %v from the Q<n> tags", numbers, want)
	}
	var goals []string
	for _, g := range c.Goals {
		goals = append(goals, g.ID+"="+g.Name.Ko+"/"+g.Name.En)
	}
	if want := []string{"section-1=운영 현황/", "release=Release/Release", "section-3=연계/"}; !slices.Equal(goals, want) {
		t.Errorf("goals = %v, want %v", goals, want)
	}
	it, _ := c.Item(12)
	if want := []Choice{{"연 2회 이상 중단", "Y"}, {"연 1회 이하", "N"}, {"확인 필요", "?"}}; !reflect.DeepEqual(it.Choices, want) {
		t.Errorf("item 12 choices = %v, want %v", it.Choices, want)
	}
	it, _ = c.Item(11)
	if it.Choices != nil || it.Rationale.Ko != "탄력적 확장이 필요합니다." || it.Text.En != "" {
		t.Errorf("item 11 = %+v", it)
	}

	// Exported again, the custom wording and the numbers survive.
	again, err := ImportKonveyor(bytes.NewReader(exportYAML(t, c, "ko")), "again.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again.Items, c.Items) || again.ID != c.ID || again.Threshold != c.Threshold {
		t.Errorf("re-import differs:\n%+v\nwant\n%+v", again.Items, c.Items)
	}
}

func TestImportKonveyorErrors(t *testing.T) {
	const thresholds = "thresholds: {red: 100, yellow: 50, unknown: 30}\n"
	const question = "      - order: 1\n        text: Q\n        answers:\n          - {order: 1, text: Y, risk: yellow}\n"
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", []string{"x.yaml:1: empty questionnaire"}},
		{"comments only", "# 비어 있음\n", []string{"x.yaml:1: empty questionnaire"}},
		{"not a mapping", "- a\n- b\n", []string{"x.yaml:1: cannot unmarshal !!seq"}},
		{"missing sections", "name: A\n" + thresholds, []string{"x.yaml:1: questionnaire has no sections"}},
		{"missing name", thresholds + "sections:\n  - order: 1\n    name: S\n    questions:\n" + question,
			[]string{"x.yaml:1: questionnaire name is missing"}},
		{"missing thresholds", "name: A\nsections:\n  - order: 1\n    name: S\n    questions:\n" + question,
			[]string{"x.yaml:1: thresholds are missing"}},
		{"yellow zero", "name: A\nthresholds: {red: 10,\n  yellow: 0}\nsections:\n  - order: 1\n    name: S\n    questions:\n" + question,
			[]string{"x.yaml:3: thresholds.yellow 0 must be a percentage from 1 to 100"}},
		{"threshold type", "name: A\nthresholds:\n  red: high\n", []string{"x.yaml:3: cannot unmarshal !!str `high` into uint"}},
		{"no questions", "name: A\n" + thresholds + "sections:\n  - order: 1\n    name: S\n    questions: []\n",
			[]string{"x.yaml:6: section 1 (S) has no questions"}},
		{"no answers", "name: A\n" + thresholds + "sections:\n  - order: 1\n    name: S\n    questions:\n      - order: 1\n        text: Q\n        answers: []\n",
			[]string{"x.yaml:9: section 1 question 1 has no answers"}},
		{"bad risk", "name: A\n" + thresholds + "sections:\n  - order: 1\n    name: S\n    questions:\n      - order: 1\n        text: Q\n        answers:\n          - order: 1\n            text: Y\n            risk: orange\n",
			[]string{`x.yaml:12: section 1 question 1 answer 1: risk "orange" is not one of red, yellow, green, unknown`}},
		{"unknown key", "name: A\n" + thresholds + "sections:\n  - order: 1\n    name: S\n    questions:\n      - order: 1\n        text: Q\n        answers:\n          - order: 1\n            text: Y\n            colour: red\n",
			[]string{`x.yaml:12: unknown key "colour" in questionnaire.sections[0].questions[0].answers[0]`}},
		{"several problems", "name: \"\"\n" + thresholds + "sections:\n  - order: 1\n    name: \"\"\n    questions:\n      - order: 1\n        text: \"\"\n        answers:\n          - {order: 1, text: Y, risk: red}\n          - {order: 2, text: Y, risk: green}\n",
			[]string{"x.yaml:1: questionnaire name is missing", "x.yaml:5: section 1 has no name",
				"x.yaml:8: section 1 question 1 has no text", `x.yaml:11: section 1 question 1: answer "Y" appears twice with different risks`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ImportKonveyor(strings.NewReader(tt.in), "x.yaml")
			if err == nil {
				t.Fatalf("no error; got %+v", c)
			}
			msg := err.Error()
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not contain %q", msg, w)
				}
			}
			if n := strings.Count(msg, "\n") + 1; n != len(tt.want) {
				t.Errorf("%d problems reported, want %d:\n%s", n, len(tt.want), msg)
			}
		})
	}
}

func TestLoadChoices(t *testing.T) {
	const base = `id: c
title: {ko: 점검}
threshold: 1
goals: [{id: g, name: {ko: 목표}}]
items:
  - number: 1
    goal: g
    text: {ko: 질문}
    choices:
      - {text: 자주, answer: Y}
`
	c, err := Load(strings.NewReader(base), "c.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if a, err := c.Items[0].AnswerFor("자주"); err != nil || a != Yes {
		t.Errorf("AnswerFor = %v, %v", a, err)
	}
	_, err = Load(strings.NewReader(base+"      - {text: \"\", answer: maybe}\n"), "c.yaml")
	for _, w := range []string{"c.yaml:11: item 1 choice 2 has no text", `c.yaml:11: item 1 choice 2: answer "maybe" must be Y, N or ?`} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("error %v does not contain %q", err, w)
		}
	}
}

func FuzzImportKonveyor(f *testing.F) {
	// The small fixture, not the larger ones or the golden exports: every
	// new input is minimised, and minimising inputs of kilobytes stalls the
	// fuzzer for the whole of a short run.
	for _, name := range []string{"small.yaml"} {
		name = filepath.Join("testdata", "konveyor", name)
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("name: A\nthresholds: {yellow: 1}\nsections: [{name: S, questions: [{text: Q, answers: [{text: Y, risk: red}]}]}]\n"))
	f.Add([]byte("name: 점검\nthresholds: {yellow: 50}\nsections: [{order: 2, name: 운영, questions: [{text: 질문, answers: [{text: 예, risk: yellow, applyTags: [{category: c, tag: Q7-Y}]}, {text: 아니오, risk: green}]}]}, {order: 1, name: Ops, questions: [{text: Q, explanation: E, answers: [{text: Often, risk: yellow, rationale: R}, {text: Rarely, risk: green}]}]}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ImportKonveyor(bytes.NewReader(data), "f.yaml")
		if err != nil {
			if c != nil {
				t.Fatal("checklist and error both returned")
			}
			if !strings.HasPrefix(err.Error(), "f.yaml:") {
				t.Fatalf("error without file:line: %v", err)
			}
			return
		}
		if c.Threshold < 1 || c.Threshold > len(c.Items) {
			t.Fatalf("threshold %d of %d items", c.Threshold, len(c.Items))
		}
		c.Score(map[int]Answer{c.Items[0].Number: Yes})
		// What imports must export and import again to the same checklist.
		var buf bytes.Buffer
		if err := WriteKonveyor(&buf, c.Konveyor("ko")); err != nil {
			t.Fatal(err)
		}
		again, err := ImportKonveyor(&buf, "again.yaml")
		if err != nil {
			t.Fatalf("re-import: %v\n%s", err, buf.Bytes())
		}
		if len(c.Items) <= 100 && again.Threshold != c.Threshold {
			t.Fatalf("threshold %d became %d", c.Threshold, again.Threshold)
		}
		if again.ID != c.ID || !reflect.DeepEqual(again.Items, c.Items) || !reflect.DeepEqual(again.Goals, c.Goals) {
			t.Fatalf("round trip changed the checklist:\n%+v\n%+v", c, again)
		}
	})
}

func BenchmarkKonveyorExport(b *testing.B) {
	c := Builtin()
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := WriteKonveyor(&buf, c.Konveyor("ko")); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

func BenchmarkImportKonveyor(b *testing.B) {
	data := exportYAML(b, Builtin(), "ko")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ImportKonveyor(bytes.NewReader(data), "nia.yaml"); err != nil {
			b.Fatal(err)
		}
	}
}
