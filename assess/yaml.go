package assess

import (
	"bytes"

	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/inventory"
	"gopkg.in/yaml.v3"
)

// yamlHead is an element's members before its decision, as the contract
// form (Result.MarshalYAML) writes them.
type yamlHead struct {
	File      string               `yaml:"file"`
	System    System               `yaml:"system"`
	Checklist checklist.Score      `yaml:"checklist"`
	Inventory *inventory.Inventory `yaml:"inventory,omitempty"`
	Contexts  *decompose.Result    `yaml:"contexts,omitempty"`
}

// AppendYAML appends r as one element of a YAML sequence, as yaml.v3
// (SetIndent(2)) writes []Result: the members before the decision through
// yaml.v3, the decision, the bulk of an element, by its own writer
// (decision.Decision.AppendYAML), which tests hold to yaml.v3's.
func (r Result) AppendYAML(b []byte) ([]byte, error) {
	e := r.Evaluation
	if r.Err != nil || e == nil {
		return appendYAML(b, []Result{r})
	}
	b, err := appendYAML(b, []yamlHead{{File: r.File, System: e.System, Checklist: e.Checklist, Inventory: e.Inventory, Contexts: e.Contexts}})
	if err != nil {
		return b, err
	}
	b = append(b, "  decision:\n"...)
	if e.lazy != nil {
		return e.lazy.AppendYAML(b, 4), nil
	}
	return e.Decision.AppendYAML(b, 4), nil
}

func appendYAML(b []byte, v any) ([]byte, error) {
	buf := bytes.NewBuffer(b)
	enc := yaml.NewEncoder(buf)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return b, err
	}
	if err := enc.Close(); err != nil {
		return b, err
	}
	return buf.Bytes(), nil
}
