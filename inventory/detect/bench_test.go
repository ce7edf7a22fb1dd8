package detect

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/cnready/cnready/inventory"
)

// BenchmarkDetectors runs every detector over every fixture host, the way
// the scanner does per host (Match over all files, then Detect).
func BenchmarkDetectors(b *testing.B) {
	entries, err := os.ReadDir("testdata")
	if err != nil {
		b.Fatal(err)
	}
	type host struct {
		h     *inventory.HostContext
		paths map[string][]string
	}
	var hosts []host
	files := 0
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "golden" || e.Name() == "fuzz" {
			continue
		}
		dir := filepath.Join("testdata", e.Name())
		hs := host{h: testHost(dir), paths: map[string][]string{}}
		for _, d := range All() {
			hs.paths[d.Name()] = matched(b, d, dir)
			files += len(hs.paths[d.Name()])
		}
		hosts = append(hosts, hs)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, hs := range hosts {
			for _, d := range All() {
				if _, err := d.Detect(context.Background(), hs.h, hs.paths[d.Name()]); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.ReportMetric(float64(len(hosts)), "hosts/op")
	b.ReportMetric(float64(files), "files/op")
}

// BenchmarkMatch measures Match, which the scanner calls for every file
// of every tree with every detector.
func BenchmarkMatch(b *testing.B) {
	paths := []string{
		"etc/httpd/conf/httpd.conf", "usr/share/doc/foo/README", "opt/tomcat/conf/server.xml",
		"home/jeus/domains/d/config/domain.xml", "var/log/messages", "opt/app/WEB-INF/classes/globals.properties",
		"opt/app/lib/spring-core-5.3.jar", "u01/app/oracle/product/19.0.0/dbhome_1/network/admin/listener.ora",
	}
	ds := All()
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paths {
			for _, d := range ds {
				d.Match(p)
			}
		}
	}
}
