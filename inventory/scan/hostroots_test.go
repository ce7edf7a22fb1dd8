package scan

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestHostRoots decides host folders from host markers, not from folder
// names: agencies name host folders by role (app, data, home, opt, srv,
// u01), which are also the names of a server's top folders.
func TestHostRoots(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files []string
		want  string // "folder=host" pairs, sorted, comma-separated
	}{
		{"role-named host folders with etc/hostname",
			[]string{"app/etc/hostname", "app/opt/was/fwas.conf", "data/etc/hosts", "data/u01/db/fdb.conf",
				"home/etc/sysconfig/network", "opt/etc/hostname", "opt/etc/fweb.conf", "srv/etc/netplan/01.yaml", "u01/etc/hostname"},
			"app=app,data=data,home=home,opt=opt,srv=srv,u01=u01"},
		{"a marked host beside unmarked ones makes all of them hosts",
			[]string{"web01/etc/hostname", "was01/opt/was/fwas.conf", "db01/u01/db/fdb.conf"},
			"db01=db01,was01=was01,web01=web01"},
		{"one host's root with markers",
			[]string{"etc/hostname", "opt/app/etc/hosts", "u01/app/oracle/fdb.conf"},
			".=coll"},
		{"one host's root without markers",
			[]string{"opt/was/fwas.conf", "u01/app/oracle/fdb.conf", "home/jeus/x"},
			".=coll"},
		{"one host's root holding only u01/app",
			[]string{"u01/app/oracle/fdb.conf"},
			".=coll"},
		{"role-named hosts without markers, laid out as roots",
			[]string{"app/opt/was/fwas.conf", "data/u01/db/fdb.conf"},
			"app=app,data=data"},
		{"a lone role-named host without markers",
			[]string{"app/opt/was/fwas.conf", "app/home/x"},
			"app=app"},
		{"folders named by host",
			[]string{"web01/opt/x", "was01/opt/x"},
			"was01=was01,web01=web01"},
		{"a wrapping folder is stepped into",
			[]string{"export/2024/web01/etc/hostname", "export/2024/was01/etc/hosts"},
			"export/2024/was01=was01,export/2024/web01=web01"},
		{"one host whose files sit down a chain of lone folders",
			[]string{"webtob/config/http.m"},
			".=coll"},
		{"groups of hosts",
			[]string{"dmz/web01/etc/hostname", "internal/was01/etc/hostname", "internal/db01/etc/hosts"},
			"dmz/web01=web01,internal/db01=db01,internal/was01=was01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "coll")
			files := map[string]string{}
			for _, f := range tc.files {
				files[f] = "x\n"
			}
			writeTree(t, dir, files)
			roots, err := hostRoots(os.DirFS(dir), "coll")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range roots {
				got = append(got, r.dir+"="+r.name)
			}
			sort.Strings(got)
			if g := strings.Join(got, ","); g != tc.want {
				t.Errorf("hosts = %s, want %s", g, tc.want)
			}
		})
	}
}

// TestRoleNamedHostsLink checks the whole scan of role-named host folders:
// each is its own host, named by etc/hostname, and the links between them
// stay inside the scan instead of pointing at external addresses.
func TestRoleNamedHostsLink(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "agency")
	writeTree(t, dir, map[string]string{
		"opt/etc/hostname":      "web01\n",
		"opt/etc/hosts":         "10.1.0.11 web01\n10.1.0.21 was01\n10.1.0.31 db01\n",
		"opt/etc/fweb.conf":     "listen 80\ntarget was01 8080 http was fwas\n",
		"app/etc/hostname":      "was01\n",
		"app/opt/was/fwas.conf": "listen 8080\ntarget 10.1.0.31 1521 jdbc db oracle\n",
		"u01/etc/hostname":      "db01\n",
		"u01/etc/hosts":         "10.1.0.31 db01\n",
		"u01/u01/db/fdb.conf":   "listen 1521\n",
	})
	r := scanFake(t, dir)
	var hosts []string
	for _, h := range r.Hosts {
		hosts = append(hosts, h.Name)
	}
	if g := strings.Join(hosts, ","); g != "db01,was01,web01" {
		t.Fatalf("hosts = %s", g)
	}
	for _, c := range r.Components {
		if strings.HasPrefix(c.ID, "external:") {
			t.Errorf("external component %s: a link left the scan", c.ID)
		}
	}
	if len(r.Links) != 2 || len(r.Systems) != 1 || r.Systems[0].Pattern != "3-tier" {
		t.Errorf("links %+v systems %+v", r.Links, r.Systems)
	}
}
