package scan

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/cnready/cnready/internal/safeio"
)

// Errors for links an archive may hold but a scan must not follow.
var (
	ErrSymlinkOutOfRoot = errors.New("symbolic link leaves the root")
	ErrSymlinkLoop      = errors.New("too many levels of symbolic links")
)

// maxLinkHops bounds symbolic-link resolution, as the kernel does.
const maxLinkHops = 40

// memNode is one entry of an archive held in memory.
type memNode struct {
	mode    fs.FileMode // type bits and permissions
	size    int64
	modTime time.Time
	data    []byte
	// open reads content not held in memory (zip members).
	open func() (io.ReadCloser, error)
	// unread says why the content was not kept (nil when it was).
	unread   error
	link     string
	children []string
}

// memFS is a read-only file system over an archive's entries. Symbolic
// links resolve inside root only; Sub narrows root, so a host's links
// cannot reach a sibling host in the same archive.
type memFS struct {
	nodes map[string]*memNode
	root  string
}

func newMemFS() *memFS {
	return &memFS{nodes: map[string]*memNode{".": {mode: fs.ModeDir | 0o555}}, root: "."}
}

// add records an entry, creating its parent folders.
func (m *memFS) add(name string, n *memNode) {
	name = path.Clean(strings.TrimLeft(name, "/"))
	if name == "." || name == ".." || strings.HasPrefix(name, "../") {
		return
	}
	if old, ok := m.nodes[name]; ok && old.mode.IsDir() && n.mode.IsDir() {
		return
	}
	if _, ok := m.nodes[name]; !ok {
		parent := path.Dir(name)
		m.add(parent, &memNode{mode: fs.ModeDir | 0o555})
		if p := m.nodes[parent]; p != nil && p.mode.IsDir() {
			p.children = append(p.children, path.Base(name))
		}
	}
	m.nodes[name] = n
}

// finish sorts folder listings once all entries are in.
func (m *memFS) finish() {
	for _, n := range m.nodes {
		if n.mode.IsDir() {
			sort.Strings(n.children)
		}
	}
}

func (m *memFS) full(rel string) string { return path.Join(m.root, rel) }

// resolve walks rel (relative to root) component by component, following
// symbolic links that stay inside root; followLast says whether a link in
// the final component is followed.
func (m *memFS) resolve(rel string, followLast bool, hops *int) (string, *memNode, error) {
	cur := "."
	node := m.nodes[m.root]
	if rel == "." {
		return cur, node, nil
	}
	parts := strings.Split(rel, "/")
	for i, p := range parts {
		next := path.Join(cur, p)
		n := m.nodes[m.full(next)]
		if n == nil || !node.mode.IsDir() {
			return "", nil, fs.ErrNotExist
		}
		if n.mode&fs.ModeSymlink != 0 && (i < len(parts)-1 || followLast) {
			*hops++
			if *hops > maxLinkHops {
				return "", nil, ErrSymlinkLoop
			}
			if path.IsAbs(n.link) {
				return "", nil, ErrSymlinkOutOfRoot
			}
			target := path.Join(cur, n.link)
			if target == ".." || strings.HasPrefix(target, "../") {
				return "", nil, ErrSymlinkOutOfRoot
			}
			var err error
			cur, n, err = m.resolve(target, true, hops)
			if err != nil {
				return "", nil, err
			}
		} else {
			cur = next
		}
		node = n
	}
	return cur, node, nil
}

func (m *memFS) lookup(op, name string, follow bool) (string, *memNode, error) {
	if !fs.ValidPath(name) {
		return "", nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	hops := 0
	p, n, err := m.resolve(name, follow, &hops)
	if err != nil {
		return "", nil, &fs.PathError{Op: op, Path: name, Err: err}
	}
	return p, n, nil
}

// Open implements fs.FS.
func (m *memFS) Open(name string) (fs.File, error) {
	p, n, err := m.lookup("open", name, true)
	if err != nil {
		return nil, err
	}
	f := &memFile{fs: m, name: path.Base(name), path: p, node: n}
	if n.mode.IsRegular() {
		switch {
		case n.open != nil:
			rc, err := n.open()
			if err != nil {
				return nil, &fs.PathError{Op: "open", Path: name, Err: err}
			}
			f.rc = rc
		case n.unread != nil:
			f.rc = io.NopCloser(&errReader{n.unread})
		default:
			f.rc = io.NopCloser(bytes.NewReader(n.data))
		}
	}
	return f, nil
}

// readFile returns the content of a regular file: the bytes held in memory
// (shared, not to be modified), or a zip member read up to limit. Other
// kinds of file, files over limit and content not kept are refused.
func (m *memFS) readFile(ctx context.Context, name string, limit int64) ([]byte, error) {
	_, n, err := m.lookup("read", name, true)
	if err != nil {
		return nil, err
	}
	if err := safeio.CheckMode(n.mode); err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	if n.size > limit {
		return nil, &fs.PathError{Op: "read", Path: name, Err: &safeio.LimitError{Size: n.size, Limit: limit}}
	}
	switch {
	case n.unread != nil:
		return nil, &fs.PathError{Op: "read", Path: name, Err: n.unread}
	case n.open != nil:
		rc, err := n.open()
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: name, Err: err}
		}
		defer rc.Close()
		data, err := safeio.ReadAll(ctx, rc, n.size, limit)
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: name, Err: err}
		}
		return data, nil
	}
	return n.data, nil
}

// Stat implements fs.StatFS.
func (m *memFS) Stat(name string) (fs.FileInfo, error) {
	_, n, err := m.lookup("stat", name, true)
	if err != nil {
		return nil, err
	}
	return memInfo{name: path.Base(name), n: n}, nil
}

// ReadDir implements fs.ReadDirFS: entries are reported as stored, links
// as links (never followed by a walk).
func (m *memFS) ReadDir(name string) ([]fs.DirEntry, error) {
	p, n, err := m.lookup("readdir", name, true)
	if err != nil {
		return nil, err
	}
	if !n.mode.IsDir() {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a directory")}
	}
	out := make([]fs.DirEntry, 0, len(n.children))
	for _, c := range n.children {
		cn := m.nodes[m.full(path.Join(p, c))]
		if cn != nil {
			out = append(out, fs.FileInfoToDirEntry(memInfo{name: c, n: cn}))
		}
	}
	return out, nil
}

// Sub implements fs.SubFS, moving the root so links stay under dir.
func (m *memFS) Sub(dir string) (fs.FS, error) {
	p, n, err := m.lookup("sub", dir, true)
	if err != nil {
		return nil, err
	}
	if !n.mode.IsDir() {
		return nil, &fs.PathError{Op: "sub", Path: dir, Err: errors.New("not a directory")}
	}
	return &memFS{nodes: m.nodes, root: m.full(p)}, nil
}

type errReader struct{ err error }

func (r *errReader) Read([]byte) (int, error) { return 0, r.err }

type memInfo struct {
	name string
	n    *memNode
}

func (i memInfo) Name() string       { return i.name }
func (i memInfo) Size() int64        { return i.n.size }
func (i memInfo) Mode() fs.FileMode  { return i.n.mode }
func (i memInfo) ModTime() time.Time { return i.n.modTime }
func (i memInfo) IsDir() bool        { return i.n.mode.IsDir() }
func (i memInfo) Sys() any           { return nil }

type memFile struct {
	fs   *memFS
	name string
	path string
	node *memNode
	rc   io.ReadCloser
	dir  []fs.DirEntry
	read bool
}

func (f *memFile) Stat() (fs.FileInfo, error) { return memInfo{name: f.name, n: f.node}, nil }

func (f *memFile) Read(b []byte) (int, error) {
	if f.rc == nil {
		return 0, &fs.PathError{Op: "read", Path: f.name, Err: errors.New("is a directory")}
	}
	return f.rc.Read(b)
}

func (f *memFile) Close() error {
	if f.rc != nil {
		return f.rc.Close()
	}
	return nil
}

// ReadDir implements fs.ReadDirFile.
func (f *memFile) ReadDir(n int) ([]fs.DirEntry, error) {
	if !f.node.mode.IsDir() {
		return nil, &fs.PathError{Op: "readdir", Path: f.name, Err: errors.New("not a directory")}
	}
	if !f.read {
		all, err := f.fs.ReadDir(f.path)
		if err != nil {
			return nil, err
		}
		f.dir, f.read = all, true
	}
	if n <= 0 {
		out := f.dir
		f.dir = nil
		return out, nil
	}
	if len(f.dir) == 0 {
		return nil, io.EOF
	}
	if n > len(f.dir) {
		n = len(f.dir)
	}
	out := f.dir[:n]
	f.dir = f.dir[n:]
	return out, nil
}
