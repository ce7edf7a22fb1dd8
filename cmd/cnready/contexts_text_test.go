package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/decompose/source"
)

// TestContextsTextWidth: the text output fits 80 columns (Hangul counts
// two) for the test applications.
func TestContextsTextWidth(t *testing.T) {
	ctx := context.Background()
	root := filepath.Join("..", "..", "testdata", "decompose")
	a, err := assess.DecodeBytes(mustRead(t, filepath.Join(root, "declared", "assessment.yaml")), "declared", assess.DefaultEvaluator().Checklists)
	if err != nil {
		t.Fatal(err)
	}
	declared, err := assess.DecompositionModel(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	mybatis, err := source.Load(ctx, source.Options{Dir: filepath.Join(root, "mybatis-app")})
	if err != nil {
		t.Fatal(err)
	}
	for name, m := range map[string]*decompose.Model{"declared": declared, "mybatis": mybatis} {
		res, err := decompose.Decompose(ctx, m, decompose.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := writeContextsText(&b, newStyles(&b, false), res, contextsView{title: name, detail: true}); err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(b.String(), "\n") {
			if n := cells(line); n > textWidth {
				t.Errorf("%s line %d is %d columns: %q", name, i+1, n, line)
			}
		}
		if !strings.Contains(b.String(), "Context map") {
			t.Errorf("%s: no context map in\n%s", name, b.String())
		}
	}
}

func TestWrap(t *testing.T) {
	for _, tt := range []struct {
		in    string
		width int
		want  string
	}{
		{"a b c", 3, "a b\nc"},
		{"가나 다라 마", 5, "가나\n다라\n마"},
		{"", 10, ""},
		{"longword x", 4, "longword\nx"},
	} {
		if got := wrap(tt.in, tt.width, ""); got != tt.want {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestContextsTextNoControl: names, comments and reasons from the input
// never put control characters on the terminal (an ESC ] sequence would
// retitle it).
func TestContextsTextNoControl(t *testing.T) {
	evil := "\x1b]0;pwned\a\x9b2J\u202e"
	r := &decompose.Result{
		Contexts: []decompose.Context{{Name: "a" + evil, Label: evil, Type: decompose.Core, TypeReason: evil,
			Tables: []string{"TB_" + evil, "TB_B"}, Functions: []string{"F" + evil}, DependsOn: []string{"b" + evil}}},
		Unassigned:    []decompose.Unassigned{{Table: "TB_C" + evil, Reason: evil}},
		SharedTables:  []string{"TB_D" + evil},
		Relationships: []decompose.Relationship{{From: "a" + evil, To: "b", Kind: decompose.SharedKernel, Tables: []string{evil}}},
		Input:         decompose.InputSummary{Evidence: "functions", Schema: &decompose.SchemaInput{Discovered: true, Used: []string{evil}, Dialect: "oracle" + evil}},
	}
	for _, detail := range []bool{false, true} {
		var b bytes.Buffer
		if err := writeContextsText(&b, newStyles(&b, false), r, contextsView{title: "t" + evil, detail: detail}); err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"\x1b", "\a", "\x9b", "\u202e"} {
			if strings.Contains(b.String(), bad) {
				t.Errorf("detail=%v: output holds %q:\n%s", detail, bad, b.String())
			}
		}
	}
}

// TestContextMapCollapsed: in the summary, a table every context writes is
// one "shared by N contexts" line, not one line per pair.
func TestContextMapCollapsed(t *testing.T) {
	r := &decompose.Result{Input: decompose.InputSummary{Evidence: "functions"}}
	names := []string{"a", "b", "c", "d"}
	for _, n := range names {
		r.Contexts = append(r.Contexts, decompose.Context{Name: n, Type: decompose.Supporting, Tables: []string{"TB_" + n}})
	}
	for i, x := range names {
		for _, y := range names[i+1:] {
			r.Relationships = append(r.Relationships, decompose.Relationship{From: x, To: y, Kind: decompose.SharedKernel, Tables: []string{"COMTNFILE"}})
		}
	}
	r.Relationships = append(r.Relationships, decompose.Relationship{From: "a", To: "b", Kind: decompose.UpstreamDownstream, Tables: []string{"TB_B"}})
	var sum, all bytes.Buffer
	if err := writeContextsText(&sum, newStyles(&sum, false), r, contextsView{title: "x"}); err != nil {
		t.Fatal(err)
	}
	if err := writeContextsText(&all, newStyles(&all, false), r, contextsView{title: "x", detail: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sum.String(), "COMTNFILE shared by 4 contexts: a, b, c, d") || strings.Count(sum.String(), "shared-kernel") != 0 {
		t.Errorf("summary:\n%s", sum.String())
	}
	if strings.Count(all.String(), "shared-kernel") != 6 {
		t.Errorf("detail:\n%s", all.String())
	}
}
