package scan

import (
	"bytes"
	"context"
	"os"
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
			return
		}
		Merge(hrs...)
	})
}

// FuzzTarArchive feeds arbitrary bytes as a tar stream: a corrupt archive
// is an error, never a panic, and links never leave the root.
func FuzzTarArchive(f *testing.F) {
	dir := f.TempDir()
	tree := filepath.Join(dir, "t")
	writeTree(f, tree, fakeTree)
	os.Symlink("../../..", filepath.Join(tree, "web01", "up"))
	out := filepath.Join(dir, "t.tar")
	tarTree(f, tree, out, "t", false)
	data, _ := os.ReadFile(out)
	f.Add(data)
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := readTar(context.Background(), bytes.NewReader(data), Options{})
		if err != nil {
			return
		}
		if _, err := scanFS(context.Background(), Options{Detectors: fakeDetectors()}, m, "fuzz", "fuzz",
			func(ctx context.Context, sub fsFS, _ string) ([]string, []string) { return walkFiles(ctx, sub) }); err != nil {
			t.Logf("scan: %v", err)
		}
	})
}
