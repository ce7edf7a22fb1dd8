package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/checklist"
)

var update = flag.Bool("update", false, "rewrite golden files")

// cardResult scores an assessment for the score card tests.
func cardResult(t *testing.T, sys assess.System, answers map[int]checklist.Answer) *assess.Evaluation {
	t.Helper()
	a := assess.New(sys, "")
	a.Checklist.Answers = answers
	r, err := assess.DefaultEvaluator().Evaluate(t.Context(), a)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func allAnswers(ans checklist.Answer) map[int]checklist.Answer {
	m := map[int]checklist.Answer{}
	for _, it := range checklist.Builtin().Items {
		m[it.Number] = ans
	}
	return m
}

// TestScoreCardGolden pins the score card at 60 and 80 columns, in both
// languages (refresh with -update).
func TestScoreCardGolden(t *testing.T) {
	answers := allAnswers(checklist.Yes)
	answers[5], answers[7] = checklist.No, checklist.Unknown
	r := cardResult(t, assess.System{ID: "minwon-portal", Name: "민원포털", Agency: "행정안전부"}, answers)
	for _, lang := range []string{"en", "ko"} {
		for _, cols := range []int{60, 80} {
			name := fmt.Sprintf("scorecard-%s-%d.golden", lang, cols)
			t.Run(name, func(t *testing.T) {
				var out bytes.Buffer
				a := &app{io: &streams{Out: &out, OutCols: cols, Env: func(string) string { return "" }}, lang: lang}
				a.writeScoreCard(&out, checklist.Builtin(), r)
				golden(t, filepath.Join("testdata", name), out.Bytes())
			})
		}
	}
}

// golden compares got with the file at path, or rewrites it with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("differs from %s (run with -update to accept):\n%s", path, got)
	}
}

// TestScoreCardFitsTerminal: at every width the card is a closed box no
// wider than the terminal, lines have no trailing spaces, and the
// rationales are wrapped at word boundaries.
func TestScoreCardFitsTerminal(t *testing.T) {
	long := assess.System{ID: strings.Repeat("x", 64), Name: strings.Repeat("아주 긴 시스템 이름 ", 12), Agency: "행정안전부 디지털정부혁신실"}
	for _, lang := range []string{"en", "ko"} {
		for cols := 20; cols <= 140; cols += 7 {
			for _, sys := range []assess.System{{ID: "a"}, long} {
				var out bytes.Buffer
				a := &app{io: &streams{Out: &out, OutCols: cols, Env: func(string) string { return "" }}, lang: lang}
				a.writeScoreCard(&out, checklist.Builtin(), cardResult(t, sys, allAnswers(checklist.Yes)))
				limit := min(max(cols, minTextWidth), maxTextWidth)
				boxW := -1
				for i, line := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
					w := lipgloss.Width(line)
					if w > limit {
						t.Errorf("%s %d cols: line %d is %d wide: %q", lang, cols, i, w, line)
					}
					if strings.HasSuffix(line, " ") {
						t.Errorf("%s %d cols: trailing space on line %d: %q", lang, cols, i, line)
					}
					if strings.HasPrefix(line, "╭") || strings.HasPrefix(line, "│") || strings.HasPrefix(line, "╰") {
						if boxW < 0 {
							boxW = w
						}
						if w != boxW || !strings.ContainsAny(line[len(line)-3:], "╮│╯") {
							t.Errorf("%s %d cols: broken box line %d: %q", lang, cols, i, line)
						}
					}
				}
			}
		}
	}
}

// TestWordWrapKeepsWords: every text of the checklist, in both languages
// and at every width, wraps into lines that fit and keep each word whole
// (Korean words included) unless the word alone is wider than a line.
func TestWordWrapKeepsWords(t *testing.T) {
	var texts []string
	for _, it := range checklist.Builtin().Items {
		for _, tx := range []checklist.Text{it.Text, it.Help, it.Rationale} {
			texts = append(texts, tx.Ko, tx.En)
		}
	}
	texts = append(texts, "", "   ", strings.Repeat("가", 50), "a "+strings.Repeat("나", 30)+" b")
	for _, text := range texts {
		for width := 1; width <= 100; width++ {
			lines := wordWrap(text, width)
			longest := 0
			for _, w := range strings.Fields(text) {
				longest = max(longest, lipgloss.Width(w))
			}
			for _, l := range lines {
				if lipgloss.Width(l) > width && utf8.RuneCountInString(l) > 1 {
					t.Fatalf("width %d: line %q too wide", width, l)
				}
			}
			if longest <= width && !slices.Equal(strings.Fields(strings.Join(lines, " ")), strings.Fields(text)) {
				t.Fatalf("width %d: words changed:\n%q\n%q", width, lines, text)
			}
			if strings.Join(strings.Fields(strings.Join(lines, "")), "") != strings.Join(strings.Fields(text), "") {
				t.Fatalf("width %d: characters lost: %q", width, lines)
			}
		}
	}
}

// TestChecklistShowLayout: `checklist show` has no trailing spaces and
// fits the width, in both languages.
func TestChecklistShowLayout(t *testing.T) {
	for _, lang := range []string{"en", "ko"} {
		for _, cols := range []string{"60", "80", "200"} {
			s, stdout, stderr := testStreams("", map[string]string{"COLUMNS": cols})
			if code := Main([]string{"checklist", "show", "--lang", lang}, s); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			limit := min(atoiOr(cols, 80), maxTextWidth)
			for i, line := range strings.Split(stdout.String(), "\n") {
				if strings.HasSuffix(line, " ") {
					t.Errorf("%s %s: trailing space on line %d: %q", lang, cols, i+1, line)
				}
				if w := lipgloss.Width(line); w > limit {
					t.Errorf("%s %s: line %d is %d wide", lang, cols, i+1, w)
				}
			}
		}
	}
}

func atoiOr(s string, def int) int {
	var n int
	if _, err := fmt.Sscan(s, &n); err != nil {
		return def
	}
	return n
}

// TestViewsShowControls: a custom checklist and system fields with
// escape sequences reach neither the score card nor `checklist show` raw.
func TestViewsShowControls(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("../../templates/checklists/nia-2023.yaml")
	if err != nil {
		t.Fatal(err)
	}
	evil := strings.Replace(string(data), "정보시스템 자가진단 체크리스트", "정보시스템 \\e]0;pwned\\a 체크리스트", 1)
	if evil == string(data) {
		t.Fatal("title not found in the template")
	}
	evil = strings.Replace(evil, "ko: 안정적 서비스 운영", `ko: "안정적 \e[2J 서비스 운영"`, 1)
	if err := os.MkdirAll(filepath.Join(dir, "checklists"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "checklists", "nia-2023.yaml"), []byte(evil), 0o644); err != nil {
		t.Fatal(err)
	}
	s, stdout, stderr := testStreams("", nil)
	if code := Main([]string{"--templates", dir, "checklist", "show", "--lang", "ko"}, s); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if i := controlFree(stdout.String()); i >= 0 || !strings.Contains(stdout.String(), "^[[2J") {
		t.Errorf("checklist show: control at %d:\n%q", i, stdout)
	}
	var out bytes.Buffer
	a := &app{io: &streams{Out: &out, Env: func(string) string { return "" }}, lang: "ko"}
	cl, err := checklist.Load(strings.NewReader(evil), "evil.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r := cardResult(t, assess.System{ID: "a\x1b[31m", Name: "\x1b]0;x\a", Agency: "\u202e"}, allAnswers(checklist.Yes))
	a.writeScoreCard(&out, cl, r)
	if i := controlFree(out.String()); i >= 0 {
		t.Errorf("score card: control at %d:\n%q", i, out.String())
	}
}
