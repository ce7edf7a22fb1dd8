package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cnready/cnready/report"
)

// runEnv runs the CLI in-process with the given environment and returns
// stdout, stderr and the exit status.
func runEnv(t *testing.T, env map[string]string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	s := &streams{In: strings.NewReader(""), Out: &out, Err: &errb, Env: func(k string) string { return env[k] }}
	code := Main(args, s)
	return out.String(), errb.String(), code
}

type decisionJSON struct {
	File     string `json:"file"`
	Decision struct {
		Criteria []struct {
			ID, Status string
		} `json:"criteria"`
		Maturity struct {
			Level   int  `json:"level"`
			Assumed bool `json:"assumed"`
		} `json:"maturity"`
		Strategy struct {
			Chosen   string `json:"chosen"`
			RunnerUp string `json:"runner_up"`
		} `json:"strategy"`
		Suggestions []struct {
			Item     int    `json:"item"`
			Answer   string `json:"answer"`
			Evidence []struct {
				Path string `json:"path"`
				Line int    `json:"line"`
			} `json:"evidence"`
		} `json:"suggestions"`
		Requirements []struct {
			ID, Because string
		} `json:"requirements"`
		Estimate struct {
			Method string `json:"method"`
			FP     struct {
				ILF, EIF, EI, EO, EQ int
				Total                float64
			} `json:"fp"`
			Weights struct {
				ILF, EIF, EI, EO, EQ float64
			} `json:"weights"`
			UnitPrice int64  `json:"unit_price"`
			Amount    int64  `json:"amount"`
			Formula   string `json:"formula"`
		} `json:"estimate"`
	} `json:"decision"`
}

func assessJSON(t *testing.T, files ...string) []decisionJSON {
	t.Helper()
	out, errOut, code := runEnv(t, nil, append([]string{"assess", "--format", "json"}, files...)...)
	if code != 0 {
		t.Fatalf("assess: exit %d: %s", code, errOut)
	}
	var rs []decisionJSON
	if err := json.Unmarshal([]byte(out), &rs); err != nil {
		t.Fatal(err)
	}
	return rs
}

// TestDecisionEndToEnd assesses the built-in example (WebtoB → JEUS →
// Tibero collected from three hosts, an eGovFrame source tree) with the
// CLI and checks the decision a consultant would rely on.
func TestDecisionEndToEnd(t *testing.T) {
	r := assessJSON(t, filepath.Join("..", "..", "templates", "example", "assessment.yaml"))[0]
	d := r.Decision
	if d.Strategy.Chosen != "refactor" || d.Strategy.RunnerUp == "" || d.Strategy.RunnerUp == "refactor" {
		t.Errorf("strategy %s, runner-up %q", d.Strategy.Chosen, d.Strategy.RunnerUp)
	}
	fileLine := func(item int, path *regexp.Regexp) bool {
		for _, s := range d.Suggestions {
			if s.Item != item {
				continue
			}
			for _, e := range s.Evidence {
				if path.MatchString(e.Path) && e.Line > 0 {
					return true
				}
			}
		}
		return false
	}
	if !fileLine(9, regexp.MustCompile(`(^|/)Jenkinsfile$`)) {
		t.Errorf("no item-9 suggestion citing the Jenkinsfile at a line: %+v", d.Suggestions)
	}
	if !fileLine(6, regexp.MustCompile(`\.(sql|xml)$`)) {
		t.Errorf("no item-6 suggestion citing a schema or mapper file at a line: %+v", d.Suggestions)
	}
	legacy := false
	for _, q := range d.Requirements {
		if strings.Contains(q.Because, "inventory.products has jeus") || strings.Contains(q.Because, "inventory.products has webtob") {
			legacy = true
		}
	}
	if !legacy {
		t.Errorf("no requirement selected for the WebtoB/JEUS found: %+v", d.Requirements)
	}
	e := d.Estimate
	w := e.Weights
	total := float64(e.FP.ILF)*w.ILF + float64(e.FP.EIF)*w.EIF + float64(e.FP.EI)*w.EI + float64(e.FP.EO)*w.EO + float64(e.FP.EQ)*w.EQ
	if e.Method == "none" || math.Abs(total-e.FP.Total) > 0.05 || e.Amount != int64(math.Round(e.FP.Total*float64(e.UnitPrice))) {
		t.Errorf("estimate %+v: Σ count×weight = %.2f", e, total)
	}
	for _, n := range []string{fmt.Sprintf("ILF %d×", e.FP.ILF), fmt.Sprintf("EQ %d×", e.FP.EQ), "605,784"} {
		if !strings.Contains(e.Formula, n) {
			t.Errorf("formula %q does not show %q", e.Formula, n)
		}
	}
	for _, c := range d.Criteria {
		if c.Status == "unknown" {
			t.Errorf("criterion %s unknown although inventory and source were given", c.ID)
		}
	}
	if d.Maturity.Assumed {
		t.Error("maturity assumed although inventory and source were given")
	}
}

// TestDecisionWithoutEvidence: a not-recommended system never gets
// refactor, and a checklist-only system gets unknown criteria and an
// assumed maturity rather than guesses.
func TestDecisionWithoutEvidence(t *testing.T) {
	dir := t.TempDir()
	write := func(name, answers string) string {
		p := filepath.Join(dir, name)
		body := "apiVersion: cnready/v1\nkind: Assessment\nsystem: {id: " + strings.TrimSuffix(name, ".yaml") + ", name: x, agency: y}\nchecklist:\n  answers: {" + answers + "}\n"
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	no := write("no.yaml", "1: N, 2: N, 3: N, 4: N, 5: N, 6: Y, 7: N, 8: Y, 9: Y, 10: N")
	yes := write("yes.yaml", "1: Y, 2: Y, 3: Y, 4: Y, 5: Y, 6: Y, 7: Y, 8: Y, 9: Y, 10: Y")
	for _, r := range assessJSON(t, no, yes) {
		if strings.HasSuffix(r.File, "no.yaml") && r.Decision.Strategy.Chosen == "refactor" {
			t.Error("a not-recommended system got refactor")
		}
		for _, c := range r.Decision.Criteria {
			if c.Status != "unknown" {
				t.Errorf("%s: criterion %s is %s without inventory or source", r.File, c.ID, c.Status)
			}
		}
		if !r.Decision.Maturity.Assumed || len(r.Decision.Suggestions) != 0 {
			t.Errorf("%s: maturity %+v, suggestions %v without evidence", r.File, r.Decision.Maturity, r.Decision.Suggestions)
		}
	}
}

// TestExplainGolden: the full decision of the built-in example and of a
// checklist-only example, in Korean and English (go test ./cmd/cnready
// -run TestExplainGolden -update rewrites them).
func TestExplainGolden(t *testing.T) {
	for _, tc := range []struct{ file, name string }{
		{filepath.Join("..", "..", "templates", "example", "assessment.yaml"), "example"},
		{filepath.Join("..", "..", "testdata", "assess", "examples", "library-booking.yaml"), "library-booking"},
	} {
		for _, lang := range []string{"ko", "en"} {
			out, errOut, code := runEnv(t, map[string]string{"NO_COLOR": "1"}, "--lang", lang, "assess", tc.file, "--explain")
			if code != 0 {
				t.Fatalf("%s: exit %d: %s", tc.name, code, errOut)
			}
			// The path to the file depends on where the test runs.
			out = strings.ReplaceAll(out, tc.file, filepath.Base(tc.file))
			golden := filepath.Join("testdata", "explain-"+tc.name+"."+lang+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if out != string(want) {
				t.Errorf("%s --explain (%s) differs from %s (run with -update and review)", tc.name, lang, golden)
			}
		}
	}
}

// JSON from assess is indented for a person at a terminal and one system
// per line otherwise; both are the same document.
func TestAssessJSONLayout(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "assess", "examples")
	var tty bytes.Buffer
	s := &streams{In: strings.NewReader(""), Out: &tty, Err: io.Discard, Env: func(string) string { return "" }, OutTTY: true}
	if code := Main([]string{"assess", "--format", "json", "--no-color", dir}, s); code != 0 {
		t.Fatalf("exit %d", code)
	}
	piped, _, code := runEnv(t, nil, "assess", "--format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(tty.String(), "\n  {\n    \"file\": ") {
		t.Errorf("terminal output not indented:\n%.300s", tty.String())
	}
	lines := strings.Split(strings.TrimSpace(piped), "\n")
	if len(lines) != 5 || lines[0] != "[" || lines[4] != "]" || !strings.HasPrefix(lines[1], `{"file":`) {
		t.Errorf("piped output is not one system per line:\n%.400s", piped)
	}
	var a, b any
	if err := json.Unmarshal(tty.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(piped), &b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Error("terminal and piped JSON differ")
	}
}

// A portfolio larger than report.MaxPortfolio is refused before anything
// is evaluated, with the way out, and no file is written.
func TestPortfolioTooLarge(t *testing.T) {
	dir := t.TempDir()
	body := []byte("apiVersion: cnready/v1\nkind: Assessment\nsystem: {id: x}\nchecklist:\n  answers: {1: Y}\n")
	for i := 0; i <= report.MaxPortfolio; i++ {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%05d.yaml", i)), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "p.pdf")
	_, errOut, code := runEnv(t, nil, "report", "--lang", "en", "--portfolio", dir, "-o", out)
	if code != 1 || !strings.Contains(errOut, fmt.Sprintf("%d assessments: a portfolio plan holds at most %d systems", report.MaxPortfolio+1, report.MaxPortfolio)) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a file was written")
	}
}

// --sort priority puts the highest priority first and failures last, in
// every format, with the same elements as input order.
func TestAssessSortPriority(t *testing.T) {
	dirs := []string{filepath.Join("..", "..", "testdata", "assess", "examples"), filepath.Join("..", "..", "testdata", "assess", "batch"),
		filepath.Join("..", "..", "templates", "example", "assessment.yaml")}
	type elem struct {
		File     string `json:"file"`
		Error    string `json:"error"`
		Decision *struct {
			Priority struct{ Score int } `json:"priority"`
		} `json:"decision"`
	}
	decode := func(out string) []elem {
		var es []elem
		if err := json.Unmarshal([]byte(out), &es); err != nil {
			t.Fatal(err)
		}
		return es
	}
	inOrder, _, _ := runEnv(t, nil, append([]string{"assess", "--format", "json"}, dirs...)...)
	sorted, _, code := runEnv(t, nil, append([]string{"assess", "--format", "json", "--sort", "priority"}, dirs...)...)
	if code != 1 {
		t.Fatalf("exit %d (the batch holds failures)", code)
	}
	a, b := decode(inOrder), decode(sorted)
	if len(a) != len(b) || len(b) < 8 {
		t.Fatalf("%d elements sorted, %d in input order", len(b), len(a))
	}
	last, failures := 101, false
	files := map[string]bool{}
	for _, e := range a {
		files[e.File] = true
	}
	var prios []int
	for _, e := range b {
		delete(files, e.File)
		if e.Decision == nil {
			failures = true
			continue
		}
		if failures {
			t.Errorf("%s comes after a failure", e.File)
		}
		if e.Decision.Priority.Score > last {
			t.Errorf("%s: priority %d after %d", e.File, e.Decision.Priority.Score, last)
		}
		last = e.Decision.Priority.Score
		prios = append(prios, last)
	}
	if len(files) != 0 || !failures {
		t.Errorf("sorted output lost %v (failures listed: %v)", files, failures)
	}
	// The table and the CSV agree with the JSON's order.
	csvOut, _, _ := runEnv(t, nil, append([]string{"assess", "--format", "csv", "--sort", "priority"}, dirs...)...)
	rows := strings.Split(strings.TrimSpace(csvOut), "\n")[1:]
	for i, p := range prios {
		cells := strings.Split(rows[i], ",")
		if len(cells) < 16 || cells[15] != strconv.Itoa(p) {
			t.Errorf("CSV row %d: %q, want priority %d", i, rows[i], p)
		}
	}
}
