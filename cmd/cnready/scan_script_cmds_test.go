package main

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
)

// scriptCmds are the commands the scan scripts add to testscript's own:
//
//	mkfifo PATH                       a named pipe, as a hostile tree holds
//	mkbigtar OUT HOSTS SIZE           a .tar.gz of HOSTS hosts, each with a
//	                                  Tomcat server.xml of SIZE bytes
//	bounded SECONDS MAXMB PROG ARGS   PROG run with a deadline (a hang
//	                                  fails) and a peak resident size
//	encode cp949|utf16le|latin1 IN OUT  IN re-encoded, as other editors save
var scriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"mkfifo":   cmdMkfifo,
	"mkbigtar": cmdMkbigtar,
	"bounded":  cmdBounded,
	"encode":   cmdEncode,
	// jsonstrip FILE KEY... drops keys at any depth (script_test.go).
	"jsonstrip": jsonStrip,
}

func cmdMkfifo(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: mkfifo PATH")
	}
	p := ts.MkAbs(args[0])
	ts.Check(os.MkdirAll(filepath.Dir(p), 0o755))
	ts.Check(syscall.Mkfifo(p, 0o644))
}

func cmdMkbigtar(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: mkbigtar OUT HOSTS SIZE")
	}
	hosts, err := strconv.Atoi(args[1])
	ts.Check(err)
	size, err := parseSize(args[2])
	ts.Check(err)
	f, err := os.Create(ts.MkAbs(args[0]))
	ts.Check(err)
	defer f.Close()
	zw := gzip.NewWriter(f)
	tw := tar.NewWriter(zw)
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\"?>\n<Server port=\"8005\">\n<Service name=\"Catalina\">\n" +
		"<Connector port=\"8080\" protocol=\"HTTP/1.1\"/>\n")
	for i := 0; int64(b.Len()) < size-40; i++ {
		fmt.Fprintf(&b, "  <Listener className=\"org.example.Pad%d\"/>\n", i%1000)
	}
	b.WriteString("</Service>\n</Server>\n")
	data := []byte(b.String())
	for i := 0; i < hosts; i++ {
		ts.Check(tw.WriteHeader(&tar.Header{Name: fmt.Sprintf("coll/h%03d/opt/tomcat/conf/server.xml", i),
			Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg}))
		_, err := tw.Write(data)
		ts.Check(err)
	}
	ts.Check(tw.Close())
	ts.Check(zw.Close())
}

func cmdBounded(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 3 {
		ts.Fatalf("usage: bounded SECONDS MAXMB PROG ARGS...")
	}
	secs, err := strconv.Atoi(args[0])
	ts.Check(err)
	maxMB, err := strconv.Atoi(args[1])
	ts.Check(err)
	prog := ""
	for _, dir := range filepath.SplitList(ts.Getenv("PATH")) {
		if p := filepath.Join(dir, args[2]); fileExists(p) {
			prog = p
			break
		}
	}
	if prog == "" {
		ts.Fatalf("%s not found", args[2])
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(secs)*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, prog, args[3:]...)
	cmd.Dir = ts.Getenv("WORK")
	for _, k := range []string{"PATH", "HOME", "TMPDIR", "LANG", "NO_COLOR", "GOCOVERDIR"} {
		cmd.Env = append(cmd.Env, k+"="+ts.Getenv(k))
	}
	cmd.Stdout, cmd.Stderr = ts.Stdout(), ts.Stderr()
	err = cmd.Run()
	if ctx.Err() != nil {
		ts.Fatalf("%s did not finish within %ds", args[2], secs)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && !raceEnabled {
		// Linux reports kilobytes. The race detector multiplies memory,
		// so the bound holds only for a normal build.
		if peak := ru.Maxrss / 1024; peak > int64(maxMB) {
			ts.Fatalf("%s peaked at %d MB, over %d MB", args[2], peak, maxMB)
		}
		ts.Logf("peak resident size %d MB", ru.Maxrss/1024)
	}
	if err != nil && !neg {
		ts.Fatalf("%s: %v", args[2], err)
	}
	if err == nil && neg {
		ts.Fatalf("%s succeeded unexpectedly", args[2])
	}
}

func fileExists(p string) bool {
	info, err := os.Stat(p)
	return err == nil && !info.IsDir()
}

// cmdEncode writes IN in another encoding: the files agencies' editors
// save, which a txtar archive cannot hold.
func cmdEncode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: encode cp949|utf16le|latin1 IN OUT")
	}
	var enc encoding.Encoding
	switch args[0] {
	case "cp949":
		enc = korean.EUCKR
	case "utf16le":
		enc = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case "latin1":
		enc = charmap.ISO8859_1
	default:
		ts.Fatalf("encode: unknown encoding %q", args[0])
	}
	out, err := enc.NewEncoder().Bytes([]byte(ts.ReadFile(args[1])))
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[2]), out, 0o644))
}
