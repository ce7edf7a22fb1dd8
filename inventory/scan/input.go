package scan

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
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
	if ArchiveKind(p) != "" {
		return ScanArchive(ctx, opts, p)
	}
	ext := strings.ToLower(filepath.Ext(p))
	switch ext {
	case ".csv", ".json", ".yaml", ".yml":
	default:
		return nil, fmt.Errorf("%s: not a folder, archive (.tar, .tar.gz, .tgz, .zip), asset register (.csv, .yaml) or scan file (.json, .yaml)", p)
	}
	if info.Size() > 256<<20 {
		return nil, fmt.Errorf("%s: %s is too large for an asset register or scan file", p, byteSize(info.Size()))
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
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
