package scan

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/korean"

	"github.com/cnready/cnready/inventory"
)

const assetCSV = "\ufeff호스트명,IP,역할,제품,버전,연계대상,포트,시스템\r\n" +
	"web01,10.1.0.1,web,Apache httpd,2.4.57,was01,80,민원포털\r\n" +
	"was01,10.1.0.2,WAS,Tomcat,9.0.85,db01:1521,8080,\r\n" +
	"db01,10.1.0.3,DB,Oracle,19c,,1521,\r\n" +
	"batch01,10.1.0.9,was,JEUS,8,10.9.9.9:1521;db01,,배치\r\n" +
	"mgmt01,10.1.0.10,,,,,,\r\n"

const assetYAML = `assets:
  - hostname: web01
    address: 10.1.0.1
    role: web
    product: nginx
    connects_to: [was01]
  - hostname: was01
    address: [10.1.0.2, 10.2.0.2]
    role: was
    product: Spring Boot
    connects_to: db01
  - 호스트명: db01
    IP: 10.1.0.3
    역할: db
    제품: PostgreSQL
`

func TestAssetsCSV(t *testing.T) {
	hrs, err := LoadAssets(strings.NewReader(assetCSV), "assets.csv", false)
	if err != nil {
		t.Fatal(err)
	}
	r := Merge(hrs...)
	if len(r.Hosts) != 5 || len(r.Components) != 5 {
		t.Fatalf("hosts %d components %d: %+v", len(r.Hosts), len(r.Components), r.Components)
	}
	var sys []string
	for _, s := range r.Systems {
		sys = append(sys, s.ID+":"+string(s.Pattern))
	}
	// batch01 reaches db01 too, so the register's two system names meet
	// in one connected group; the smaller name wins.
	if got := strings.Join(sys, " "); got != "민원포털:3-tier" {
		t.Errorf("systems = %s", got)
	}
	var links []string
	for _, l := range r.Links {
		links = append(links, l.From+">"+l.To+"/"+l.Protocol)
	}
	want := "batch01/jeus>db01/oracle:1521/jdbc batch01/jeus>external:10.9.9.9:1521/jdbc " +
		"was01/tomcat:8080>db01/oracle:1521/jdbc web01/apache-httpd:80>was01/tomcat:8080/http"
	if got := strings.Join(links, " "); got != want {
		t.Errorf("links = %s\nwant   %s", got, want)
	}
	if r.Links[0].Evidence[0] != (inventory.Evidence{Path: "assets.csv", Line: 5}) {
		t.Errorf("evidence = %+v", r.Links[0].Evidence)
	}
}

func TestAssetsYAML(t *testing.T) {
	hrs, err := LoadAssets(strings.NewReader(assetYAML), "assets.yaml", true)
	if err != nil {
		t.Fatal(err)
	}
	r := Merge(hrs...)
	if len(r.Systems) != 1 || r.Systems[0].Pattern != inventory.Pattern3Tier || r.Systems[0].ID != "system-web01" {
		t.Errorf("systems = %+v", r.Systems)
	}
	if got := r.Hosts[1].Addresses; len(got) != 2 {
		t.Errorf("was01 addresses = %v", got)
	}
}

func TestAssetErrors(t *testing.T) {
	for _, c := range []struct{ in, yaml, want string }{
		{"hostname,role\nweb01,proxy\n", "", "a.csv:2: role \"proxy\""},
		{"hostname,port\nweb01,99999\n", "", "a.csv:2: port"},
		{"foo,bar\n1,2\n", "", "a.csv:1: no hostname"},
		{"hostname,address\nweb01,not-an-ip\n", "", "a.csv:2: address"},
		{"", "y", "a.csv:1: empty"},
		{"- hostname: a\n  colour: red\n", "y", `a.csv:2: unknown key "colour" in asset`},
		{"hosts: []\n", "y", "unknown key \"hosts\""},
	} {
		_, err := LoadAssets(strings.NewReader(c.in), "a.csv", c.yaml != "")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: err = %v, want %q", c.in, err, c.want)
		}
	}
}

// Excel's Korean "CSV (쉼표로 분리)" writes CP949: the same register read
// from it gives the same hosts, links and systems as from UTF-8.
func TestAssetsCSVCP949(t *testing.T) {
	cp949, err := korean.EUCKR.NewEncoder().String(strings.TrimPrefix(assetCSV, "\ufeff"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := LoadAssets(strings.NewReader(assetCSV), "assets.csv", false)
	if err != nil {
		t.Fatal(err)
	}
	got, err := LoadAssets(strings.NewReader(cp949), "assets.csv", false)
	if err != nil {
		t.Fatal(err)
	}
	w, g := Merge(want...), Merge(got...)
	if len(g.Systems) != 1 || g.Systems[0].ID != w.Systems[0].ID || len(g.Links) != len(w.Links) || len(g.Hosts) != len(w.Hosts) {
		t.Errorf("CP949 register read as %+v, want %+v", g.Systems, w.Systems)
	}
	// Latin-1 is not Korean: refused at its line.
	_, err = LoadAssets(strings.NewReader("hostname,ip\nweb01,10.0.0.1\ncaf\xe9,10.0.0.2\n"), "l.csv", false)
	if err == nil || !strings.HasPrefix(err.Error(), "l.csv:3: not UTF-8") {
		t.Errorf("Latin-1 register: err = %v", err)
	}
}

// TestAssetRegisterBounded: a register past maxAssetRows is refused at the
// first row over, rather than linked and printed at gigabytes of memory.
func TestAssetRegisterBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("hostname,address,role\n")
	for i := 0; i <= maxAssetRows; i++ {
		fmt.Fprintf(&b, "h%d,10.%d.%d.%d,was\n", i, i>>16&255, i>>8&255, i&255)
	}
	_, err := LoadAssets(strings.NewReader(b.String()), "big.csv", false)
	if want := fmt.Sprintf("big.csv:%d: more than %d hosts", maxAssetRows+2, maxAssetRows); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("err = %v, want %q", err, want)
	}
}

// isAssetYAML tells a register from a scan file by the top level alone.
func TestIsAssetYAML(t *testing.T) {
	tests := []struct {
		doc  string
		want bool
	}{
		{assetYAML, true},
		{"- hostname: web01\n  role: web\n", true},
		{"# 자산 목록\n---\n- {hostname: web01}\n", true},
		{"\ufeffassets:\n  - hostname: a\n", true},
		{"\"assets\": []\n", true},
		{"[{hostname: a}]\n", true},
		{"{assets: [{hostname: a}]}\n", true},
		{"{\n  hosts: [],\n  assets: []\n}\n", true},
		{"hosts:\n  - name: web01\ncomponents: []\n", false},
		{"hosts:\n  - name: a\n    assets: x\n", false}, // not top level
		{"{hosts: []}\n", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isAssetYAML([]byte(tt.doc)); got != tt.want {
			t.Errorf("isAssetYAML(%q) = %v, want %v", tt.doc, got, tt.want)
		}
	}
}
