package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestAssessHostileFiles: a FIFO named x.yaml, a symbolic link to
// /dev/zero and an oversized file in an assess folder are each reported
// with their reason, the good file is still assessed, nothing blocks, and
// the exit status is 1.
func TestAssessHostileFiles(t *testing.T) {
	dir := t.TempDir()
	good := "apiVersion: cnready/v1\nkind: Assessment\nsystem: {id: good, name: x, agency: y}\nchecklist:\n  answers: {1: Y}\n"
	if err := os.WriteFile(filepath.Join(dir, "a-good.yaml"), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "x.yaml"), 0o600); err != nil {
		t.Skip(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "z.yaml")); err != nil {
		t.Fatal(err)
	}
	big := []byte(good + "# " + strings.Repeat("x", 2<<20) + "\n")
	if err := os.WriteFile(filepath.Join(dir, "big.yaml"), big, 0o644); err != nil {
		t.Fatal(err)
	}
	type result struct {
		out, errOut string
		code        int
	}
	done := make(chan result, 1)
	go func() {
		out, errOut, code := runEnv(t, nil, "assess", "--format", "json", dir)
		done <- result{out, errOut, code}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("assess blocked on a special file")
	}
	if r.code != 1 {
		t.Errorf("exit %d, want 1\n%s", r.code, r.errOut)
	}
	for _, want := range []string{`"id":"good"`, "x.yaml: not a regular file: named pipe (FIFO)", "z.yaml: not a regular file: character device",
		"big.yaml: 2.0 MiB is over the 1 MiB limit"} {
		if !strings.Contains(r.out, want) {
			t.Errorf("output lacks %q:\n%s", want, r.out)
		}
	}
	if !strings.Contains(r.errOut, "3 of 4 files failed") || strings.Count(strings.TrimSpace(r.errOut), "\n") != 0 {
		t.Errorf("stderr should be one summary line: %q", r.errOut)
	}
	// Raised, the limit lets the big file through.
	if out, _, code := runEnv(t, nil, "assess", "--format", "json", "--max-file-size", "4MiB", filepath.Join(dir, "big.yaml")); code != 0 || !strings.Contains(out, `"id":"good"`) {
		t.Errorf("--max-file-size 4MiB: exit %d\n%s", code, out)
	}
}

// TestAssessEmptyFolder: a folder without Assessment files is an error,
// not an empty success.
func TestAssessEmptyFolder(t *testing.T) {
	_, errOut, code := runEnv(t, nil, "assess", t.TempDir())
	if code != 1 || !strings.Contains(errOut, "no Assessment file (*.yaml, *.yml) in") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
