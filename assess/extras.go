package assess

import (
	"context"

	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/inventory"
)

// Extras holds the results of an assessment's optional sections. Inventory
// and decomposition fields are added by those features.
type Extras struct {
	// Contexts are the bounded-context candidates of the decomposition
	// section.
	Contexts *decompose.Result `json:"contexts,omitempty" yaml:"contexts,omitempty"`
	// Inventory is the merged scan of the inventory section.
	Inventory *inventory.Inventory `json:"inventory,omitempty" yaml:"inventory,omitempty"`
}

// evaluateExtras evaluates the optional inventory and decomposition
// sections of a, writing into r.
func (e *Evaluator) evaluateExtras(ctx context.Context, a *Assessment, r *Result) error {
	if err := e.evaluateInventory(ctx, a, r); err != nil {
		return err
	}
	return e.evaluateDecomposition(ctx, a, r)
}
