package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/cnready/cnready/inventory"
	"github.com/cnready/cnready/inventory/scan"
)

func TestShortenMiddle(t *testing.T) {
	for _, tt := range []struct {
		in       string
		max      int
		keepTail string
	}{
		{"web01:/etc/httpd/conf.d/mod_jk.conf:8", 80, "web01:/etc/httpd/conf.d/mod_jk.conf:8"},
		{"was2tier:/opt/apps/stat/WEB-INF/classes/egovframework/egovProps/globals.properties:9", 74, "globals.properties:9"},
		{"db:/u01/app/oracle/product/19.0.0/dbhome_1/network/admin/한글경로/listener.ora:12", 40, "listener.ora:12"},
	} {
		got := shortenMiddle(tt.in, tt.max)
		if lipgloss.Width(got) > tt.max {
			t.Errorf("%q: width %d > %d", got, lipgloss.Width(got), tt.max)
		}
		if !strings.HasSuffix(got, tt.keepTail) || !strings.HasPrefix(got, tt.in[:5]) {
			t.Errorf("%q lost its head or tail", got)
		}
	}
}

func TestTwinLabels(t *testing.T) {
	cs := []inventory.Component{
		{ID: "wls01/weblogic:/u01/domains/d/servers/AdminServer", Host: "wls01", Product: "weblogic", Version: "12.2"},
		{ID: "wls01/weblogic:/u01/domains/d/servers/ms1", Host: "wls01", Product: "weblogic", Version: "12.2"},
		{ID: "was01/tomcat:/opt/tomcat", Host: "was01", Product: "tomcat"},
	}
	twins := twinComponents(cs)
	got := []string{componentLabel(cs[0], twins), componentLabel(cs[1], twins), componentLabel(cs[2], twins)}
	want := []string{"wls01 weblogic 12.2 (AdminServer)", "wls01 weblogic 12.2 (ms1)", "was01 tomcat"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("label %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// renderScan renders the text view of res in lang.
func renderScan(t *testing.T, res *scan.Result, lang string) string {
	t.Helper()
	var b strings.Builder
	a := &app{lang: lang}
	if err := a.writeScanText(&b, res, newStyles(&b, false)); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestScanTextLists: lists wrap between names, never cutting one, and a
// long list ends in "+N more" instead of dropping names silently.
func TestScanTextLists(t *testing.T) {
	res := &scan.Result{}
	var names []string
	for i := 0; i < 45; i++ {
		n := fmt.Sprintf("agency-batch-server-%02d.internal.example.go.kr", i)
		names = append(names, n)
		res.Hosts = append(res.Hosts, inventory.Host{Name: n})
	}
	c := inventory.Component{ID: "w/tomcat:/opt/t", Host: "w", Tier: inventory.TierWAS, Product: "tomcat",
		Listen: []string{"10.10.10.10:8080", "10.10.10.11:8080", "10.10.10.12:8080", "10.10.10.13:8080", "[fd00::1234:5678]:8443", "*:8009"}}
	res.Hosts = append(res.Hosts, inventory.Host{Name: "w"})
	res.Components = []inventory.Component{c}
	res.Systems = []inventory.System{{ID: "system-w", Pattern: "single", WAS: []string{c.ID}}}
	for _, lang := range []string{"en", "ko"} {
		out := renderScan(t, res, lang)
		for _, l := range strings.Split(out, "\n") {
			if w := lipgloss.Width(l); w > scanWidth {
				t.Errorf("%s: line of %d columns: %q", lang, w, l)
			}
		}
		shown := 0
		for _, n := range names {
			if strings.Contains(out, n) {
				shown++
			}
		}
		more := map[string]string{"en": fmt.Sprintf("+%d more", 45-shown), "ko": fmt.Sprintf("외 %d개", 45-shown)}[lang]
		if shown != scanListMax || !strings.Contains(out, more) {
			t.Errorf("%s: %d names shown whole, want %d and %q:\n%s", lang, shown, scanListMax, more, out)
		}
		for _, l := range c.Listen {
			if !strings.Contains(out, l) {
				t.Errorf("%s: listen %s cut or dropped:\n%s", lang, l, out)
			}
		}
	}
}

// TestScanTextNotReadHosts: a host left unread is said to be so, not
// listed among hosts where nothing was found.
func TestScanTextNotReadHosts(t *testing.T) {
	res := &scan.Result{Inventory: inventory.Inventory{Hosts: []inventory.Host{
		{Name: "h1", Incomplete: "1 files not read: archive memory budget used up"}, {Name: "h2"}}}}
	out := renderScan(t, res, "en")
	if !strings.Contains(out, "Not fully read: h1 (1 files not read: archive memory budget used up)") ||
		!strings.Contains(out, "No Web/WAS/DB found on: h2\n") {
		t.Errorf("got:\n%s", out)
	}
}

// TestScanTextNoControlCharacters: names, versions, notes and evidence
// read from input reach the terminal without control characters.
func TestScanTextNoControlCharacters(t *testing.T) {
	evil := "\x1b]0;pwned\a\x1b[2J\u202e"
	c := inventory.Component{ID: "h/tomcat:/x", Host: "h" + evil, Tier: inventory.TierWAS, Product: "tomcat" + evil,
		Version: "9" + evil, Listen: []string{"*:80" + evil}}
	d := inventory.Component{ID: "h/oracle:X", Host: "h" + evil, Tier: inventory.TierDB, Product: "oracle"}
	res := &scan.Result{Inventory: inventory.Inventory{
		Hosts:      []inventory.Host{{Name: "h" + evil, Notes: []string{"etc/" + evil + ": skipped"}}, {Name: "idle" + evil}},
		Components: []inventory.Component{c, d},
		Links:      []inventory.Link{{From: c.ID, To: d.ID, Protocol: "jdbc" + evil, Evidence: []inventory.Evidence{{Path: "h:/opt/" + evil, Line: 3}}}},
		Systems:    []inventory.System{{ID: "system-h" + evil, Pattern: "2-tier", WAS: []string{c.ID}, DB: []string{d.ID}}},
	}}
	out := renderScan(t, res, "en")
	for _, r := range out {
		if r < 0x20 && r != '\n' || r == 0x7f || r == '\u202e' {
			t.Fatalf("control character %U in output:\n%q", r, out)
		}
	}
}

// TestScanDataStreamed: JSON and YAML written element by element are the
// documents encoding the whole result gives, byte for byte.
func TestScanDataStreamed(t *testing.T) {
	for _, tree := range []string{agency1, agency2} {
		hrs, err := scan.LoadPath(t.Context(), scan.Options{}, tree)
		if err != nil {
			t.Fatal(err)
		}
		for _, res := range []*scan.Result{scan.Merge(hrs...), scan.Merge()} {
			for _, format := range []string{"json", "yaml"} {
				var whole, streamed bytes.Buffer
				if err := writeData(&whole, format, res); err != nil {
					t.Fatal(err)
				}
				if err := writeScanData(&streamed, format, res); err != nil {
					t.Fatal(err)
				}
				if whole.String() != streamed.String() {
					t.Errorf("%s %s differs:\n%s\n---\n%s", tree, format, whole.String(), streamed.String())
				}
			}
		}
	}
}
