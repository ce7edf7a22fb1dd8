package main

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

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

// formatsAnnotation holds, on each command, the --format values it accepts
// (the default first), so that validation, -o's extension and shell
// completion read one list.
const formatsAnnotation = "cnready/formats"

// withFormats declares the --format values of cmd, the default first.
func withFormats(cmd *cobra.Command, formats ...string) *cobra.Command {
	if cmd.Annotations == nil {
		cmd.Annotations = map[string]string{}
	}
	cmd.Annotations[formatsAnnotation] = strings.Join(formats, ",")
	return cmd
}

// formatsOf returns the --format values cmd declared, or nil.
func formatsOf(cmd *cobra.Command) []string {
	if f := cmd.Annotations[formatsAnnotation]; f != "" {
		return strings.Split(f, ",")
	}
	return nil
}

// completeFormat offers the --format values of the command being completed.
func completeFormat(cmd *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
	return formatsOf(cmd), cobra.ShellCompDirectiveNoFileComp
}

// extFormats maps an output file's extension to the format it names.
var extFormats = map[string]string{
	".json": "json", ".yaml": "yaml", ".yml": "yaml", ".csv": "csv",
	".md": "md", ".markdown": "md", ".cml": "cml", ".mmd": "mermaid", ".mermaid": "mermaid",
	".dot": "dot", ".gv": "dot", ".txt": "text", ".text": "text",
	".pdf": "pdf", ".html": "html", ".htm": "html",
}

// formatOfPath is the format path's extension names, or "" (no extension,
// an unknown one, or "-" for standard output).
func formatOfPath(path string) string {
	if path == "" || path == "-" {
		return ""
	}
	return extFormats[strings.ToLower(filepath.Ext(path))]
}

// outputFormat settles cmd's output format: --format when given, else the
// format -o's extension names, else the command's default. A file named for
// a format the command cannot write, or for another format than --format
// asks, is a usage error rather than, say, text in a .json file.
func (a *app) outputFormat(cmd *cobra.Command, output string) (string, error) {
	return a.formatFor(cmd.CommandPath(), formatsOf(cmd), output)
}

// formatFor is outputFormat for a command named name writing allowed.
func (a *app) formatFor(name string, allowed []string, output string) (string, error) {
	if len(allowed) == 0 {
		return "", fmt.Errorf("%s declares no formats", name)
	}
	byExt := formatOfPath(output)
	if byExt != "" && !slices.Contains(allowed, byExt) {
		return "", usagef("-o %s: %s cannot write %s (formats: %s); name the file for one of them",
			output, name, byExt, strings.Join(allowed, ", "))
	}
	switch {
	case a.format == "" && byExt != "":
		return byExt, nil
	case a.format == "":
		return allowed[0], nil
	case !slices.Contains(allowed, a.format):
		return "", usagef("--format %q: use %s", a.format, strings.Join(allowed, ", "))
	case byExt != "" && byExt != a.format:
		return "", usagef("--format %s, but -o %s is named for %s: make them agree (or drop --format)", a.format, output, byExt)
	}
	return a.format, nil
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
