package live

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cnready/cnready/inventory"
	"github.com/cnready/cnready/inventory/detect"
	"github.com/cnready/cnready/inventory/scan"
)

// The test binary doubles as a fake product process: started with
// CNREADY_LIVE_HELPER=1 and an argv that looks like Tomcat's or Tibero's,
// it listens on loopback, optionally dials a peer, prints its port and
// waits for its stdin to close (at most two minutes).
func TestMain(m *testing.M) {
	switch os.Getenv("CNREADY_LIVE_HELPER") {
	case "1":
		os.Exit(helperMain())
	case "scan":
		os.Exit(scanHelperMain())
	}
	os.Exit(m.Run())
}

func helperMain() int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	var held []net.Conn
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			held = append(held, c) // keep inbound connections open, answer nothing
		}
	}()
	if d := os.Getenv("HELPER_DIAL"); d != "" {
		c, err := net.DialTimeout("tcp", d, 5*time.Second)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer c.Close()
	}
	fmt.Println(ln.Addr().(*net.TCPAddr).Port)
	done := make(chan struct{})
	go func() { io.Copy(io.Discard, os.Stdin); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
	}
	return 0
}

// scanHelperMain runs a live scan with the real detectors and prints the
// host result as JSON; the test runs it as an unprivileged user.
func scanHelperMain() int {
	hr, _, err := Scan(context.Background(), Options{HostName: "livetest", Scan: scan.Options{Detectors: detect.All()}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := json.NewEncoder(os.Stdout).Encode(hr); err != nil {
		return 1
	}
	return 0
}

// fakeProc is a running helper.
type fakeProc struct {
	cmd  *exec.Cmd
	port int
}

// startFake copies the test binary to dir/bin/<comm> (so /proc/<pid>/comm
// reads like the product) and runs it with argv and extra environment.
func startFake(t *testing.T, dir, comm string, argv, env []string) *fakeProc {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "bin", comm)
	if _, err := os.Stat(bin); err != nil {
		if err := os.MkdirAll(filepath.Dir(bin), 0o755); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(self)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(bin, data, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(bin)
	cmd.Args = argv
	cmd.Env = append([]string{"CNREADY_LIVE_HELPER=1", "PATH=/usr/bin:/bin"}, env...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("%s helper: %v", comm, err)
	}
	port, err := strconv.Atoi(strings.TrimSpace(line))
	if err != nil {
		t.Fatalf("%s helper printed %q", comm, line)
	}
	return &fakeProc{cmd: cmd, port: port}
}

// liveSecrets are planted in the fake processes' argv and environment.
var liveSecrets = []string{"Live-Ds-Pw-5151", "Live-KS-Pw-6262", "Live-Env-Pg-7373", "Live-Env-Spring-8484", "Live-Env-Tb-9595", "Live-Cli-Pw-1212"}

func TestLiveScanFakeProducts(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "tomcat")
	tbHome := filepath.Join(dir, "tibero6")
	for _, f := range []struct{ name, text string }{
		{filepath.Join(base, "conf", "server.xml"), "<Server port=\"-1\"><!-- 테스트 --><Service name=\"Catalina\"><Connector port=\"9\"/></Service></Server>\n"},
		{filepath.Join(tbHome, "config", "tibero.tip"), "DB_NAME=tibero\nLISTENER_PORT=9\n"},
	} {
		if err := os.MkdirAll(filepath.Dir(f.name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f.name, []byte(f.text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := startFake(t, dir, "tbsvr", []string{"tbsvr", "-t", "NORMAL", "-SVR_SID", "tibero"},
		[]string{"TB_HOME=" + tbHome, "TB_SID=tibero", "TB_PASSWORD=Live-Env-Tb-9595"})
	was := startFake(t, dir, "java", []string{"java", "-Dcatalina.base=" + base, "-Dcatalina.home=" + base,
		"-Dspring.datasource.password=Live-Ds-Pw-5151", "-Djavax.net.ssl.keyStorePassword=Live-KS-Pw-6262",
		"-classpath", base + "/bin/bootstrap.jar", "org.apache.catalina.startup.Bootstrap", "start", "--password", "Live-Cli-Pw-1212"},
		[]string{"HELPER_DIAL=127.0.0.1:" + strconv.Itoa(db.port), "PGPASSWORD=Live-Env-Pg-7373",
			"SPRING_DATASOURCE_PASSWORD=Live-Env-Spring-8484", "CATALINA_HOME=" + base})

	opts := Options{HostName: "livetest", Scan: scan.Options{Detectors: []inventory.Detector{fileDetector{}}}}
	hr, snap, err := Scan(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	byPID := map[int]*Instance{}
	for _, in := range snap.Instances {
		for _, p := range in.PIDs {
			byPID[p] = in
		}
	}
	tc := byPID[was.cmd.Process.Pid]
	tb := byPID[db.cmd.Process.Pid]
	if tc == nil || tb == nil {
		t.Fatalf("fake products not recognised: tomcat %v, tibero %v", tc, tb)
	}
	if tc.Product != "tomcat" || tc.Key != base || tb.Product != "tibero" || tb.Key != "tibero" {
		t.Errorf("instances %s %s / %s %s", tc.Product, tc.Key, tb.Product, tb.Key)
	}
	wasAddr := netip.MustParseAddrPort("127.0.0.1:" + strconv.Itoa(was.port))
	dbAddr := netip.MustParseAddrPort("127.0.0.1:" + strconv.Itoa(db.port))
	if fmt.Sprint(tc.Listen) != fmt.Sprint([]netip.AddrPort{wasAddr}) {
		t.Errorf("tomcat listen %v, want %v", tc.Listen, wasAddr)
	}
	if fmt.Sprint(tb.Listen) != fmt.Sprint([]netip.AddrPort{dbAddr}) {
		t.Errorf("tibero listen %v, want %v", tb.Listen, dbAddr)
	}
	if fmt.Sprint(tc.Outbound) != fmt.Sprint([]netip.AddrPort{dbAddr}) {
		t.Errorf("tomcat outbound %v, want %v", tc.Outbound, dbAddr)
	}
	if len(tb.Outbound) != 0 {
		t.Errorf("tibero's inbound connection taken as outbound: %v", tb.Outbound)
	}
	if want := strings.TrimPrefix(filepath.Join(base, "conf", "server.xml"), "/"); !slices.Contains(tc.Files, want) {
		t.Errorf("tomcat files %v, want %s", tc.Files, want)
	}

	// The result: the detector's components with the real ports, and the
	// socket to the DB as a tcp target that merges into a link.
	res := scan.Merge(hr)
	out, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range liveSecrets {
		if bytes.Contains(out, []byte(s)) || strings.Contains(fmt.Sprintf("%+v", snap), s) {
			t.Errorf("planted secret %s leaked", s)
		}
	}
	var tomcatID, tiberoID string
	for _, c := range res.Components {
		switch {
		case c.Product == "tomcat" && strings.Contains(c.ID, base):
			tomcatID = c.ID
			if strings.Join(c.Listen, ",") != wasAddr.String() {
				t.Errorf("tomcat component listen %v, want the real %v", c.Listen, wasAddr)
			}
		case c.Product == "tibero" && strings.Contains(c.ID, tbHome):
			tiberoID = c.ID
		}
	}
	if tomcatID == "" || tiberoID == "" {
		t.Fatalf("components missing:\n%s", out)
	}
	linked := false
	for _, l := range res.Links {
		if l.From == tomcatID && l.To == tiberoID && l.Protocol == "tcp" {
			linked = true
		}
	}
	if !linked {
		t.Errorf("no tcp link tomcat -> tibero:\n%s", out)
	}
}

// ciRequired fails under CI (CI=true), where .ci/run installs the
// servers, and skips elsewhere.
func ciRequired(t *testing.T, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s (CI=true: .ci/run must install it)", msg)
	}
	t.Skip(msg)
}

// freePort asks the kernel for a loopback port that is free right now.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// waitPort polls until something accepts on 127.0.0.1:port (bounded).
func waitPort(t *testing.T, port int, what string, exited <-chan struct{}) {
	t.Helper()
	for i := 0; i < 300; i++ {
		c, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(port), 100*time.Millisecond)
		if err == nil {
			c.Close()
			return
		}
		select {
		case <-exited:
			t.Fatalf("%s exited before listening", what)
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Fatalf("%s not listening on %d after 30s", what, port)
}

// startServer runs a real server in the foreground and stops it at
// cleanup.
func startServer(t *testing.T, name string, cred *syscall.Credential, logf string, argv ...string) (*exec.Cmd, <-chan struct{}) {
	t.Helper()
	cmd := exec.Command(argv[0], argv[1:]...)
	if logf != "" {
		f, err := os.Create(logf)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd.Stdout, cmd.Stderr = f, f
	}
	if cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	})
	return cmd, exited
}

func lookPath(t *testing.T, names ...string) string {
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
		if _, err := os.Stat(n); err == nil {
			return n
		}
	}
	return ""
}

// TestLiveScanRealServers runs Debian's nginx and PostgreSQL on loopback
// and finds them through the real /proc: nginx proxies to a fake Tomcat
// and holds the upstream connection while the scan runs.
func TestLiveScanRealServers(t *testing.T) {
	nginx := lookPath(t, "nginx", "/usr/sbin/nginx")
	pgBin := ""
	if m, _ := filepath.Glob("/usr/lib/postgresql/*/bin/postgres"); len(m) > 0 {
		pgBin = m[len(m)-1]
	}
	if nginx == "" || pgBin == "" {
		ciRequired(t, "nginx (%q) and PostgreSQL (%q) are needed: apt-get install nginx-light postgresql", nginx, pgBin)
	}
	if os.Geteuid() != 0 {
		ciRequired(t, "starting PostgreSQL as user postgres needs root")
	}
	pgUser, err := user.Lookup("postgres")
	if err != nil {
		ciRequired(t, "no postgres user: %v", err)
	}
	uid, _ := strconv.Atoi(pgUser.Uid)
	gid, _ := strconv.Atoi(pgUser.Gid)

	// A directory the postgres user can reach (t.TempDir is 0700 root).
	top, err := os.MkdirTemp("", "cnready-live-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(top) })
	if err := os.Chmod(top, 0o755); err != nil {
		t.Fatal(err)
	}

	// PostgreSQL
	pgData := filepath.Join(top, "pgdata")
	if err := os.Mkdir(pgData, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(pgData, uid, gid); err != nil {
		t.Fatal(err)
	}
	cred := &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
	initdb := exec.Command(filepath.Join(filepath.Dir(pgBin), "initdb"), "-D", pgData, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions")
	initdb.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	initdb.Env = []string{"PATH=/usr/bin:/bin", "LANG=C"}
	if out, err := initdb.CombinedOutput(); err != nil {
		t.Fatalf("initdb: %v\n%s", err, out)
	}
	pgPort := freePort(t)
	pg, pgExited := startServer(t, "postgres", cred, filepath.Join(top, "pg.log"), pgBin, "-D", pgData, "-p", strconv.Itoa(pgPort),
		"-k", pgData, "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off")
	waitPort(t, pgPort, "postgres", pgExited)

	// A fake Tomcat behind nginx; it accepts and never answers, so nginx
	// keeps its upstream connection open.
	was := startFake(t, top, "java", []string{"java", "-Dcatalina.base=" + filepath.Join(top, "tomcat"),
		"org.apache.catalina.startup.Bootstrap", "start"}, []string{"HELPER_DIAL=127.0.0.1:" + strconv.Itoa(pgPort)})

	// nginx
	ngPort := freePort(t)
	ngDir := filepath.Join(top, "nginx")
	if err := os.MkdirAll(filepath.Join(ngDir, "logs"), 0o755); err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(ngDir, "nginx.conf")
	confText := fmt.Sprintf(`# 테스트용 nginx
daemon off;
master_process on;
worker_processes 1;
pid %[1]s/nginx.pid;
error_log %[1]s/logs/error.log;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path %[1]s/body;
    proxy_temp_path %[1]s/proxy;
    fastcgi_temp_path %[1]s/fastcgi;
    uwsgi_temp_path %[1]s/uwsgi;
    scgi_temp_path %[1]s/scgi;
    server {
        listen 127.0.0.1:%[2]d;
        location / { proxy_pass http://127.0.0.1:%[3]d; proxy_read_timeout 60s; }
    }
}
`, ngDir, ngPort, was.port)
	if err := os.WriteFile(conf, []byte(confText), 0o644); err != nil {
		t.Fatal(err)
	}
	ng, ngExited := startServer(t, "nginx", nil, filepath.Join(ngDir, "logs", "stderr.log"), nginx, "-p", ngDir, "-c", conf)
	waitPort(t, ngPort, "nginx", ngExited)
	// One request through nginx: it stays pending, so nginx holds an
	// ESTABLISHED socket to the fake Tomcat.
	reqConn, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(ngPort), 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer reqConn.Close()
	fmt.Fprintf(reqConn, "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
	wasAddr := netip.MustParseAddrPort("127.0.0.1:" + strconv.Itoa(was.port))

	var snap *Snapshot
	var hr *scan.HostResult
	var ngIn, pgIn *Instance
	// nginx dials the upstream asynchronously: poll a bounded number of times.
	for i := 0; i < 50; i++ {
		start := time.Now()
		hr, snap, err = Scan(context.Background(), Options{HostName: "livetest", Scan: scan.Options{Detectors: []inventory.Detector{fileDetector{}}}})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("live scan: %d processes, %d instances in %v", snap.Processes, len(snap.Instances), time.Since(start))
		ngIn, pgIn = nil, nil
		for _, in := range snap.Instances {
			if containsInt(in.PIDs, ng.Process.Pid) {
				ngIn = in
			}
			if containsInt(in.PIDs, pg.Process.Pid) {
				pgIn = in
			}
		}
		if ngIn != nil && containsAddrPort(ngIn.Outbound, wasAddr) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if ngIn == nil || pgIn == nil {
		t.Fatalf("real servers not recognised: nginx %+v postgres %+v", ngIn, pgIn)
	}
	if ngIn.Product != "nginx" || ngIn.Key != conf || len(ngIn.PIDs) < 2 {
		t.Errorf("nginx instance %s %s pids %v (master and worker expected)", ngIn.Product, ngIn.Key, ngIn.PIDs)
	}
	if !containsAddrPort(ngIn.Listen, netip.MustParseAddrPort("127.0.0.1:"+strconv.Itoa(ngPort))) {
		t.Errorf("nginx listen %v, want port %d", ngIn.Listen, ngPort)
	}
	if !containsAddrPort(ngIn.Outbound, wasAddr) {
		t.Errorf("nginx outbound %v, want the upstream %v", ngIn.Outbound, wasAddr)
	}
	if !slices.Contains(ngIn.Files, strings.TrimPrefix(conf, "/")) {
		t.Errorf("nginx files %v", ngIn.Files)
	}
	if pgIn.Product != "postgresql" || pgIn.Key != pgData || len(pgIn.PIDs) < 2 {
		t.Errorf("postgres instance %s %s pids %v (postmaster and its workers expected)", pgIn.Product, pgIn.Key, pgIn.PIDs)
	}
	if !containsAddrPort(pgIn.Listen, netip.MustParseAddrPort("127.0.0.1:"+strconv.Itoa(pgPort))) {
		t.Errorf("postgres listen %v, want port %d", pgIn.Listen, pgPort)
	}
	if !slices.Contains(pgIn.Files, strings.TrimPrefix(filepath.Join(pgData, "postgresql.conf"), "/")) {
		t.Errorf("postgres files %v", pgIn.Files)
	}
	// As an unprivileged user (postgres) the scan cannot read root's
	// descriptors: nginx is still found from its command line, its
	// configured listener confirmed by the unowned socket, and the host
	// says what it could not read.
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	nrBin := filepath.Join(top, "bin", "scanner")
	if err := os.WriteFile(nrBin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	nr := exec.Command(nrBin)
	nr.Env = []string{"CNREADY_LIVE_HELPER=scan", "PATH=/usr/bin:/bin"}
	nr.Dir = top
	nr.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	var nrErr bytes.Buffer
	nr.Stderr = &nrErr
	nrOut, err := nr.Output()
	if err != nil {
		t.Fatalf("unprivileged scan failed: %v\n%s", err, nrErr.String())
	}
	var nrHR scan.HostResult
	if err := json.Unmarshal(nrOut, &nrHR); err != nil {
		t.Fatal(err)
	}
	ngListen := "127.0.0.1:" + strconv.Itoa(ngPort)
	ngFound := false
	for _, c := range nrHR.Components {
		if c.Product == "nginx" && slices.Contains(c.Listen, ngListen) {
			ngFound = true
		}
	}
	if !ngFound {
		t.Errorf("unprivileged scan: no nginx listening on %s:\n%s", ngListen, nrOut)
	}
	if !strings.Contains(strings.Join(nrHR.Host.Notes, "\n"), "nginx process "+strconv.Itoa(ng.Process.Pid)+": could not read") {
		t.Errorf("unprivileged scan: no note on nginx's unreadable descriptors: %v", nrHR.Host.Notes)
	}

	// The fake Tomcat's connection to PostgreSQL is a target to it.
	res := scan.Merge(hr)
	found := false
	for _, l := range res.Links {
		if strings.Contains(l.From, "tomcat") && strings.Contains(l.To, "postgresql") {
			found = true
		}
	}
	if !found {
		out, _ := json.MarshalIndent(res, "", "  ")
		t.Errorf("no link from the Tomcat to PostgreSQL:\n%s", out)
	}
}

func containsInt(l []int, x int) bool {
	for _, v := range l {
		if v == x {
			return true
		}
	}
	return false
}

func containsAddrPort(l []netip.AddrPort, x netip.AddrPort) bool {
	for _, v := range l {
		if v == x {
			return true
		}
	}
	return false
}

// BenchmarkScanThisHost measures a live scan of the machine running it.
func BenchmarkScanThisHost(b *testing.B) {
	opts := Options{Scan: scan.Options{Detectors: detect.All()}}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, _, err := Scan(context.Background(), opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScanFakeHost measures the fixture host (12 processes).
func BenchmarkScanFakeHost(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, _, err := Scan(context.Background(), fakeOptions()); err != nil {
			b.Fatal(err)
		}
	}
}
