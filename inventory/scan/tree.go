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
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/cnready/cnready/internal/sets"
)

// hostMarkers are files and folders only a server's root holds: a folder
// holding one is a host, whatever it is called (people name host folders
// by role: app, data, home, opt, srv, u01).
var hostMarkers = []string{
	"etc/hostname", "etc/hosts", "etc/sysconfig/network", "etc/sysconfig/network-scripts", "etc/netplan",
	"etc/network/interfaces", "etc/NetworkManager/system-connections", "etc/os-release", "etc/redhat-release",
	"etc/machine-id", "etc/fstab", "etc/passwd",
}

// systemDirs are top-level folders of every Unix server; roleDirs are
// top-level folders agencies commonly add. A folder holding either is
// laid out as a host's root when no host marker says otherwise.
var (
	systemDirs = map[string]bool{"etc": true, "opt": true, "usr": true, "var": true, "home": true, "root": true, "srv": true, "boot": true}
	roleDirs   = map[string]bool{"app": true, "apps": true, "sw": true, "data": true, "was": true, "web": true}
)

// systemDir reports whether name is a top-level folder of a server's file
// system: the system folders and Oracle's /u01 ... /u09 mount points.
func systemDir(name string) bool {
	return systemDirs[name] || len(name) == 3 && name[0] == 'u' && name[1] == '0' && name[2] >= '1' && name[2] <= '9'
}

type hostRoot struct {
	name string // folder name, the host name when etc/hostname is absent
	dir  string // slash path inside the scanned fs, "." for the root itself
}

// hostRoots finds the hosts in a tree. A folder with a host marker
// (etc/hostname, etc/hosts, network configuration ...) is one host's root;
// the folders beside it are hosts too, and a folder without a marker
// whose sub-folders have markers is a group of hosts. Without markers,
// the tree is one host when it is laid out as a server's root (etc/, opt/,
// u01/, app/ ...) unless its folders are themselves laid out so; else each
// folder is a host. A lone wrapping folder (as archives often have) is
// stepped into.
func hostRoots(fsys fs.FS, rootName string) ([]hostRoot, error) {
	return findHosts(fsys, ".", rootName, 0)
}

func findHosts(fsys fs.FS, dir, name string, depth int) ([]hostRoot, error) {
	// Where stepping into lone folders began: the host when the chain
	// ends in a folder of files (h/webtob/config/http.m is one host, h).
	top := hostRoot{name: name, dir: dir}
	for ; ; depth++ {
		if hasHostMarker(fsys, dir) {
			return []hostRoot{{name: name, dir: dir}}, nil
		}
		dirs, files, err := listDir(fsys, dir)
		if err != nil {
			return nil, err
		}
		if hosts := markedHosts(fsys, dir, dirs, depth); hosts != nil {
			return hosts, nil
		}
		rootLike := false
		for _, d := range dirs {
			rootLike = rootLike || systemDir(d) || roleDirs[d]
		}
		if len(dirs) == 1 && files == 0 && depth < 8 && (!rootLike || laidOutAsRoot(fsys, path.Join(dir, dirs[0]))) {
			dir, name = path.Join(dir, dirs[0]), dirs[0]
			continue
		}
		if rootLike && !kidsLaidOutAsRoots(fsys, dir, dirs) {
			return []hostRoot{{name: name, dir: dir}}, nil
		}
		if len(dirs) == 0 {
			return []hostRoot{top}, nil
		}
		out := make([]hostRoot, 0, len(dirs))
		for _, d := range dirs {
			out = append(out, hostRoot{name: d, dir: path.Join(dir, d)})
		}
		return out, nil
	}
}

// markedHosts returns the hosts under dir when some folder in it (or in a
// group folder in it) carries a host marker, else nil.
func markedHosts(fsys fs.FS, dir string, dirs []string, depth int) []hostRoot {
	marked := false
	group := make([]bool, len(dirs))
	for i, d := range dirs {
		p := path.Join(dir, d)
		if hasHostMarker(fsys, p) {
			marked = true
			continue
		}
		if depth < 4 {
			sub, _, err := listDir(fsys, p)
			if err != nil {
				continue
			}
			for _, s := range sub {
				if hasHostMarker(fsys, path.Join(p, s)) {
					group[i] = true
					break
				}
			}
		}
	}
	if !marked && !slices.Contains(group, true) {
		return nil
	}
	var out []hostRoot
	for i, d := range dirs {
		p := path.Join(dir, d)
		if group[i] {
			if sub, err := findHosts(fsys, p, d, depth+1); err == nil {
				out = append(out, sub...)
				continue
			}
		}
		out = append(out, hostRoot{name: d, dir: p})
	}
	return out
}

// kidsLaidOutAsRoots reports whether most folders in dir hold system
// folders themselves (app/opt/..., data/u01/...): then they are hosts
// named by role, not the top folders of one host.
func kidsLaidOutAsRoots(fsys fs.FS, dir string, dirs []string) bool {
	n := 0
	for _, d := range dirs {
		if laidOutAsRoot(fsys, path.Join(dir, d)) {
			n++
		}
	}
	return n > 0 && 2*n >= len(dirs)
}

// laidOutAsRoot reports whether dir holds a system folder (etc, opt, usr,
// var, home, u01 ...).
func laidOutAsRoot(fsys fs.FS, dir string) bool {
	dirs, _, err := listDir(fsys, dir)
	if err != nil {
		return false
	}
	return slices.ContainsFunc(dirs, systemDir)
}

func hasHostMarker(fsys fs.FS, dir string) bool {
	for _, m := range hostMarkers {
		if _, err := fs.Stat(fsys, path.Join(dir, m)); err == nil {
			return true
		}
	}
	return false
}

// listDir returns the sorted sub-folders of dir and how many other
// entries it has, leaving out hidden ones.
func listDir(fsys fs.FS, dir string) ([]string, int, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, 0, err
	}
	var dirs []string
	files := 0
	for _, e := range entries {
		switch {
		case strings.HasPrefix(e.Name(), "."):
		case e.IsDir():
			dirs = append(dirs, e.Name())
		default:
			files++
		}
	}
	sort.Strings(dirs)
	return dirs, files, nil
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
	// Listed through a plain directory FS (os.Root lists a third slower,
	// and the walk never follows links), read through the root.
	return scanTree(ctx, opts, root.FS(), os.DirFS(dir), dir, name)
}

// ScanFS scans a tree of hosts held in fsys (a folder, an archive); source
// names it in host records and rootName names the host when fsys is
// itself one host's root. Hosts are scanned concurrently.
func ScanFS(ctx context.Context, opts Options, fsys fs.FS, source, rootName string) ([]*HostResult, error) {
	return scanTree(ctx, opts, fsys, fsys, source, rootName)
}

// scanTree scans the hosts of fsys, listing their files through list (the
// same tree).
func scanTree(ctx context.Context, opts Options, fsys, list fs.FS, source, rootName string) ([]*HostResult, error) {
	roots, err := hostRoots(fsys, rootName)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	if len(roots) > maxAssetRows {
		return nil, fmt.Errorf("%s: %d host folders, more than %d in one input; split it", source, len(roots), maxAssetRows)
	}
	out := make([]*HostResult, len(roots))
	errs := make([]error, len(roots))
	gate := newMemGate(hostMemory)
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(roots)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				out[i], errs[i] = scanRoot(ctx, opts, fsys, list, source, roots[i], gate)
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

func scanRoot(ctx context.Context, opts Options, fsys, list fs.FS, source string, hr hostRoot, gate *memGate) (*HostResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sub, err := subDir(fsys, hr.dir)
	if err != nil {
		return nil, err
	}
	listSub, err := subDir(list, hr.dir)
	if err != nil {
		return nil, err
	}
	paths, notes, rootErr := walkFiles(ctx, listSub)
	sort.Strings(paths)
	byDetector := matchPaths(opts.detectors(), paths)
	w := gate.acquire(hostWeight(sub, byDetector, opts))
	res, err := scanHost(ctx, opts, hr.name, sub, paths, byDetector)
	gate.release(w)
	if err != nil {
		return nil, err
	}
	if rootErr != nil {
		res.Host.Incomplete = "not read: " + reason(rootErr)
	}
	res.Host.Source = source
	if hr.dir != "." {
		res.Host.Source = strings.TrimSuffix(source, "/") + "/" + hr.dir
	}
	res.Host.Notes = sets.Sorted(append(res.Host.Notes, notes...))
	return res, nil
}

// walkFiles lists every file of a host once (symbolic links and special
// files included, never descended or opened), noting folders it cannot
// read; rootErr is the error of the host's own folder.
func walkFiles(ctx context.Context, fsys fs.FS) (paths, notes []string, rootErr error) {
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				rootErr = err
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
	return paths, notes, rootErr
}

// subDir is fs.Sub that keeps Stat: io/fs's own sub-FS stats a file by
// opening it, and opening a FIFO blocks forever.
func subDir(fsys fs.FS, dir string) (fs.FS, error) {
	if dir == "." {
		return fsys, nil
	}
	if s, ok := fsys.(fs.SubFS); ok {
		if _, isMem := fsys.(*memFS); isMem {
			return s.Sub(dir)
		}
	}
	if !fs.ValidPath(dir) {
		return nil, &fs.PathError{Op: "sub", Path: dir, Err: fs.ErrInvalid}
	}
	return &statSub{fsys: fsys, dir: dir}, nil
}

// statSub is a folder of fsys as a file system of its own.
type statSub struct {
	fsys fs.FS
	dir  string
}

func (s *statSub) full(op, name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	return path.Join(s.dir, name), nil
}

func (s *statSub) Open(name string) (fs.File, error) {
	p, err := s.full("open", name)
	if err != nil {
		return nil, err
	}
	return s.fsys.Open(p)
}

func (s *statSub) Stat(name string) (fs.FileInfo, error) {
	p, err := s.full("stat", name)
	if err != nil {
		return nil, err
	}
	return fs.Stat(s.fsys, p)
}

func (s *statSub) ReadDir(name string) ([]fs.DirEntry, error) {
	p, err := s.full("readdir", name)
	if err != nil {
		return nil, err
	}
	return fs.ReadDir(s.fsys, p)
}
