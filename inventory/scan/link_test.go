package scan

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"
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
		})
	}
}
