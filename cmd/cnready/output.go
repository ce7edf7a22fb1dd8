package main

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/internal/atomicfile"
	"github.com/cnready/cnready/templates"
)

// writeData prints v as JSON (indented, no HTML escaping, so Hangul and
// "<" stay readable) or YAML.
func writeData(w io.Writer, format string, v any) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(v)
	case "yaml":
		enc := yaml.NewEncoder(w)
		enc.SetIndent(2)
		if err := enc.Encode(v); err != nil {
			return err
		}
		return enc.Close()
	}
	return fmt.Errorf("writeData: unsupported format %q", format)
}

// writeOutput sends the output to stdout, or atomically to path when one is
// given, so a failed run never leaves a half-written file.
func (a *app) writeOutput(cmd *cobra.Command, path string, force bool, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return write(cmd.OutOrStdout())
	}
	return atomicfile.Write(path, atomicfile.Options{NoClobber: !force}, write)
}

// templateFS is the template tree: the embedded defaults overlaid by
// --templates.
func (a *app) templateFS() fs.FS { return templates.Overlay(a.templates) }
