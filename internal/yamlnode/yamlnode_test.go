package yamlnode

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

type text struct {
	Ko string `yaml:"ko"`
	En string `yaml:"en,omitempty"`
}

type base struct {
	ID string `yaml:"id"`
}

type doc struct {
	base   `yaml:",inline"`
	Title  text            `yaml:"title"`
	Items  []item          `yaml:"items"`
	ByName map[string]item `yaml:"by_name,omitempty"`
	Raw    yaml.Node       `yaml:"raw,omitempty"`
	Skip   string          `yaml:"-"`
	Plain  int
}

type item struct {
	Number int  `yaml:"number"`
	Text   text `yaml:"text"`
}

type withExtras struct {
	Name   string         `yaml:"name"`
	Extras map[string]any `yaml:",inline"`
}

func TestInto(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string // substrings of the error; none: success
	}{
		{"good", "id: a\ntitle: {ko: 가}\nitems:\n  - number: 1\n    text: {ko: x}\nplain: 3\nraw: [any, {thing: 1}]\n", nil},
		{"unknown top key", "id: a\ntitel: {ko: 가}\n", []string{`f.yaml:2: unknown key "titel" in doc (known: by_name, id, items, plain, raw, title)`}},
		{"unknown nested key", "id: a\nitems:\n  - number: 1\n    txt: {ko: x}\n", []string{`f.yaml:4: unknown key "txt" in doc.items[0]`}},
		{"unknown key in map value", "by_name:\n  a:\n    number: 1\n    colour: red\n", []string{`f.yaml:4: unknown key "colour" in doc.by_name.a`}},
		{"all problems", "idd: a\nitems:\n  - numbr: 1\n", []string{"f.yaml:1:", "f.yaml:3:"}},
		{"duplicate key", "id: a\nid: b\n", []string{"f.yaml:2:", "id"}},
		{"type error has its line", "id: a\nitems:\n  - number: one\n", []string{"f.yaml:3:", "cannot unmarshal"}},
		{"skipped field is unknown", "Skip: x\n", []string{`unknown key "Skip"`}},
		{"alias followed", "x: &a {number: 1, bad: 2}\nitems: [*a]\n", []string{`unknown key "x"`, `unknown key "bad"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root, err := Parse("f.yaml", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			d := &Decoder{Name: "f.yaml"}
			var v doc
			d.Into(root, "doc", &v)
			err = d.Err()
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if v.ID != "a" || v.Title.Ko != "가" || len(v.Items) != 1 || v.Plain != 3 {
					t.Errorf("decoded %+v", v)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestIntoInlineMapTakesAnyKey(t *testing.T) {
	root, err := Parse("f.yaml", []byte("name: a\nanything: 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := &Decoder{Name: "f.yaml"}
	var v withExtras
	d.Into(root, "x", &v)
	if err := d.Err(); err != nil || v.Name != "a" || v.Extras["anything"] != 1 {
		t.Errorf("%+v %v", v, err)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "f.yaml:1: empty file"},
		{"# only a comment\n", "f.yaml:1: empty file"},
		{"a: [x\n", "f.yaml:"},
		{"a:\n  b: 1\n c: 2\n", "f.yaml:3: bad indentation"},
	} {
		_, err := Parse("f.yaml", []byte(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) = %v, want %q", tc.in, err, tc.want)
		}
	}
}

func TestFieldsAndScalars(t *testing.T) {
	root, err := Parse("f.yaml", []byte("a: x\nb: [1, 2]\nc: {k: v, e: ''}\nd: x\na: y\nz: 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := &Decoder{Name: "f.yaml"}
	var a string
	var b, dd []string
	var c map[string]string
	d.Fields(root, "top", map[string]func(*yaml.Node){
		"a": func(v *yaml.Node) { d.Str(v, "a", &a) },
		"b": func(v *yaml.Node) { d.Strs(v, "b", &b) },
		"c": func(v *yaml.Node) { c = d.StrMap(v, "c", nil) },
		"d": func(v *yaml.Node) { d.StrOrList(v, "d", &dd) },
	})
	got := d.Err().Error()
	for _, w := range []string{`f.yaml:3: c: "e" must map to a non-empty string`, `f.yaml:5: duplicate key "a" in top`, `f.yaml:6: unknown key "z" in top (known: a, b, c, d)`} {
		if !strings.Contains(got, w) {
			t.Errorf("errors %q lack %q", got, w)
		}
	}
	if a != "x" || len(b) != 2 || c["k"] != "v" || len(dd) != 1 {
		t.Errorf("a=%q b=%v c=%v d=%v", a, b, c, dd)
	}
}

func TestPositions(t *testing.T) {
	root, err := Parse("f.yaml", []byte("id: a\nitems:\n  - number: 1\n    goal: g\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := NewPositions(root)
	for path, want := range map[string]int{"id": 1, "items": 2, "items.0": 3, "items.0.goal": 4, "items.0.missing": 3, "nothing": 1} {
		if got := p.Line(path); got != want {
			t.Errorf("Line(%q) = %d, want %d", path, got, want)
		}
	}
	if !p.Has("items.0.goal") || p.Has("items.1") {
		t.Error("Has is wrong")
	}
}

// FuzzInto checks that strict decoding never panics and that every error
// names the file and a line.
func FuzzInto(f *testing.F) {
	f.Add("id: a\ntitle: {ko: x}\nitems: [{number: 1, text: {ko: y}}]\n")
	f.Add("x: &a {number: 1}\nitems: [*a, *a]\n")
	f.Add("by_name: {a: {number: [1]}}\n")
	f.Fuzz(func(t *testing.T, in string) {
		root, err := Parse("f.yaml", []byte(in))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.yaml:") {
				t.Fatalf("parse error without file:line: %v", err)
			}
			return
		}
		d := &Decoder{Name: "f.yaml"}
		var v doc
		d.Into(root, "doc", &v)
		if err := d.Err(); err != nil {
			for _, l := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(l, "f.yaml:") {
					t.Fatalf("error line without file:line: %q", l)
				}
			}
		}
	})
}

// Every YAML reader goes through Parse, so EUC-KR files are read (and
// other non-UTF-8 bytes refused at their line) by all of them at once.
func TestParseEncodings(t *testing.T) {
	euckr := []byte("name: \xb9\xce\xbf\xf8 \xc6\xf7\xc5\xd0\n") // "민원 포털"
	n, err := Parse("a.yaml", euckr)
	if err != nil {
		t.Fatal(err)
	}
	if v := Key(n, "name"); v == nil || v.Value != "민원 포털" {
		t.Fatalf("EUC-KR read as %+v", v)
	}
	_, err = Parse("b.yaml", []byte("a: 1\nb: caf\xe9\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "b.yaml:2: not UTF-8 text") {
		t.Fatalf("Latin-1: err = %v", err)
	}
}
