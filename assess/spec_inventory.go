package assess

import (
	"context"

	"gopkg.in/yaml.v3"
)

// InventorySpec is the inventory section of an Assessment: files produced by
// `cnready scan` (JSON or YAML), relative to the assessment file.
type InventorySpec struct {
	Files []string `yaml:"files,omitempty"`
}

func (d *decoder) inventory(n *yaml.Node) *InventorySpec {
	s := &InventorySpec{}
	d.fields(n, "inventory", map[string]func(*yaml.Node){
		"files": func(v *yaml.Node) { d.strs(v, "inventory.files", &s.Files) },
	})
	return s
}

// evaluateInventory loads the inventory files the assessment names.
func (e *Evaluator) evaluateInventory(ctx context.Context, a *Assessment, r *Result) error {
	return nil
}
