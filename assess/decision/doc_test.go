package decision

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFactsDocumented: templates/decision/README.md lists every fact a rule
// may read, with its type, so a consultant writing rules finds them.
func TestFactsDocumented(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "templates", "decision", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	for _, f := range FactCatalogue {
		row := "| `" + f.Name + "` | " + f.Kind.String() + " |"
		if !strings.Contains(doc, row) {
			t.Errorf("README.md lacks the row %q", row)
		}
	}
	for _, op := range operators {
		if !strings.Contains(doc, "`"+op+"`") {
			t.Errorf("README.md does not explain the operator %q", op)
		}
	}
}
