// Package atomicfile writes files so that readers never see a half-written
// one: the content goes to a temporary file in the same directory, which is
// renamed over the target only after it was written and synced.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// ErrExists is returned by Write with NoClobber when the target exists.
var ErrExists = errors.New("file exists")

// ErrIsDir and ErrNotRegular are returned by Write, before anything is
// written, when the target is a directory, or a device, FIFO or socket:
// renaming over a directory fails with a puzzling message, renaming over
// /dev/null would replace the device node, and a FIFO can block for ever.
var (
	ErrIsDir      = errors.New("is a directory")
	ErrNotRegular = errors.New("not a regular file")
)

// Options tune Write.
type Options struct {
	// NoClobber refuses to replace an existing file.
	NoClobber bool
	// Perm is the mode of a new file; 0 means 0o644.
	Perm os.FileMode
}

// Write calls fill with a writer on a temporary file next to path and, if
// fill succeeds, renames it to path. On any error the temporary file is
// removed and path is left as it was.
func Write(path string, opts Options, fill func(w io.Writer) error) (err error) {
	if err := checkTarget(path); err != nil {
		return err
	}
	if opts.NoClobber {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("%s: %w (use --force to replace it)", path, ErrExists)
		}
	}
	perm := opts.Perm
	if perm == 0 {
		perm = 0o644
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		// Name the file asked for, not the temporary one.
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("%s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = fill(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Chmod(tmp.Name(), perm); err != nil {
		return err
	}
	if opts.NoClobber {
		// Link fails if path appeared meanwhile, which rename would not notice.
		if err = os.Link(tmp.Name(), path); err != nil {
			if os.IsExist(err) {
				err = fmt.Errorf("%s: %w (use --force to replace it)", path, ErrExists)
			}
			return err
		}
		return os.Remove(tmp.Name())
	}
	return os.Rename(tmp.Name(), path)
}

// checkTarget refuses a target, or a symbolic link's target, that is not
// a regular file, before anything is written.
func checkTarget(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return nil // missing (or unreadable: creating the file will say)
	}
	switch {
	case fi.IsDir():
		return fmt.Errorf("%s: %w; name a file to write", path, ErrIsDir)
	case !fi.Mode().IsRegular():
		return fmt.Errorf("%s: %w (%s); name a file to write", path, ErrNotRegular, kind(fi.Mode()))
	}
	return nil
}

// kind names a non-regular file type.
func kind(m os.FileMode) string {
	switch {
	case m&os.ModeNamedPipe != 0:
		return "a FIFO"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// WriteBytes is Write for a ready byte slice.
func WriteBytes(path string, opts Options, b []byte) error {
	return Write(path, opts, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}
