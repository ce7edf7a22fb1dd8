package scan

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/cnready/cnready/inventory/detect"
)

// benchConfigs are the configuration files the benchmark tree repeats:
// what the real detectors start from.
var benchConfigs = []struct{ path, content string }{
	{"opt/tomcat%d/conf/server.xml", `<?xml version="1.0"?>
<Server port="8005" shutdown="SHUTDOWN"><Service name="Catalina">
<Connector port="8080" protocol="HTTP/1.1"/><Connector port="8009" protocol="AJP/1.3" address="0.0.0.0"/>
<Engine name="Catalina" defaultHost="localhost"><Host name="localhost" appBase="webapps"/></Engine>
</Service></Server>
`},
	{"opt/tomcat%d/conf/context.xml", `<Context><Resource name="jdbc/x" type="javax.sql.DataSource"
 url="jdbc:oracle:thin:@db01:1521:ORCL" username="u" password="p"/></Context>
`},
	{"etc/nginx%d/nginx.conf", "http {\n upstream b { server 10.0.0.2:8080; }\n server { listen 80; location / { proxy_pass http://b; } }\n}\n"},
	{"etc/my%d.cnf", "[mysqld]\nport=3306\nbind-address=0.0.0.0\n"},
}

// makeBenchTree writes hosts × perHost files, configs of them real
// configuration files spread through the tree, the rest filler.
func makeBenchTree(b *testing.B, dir string, hosts, perHost, configs int) {
	b.Helper()
	filler := []byte("filler\n")
	n := 0
	for h := 0; h < hosts; h++ {
		root := filepath.Join(dir, fmt.Sprintf("host%02d", h))
		os.MkdirAll(filepath.Join(root, "etc"), 0o755)
		os.WriteFile(filepath.Join(root, "etc", "hostname"), []byte(fmt.Sprintf("host%02d\n", h)), 0o644)
		written := 1
		perHostConfigs := configs / hosts
		for c := 0; c < perHostConfigs; c++ {
			t := benchConfigs[c%len(benchConfigs)]
			p := filepath.Join(root, filepath.FromSlash(fmt.Sprintf(t.path, c/len(benchConfigs))))
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, []byte(t.content), 0o644); err != nil {
				b.Fatal(err)
			}
			written++
		}
		for i := 0; written < perHost; i++ {
			d := filepath.Join(root, "opt", "app", fmt.Sprintf("lib%03d", i/50), fmt.Sprintf("pkg%d", i%5))
			if i%50 == 0 || i%50 < 5 {
				os.MkdirAll(d, 0o755)
			}
			ext := []string{".class", ".html", ".js", ".log", ".properties.bak"}[i%5]
			if err := os.WriteFile(filepath.Join(d, fmt.Sprintf("f%d%s", i, ext)), filler, 0o644); err != nil {
				b.Fatal(err)
			}
			written++
		}
		n += written
	}
	b.Logf("tree: %d files, %d configuration files", n, configs+hosts)
}

// BenchmarkScanVsWalk compares a full scan (walk, match every path against
// every detector, read and parse the matches, merge) with a bare walk of
// the same tree (WalkDir plus Lstat of every file). The acceptance bound
// is scan/walk <= 2.
func BenchmarkScanVsWalk(b *testing.B) {
	dir := b.TempDir()
	makeBenchTree(b, dir, 20, 5000, 2000)
	opts := Options{Detectors: detect.All()}
	walk := func() int {
		files := 0
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if _, err := os.Lstat(p); err == nil {
					files++
				}
			}
			return nil
		})
		return files
	}
	var comps int
	scanOnce := func() {
		hrs, err := ScanDir(context.Background(), opts, dir)
		if err != nil {
			b.Fatal(err)
		}
		comps = len(Merge(hrs...).Components)
	}
	walk()
	scanOnce() // warm the page cache for both
	var walkTime, scanTime time.Duration
	var peak uint64
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		walk()
		t1 := time.Now()
		scanOnce()
		t2 := time.Now()
		walkTime += t1.Sub(t0)
		scanTime += t2.Sub(t1)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		if ms.HeapInuse > peak {
			peak = ms.HeapInuse
		}
	}
	b.ReportMetric(float64(walkTime.Nanoseconds())/float64(b.N), "walk-ns/op")
	b.ReportMetric(float64(scanTime.Nanoseconds())/float64(b.N), "scan-ns/op")
	b.ReportMetric(float64(scanTime)/float64(walkTime), "scan/walk")
	b.ReportMetric(float64(peak)/(1<<20), "heap-MiB")
	b.ReportMetric(float64(comps), "components")
}
