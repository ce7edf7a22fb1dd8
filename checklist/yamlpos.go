package checklist

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// positions maps dotted paths ("items.3.goal") to source lines.
type positions map[string]int

func newPositions(doc *yaml.Node) positions {
	p := positions{}
	var walk func(n *yaml.Node, path string)
	walk = func(n *yaml.Node, path string) {
		p[path] = n.Line
		switch n.Kind {
		case yaml.DocumentNode:
			for _, c := range n.Content {
				walk(c, path)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				sub := k.Value
				if path != "" {
					sub = path + "." + k.Value
				}
				walk(n.Content[i+1], sub)
				p[sub] = k.Line
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				sub := strconv.Itoa(i)
				if path != "" {
					sub = path + "." + sub
				}
				walk(c, sub)
			}
		}
	}
	walk(doc, "")
	return p
}

// line returns the line of path or of its nearest ancestor that has one.
func (p positions) line(path string) int {
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

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// YAMLError turns a yaml.v3 error into "name:line: message" lines, one per
// problem, so every error names the file and line as the CLI promises.
func YAMLError(name string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		errs := make([]error, 0, len(te.Errors))
		for _, e := range te.Errors {
			errs = append(errs, yamlLineError(name, e))
		}
		return errors.Join(errs...)
	}
	return yamlLineError(name, err.Error())
}

// YAMLErrorIn is YAMLError with the source at hand: yaml.v3 reports a
// broken indentation at the line where the enclosing mapping starts, so the
// offending line is looked for below it.
func YAMLErrorIn(name string, data []byte, err error) error {
	m := yamlLine.FindStringSubmatch(strings.TrimSpace(err.Error()))
	if m == nil || !strings.Contains(m[2], "did not find expected key") {
		return YAMLError(name, err)
	}
	start, _ := strconv.Atoi(m[1])
	if bad := misindented(strings.Split(string(data), "\n"), start); bad > 0 {
		return fmt.Errorf("%s:%d: bad indentation (the mapping at line %d expects its keys aligned)", name, bad, start)
	}
	return YAMLError(name, err)
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

func yamlLineError(name, msg string) error {
	msg = strings.TrimSpace(msg)
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%s:%s: %s", name, m[1], m[2])
	}
	return fmt.Errorf("%s:1: %s", name, strings.TrimPrefix(msg, "yaml: "))
}
