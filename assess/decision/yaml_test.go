package decision

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cnready/cnready/checklist"
	"gopkg.in/yaml.v3"
)

// yamlOf writes dec as yaml.v3 writes it inside a batch element (keys at
// column 4), the text AppendYAML must give.
func yamlOf(t testing.TB, dec Decision) string {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode([]map[string]Decision{{"decision": dec}}); err != nil {
		t.Fatal(err)
	}
	_ = enc.Close()
	s, ok := strings.CutPrefix(b.String(), "- decision:\n")
	if !ok {
		t.Fatalf("unexpected YAML %q", b.String())
	}
	return s
}

// yamlDiffers tells how dec written by hand, and lazily, differs from
// yaml.v3's writing.
func yamlDiffers(t testing.TB, d *Decider, in *Input, lang string, want Decision) string {
	w := yamlOf(t, want)
	if g := string(want.AppendYAML(nil, 4)); g != w {
		return fmt.Sprintf("AppendYAML\n%s\nyaml.v3\n%s", g, w)
	}
	l := d.DecideLazy(in, lang)
	if g := string(l.AppendYAML(nil, 4)); g != w {
		return fmt.Sprintf("lazy AppendYAML\n%s\nyaml.v3\n%s", g, w)
	}
	// Another column: the template's YAML is made for 4 alone.
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	_ = enc.Encode(map[string]Decision{"decision": want})
	_ = enc.Close()
	if g := "decision:\n" + string(l.AppendYAML(nil, 2)); g != b.String() {
		return fmt.Sprintf("lazy AppendYAML at 2\n%s\nyaml.v3\n%s", g, b.String())
	}
	return ""
}

func TestYAMLMatchesYAMLv3(t *testing.T) {
	d := testDecider(t)
	cl := checklist.Builtin()
	r := rand.New(rand.NewPCG(21, 22))
	names := []string{"sys-00001.yaml", `a"b.yaml`, "yes", "7", "line\nbreak.yaml", "  lead.yaml", "정보시스템/민원.yaml", "x: y.yaml", "- dash", "bad\xffutf8", "blank\n\nline.yaml", "trail\n"}
	for n := range 1500 {
		in := randomInput(r, cl)
		if n%3 == 0 {
			in.File = names[(n/3)%len(names)]
		}
		lang := []string{"ko", "en"}[n%2]
		if msg := yamlDiffers(t, d, in, lang, full(d, in, lang)); msg != "" {
			t.Fatalf("input %d (%q): %s", n, in.File, msg)
		}
	}
	// Full decisions: an inventory, a decomposition, both, explained.
	for _, in := range fullInputs() {
		for _, lang := range []string{"ko", "en"} {
			if msg := yamlDiffers(t, d, in, lang, full(d, in, lang)); msg != "" {
				t.Fatalf("%s: %s", lang, msg)
			}
		}
	}
}

// fullInputs are inputs decided in full: an inventory (with a product
// past its support), a decomposition, both, and explained.
func fullInputs() []*Input {
	var ins []*Input
	inv := input(seedAnswers)
	inv.Inventory = threeTier(1, false)
	inv.Inventory.Components[1].Product, inv.Inventory.Components[1].Version = "tomcat", "8.5.51"
	ins = append(ins, inv)
	good, model := contexts(5, 40, 0.55, 0.05, 1)
	dec := input("YYNYNYYNYN")
	dec.Contexts, dec.Model = good, model
	ins = append(ins, dec)
	both := input(seedAnswers)
	both.Contexts, both.Model, both.Inventory = good, model, threeTier(2, true)
	ins = append(ins, both)
	ex := input("NNNNNNNNYN")
	ex.Explain = true
	ex.File = "multi\nline: file.yaml"
	ins = append(ins, ex)
	return ins
}

// plainYAML says plain only where yaml.v3 writes the string as it is.
func FuzzPlainYAML(f *testing.F) {
	for _, s := range []string{"sys-00001.yaml", "yes", "No", "ON", "null", "y", "정보시스템.yaml", "a/b/c.yaml", "e5", "Inf",
		"nan", "a-", "a.", "a..b", "x_1", "한", "가-1", "a\u3000b", "a:b", "a#b", "-a", ".a", "1a", "true", "False", "~"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !plainYAML(s) {
			return
		}
		var b bytes.Buffer
		enc := yaml.NewEncoder(&b)
		enc.SetIndent(2)
		if err := enc.Encode(map[string]string{"k": s}); err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSuffix(strings.TrimPrefix(b.String(), "k: "), "\n"); got != s {
			t.Errorf("%q: yaml.v3 writes %q", s, got)
		}
	})
}
