package scan

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"github.com/cnready/cnready/internal/safeio"
)

// ArchiveKind tells how an input file is packed, from its name; "" when it
// is not an archive the scanner reads.
func ArchiveKind(name string) string {
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".tar.gz"), strings.HasSuffix(n, ".tgz"):
		return "tar.gz"
	case strings.HasSuffix(n, ".tar"):
		return "tar"
	case strings.HasSuffix(n, ".zip"):
		return "zip"
	}
	return ""
}

// archiveBase is the archive's name without its extension: the host name
// when the archive holds one host's root.
func archiveBase(name string) string {
	b := filepath.Base(name)
	for _, ext := range []string{".tar.gz", ".tgz", ".tar", ".zip"} {
		if strings.HasSuffix(strings.ToLower(b), ext) {
			return b[:len(b)-len(ext)]
		}
	}
	return b
}

// ScanArchive scans a .tar, .tar.gz/.tgz or .zip of collected trees in
// place: nothing is unpacked to disk. Tar content is streamed once and the
// text files detectors may read are kept in memory (up to
// Options.MaxArchiveMemory); zip members are read on demand. A corrupt
// archive is an error for this input only.
func ScanArchive(ctx context.Context, opts Options, name string) ([]*HostResult, error) {
	f, err := safeio.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// Every read of the stream notices Ctrl-C, also while tar skips the
	// content of a member it does not keep.
	in := safeio.Reader(ctx, f)
	var m *memFS
	switch ArchiveKind(name) {
	case "zip":
		info, err := f.Stat()
		if err != nil {
			return nil, err
		}
		m, err = readZip(f, info.Size(), opts)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	case "tar.gz":
		zr, err := gzip.NewReader(bufio.NewReader(in))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		defer zr.Close()
		if m, err = readTar(ctx, zr, opts); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	case "tar":
		if m, err = readTar(ctx, bufio.NewReader(in), opts); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	default:
		return nil, fmt.Errorf("%s: not a .tar, .tar.gz, .tgz or .zip archive", name)
	}
	return ScanFS(ctx, opts, m, name, archiveBase(name))
}

// Why a tar member's content is not held.
var (
	errNotKept = errors.New("not kept from the archive (log or binary by name)")
	errNotText = errors.New("not kept from the archive (not configuration by name)")
)

// skipContent says whether a tar member's content is never worth holding:
// logs, dumps, binaries and images are never configuration.
func skipContent(name string) bool {
	n := strings.ToLower(name)
	if strings.Contains(n, "/logs/") || strings.HasPrefix(n, "logs/") || strings.Contains(n, ".log.") {
		return true
	}
	switch path.Ext(n) {
	case ".log", ".out", ".jar", ".war", ".ear", ".class", ".so", ".gz", ".zip", ".tar", ".tgz",
		".png", ".jpg", ".gif", ".pdf", ".dmp", ".dbf", ".hprof", ".core", ".bin":
		return true
	}
	return false
}

// webContent says whether a member is application content (pages,
// scripts, styles, fonts) rather than configuration: held only when a
// detector starts from it.
func webContent(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".js", ".mjs", ".map", ".css", ".scss", ".html", ".htm", ".jsp", ".jspx", ".jspf", ".svg", ".ico",
		".woff", ".woff2", ".ttf", ".eot", ".md", ".csv", ".sql", ".java", ".ts", ".vue", ".xls", ".xlsx", ".hwp", ".doc", ".docx":
		return true
	}
	return false
}

// minorMax is the largest file kept without a detector starting from it
// (an include, a version file): such files are small.
const minorMax = 1 << 20

// readTar streams a tar archive into a memFS. Regular members are held in
// memory within budget: first the files detectors start from and the
// files that name the host (wanted reports them), then other small text
// files (includes, version files) within half the budget. Members over the
// size limit, logs and binaries are listed but not held.
func readTar(ctx context.Context, r io.Reader, opts Options) (*memFS, error) {
	m := newMemFS()
	tr := tar.NewReader(r)
	budget := opts.maxArchiveMemory()
	max := opts.maxFileSize()
	wanted := opts.wanted()
	var used int64
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		name := h.Name
		n := &memNode{modTime: h.ModTime, size: h.Size}
		switch h.Typeflag {
		case tar.TypeDir:
			n.mode = fs.ModeDir | fs.FileMode(h.Mode&0o777)
		case tar.TypeSymlink:
			n.mode = fs.ModeSymlink | 0o777
			n.link = h.Linkname
		case tar.TypeLink:
			// A hard link shares content with an earlier member.
			target := path.Clean(strings.TrimLeft(h.Linkname, "/"))
			if t, ok := m.nodes[target]; ok && t.mode.IsRegular() {
				m.add(name, t)
			}
			continue
		case tar.TypeReg, tar.TypeRegA, tar.TypeGNUSparse:
			n.mode = fs.FileMode(h.Mode & 0o777)
			first := wanted(name)
			switch {
			case h.Size > max:
				// The reader refuses it by its size, with the limit.
			case skipContent(name):
				n.unread = errNotKept
			case !first && webContent(name):
				n.unread = errNotText
			case used+h.Size > budget, !first && (h.Size > minorMax || used+h.Size > budget/2):
				n.unread = ErrArchiveBudget
			default:
				// Exactly the member's size: growing a buffer would
				// hold up to twice the budget.
				data := make([]byte, h.Size)
				if _, err := io.ReadFull(tr, data); err != nil {
					return nil, err
				}
				if isBinary(data) {
					// Keep only the sniffed prefix: enough for the
					// reader to see the file is binary and say so.
					data = append([]byte(nil), data[:min(len(data), sniffLen)]...)
				}
				used += int64(len(data))
				n.data = data
			}
		default:
			// Devices and FIFOs are listed, never read.
			n.mode = tarMode(h.Typeflag)
		}
		m.add(name, n)
	}
	m.finish()
	return m, nil
}

// tarMode is the file mode of a special tar member.
func tarMode(flag byte) fs.FileMode {
	switch flag {
	case tar.TypeFifo:
		return fs.ModeNamedPipe
	case tar.TypeChar:
		return fs.ModeDevice | fs.ModeCharDevice
	case tar.TypeBlock:
		return fs.ModeDevice
	}
	return fs.ModeIrregular
}

// readZip indexes a zip archive; members are decompressed when read.
func readZip(r io.ReaderAt, size int64, opts Options) (*memFS, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, err
	}
	m := newMemFS()
	for _, zf := range zr.File {
		zf := zf
		mode := zf.Mode()
		n := &memNode{modTime: zf.Modified, size: int64(zf.UncompressedSize64)}
		switch {
		case mode.IsDir() || strings.HasSuffix(zf.Name, "/"):
			n.mode = fs.ModeDir | 0o555
		case mode&fs.ModeSymlink != 0:
			rc, err := zf.Open()
			if err != nil {
				return nil, err
			}
			target, err := io.ReadAll(io.LimitReader(rc, 4096))
			rc.Close()
			if err != nil {
				return nil, err
			}
			n.mode = fs.ModeSymlink | 0o777
			n.link = string(bytes.TrimSpace(target))
		case mode.IsRegular():
			n.mode = mode.Perm()
			n.open = func() (io.ReadCloser, error) { return zf.Open() }
		default:
			continue
		}
		// Some Windows tools write backslashes, which the zip format
		// does not allow; read them as folders.
		m.add(strings.ReplaceAll(zf.Name, `\`, "/"), n)
	}
	m.finish()
	return m, nil
}
