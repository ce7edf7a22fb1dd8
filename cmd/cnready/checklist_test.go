package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cnready/cnready/assess"
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
		{"retry bad input", "a4\n\n\nx\n9\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n", 10, 0, "recommended"},
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
