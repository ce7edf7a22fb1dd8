package inventory

import (
	"regexp"
	"strings"
)

// placeholderRE finds unfilled template tokens: @name@ and @@name@@ (Ant,
// Maven resources, Cargo, httpd's .in files), ${name} (shell, Maven,
// Spring, Docker Compose), %name% (Windows, WebtoB) and {{ name }}
// (Jinja, Helm, Go templates).
var placeholderRE = regexp.MustCompile(`@@?[A-Za-z_][\w.\-]*@@?|\$\{[^{}]*\}|%[A-Za-z_][\w.\-]*%|\{\{[^{}]*\}\}`)

// HasPlaceholder reports whether s holds an unfilled template token. A
// ${name:default} (or ${name:-default}) is not one: it has a value.
func HasPlaceholder(s string) bool {
	if !strings.ContainsAny(s, "@$%{") {
		return false
	}
	for _, tok := range placeholderRE.FindAllString(s, -1) {
		if _, _, hasDefault := placeholderName(tok); !hasDefault {
			return true
		}
	}
	return false
}

// ExpandPlaceholders replaces each template token of s with its value
// from lookup (a default written in ${name:default} when lookup has
// none). ok is false when some token is left unresolved; the tokens it
// could resolve are replaced all the same.
func ExpandPlaceholders(s string, lookup func(name string) (string, bool)) (out string, ok bool) {
	if !strings.ContainsAny(s, "@$%{") {
		return s, true
	}
	ok = true
	out = placeholderRE.ReplaceAllStringFunc(s, func(tok string) string {
		name, def, hasDefault := placeholderName(tok)
		if lookup != nil {
			if v, found := lookup(name); found {
				return v
			}
		}
		if hasDefault {
			return def
		}
		ok = false
		return tok
	})
	return out, ok
}

// placeholderName reads a token's variable name and its default.
func placeholderName(tok string) (name, def string, hasDefault bool) {
	switch {
	case strings.HasPrefix(tok, "${"):
		name = tok[2 : len(tok)-1]
		if i := strings.IndexByte(name, ':'); i >= 0 {
			name, def, hasDefault = name[:i], strings.TrimPrefix(name[i+1:], "-"), true
		}
	case strings.HasPrefix(tok, "{{"):
		name = strings.TrimSpace(tok[2 : len(tok)-2])
		name = strings.TrimPrefix(strings.TrimPrefix(name, "."), "Values.")
	default: // @name@, @@name@@, %name%
		name = strings.Trim(tok, "@%")
	}
	return strings.TrimSpace(name), def, hasDefault
}
