// Package yamlnode is the one way cnready reads YAML input strictly: a
// document is parsed once into its node tree, then decoded with every
// unknown key, duplicate key and wrong type reported as "file:line:
// message", all problems of a file collected rather than the first alone.
// It also maps dotted paths ("items.3.goal") back to source lines for
// checks made after decoding.
package yamlnode

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/internal/textenc"
)

// ErrEmpty is wrapped by Parse's error for a document with no content.
var ErrEmpty = errors.New("empty file")

// Parse reads the first YAML document of data into its node tree. A syntax
// error names the file and line; an empty document is "name:1: empty file".
// The returned node is the document's root (a mapping, a list or a
// scalar), never the document node itself. EUC-KR (CP949) and UTF-16
// files are read when unambiguous (see textenc); other bytes that are not
// UTF-8 are an error naming their line.
func Parse(name string, data []byte) (*yaml.Node, error) {
	data, _, err := textenc.UTF8(name, data)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, ErrorIn(name, data, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, fmt.Errorf("%s:1: %w", name, ErrEmpty)
	}
	return doc.Content[0], nil
}

// IsNull reports whether n is absent or an explicit null.
func IsNull(n *yaml.Node) bool {
	return n == nil || n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// Key returns the value node of key in mapping n, or nil.
func Key(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// Error turns a yaml.v3 error into "name:line: message" lines, one per
// problem, so every error names the file and line.
func Error(name string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		errs := make([]error, 0, len(te.Errors))
		for _, e := range te.Errors {
			errs = append(errs, lineError(name, e))
		}
		return errors.Join(errs...)
	}
	return lineError(name, err.Error())
}

// ErrorIn is Error with the source at hand: yaml.v3 reports a broken
// indentation at the line where the enclosing mapping starts, so the
// offending line is looked for below it.
func ErrorIn(name string, data []byte, err error) error {
	m := yamlLine.FindStringSubmatch(strings.TrimSpace(err.Error()))
	if m == nil || !strings.Contains(m[2], "did not find expected key") {
		return Error(name, err)
	}
	start, _ := strconv.Atoi(m[1])
	if bad := misindented(strings.Split(string(data), "\n"), start); bad > 0 {
		return fmt.Errorf("%s:%d: bad indentation (the mapping at line %d expects its keys aligned)", name, bad, start)
	}
	return Error(name, err)
}

// misindented returns the first line (1-based) after start whose
// indentation matches neither the mapping starting at start nor any
// enclosing one, or 0.
func misindented(lines []string, start int) int {
	indent := func(l string) (int, bool) {
		t := strings.TrimLeft(l, " ")
		if t == "" || strings.HasPrefix(t, "#") {
			return 0, false
		}
		return len(l) - len(t), true
	}
	if start < 1 || start > len(lines) {
		return 0
	}
	base, ok := indent(lines[start-1])
	if !ok {
		return 0
	}
	levels := map[int]bool{}
	cur := base
	for i := start - 2; i >= 0 && cur > 0; i-- {
		if in, ok := indent(lines[i]); ok && in < cur {
			levels[in] = true
			cur = in
		}
	}
	levels[0] = true
	for i := start; i < len(lines); i++ {
		in, ok := indent(lines[i])
		switch {
		case !ok || in >= base:
			continue
		case levels[in]:
			return 0
		default:
			return i + 1
		}
	}
	return 0
}

func lineError(name, msg string) error {
	// One problem, one line: yaml.v3 quotes values, newlines and all.
	msg = strings.Join(strings.Fields(msg), " ")
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%s:%s: %s", name, m[1], m[2])
	}
	return fmt.Errorf("%s:1: %s", name, strings.TrimPrefix(msg, "yaml: "))
}

// Positions maps dotted paths ("items.3.goal") to source lines, for checks
// made after decoding that must still name a line.
type Positions map[string]int

// NewPositions indexes the node tree under n.
func NewPositions(n *yaml.Node) Positions {
	p := Positions{}
	var walk func(n *yaml.Node, path string, depth int)
	walk = func(n *yaml.Node, path string, depth int) {
		if n == nil || depth > maxDepth {
			return
		}
		p[path] = n.Line
		switch n.Kind {
		case yaml.DocumentNode:
			for _, c := range n.Content {
				walk(c, path, depth+1)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				sub := k.Value
				if path != "" {
					sub = path + "." + k.Value
				}
				walk(n.Content[i+1], sub, depth+1)
				p[sub] = k.Line
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				sub := strconv.Itoa(i)
				if path != "" {
					sub = path + "." + sub
				}
				walk(c, sub, depth+1)
			}
		}
	}
	walk(n, "", 0)
	return p
}

// Has reports whether path is written in the document.
func (p Positions) Has(path string) bool {
	_, ok := p[path]
	return ok
}

// Line returns the line of path or of its nearest ancestor that has one.
func (p Positions) Line(path string) int {
	for {
		if l, ok := p[path]; ok && l > 0 {
			return l
		}
		i := strings.LastIndexByte(path, '.')
		if i < 0 {
			if l := p[""]; l > 0 {
				return l
			}
			return 1
		}
		path = path[:i]
	}
}

// maxDepth bounds recursion over hostile, deeply nested documents.
const maxDepth = 256
