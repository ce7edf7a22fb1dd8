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

func yamlLineError(name, msg string) error {
	msg = strings.TrimSpace(msg)
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%s:%s: %s", name, m[1], m[2])
	}
	return fmt.Errorf("%s:1: %s", name, strings.TrimPrefix(msg, "yaml: "))
}
