package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWrite(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name     string
		existing string // "" = no file before
		opts     Options
		fill     func(io.Writer) error
		want     string // content afterwards
		wantErr  error
	}{
		{"new file", "", Options{}, writeStr("new"), "new", nil},
		{"replace", "old", Options{}, writeStr("new"), "new", nil},
		{"no clobber refuses", "old", Options{NoClobber: true}, writeStr("new"), "old", ErrExists},
		{"no clobber new file", "", Options{NoClobber: true}, writeStr("new"), "new", nil},
		{"failed fill keeps old", "old", Options{}, func(w io.Writer) error { io.WriteString(w, "half"); return boom }, "old", boom},
		{"failed fill leaves nothing", "", Options{}, func(w io.Writer) error { io.WriteString(w, "half"); return boom }, "", boom},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "out.txt")
			if tt.existing != "" {
				if err := os.WriteFile(p, []byte(tt.existing), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			err := Write(p, tt.opts, tt.fill)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			got, rerr := os.ReadFile(p)
			if tt.want == "" {
				if !os.IsNotExist(rerr) {
					t.Errorf("file exists after failed write: %q", got)
				}
			} else if string(got) != tt.want {
				t.Errorf("content %q, want %q", got, tt.want)
			}
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if e.Name() != "out.txt" {
					t.Errorf("left behind %s", e.Name())
				}
			}
		})
	}
}

func TestWriteMode(t *testing.T) {
	p := filepath.Join(t.TempDir(), "m")
	if err := WriteBytes(p, Options{Perm: 0o600}, []byte("x")); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", fi.Mode())
	}
}

func writeStr(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func TestWriteMissingDir(t *testing.T) {
	p := filepath.Join(t.TempDir(), "no", "such", "out.txt")
	err := WriteBytes(p, Options{}, []byte("x"))
	if err == nil || err.Error() != p+": no such file or directory" {
		t.Errorf("err = %v", err)
	}
}

// TestWriteRefusesNonRegular: with or without NoClobber, a directory or a
// special file as the target is refused before anything is written, and the
// message says what the target is.
func TestWriteRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := mkfifo(fifo); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(sub, link); err != nil {
		t.Fatal(err)
	}
	// The device is reached through a link, so that a regression replaces
	// the link and not the machine's /dev/null.
	dev := filepath.Join(dir, "dev")
	if err := os.Symlink(os.DevNull, dev); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		path, want string
		err        error
	}{
		{sub, "is a directory", ErrIsDir},
		{link, "is a directory", ErrIsDir},
		{fifo, "not a regular file (a FIFO)", ErrNotRegular},
		{dev, "not a regular file (a device)", ErrNotRegular},
	} {
		for _, opts := range []Options{{}, {NoClobber: true}} {
			called := false
			err := Write(tt.path, opts, func(io.Writer) error { called = true; return nil })
			if !errors.Is(err, tt.err) || !strings.Contains(err.Error(), tt.path+": "+tt.want) {
				t.Errorf("%s %+v: err = %v, want %q", tt.path, opts, err, tt.want)
			}
			if called {
				t.Errorf("%s: fill was called", tt.path)
			}
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 4 {
		t.Errorf("left behind: %v", entries)
	}
}
