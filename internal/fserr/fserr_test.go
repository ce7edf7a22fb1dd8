package fserr

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestPath(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.yaml")
	_, openErr := os.Open(missing)
	plain := errors.New("bad header")
	for _, tc := range []struct {
		name string
		err  error
		want string
		is   error
	}{
		{"path error drops the operation", openErr, "shown.yaml: no such file or directory", fs.ErrNotExist},
		{"other errors are kept", plain, "shown.yaml: bad header", plain},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Path("shown.yaml", tc.err)
			if got.Error() != tc.want {
				t.Errorf("Path() = %q, want %q", got, tc.want)
			}
			if !errors.Is(got, tc.is) {
				t.Errorf("Path() = %v, does not wrap %v", got, tc.is)
			}
		})
	}
}

func TestOneLine(t *testing.T) {
	err := errors.Join(errors.New("a.yaml:1: bad"), errors.New("a.yaml:3: worse\n"))
	if got := OneLine(err); got != "a.yaml:1: bad; a.yaml:3: worse" {
		t.Errorf("OneLine = %q", got)
	}
}
