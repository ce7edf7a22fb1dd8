package report

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"

	"github.com/cnready/cnready/templates"
)

// Formats the renderers write.
var Formats = []string{"pdf", "md", "html", "json"}

// Write renders d in format (pdf, md, html or json); fonts come from the
// template tree for PDF.
func Write(w io.Writer, format string, d *Document, tmpl fs.FS) error {
	switch format {
	case "pdf":
		fonts, err := LoadFonts(tmpl)
		if err != nil {
			return err
		}
		return WritePDF(w, d, fonts)
	case "md", "markdown":
		return WriteMarkdown(w, d)
	case "html":
		return WriteHTML(w, d)
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(d)
	}
	return fmt.Errorf("unknown report format %q (use %v)", format, Formats)
}

// LoadFonts reads the plan's fonts from a template tree.
func LoadFonts(tmpl fs.FS) (Fonts, error) {
	reg, err := fs.ReadFile(tmpl, templates.FontRegular)
	if err != nil {
		return Fonts{}, fmt.Errorf("templates/%s: %w", templates.FontRegular, err)
	}
	bold, err := fs.ReadFile(tmpl, templates.FontBold)
	if err != nil {
		return Fonts{}, fmt.Errorf("templates/%s: %w", templates.FontBold, err)
	}
	return Fonts{Regular: reg, Bold: bold}, nil
}
