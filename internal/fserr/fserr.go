// Package fserr words file-system errors for users: "path: reason",
// without the operation (open, read) that fs.PathError puts first.
package fserr

import (
	"errors"
	"fmt"
	"io/fs"
)

// Path returns err as "path: reason", keeping the cause for errors.Is.
func Path(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, pe.Err)
	}
	return fmt.Errorf("%s: %w", path, err)
}
