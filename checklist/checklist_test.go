package checklist

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestBuiltinMatchesSeed compares the ten Korean item texts with the
// checklist table of the seed document (testdata/seed-checklist.txt holds
// its lines verbatim; the test also checks them against the shared seed
// when that is beside the repository).
func TestBuiltinMatchesSeed(t *testing.T) {
	seedLines, err := os.ReadFile("testdata/seed-checklist.txt")
	if err != nil {
		t.Fatal(err)
	}
	if full, err := os.ReadFile(filepath.Join("..", "..", "shared", "seeds", "000_38a018b68a912de1.txt")); err == nil {
		if !strings.Contains(string(full), string(seedLines)) {
			t.Fatal("testdata/seed-checklist.txt is not a verbatim excerpt of the seed")
		}
	}
	item := regexp.MustCompile(`(?:^|\t)(\d+) • (.+?)\t?$`)
	want := map[int]string{}
	sc := bufio.NewScanner(strings.NewReader(string(seedLines)))
	for sc.Scan() {
		m := item.FindStringSubmatch(strings.TrimRight(sc.Text(), "\t✓"))
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		text := strings.TrimSpace(m[2])
		// The one OCR slip the brief allows us to mend.
		text = strings.Replace(text, "(예시스템증설,", "(예: 시스템 증설,", 1)
		want[n] = text
	}
	if len(want) != 10 {
		t.Fatalf("parsed %d items from the seed, want 10", len(want))
	}
	c := Builtin()
	if len(c.Items) != 10 {
		t.Fatalf("built-in checklist has %d items, want 10", len(c.Items))
	}
	for n, text := range want {
		it, ok := c.Item(n)
		if !ok {
			t.Errorf("item %d missing", n)
			continue
		}
		if it.Text.Ko != text {
			t.Errorf("item %d:\n got %q\nwant %q", n, it.Text.Ko, text)
		}
	}
}

func TestBuiltinStructure(t *testing.T) {
	c := Builtin()
	if c.Threshold != 6 {
		t.Errorf("threshold = %d, want 6", c.Threshold)
	}
	goals := map[string][]int{
		"안정적 서비스 운영":    {1, 2, 3},
		"업무 및 기술 변화 대응": {4, 5, 6},
		"개발 품질 향상":      {7, 8},
		"개발기간":          {9, 10},
	}
	if len(c.Goals) != len(goals) {
		t.Fatalf("%d goals, want %d", len(c.Goals), len(goals))
	}
	for _, g := range c.Goals {
		want, ok := goals[g.Name.Ko]
		if !ok {
			t.Errorf("unexpected goal %q", g.Name.Ko)
			continue
		}
		var got []int
		for _, it := range c.ItemsOf(g.ID) {
			got = append(got, it.Number)
		}
		if len(got) != len(want) {
			t.Errorf("goal %q items %v, want %v", g.Name.Ko, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("goal %q items %v, want %v", g.Name.Ko, got, want)
				break
			}
		}
	}
	for _, it := range c.Items {
		for name, txt := range map[string]Text{"text": it.Text, "help": it.Help, "rationale": it.Rationale} {
			if txt.Ko == "" || txt.En == "" {
				t.Errorf("item %d: %s needs both ko and en", it.Number, name)
			}
		}
	}
	if it, _ := c.Item(9); !strings.Contains(it.Rationale.Ko, "CI/CD") {
		t.Errorf("item 9 rationale should point at a CI/CD pipeline: %q", it.Rationale.Ko)
	}
}

func TestLoadErrors(t *testing.T) {
	const good = `id: x
title: {ko: 제목}
threshold: 1
goals:
  - id: g
    name: {ko: 목표}
items:
  - number: 1
    goal: g
    text: {ko: 질문}
`
	tests := []struct {
		name, in string
		want     []string // substrings of the error
	}{
		{"unknown key", strings.Replace(good, "threshold: 1", "threshhold: 1", 1), []string{"c.yaml:3:", "threshhold"}},
		{"duplicate number", good + "  - number: 1\n    goal: g\n    text: {ko: 둘}\n", []string{"c.yaml:11:", "duplicate item number 1"}},
		{"unknown goal", strings.Replace(good, "goal: g", "goal: h", 1), []string{"c.yaml:9:", `unknown goal "h"`}},
		{"no goal", strings.Replace(good, "    goal: g\n", "", 1), []string{"c.yaml:8:", "in no goal"}},
		{"threshold zero", strings.Replace(good, "threshold: 1", "threshold: 0", 1), []string{"c.yaml:3:", "between 1 and the number of items (1)"}},
		{"threshold too big", strings.Replace(good, "threshold: 1", "threshold: 2", 1), []string{"c.yaml:3:", "threshold 2"}},
		{"no korean text", strings.Replace(good, "text: {ko: 질문}", "text: {en: question}", 1), []string{"c.yaml:8:", "no Korean text"}},
		{"no korean title", strings.Replace(good, "title: {ko: 제목}", "title: {en: T}", 1), []string{"c.yaml:2:", "title.ko"}},
		{"duplicate goal id", strings.Replace(good, "items:", "  - id: g\n    name: {ko: 또}\nitems:", 1), []string{"c.yaml:7:", `duplicate goal id "g"`}},
		{"empty goal", strings.Replace(good, "items:", "  - id: e\n    name: {ko: 빈}\nitems:", 1), []string{"c.yaml:7:", `goal "e" has no items`}},
		{"syntax", "id: [x\n", []string{"c.yaml:"}},
		{"empty", "", []string{"c.yaml:1: empty checklist"}},
	}
	if _, err := Load(strings.NewReader(good), "c.yaml"); err != nil {
		t.Fatalf("good checklist: %v", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tt.in), "c.yaml")
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestParseAnswer(t *testing.T) {
	tests := []struct {
		in   string
		want Answer
		bad  bool
	}{
		{"Y", Yes, false}, {"y", Yes, false}, {"yes", Yes, false}, {"YES", Yes, false}, {"true", Yes, false},
		{"True", Yes, false}, {"예", Yes, false}, {" Y ", Yes, false},
		{"N", No, false}, {"no", No, false}, {"FALSE", No, false}, {"아니오", No, false}, {"아니요", No, false},
		{"?", Unknown, false}, {"모름", Unknown, false}, {"", Unknown, false}, {"unknown", Unknown, false},
		{"maybe", Unknown, true}, {"1", Unknown, true}, {"yess", Unknown, true},
	}
	for _, tt := range tests {
		got, err := ParseAnswer(tt.in)
		if (err != nil) != tt.bad || got != tt.want {
			t.Errorf("ParseAnswer(%q) = %v, %v; want %v, bad=%v", tt.in, got, err, tt.want, tt.bad)
		}
	}
}

func TestScore(t *testing.T) {
	c := Builtin()
	answers := func(s string) map[int]Answer {
		m := map[int]Answer{}
		for i, r := range s {
			switch r {
			case 'Y':
				m[i+1] = Yes
			case 'N':
				m[i+1] = No
			case '?':
				m[i+1] = Unknown
			}
		}
		return m
	}
	tests := []struct {
		answers            string // one letter per item; '-' = no answer
		yes, no, unknown   int
		verdict            Verdict
		firstGoalYes, last int
	}{
		{"YYYYYYNNNN", 6, 4, 0, Recommended, 3, 0},
		{"YYYYYNNNNN", 5, 5, 0, NotRecommended, 3, 0},
		{"YYYYY?NNNN", 5, 4, 1, Undetermined, 3, 0},
		{"YYY???----", 3, 0, 7, Undetermined, 3, 0},
		{"YY??NNNNNN", 2, 6, 2, NotRecommended, 2, 0},
		{"YYYYYYYYYY", 10, 0, 0, Recommended, 3, 2},
		{"----------", 0, 0, 10, Undetermined, 0, 0},
		{"NNNNNNNNNN", 0, 10, 0, NotRecommended, 0, 0},
	}
	for _, tt := range tests {
		s := c.Score(answers(tt.answers))
		if s.Yes != tt.yes || s.No != tt.no || s.Unknown != tt.unknown || s.Verdict != tt.verdict || s.Total != 10 {
			t.Errorf("%s: got yes=%d no=%d unknown=%d verdict=%s total=%d", tt.answers, s.Yes, s.No, s.Unknown, s.Verdict, s.Total)
		}
		if s.Categories[0].Yes != tt.firstGoalYes || s.Categories[3].Yes != tt.last {
			t.Errorf("%s: goal subtotals %+v", tt.answers, s.Categories)
		}
		sum := 0
		for _, g := range s.Categories {
			sum += g.Yes + g.No + g.Unknown
		}
		if sum != 10 {
			t.Errorf("%s: goal subtotals add up to %d", tt.answers, sum)
		}
		if len(s.YesItems) != tt.yes {
			t.Errorf("%s: yes items %v", tt.answers, s.YesItems)
		}
	}
}

func TestEvaluate(t *testing.T) {
	for _, tt := range []struct {
		yes, unknown, threshold int
		want                    Verdict
	}{
		{6, 0, 6, Recommended}, {7, 3, 6, Recommended}, {5, 1, 6, Undetermined},
		{0, 6, 6, Undetermined}, {5, 0, 6, NotRecommended}, {1, 1, 1, Recommended}, {0, 0, 1, NotRecommended},
	} {
		if got := Evaluate(tt.yes, tt.unknown, tt.threshold); got != tt.want {
			t.Errorf("Evaluate(%d, %d, %d) = %s, want %s", tt.yes, tt.unknown, tt.threshold, got, tt.want)
		}
	}
}

func FuzzLoad(f *testing.F) {
	b, err := os.ReadFile("../templates/checklists/nia-2023.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte("id: x\ntitle: {ko: t}\nthreshold: 1\ngoals: [{id: g, name: {ko: n}}]\nitems: [{number: 1, goal: g, text: {ko: q}}]\n"))
	f.Add([]byte("items: [{number: -1}]\nthreshold: 99\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Load(strings.NewReader(string(data)), "fuzz.yaml")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.yaml:") {
				t.Fatalf("error without file name: %v", err)
			}
			return
		}
		// A checklist that loads must score without trouble.
		s := c.Score(map[int]Answer{})
		if s.Total != len(c.Items) || s.Unknown != s.Total {
			t.Fatalf("bad score of empty answers: %+v", s)
		}
	})
}
