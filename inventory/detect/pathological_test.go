package detect

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPathologicalFiles runs detectors on large hostile files (hundreds
// of thousands of listeners, workers, SIDs, entries). What they report is
// bounded (components, listen addresses, names, targets, notes), which
// also keeps them linear: before the bounds, 700,000 Listen lines took
// 100 s and a my.cnf of ports times bind addresses 9 GB.
func TestPathologicalFiles(t *testing.T) {
	gen := func(n int, f func(i int) string) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(f(i))
		}
		return b.String()
	}
	ip := func(i int) string { return fmt.Sprintf("10.%d.%d.%d", i>>16&255, i>>8&255, i&255) }
	for _, tc := range []struct {
		detector string
		files    map[string]string
	}{
		{"httpd", map[string]string{"etc/httpd/conf/httpd.conf": gen(60000, func(i int) string {
			return fmt.Sprintf("Listen %s:%d\nProxyPass /p%d http://%s:8080/\n", ip(i), i%60000+1, i, ip(i))
		})}},
		{"httpd", map[string]string{
			"etc/httpd/conf/httpd.conf":         "JkWorkersFile conf/workers.properties\n" + gen(40000, func(i int) string { return fmt.Sprintf("JkMount /a%d/* w%d\n", i, i) }),
			"etc/httpd/conf/workers.properties": gen(40000, func(i int) string { return fmt.Sprintf("worker.w%d.host=%s\nworker.w%d.port=8009\n", i, ip(i), i) }),
		}},
		{"nginx", map[string]string{"etc/nginx/nginx.conf": "http {\n" + gen(20000, func(i int) string {
			return fmt.Sprintf("upstream u%d { server %s:8080; }\nserver { listen %d; location / { proxy_pass http://u%d; } }\n", i, ip(i), i%60000+1, i)
		}) + "}\n"}},
		{"oracle", map[string]string{"u01/app/oracle/product/19/db/network/admin/listener.ora": "LISTENER = (ADDRESS = (PROTOCOL = TCP)(HOST = db)(PORT = 1521))\nSID_LIST_LISTENER = (SID_LIST =\n" +
			gen(30000, func(i int) string { return fmt.Sprintf("(SID_DESC = (GLOBAL_DBNAME = S%d.x)(SID_NAME = S%d))\n", i, i) }) + ")\n"}},
		{"mysql", map[string]string{"etc/my.cnf": "[mysqld]\n" + gen(30000, func(i int) string { return fmt.Sprintf("port=%d\nbind-address=%s\n", i%60000+1, ip(i)) })}},
		{"webtob", map[string]string{"webtob/config/http.m": "*NODE\n" + gen(40000, func(i int) string { return fmt.Sprintf("n%d WEBTOBDIR=\"/webtob\", PORT=\"%d\"\n", i, i%60000+1) })}},
		{"springboot", map[string]string{"app/a/config/application.properties": gen(30000, func(i int) string {
			return fmt.Sprintf("d%d.url=jdbc:mysql://%s:3306/d%d\nd%d.password=x\n", i, ip(i), i, i)
		})}},
	} {
		t.Run(tc.detector, func(t *testing.T) {
			dir := t.TempDir()
			for p, content := range tc.files {
				full := filepath.Join(dir, filepath.FromSlash(p))
				if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			f := run(t, tc.detector, dir)
			if len(f.Components) > maxComponents || len(f.Targets) > maxTargets || len(f.Notes) > maxNotes+1 {
				t.Errorf("%d components, %d targets, %d notes: over the bounds", len(f.Components), len(f.Targets), len(f.Notes))
			}
			for _, c := range f.Components {
				if len(c.Listen) > maxListen || len(c.Evidence) > maxListen || len(f.Names[c.ID]) > maxListen {
					t.Errorf("%s: %d listen, %d evidence, %d names: over the bound", c.ID, len(c.Listen), len(c.Evidence), len(f.Names[c.ID]))
				}
			}
			if len(f.Components) == 0 {
				t.Errorf("nothing found in a large but valid file")
			}
		})
	}
}
