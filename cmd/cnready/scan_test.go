package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/cnready/cnready/inventory"
	"github.com/cnready/cnready/inventory/scan"
)

const agency1 = "../../testdata/inventory/agency1"

// runCLI runs cnready in-process and returns stdout, stderr and the exit
// status.
func runCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	s := &streams{In: strings.NewReader(""), Out: &out, Err: &errb,
		Env: func(k string) string {
			if k == "LANG" {
				return "en_US.UTF-8"
			}
			return ""
		}}
	code := Main(args, s)
	return out.String(), errb.String(), code
}

// packTree writes dir as a .tar.gz under its base name, as an agency would
// hand it over.
func packTree(t *testing.T, dir, out string) {
	t.Helper()
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := gzip.NewWriter(f)
	tw := tar.NewWriter(zw)
	base := filepath.Base(dir)
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		h, err := tar.FileInfoHeader(info, "")
		if err != nil {
			return err
		}
		h.Name = filepath.ToSlash(filepath.Join(base, rel))
		if d.IsDir() {
			h.Name += "/"
		}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if d.Type().IsRegular() {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			_, err = tw.Write(data)
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}

// plantedSecrets are every password, secret, token and encrypted
// credential written into testdata/inventory/agency1, one per format the
// detectors read.
var plantedSecrets = []string{
	"AjpW0rkerS3cret",         // mod_jk worker secret, Tomcat AJP secret=
	"HttpdAjpPr0xySecret",     // httpd ProxyPass ajp:// secret=
	"Tomcat#DbPass1",          // Tomcat context.xml Resource password=
	"TcUsersAdm!n",            // tomcat-users.xml
	"Jeu5DsEncrypt3dPw",       // JEUS data-source {AES}
	"JeusAdm1nAccountPw",      // JEUS accounts.xml {AES}
	"WlsDomainCredCipherText", // WebLogic credential-encrypted {AES256}
	"WlsNodeMgrCipherText",    // node-manager-password-encrypted
	"WlsJdbcPwCipherText",     // jdbc module password-encrypted
	"WlsBootUserCipher",       // boot.properties
	"WlsBootPwCipher",
	"JbossDsPassw0rd",        // JBoss <security><password>
	"UrlQueryPw99",           // JDBC URL ?password=
	"Sb00tDatasourcePw",      // spring.datasource.password
	"JasyptMasterK3y",        // jasypt.encryptor.password
	"OpenApiTok3nCipher",     // ENC(...)
	"RWdvdk15c3FsQXJpYVB3",   // eGov Globals.mysql.Password (ARIA, URL-encoded)
	"RWdvdk9yYWNsZUFyaWFQdw", // eGov Globals.oracle.Password (inactive block)
	"RWdvdkFsdGliYXNlUHc",    // eGov Globals.altibase.Password
	"AltiUrlPw77",            // Altibase URL password=
	"CubridUrlPw5",           // CUBRID URL :user:password: segment
	"CubridGlobalsPw6",
	"MariaUserPass", // JDBC user:pass@
	"MariaGlobalsPw8",
	"EgovJwtS1gningSecret", // Globals.jwt.secret
	"MyCnfR00tPass",        // my.cnf [client] password
}

// TestScanSecretsNeverOutput is THE secrets test: every output format of a
// scan of the agency1 tree (folder and archive, and a scan file read back)
// must hold none of the planted secrets.
func TestScanSecretsNeverOutput(t *testing.T) {
	for _, s := range plantedSecrets {
		if !plantedIn(agency1, s) {
			t.Fatalf("secret %q is not planted in %s", s, agency1)
		}
	}
	dir := t.TempDir()
	archive := filepath.Join(dir, "agency1.tar.gz")
	packTree(t, agency1, archive)
	scanFile := filepath.Join(dir, "agency1.json")
	if _, stderr, code := runCLI(t, "scan", agency1, "--format", "json", "-o", scanFile); code != 0 {
		t.Fatalf("scan -o: exit %d: %s", code, stderr)
	}
	for _, input := range []string{agency1, archive, scanFile} {
		for _, format := range []string{"text", "json", "yaml", "dot", "mermaid"} {
			out, stderr, code := runCLI(t, "scan", input, "--format", format)
			if code != 0 {
				t.Errorf("%s --format %s: exit %d: %s", input, format, code, stderr)
			}
			for _, s := range plantedSecrets {
				if strings.Contains(out, s) || strings.Contains(stderr, s) {
					t.Errorf("%s --format %s leaks %q", filepath.Base(input), format, s)
				}
			}
		}
	}
}

// systemShape is a system as hosts per tier, which does not depend on how
// detectors spell component ids.
type systemShape struct {
	Pattern      string
	Web, WAS, DB string
}

func shapes(t *testing.T, res *scan.Result) []systemShape {
	t.Helper()
	comps := map[string]inventory.Component{}
	for _, c := range res.Components {
		comps[c.ID] = c
	}
	hostsOf := func(ids []string) string {
		var hs []string
		for _, id := range ids {
			c := comps[id]
			h := c.Host + ":" + c.Product
			if c.Tier == inventory.TierExternal {
				h = id
			}
			hs = append(hs, h)
		}
		sort.Strings(hs)
		return strings.Join(hs, ",")
	}
	var out []systemShape
	for _, s := range res.Systems {
		out = append(out, systemShape{string(s.Pattern), hostsOf(s.Web), hostsOf(s.WAS), hostsOf(s.DB)})
	}
	return out
}

func decodeScan(t *testing.T, data string) *scan.Result {
	t.Helper()
	var r scan.Result
	if err := json.Unmarshal([]byte(data), &r); err != nil {
		t.Fatalf("decode: %v\n%s", err, data)
	}
	return &r
}

// TestScanAgency1 checks the systems of the integration tree: one of each
// stack, a 2-tier WAS+DB, a WAS whose DB is outside the collection, and a
// host with no tier at all; and that the tree packed as .tar.gz gives the
// same JSON.
func TestScanAgency1(t *testing.T) {
	out, stderr, code := runCLI(t, "scan", agency1, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	res := decodeScan(t, out)
	got := shapes(t, res)
	want := []systemShape{
		{"3-tier", "nginx01:nginx", "boot01:springboot", "pg01:postgresql"},
		{"2-tier", "", "was2tier:jboss", "db2tier:mysql"},
		{"3-tier", "web01:httpd", "was01:tomcat", "db01:oracle"},
		{"3-tier", "webtob01:webtob", "jeus01:jeus", "tibero01:tibero"},
		{"2-tier", "", "wls01:weblogic", "external:10.20.0.50:1521"},
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			if g.Pattern == w.Pattern && strings.Contains(g.Web, w.Web) && strings.Contains(g.WAS, w.WAS) && strings.Contains(g.DB, w.DB) {
				found = true
			}
		}
		if !found {
			t.Errorf("no system like %+v in\n%+v", w, got)
		}
	}
	for _, h := range res.Hosts {
		if h.Name == "mgmt01" {
			for _, c := range res.Components {
				if c.Host == "mgmt01" {
					t.Errorf("mgmt01 has component %s", c.ID)
				}
			}
			if !reflect.DeepEqual(h.Addresses, []string{"10.10.9.10"}) {
				t.Errorf("mgmt01 addresses = %v", h.Addresses)
			}
		}
	}
	for _, l := range res.Links {
		if len(l.Evidence) == 0 {
			t.Errorf("link %s -> %s has no evidence", l.From, l.To)
		}
	}

	// The same tree as .tar.gz gives the same JSON, sources aside.
	archive := filepath.Join(t.TempDir(), "agency1.tar.gz")
	packTree(t, agency1, archive)
	out2, stderr, code := runCLI(t, "scan", archive, "--format", "json")
	if code != 0 {
		t.Fatalf("archive: exit %d: %s", code, stderr)
	}
	if a, b := withoutSources(t, out), withoutSources(t, out2); a != b {
		t.Errorf("archive JSON differs from the tree's:\n%s\n---\n%s", a, b)
	}
}

func withoutSources(t *testing.T, data string) string {
	r := decodeScan(t, data)
	for i := range r.Hosts {
		r.Hosts[i].Source = ""
	}
	b, _ := json.MarshalIndent(r, "", " ")
	return string(b)
}

// TestScanJSONContract pins the field names of `scan --format json`
// (DESIGN.md) and that empty lists are [] rather than null.
func TestScanJSONContract(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "h1", "etc"), 0o755)
	os.WriteFile(filepath.Join(dir, "h1", "etc", "hostname"), []byte("h1\n"), 0o644)
	out, _, code := runCLI(t, "scan", dir, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &top); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range top {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if want := []string{"components", "hosts", "links", "systems", "targets"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("keys = %v, want %v", keys, want)
	}
	for _, k := range []string{"components", "links", "systems", "targets"} {
		if string(top[k]) != "[]" {
			t.Errorf("%s = %s, want []", k, top[k])
		}
	}
	if !strings.Contains(out, `"addresses": []`) {
		t.Errorf("host addresses not []: %s", out)
	}

	out, _, _ = runCLI(t, "scan", agency1, "--format", "json")
	fields := func(raw json.RawMessage) []string {
		var list []map[string]json.RawMessage
		json.Unmarshal(raw, &list)
		if len(list) == 0 {
			t.Fatalf("empty list: %s", raw)
		}
		var ks []string
		for k := range list[0] {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return ks
	}
	json.Unmarshal([]byte(out), &top)
	for k, want := range map[string][]string{
		"components": {"evidence", "host", "id", "listen", "product", "tier", "version"},
		"links":      {"evidence", "from", "protocol", "to"},
		"systems":    {"db", "id", "pattern", "was", "web"},
	} {
		got := fields(top[k])
		for _, w := range want {
			if !contains(got, w) {
				t.Errorf("%s lacks %q: %v", k, w, got)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestScanTextFits80 keeps the summary readable on an 80-column terminal,
// in both languages.
func TestScanTextFits80(t *testing.T) {
	for _, lang := range []string{"en", "ko"} {
		out, _, code := runCLI(t, "scan", agency1, "--lang", lang)
		if code != 0 {
			t.Fatalf("exit %d", code)
		}
		for _, l := range strings.Split(out, "\n") {
			if w := lipgloss.Width(l); w > scanWidth {
				t.Errorf("%s: line of %d columns: %q", lang, w, l)
			}
		}
		if lang == "ko" && !strings.Contains(out, "인벤토리") {
			t.Errorf("ko output not in Korean:\n%s", out)
		}
	}
}
