//go:build unix

package safeio

import (
	"os"
	"syscall"
)

// openNonBlocking opens with O_NONBLOCK, which makes open(2) return at once
// even on a FIFO with no writer; reads of a regular file are unaffected.
func openNonBlocking(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
