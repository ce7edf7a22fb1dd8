// Package templates holds cnready's built-in data: checklists, and later the
// requirement catalogue, plan prose and fonts. It is embedded so the binary
// works on air-gapped agency networks, and can be overlaid by a directory of
// the same layout (--templates DIR).
package templates

import (
	"embed"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

//go:embed checklists decision requirements plan fonts example
var builtin embed.FS

// Builtin returns the embedded template tree.
func Builtin() fs.FS { return builtin }

// Overlay returns a file system that serves files from dir when they exist
// there and from the embedded defaults otherwise. An empty dir gives the
// defaults alone.
func Overlay(dir string) fs.FS {
	if dir == "" {
		return builtin
	}
	return overlay{dir: dir, top: os.DirFS(dir), base: builtin}
}

type overlay struct {
	dir       string
	top, base fs.FS
}

// Where names a template file for messages: its path in the --templates
// folder when it comes from there, else templates/<name> (built in).
func Where(fsys fs.FS, name string) string {
	if o, ok := fsys.(overlay); ok {
		if _, err := fs.Stat(o.top, name); err == nil {
			return filepath.Join(o.dir, filepath.FromSlash(name))
		}
	}
	return "templates/" + name
}

func (o overlay) Open(name string) (fs.File, error) {
	f, err := o.top.Open(name)
	if err == nil {
		return f, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	return o.base.Open(name)
}

// Stat describes name without opening it (a FIFO put in the overlay folder
// must not block whoever checks it): the overlay folder first, then the
// defaults.
func (o overlay) Stat(name string) (fs.FileInfo, error) {
	info, err := fs.Stat(o.top, name)
	if err == nil {
		return info, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	return fs.Stat(o.base, name)
}

// ReadFile reads name from the overlay.
func (o overlay) ReadFile(name string) ([]byte, error) {
	if b, err := fs.ReadFile(o.top, name); err == nil {
		return b, nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	return fs.ReadFile(o.base, name)
}

// DefaultChecklist is the path of the built-in NIA checklist in the tree.
const DefaultChecklist = "checklists/nia-2023.yaml"

// ChecklistPath returns the template path of the checklist with the given id.
func ChecklistPath(id string) string { return "checklists/" + id + ".yaml" }

// Font paths of the plan's typeface (NanumGothic, OFL: templates/fonts/OFL.txt).
const (
	FontRegular = "fonts/NanumGothic.ttf"
	FontBold    = "fonts/NanumGothicBold.ttf"
)

// ExampleDir is the folder of the built-in example assessment.
const ExampleDir = "example"
