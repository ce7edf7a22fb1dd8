package scan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/internal/fserr"
	"github.com/cnready/cnready/internal/safeio"
	"github.com/cnready/cnready/internal/textenc"
	"github.com/cnready/cnready/internal/yamlnode"
)

// LoadPath scans or reads one input of `cnready scan`: a folder of
// collected trees (or one host's root), an archive of them (.tar,
// .tar.gz, .tgz, .zip), an asset register (.csv, or .yaml/.yml holding a
// list or an assets: list) or a scan file written earlier (.json, or
// .yaml/.yml with hosts:, components: ...).
func LoadPath(ctx context.Context, opts Options, p string) ([]*HostResult, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return ScanDir(ctx, opts, p)
	}
	if err := safeio.CheckMode(info.Mode()); err != nil {
		// A FIFO or device would block or never end.
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	if ArchiveKind(p) != "" {
		return ScanArchive(ctx, opts, p)
	}
	ext := strings.ToLower(filepath.Ext(p))
	switch ext {
	case ".csv", ".json", ".yaml", ".yml":
	default:
		return nil, fmt.Errorf("%s: not a folder, archive (.tar, .tar.gz, .tgz, .zip), asset register (.csv, .yaml) or scan file (.json, .yaml)", p)
	}
	limit := opts.maxFileSize()
	if ext == ".yaml" || ext == ".yml" {
		// A YAML document takes some 35 times its size as a node tree:
		// half the limit keeps it within the memory a scan may take.
		limit /= 2
	}
	data, err := safeio.ReadFile(ctx, p, limit)
	if safeio.IsTooLarge(err) && limit < opts.maxFileSize() {
		return nil, fmt.Errorf("%s: %w (YAML: half of --max-file-size; write large scans as JSON)", p, errors.Unwrap(err))
	}
	if err != nil {
		return nil, fserr.Path(p, err)
	}
	switch {
	case ext == ".csv":
		return LoadAssets(bytes.NewReader(data), p, false)
	case ext != ".json" && isAssetYAML(data):
		return LoadAssets(bytes.NewReader(data), p, true)
	}
	return LoadResult(bytes.NewReader(data), p)
}

// isAssetYAML tells an asset register (a list, or a mapping with assets:)
// from a scan file (a mapping with hosts:, components: ...) by its top
// level alone: the first line that is not blank, a comment or a document
// marker, and the top-level keys. Parsing the whole document to look
// would double the largest memory a YAML input takes (its node tree is
// some 35 times the file).
func isAssetYAML(data []byte) bool {
	if u, _, err := textenc.UTF8("", data); err == nil {
		data = u // an EUC-KR register is told apart like any other
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	whole := data
	first := true
	for len(data) > 0 {
		line, rest, _ := bytes.Cut(data, []byte("\n"))
		data = rest
		t := bytes.TrimRight(line, " \t\r")
		trim := bytes.TrimLeft(t, " \t")
		if len(trim) == 0 || trim[0] == '#' || bytes.Equal(trim, []byte("---")) || bytes.HasPrefix(trim, []byte("%")) {
			continue
		}
		if first {
			first = false
			switch trim[0] {
			case '-', '[':
				return true // a list of hosts
			case '{':
				return flowAssets(whole)
			}
		}
		// A top-level key starts in column 0.
		if len(t) == len(trim) {
			if k, _, ok := bytes.Cut(t, []byte(":")); ok && string(bytes.Trim(k, `"' `)) == "assets" {
				return true
			}
		}
	}
	return false
}

// flowAssets settles a document in flow style ({assets: [...]}), rare
// enough to parse.
func flowAssets(data []byte) bool {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 {
		return false
	}
	return yamlnode.Key(doc.Content[0], "assets") != nil
}
