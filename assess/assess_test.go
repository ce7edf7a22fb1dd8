package assess

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/jsonw"
	"gopkg.in/yaml.v3"
)

func builtin(id string) (*checklist.Checklist, error) {
	return DefaultEvaluator().Checklists(id)
}

func TestDecodeFixtures(t *testing.T) {
	dir := filepath.Join("..", "testdata", "assess", "batch")
	tests := []struct {
		file    string
		yes     int
		unknown int
		err     string // substring; "" = must decode
	}{
		{"01-good.yaml", 6, 0, ""},
		{"02-korean.yaml", 6, 1, ""},
		{"03-booleans.yaml", 6, 0, ""},
		{"04-unknowns.yaml", 3, 6, ""},
		{"05-broken-indent.yaml", 0, 0, "05-broken-indent.yaml:6: bad indentation"},
		{"06-typo-key.yaml", 0, 0, `06-typo-key.yaml:6: unknown key "agnecy" in system`},
		{"07-item-11.yaml", 0, 0, "07-item-11.yaml:11: item 11 is not in checklist nia-2023"},
		{"08-bad-answer.yaml", 0, 0, `08-bad-answer.yaml:10: item 2: cannot read answer "maybe"`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := DecodeBytes(data, path, builtin)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error = %v, want it to contain %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			s := checklist.Builtin().Score(a.Checklist.Answers)
			if s.Yes != tt.yes || s.Unknown != tt.unknown {
				t.Errorf("yes=%d unknown=%d, want %d, %d", s.Yes, s.Unknown, tt.yes, tt.unknown)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	const head = "apiVersion: cnready/v1\nkind: Assessment\nsystem: {id: s}\n"
	tests := []struct{ name, in, want string }{
		{"empty", "", "f.yaml:1: empty file"},
		{"wrong api", "apiVersion: v2\nkind: Assessment\nsystem: {id: s}\n", `f.yaml:1: apiVersion "v2" is not supported`},
		{"no kind", "apiVersion: cnready/v1\nsystem: {id: s}\n", "f.yaml:1: kind is missing"},
		{"no id", "apiVersion: cnready/v1\nkind: Assessment\nsystem: {name: x}\n", "system.id is missing"},
		{"top-level typo", head + "checklst: {}\n", `f.yaml:4: unknown key "checklst" in assessment`},
		{"answers not map", head + "checklist: {answers: [Y, N]}\n", "f.yaml:4: checklist.answers must map"},
		{"item zero", head + "checklist:\n  answers:\n    0: Y\n", "f.yaml:6: item 0 is not in checklist"},
		{"item word", head + "checklist:\n  answers:\n    one: Y\n", `f.yaml:6: checklist.answers key "one" is not an item number`},
		{"nested answer", head + "checklist:\n  answers:\n    1: [Y]\n", "f.yaml:6: answer to item 1 must be"},
		{"duplicate", head + "checklist:\n  answers:\n    1: Y\n    1: N\n", "f.yaml:"},
		{"unknown checklist", head + "checklist: {id: other}\n", `unknown checklist "other"`},
		{"note to item 12", head + "checklist:\n  notes: {12: x}\n", "f.yaml:5: item 12 is not in checklist"},
		{"two errors", head + "checklist:\n  answers:\n    11: Y\n    2: perhaps\n", "f.yaml:6: item 11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeBytes([]byte(tt.in), "f.yaml", builtin)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
	// All problems of a file are reported, not just the first.
	_, err := DecodeBytes([]byte(head+"checklist:\n  answers:\n    11: Y\n    2: perhaps\n"), "f.yaml", builtin)
	if err == nil || !strings.Contains(err.Error(), "f.yaml:7: item 2") {
		t.Errorf("second problem not reported: %v", err)
	}
}

// TestEncodeRoundTrip checks that a saved assessment reads back the same.
func TestEncodeRoundTrip(t *testing.T) {
	a := New(System{ID: "minwon", Name: "민원포털", Agency: "행정안전부"}, "")
	for i := 1; i <= 10; i++ {
		a.Checklist.Answers[i] = []checklist.Answer{checklist.Yes, checklist.No, checklist.Unknown}[i%3]
	}
	a.Checklist.Notes = map[int]string{3: "연말정산: 접속 지연"}
	var b strings.Builder
	if err := Encode(&b, a, "header"); err != nil {
		t.Fatal(err)
	}
	back, err := DecodeBytes([]byte(b.String()), "rt.yaml", builtin)
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	if !reflect.DeepEqual(back.Checklist.Answers, a.Checklist.Answers) || back.System != a.System ||
		!reflect.DeepEqual(back.Checklist.Notes, a.Checklist.Notes) {
		t.Errorf("round trip changed the assessment:\n%s", b.String())
	}
}

// TestResultJSONContract pins the field names of `assess --format json`.
func TestResultJSONContract(t *testing.T) {
	ev := DefaultEvaluator()
	dir := filepath.Join("..", "testdata", "assess", "batch")
	rs := ev.Batch(context.Background(), []string{filepath.Join(dir, "01-good.yaml"), filepath.Join(dir, "06-typo-key.yaml")}, 2)
	b, err := json.Marshal(rs)
	if err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	keys := func(m map[string]any) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return ks
	}
	want := map[string][]string{
		"ok":        {"checklist", "file", "system"},
		"system":    {"agency", "id", "name"},
		"checklist": {"categories", "checklist_id", "no", "threshold", "total", "unknown", "verdict", "yes", "yes_items"},
		"category":  {"id", "name", "name_en", "no", "total", "unknown", "yes"},
		"error":     {"error", "file"},
	}
	check := func(what string, m map[string]any) {
		t.Helper()
		// Extra fields are allowed by the contract; missing or renamed are not.
		have := map[string]bool{}
		for _, k := range keys(m) {
			have[k] = true
		}
		for _, k := range want[what] {
			if !have[k] {
				t.Errorf("%s: missing field %q (have %v)", what, k, keys(m))
			}
		}
	}
	check("ok", got[0])
	check("system", got[0]["system"].(map[string]any))
	cl := got[0]["checklist"].(map[string]any)
	check("checklist", cl)
	check("category", cl["categories"].([]any)[0].(map[string]any))
	check("error", got[1])
	if len(keys(got[1])) != 2 {
		t.Errorf("error element has extra fields: %v", keys(got[1]))
	}
	if cl["verdict"] != "recommended" || cl["yes"].(float64) != 6 || cl["threshold"].(float64) != 6 {
		t.Errorf("checklist = %v", cl)
	}
}

func TestBatchOrderAndErrors(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for i := 0; i < 40; i++ {
		name := filepath.Join(dir, strings.Repeat("a", i%3+1)+string(rune('a'+i%26))+".yaml")
		body := fmt.Sprintf("apiVersion: cnready/v1\nkind: Assessment\nsystem: {id: s%d}\nchecklist: {answers: {1: Y}}\n", i)
		if i%7 == 0 {
			body = "apiVersion: cnready/v1\nkind: Assessment\nsystem: {id: s}\nbogus: 1\n"
		}
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, name)
	}
	args = append(args, filepath.Join(dir, "missing.yaml"))
	rs := DefaultEvaluator().Batch(context.Background(), args, 4)
	if len(rs) != len(args) {
		t.Fatalf("%d results for %d inputs", len(rs), len(args))
	}
	for i, r := range rs {
		if r.File != args[i] {
			t.Errorf("result %d is for %s, want %s", i, r.File, args[i])
		}
		wantErr := i%7 == 0 || i == len(args)-1
		if (r.Err != nil) != wantErr {
			t.Errorf("%s: error %q, want error=%v", r.File, r.Error(), wantErr)
		}
		if r.Err != nil && !strings.HasPrefix(r.Error(), r.File+":") {
			t.Errorf("error does not start with the file name: %q", r.Error())
		}
	}
	if !Failed(rs) {
		t.Error("Failed = false")
	}
	// A system id used twice: the later file is reported.
	dup := filepath.Join(dir, "zz-dup.yaml")
	if err := os.WriteFile(dup, []byte("apiVersion: cnready/v1\nkind: Assessment\nsystem: {id: s1}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rs = DefaultEvaluator().Batch(context.Background(), []string{args[1], dup}, 2)
	if rs[0].Error() != "" || !strings.Contains(rs[1].Error(), `system id "s1" is already used by `+args[1]) {
		t.Errorf("duplicate id: %q, %q", rs[0].Error(), rs[1].Error())
	}
	os.Remove(dup)
	// A directory expands to its YAML files in lexical order.
	rs = DefaultEvaluator().Batch(context.Background(), []string{dir}, 0)
	if len(rs) != 40 || !sort.SliceIsSorted(rs, func(i, j int) bool { return rs[i].File < rs[j].File }) {
		t.Errorf("directory batch: %d results, sorted=%v", len(rs), sort.SliceIsSorted(rs, func(i, j int) bool { return rs[i].File < rs[j].File }))
	}
}

func FuzzDecode(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "assess", "*", "*.yaml"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("apiVersion: cnready/v1\nkind: Assessment\nsystem: {id: s}\nchecklist: {answers: {1: Y, 2: 예, 3: ~}, notes: {1: x}}\n"))
	f.Add([]byte("- a\n- b\n"))
	f.Add([]byte("&a [*a]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := DecodeBytes(data, "fuzz.yaml", builtin)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.yaml:") {
				t.Fatalf("error without file:line: %v", err)
			}
			return
		}
		// What decodes must evaluate and survive an encode/decode round trip.
		if _, err := DefaultEvaluator().Evaluate(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if err := Encode(&b, a); err != nil {
			t.Fatal(err)
		}
		back, err := DecodeBytes([]byte(b.String()), "rt.yaml", builtin)
		if err != nil {
			t.Fatalf("re-decode: %v\n%s", err, b.String())
		}
		if !reflect.DeepEqual(back.Checklist.Answers, a.Checklist.Answers) {
			t.Fatalf("answers changed in round trip")
		}
	})
}

// TestEmptySystemID: an id given but blank is reported at its own line as
// empty, not at the top as missing.
func TestEmptySystemID(t *testing.T) {
	_, err := DecodeBytes([]byte("apiVersion: cnready/v1\nkind: Assessment\nsystem:\n  id: \"  \"\n"), "e.yaml", builtin)
	if err == nil || !strings.Contains(err.Error(), "e.yaml:4: system.id is empty") || strings.Contains(err.Error(), "missing") {
		t.Errorf("err = %v", err)
	}
	_, err = DecodeBytes([]byte("apiVersion: cnready/v1\nkind: Assessment\nsystem:\n  name: x\n"), "m.yaml", builtin)
	if err == nil || !strings.Contains(err.Error(), "m.yaml:1: system.id is missing") {
		t.Errorf("err = %v", err)
	}
}

// An assessment built in memory (the questionnaire, checklist suggest) has
// no answer lines; its answers must still count in the decision exactly as
// the same answers read from a file do.
func TestDecisionOfAnswersWithoutLines(t *testing.T) {
	e := DefaultEvaluator()
	for _, ans := range []string{"Y", "N", "?"} {
		a := New(System{ID: "x", Name: "x"}, "")
		var flow []string
		for i := 1; i <= 10; i++ {
			v, err := checklist.ParseAnswer(ans)
			if err != nil {
				t.Fatal(err)
			}
			a.Checklist.Answers[i] = v
			flow = append(flow, fmt.Sprintf("%d: %q", i, ans))
		}
		mem, err := e.Evaluate(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		src := "apiVersion: cnready/v1\nkind: Assessment\nsystem: {id: x, name: x}\nchecklist:\n  answers: {" + strings.Join(flow, ", ") + "}\n"
		b, err := DecodeBytes([]byte(src), "x.yaml", e.Checklists)
		if err != nil {
			t.Fatal(err)
		}
		file, err := e.Evaluate(context.Background(), b)
		if err != nil {
			t.Fatal(err)
		}
		ids := func(ev *Evaluation) (out []string) {
			for _, r := range ev.Decision.Requirements {
				out = append(out, r.ID+" "+r.Because)
			}
			return out
		}
		if got, want := ids(mem), ids(file); !slices.Equal(got, want) {
			t.Errorf("answers %s: requirements in memory\n%v\nfrom a file\n%v", ans, got, want)
		}
		if mem.Decision.Strategy.Chosen != file.Decision.Strategy.Chosen || mem.Decision.Priority.Score != file.Decision.Priority.Score {
			t.Errorf("answers %s: strategy/priority %s/%d in memory, %s/%d from a file", ans,
				mem.Decision.Strategy.Chosen, mem.Decision.Priority.Score, file.Decision.Strategy.Chosen, file.Decision.Priority.Score)
		}
	}
}

// Summaries (the table formats: headlines without evidence) gives each
// file the summary of its full evaluation: good, broken, reused ids,
// examples with inventories and source trees, and hundreds of generated
// answer sheets that replay each other's decisions.
func TestSummariesMatchFullEvaluations(t *testing.T) {
	args := summaryInputs(t)
	for _, lang := range []string{"ko", "en"} {
		e, err := NewEvaluator(Config{Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		var want []Summary
		for _, r := range e.Batch(context.Background(), args, 0) {
			want = append(want, r.Summary())
		}
		// A fresh evaluator: its templates are made by Summaries.
		e2, err := NewEvaluator(Config{Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		got := Summaries(context.Background(), e2, Expand(args), 0)
		if len(got) != len(want) || len(got) < 310 {
			t.Fatalf("%s: %d summaries, %d results", lang, len(got), len(want))
		}
		for i := range got {
			sameSummary(t, lang, got[i], want[i])
		}
	}
}

// summaryInputs are the batch and example fixtures and 300 generated
// files, one of them reusing another's system id.
func summaryInputs(t *testing.T) []string {
	dir := t.TempDir()
	genAssessments(t, dir, 300)
	dup, err := os.ReadFile(filepath.Join(dir, "sys-00007.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "zz-dup.yaml"), dup, 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{filepath.Join("..", "testdata", "assess", "batch"), filepath.Join("..", "testdata", "assess", "examples"), dir}
}

func sameSummary(t *testing.T, lang string, g, w Summary) {
	t.Helper()
	if g.Error() != w.Error() {
		t.Errorf("%s: %s: error %q, want %q", lang, g.File, g.Error(), w.Error())
	}
	g.Err, w.Err = nil, nil
	if !reflect.DeepEqual(g, w) {
		t.Errorf("%s: summary\n%+v\nwant\n%+v", lang, g, w)
	}
}

// EachJSON writes what Result.WriteJSON writes of the full evaluations
// (compact, as a batch is written, and indented, where the decision is
// filled first), failures and a reused system id included, with their
// summaries.
func TestEachJSONMatchesFullEvaluations(t *testing.T) {
	args := summaryInputs(t)
	for _, indent := range []string{"", "  "} {
		for _, lang := range []string{"ko", "en"} {
			e, err := NewEvaluator(Config{Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			var sums []Summary
			for _, r := range e.Batch(context.Background(), args, 0) {
				w := jsonw.New("", indent)
				if err := r.WriteJSON(w); err != nil {
					t.Fatal(err)
				}
				want = append(want, string(w.Bytes()))
				sums = append(sums, r.Summary())
			}
			e2, err := NewEvaluator(Config{Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			err = EachJSON(context.Background(), e2, Expand(args), 0, func() *jsonw.Writer { return jsonw.New("", indent) },
				func(s Summary, w *jsonw.Writer) error {
					if i := len(got); i < len(sums) {
						sameSummary(t, lang, s, sums[i])
					}
					got = append(got, string(w.Bytes()))
					return nil
				})
			if err != nil {
				t.Fatal(err)
			}
			sameElements(t, fmt.Sprintf("%s %q", lang, indent), got, want)
		}
	}
}

// sameElements checks a batch's elements one by one against what the
// full evaluations write.
func sameElements(t *testing.T, label string, got, want []string) {
	t.Helper()
	if len(got) != len(want) || len(got) < 310 {
		t.Fatalf("%s: %d elements, %d results", label, len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%s: element %d\n%s\nwant\n%s", label, i, got[i], want[i])
		}
	}
}

// EachYAML writes each element as yaml.v3 writes the full evaluation
// ([]Result{r}, SetIndent(2)), failures and a reused system id included,
// with their summaries; Result.AppendYAML of a full evaluation too.
func TestEachYAMLMatchesFullEvaluations(t *testing.T) {
	args := summaryInputs(t)
	for _, lang := range []string{"ko", "en"} {
		e, err := NewEvaluator(Config{Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		var sums []Summary
		for _, r := range e.Batch(context.Background(), args, 0) {
			var b strings.Builder
			enc := yaml.NewEncoder(&b)
			enc.SetIndent(2)
			if err := enc.Encode([]Result{r}); err != nil {
				t.Fatal(err)
			}
			_ = enc.Close()
			want = append(want, b.String())
			sums = append(sums, r.Summary())
			if got, err := r.AppendYAML(nil); err != nil || string(got) != b.String() {
				t.Fatalf("%s: AppendYAML (%v)\n%s\nwant\n%s", r.File, err, got, b.String())
			}
		}
		e2, err := NewEvaluator(Config{Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		err = EachYAML(context.Background(), e2, Expand(args), 0, func(s Summary, b []byte) error {
			if i := len(got); i < len(sums) {
				sameSummary(t, lang, s, sums[i])
			}
			got = append(got, string(b))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		sameElements(t, lang, got, want)
	}
}
