package assess

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cnready/cnready/assess/decompose/source"
	"github.com/cnready/cnready/checklist"
)

func builtinChecklist(string) (*checklist.Checklist, error) { return checklist.Builtin(), nil }

const head = "apiVersion: cnready/v1\nkind: Assessment\nsystem: {id: s, name: 예시}\n"

func TestDecodeDecomposition(t *testing.T) {
	tests := []struct {
		name, body string
		errs       []string // substrings, each with its file:line
		check      func(*testing.T, *DecompositionSpec)
	}{
		{name: "ddl string", body: "decomposition:\n  ddl: schema.sql\n  csv: [a.csv, b.csv]\n  dialect: oracle\n",
			check: func(t *testing.T, s *DecompositionSpec) {
				if len(s.DDL) != 1 || s.DDL[0] != "schema.sql" || len(s.CSV) != 2 || s.Dialect != "oracle" {
					t.Errorf("%+v", s)
				}
			}},
		{name: "ddl list", body: "decomposition:\n  ddl: [a.sql, b.sql]\n",
			check: func(t *testing.T, s *DecompositionSpec) {
				if len(s.DDL) != 2 {
					t.Errorf("%+v", s.DDL)
				}
			}},
		{name: "functions and overrides", body: "decomposition:\n  tables:\n    - {name: TB_A, comment: 가, references: [TB_B]}\n  functions:\n    - {id: f, name: 기능, reads: [TB_B], writes: [TB_A], tags: [core]}\n  overrides:\n    pin: {TB_A: a}\n    rename: {x: y}\n    type: {a: Generic}\n",
			check: func(t *testing.T, s *DecompositionSpec) {
				f := s.Functions[0]
				if f.ID != "f" || f.Writes[0] != "TB_A" || f.Tags[0] != "core" || !strings.HasSuffix(f.Source, ":8") {
					t.Errorf("%+v", f)
				}
				if s.Tables[0].References[0] != "TB_B" || s.Overrides.Pin["TB_A"] != "a" || s.Overrides.Type["a"] != "Generic" {
					t.Errorf("%+v", s)
				}
			}},
		{name: "unknown key", body: "decomposition:\n  sauce: x\n", errs: []string{`f.yaml:5: unknown key "sauce" in decomposition`}},
		{name: "bad function", body: "decomposition:\n  functions:\n    - {id: f, reads: TB_A}\n    - {name: no-id, reads: [T]}\n    - {id: g}\n    - {id: h, reads: [T]}\n    - {id: h, reads: [T]}\n",
			errs: []string{"f.yaml:6: function reads must be a list", "f.yaml:7: decomposition.functions entry has no id",
				`f.yaml:8: function "g" reads and writes no table`, `f.yaml:10: function "h" declared twice (first at line 9)`}},
		{name: "bad overrides", body: "decomposition:\n  overrides:\n    type: {a: central}\n    pin: [x]\n",
			errs: []string{`f.yaml:6: decomposition.overrides.type: "central" for "a"`, "f.yaml:7: decomposition.overrides.pin must be a mapping"}},
		{name: "duplicate table", body: "decomposition:\n  tables:\n    - {name: T}\n    - {name: t}\n", errs: []string{`f.yaml:7: table "t" declared twice (first at line 6)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := DecodeBytes([]byte(head+tt.body), "f.yaml", builtinChecklist)
			if len(tt.errs) == 0 {
				if err != nil {
					t.Fatal(err)
				}
				tt.check(t, a.Decomposition)
				return
			}
			if err == nil {
				t.Fatal("no error")
			}
			for _, want := range tt.errs {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q lacks %q", err, want)
				}
			}
		})
	}
}

// TestEvaluateDecomposition: an assessment with a decomposition section
// gets its contexts in the result.
func TestEvaluateDecomposition(t *testing.T) {
	path := filepath.Join("..", "testdata", "decompose", "declared", "assessment.yaml")
	r := DefaultEvaluator().File(context.Background(), path)
	if r.Err != nil {
		t.Fatal(r.Error())
	}
	if r.Evaluation.Contexts == nil || len(r.Evaluation.Contexts.Contexts) < 2 {
		t.Fatalf("no contexts: %+v", r.Evaluation.Contexts)
	}
	r = DefaultEvaluator().File(context.Background(), filepath.Join("..", "testdata", "assess", "examples", "minwon-portal.yaml"))
	if r.Evaluation.Contexts != nil {
		t.Error("contexts without a decomposition section")
	}
}

// Contexts is what Evaluate puts in an evaluation, so `contexts FILE`
// and `assess`/`report` show one answer; the evaluator's seed and the
// source limits reach it.
func TestContextsMatchesEvaluate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join("..", "testdata", "decompose", "declared", "assessment.yaml")
	ev, err := NewEvaluator(Config{})
	if err != nil {
		t.Fatal(err)
	}
	r := ev.File(ctx, path)
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	a, err := ev.Load(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	res, m, err := ev.Contexts(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(res)
	want, _ := json.Marshal(r.Evaluation.Contexts)
	if string(got) != string(want) || len(m.Functions) != len(r.Evaluation.Model.Functions) {
		t.Errorf("Contexts differs from Evaluate:\n%s\n%s", got, want)
	}
	a.Decomposition = nil
	if _, _, err := ev.Contexts(ctx, a); !errors.Is(err, ErrNoDecomposition) {
		t.Errorf("no section: err = %v", err)
	}
	// A source limit from the configuration is obeyed inside the file.
	dir := t.TempDir()
	big := "CREATE TABLE TB_A (ID NUMBER);\n" + strings.Repeat("-- padding\n", 200)
	if err := os.WriteFile(filepath.Join(dir, "s.sql"), []byte(big), 0o644); err != nil {
		t.Fatal(err)
	}
	small, err := NewEvaluator(Config{Source: source.Options{MaxFileSize: 64}})
	if err != nil {
		t.Fatal(err)
	}
	a2, err := DecodeBytes([]byte(head+"decomposition:\n  ddl: s.sql\n"), filepath.Join(dir, "a.yaml"), builtinChecklist)
	if err != nil {
		t.Fatal(err)
	}
	_, m2, err := small.Contexts(ctx, a2)
	if err == nil && m2 != nil && len(m2.Tables) > 0 {
		t.Errorf("a 64-byte limit read a %d-byte script: %d tables", len(big), len(m2.Tables))
	}
}

func FuzzDecodeDecomposition(f *testing.F) {
	f.Add([]byte("decomposition:\n  ddl: a.sql\n  functions:\n    - {id: f, reads: [A], writes: [B], tags: [core]}\n  overrides: {pin: {A: x}, rename: {x: y}, type: {y: core}}\n"))
	f.Add([]byte("decomposition:\n  tables: [{name: A, references: [B]}]\n"))
	f.Add([]byte("decomposition: []\n"))
	f.Fuzz(func(t *testing.T, body []byte) {
		a, err := DecodeBytes(append([]byte(head), body...), "f.yaml", builtinChecklist)
		if err == nil && a.Decomposition != nil {
			for _, fn := range a.Decomposition.Functions {
				if fn.ID == "" || len(fn.Reads)+len(fn.Writes) == 0 {
					t.Errorf("accepted function %+v", fn)
				}
			}
		}
	})
}
