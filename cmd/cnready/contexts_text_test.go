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
		if err := writeContextsText(&b, newStyles(&b, false), res, name); err != nil {
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
