// Package fserr words errors for users: file-system errors as "path:
// reason", without the operation (open, read) that fs.PathError puts
// first, and joined errors on one line.
package fserr

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// Path returns err as "path: reason", keeping the cause for errors.Is.
func Path(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, pe.Err)
	}
	return fmt.Errorf("%s: %w", path, err)
}

// OneLine writes err on one line, its joined parts separated by "; ", so
// each failure keeps one line of standard error, of a table or of a CSV
// cell.
func OneLine(err error) string {
	return strings.ReplaceAll(strings.TrimSpace(err.Error()), "\n", "; ")
}
