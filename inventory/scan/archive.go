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
	"os"
	"path"
	"path/filepath"
	"strings"
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
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
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
		zr, err := gzip.NewReader(bufio.NewReader(f))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		defer zr.Close()
		if m, err = readTar(ctx, zr, opts); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	case "tar":
		if m, err = readTar(ctx, bufio.NewReader(f), opts); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	default:
		return nil, fmt.Errorf("%s: not a .tar, .tar.gz, .tgz or .zip archive", name)
	}
	return ScanFS(ctx, opts, m, name, archiveBase(name))
}

// keepContent says whether a tar member's content is worth holding: logs
// and dumps are never configuration.
func keepContent(name string) bool {
	n := strings.ToLower(name)
	if strings.Contains(n, "/logs/") || strings.HasPrefix(n, "logs/") || strings.Contains(n, ".log.") {
		return false
	}
	switch path.Ext(n) {
	case ".log", ".out", ".jar", ".war", ".ear", ".class", ".so", ".gz", ".zip", ".tar", ".tgz",
		".png", ".jpg", ".gif", ".pdf", ".dmp", ".dbf", ".hprof", ".core", ".bin":
		return false
	}
	return true
}

// readTar streams a tar archive into a memFS.
func readTar(ctx context.Context, r io.Reader, opts Options) (*memFS, error) {
	m := newMemFS()
	tr := tar.NewReader(r)
	budget := opts.maxArchiveMemory()
	max := opts.maxFileSize()
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
			switch {
			case h.Size > max:
				n.unread = fmt.Sprintf("not kept: over the %s limit", byteSize(max))
			case !keepContent(name):
				n.unread = "not kept from the archive (log or binary by name)"
			case h.Size > budget:
				n.unread = "not kept: archive memory budget used up"
			default:
				data, err := io.ReadAll(io.LimitReader(tr, h.Size))
				if err != nil {
					return nil, err
				}
				if isBinary(data) {
					// Keep only the sniffed prefix: enough for ReadFile to
					// see the file is binary and say so.
					data = append([]byte(nil), data[:min(len(data), sniffLen)]...)
				}
				budget -= int64(len(data))
				n.data = data
			}
		default:
			continue // devices, fifos
		}
		m.add(name, n)
	}
	m.finish()
	return m, nil
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
