package assess

import (
	"context"
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/inventory/scan"
)

// InventorySpec is the inventory section of an Assessment: files produced
// by `cnready scan` (JSON or YAML; also anything `cnready scan` reads: a
// collected tree, an archive, an asset register), relative to the
// assessment file, and hosts written inline in the asset-register form
// (hostname, address, role, product, version, connects_to, port, system).
type InventorySpec struct {
	Files []string `yaml:"files,omitempty"`
	// HostsNode is the inline hosts list as written, kept so that Encode
	// writes it back unchanged.
	HostsNode *yaml.Node `yaml:"hosts,omitempty"`
	// Hosts are the inline hosts, already read; nil when absent.
	Hosts []*scan.HostResult `yaml:"-"`
}

func (d *decoder) inventory(n *yaml.Node) *InventorySpec {
	s := &InventorySpec{}
	d.Fields(n, "inventory", map[string]func(*yaml.Node){
		"files": func(v *yaml.Node) { d.Strs(v, "inventory.files", &s.Files) },
		"hosts": func(v *yaml.Node) {
			if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
				return
			}
			s.HostsNode = v
			hrs, err := scan.AssetsFromYAML(v, d.Name)
			if err != nil {
				d.Add(err)
				return
			}
			s.Hosts = hrs
		},
	})
	return s
}

// evaluateInventory reads the inventory files and inline hosts the
// assessment names and merges them into ev.Inventory, linked and grouped
// into systems as `cnready scan` would, with the evaluator's scan options.
func (e *Evaluator) evaluateInventory(ctx context.Context, a *Assessment, ev *Evaluation) error {
	if a.Inventory == nil {
		return nil
	}
	results := append([]*scan.HostResult(nil), a.Inventory.Hosts...)
	for _, f := range a.Inventory.Files {
		hrs, err := scan.LoadPath(ctx, e.cfg.Scan, a.rel(f))
		if err != nil {
			return fmt.Errorf("inventory.files: %w", err)
		}
		results = append(results, hrs...)
	}
	inv := scan.Merge(results...).Inventory
	ev.Inventory = &inv
	return nil
}
