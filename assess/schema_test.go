package assess

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestSchemaCoversFixtures checks every Assessment the repository ships
// (examples, batch fixtures that decode, decomposition apps) against the
// published schema's object keys, so the schema cannot fall behind the
// decoder unnoticed.
func TestSchemaCoversFixtures(t *testing.T) {
	var files []string
	for _, pat := range []string{"../testdata/assess/*/*.yaml", "../testdata/decompose/*/*.yaml", "../testdata/*/*.yaml"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	checked := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeBytes(data, f, builtin); err != nil {
			continue // not an Assessment, or a deliberately broken one
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		checkAgainst(t, f, doc.Content[0], Schema(), "")
		checked++
	}
	if checked < 5 {
		t.Fatalf("only %d assessments checked", checked)
	}
}

// checkAgainst walks n beside schema s, reporting keys the schema does not
// list where it forbids additional properties.
func checkAgainst(t *testing.T, file string, n *yaml.Node, s map[string]any, path string) {
	t.Helper()
	if alts, ok := s["anyOf"].([]any); ok && n.Kind == yaml.SequenceNode {
		for _, a := range alts {
			if m := a.(map[string]any); m["type"] == "array" {
				s = m
			}
		}
	}
	switch n.Kind {
	case yaml.MappingNode:
		props, _ := s["properties"].(map[string]any)
		extra, _ := s["additionalProperties"].(map[string]any)
		closed := s["additionalProperties"] == false
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i].Value, n.Content[i+1]
			if sub, ok := props[k].(map[string]any); ok {
				checkAgainst(t, file, v, sub, path+"."+k)
				continue
			}
			if closed {
				t.Errorf("%s:%d: key %s%s is not in the schema", file, n.Content[i].Line, path+".", k)
				continue
			}
			if extra != nil {
				checkAgainst(t, file, v, extra, path+"."+k)
			}
		}
	case yaml.SequenceNode:
		if items, ok := s["items"].(map[string]any); ok {
			for i, c := range n.Content {
				checkAgainst(t, file, c, items, path+"["+strconv.Itoa(i)+"]")
			}
		}
	}
}
