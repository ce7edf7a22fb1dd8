package templates

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestOverlayStatDoesNotOpen: a FIFO in the overlay folder is described,
// not opened (opening it would block until a writer came).
func TestOverlayStatDoesNotOpen(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "checklists"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "checklists", "x.yaml"), 0o600); err != nil {
		t.Skip(err)
	}
	done := make(chan fs.FileInfo, 1)
	go func() {
		info, _ := fs.Stat(Overlay(dir), "checklists/x.yaml")
		done <- info
	}()
	select {
	case info := <-done:
		if info == nil || info.Mode()&fs.ModeNamedPipe == 0 {
			t.Errorf("stat = %v", info)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("fs.Stat blocked on a FIFO in the overlay")
	}
	if _, err := fs.Stat(Overlay(dir), DefaultChecklist); err != nil {
		t.Errorf("defaults not reached through the overlay: %v", err)
	}
}
