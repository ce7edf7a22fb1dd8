package scan

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cnready/cnready/inventory"
)

// writeTree creates files (slash paths -> content) under dir.
func writeTree(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// tarTree packs dir into a .tar.gz (gz true) or .tar under prefix/,
// symbolic links kept as links.
func tarTree(t testing.TB, dir, out, prefix string, gz bool) {
	t.Helper()
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var tw *tar.Writer
	if gz {
		zw := gzip.NewWriter(f)
		defer zw.Close()
		tw = tar.NewWriter(zw)
	} else {
		tw = tar.NewWriter(f)
	}
	defer tw.Close()
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		name := filepath.ToSlash(filepath.Join(prefix, rel))
		info, err := os.Lstat(p)
		if err != nil {
			return err
		}
		link := ""
		if info.Mode()&fs.ModeSymlink != 0 {
			link, _ = os.Readlink(p)
		}
		h, err := tar.FileInfoHeader(info, link)
		if err != nil {
			return err
		}
		h.Name = name
		if d.IsDir() {
			h.Name += "/"
		}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if info.Mode().IsRegular() {
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
}

// zipTree packs dir into a zip under prefix/.
func zipTree(t testing.TB, dir, out, prefix string) {
	t.Helper()
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	defer zw.Close()
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		info, err := os.Lstat(p)
		if err != nil {
			return err
		}
		h, err := zip.FileInfoHeader(info)
		if err != nil {
			return err
		}
		h.Name = filepath.ToSlash(filepath.Join(prefix, rel))
		w, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		var data []byte
		if info.Mode()&fs.ModeSymlink != 0 {
			l, _ := os.Readlink(p)
			data = []byte(l)
		} else if data, err = os.ReadFile(p); err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

var fakeTree = map[string]string{
	"web01/etc/hostname": "web01.agency.go.kr\n",
	"web01/etc/hosts": "127.0.0.1 localhost\r\n10.0.0.1 web01.agency.go.kr web01\r\n" +
		"10.0.0.2 was01 # WAS\r\n10.0.0.3 db-vip oradb\r\n",
	"web01/etc/sysconfig/network-scripts/ifcfg-eth0": "DEVICE=eth0\nIPADDR=\"10.0.0.1\"\nIPADDR1=10.0.1.1\n",
	"web01/etc/fweb.conf":                            "listen 80\ntarget was01 8009 ajp was fwas\n",
	"was01/opt/was/fwas.conf":                        "listen 8009\ntarget oradb 1521 jdbc db oracle\ndeclared 10.0.0.99 3306 mysql\n",
	"db01/etc/netplan/01-net.yaml": "network:\n  ethernets:\n    ens3:\n      addresses: [10.0.0.3/24]\n" +
		"      nameservers:\n        addresses: [8.8.8.8]\n",
	"db01/opt/db/fdb.conf":   "listen 1521\n",
	"mgmt01/etc/hostname":    "mgmt01\n",
	"mgmt01/etc/motd":        "관리 서버\n",
	"was2/opt/was/fwas.conf": "listen 8080\ntarget 10.9.9.9 1521 jdbc db tibero\n",
}

func scanFake(t *testing.T, dir string) *Result {
	t.Helper()
	hrs, err := ScanDir(context.Background(), Options{Detectors: fakeDetectors()}, dir)
	if err != nil {
		t.Fatal(err)
	}
	return Merge(hrs...)
}

func TestScanDirLinksAndSystems(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, fakeTree)
	r := scanFake(t, dir)

	var hosts []string
	for _, h := range r.Hosts {
		hosts = append(hosts, h.Name)
	}
	if want := []string{"db01", "mgmt01", "was01", "was2", "web01.agency.go.kr"}; !reflect.DeepEqual(hosts, want) {
		t.Errorf("hosts = %v, want %v", hosts, want)
	}
	if got := r.Hosts[4].Addresses; !reflect.DeepEqual(got, []string{"10.0.0.1", "10.0.1.1"}) {
		t.Errorf("web01 addresses = %v", got)
	}
	if got := r.Hosts[0].Addresses; !reflect.DeepEqual(got, []string{"10.0.0.3"}) {
		t.Errorf("db01 addresses = %v (nameservers must not count)", got)
	}
	links := map[string]string{}
	for _, l := range r.Links {
		links[l.From+" -> "+l.To] = l.Protocol
	}
	want := map[string]string{
		"web01.agency.go.kr/fweb:etc/fweb.conf -> was01/fwas:opt/was/fwas.conf": "ajp",
		"was01/fwas:opt/was/fwas.conf -> db01/fdb:opt/db/fdb.conf":              "jdbc",
		"was2/fwas:opt/was/fwas.conf -> external:10.9.9.9:1521":                 "jdbc",
	}
	if !reflect.DeepEqual(links, want) {
		t.Errorf("links = %v\nwant %v", links, want)
	}
	if len(r.Systems) != 2 {
		t.Fatalf("systems = %+v", r.Systems)
	}
	s0, s1 := r.Systems[0], r.Systems[1]
	if s0.ID != "system-was2" || s0.Pattern != inventory.Pattern2Tier || len(s0.DB) != 1 {
		t.Errorf("system 0 = %+v", s0)
	}
	if s1.ID != "system-web01.agency.go.kr" || s1.Pattern != inventory.Pattern3Tier {
		t.Errorf("system 1 = %+v", s1)
	}
	var was01 inventory.Host
	for _, h := range r.Hosts {
		if h.Name == "was01" {
			was01 = h
		}
	}
	if len(was01.Notes) != 1 || !strings.Contains(was01.Notes[0], "declared, not active") {
		t.Errorf("was01 notes = %q", was01.Notes)
	}
	ev := r.Links[0].Evidence
	if len(ev) != 1 || ev[0].Path != "was01:/opt/was/fwas.conf" || ev[0].Line != 2 {
		t.Errorf("evidence = %+v", ev)
	}
}

// stripSources blanks what differs between a folder and an archive of it.
func stripSources(r *Result) []byte {
	for i := range r.Hosts {
		r.Hosts[i].Source = ""
	}
	b, _ := json.MarshalIndent(r, "", " ")
	return b
}

func TestArchivesMatchTree(t *testing.T) {
	dir := t.TempDir()
	tree := filepath.Join(dir, "agency")
	writeTree(t, tree, fakeTree)
	want := stripSources(scanFake(t, tree))
	for _, c := range []struct {
		name string
		pack func(out string)
	}{
		{"a.tar.gz", func(out string) { tarTree(t, tree, out, "agency", true) }},
		{"a.tgz", func(out string) { tarTree(t, tree, out, ".", true) }},
		{"a.tar", func(out string) { tarTree(t, tree, out, "agency", false) }},
		{"a.zip", func(out string) { zipTree(t, tree, out, "agency") }},
	} {
		out := filepath.Join(dir, c.name)
		c.pack(out)
		hrs, err := ScanArchive(context.Background(), Options{Detectors: fakeDetectors()}, out)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := stripSources(Merge(hrs...)); string(got) != string(want) {
			t.Errorf("%s differs from the tree:\n%s\nwant\n%s", c.name, got, want)
		}
	}
}

func TestCorruptArchive(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"bad.tar.gz", "bad.zip", "bad.tar"} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte("this is not an archive at all, but it is long enough to be read as one......................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................"), 0o644)
		if _, err := ScanArchive(context.Background(), Options{Detectors: fakeDetectors()}, p); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	// A truncated gzip stream fails too.
	tree := filepath.Join(dir, "t")
	writeTree(t, tree, fakeTree)
	full := filepath.Join(dir, "full.tar.gz")
	tarTree(t, tree, full, "t", true)
	data, _ := os.ReadFile(full)
	cut := filepath.Join(dir, "cut.tar.gz")
	os.WriteFile(cut, data[:len(data)/2], 0o644)
	if _, err := ScanArchive(context.Background(), Options{Detectors: fakeDetectors()}, cut); err == nil {
		t.Error("truncated archive: no error")
	}
}

func TestSafety(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(dir, "outside")
	writeTree(t, outside, map[string]string{"secret/fweb.conf": "target leak 1 x was x\n"})
	tree := filepath.Join(dir, "tree")
	big := strings.Repeat("listen 80\n", 200)
	writeTree(t, tree, map[string]string{
		"h1/etc/hostname":         "h1\n",
		"h1/etc/big/fweb.conf":    big,
		"h1/etc/bin/fweb.conf":    "listen 80\x00\x01\x02",
		"h1/etc/empty/fweb.conf":  "",
		"h1/etc/latin/fweb.conf":  "listen 80\n# caf\xe9 \xc7\xd1\xb1\xdb\n",
		"h1/etc/noread/fweb.conf": "listen 80\n",
	})
	os.Symlink(filepath.Join(outside, "secret"), filepath.Join(tree, "h1/etc/out"))
	os.Symlink("../loop2", filepath.Join(tree, "h1/etc/loop1"))
	os.Symlink("../etc/loop1", filepath.Join(tree, "h1/loop2"))
	os.MkdirAll(filepath.Join(tree, "h1/etc/dirloop"), 0o755)
	os.Symlink("..", filepath.Join(tree, "h1/etc/dirloop/up"))
	os.Symlink(filepath.Join(outside, "secret/fweb.conf"), filepath.Join(tree, "h1/etc/abs-fweb.conf"))
	os.Chmod(filepath.Join(tree, "h1/etc/noread/fweb.conf"), 0)
	defer os.Chmod(filepath.Join(tree, "h1/etc/noread/fweb.conf"), 0o644)

	hrs, err := ScanDir(context.Background(), Options{Detectors: fakeDetectors(), MaxFileSize: 1000}, tree)
	if err != nil {
		t.Fatal(err)
	}
	r := Merge(hrs...)
	notes := strings.Join(r.Hosts[0].Notes, "\n")
	for _, want := range []string{"etc/big/fweb.conf: skipped", "etc/bin/fweb.conf: skipped: binary file", "etc/abs-fweb.conf: not read"} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes lack %q:\n%s", want, notes)
		}
	}
	if os.Geteuid() != 0 && !strings.Contains(notes, "etc/noread/fweb.conf: not read") {
		t.Errorf("notes lack the unreadable file:\n%s", notes)
	}
	for _, tg := range r.Targets {
		if tg.Host == "leak" {
			t.Errorf("a file outside the root was read: %+v", tg)
		}
	}
	var ids []string
	for _, c := range r.Components {
		ids = append(ids, c.ID)
	}
	want := []string{"h1/fweb:etc/empty/fweb.conf", "h1/fweb:etc/latin/fweb.conf"}
	if os.Geteuid() == 0 { // root reads mode-0 files
		want = append(want, "h1/fweb:etc/noread/fweb.conf")
	}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("components = %v, want %v", ids, want)
	}
}

func TestPanickingDetectorIsNoted(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"h/etc/fweb.conf": "listen 80\n", "h/etc/fwas.conf": "listen 1\n"})
	dets := []inventory.Detector{fakeDetector{name: "bad", suffix: "fweb.conf", panics: true},
		fakeDetector{name: "fwas", suffix: "fwas.conf", tier: inventory.TierWAS, product: "x"}}
	hrs, err := ScanDir(context.Background(), Options{Detectors: dets}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(hrs) != 1 || len(hrs[0].Components) != 1 || !strings.Contains(strings.Join(hrs[0].Host.Notes, ""), "detector bad: internal error") {
		t.Errorf("got %+v", hrs[0])
	}
}

func TestSingleHostRoot(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "was9")
	writeTree(t, dir, map[string]string{"opt/was/fwas.conf": "listen 8080\n"})
	r := scanFake(t, dir)
	if len(r.Hosts) != 1 || r.Hosts[0].Name != "was9" || len(r.Components) != 1 || r.Systems[0].Pattern != inventory.PatternSingle {
		t.Errorf("got %+v", r)
	}
}

func writeJSONForTest(w *bytes.Buffer, r *Result) error {
	b, err := json.Marshal(r)
	w.Write(b)
	return err
}

func TestArchiveSymlinksStayInHost(t *testing.T) {
	dir := t.TempDir()
	tree := filepath.Join(dir, "t")
	writeTree(t, tree, map[string]string{
		"h1/etc/hostname":         "h1\n",
		"h2/etc/secret/fweb.conf": "target leak 1 x was x\n",
		"h1/etc/real/fwas.conf":   "listen 8080\n",
	})
	os.MkdirAll(filepath.Join(tree, "h1/etc/a"), 0o755)
	os.Symlink("../../../h2/etc/secret/fweb.conf", filepath.Join(tree, "h1/etc/a/fweb.conf")) // sibling host
	os.Symlink("/etc/passwd", filepath.Join(tree, "h1/etc/abs-fweb.conf"))
	os.Symlink("loop-b", filepath.Join(tree, "h1/etc/loop-a"))
	os.Symlink("loop-a", filepath.Join(tree, "h1/etc/loop-b"))
	os.Symlink("loop-a", filepath.Join(tree, "h1/etc/x-fweb.conf"))
	os.Symlink("real", filepath.Join(tree, "h1/etc/linked")) // inside: followed
	for _, name := range []string{"s.tar.gz", "s.zip"} {
		out := filepath.Join(dir, name)
		if strings.HasSuffix(name, ".zip") {
			zipTree(t, tree, out, "t")
		} else {
			tarTree(t, tree, out, "t", true)
		}
		hrs, err := ScanArchive(context.Background(), Options{Detectors: fakeDetectors()}, out)
		if err != nil {
			t.Fatal(err)
		}
		var h1 *HostResult
		for _, hr := range hrs {
			if hr.Host.Name == "h1" {
				h1 = hr
			}
		}
		notes := strings.Join(h1.Host.Notes, "\n")
		for _, want := range []string{"etc/a/fweb.conf: not read: symbolic link leaves the root",
			"etc/abs-fweb.conf: not read: symbolic link leaves the root",
			"etc/x-fweb.conf: not read: too many levels of symbolic links"} {
			if !strings.Contains(notes, want) {
				t.Errorf("%s: notes lack %q:\n%s", name, want, notes)
			}
		}
		if len(h1.Targets) != 0 {
			t.Errorf("%s: read through a link out of the host: %+v", name, h1.Targets)
		}
		ids := ""
		for _, c := range h1.Components {
			ids += c.ID + " "
		}
		if !strings.Contains(ids, "h1/fwas:etc/linked/fwas.conf") && !strings.Contains(ids, "h1/fwas:etc/real/fwas.conf") {
			t.Errorf("%s: components %s", name, ids)
		}
	}
}

// TestAliasOfAddresslessHost: the database host has no address of its
// own; another host's etc/hosts gives its address together with a VIP
// alias, and the WAS names only the alias.
func TestAliasOfAddresslessHost(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"web01/etc/hosts":         "127.0.0.1 localhost\n10.20.0.31 db02 db02-scan db02-vip  # 운영 DB (RAC SCAN)\n",
		"web01/etc/fweb.conf":     "listen 80\n",
		"was01/opt/was/fwas.conf": "listen 8080\ntarget db02-scan 1521 jdbc db oracle\n",
		"db02/opt/db/fdb.conf":    "listen 1521\n",
	})
	r := scanFake(t, dir)
	var got []string
	for _, l := range r.Links {
		got = append(got, l.From+" -> "+l.To)
	}
	want := []string{"was01/fwas:opt/was/fwas.conf -> db02/fdb:opt/db/fdb.conf"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("links = %v, want %v", got, want)
	}
}

// TestListenAddressIdentifiesHost: nothing but the database's own
// listen address says where it is; the WAS names that address.
func TestListenAddressIdentifiesHost(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"was01/opt/was/fwas.conf": "listen 8080\ntarget 10.20.0.51 5432 jdbc db postgresql\n",
		"db03/opt/db/fdb.conf":    "listen 127.0.0.1:5432\nlisten 10.20.0.51:5432\n",
	})
	r := scanFake(t, dir)
	var got []string
	for _, l := range r.Links {
		got = append(got, l.From+" -> "+l.To)
	}
	want := []string{"was01/fwas:opt/was/fwas.conf -> db03/fdb:opt/db/fdb.conf"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("links = %v, want %v", got, want)
	}
}
