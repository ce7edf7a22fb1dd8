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
// from a scan file (a mapping with hosts:, components: ...).
func isAssetYAML(data []byte) bool {
	if u, _, err := textenc.UTF8("", data); err == nil {
		data = u // an EUC-KR register is told apart like any other
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 {
		return false
	}
	top := doc.Content[0]
	if top.Kind == yaml.SequenceNode {
		return true
	}
	if top.Kind == yaml.MappingNode {
		for i := 0; i < len(top.Content); i += 2 {
			if top.Content[i].Value == "assets" {
				return true
			}
		}
	}
	return false
}
