package decision

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/jsonw"
)

// lazyDiffers decides in lazily and tells how the result differs from
// want, the decision made in full: its JSON (compact, cut at the input's
// evidence, and indented), its headline and its filled decision.
func lazyDiffers(d *Decider, in *Input, lang string, want Decision) string {
	l := d.DecideLazy(in, lang)
	w := jsonw.New("", "")
	l.WriteJSON(w)
	if g, w := string(w.Bytes()), jsonOf(want); g != w {
		return fmt.Sprintf("lazy JSON\n%s\nfull\n%s", g, w)
	}
	ind, indWant := jsonw.New("", "  "), jsonw.New("", "  ")
	l.WriteJSON(ind)
	want.WriteJSON(indWant)
	if !bytes.Equal(ind.Bytes(), indWant.Bytes()) {
		return fmt.Sprintf("lazy indented JSON\n%s\nfull\n%s", ind.Bytes(), indWant.Bytes())
	}
	if g, w := l.Headline(), want.Headline(); g != w {
		return fmt.Sprintf("lazy headline %+v, full %+v", g, w)
	}
	if g := l.Decision(); !reflect.DeepEqual(bare(g), want) {
		return fmt.Sprintf("lazy decision\n%+v\nfull\n%+v", g, want)
	}
	return ""
}

// The input's evidence goes into the template's JSON written as the full
// decision writes it, whatever the file is called: names that JSON
// escapes (quotes, backslashes, control characters, invalid UTF-8,
// U+2028), Hangul, and one spelling the reference marker itself.
func TestLazyJSONEscapesTheInput(t *testing.T) {
	d := testDecider(t)
	cl := checklist.Builtin()
	r := rand.New(rand.NewPCG(5, 6))
	names := []string{`a"b.yaml`, `c:\진단\d.yaml`, "tab\there.yaml", "bad\xffutf8.yaml", "line\u2028sep.yaml",
		"정보시스템/민원.yaml", refPath, `{"path":"\u0000cnready:input-evidence","line":7,"why":""}`}
	for n := range 400 {
		in := randomInput(r, cl)
		in.File = names[n%len(names)]
		lang := []string{"ko", "en"}[n%2]
		if msg := lazyDiffers(d, in, lang, full(d, in, lang)); msg != "" {
			t.Fatalf("%q: %s", in.File, msg)
		}
	}
}

// An input that is not replayed (an inventory, an explanation) is decided
// in full, and the lazy decision is that one.
func TestLazyOfFullDecision(t *testing.T) {
	d := testDecider(t)
	for _, in := range []*Input{
		func() *Input { in := input(seedAnswers); in.Inventory = threeTier(2, true); return in }(),
		func() *Input { in := input(seedAnswers); in.Explain = true; return in }(),
	} {
		if l := d.DecideLazy(in, "ko"); l.t != nil {
			t.Fatal("replayed")
		}
		if msg := lazyDiffers(d, in, "ko", full(d, in, "ko")); msg != "" {
			t.Error(msg)
		}
	}
}

// cutHoles finds each reference, and the text between them is kept whole.
func TestCutHoles(t *testing.T) {
	ref := refJSON()
	mk := func(id int) string { return string(ref[0]) + fmt.Sprint(id) + string(ref[1]) }
	b := `{"a":[` + mk(1003) + `,` + mk(7) + `],"b":` + mk(12) + `}`
	got := cutHoles([]byte(b))
	want := []hole{{json: []byte(`{"a":[`)}, {ref: 1003, json: []byte(`,`)}, {ref: 7, json: []byte(`],"b":`)}, {ref: 12, json: []byte(`}`)}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v", got)
	}
	if got := cutHoles([]byte(`{"x":1}`)); len(got) != 1 || string(got[0].json) != `{"x":1}` {
		t.Errorf("no reference: %+v", got)
	}
}

// BenchmarkDecideLazyVaried is BenchmarkDecideVaried written as JSON
// without filling, as `assess --format json` writes a folder.
func BenchmarkDecideLazyVaried(b *testing.B) {
	w := jsonw.New("", "")
	benchVaried(b, func(d *Decider, in *Input) {
		l := d.DecideLazy(in, "ko")
		w.Reset()
		l.WriteJSON(w)
	})
}

// BenchmarkDecideFilledJSONVaried is BenchmarkDecideLazyVaried with the
// decision filled first, as a caller holding the Decision writes it.
func BenchmarkDecideFilledJSONVaried(b *testing.B) {
	w := jsonw.New("", "")
	benchVaried(b, func(d *Decider, in *Input) {
		dec := d.Decide(in, "ko")
		w.Reset()
		dec.WriteJSON(w)
	})
}

// Templates share their requirement entries' JSON: hundreds of templates
// write a few hundred distinct entries, and an entry citing more than
// references is written in full, not kept.
func TestEntryCacheShares(t *testing.T) {
	d := testDecider(t)
	cl := checklist.Builtin()
	r := rand.New(rand.NewPCG(11, 12))
	w := jsonw.New("", "")
	written := 0
	for range 3000 {
		l := d.DecideLazy(randomInput(r, cl), "ko")
		if l.t == nil {
			t.Fatal("not replayed")
		}
		w.Reset()
		l.WriteJSON(w)
	}
	for _, root := range d.replays.roots {
		for _, g := range root.groups {
			for _, cs := range g.m {
				for _, c := range cs {
					written += len(c.t.dec.Requirements)
				}
			}
		}
	}
	c := d.replays.entries
	if n := len(c.m); n == 0 || n*10 > written {
		t.Errorf("%d entries kept for %d written", n, written)
	}
	sel := Selected{ID: "X-001", Category: "SFR", Title: "제목", Because: "이유", Evidence: []Evidence{{Path: "a.yaml", Line: 3, Why: "근거"}}}
	before := len(c.m)
	w.Reset()
	c.write(w, &sel)
	want := jsonw.New("", "")
	writeRequirement(want, &sel)
	if string(w.Bytes()) != string(want.Bytes()) || len(c.m) != before {
		t.Errorf("entry with file evidence: %s (kept: %v)", w.Bytes(), len(c.m) != before)
	}
}

// A replayed decision written lazily is the full decision written, in JSON
// and in YAML, whatever the file is called, the answers are and the
// system's text says: file names and texts come from users.
func FuzzLazyWriters(f *testing.F) {
	f.Add("sys-00001.yaml", uint32(0x5a5a5), "민원포털 폐지 예정")
	f.Add("a\"b\\c\n.yaml", uint32(0xfffff), "Retiring PAYROLL")
	f.Add("", uint32(0), "")
	var d *Decider
	f.Fuzz(func(t *testing.T, file string, sheet uint32, text string) {
		if d == nil {
			d = testDecider(t)
		}
		cl := checklist.Builtin()
		a, lines := map[int]checklist.Answer{}, map[int]int{}
		for i, it := range cl.Items {
			switch sheet >> (2 * i) & 3 {
			case 1:
				a[it.Number] = checklist.Yes
			case 2:
				a[it.Number] = checklist.No
			case 3:
				a[it.Number] = checklist.Unknown
			}
			if sheet>>(20+i%12)&1 == 0 {
				lines[it.Number] = 4 + i
			}
		}
		in := &Input{File: file, Checklist: cl, Answers: a, AnswerLines: lines, ChecklistLine: 3,
			Score: cl.Score(a), SystemText: text, Now: now}
		if file == "" {
			return // not replayed: in-memory answers decide in full
		}
		for _, lang := range []string{"ko", "en"} {
			want := full(d, in, lang)
			if msg := lazyDiffers(d, in, lang, want); msg != "" {
				t.Fatal(msg)
			}
			l := d.DecideLazy(in, lang)
			if g, w := string(l.AppendYAML(nil, 4)), yamlOf(t, want); g != w {
				t.Fatalf("lazy YAML\n%s\nyaml.v3\n%s", g, w)
			}
		}
	})
}
