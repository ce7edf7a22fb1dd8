package assess

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/checklist"
)

// decoder walks a yaml.Node tree strictly: unknown keys and unreadable
// values are errors carrying file and line, and all of a file's problems
// are collected rather than stopping at the first.
type decoder struct {
	name string
	errs []error
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	line := 1
	if n != nil && n.Line > 0 {
		line = n.Line
	}
	d.errs = append(d.errs, fmt.Errorf("%s:%d: %s", d.name, line, fmt.Sprintf(format, args...)))
}

// fields calls the handler registered for each key of mapping n and reports
// keys without one. where names the section in messages.
func (d *decoder) fields(n *yaml.Node, where string, handlers map[string]func(v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s must be a mapping", where)
		return
	}
	seen := make(map[string]bool, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		h, ok := handlers[k.Value]
		if !ok {
			d.errorf(k, "unknown key %q in %s (known: %s)", k.Value, where, knownKeys(handlers))
			continue
		}
		if seen[k.Value] {
			d.errorf(k, "duplicate key %q in %s", k.Value, where)
			continue
		}
		seen[k.Value] = true
		h(v)
	}
}

func knownKeys(h map[string]func(*yaml.Node)) string {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}

func (d *decoder) str(n *yaml.Node, where string, dst *string) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "%s must be a string", where)
		return
	}
	*dst = n.Value
}

func (d *decoder) strs(n *yaml.Node, where string, dst *[]string) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "%s must be a list", where)
		return
	}
	for _, c := range n.Content {
		var s string
		d.str(c, where+" entry", &s)
		*dst = append(*dst, s)
	}
}

// Decode reads one Assessment from r; name is used in error messages.
// Answers are checked against the checklist resolve returns for the file's
// checklist id, so an item number the checklist lacks is an error here.
func Decode(r io.Reader, name string, resolve func(id string) (*checklist.Checklist, error)) (*Assessment, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return DecodeBytes(data, name, resolve)
}

// DecodeBytes is Decode for data already in memory.
func DecodeBytes(data []byte, name string, resolve func(id string) (*checklist.Checklist, error)) (*Assessment, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, checklist.YAMLErrorIn(name, data, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, fmt.Errorf("%s:1: empty file", name)
	}
	d := &decoder{name: name}
	a := &Assessment{Path: name}
	root := doc.Content[0]
	var answersNode, notesNode, idNode *yaml.Node
	d.fields(root, "assessment", map[string]func(*yaml.Node){
		"apiVersion": func(v *yaml.Node) {
			d.str(v, "apiVersion", &a.APIVersion)
			if a.APIVersion != APIVersion {
				d.errorf(v, "apiVersion %q is not supported (want %q)", a.APIVersion, APIVersion)
			}
		},
		"kind": func(v *yaml.Node) {
			d.str(v, "kind", &a.Kind)
			if a.Kind != Kind {
				d.errorf(v, "kind %q is not supported (want %q)", a.Kind, Kind)
			}
		},
		"system": func(v *yaml.Node) {
			d.fields(v, "system", map[string]func(*yaml.Node){
				"id": func(v *yaml.Node) {
					idNode = v
					d.str(v, "system.id", &a.System.ID)
				},
				"name":        func(v *yaml.Node) { d.str(v, "system.name", &a.System.Name) },
				"agency":      func(v *yaml.Node) { d.str(v, "system.agency", &a.System.Agency) },
				"description": func(v *yaml.Node) { d.str(v, "system.description", &a.System.Description) },
			})
		},
		"checklist": func(v *yaml.Node) {
			a.Checklist.Line = v.Line
			d.fields(v, "checklist", map[string]func(*yaml.Node){
				"id":      func(v *yaml.Node) { d.str(v, "checklist.id", &a.Checklist.ID) },
				"answers": func(v *yaml.Node) { answersNode = v },
				"notes":   func(v *yaml.Node) { notesNode = v },
			})
		},
		"inventory":     func(v *yaml.Node) { a.Inventory = d.inventory(v) },
		"decomposition": func(v *yaml.Node) { a.Decomposition = d.decomposition(v) },
	})
	if root.Kind == yaml.MappingNode {
		if a.APIVersion == "" {
			d.errorf(root, "apiVersion is missing (want %q)", APIVersion)
		}
		if a.Kind == "" {
			d.errorf(root, "kind is missing (want %q)", Kind)
		}
		switch {
		case idNode == nil:
			d.errorf(root, "system.id is missing")
		case idNode.Kind == yaml.ScalarNode && strings.TrimSpace(a.System.ID) == "":
			d.errorf(idNode, "system.id is empty")
		}
	}
	cl, err := resolve(a.Checklist.ID)
	if err != nil {
		d.errorf(root, "checklist: %v", err)
	} else {
		a.Checklist.Answers, a.Checklist.Lines = d.answers(answersNode, cl)
		a.Checklist.Notes = d.notes(notesNode, cl)
		a.resolved = cl
	}
	if len(d.errs) > 0 {
		return nil, errors.Join(d.errs...)
	}
	return a, nil
}

// itemNumber reads a mapping key as an item number the checklist has.
func (d *decoder) itemNumber(k *yaml.Node, cl *checklist.Checklist, where string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(k.Value))
	if err != nil || k.Kind != yaml.ScalarNode {
		d.errorf(k, "%s key %q is not an item number", where, k.Value)
		return 0, false
	}
	if _, ok := cl.Item(n); !ok {
		d.errorf(k, "item %d is not in checklist %s (items 1-%d)", n, cl.ID, len(cl.Items))
		return 0, false
	}
	return n, true
}

func (d *decoder) answers(n *yaml.Node, cl *checklist.Checklist) (map[int]checklist.Answer, map[int]int) {
	out := make(map[int]checklist.Answer, len(cl.Items))
	lines := make(map[int]int, len(cl.Items))
	if n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
		return out, lines
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "checklist.answers must map item numbers to Y, N or ?")
		return out, lines
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		num, ok := d.itemNumber(k, cl, "checklist.answers")
		if !ok {
			continue
		}
		if _, dup := out[num]; dup {
			d.errorf(k, "item %d answered twice", num)
			continue
		}
		if v.Kind != yaml.ScalarNode {
			d.errorf(v, "answer to item %d must be Y, N or ?", num)
			continue
		}
		val := v.Value
		if v.Tag == "!!null" {
			val = ""
		}
		ans, err := checklist.ParseAnswer(val)
		if err != nil {
			d.errorf(v, "item %d: %v", num, err)
			continue
		}
		out[num] = ans
		lines[num] = k.Line
	}
	return out, lines
}

func (d *decoder) notes(n *yaml.Node, cl *checklist.Checklist) map[int]string {
	if n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "checklist.notes must map item numbers to text")
		return nil
	}
	out := map[int]string{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if num, ok := d.itemNumber(k, cl, "checklist.notes"); ok {
			var s string
			d.str(v, fmt.Sprintf("note to item %d", num), &s)
			out[num] = s
		}
	}
	return out
}
