package report

import (
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/templates"
)

var update = flag.Bool("update", false, "rewrite golden files")

// The example as the tests see it: evaluated in place on a fixed date.
var testDate = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)

const exampleFile = "../templates/example/assessment.yaml"

// The secret planted in the example's configuration (a JEUS data source
// password and globals.properties): it must reach no output.
const plantedSecret = "Ex4mple-Secr3t!"

func evaluator(t testing.TB, lang string) *assess.Evaluator {
	t.Helper()
	ev, err := assess.NewEvaluator(assess.Config{Lang: lang, Now: func() time.Time { return testDate }})
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

func prose(t testing.TB, lang string) *Prose {
	t.Helper()
	p, err := LoadProse(templates.Builtin(), lang)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func examplePlan(t testing.TB, lang string) *Document {
	t.Helper()
	r := evaluator(t, lang).File(context.Background(), exampleFile)
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	return Plan(r.Evaluation, prose(t, lang), Options{Date: "2026-11-30", Version: "test"})
}

func render(t testing.TB, format string, d *Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, format, d, templates.Builtin()); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return b.Bytes()
}

// TestGolden compares the example plan's Markdown and HTML, in Korean and
// English, with the files under testdata (go test ./report -update
// rewrites them).
func TestGolden(t *testing.T) {
	for _, lang := range []string{"ko", "en"} {
		d := examplePlan(t, lang)
		for _, format := range []string{"md", "html"} {
			got := render(t, format, d)
			golden := filepath.Join("testdata", "example."+lang+"."+format)
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (run go test ./report -update and review the diff)", format, golden)
			}
		}
	}
}

// TestEverySectionPopulated: the example fills every section — no
// "해당 정보 없음" placeholder, the guide's required words in 방향성 and 범위.
func TestEverySectionPopulated(t *testing.T) {
	d := examplePlan(t, "ko")
	md := string(render(t, "md", d))
	if strings.Contains(md, "해당 정보 없음") {
		t.Error("the example leaves a section empty")
	}
	var titles []string
	for _, s := range d.Sections {
		titles = append(titles, s.Heading())
	}
	want := []string{"Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ", "Ⅸ", "Ⅹ", "붙임 1", "붙임 2"}
	if len(titles) != len(want) {
		t.Fatalf("sections %q", titles)
	}
	for i, w := range want {
		if !strings.HasPrefix(titles[i], w+" ") {
			t.Errorf("section %d is %q, want %s …", i, titles[i], w)
		}
	}
	for _, id := range []string{"direction", "scope"} {
		var text string
		for _, s := range d.Sections {
			if s.ID == id {
				for _, b := range s.Blocks {
					if bl, ok := b.(*Bullets); ok {
						text += strings.Join(bl.Items, "\n")
					}
				}
			}
		}
		for _, word := range []string{"MSA", "컨테이너", "데브옵스", "CI/CD"} {
			if !strings.Contains(text, word) {
				t.Errorf("%s does not name %s", id, word)
			}
		}
	}
	if len(d.Evidence) == 0 {
		t.Error("no evidence cited")
	}
}

// TestNoSecretInAnyFormat: the password planted in the example's
// configuration reaches no format, and neither does the address it sits
// beside in globals.properties.
func TestNoSecretInAnyFormat(t *testing.T) {
	for _, lang := range []string{"ko", "en"} {
		d := examplePlan(t, lang)
		for _, format := range Formats {
			out := render(t, format, d)
			if bytes.Contains(out, []byte(plantedSecret)) {
				t.Errorf("%s %s carries the planted secret", lang, format)
			}
			if format == "pdf" {
				if text, ok := pdfText(t, out); ok && strings.Contains(text, plantedSecret) {
					t.Errorf("%s pdf text carries the planted secret", lang)
				}
			}
		}
	}
}

// pdfText extracts the text of a PDF with poppler's pdftotext (installed by
// .ci/run); without it the test is skipped, except under CI.
func pdfText(t testing.TB, pdf []byte) (string, bool) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext (poppler-utils) is required under CI")
		}
		t.Log("pdftotext not installed: text checks skipped")
		return "", false
	}
	cmd := exec.Command("pdftotext", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out), true
}

// The example's figures are read in full: no lane title or box label of a
// diagram is cut short with "…" at the width the PDF and HTML use.
func TestExampleDiagramsNotClipped(t *testing.T) {
	for _, lang := range []string{"ko", "en"} {
		d := examplePlan(t, lang)
		var walk func([]*Section)
		figures := 0
		walk = func(ss []*Section) {
			for _, s := range ss {
				for _, b := range s.Blocks {
					f, ok := b.(*Figure)
					if !ok || f.Diagram == nil {
						continue
					}
					figures++
					l := layoutDiagram(f.Diagram, diagramWidth)
					for _, ln := range l.Lanes {
						for _, t0 := range ln.Titles {
							if strings.Contains(t0, "…") {
								t.Errorf("%s %q: lane title clipped: %q", lang, f.Caption, ln.Titles)
							}
						}
					}
					for _, bx := range l.Boxes {
						if strings.Contains(strings.Join(bx.Lines, " ")+bx.Sub, "…") {
							t.Errorf("%s %q: box clipped: %q %q", lang, f.Caption, bx.Lines, bx.Sub)
						}
					}
				}
				walk(s.Sections)
			}
		}
		walk(d.Sections)
		if figures < 2 {
			t.Errorf("%s: %d diagrams, want the current system and the target architecture at least", lang, figures)
		}
	}
}

// A portfolio ranks every system by priority, lists failures, and gives
// each system a page; ForPortfolio keeps all it reads, so the document is
// the same from slimmed results.
func TestPortfolio(t *testing.T) {
	ev := evaluator(t, "ko")
	results := ev.Batch(context.Background(), []string{filepath.Join("..", "testdata", "assess", "examples"), exampleFile,
		filepath.Join("..", "testdata", "assess", "batch", "06-typo-key.yaml")}, 0)
	p := prose(t, "ko")
	opts := Options{Date: "2026-11-30", Version: "test"}
	full := render(t, "md", Portfolio(results, p, opts))
	slim := make([]assess.Result, len(results))
	for i, r := range results {
		slim[i] = ForPortfolio(r)
	}
	if got := render(t, "md", Portfolio(slim, p, opts)); !bytes.Equal(got, full) {
		t.Error("the portfolio differs when built from ForPortfolio's results")
	}
	md := string(full)
	var last = 101
	for _, r := range results {
		if r.Evaluation == nil {
			if !strings.Contains(md, "06-typo-key.yaml") {
				t.Error("the failed file is not listed")
			}
			continue
		}
		if !strings.Contains(md, r.Evaluation.System.ID) {
			t.Errorf("%s missing", r.Evaluation.System.ID)
		}
	}
	// The ranking table's priority column never rises.
	for _, line := range strings.Split(md, "\n") {
		cells := strings.Split(line, " | ")
		if len(cells) == 7 {
			if n, err := strconv.Atoi(strings.TrimSpace(cells[5])); err == nil {
				if n > last {
					t.Errorf("ranking not by priority: %d after %d", n, last)
				}
				last = n
			}
		}
	}
	if last == 101 {
		t.Error("no ranking rows found")
	}
}
