package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ledongthuc/pdf"
)

// pdfFacts are what a PDF reader finds in a rendered file.
type pdfFacts struct {
	pages   int
	outline []string
	fonts   map[string]bool // BaseFont names with an embedded FontFile2
}

func readPDF(t testing.TB, data []byte) pdfFacts {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", data[:min(len(data), 16)])
	}
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("reading the PDF back: %v", err)
	}
	f := pdfFacts{pages: r.NumPage(), fonts: map[string]bool{}}
	var walk func(o pdf.Outline)
	walk = func(o pdf.Outline) {
		for _, c := range o.Child {
			f.outline = append(f.outline, c.Title)
			walk(c)
		}
	}
	walk(r.Outline())
	for i := 1; i <= f.pages; i++ {
		fonts := r.Page(i).V.Key("Resources").Key("Font")
		for _, k := range fonts.Keys() {
			font := fonts.Key(k)
			name := font.Key("BaseFont").Name()
			// A Type0 font's glyphs live in its descendant's descriptor.
			desc := font.Key("DescendantFonts").Index(0).Key("FontDescriptor")
			if desc.Key("FontFile2").Kind() == pdf.Stream {
				f.fonts[name] = true
			}
		}
	}
	return f
}

// TestPDFReadBack: the example plan reads back as a PDF of a sensible
// length with an outline entry for every section and subsection,
// NanumGothic embedded in both weights, and Hangul text that extracts.
func TestPDFReadBack(t *testing.T) {
	d := examplePlan(t, "ko")
	data := render(t, "pdf", d)
	f := readPDF(t, data)
	if f.pages < 15 || f.pages > 120 {
		t.Errorf("%d pages", f.pages)
	}
	want := map[string]bool{}
	for _, s := range d.Sections {
		want[s.Heading()] = true
		for _, sub := range s.Sections {
			want[sub.Heading()] = true
		}
	}
	for _, title := range f.outline {
		delete(want, title)
	}
	if len(want) > 0 {
		t.Errorf("outline lacks %v (has %q)", want, f.outline)
	}
	regular, bold := false, false
	for name := range f.fonts {
		if strings.Contains(strings.ToLower(name), "nanumgothic") {
			if strings.HasSuffix(name, "B") {
				bold = true
			} else {
				regular = true
			}
		}
	}
	if !regular || !bold {
		t.Errorf("embedded fonts %v: want NanumGothic regular and bold", f.fonts)
	}
	if len(data) > 1500<<10 {
		t.Errorf("%d bytes: a plan should stay under 1.5 MB (fonts subset)", len(data))
	}
	text, ok := pdfText(t, data)
	if !ok {
		return
	}
	for _, s := range append([]string{"민원포털 클라우드 네이티브 전환 사업 발주 계획(안)", "행정안전부", "CSR-003", "컨테이너 기반 서비스 메시"}, d.Sections[0].Title, d.Sections[9].Title) {
		if !strings.Contains(text, s) {
			t.Errorf("extracted text lacks %q", s)
		}
	}
}

// TestPDFDeterministic: the same plan and date give the same bytes.
func TestPDFDeterministic(t *testing.T) {
	a := render(t, "pdf", examplePlan(t, "ko"))
	b := render(t, "pdf", examplePlan(t, "ko"))
	if !bytes.Equal(a, b) {
		t.Error("two renderings of the same plan differ")
	}
}

// Table columns widen so their words are not split: in the English plan
// "Supporting", "Generic" and the header "Functions" sit on one line in
// narrow columns, which plain proportional widths broke ("Suppo / rting").
func TestPDFTableWordsWhole(t *testing.T) {
	d := examplePlan(t, "en")
	text, ok := pdfText(t, render(t, "pdf", d))
	if !ok {
		return
	}
	lines := map[string]bool{}
	for _, l := range strings.Split(text, "\n") {
		lines[strings.TrimSpace(l)] = true
	}
	// A broken word shows as a line holding only its head.
	for _, w := range []string{"Supporting", "Generic", "Functions", "candidate", "relationship"} {
		for k := 2; k < len(w); k++ {
			if lines[w[:k]] {
				t.Errorf("%q is split after %q", w, w[:k])
			}
		}
	}
}
