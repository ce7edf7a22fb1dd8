// Package safeio reads input files defensively: only regular files are
// opened (a FIFO, device or socket would block or never end), reads stop at
// a size limit so a huge or endless file cannot exhaust memory, and long
// reads notice cancellation so Ctrl-C is honoured mid-file.
package safeio

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// DefaultLimit is the per-file limit commands use unless a flag raises it.
const DefaultLimit = 8 << 20

// ErrNotRegular is returned for FIFOs, devices, sockets and directories.
var ErrNotRegular = errors.New("not a regular file")

// LimitError is returned when a file is larger than the limit.
type LimitError struct {
	Size  int64 // the size seen, or -1 when the file grew past the limit
	Limit int64
}

func (e *LimitError) Error() string {
	if e.Size < 0 {
		return "larger than the " + ByteSize(e.Limit) + " limit"
	}
	return ByteSize(e.Size) + " is over the " + ByteSize(e.Limit) + " limit"
}

// IsTooLarge reports whether err is (or wraps) a LimitError.
func IsTooLarge(err error) bool {
	var le *LimitError
	return errors.As(err, &le)
}

// CheckMode returns nil for a regular file and an error naming the kind of
// file otherwise.
func CheckMode(m fs.FileMode) error {
	if m.IsRegular() {
		return nil
	}
	kind := "special file"
	switch {
	case m.IsDir():
		kind = "directory"
	case m&fs.ModeNamedPipe != 0:
		kind = "named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		kind = "socket"
	case m&fs.ModeCharDevice != 0:
		kind = "character device"
	case m&fs.ModeDevice != 0:
		kind = "device"
	case m&fs.ModeSymlink != 0:
		kind = "symbolic link"
	}
	return fmt.Errorf("%w: %s", ErrNotRegular, kind)
}

// Open opens path for reading if, following symbolic links, it is a regular
// file. It looks before opening, as opening some devices has effects (a
// tape rewinds, a terminal becomes the controlling one); the open itself
// does not block (a FIFO swapped in after the check cannot hang it) and the
// file is checked again once open.
func Open(path string) (*os.File, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := CheckMode(info.Mode()); err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, err
	}
	info, err = f.Stat()
	if err == nil {
		err = CheckMode(info.Mode())
	}
	if err != nil {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	return f, nil
}

// ReadListed is ReadFile for a path a directory listing just reported as
// a regular file: it opens without looking first (one system call less
// per file in a batch of thousands); the open still cannot block and the
// opened file is still checked.
func ReadListed(ctx context.Context, path string, limit int64) ([]byte, error) {
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err == nil {
		err = CheckMode(info.Mode())
	}
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	data, err := ReadAll(ctx, f, info.Size(), limit)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: path, Err: err}
	}
	return data, nil
}

// ReadFile reads the regular file at path whole, refusing files over limit
// bytes (limit <= 0: DefaultLimit) and stopping when ctx is cancelled.
func ReadFile(ctx context.Context, path string, limit int64) ([]byte, error) {
	f, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := int64(-1)
	if info, err := f.Stat(); err == nil {
		size = info.Size()
	}
	data, err := ReadAll(ctx, f, size, limit)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: path, Err: err}
	}
	return data, nil
}

// ReadFS is ReadFile for a file in fsys. The mode is checked with fs.Stat
// before the file is opened, so a FIFO is never opened.
func ReadFS(ctx context.Context, fsys fs.FS, name string, limit int64) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if err := CheckMode(info.Mode()); err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := ReadAll(ctx, f, info.Size(), limit)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	return data, nil
}

// ReadAll reads r to the end, or fails with a *LimitError once more than
// limit bytes (limit <= 0: DefaultLimit) come, or with ctx.Err() when ctx is
// cancelled. size, when known (>= 0), lets an oversized file fail before
// any read and sizes the buffer.
func ReadAll(ctx context.Context, r io.Reader, size, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	if size > limit {
		return nil, &LimitError{Size: size, Limit: limit}
	}
	capacity := int64(512)
	if size > 0 {
		capacity = size + 1
	}
	buf := make([]byte, 0, capacity)
	r = &ctxReader{ctx: ctx, r: io.LimitReader(r, limit+1)}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, &LimitError{Size: -1, Limit: limit}
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// Reader wraps r so that reads fail with ctx.Err() once ctx is cancelled:
// a parser fed from it stops within one read of Ctrl-C.
func Reader(ctx context.Context, r io.Reader) io.Reader { return &ctxReader{ctx: ctx, r: r} }

type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	// Bounded chunks keep the time between checks short on slow inputs.
	if len(p) > 1<<20 {
		p = p[:1<<20]
	}
	return c.r.Read(p)
}

// ByteSize formats n for messages: "512 B", "8 MiB", "1.5 GiB".
func ByteSize(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	v := float64(n) / float64(div)
	suffix := []string{"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}[exp]
	if v == float64(int64(v)) {
		return fmt.Sprintf("%d %s", int64(v), suffix)
	}
	return fmt.Sprintf("%.1f %s", v, suffix)
}
