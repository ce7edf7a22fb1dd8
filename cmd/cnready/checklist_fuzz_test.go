package main

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cnready/cnready/checklist"
)

// FuzzAccessibleQuestionnaire feeds the line prompts arbitrary input.
func FuzzAccessibleQuestionnaire(f *testing.F) {
	for _, seed := range []string{
		"",
		"x\ny\nz\nabc\n",
		"x\ny\nz\n1\n7\n",
		"minwon\n민원포털\n행정안전부\n1\n1\n1\n1\n2\n1\n1\n1\n1\n1\n",
		"\ufeffa\r\nb\r\nc\r\n1\r\n2\r\n3\r\ny\r\nn\r\n?\r\n예\r\n아니오\r\n모름\r\nyes",
		"\n\n\n",
		"민원포털\n\x1b]0;pwned\x07\n\x00\n-1\n0\n4\n" + strings.Repeat("9", 5000) + "\n1\n",
		strings.Repeat("abc\n", 150),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, input string) { checkQuestionnaireInput(t, input) })
}

// TestAccessibleQuestionnaireRandomLines is the fuzz property over random
// lines drawn from answers, near misses and hostile text, so that every
// `go test` run covers many shapes of input.
func TestAccessibleQuestionnaireRandomLines(t *testing.T) {
	words := []string{"1", "2", "3", " 1 ", "y", "N", "예", "모름", "?", "", " ", "abc", "7", "0", "-1", "1.0", "１",
		"민원포털", "a b", "a/b", "..", "\x1b[2J", "\x00", "\r", "\t", "\u202e", "\xff\xfe", strings.Repeat("가", 300)}
	rng := rand.New(rand.NewPCG(1, 2))
	n := 300
	if testing.Short() {
		n = 50
	}
	for range n {
		lines := make([]string, rng.IntN(20))
		for i := range lines {
			lines[i] = words[rng.IntN(len(words))]
		}
		input := strings.Join(lines, "\n")
		if rng.IntN(2) == 0 && input != "" {
			input += "\n"
		}
		checkQuestionnaireInput(t, input)
	}
}

// checkQuestionnaireInput runs `checklist --accessible` on input: it never
// panics and exits 0 with a complete Assessment and no draft, or 1 with
// one error line on standard error, no Assessment, and at most a draft
// that decodes. Nothing it prints carries a raw control character.
func checkQuestionnaireInput(t *testing.T, input string) {
	t.Helper()
	dir := t.TempDir()
	out := filepath.Join(dir, "out.yaml")
	draft := filepath.Join(dir, "out.draft.yaml")
	s, stdout, stderr := testStreams(input, nil)
	code := run(context.Background(), []string{"checklist", "--accessible", "-o", out, "--format", "json"}, s)
	for name, text := range map[string]string{"stdout": stdout.String(), "stderr": stderr.String()} {
		if i := controlFree(text); i >= 0 {
			t.Fatalf("input %q: raw control character in %s at %d: %q", input, name, i, text)
		}
	}
	switch code {
	case exitOK:
		a := decodeFile(t, out)
		if len(a.Checklist.Answers) != len(checklist.Builtin().Items) {
			t.Fatalf("input %q: %d answers saved", input, len(a.Checklist.Answers))
		}
		if _, err := os.Stat(draft); err == nil {
			t.Fatalf("input %q: draft left beside a finished assessment", input)
		}
		if !strings.Contains(stdout.String(), `"verdict"`) {
			t.Fatalf("input %q: no result on stdout", input)
		}
	case exitFailed:
		lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
		last := lines[len(lines)-1]
		if !strings.HasPrefix(last, "cnready: ") || !(strings.Contains(last, "line ") || strings.Contains(last, "standard input")) {
			t.Fatalf("input %q: last stderr line %q", input, last)
		}
		if _, err := os.Stat(out); err == nil {
			t.Fatalf("input %q: assessment written although input failed", input)
		}
		if _, err := os.Stat(draft); err == nil {
			decodeFile(t, draft)
		}
	default:
		t.Fatalf("input %q: exit %d\n%s", input, code, stderr)
	}
}
