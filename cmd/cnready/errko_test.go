package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/cnready/cnready/assess"
)

// Every Korean template names only groups its pattern has, as ${n}: in
// "$2에" Go reads a group named "2에" and expands it to nothing.
func TestKoErrorsTemplates(t *testing.T) {
	group := regexp.MustCompile(`\$\{?(\w+)\}?`)
	for _, e := range koErrors {
		for _, m := range group.FindAllStringSubmatch(e.ko, -1) {
			if !strings.HasPrefix(m[0], "${") {
				t.Errorf("%q: write %s as ${...}", e.ko, m[0])
				continue
			}
			n := 0
			for _, c := range m[1] {
				n = n*10 + int(c-'0')
			}
			if n < 1 || n > e.re.NumSubexp() {
				t.Errorf("%q: group %s not in %s", e.ko, m[0], e.re)
			}
		}
	}
}

// The catalogue follows the messages the library really writes: each bad
// file below fails, and every line of its error comes out Korean.
func TestKoMessageCoversAssessErrors(t *testing.T) {
	head := "apiVersion: cnready/v1\nkind: Assessment\nsystem:\n  id: x\n"
	files := map[string]string{
		"empty":        "",
		"unknown key":  head + "  agnecy: y\n",
		"dup key":      head + "  id: y\n",
		"not mapping":  head + "checklist: [1]\n",
		"not string":   head + "  name: [a]\n",
		"api":          "apiVersion: v9\nkind: Assessment\nsystem: {id: x}\n",
		"kind":         "apiVersion: cnready/v1\nkind: Plan\nsystem: {id: x}\n",
		"no api":       "kind: Assessment\nsystem: {id: x}\n",
		"no id":        "apiVersion: cnready/v1\nkind: Assessment\nsystem: {name: x}\n",
		"empty id":     "apiVersion: cnready/v1\nkind: Assessment\nsystem: {id: ''}\n",
		"item range":   head + "checklist:\n  answers: {11: Y}\n",
		"item key":     head + "checklist:\n  answers: {one: Y}\n",
		"bad answer":   head + "checklist:\n  answers: {1: maybe}\n",
		"answer list":  head + "checklist:\n  answers: [Y]\n",
		"notes list":   head + "checklist:\n  notes: [a]\n",
		"twice":        head + "checklist:\n  answers: {1: Y, 01: N}\n",
		"checklist":    head + "checklist:\n  id: nope\n",
		"indent":       head + "  name: a\n   agency: b\n",
		"colon":        head + "  name: a: b\n",
		"tab":          head + "\tname: a\n",
		"dash":         "apiVersion: cnready/v1\nkind: Assessment\nsystem: {id: x}\nitems:\n  - a\n b\n",
		"escape":       head + "  name: \"C:\\q\"\n",
		"unclosed":     head + "  name: \"abc\n",
		"latin1":       head + "  name: caf\xe9\n",
		"tables twice": head + "decomposition:\n  tables: [{name: A}, {name: A}]\n",
		"no table":     head + "decomposition:\n  functions: [{id: f}]\n",
	}
	dir := t.TempDir()
	ev, err := assess.NewEvaluator(assess.Config{})
	if err != nil {
		t.Fatal(err)
	}
	english := regexp.MustCompile(`\b(is|are|must|not|missing|unknown|duplicate|empty|found|could|did|declared|answered|cannot|larger|over)\b`)
	for name, body := range files {
		p := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".yaml")
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		r := ev.File(context.Background(), p)
		if r.Err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		for _, line := range strings.Split(koMessage(r.Err.Error()), "\n") {
			msg := strings.TrimPrefix(line, p)
			if english.MatchString(msg) || !strings.ContainsFunc(msg, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) {
				t.Errorf("%s: not translated: %s", name, line)
			}
			if !strings.HasPrefix(line, p+":") {
				t.Errorf("%s: lost its file:line: %s", name, line)
			}
		}
	}
	// Files that are not there or not regular, as the batch meets them.
	for _, p := range []string{filepath.Join(dir, "missing.yaml"), dir} {
		r := ev.File(context.Background(), p)
		if ko := koMessage(r.Err.Error()); english.MatchString(strings.TrimPrefix(ko, p)) {
			t.Errorf("not translated: %s", ko)
		}
	}
}

func TestKoMessageLeavesUnknownEnglish(t *testing.T) {
	in := "a.yaml:3: something new happened\nb.yaml:1: empty file"
	want := "a.yaml:3: something new happened\nb.yaml:1: 빈 파일입니다"
	if got := koMessage(in); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	a := &app{lang: "ko"}
	if got := a.errLine(errors.Join(errors.New("x.yaml:1: empty file"), errors.New("x.yaml:2: \x1b]0;t\a"))); strings.ContainsAny(got, "\x1b\a\n") {
		t.Errorf("errLine kept control characters or newlines: %q", got)
	}
}
