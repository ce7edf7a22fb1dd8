package live

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cnready/cnready/inventory"
	"github.com/cnready/cnready/inventory/scan"
)

var update = flag.Bool("update", false, "rewrite golden files")

// plantedSecrets are the secret values planted in the fake host's command
// lines, environments and configuration; none may reach any output.
var plantedSecrets = []string{
	"Tomcat-Db-Pw-7781", "changeit-KS-4419", "Cli-Pw-5562", "Url-Pw-9931", "Env-Pg-Pw-3307",
	"Env-Spring-Pw-1120", "Env-Tb-Pw-8080", "Wls-Pw-6604", "Boot-Pw-2218", "MysqlPw-2201",
	"Env-Jasypt-7777", "Env-Mysql-4242", "Yml-Jasypt-Secret-0101", "Env-Container-Pw-3131",
}

// fileDetector is a stand-in for the product detectors: it reports one
// component per matched file, with a configured listen port the real
// sockets must override, so the wiring is tested apart from the parsers.
type fileDetector struct{}

var fileProducts = map[string]string{"nginx.conf": "nginx", "server.xml": "tomcat", "tibero.tip": "tibero", "config.xml": "weblogic"}

func (fileDetector) Name() string { return "file" }
func (fileDetector) Match(p string) bool {
	_, ok := fileProducts[path.Base(p)]
	return ok || strings.HasPrefix(path.Base(p), "application")
}
func (fileDetector) Detect(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	var f inventory.Findings
	for _, p := range paths {
		if _, err := h.ReadFile(p); err != nil {
			continue
		}
		prod := fileProducts[path.Base(p)]
		tier := inventory.TierWAS
		listen := []string{"*:9999"}
		switch prod {
		case "":
			prod = "springboot"
		case "nginx":
			tier = inventory.TierWeb
		case "tibero":
			tier = inventory.TierDB
			listen = []string{"*:8629"}
		case "weblogic":
			listen = []string{"*:7001"}
		}
		id := prod + ":/" + path.Dir(p)
		f.Components = append(f.Components, inventory.Component{ID: id, Tier: tier, Product: prod,
			Listen: listen, Evidence: []inventory.Evidence{{Path: p, Line: 1}}})
		if prod == "tomcat" {
			f.Targets = append(f.Targets, inventory.Target{From: id, Host: "10.0.0.9", Port: 1521,
				Protocol: "jdbc", Product: "oracle", Tier: inventory.TierDB, Evidence: []inventory.Evidence{{Path: p, Line: 1}}})
		}
	}
	return f, nil
}

func fakeOptions() Options {
	return Options{
		ProcRoot: filepath.Join("testdata", "fakehost", "proc"),
		RootFS:   filepath.Join("testdata", "fakehost", "root"),
		Scan:     scan.Options{Detectors: []inventory.Detector{fileDetector{}}},
	}
}

func TestInspectFakeHost(t *testing.T) {
	snap, err := Inspect(context.Background(), fakeOptions())
	if err != nil {
		t.Fatal(err)
	}
	if snap.HostName != "web01" {
		t.Errorf("host name %q", snap.HostName)
	}
	if got := strings.Join(snap.Addresses, ","); got != "10.0.0.5,fd00::5" {
		t.Errorf("addresses %s", got)
	}
	// 1, 100, 101, 200, 300, 301, 400, 600, 601, 602, 700, 800, 900; not the kernel thread 2.
	if snap.Processes != 13 {
		t.Errorf("processes %d, want 13", snap.Processes)
	}
	got := map[string]*Instance{}
	for _, in := range snap.Instances {
		got[in.Product+" "+in.Key] = in
	}
	type want struct {
		pids, listen, outbound, files string
		unknown                       bool
	}
	wants := map[string]want{
		"nginx /etc/nginx/nginx.conf": {pids: "[100 101]", listen: "[0.0.0.0:80 [::]:80]", outbound: "[10.0.0.7:8080]",
			files: "[etc/nginx/nginx.conf]"},
		"tomcat /opt/tomcat": {pids: "[200]", listen: "[[::]:8080 [::1]:8005]", outbound: "[10.0.0.9:1521]",
			files: "[opt/tomcat/conf/server.xml]"},
		"tibero tibero": {pids: "[300 301]", listen: "[0.0.0.0:8629]",
			files: "[opt/tibero6/config/tibero.tip opt/tibero6/client/config/tbdsn.tbr]"},
		"weblogic /u01/domains/base_domain#AdminServer": {pids: "[400]", unknown: true,
			files: "[u01/domains/base_domain/config/config.xml]"},
		"oracle ORCL": {pids: "[600 601]", listen: "[10.0.0.5:1521 127.0.0.1:1521]",
			files: "[u01/app/oracle/product/19c/network/admin/listener.ora]"},
		// In a container: its sockets are in its own namespace's table.
		"postgresql /var/lib/postgresql/data": {pids: "[900]", listen: "[0.0.0.0:5432]", files: "[]"},
		"springboot /srv/minwon/minwon-api.jar": {pids: "[700]", listen: "[[::]:8443]", outbound: "[10.0.0.5:8629]",
			files: "[srv/minwon/config/application.yml etc/minwon/application-prod.yml]"},
	}
	for k, w := range wants {
		in := got[k]
		if in == nil {
			t.Errorf("instance %q not found; have %v", k, keys(got))
			continue
		}
		check := func(what, got, want string) {
			if got != want {
				t.Errorf("%s %s = %s, want %s", k, what, got, want)
			}
		}
		check("pids", fmt.Sprint(in.PIDs), w.pids)
		check("listen", fmt.Sprint(in.Listen), orEmpty(w.listen))
		check("outbound", fmt.Sprint(in.Outbound), orEmpty(w.outbound))
		check("files", fmt.Sprint(in.Files), w.files)
		if in.SocketsUnknown != w.unknown {
			t.Errorf("%s sockets unknown = %v", k, in.SocketsUnknown)
		}
	}
	if len(got) != len(wants) {
		t.Errorf("instances %v, want %d (asm_pmon and bash are not products)", keys(got), len(wants))
	}
	if len(snap.UnownedListen) != 1 || snap.UnownedListen[0].Local.Port() != 7001 {
		t.Errorf("unowned listen %v, want the WebLogic 7001", snap.UnownedListen)
	}
	notes := strings.Join(snap.Notes, "\n")
	if !strings.Contains(notes, "weblogic process 400: could not read") {
		t.Errorf("no note for the unreadable WebLogic process:\n%s", notes)
	}
	assertNoSecrets(t, fmt.Sprintf("%+v", snap))
}

func orEmpty(s string) string {
	if s == "" {
		return "[]"
	}
	return s
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestScanFakeHostGolden(t *testing.T) {
	hr, snap, err := Scan(context.Background(), fakeOptions())
	if err != nil {
		t.Fatal(err)
	}
	if snap == nil {
		t.Fatal("no snapshot")
	}
	// The golden file holds the host result (before merging, which
	// inventory/scan owns); the merged file must load back.
	var buf, merged bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(hr); err != nil {
		t.Fatal(err)
	}
	res := scan.Merge(hr)
	if err := json.NewEncoder(&merged).Encode(res); err != nil {
		t.Fatal(err)
	}
	assertNoSecrets(t, buf.String())
	assertNoSecrets(t, merged.String())
	golden := filepath.Join("testdata", "fakehost.golden.json")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("result differs from %s (run with -update after checking):\n%s", golden, buf.String())
	}
	// The file loads back and merges again to the same inventory.
	back, err := scan.LoadResult(bytes.NewReader(merged.Bytes()), "web01.json")
	if err != nil {
		t.Fatalf("written result does not load back: %v", err)
	}
	again := scan.Merge(back...)
	a, _ := json.Marshal(res.Inventory)
	b, _ := json.Marshal(again.Inventory)
	if !bytes.Equal(a, b) {
		t.Errorf("reloaded inventory differs:\n%s\n%s", a, b)
	}

	byID := map[string]inventory.Component{}
	for _, c := range hr.Components {
		byID[c.ID] = c
	}
	tc, ok := byID["web01/tomcat:/opt/tomcat/conf"]
	if !ok {
		t.Fatalf("tomcat component from the detector missing: %v", keys(byID))
	}
	if got := strings.Join(tc.Listen, ","); got != "*:8080,[::1]:8005" {
		t.Errorf("tomcat listen %s: real sockets must replace the configured *:9999", got)
	}
	if wl := byID["web01/weblogic:/u01/domains/base_domain/config"]; strings.Join(wl.Listen, ",") != "0.0.0.0:7001" {
		t.Errorf("weblogic listen %v: unreadable descriptors, so the configured port is confirmed by the unowned socket", wl.Listen)
	}
	if _, ok := byID["web01/oracle:ORCL"]; !ok {
		t.Errorf("oracle has no detector here; it must come from its process: %v", keys(byID))
	}
	var jdbc, tcp int
	for _, tg := range hr.Targets {
		if tg.From != tc.ID {
			continue
		}
		switch tg.Protocol {
		case "jdbc":
			jdbc++
			if len(tg.Evidence) != 2 {
				t.Errorf("configured target should also carry the socket evidence: %+v", tg)
			}
		case "tcp":
			tcp++
		}
	}
	if jdbc != 1 || tcp != 0 {
		t.Errorf("tomcat targets: %d jdbc, %d tcp; the socket to 10.0.0.9:1521 duplicates the configured one", jdbc, tcp)
	}
}

func assertNoSecrets(t *testing.T, out string) {
	t.Helper()
	for _, s := range plantedSecrets {
		if strings.Contains(out, s) {
			t.Errorf("planted secret %q leaked into output", s)
		}
	}
	for _, s := range []string{"-Dspring.datasource.password", "keyStorePassword", "PGPASSWORD", "SPRING_DATASOURCE_PASSWORD", "MYSQL_PWD"} {
		if strings.Contains(out, s) {
			t.Errorf("%q reached the output: raw command lines or environments must not", s)
		}
	}
}
