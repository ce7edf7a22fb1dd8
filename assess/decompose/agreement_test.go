package decompose

import (
	"os"
	"testing"

	"gopkg.in/yaml.v3"
)

// declaredModel reads the decomposition section of an Assessment file
// (tables and functions only) without the assess package, which imports
// this one.
func declaredModel(t testing.TB, path string) *Model {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Decomposition struct {
			Tables    []Table    `yaml:"tables"`
			Functions []Function `yaml:"functions"`
		} `yaml:"decomposition"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return &Model{Tables: doc.Decomposition.Tables, Functions: doc.Decomposition.Functions}
}
