package safeio

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestReadFileRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "x.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	zero := filepath.Join(dir, "z.yaml")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, kind string }{
		{fifo, "named pipe"},
		{zero, "character device"},
		{dir, "directory"},
	} {
		done := make(chan error, 1)
		go func() {
			_, err := ReadFile(context.Background(), tc.path, 0)
			done <- err
		}()
		select {
		case err := <-done:
			if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), tc.kind) {
				t.Errorf("%s: err = %v, want ErrNotRegular naming %q", tc.path, err, tc.kind)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: ReadFile blocked", tc.path)
		}
	}
}

func TestReadFileLimit(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big")
	if err := os.WriteFile(p, make([]byte, 2048), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(context.Background(), p, 1024); !IsTooLarge(err) || !strings.Contains(err.Error(), "2 KiB is over the 1 KiB limit") {
		t.Errorf("err = %v", err)
	}
	data, err := ReadFile(context.Background(), p, 2048)
	if err != nil || len(data) != 2048 {
		t.Errorf("at the limit: %d bytes, %v", len(data), err)
	}
}

// endless stands for a file that grows without end (or a lying size).
type endless struct{}

func (endless) Read(p []byte) (int, error) { return len(p), nil }

func TestReadAllStopsAtLimitWithoutSize(t *testing.T) {
	_, err := ReadAll(context.Background(), endless{}, -1, 1<<20)
	var le *LimitError
	if !errors.As(err, &le) || le.Size != -1 || !strings.Contains(err.Error(), "larger than the 1 MiB limit") {
		t.Errorf("err = %v", err)
	}
}

func TestReadAllHonoursCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ReadAll(ctx, endless{}, -1, 1<<30); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
	if _, err := io.ReadAll(Reader(ctx, strings.NewReader("x"))); !errors.Is(err, context.Canceled) {
		t.Errorf("Reader: err = %v", err)
	}
}

func TestReadFS(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "p"), 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	fsys := os.DirFS(dir)
	if data, err := ReadFS(context.Background(), fsys, "a.txt", 0); err != nil || string(data) != "hello" {
		t.Errorf("a.txt: %q %v", data, err)
	}
	if _, err := ReadFS(context.Background(), fsys, "p", 0); !errors.Is(err, ErrNotRegular) {
		t.Errorf("fifo: err = %v", err)
	}
}

func TestByteSize(t *testing.T) {
	for n, want := range map[int64]string{0: "0 B", 1023: "1023 B", 1024: "1 KiB", 1536: "1.5 KiB", 8 << 20: "8 MiB", 3 << 30: "3 GiB"} {
		if got := ByteSize(n); got != want {
			t.Errorf("ByteSize(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestReadListedChecksOpenedFile: a path listed as regular but replaced by
// a FIFO or a directory before it is opened is refused, without blocking.
func TestReadListedChecksOpenedFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "swapped.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := ReadListed(context.Background(), fifo, 0)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrNotRegular) {
			t.Errorf("err = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("ReadListed blocked on a FIFO")
	}
	if _, err := ReadListed(context.Background(), dir, 0); !errors.Is(err, ErrNotRegular) {
		t.Errorf("directory: err = %v", err)
	}
	p := filepath.Join(dir, "ok.yaml")
	os.WriteFile(p, []byte("a: 1\n"), 0o644)
	if data, err := ReadListed(context.Background(), p, 0); err != nil || string(data) != "a: 1\n" {
		t.Errorf("regular: %q %v", data, err)
	}
}
