package assess

import (
	"context"

	"gopkg.in/yaml.v3"
)

// DecompositionSpec is the decomposition section of an Assessment: where to
// find the input for bounded-context candidates.
type DecompositionSpec struct {
	Source string `yaml:"source,omitempty"`
	DDL    string `yaml:"ddl,omitempty"`
}

func (d *decoder) decomposition(n *yaml.Node) *DecompositionSpec {
	s := &DecompositionSpec{}
	d.fields(n, "decomposition", map[string]func(*yaml.Node){
		"source": func(v *yaml.Node) { d.str(v, "decomposition.source", &s.Source) },
		"ddl":    func(v *yaml.Node) { d.str(v, "decomposition.ddl", &s.DDL) },
	})
	return s
}

// evaluateDecomposition runs the decomposer on the assessment's input.
func (e *Evaluator) evaluateDecomposition(ctx context.Context, a *Assessment, r *Result) error {
	return nil
}
