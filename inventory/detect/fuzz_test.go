package detect

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cnready/cnready/inventory"
)

// mapHost is a HostContext over in-memory files.
func mapHost(files map[string]string) *inventory.HostContext {
	m := fstest.MapFS{}
	for k, v := range files {
		m[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return &inventory.HostContext{
		FS:       m,
		Host:     "fuzz",
		ReadFile: func(n string) ([]byte, error) { return m.ReadFile(n) },
		Exists: func(n string) bool {
			st, err := m.Stat(n)
			return err == nil && !st.IsDir()
		},
		Glob: func(p string) []string { r, _ := m.Glob(p); return r },
	}
}

// runAll runs every detector over files and checks the invariants that
// must hold for any input: no error escapes, evidence points at a real
// line of a real file, and the marker secret never shows up.
func runAll(t *testing.T, files map[string]string) {
	h := mapHost(files)
	for _, d := range All() {
		var paths []string
		for p := range files {
			if d.Match(p) {
				paths = append(paths, p)
			}
		}
		f, err := d.Detect(context.Background(), h, paths)
		if err != nil {
			t.Fatalf("%s: %v", d.Name(), err)
		}
		check := func(e inventory.Evidence) {
			text, ok := files[e.Path]
			if !ok {
				t.Fatalf("%s: evidence names unknown file %q", d.Name(), e.Path)
			}
			if n := strings.Count(text, "\n") + 1; e.Line < 1 || e.Line > n {
				t.Fatalf("%s: evidence line %d outside %s (%d lines)", d.Name(), e.Line, e.Path, n)
			}
		}
		for _, c := range f.Components {
			for _, e := range c.Evidence {
				check(e)
			}
		}
		for _, tg := range f.Targets {
			for _, e := range tg.Evidence {
				check(e)
			}
		}
		b, _ := json.Marshal(f)
		if strings.Contains(string(b), "FUZZSECRET") {
			t.Fatalf("%s: secret marker leaked: %s", d.Name(), b)
		}
	}
}

// seed adds every fixture file whose name ends with one of exts.
func seed(f *testing.F, exts ...string) {
	_ = filepath.WalkDir("testdata", func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || strings.Contains(p, "golden") {
			return nil
		}
		for _, x := range exts {
			if strings.HasSuffix(strings.ToLower(p), x) {
				if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
					f.Add(string(b))
				}
			}
		}
		return nil
	})
}

func FuzzWebtoB(f *testing.F) {
	seed(f, ".m")
	f.Add("*NODE\nn PORT=\"80\", JSVPORT = 9900,\n WEBTOBDIR=\"/x\"\n*REVERSE_PROXY\nr ServerAddress=\"h:1\"#c\n")
	f.Fuzz(func(t *testing.T, s string) {
		runAll(t, map[string]string{"home/webtob/config/http.m": s})
	})
}

func FuzzConfigText(f *testing.F) {
	seed(f, ".properties", ".yml", ".yaml", ".cnf", ".conf", ".tip", ".ora", "oratab")
	f.Add("spring.datasource.url=jdbc:mysql://h/db\nspring.datasource.password=FUZZSECRET\nserver.port=${P:1}\n")
	f.Add("server:\n  port: 1\nspring:\n  datasource:\n    url: jdbc:oracle:thin:@h:1:S\n    password: FUZZSECRET\n---\nspring.profiles: x\n")
	f.Fuzz(func(t *testing.T, s string) {
		runAll(t, map[string]string{
			"app/a/config/application.properties":      s,
			"app/b/config/application.yml":             s,
			"app/c/WEB-INF/classes/globals.properties": s,
			"etc/my.cnf":                                s,
			"var/lib/pgsql/15/data/postgresql.conf":     s,
			"home/tibero/tibero6/config/tb.tip":         s,
			"u01/app/oracle/network/admin/listener.ora": s,
			"etc/oratab":                                s,
			"etc/httpd/conf/httpd.conf":                 s,
			"etc/httpd/conf/workers.properties":         s,
			"etc/nginx/nginx.conf":                      s,
			"etc/systemd/system/app.service":            s,
			"opt/cubrid/conf/cubrid_broker.conf":        s,
		})
	})
}

func FuzzXMLDetectors(f *testing.F) {
	seed(f, ".xml")
	f.Add(`<project><properties><egov.v>4.1.0</egov.v></properties><dependencies><dependency><groupId>org.egovframe.rte</groupId><version>${egov.v}</version></dependency></dependencies></project>`)
	f.Add(`<Server><Service><Connector port="1" address="a"/><Engine jvmRoute="r"/></Service><GlobalNamingResources><Resource url="jdbc:mysql://h/d" password="FUZZSECRET"/></GlobalNamingResources></Server>`)
	f.Add(`<domain version="8"><servers><server><name>s</name><data-sources><data-source>d</data-source></data-sources></server></servers><resources><data-source><database><data-source-id>d</data-source-id><vendor>oracle</vendor><server-name>h</server-name><password>FUZZSECRET</password></database></data-source></resources></domain>`)
	f.Fuzz(func(t *testing.T, s string) {
		runAll(t, map[string]string{
			"opt/tomcat/conf/server.xml":                          s,
			"opt/tomcat/conf/context.xml":                         s,
			"home/jeus/domains/d/config/domain.xml":               s,
			"jeus/config/n/JEUSMain.xml":                          s,
			"jeus/config/n/n_servlet_e/WEBMain.xml":               s,
			"u01/domains/base/config/config.xml":                  s,
			"u01/domains/base/config/jdbc/x-jdbc.xml":             s,
			"opt/wildfly/standalone/configuration/standalone.xml": s,
			"opt/jboss/server/default/deploy/x-ds.xml":            s,
			"app/w/WEB-INF/classes/spring/context-datasource.xml": s,
			"app/w/pom.xml":                       s,
			"app/b/config/application.properties": "Globals.DbType=mysql\n",
			"app/b/pom.xml":                       s,
		})
	})
}

func FuzzParsers(f *testing.F) {
	seed(f, ".properties", ".yml", ".m", ".ora")
	f.Fuzz(func(t *testing.T, s string) {
		// Every line a parser reports must exist: evidence points at it.
		n := strings.Count(s, "\n") + 1
		line := func(what string, l int) {
			if l < 1 || l > n {
				t.Fatalf("%s line %d outside 1..%d", what, l, n)
			}
		}
		for _, p := range parseProperties(s) {
			line("properties", p.Line)
		}
		ps, _ := parseYAML(s)
		for _, p := range ps {
			line("yaml", p.Line)
		}
		for _, p := range parseINI(s) {
			line("ini", p.Line)
		}
		for _, e := range parseHTTPM(s) {
			line("http.m", e.Line)
		}
		for _, e := range ParseTNSNames(s) {
			line("tnsnames", e.Line)
			for _, ep := range e.Endpoints {
				if ep.Port < 1 || ep.Port > 65535 {
					t.Fatalf("tnsnames port %d", ep.Port)
				}
			}
		}
		if root, err := parseXML(s); err == nil {
			var walk func(x *xnode)
			walk = func(x *xnode) {
				if x.Line != 0 { // the synthetic root has none
					line("xml", x.Line)
				}
				for _, k := range x.Kids {
					walk(k)
				}
			}
			walk(root)
		}
		for _, tok := range ngxTokens(s) {
			line("nginx", tok.line)
		}
		_ = apacheFields(s)
		if _, l, ok := egovPOM(s); ok && l != 0 {
			line("pom.xml", l)
		}
		ls := strings.Split(s, "\n")
		if l, last := logicalLine(ls, 0); last < 0 || last >= len(ls) || l != strings.TrimSpace(l) {
			t.Fatalf("logicalLine(%q) = %q, %d", s, l, last)
		}
	})
}

// TestFuzzSeedsClean runs the fuzz invariants over every fixture host and
// over inline secrets once in the normal test run.
func TestFuzzSeedsClean(t *testing.T) {
	hosts, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	ran := 0
	for _, d := range hosts {
		if !d.IsDir() || d.Name() == "fuzz" || d.Name() == "golden" {
			continue
		}
		root := filepath.Join("testdata", d.Name())
		files := map[string]string{}
		err := filepath.WalkDir(root, func(p string, e os.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			files[filepath.ToSlash(rel)] = string(b)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		t.Run(d.Name(), func(t *testing.T) { runAll(t, files) })
		ran++
	}
	if ran == 0 {
		t.Fatal("no fixture hosts under testdata")
	}
	runAll(t, map[string]string{
		"etc/httpd/conf/httpd.conf":           "Listen 80\nProxyPass / http://h:1/ password=FUZZSECRET\n",
		"opt/tomcat/conf/server.xml":          `<Server><Service><Connector port="1"/></Service><GlobalNamingResources><Resource url="jdbc:mysql://u:FUZZSECRET@h/d?password=FUZZSECRET"/></GlobalNamingResources></Server>`,
		"app/a/config/application.properties": "spring.datasource.url=jdbc:sqlserver://h;password=FUZZSECRET\n",
	})
}
