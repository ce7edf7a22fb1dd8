package main

import (
	"bytes"
	"context"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/checklist"
)

// testStreams returns streams with scripted input and a fixed environment.
func testStreams(in string, env map[string]string) (*streams, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &streams{In: strings.NewReader(in), Out: &out, Err: &errb,
		Env: func(k string) string { return env[k] }}, &out, &errb
}

func TestQuestionnaireScripted(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		input   string
		yes     int
		unknown int
		verdict string
	}{
		{"all yes", "a1\n이름\n기관\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n", 10, 0, "recommended"},
		{"five yes one unknown", "a2\n\n\n1\n1\n1\n1\n1\n3\n2\n2\n2\n2\n", 5, 1, "undetermined"},
		{"no", "a3\n\n\n2\n2\n2\n2\n2\n2\n2\n2\n2\n2\n", 0, 0, "not-recommended"},
		{"spelled answers", "a5\n\n\ny\nN\n예\n아니오\n?\n모름\nyes\nno\nY\r\nn", 4, 2, "undetermined"},
		{"retry bad input", "a4\n\n\nabc\n9\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n", 10, 0, "recommended"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, tt.name+".yaml")
			s, stdout, stderr := testStreams(tt.input, map[string]string{"LANG": "ko_KR.UTF-8"})
			code := Main([]string{"checklist", "--accessible", "-o", out, "--format", "json"}, s)
			if code != 0 {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			if !strings.Contains(stdout.String(), `"verdict": "`+tt.verdict+`"`) {
				t.Errorf("stdout lacks verdict %s:\n%s", tt.verdict, stdout)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			a, err := assess.DecodeBytes(data, out, assess.DefaultEvaluator().Checklists)
			if err != nil {
				t.Fatalf("saved file does not decode: %v\n%s", err, data)
			}
			r, err := assess.DefaultEvaluator().Evaluate(t.Context(), a)
			if err != nil {
				t.Fatal(err)
			}
			if r.Checklist.Yes != tt.yes || r.Checklist.Unknown != tt.unknown || string(r.Checklist.Verdict) != tt.verdict {
				t.Errorf("saved score %+v", r.Checklist)
			}
			// Prompts go to stderr in Korean; stdout holds only the result.
			if !strings.Contains(stderr.String(), "초기개발비") || strings.Contains(stdout.String(), "초기개발비") {
				t.Errorf("prompts in the wrong stream")
			}
		})
	}
}

func TestQuestionnaireRefusesNonTerminal(t *testing.T) {
	s, _, stderr := testStreams("a\n", map[string]string{})
	if code := Main([]string{"checklist"}, s); code != exitUsage {
		t.Fatalf("exit %d, want %d", code, exitUsage)
	}
	if !strings.Contains(stderr.String(), "--accessible") || !strings.Contains(stderr.String(), "assess") {
		t.Errorf("message should name --accessible and assess: %s", stderr)
	}
}

func TestLangFromLocale(t *testing.T) {
	for _, tt := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"LANG": "ko_KR.UTF-8"}, "ko"},
		{map[string]string{"LANG": "en_US.UTF-8"}, "en"},
		{map[string]string{"LC_ALL": "ko_KR.eucKR", "LANG": "en_US"}, "ko"},
		{map[string]string{"LC_ALL": "C", "LANG": "ko_KR"}, "en"},
		{map[string]string{}, "en"},
	} {
		if got := langFromLocale(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("%v: %s, want %s", tt.env, got, tt.want)
		}
	}
}

func TestExitCodes(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want int
	}{
		{[]string{"version"}, exitOK},
		{[]string{"--bogus"}, exitUsage},
		{[]string{"nosuchcommand"}, exitUsage},
		{[]string{"--lang", "fr", "version"}, exitUsage},
		{[]string{"version", "--format", "xml"}, exitUsage},
		{[]string{"assess", "/nonexistent/x.yaml"}, exitFailed},
	} {
		s, _, stderr := testStreams("", map[string]string{})
		if got := Main(tt.args, s); got != tt.want {
			t.Errorf("%v: exit %d, want %d (%s)", tt.args, got, tt.want, stderr)
		}
	}
}

// pacedKeys hands the form one key (or pasted run) per Read, a little apart:
// huh moves between fields and groups through commands that run after the
// key, so keys sent at once would land on the wrong field.
type pacedKeys struct{ keys []string }

func (p *pacedKeys) Read(b []byte) (int, error) {
	if len(p.keys) == 0 {
		return 0, io.EOF
	}
	time.Sleep(50 * time.Millisecond)
	n := copy(b, p.keys[0])
	p.keys[0] = p.keys[0][n:]
	if p.keys[0] == "" {
		p.keys = p.keys[1:]
	}
	return n, nil
}

// TestQuestionnaireFormDrafts drives the full-screen form with keys: Ctrl-C
// on the empty first screen saves nothing; later, only the answers given
// are kept, and items never reached stay absent (not "?").
func TestQuestionnaireFormDrafts(t *testing.T) {
	const enter, ctrlC, esc, right, left = "\r", "\x03", "\x1b", "\x1b[C", "\x1b[D"
	tests := []struct {
		name    string
		keys    []string
		draft   string // file expected, "" for none
		answers map[int]string
	}{
		{"ctrl-c at once", []string{ctrlC}, "", nil},
		{"esc at once", []string{esc}, "", nil},
		{"typed then erased", []string{"ab", "\x7f", "\x7f", ctrlC}, "", nil},
		{"id typed", []string{"abc", ctrlC}, "abc.draft.yaml", map[int]string{}},
		{"one item", []string{"abc", enter, enter, enter, enter, ctrlC}, "abc.draft.yaml", map[int]string{1: "?"}},
		{"two items", []string{"abc", enter, enter, enter, right, enter, left, enter, ctrlC}, "abc.draft.yaml", map[int]string{1: "Y", 2: "N"}},
		{"moved, not chosen", []string{"abc", enter, enter, enter, right, enter, right, ctrlC}, "abc.draft.yaml", map[int]string{1: "Y"}},
		// "/" starts no filter: the keys are ignored and the cursor's
		// answer (what the screen shows) is recorded.
		{"slash n", []string{"abc", enter, enter, enter, "/", "n", enter, ctrlC}, "abc.draft.yaml", map[int]string{1: "?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			s, _, stderr := testStreams("", map[string]string{"TERM": "xterm"})
			s.In, s.InTTY = &pacedKeys{keys: slices.Clone(tt.keys)}, true
			if code := run(t.Context(), []string{"checklist", "--lang", "ko"}, s); code != exitInterrupted {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			files, _ := filepath.Glob("*")
			if tt.draft == "" {
				if len(files) != 0 {
					t.Fatalf("wrote %v", files)
				}
				if !strings.Contains(stderr.String(), "답변이 없어 아무것도 저장하지 않았습니다") {
					t.Errorf("stderr does not say nothing was saved:\n%q", stderr)
				}
				return
			}
			if len(files) != 1 || files[0] != tt.draft {
				t.Fatalf("files %v, want %s", files, tt.draft)
			}
			a := decodeFile(t, tt.draft)
			got := map[int]string{}
			for n, ans := range a.Checklist.Answers {
				got[n] = ans.String()
			}
			if !maps.Equal(got, tt.answers) {
				t.Errorf("draft answers %v, want %v", got, tt.answers)
			}
		})
	}
}

// decodeFile reads an Assessment the questionnaire wrote.
func decodeFile(t *testing.T, path string) *assess.Assessment {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := assess.DecodeBytes(data, path, assess.DefaultEvaluator().Checklists)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	return a
}

// TestSelectHasNoFilter: the "/" filter of huh's select recorded the wrong
// answer on inline selects; the form's key map has none.
func TestSelectHasNoFilter(t *testing.T) {
	a := &app{io: &streams{Env: func(string) string { return "" }}, lang: "ko"}
	cl := checklist.Builtin()
	q := &questionnaire{a: a, cl: cl, sheet: newSheet(cl, assess.New(assess.System{}, "")), index: map[int]int{}, checkID: a.checkSystemID}
	form := a.questionnaireForm(q)
	for _, b := range form.KeyBinds() {
		for _, k := range b.Keys() {
			if k == "/" {
				t.Errorf("key %q bound (%s)", k, b.Help().Desc)
			}
		}
	}
}

// syncBuffer is a bytes.Buffer safe to read while a command writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestQuestionnaireInterruptLines: Ctrl-C (the context cancelled) while the
// line prompts wait for input keeps what was answered, or nothing when
// nothing was, and exits 130 at once.
func TestQuestionnaireInterruptLines(t *testing.T) {
	for _, tt := range []struct {
		name, typed, draft string
		prompts            int // "Enter 1, 2 or 3" prompts shown once the typed lines are read
	}{
		{"nothing typed", "", "", 0},
		{"two answers", "kb\n국민\n\n1\n2\n", "kb.draft.yaml", 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			pr, pw := io.Pipe()
			defer pw.Close()
			var stderr syncBuffer
			s := &streams{In: pr, Out: io.Discard, Err: &stderr, Env: func(string) string { return "" }}
			ctx, cancel := context.WithCancel(t.Context())
			done := make(chan int, 1)
			go func() { done <- run(ctx, []string{"checklist", "--accessible"}, s) }()
			// Even when the test fails, the command ends before the
			// test's folder is left.
			defer func() { cancel(); <-done }()
			go io.WriteString(pw, tt.typed)
			// Wait until the prompt after the typed lines shows.
			for deadline := time.Now().Add(5 * time.Second); !strings.HasSuffix(stderr.String(), ": ") ||
				strings.Count(stderr.String(), "Enter 1, 2 or 3") < tt.prompts; {
				if time.Now().After(deadline) {
					t.Fatalf("prompts: %q", stderr.String())
				}
				time.Sleep(5 * time.Millisecond)
			}
			cancel()
			select {
			case code := <-done:
				done <- code // for the deferred wait
				if code != exitInterrupted {
					t.Fatalf("exit %d\n%s", code, stderr.String())
				}
			case <-time.After(5 * time.Second):
				t.Fatal("no exit after Ctrl-C")
			}
			files, _ := filepath.Glob("*")
			if tt.draft == "" {
				if len(files) != 0 {
					t.Errorf("wrote %v", files)
				}
				return
			}
			a := decodeFile(t, tt.draft)
			if a.System.Name != "국민" || len(a.Checklist.Answers) != 2 || a.Checklist.Answers[2] != checklist.No {
				t.Errorf("draft %+v", a)
			}
		})
	}
}

// TestFormFitsSmallTerminal: at 60×20 the form's view fits the screen with
// its top lines in view: the checklist's title on the first screen, the
// goal and the focused question's first line on the next. huh v1.0.0 made
// each view one line taller than the terminal, so the top line was lost.
func TestFormFitsSmallTerminal(t *testing.T) {
	for _, lang := range []string{"en", "ko"} {
		a := &app{io: &streams{Env: func(string) string { return "" }}, lang: lang}
		cl := checklist.Builtin()
		q := &questionnaire{a: a, cl: cl, sheet: newSheet(cl, assess.New(assess.System{ID: "x"}, "")), index: map[int]int{}, checkID: a.checkSystemID}
		for i, it := range cl.Items {
			q.index[it.Number] = i
		}
		form := a.questionnaireForm(q)
		form.Init()
		var m tea.Model = fittedForm{form}
		for screen, want := range [][]string{
			{cl.Title.In(lang), a.msg("System id", "시스템 ID")},
			{"1/4  " + cl.Goals[0].Name.In(lang), "1. " + strings.Fields(cl.Items[0].Text.In(lang))[0]},
		} {
			if screen == 1 {
				form.NextGroup()
			}
			m, _ = m.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
			view := m.View()
			lines := strings.Split(view, "\n")
			if len(lines) > 20 {
				t.Errorf("%s screen %d: %d lines for 20 rows", lang, screen, len(lines))
			}
			top := strings.Join(lines[:min(len(lines), 4)], "\n")
			for _, w := range want {
				if !strings.Contains(top, w) {
					t.Errorf("%s screen %d: %q not at the top:\n%s", lang, screen, w, view)
				}
			}
		}
	}
}

// TestValidationMessagesFollowLang: the checks the form and the line
// prompts share speak Korean under --lang ko, and a Korean id is allowed.
func TestValidationMessagesFollowLang(t *testing.T) {
	hangul := func(s string) bool {
		for _, r := range s {
			if r >= 0xac00 && r <= 0xd7a3 {
				return true
			}
		}
		return false
	}
	for _, lang := range []string{"en", "ko"} {
		a := &app{lang: lang}
		for _, id := range []string{"민원포털", "minwon-portal", "a1.b_c", "세종-lib2", strings.Repeat("가", maxIDRunes)} {
			if err := a.checkSystemID(id); err != nil {
				t.Errorf("%s: id %q refused: %v", lang, id, err)
			}
		}
		bad := []error{
			a.checkSystemID(""), a.checkSystemID("a b"), a.checkSystemID("-a"), a.checkSystemID("a/b"),
			a.checkSystemID("x\x1b[2J"), a.checkSystemID(strings.Repeat("가", maxIDRunes+1)),
			a.checkText("a\x1b]0;x\a"), a.checkText("\xff"), a.checkText(strings.Repeat("a", maxTextRunes+1)),
			a.invalidChoice("abc"), a.invalidChoice(""),
		}
		for i, err := range bad {
			switch {
			case err == nil:
				t.Errorf("%s: case %d accepted", lang, i)
			case lang == "ko" && !hangul(err.Error()):
				t.Errorf("ko: case %d in English: %v", i, err)
			case lang == "en" && hangul(err.Error()):
				t.Errorf("en: case %d in Korean: %v", i, err)
			case controlFree(err.Error()) >= 0:
				t.Errorf("%s: case %d shows a raw control: %q", lang, i, err)
			}
		}
	}
}

// TestDraftOutput: a draft's recorded -o is taken relative to the draft,
// and only as a relative path of plain text.
func TestDraftOutput(t *testing.T) {
	for _, tt := range []struct{ draft, header, want string }{
		{"out/a.draft.yaml", "# output: a.yml", filepath.Join("out", "a.yml")},
		{"a.draft.yaml", "# output: ../b/a.yaml", filepath.Join("..", "b", "a.yaml")},
		{"a.draft.yaml", "# output: /etc/passwd", ""},
		{"a.draft.yaml", "# output: a\x1b.yaml", ""},
		{"a.draft.yaml", "# something else", ""},
		{"a.draft.yaml", "apiVersion: x\n# output: a.yaml", ""},
	} {
		if got := draftOutput(tt.draft, []byte("# cnready checklist draft\n"+tt.header+"\n")); got != tt.want {
			t.Errorf("%s %q: %q, want %q", tt.draft, tt.header, got, tt.want)
		}
	}
}
