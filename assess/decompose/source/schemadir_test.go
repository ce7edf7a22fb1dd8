package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadSchemaFolder reads DDL given as a folder of one file per table.
func TestLoadSchemaFolder(t *testing.T) {
	dir := t.TempDir()
	ddl := filepath.Join(dir, "ddl")
	if err := os.MkdirAll(filepath.Join(ddl, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"ddl/a.sql":     "CREATE TABLE TB_A (ID NUMBER PRIMARY KEY);\nCOMMENT ON TABLE TB_A IS '가';\n",
		"ddl/sub/b.SQL": "CREATE TABLE TB_B (ID NUMBER, A_ID NUMBER REFERENCES TB_A(ID));\n",
		"ddl/notes.txt": "CREATE TABLE TB_IGNORED (ID NUMBER);\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	m, err := Load(context.Background(), Options{Dir: dir, DDL: []string{ddl}})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tb := range m.Tables {
		names = append(names, tb.Name)
	}
	if got := strings.Join(names, ","); got != "TB_A,TB_B" {
		t.Errorf("tables %s, want TB_A,TB_B", got)
	}
	if _, err := Load(context.Background(), Options{Dir: dir, DDL: []string{filepath.Join(dir, "missing.sql")}}); err == nil ||
		!strings.HasSuffix(err.Error(), "missing.sql: no such file or directory") {
		t.Errorf("missing file: %v", err)
	}
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	if _, err := Load(context.Background(), Options{Dir: dir, DDL: []string{empty}}); err == nil || !strings.Contains(err.Error(), "no .sql or .ddl files") {
		t.Errorf("empty folder: %v", err)
	}
}
