package scan

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"sync"

	"github.com/cnready/cnready/inventory"
)

// Errors ReadFile returns for files it refuses; the reason is also noted on
// the host.
var (
	ErrTooLarge = errors.New("file over the size limit")
	ErrBinary   = errors.New("binary file")
)

// sniffLen is how much of a file is checked for NUL bytes: enough to catch
// every executable, archive and image format, while Latin-1, EUC-KR and
// UTF-16-free text passes.
const sniffLen = 8000

// hostReader reads one host's files for detectors, enforcing the size limit
// and skipping binaries, and remembers what it could not read.
type hostReader struct {
	fsys    fs.FS
	max     int64
	mu      sync.Mutex
	notes   map[string]bool
	refused map[string]error
}

func newHostReader(fsys fs.FS, max int64) *hostReader {
	return &hostReader{fsys: fsys, max: max, notes: map[string]bool{}, refused: map[string]error{}}
}

func (r *hostReader) note(format string, args ...any) {
	r.mu.Lock()
	r.notes[fmt.Sprintf(format, args...)] = true
	r.mu.Unlock()
}

// Notes returns the notes in order.
func (r *hostReader) Notes() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]string, 0, len(r.notes))
	for n := range r.notes {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// ReadFile reads name whole, or refuses it with a note: over the size
// limit, binary, a directory, a symlink leaving the root or looping, or
// unreadable.
func (r *hostReader) ReadFile(name string) ([]byte, error) {
	r.mu.Lock()
	err, seen := r.refused[name]
	r.mu.Unlock()
	if seen {
		return nil, err
	}
	data, err := r.read(name)
	if err != nil {
		r.mu.Lock()
		r.refused[name] = err
		r.mu.Unlock()
	}
	return data, err
}

func (r *hostReader) read(name string) ([]byte, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrInvalid}
	}
	f, err := r.fsys.Open(name)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			r.note("%s: not read: %s", name, reason(err))
		}
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		r.note("%s: not read: %s", name, reason(err))
		return nil, err
	}
	if info.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("is a directory")}
	}
	if !info.Mode().IsRegular() {
		r.note("%s: skipped: not a regular file", name)
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("not a regular file")}
	}
	if info.Size() > r.max {
		r.note("%s: skipped: %s is over the %s limit", name, byteSize(info.Size()), byteSize(r.max))
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrTooLarge}
	}
	// Read at most max+1 so a file growing under us (or a lying archive
	// header) cannot exhaust memory.
	var buf bytes.Buffer
	if info.Size() > 0 {
		buf.Grow(int(info.Size()))
	}
	if _, err := io.Copy(&buf, io.LimitReader(f, r.max+1)); err != nil {
		r.note("%s: not read: %s", name, reason(err))
		return nil, err
	}
	if int64(buf.Len()) > r.max {
		r.note("%s: skipped: over the %s limit", name, byteSize(r.max))
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrTooLarge}
	}
	data := buf.Bytes()
	if isBinary(data) {
		r.note("%s: skipped: binary file", name)
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrBinary}
	}
	return data, nil
}

// Exists reports whether name exists (following links inside the root).
func (r *hostReader) Exists(name string) bool {
	if !fs.ValidPath(name) {
		return false
	}
	_, err := fs.Stat(r.fsys, name)
	return err == nil
}

// Glob lists the files matching pattern; a bad pattern matches nothing.
func (r *hostReader) Glob(pattern string) []string {
	m, err := fs.Glob(r.fsys, pattern)
	if err != nil {
		return nil
	}
	return m
}

// context builds the detector's view of the host.
func (r *hostReader) context(host string) *inventory.HostContext {
	return &inventory.HostContext{FS: r.fsys, Host: host, ReadFile: r.ReadFile, Exists: r.Exists, Glob: r.Glob}
}

func isBinary(data []byte) bool {
	if len(data) > sniffLen {
		data = data[:sniffLen]
	}
	return bytes.IndexByte(data, 0) >= 0
}

// reason shortens an fs error to its cause, without repeating the path.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
