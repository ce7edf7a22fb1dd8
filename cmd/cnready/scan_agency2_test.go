package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cnready/cnready/inventory"
)

// agency2 is a collection shaped like a real agency's: host folders named
// by role (app, data, home, opt, srv, u01) with etc/hostname inside, mod_jk
// collected without httpd.conf, a Windows-made multi-SID listener.ora with
// external-procedure agents, a WebLogic domain copied from Cargo's
// template (@cargo.*@ tokens), an eGovFrame 4.x simple backend on Spring
// Boot whose database name comes from a Docker .env, and a Tomcat whose
// ServerInfo.properties says @VERSION@.
const agency2 = "../../testdata/inventory/agency2"

// agency2Secrets are every password, secret, token and encrypted
// credential planted in agency2.
var agency2Secrets = []string{
	"JkWorkerTwoS3cret",    // workers.properties worker.template.secret
	"AgencyTwoAjpS3cret",   // Tomcat AJP secret=
	"EgovOraclePwTwo",      // Globals.oracle.Password
	"EgovMysqlPwTwo",       // Globals.mysql.Password (inactive block)
	"BoardPgPassw0rd",      // .env POSTGRES_PASSWORD
	"BoardJwtS1gning",      // Globals.jwt.secret
	"AgencyTwoApiTok3n",    // openapi.access.token
	"NaverClientS3cretTwo", // Sns.naver.clientSecret
	"WlsCargoCredCipher",   // credential-encrypted {AES}
	"WlsCargoNmCipher",     // node-manager-password-encrypted
	"CargoDsPlainPw2",      // jdbc module password property
	"WlsBootUserTwoCipher", // boot.properties
	"WlsBootPwTwoCipher",
}

// TestScanAgency2 checks every wrong answer of issue 11 on one realistic
// collection, in every output format, from the folder and from a .tar.gz.
func TestScanAgency2(t *testing.T) {
	for _, s := range agency2Secrets {
		if !plantedIn(agency2, s) {
			t.Fatalf("secret %q is not planted in %s", s, agency2)
		}
	}
	archive := filepath.Join(t.TempDir(), "agency2.tar.gz")
	packTree(t, agency2, archive)
	for _, input := range []string{agency2, archive} {
		out, stderr, code := runCLI(t, "scan", input, "--format", "json")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", input, code, stderr)
		}
		res := decodeScan(t, out)

		// 1. Role-named host folders are hosts, named by etc/hostname.
		var hosts []string
		for _, h := range res.Hosts {
			hosts = append(hosts, h.Name)
		}
		if g := strings.Join(hosts, ","); g != "db01,ops01,pg01,was01,web01,wls01" {
			t.Errorf("hosts = %s", g)
		}
		comps := map[string]inventory.Component{}
		for _, c := range res.Components {
			comps[c.ID] = c
		}
		links := map[string]bool{}
		for _, l := range res.Links {
			links[l.From+" -> "+l.To+" "+l.Protocol] = true
		}
		for _, want := range []string{
			// 6. mod_jk without httpd.conf links web to WAS ...
			"web01/httpd:/app/apache -> was01/tomcat:/opt/tomcat ajp",
			// ... and a worker nothing listens for is named by its host.
			"web01/httpd:/app/apache -> external:was01:8109 ajp",
			// 2. The SID in the URL picks ORCL, not PROD beside it.
			"was01/tomcat:/opt/tomcat -> db01/oracle:ORCL jdbc",
			// 5. and 4. the eGovFrame boot app reaches pg01's database.
			"was01/egovframe:/srv/board-api -> pg01/postgresql:/var/lib/postgresql/15/main jdbc",
		} {
			if !links[want] {
				t.Errorf("%s: no link %s in\n%v", input, want, links)
			}
		}
		if len(res.Links) != 4 {
			t.Errorf("%s: %d links, want 4: %v", input, len(res.Links), links)
		}
		for id := range comps {
			if strings.HasPrefix(id, "external:") && id != "external:was01:8109" {
				t.Errorf("%s: external component %s", input, id)
			}
			// 3. External-procedure agents are no databases.
			if strings.Contains(strings.ToLower(id), "extproc") || strings.HasSuffix(id, "AGENT01") {
				t.Errorf("%s: external-procedure agent as component %s", input, id)
			}
		}
		// 5. eGovFrame with its version.
		if c := comps["was01/egovframe:/srv/board-api"]; c.Product != "egovframe" || c.Version != "4.2.0" {
			t.Errorf("%s: board-api %+v", input, c)
		}
		// 4. No placeholder reported as a value.
		for _, c := range res.Components {
			for _, v := range append([]string{c.Version}, c.Listen...) {
				if inventory.HasPlaceholder(v) {
					t.Errorf("%s: %s reports placeholder %q", input, c.ID, v)
				}
			}
		}
		for _, tr := range res.Targets {
			if inventory.HasPlaceholder(tr.Host) || inventory.HasPlaceholder(tr.Database) {
				t.Errorf("%s: target %+v holds a placeholder", input, tr)
			}
			if tr.From == "was01/egovframe:/srv/board-api" && tr.Database != "board" {
				t.Errorf("%s: board-api database %q, want board (from .env)", input, tr.Database)
			}
		}
		notes := ""
		for _, h := range res.Hosts {
			notes += strings.Join(h.Notes, "\n") + "\n"
		}
		for _, want := range []string{"unresolved placeholder @cargo.weblogic.domain.version@",
			"unresolved placeholder @VERSION@", "was01:8109: port not listening here",
			"CLRExtProc is an external-procedure agent", "httpd.conf not collected"} {
			if !strings.Contains(notes, want) {
				t.Errorf("%s: no note %q", input, want)
			}
		}
		// Secrets stay out of every format.
		for _, format := range []string{"text", "json", "yaml", "dot", "mermaid"} {
			out, stderr, _ := runCLI(t, "scan", input, "--format", format)
			for _, s := range agency2Secrets {
				if strings.Contains(out, s) || strings.Contains(stderr, s) {
					t.Errorf("%s --format %s leaks %q", filepath.Base(input), format, s)
				}
			}
		}
	}
}

// plantedIn reports whether some file under dir holds s.
func plantedIn(dir, s string) bool {
	found := false
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(p)
			found = found || bytes.Contains(data, []byte(s))
		}
		return nil
	})
	return found
}

// TestScanTextNoEscapes: a folder, file and value holding terminal escape
// sequences reach the text view made visible, never raw.
func TestScanTextNoEscapes(t *testing.T) {
	dir := t.TempDir()
	host := filepath.Join(dir, "h\x1b]0;pwned\a")
	for p, content := range map[string]string{
		"opt/tomcat/conf/server.xml":          `<Server><Service><Connector port="8080"/></Service></Server>`,
		"opt/tomcat/RELEASE-NOTES":            "Apache Tomcat Version 9.0.1\x1b[31m\n",
		"opt/tomcat/conf/\x1b[2Jcontext.xml":  "\x00binary",
		"etc/hosts":                           "10.0.0.1 h\n",
		"opt/tomcat/conf/Catalina/x/\x1b.xml": "<Context><Resource url=\"jdbc:mysql://db\x1b[1m:3306/x\"/></Context>",
	} {
		full := filepath.Join(host, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, stderr, _ := runCLI(t, "scan", dir)
	for _, r := range out + stderr {
		if r == 0x1b || r == 0x07 {
			t.Fatalf("raw control character in output:\n%q", out)
		}
	}
	if !strings.Contains(out, "^[") {
		t.Errorf("escape not made visible:\n%s", out)
	}
}

// TestScanNewFixturesNoSecrets: the detector fixtures added with issue 11
// keep their planted secrets out of every output format too.
func TestScanNewFixturesNoSecrets(t *testing.T) {
	const fixtures = "../../inventory/detect/testdata/"
	for dir, secrets := range map[string][]string{
		"httpd-jkonly": {"JkOnlyW0rkerSecret"},
		"egov":         {"jwtSecretKey"},
	} {
		for _, s := range secrets {
			if !plantedIn(fixtures+dir, s) {
				t.Fatalf("%s is not planted in %s", s, dir)
			}
		}
		for _, format := range []string{"text", "json", "yaml", "dot", "mermaid"} {
			out, stderr, code := runCLI(t, "scan", fixtures+dir, "--format", format)
			if code != 0 {
				t.Errorf("%s --format %s: exit %d: %s", dir, format, code, stderr)
			}
			for _, s := range secrets {
				if strings.Contains(out+stderr, s) {
					t.Errorf("%s --format %s leaks %q", dir, format, s)
				}
			}
		}
	}
}
