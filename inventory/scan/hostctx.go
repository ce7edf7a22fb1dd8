package scan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"sync"

	"github.com/cnready/cnready/internal/safeio"
	"github.com/cnready/cnready/internal/sets"
	"github.com/cnready/cnready/inventory"
)

// Errors ReadFile returns for files it refuses; the reason is also noted on
// the host, once per file.
var (
	ErrBinary = errors.New("binary file")
	// ErrArchiveBudget marks a file of a compressed archive whose content
	// was not kept because the archive memory budget was used up: the
	// host was not fully read, which the scan reports as a failure.
	ErrArchiveBudget = errors.New("archive memory budget used up")
)

// sniffLen is how much of a file is checked for NUL bytes: enough to catch
// every executable, archive and image format, while Latin-1, EUC-KR and
// UTF-16-free text passes.
const sniffLen = 8000

// hostReader reads one host's files for detectors: only regular files are
// opened (a FIFO or device would block or never end), reads stop at the
// size limit and at cancellation, binaries are skipped, and every refusal
// is noted once.
type hostReader struct {
	ctx     context.Context
	fsys    fs.FS
	max     int64
	mu      sync.Mutex
	notes   map[string]bool
	refused map[string]error
	// budget counts the files not read because of the archive memory
	// budget.
	budget int
	// env is the host's environment table (loadEnv).
	env map[string]string
	// dropped counts notes past maxReaderNotes.
	dropped int
}

func newHostReader(ctx context.Context, fsys fs.FS, max int64) *hostReader {
	return &hostReader{ctx: ctx, fsys: fsys, max: max, notes: map[string]bool{}, refused: map[string]error{}}
}

// maxReaderNotes bounds the notes of files not read on one host: past it
// they are counted (a tree of 100,000 binaries is one problem).
const maxReaderNotes = 1000

func (r *hostReader) note(format string, args ...any) {
	r.mu.Lock()
	if len(r.notes) < maxReaderNotes {
		r.notes[fmt.Sprintf(format, args...)] = true
	} else {
		r.dropped++
	}
	r.mu.Unlock()
}

// Notes returns the notes in order.
func (r *hostReader) Notes() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := sets.Keys(r.notes)
	if r.dropped > 0 {
		out = append(out, fmt.Sprintf("%d more files not read are not listed", r.dropped))
	}
	return out
}

// incomplete says why the host was not fully read, or "".
func (r *hostReader) incomplete() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.budget == 0 {
		return ""
	}
	return fmt.Sprintf("%d files not read: %v", r.budget, ErrArchiveBudget)
}

// ReadFile reads name whole, or refuses it with a note: over the size
// limit, binary, not a regular file, a symlink leaving the root or
// looping, kept out of memory, or unreadable. A missing file is not noted:
// detectors probe for optional files.
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
		if errors.Is(err, ErrArchiveBudget) {
			r.budget++
		}
		r.mu.Unlock()
		if !errors.Is(err, fs.ErrNotExist) && r.ctx.Err() == nil {
			r.note("%s: %s", name, readProblem(err))
		}
	}
	return data, err
}

func (r *hostReader) read(name string) ([]byte, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrInvalid}
	}
	var data []byte
	var err error
	if m, ok := r.fsys.(*memFS); ok {
		// Archive content is in memory already: share it, no copy.
		data, err = m.readFile(r.ctx, name, r.max)
	} else {
		// Stat before opening, so a FIFO is never opened.
		data, err = safeio.ReadFS(r.ctx, r.fsys, name, r.max)
	}
	if err != nil {
		return nil, err
	}
	if isBinary(data) {
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrBinary}
	}
	return data, nil
}

// readProblem words a read failure for a host note: "skipped: ..." for
// files refused by kind or size, "not read: ..." otherwise.
func readProblem(err error) string {
	var le *safeio.LimitError
	switch {
	case errors.As(err, &le):
		return "skipped: " + le.Error()
	case errors.Is(err, ErrBinary), errors.Is(err, safeio.ErrNotRegular):
		return "skipped: " + reason(err)
	}
	return "not read: " + reason(err)
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
	return &inventory.HostContext{FS: r.fsys, Host: host, ReadFile: r.ReadFile, Exists: r.Exists, Glob: r.Glob, Env: r.Env}
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
