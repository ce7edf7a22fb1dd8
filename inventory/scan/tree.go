package scan

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/cnready/cnready/internal/sets"
)

// hostRootMarkers are top-level folders of a server's file system: a folder
// holding one of them is one host's root, not a folder of hosts.
var hostRootMarkers = map[string]bool{
	"etc": true, "opt": true, "usr": true, "var": true, "home": true, "u01": true,
	"app": true, "apps": true, "sw": true, "srv": true, "data": true, "root": true,
}

type hostRoot struct {
	name string // folder name, the host name when etc/hostname is absent
	dir  string // slash path inside the scanned fs, "." for the root itself
}

// hostRoots finds the hosts in a tree: the root itself when it looks like
// a server's root, else each top-level folder. A lone wrapping folder (as
// archives often have) is stepped into.
func hostRoots(fsys fs.FS, rootName string) ([]hostRoot, error) {
	dir, name := ".", rootName
	for depth := 0; ; depth++ {
		entries, err := fs.ReadDir(fsys, dir)
		if err != nil {
			return nil, err
		}
		var dirs []string
		files := 0
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				continue
			}
			if e.IsDir() {
				if hostRootMarkers[e.Name()] {
					return []hostRoot{{name: name, dir: dir}}, nil
				}
				dirs = append(dirs, e.Name())
			} else {
				files++
			}
		}
		if len(dirs) == 1 && files == 0 && depth < 8 {
			dir, name = path.Join(dir, dirs[0]), dirs[0]
			continue
		}
		sort.Strings(dirs)
		out := make([]hostRoot, 0, len(dirs))
		for _, d := range dirs {
			out = append(out, hostRoot{name: d, dir: path.Join(dir, d)})
		}
		return out, nil
	}
}

// ScanDir scans a collected tree on disk: each top-level folder is one
// host's files as laid out on the server (or dir is one host's root when
// it has etc/, opt/ ...). Files are listed and read through an os.Root,
// which refuses links leaving dir; the walk never follows links.
func ScanDir(ctx context.Context, opts Options, dir string) ([]*HostResult, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	name := filepath.Base(filepath.Clean(dir))
	if abs, err := filepath.Abs(dir); err == nil {
		name = filepath.Base(abs)
	}
	return ScanFS(ctx, opts, root.FS(), dir, name)
}

// ScanFS scans a tree of hosts held in fsys (a folder, an archive); source
// names it in host records and rootName names the host when fsys is
// itself one host's root. Hosts are scanned concurrently.
func ScanFS(ctx context.Context, opts Options, fsys fs.FS, source, rootName string) ([]*HostResult, error) {
	roots, err := hostRoots(fsys, rootName)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	out := make([]*HostResult, len(roots))
	errs := make([]error, len(roots))
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(roots)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				out[i], errs[i] = scanRoot(ctx, opts, fsys, source, roots[i])
			}
		}()
	}
	for i := range roots {
		work <- i
	}
	close(work)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

func scanRoot(ctx context.Context, opts Options, fsys fs.FS, source string, hr hostRoot) (*HostResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sub := fsys
	if hr.dir != "." {
		var err error
		if sub, err = fs.Sub(fsys, hr.dir); err != nil {
			return nil, err
		}
	}
	paths, notes := walkFiles(ctx, sub)
	res, err := ScanHost(ctx, opts, hr.name, sub, paths)
	if err != nil {
		return nil, err
	}
	res.Host.Source = source
	if hr.dir != "." {
		res.Host.Source = strings.TrimSuffix(source, "/") + "/" + hr.dir
	}
	res.Host.Notes = sets.Sorted(append(res.Host.Notes, notes...))
	return res, nil
}

// walkFiles lists every file of a host once (symbolic links included as
// files, never descended), noting folders it cannot read.
func walkFiles(ctx context.Context, fsys fs.FS) ([]string, []string) {
	var paths, notes []string
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				notes = append(notes, fmt.Sprintf("not read: %s", reason(err)))
				return fs.SkipDir
			}
			notes = append(notes, fmt.Sprintf("%s: not read: %s", p, reason(err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if ctx.Err() != nil {
				return fs.SkipAll
			}
			return nil
		}
		paths = append(paths, p)
		return nil
	})
	return paths, notes
}
