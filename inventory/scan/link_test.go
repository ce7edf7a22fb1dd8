package scan

import (
	"context"
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cnready/cnready/inventory"
)

// oraListener serves ORCL and PROD on one port, with an external-procedure
// agent beside them, as real listener.ora files do.
const oraListener = `LISTENER =
  (DESCRIPTION_LIST =
    (DESCRIPTION =
      (ADDRESS = (PROTOCOL = IPC)(KEY = EXTPROC1521))
      (ADDRESS = (PROTOCOL = TCP)(HOST = db01)(PORT = 1521))
    )
  )
SID_LIST_LISTENER =
  (SID_LIST =
    (SID_DESC = (SID_NAME = CLRExtProc)(ORACLE_HOME = /u01/app/oracle/product/11.2.0/db_1)(PROGRAM = extproc))
    (SID_DESC = (GLOBAL_DBNAME = ORCL.agency.go.kr)(ORACLE_HOME = /u01/app/oracle/product/11.2.0/db_1)(SID_NAME = ORCL))
    (SID_DESC = (GLOBAL_DBNAME = PROD.agency.go.kr)(ORACLE_HOME = /u01/app/oracle/product/11.2.0/db_1)(SID_NAME = PROD))
  )
`

// TestLinkToNamedInstance: a JDBC URL naming a SID, a service name or a
// TNS alias links to that instance only; one naming none links to all.
func TestLinkToNamedInstance(t *testing.T) {
	for _, tc := range []struct {
		name, url, tns string
		want           string
	}{
		{"SID", "jdbc:oracle:thin:@db01:1521:ORCL", "", "db01/oracle:ORCL"},
		{"service name with domain", "jdbc:oracle:thin:@//db01:1521/prod.agency.go.kr", "", "db01/oracle:PROD"},
		{"TNS alias", "jdbc:oracle:thin:@PRODDB",
			"PRODDB =\n  (DESCRIPTION = (ADDRESS = (PROTOCOL = TCP)(HOST = db01)(PORT = 1521))\n    (CONNECT_DATA = (SERVICE_NAME = PROD.agency.go.kr)))\n",
			"db01/oracle:PROD"},
		{"no database", "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db01)(PORT=1521)))", "", "db01/oracle:ORCL,db01/oracle:PROD"},
		{"a database no instance answers to", "jdbc:oracle:thin:@//db01:1521/orclpdb1", "", "db01/oracle:ORCL,db01/oracle:PROD"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "coll")
			files := map[string]string{
				"was01/etc/hostname": "was01\n",
				"was01/etc/hosts":    "10.0.0.31 db01\n",
				"was01/app/minwon/config/application.properties": "spring.datasource.url=" + tc.url + "\n" +
					"spring.datasource.password=LinkTestPw1\n",
				"db01/etc/hostname": "db01\n",
				"db01/etc/hosts":    "10.0.0.31 db01\n",
				"db01/u01/app/oracle/product/11.2.0/db_1/network/admin/listener.ora": oraListener,
			}
			if tc.tns != "" {
				files["was01/etc/tnsnames.ora"] = tc.tns
			}
			writeTree(t, dir, files)
			hrs, err := ScanDir(context.Background(), Options{}, dir)
			if err != nil {
				t.Fatal(err)
			}
			r := Merge(hrs...)
			var dbs []string
			for _, c := range r.Components {
				if c.Tier == "db" {
					dbs = append(dbs, c.ID)
				}
			}
			if g := strings.Join(dbs, ","); g != "db01/oracle:ORCL,db01/oracle:PROD" {
				t.Fatalf("db components %s (an external-procedure agent must not be one)", g)
			}
			var to []string
			for _, l := range r.Links {
				to = append(to, l.To)
			}
			sort.Strings(to)
			if g := strings.Join(to, ","); g != tc.want {
				t.Errorf("links to %s, want %s", g, tc.want)
			}
			for _, tr := range r.Targets {
				if tr.Protocol == "jdbc" && tr.To != tc.want {
					t.Errorf("target to = %q, want %q", tr.To, tc.want)
				}
			}
			noSecret(t, r, "LinkTestPw1")
		})
	}
}

// TestModJKWithoutHTTPDConf: mod_jk collected as httpd-jk.conf and
// workers.properties without httpd.conf still links the web server to its
// Tomcat; a worker whose port nothing listens on, on a scanned host, is
// named by that host with a note, not an external address of its own.
func TestModJKWithoutHTTPDConf(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "coll")
	writeTree(t, dir, map[string]string{
		"web01/etc/hostname": "web01\n",
		"web01/etc/hosts":    "10.20.30.11 web01\n10.20.30.41 was01\n",
		"web01/app/apache/conf/extra/httpd-jk.conf": "LoadModule jk_module modules/mod_jk.so\n<IfModule jk_module>\n" +
			"    JkWorkersFile conf/workers.properties\n    JkMount /minwon|/* balancer\n    JkMount /stat/* stat\n</IfModule>\n",
		"web01/app/apache/conf/workers.properties": "worker.list=balancer,stat\nworker.balancer.type=lb\n" +
			"worker.balancer.balance_workers=node1\nworker.node1.type=ajp13\nworker.node1.host=was01\nworker.node1.port=8009\n" +
			"worker.node1.secret=ModJkTestSecret9\nworker.stat.type=ajp13\nworker.stat.host=10.20.30.41\nworker.stat.port=8109\n",
		"was01/etc/hostname":                             "was01\n",
		"was01/etc/sysconfig/network-scripts/ifcfg-eth0": "IPADDR=10.20.30.41\n",
		"was01/opt/tomcat/conf/server.xml": `<Server port="8005"><Service name="Catalina">` +
			`<Connector port="8080" protocol="HTTP/1.1"/><Connector port="8009" protocol="AJP/1.3" address="0.0.0.0" secretRequired="false"/>` +
			`</Service></Server>`,
	})
	hrs, err := ScanDir(context.Background(), Options{}, dir)
	if err != nil {
		t.Fatal(err)
	}
	r := Merge(hrs...)
	links := map[string]bool{}
	for _, l := range r.Links {
		links[l.From+" -> "+l.To+" "+l.Protocol] = true
	}
	for _, want := range []string{
		"web01/httpd:/app/apache -> was01/tomcat:/opt/tomcat ajp",
		"web01/httpd:/app/apache -> external:was01:8109 ajp",
	} {
		if !links[want] {
			t.Errorf("no link %s in %v", want, links)
		}
	}
	var ext *inventory.Component
	for i, c := range r.Components {
		if c.ID == "external:was01:8109" {
			ext = &r.Components[i]
		}
	}
	if ext == nil || ext.Host != "was01" {
		t.Fatalf("external component for the unanswered port: %+v", ext)
	}
	notes := ""
	for _, h := range r.Hosts {
		if h.Name == "was01" {
			notes = strings.Join(h.Notes, "\n")
		}
	}
	if !strings.Contains(notes, "was01:8109: port not listening here (ajp target of web01/httpd:/app/apache") {
		t.Errorf("was01 notes: %s", notes)
	}
	if len(r.Systems) != 1 || r.Systems[0].Pattern != "2-tier" {
		t.Errorf("systems %+v", r.Systems)
	}
	noSecret(t, r, "ModJkTestSecret9")
}

// noSecret fails when the scan result, as written, holds a planted secret.
func noSecret(t *testing.T, r *Result, secrets ...string) {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range secrets {
		if strings.Contains(string(b), s) {
			t.Errorf("the result holds the secret %q", s)
		}
	}
}
