package jsonw

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

func reference(t testing.TB, v any, prefix, indent string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, indent)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

type sample struct {
	Name  string         `json:"name"`
	Nums  []float64      `json:"nums"`
	Empty []string       `json:"empty"`
	Nil   []string       `json:"nil"`
	Obj   map[string]int `json:"obj"`
	Flag  bool           `json:"flag"`
}

func write(w *Writer, s sample) {
	w.BeginObject()
	w.Key("name")
	w.String(s.Name)
	writeRest(w, s)
}

// writeRest writes the members after name and closes the object.
func writeRest(w *Writer, s sample) {
	w.Key("nums")
	w.BeginArray()
	for _, n := range s.Nums {
		w.Float(n)
	}
	w.EndArray()
	w.Key("empty")
	w.Strings(s.Empty)
	w.Key("nil")
	w.Strings(s.Nil)
	w.Key("obj")
	if err := w.Value(s.Obj); err != nil {
		panic(err)
	}
	w.Key("flag")
	w.Bool(s.Flag)
	w.EndObject()
}

func TestMatchesEncodingJSON(t *testing.T) {
	s := sample{Name: "민원\"포털\"\\ <a>&\n\t\x01\u2028\xff끝", Nums: []float64{0, 1, -2.5, 1e-7, 1e21, 123456789.125, 0.1, 5e-324},
		Empty: []string{}, Obj: map[string]int{"b": 2, "a": 1}, Flag: true}
	for _, ind := range [][2]string{{"", ""}, {"", "  "}, {"  ", "  "}, {"\t", "\t"}} {
		w := New(ind[0], ind[1])
		write(w, s)
		if got, want := string(w.Bytes()), reference(t, s, ind[0], ind[1]); got != want {
			t.Errorf("indent %q:\ngot  %s\nwant %s", ind, got, want)
		}
	}
}

func FuzzString(f *testing.F) {
	f.Add("민원\u2029\x7f\x00\"\\")
	f.Add("\xed\xa0\x80")
	f.Fuzz(func(t *testing.T, s string) {
		w := New("", " ")
		w.BeginArray()
		w.String(s)
		w.Float(float64(len(s)) / 7)
		w.EndArray()
		if got, want := string(w.Bytes()), reference(t, []any{s, float64(len(s)) / 7}, "", " "); got != want {
			t.Fatalf("got %q want %q", got, want)
		}
	})
}

func TestNonFinite(t *testing.T) {
	w := New("", "")
	w.Float(math.Inf(1))
	if string(w.Bytes()) != "null" {
		t.Errorf("inf = %s", w.Bytes())
	}
}

// plain's eight-byte tests agree with a byte-by-byte check for every byte
// value at every position of a word, and across word boundaries.
func TestPlainEveryByte(t *testing.T) {
	slow := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c < 0x20 || c == '"' || c == '\\' {
				return false
			}
		}
		return utf8.ValidString(s) && !strings.ContainsAny(s, "\u2028\u2029")
	}
	base := []byte("abcdefghijklmnopq")
	for c := 0; c < 256; c++ {
		for pos := range base {
			b := append([]byte(nil), base...)
			b[pos] = byte(c)
			if got, want := plain(string(b)), slow(string(b)); got != want {
				t.Fatalf("plain(%q) = %v, want %v", b, got, want)
			}
		}
	}
	for _, s := range []string{"민원 포털 — 행정안전부", "a\u2028b", "가나다라마바사\u2029", "\xed\xa0\x80abcdefgh", "12345678\"", "민원\\포털"} {
		if got, want := plain(s), slow(s); got != want {
			t.Errorf("plain(%q) = %v, want %v", s, got, want)
		}
	}
}

// Raw and RawOpen splice compact JSON written earlier: the result is
// what writing the values in full gives.
func TestRawSplices(t *testing.T) {
	s := sample{Name: "민원", Nums: []float64{1, 2}, Empty: []string{}, Obj: map[string]int{"a": 1}, Flag: true}
	full := New("", "")
	full.BeginArray()
	write(full, s)
	write(full, s)
	full.EndArray()

	part := New("", "")
	write(part, s)
	whole := append([]byte(nil), part.Bytes()...)
	part.Reset()
	part.BeginObject()
	part.Key("name")
	part.String(s.Name)
	head := append([]byte(nil), part.Bytes()...) // {"name":"민원"

	w := New("", "")
	w.BeginArray()
	w.Raw(whole)
	w.RawOpen(head)
	writeRest(w, s)
	w.EndArray()
	if got, want := string(w.Bytes()), string(full.Bytes()); got != want {
		t.Errorf("spliced\n%s\nwritten\n%s", got, want)
	}
	if !w.Compact() || New("", " ").Compact() {
		t.Error("Compact")
	}
}

// Parts written by reference (RawRef, AppendRef) come out where they were
// written, through WriteTo, Bytes and Len alike, and a Writer reset
// forgets them.
func TestRefsSplice(t *testing.T) {
	s := sample{Name: "민원", Nums: []float64{1, 2}, Empty: []string{}, Obj: map[string]int{"a": 1}, Flag: true}
	full := New("", "")
	full.BeginArray()
	write(full, s)
	full.String(`a"b`)
	write(full, s)
	full.EndArray()
	want := string(full.Bytes())

	part := New("", "")
	write(part, s)
	whole := append([]byte(nil), part.Bytes()...)
	cut := len(whole) / 2

	w := New("", "")
	for round := range 2 {
		w.Reset()
		w.BeginArray()
		w.RawRef(whole)
		w.Raw([]byte(`"a\"b"`))
		w.RawRef(whole[:cut])
		w.AppendRef(nil)
		w.AppendRef(whole[cut:])
		w.EndArray()
		if w.Len() != len(want) {
			t.Errorf("round %d: Len %d, want %d", round, w.Len(), len(want))
		}
		var out bytes.Buffer
		if n, err := w.WriteTo(&out); err != nil || n != int64(len(want)) || out.String() != want {
			t.Errorf("round %d: WriteTo wrote %d (%v)\n%s\nwant\n%s", round, n, err, out.String(), want)
		}
		if got := string(w.Bytes()); got != want {
			t.Errorf("round %d: Bytes\n%s\nwant\n%s", round, got, want)
		}
		// Bytes took the parts in: written out again, nothing is doubled.
		out.Reset()
		if _, err := w.WriteTo(&out); err != nil || out.String() != want {
			t.Errorf("round %d: WriteTo after Bytes\n%s", round, out.String())
		}
	}
}
