// Package sanitize makes input-derived text safe to show: control
// characters that would drive a terminal (escape sequences retitling it,
// moving the cursor, hiding text) are shown in caret or \u notation, and CSV
// cells that a spreadsheet would run as a formula are neutralised.
package sanitize

import (
	"strings"
	"unicode/utf8"
)

// Line returns s fit for one line of terminal output: every control
// character, including newline and tab, is made visible (^[ for ESC, ^J for
// a newline, \u202e for a bidi override), as gh does.
func Line(s string) string { return clean(s, false) }

// Text is Line keeping newlines and tabs, for multi-line notes.
func Text(s string) string { return clean(s, true) }

func clean(s string, keepLayout bool) string {
	if isClean(s, keepLayout) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString("\ufffd")
		case keepLayout && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r < 0x20:
			b.WriteByte('^')
			b.WriteByte(byte(r) + '@')
		case r == 0x7f:
			b.WriteString("^?")
		case unsafeRune(r):
			b.WriteString(`\u`)
			const hex = "0123456789abcdef"
			b.WriteByte(hex[r>>12&0xf])
			b.WriteByte(hex[r>>8&0xf])
			b.WriteByte(hex[r>>4&0xf])
			b.WriteByte(hex[r&0xf])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func isClean(s string, keepLayout bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 {
			if keepLayout && (c == '\n' || c == '\t') {
				continue
			}
			return false
		}
		if c == 0x7f || c >= 0x80 {
			// Non-ASCII: decode properly.
			for _, r := range s[i:] {
				if r == utf8.RuneError || r < 0x20 && !(keepLayout && (r == '\n' || r == '\t')) || r == 0x7f || unsafeRune(r) {
					return false
				}
			}
			return true
		}
	}
	return true
}

// unsafeRune reports C1 controls (a terminal may read U+009B as CSI) and
// the invisible bidirectional and zero-width formatting characters that
// can reorder or hide what is shown.
func unsafeRune(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

// CSVCell neutralises a value a spreadsheet would treat as a formula
// (OWASP "CSV injection"): a cell starting with =, +, -, @, a tab or a
// carriage return gets a leading single quote, so Excel and LibreOffice show
// it as text. Numbers such as -3 are left alone so they stay numbers.
func CSVCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if isPlainNumber(s) {
			return s
		}
		return "'" + s
	}
	return s
}

// isPlainNumber reports a signed decimal such as -3 or +1.5, which no
// spreadsheet runs as a formula.
func isPlainNumber(s string) bool {
	if len(s) < 2 || (s[0] != '-' && s[0] != '+') {
		return false
	}
	dot := false
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
		case c == '.' && !dot && i > 1 && i < len(s)-1:
			dot = true
		default:
			return false
		}
	}
	return true
}
