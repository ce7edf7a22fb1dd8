package scan

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cnready/cnready/internal/safeio"
)

// tarOf builds a tar stream of members (name -> content; a nil-looking
// "\x00fifo" content makes a FIFO member).
func tarOf(t *testing.T, members [][2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, m := range members {
		h := &tar.Header{Name: m[0], Mode: 0o644, Size: int64(len(m[1])), Typeflag: tar.TypeReg}
		if m[1] == "\x00fifo" {
			h.Typeflag, h.Size = tar.TypeFifo, 0
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Typeflag == tar.TypeReg {
			tw.Write([]byte(m[1]))
		}
	}
	tw.Close()
	return buf.Bytes()
}

// TestSpecialFilesNeverOpened: FIFOs on disk and in archives are listed,
// noted once and never opened, so a scan cannot block on them.
func TestSpecialFilesNeverOpened(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "coll")
	writeTree(t, dir, map[string]string{"h1/etc/hostname": "h1\n", "h1/opt/was/x": "y"})
	for _, p := range []string{"h1/etc/hosts", "h1/opt/was/fwas.conf"} {
		if err := syscall.Mkfifo(filepath.Join(dir, p), 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
	}
	done := make(chan *Result, 1)
	go func() { done <- scanFake(t, dir) }()
	var r *Result
	select {
	case r = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("scan blocked on a FIFO")
	}
	notes := strings.Join(r.Hosts[0].Notes, "\n")
	for _, want := range []string{"etc/hosts: skipped: not a regular file: named pipe (FIFO)",
		"opt/was/fwas.conf: skipped: not a regular file: named pipe (FIFO)"} {
		if strings.Count(notes, want) != 1 {
			t.Errorf("want the note %q once, notes:\n%s", want, notes)
		}
	}

	m, err := readTar(context.Background(), bytes.NewReader(tarOf(t, [][2]string{
		{"h1/etc/hostname", "h1\n"}, {"h1/etc/hosts", "\x00fifo"}, {"h1/opt/was/fwas.conf", "\x00fifo"},
	})), Options{Detectors: fakeDetectors()})
	if err != nil {
		t.Fatal(err)
	}
	hrs, err := ScanFS(context.Background(), Options{Detectors: fakeDetectors()}, m, "a.tar", "a")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Join(hrs[0].Host.Notes, "\n"); !strings.Contains(n, "opt/was/fwas.conf: skipped: not a regular file: named pipe (FIFO)") {
		t.Errorf("archive FIFO member: notes %q", n)
	}
}

// TestArchiveBudget: a tar's content is held within the budget, the files
// detectors start from first; a host whose files were left out is marked
// incomplete rather than shown as one where nothing was found.
func TestArchiveBudget(t *testing.T) {
	big := strings.Repeat("listen 8080\n", 1000) // 12 KB
	var members [][2]string
	members = append(members, [2]string{"coll/h0/opt/docs/readme.txt", strings.Repeat("x", 20000)})
	for _, h := range []string{"h1", "h2", "h3"} {
		members = append(members, [2]string{"coll/" + h + "/etc/hostname", h + "\n"},
			[2]string{"coll/" + h + "/opt/was/fwas.conf", big}, [2]string{"coll/" + h + "/opt/was/app.js", big})
	}
	opts := Options{Detectors: fakeDetectors(), MaxArchiveMemory: 30000}
	m, err := readTar(context.Background(), bytes.NewReader(tarOf(t, members)), opts)
	if err != nil {
		t.Fatal(err)
	}
	var held int
	for _, n := range m.nodes {
		held += len(n.data)
	}
	if held > 30000 {
		t.Errorf("held %d bytes over a 30000 budget", held)
	}
	hrs, err := ScanFS(context.Background(), opts, m, "a.tar", "a")
	if err != nil {
		t.Fatal(err)
	}
	r := Merge(hrs...)
	state := map[string]string{}
	for _, h := range r.Hosts {
		state[h.Name] = h.Incomplete
	}
	// The readme is not kept (past half the budget, the rest is for the
	// files detectors start from); h1 and h2's configs are, h3's is over
	// budget. h0 read nothing it needed, so it is complete.
	if state["h0"] != "" || state["h1"] != "" || state["h2"] != "" || !strings.Contains(state["h3"], "archive memory budget used up") {
		t.Errorf("incomplete hosts: %v", state)
	}
	if len(r.Components) != 2 {
		t.Errorf("components %d, want 2 (h1, h2)", len(r.Components))
	}
}

// slowReader yields a byte at a time, forever.
type slowReader struct{}

func (slowReader) Read(p []byte) (int, error) {
	time.Sleep(time.Millisecond)
	p[0] = ' '
	return 1, nil
}

// TestArchiveCancel: Ctrl-C stops an archive being streamed, also while a
// large member is skipped, through the same cancellable reader
// ScanArchive wraps its input in.
func TestArchiveCancel(t *testing.T) {
	var hdr bytes.Buffer
	tw := tar.NewWriter(&hdr)
	if err := tw.WriteHeader(&tar.Header{Name: "h/opt/x.log", Size: 1 << 30, Mode: 0o644, Typeflag: tar.TypeReg}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := readTar(ctx, safeio.Reader(ctx, io.MultiReader(bytes.NewReader(hdr.Bytes()), slowReader{})), Options{})
		done <- err
	}()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("archive read did not stop on cancel")
	}
}

// TestInputFileLimits: asset registers and scan files are bounded by the
// file size limit, YAML ones by half of it (a node tree is heavy).
func TestInputFileLimits(t *testing.T) {
	dir := t.TempDir()
	body := "hosts:\n" + strings.Repeat("  - name: h\n", 200)
	for _, tc := range []struct {
		name string
		want string
	}{
		{"scan.yaml", "over the 1 KiB limit (YAML: half of --max-file-size"},
		{"scan.json", "over the 2 KiB limit"},
	} {
		p := filepath.Join(dir, tc.name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := LoadPath(context.Background(), Options{MaxFileSize: 2048}, p)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
}
