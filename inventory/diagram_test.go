package inventory

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sampleInventory is a WebtoB → JEUS → Tibero system beside a WAS whose
// database lies outside the scan.
func sampleInventory() *Inventory {
	return &Inventory{
		Components: []Component{
			{ID: "webtob01/webtob:/home/webtob", Host: "webtob01", Tier: TierWeb, Product: "webtob", Version: "5.0"},
			{ID: "jeus01/jeus:/home/jeus", Host: "jeus01", Tier: TierWAS, Product: "jeus", Version: "8.0"},
			{ID: "tibero01/tibero:TBMW", Host: "tibero01", Tier: TierDB, Product: "tibero", Version: "6"},
			{ID: "wls01/weblogic:grant", Host: "wls01", Tier: TierWAS, Product: "weblogic"},
			{ID: "external:10.20.0.50:1521", Tier: TierExternal, Product: "oracle"},
		},
		Links: []Link{
			{From: "webtob01/webtob:/home/webtob", To: "jeus01/jeus:/home/jeus", Protocol: "webtob"},
			{From: "jeus01/jeus:/home/jeus", To: "tibero01/tibero:TBMW", Protocol: "jdbc"},
			{From: "wls01/weblogic:grant", To: "external:10.20.0.50:1521", Protocol: "jdbc"},
		},
		Systems: []System{
			{ID: "system-webtob01", Pattern: Pattern3Tier, Web: []string{"webtob01/webtob:/home/webtob"},
				WAS: []string{"jeus01/jeus:/home/jeus"}, DB: []string{"tibero01/tibero:TBMW"}},
			{ID: "system-wls01", Pattern: Pattern2Tier, WAS: []string{"wls01/weblogic:grant"}, DB: []string{"external:10.20.0.50:1521"}},
		},
	}
}

func TestDiagrams(t *testing.T) {
	for _, tt := range []struct {
		golden string
		write  func(*bytes.Buffer, *Inventory) error
	}{
		{"diagram.dot", func(b *bytes.Buffer, inv *Inventory) error { return WriteDOT(b, inv) }},
		{"diagram.mmd", func(b *bytes.Buffer, inv *Inventory) error { return WriteMermaid(b, inv) }},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(&b, sampleInventory()); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tt.golden)
			if *update {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("%s differs from golden (run with -update):\n%s", tt.golden, b.String())
			}
		})
	}
}

// TestDiagramEscaping checks that labels cannot break out of their quotes.
func TestDiagramEscaping(t *testing.T) {
	inv := &Inventory{
		Components: []Component{{ID: `a"b`, Host: "h\"1", Tier: TierWeb, Product: "x|y<z>"}},
		Systems:    []System{{ID: `s"1`, Pattern: PatternSingle, Web: []string{`a"b`}}},
	}
	var dot, mmd bytes.Buffer
	if err := WriteDOT(&dot, inv); err != nil {
		t.Fatal(err)
	}
	if err := WriteMermaid(&mmd, inv); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(dot.Bytes(), []byte(`"a\"b"`)) {
		t.Errorf("DOT id not escaped:\n%s", dot.String())
	}
	for _, bad := range []string{`"h"1`, "x|y", "<z>"} {
		if bytes.Contains(mmd.Bytes(), []byte(bad)) {
			t.Errorf("Mermaid label not escaped (%q):\n%s", bad, mmd.String())
		}
	}
}

// TestDiagramsNoControlCharacters: labels from input cannot carry terminal
// escapes into a diagram printed on a terminal.
func TestDiagramsNoControlCharacters(t *testing.T) {
	evil := "\x1b]0;pwned\a\x1b[2J"
	c := Component{ID: "h/x" + evil, Host: "h" + evil, Tier: TierWeb, Product: "httpd" + evil, Version: "2" + evil}
	inv := &Inventory{Components: []Component{c}, Systems: []System{{ID: "s" + evil, Pattern: PatternSingle, Web: []string{c.ID}}},
		Links: []Link{{From: c.ID, To: c.ID, Protocol: "http" + evil}}}
	for name, write := range map[string]func(io.Writer, *Inventory) error{"dot": WriteDOT, "mermaid": WriteMermaid} {
		var b strings.Builder
		if err := write(&b, inv); err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(b.String(), "\x1b\a") {
			t.Errorf("%s keeps control characters:\n%q", name, b.String())
		}
	}
}
