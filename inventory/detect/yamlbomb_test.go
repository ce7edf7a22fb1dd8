package detect

import (
	"strings"
	"testing"
)

// An alias bomb must flatten within the budget instead of exploding.
func TestYAMLAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 9; i++ {
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*a" + string(rune('0'+i-1)))
		}
		b.WriteString("]\n")
	}
	ps, err := parseYAML(b.String())
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) > yamlBudget {
		t.Fatalf("%d scalars, budget %d", len(ps), yamlBudget)
	}
}
