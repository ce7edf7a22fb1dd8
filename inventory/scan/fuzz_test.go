package scan

import (
	"archive/tar"
	"bytes"
	"context"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// seedFiles adds the fixture tree's files matching glob as seeds.
func seedFiles(f *testing.F, glob string) {
	matches, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "inventory", "agency1", glob))
	for _, m := range matches {
		if data, err := os.ReadFile(m); err == nil {
			f.Add(data)
		}
	}
}

// FuzzNetworkConfig feeds the host identity parsers (etc/hosts, hostname,
// ifcfg, netplan, interfaces): they must never panic, and every address
// they return must be a valid IP.
func FuzzNetworkConfig(f *testing.F) {
	seedFiles(f, "*/etc/hosts")
	seedFiles(f, "*/etc/sysconfig/network-scripts/ifcfg-*")
	seedFiles(f, "*/etc/netplan/*.yaml")
	seedFiles(f, "*/etc/network/interfaces")
	f.Add([]byte("\xef\xbb\xbfIPADDR0='10.0.0.1'\r\nIPADDR1=fe80::1%eth0\nIPV6ADDR=2001:db8::1/64\n"))
	f.Add([]byte("network: {ethernets: {e: {addresses: [{10.1.1.1/24: {lifetime: 0}}]}}}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var addrs []string
		addrs = append(addrs, parseIfcfg(data)...)
		addrs = append(addrs, parseNetplan(data)...)
		addrs = append(addrs, parseInterfaces(data)...)
		for _, e := range parseHostsFile(data) {
			addrs = append(addrs, e.Addr)
			for _, n := range e.Names {
				if !validHostName(n) {
					t.Errorf("bad name %q", n)
				}
			}
		}
		for _, a := range addrs {
			if _, ok := parseIP(a); !ok {
				t.Errorf("bad address %q", a)
			}
		}
		if n := parseHostname(data); n != "" && !validHostName(n) {
			t.Errorf("bad hostname %q", n)
		}
	})
}

// FuzzAssets feeds asset registers (CSV and YAML): errors are fine, panics
// are not, and a register that loads merges.
func FuzzAssets(f *testing.F) {
	f.Add([]byte(assetCSV), false)
	f.Add([]byte(assetYAML), true)
	f.Add([]byte("hostname;address;role\nweb01;10.0.0.1;web\n"), false)
	f.Add([]byte("- hostname: a\n  connects_to: [\"[::1]:80\", b]\n  role: web\n"), true)
	f.Fuzz(func(t *testing.T, data []byte, isYAML bool) {
		hrs, err := LoadAssets(bytes.NewReader(data), "a", isYAML)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "a") {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		Merge(hrs...)
	})
}

// FuzzLoadResult feeds scan files: JSON or YAML, merged or per host.
func FuzzLoadResult(f *testing.F) {
	dir := f.TempDir()
	writeTree(f, dir, fakeTree)
	hrs, err := ScanDir(context.Background(), Options{Detectors: fakeDetectors()}, dir)
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := writeJSONForTest(&buf, Merge(hrs...)); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(`{"hosts":[{"name":"a","addresses":[]}],"components":[{"id":"a/x","host":"a","tier":"web"}],"links":[],"systems":[]}`))
	f.Add([]byte("hosts:\n- name: a\ncomponents: []\ntargets: []\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		hrs, err := LoadResult(bytes.NewReader(data), "s.json")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "s.json:") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		// What loads must write and load again to the same result.
		var out bytes.Buffer
		if err := writeJSONForTest(&out, Merge(hrs...)); err != nil {
			t.Fatal(err)
		}
		again, err := LoadResult(bytes.NewReader(out.Bytes()), "again.json")
		if err != nil {
			t.Fatalf("re-load: %v\n%s", err, out.Bytes())
		}
		var out2 bytes.Buffer
		writeJSONForTest(&out2, Merge(again...))
		if !bytes.Equal(out.Bytes(), out2.Bytes()) {
			t.Fatalf("round trip changed the result:\n%s\n%s", out.Bytes(), out2.Bytes())
		}
	})
}

// FuzzTarArchive feeds archives built from a small spec, one member a
// line: "f name body", "s name link", "h name link" or "d name". Raw tar
// bytes made a poor target: every header is 512 bytes, and minimising the
// first new input of that size took the whole run (37 execs in 60 s),
// while the risk is in member names and links, not in archive/tar. The
// spec's own bytes are also read as a (corrupt) tar stream. Invariants:
// no panic, and neither entries nor links leave the root.
func FuzzTarArchive(f *testing.F) {
	f.Add("f t/web01/etc/fweb.conf listen 80\ns t/web01/up ../../..\nh t/web01/hn t/web01/etc/fweb.conf\ns t/web01/in etc\nd t/db01")
	f.Add("s a/b /etc\ns a/c ../a/b\ns a/l a/l\nf ../../x y\nf /abs z\nh a/h ../../etc/passwd")
	f.Fuzz(func(t *testing.T, spec string) {
		var buf bytes.Buffer
		tw := tar.NewWriter(&buf)
		for _, line := range strings.Split(spec, "\n") {
			kind, rest, _ := strings.Cut(line, " ")
			name, arg, _ := strings.Cut(rest, " ")
			h := &tar.Header{Name: name, Mode: 0o644}
			switch kind {
			case "f":
				h.Typeflag, h.Size = tar.TypeReg, int64(len(arg))
			case "s":
				h.Typeflag, h.Linkname = tar.TypeSymlink, arg
			case "h":
				h.Typeflag, h.Linkname = tar.TypeLink, arg
			case "d":
				h.Typeflag, h.Mode = tar.TypeDir, 0o755
			default:
				continue
			}
			if tw.WriteHeader(h) != nil {
				continue
			}
			if kind == "f" {
				tw.Write([]byte(arg))
			}
		}
		tw.Close()
		readTar(context.Background(), strings.NewReader(spec), Options{})
		m, err := readTar(context.Background(), &buf, Options{})
		if err != nil {
			return
		}
		// Not fs.ValidPath: member names that are not UTF-8 (EUC-KR
		// archives) are kept as written, and that is not an escape.
		inRoot := func(p string) bool {
			return p == path.Clean(p) && !path.IsAbs(p) && p != ".." && !strings.HasPrefix(p, "../")
		}
		for name, n := range m.nodes {
			if !inRoot(name) {
				t.Fatalf("entry %q outside the root", name)
			}
			if n.mode&fs.ModeSymlink == 0 {
				continue
			}
			hops := 0
			if p, _, err := m.resolve(name, true, &hops); err == nil && !inRoot(p) {
				t.Fatalf("link %q -> %q resolves outside the root: %q", name, n.link, p)
			}
		}
		if _, err := ScanFS(context.Background(), Options{Detectors: fakeDetectors()}, m, "fuzz", "fuzz"); err != nil {
			t.Logf("scan: %v", err)
		}
	})
}
