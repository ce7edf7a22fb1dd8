package report

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/assess/decision"
	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/inventory"
	"github.com/cnready/cnready/templates"
)

// base is the example's evaluation, made once: the fuzzer varies the text
// and the counts, not the scan.
var (
	baseOnce sync.Once
	base     assess.Result
)

// hostile builds an evaluation from fuzz input: its strings everywhere a
// name, note, table or requirement text can be, and as many contexts and
// requirements as asked (up to 300 and 200).
func hostile(t testing.TB, text string, contexts, reqs int, withInv bool) *assess.Evaluation {
	t.Helper()
	baseOnce.Do(func() { base = assess.DefaultEvaluator().File(context.Background(), exampleFile) })
	if base.Err != nil {
		t.Fatal(base.Err)
	}
	e := *base.Evaluation
	a := *e.Assessment
	e.Assessment = &a
	e.System = assess.System{ID: text, Name: strings.Repeat(text, 3), Agency: text}
	a.Checklist.Notes = map[int]string{1: text, 9: strings.Repeat(text+" ", 40)}
	d := e.Decision
	d.Strategy.Rationale = append([]string{text}, d.Strategy.Rationale...)
	d.Criteria = append([]decision.Criterion(nil), d.Criteria...)
	if len(d.Criteria) > 0 {
		d.Criteria[0].Evidence = append([]decision.Evidence{{Path: text, Line: 3, Why: text}}, d.Criteria[0].Evidence...)
	}
	d.Requirements = nil
	for i := range reqs {
		src := e.Decider.Catalogue.Requirements[i%len(e.Decider.Catalogue.Requirements)]
		d.Requirements = append(d.Requirements, decision.Selected{ID: src.ID, Category: src.Category, Title: text, Because: text,
			Evidence: []decision.Evidence{{Path: text, Why: text}}})
	}
	e.Decision = d
	if contexts == 0 {
		e.Contexts, e.Model = nil, nil
	} else {
		r := &decompose.Result{SharedTables: []string{text}}
		for i := range contexts {
			name := fmt.Sprintf("%s-%d", text, i)
			r.Contexts = append(r.Contexts, decompose.Context{Name: name, Label: text, Type: []string{decompose.Core, decompose.Supporting, decompose.Generic}[i%3],
				Tables: []string{text, name}, Functions: []string{text}})
			if i > 0 {
				r.Relationships = append(r.Relationships, decompose.Relationship{From: name, To: fmt.Sprintf("%s-%d", text, i-1), Kind: decompose.SharedKernel, Tables: []string{text}})
			}
		}
		e.Contexts = r
	}
	if !withInv {
		e.Inventory = nil
	} else {
		inv := &inventory.Inventory{Hosts: []inventory.Host{{Name: text}}}
		for i := range 30 {
			inv.Components = append(inv.Components, inventory.Component{ID: fmt.Sprint(i), Host: text, Tier: []inventory.Tier{"web", "was", "db", "external"}[i%4],
				Product: text, Version: text, Listen: []string{text}, Evidence: []inventory.Evidence{{Path: text, Line: i}}})
			if i > 0 {
				inv.Links = append(inv.Links, inventory.Link{From: fmt.Sprint(i - 1), To: fmt.Sprint(i), Protocol: text})
			}
		}
		e.Inventory = inv
	}
	return &e
}

// FuzzRender: any names, notes and texts — very long, emoji, control
// characters, invalid UTF-8 — and any number of contexts and requirements
// render as Markdown, HTML and JSON without a panic, and no raw control
// character or script reaches the HTML. FuzzRenderPDF does the same for the
// PDF, which is slower (fonts are parsed for every document).
func FuzzRender(f *testing.F) { fuzzRender(f, []string{"md", "html", "json"}) }

// FuzzRenderPDF: hostile evaluations render as PDF files that read back.
func FuzzRenderPDF(f *testing.F) { fuzzRender(f, []string{"pdf"}) }

func fuzzRender(f *testing.F, formats []string) {
	f.Add("민원포털", uint16(3), uint8(10), true)
	f.Add("😀👍🏽 emoji \U0001F600 and \u200d", uint16(0), uint8(0), false)
	f.Add("\x1b]0;pwned\a\x00\r\n\t<script>alert(1)</script>", uint16(300), uint8(200), true)
	f.Add(strings.Repeat("가나다라마바사아자차카타파하", 200), uint16(12), uint8(3), true)
	f.Add("\xff\xfe\xed\xa0\x80 bad utf8", uint16(1), uint8(1), false)
	p := prose(f, "ko")
	f.Fuzz(func(t *testing.T, text string, contexts uint16, reqs uint8, inv bool) {
		if len(text) > 4000 {
			text = text[:4000]
		}
		e := hostile(t, text, int(contexts%301), int(reqs)%201, inv)
		d := Plan(e, p, Options{Date: "2026-11-30", Version: "fuzz"})
		for _, format := range formats {
			var b bytes.Buffer
			if err := Write(&b, format, d, templates.Builtin()); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			out := b.Bytes()
			switch format {
			case "pdf":
				readPDF(t, out)
			case "html":
				for _, c := range out {
					if c < 0x20 && c != '\n' && c != '\t' {
						t.Fatalf("html carries control byte %#x", c)
					}
				}
				if bytes.Contains(out, []byte("<script")) {
					t.Fatal("html carries a script element")
				}
			case "json":
				if !json.Valid(out) {
					t.Fatal("invalid JSON")
				}
			}
		}
	})
}
