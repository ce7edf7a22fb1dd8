package assess

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/yamlnode"
)

// decoder reads an Assessment's node tree with the shared strict
// decoding helpers; the assessment's own sections are methods on it.
type decoder struct {
	yamlnode.Decoder
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
	root, err := yamlnode.Parse(name, data)
	if err != nil {
		return nil, err
	}
	d := &decoder{yamlnode.Decoder{Name: name}}
	a := &Assessment{Path: name}
	var answersNode, notesNode, idNode *yaml.Node
	d.Fields(root, "assessment", map[string]func(*yaml.Node){
		"apiVersion": func(v *yaml.Node) {
			d.Str(v, "apiVersion", &a.APIVersion)
			if a.APIVersion != APIVersion {
				d.Errorf(v, "apiVersion %q is not supported (want %q)", a.APIVersion, APIVersion)
			}
		},
		"kind": func(v *yaml.Node) {
			d.Str(v, "kind", &a.Kind)
			if a.Kind != Kind {
				d.Errorf(v, "kind %q is not supported (want %q)", a.Kind, Kind)
			}
		},
		"system": func(v *yaml.Node) {
			d.Fields(v, "system", map[string]func(*yaml.Node){
				"id": func(v *yaml.Node) {
					idNode = v
					d.Str(v, "system.id", &a.System.ID)
				},
				"name":        func(v *yaml.Node) { d.Str(v, "system.name", &a.System.Name) },
				"agency":      func(v *yaml.Node) { d.Str(v, "system.agency", &a.System.Agency) },
				"description": func(v *yaml.Node) { d.Str(v, "system.description", &a.System.Description) },
			})
		},
		"checklist": func(v *yaml.Node) {
			a.Checklist.Line = v.Line
			d.Fields(v, "checklist", map[string]func(*yaml.Node){
				"id":      func(v *yaml.Node) { d.Str(v, "checklist.id", &a.Checklist.ID) },
				"answers": func(v *yaml.Node) { answersNode = v },
				"notes":   func(v *yaml.Node) { notesNode = v },
			})
		},
		"inventory":     func(v *yaml.Node) { a.Inventory = d.inventory(v) },
		"decomposition": func(v *yaml.Node) { a.Decomposition = d.decomposition(v) },
	})
	if root.Kind == yaml.MappingNode {
		if a.APIVersion == "" {
			d.Errorf(root, "apiVersion is missing (want %q)", APIVersion)
		}
		if a.Kind == "" {
			d.Errorf(root, "kind is missing (want %q)", Kind)
		}
		switch {
		case idNode == nil:
			d.Errorf(root, "system.id is missing")
		case idNode.Kind == yaml.ScalarNode && strings.TrimSpace(a.System.ID) == "":
			d.Errorf(idNode, "system.id is empty")
		}
	}
	cl, err := resolve(a.Checklist.ID)
	if err != nil {
		d.Errorf(root, "checklist: %v", err)
	} else {
		a.Checklist.Answers, a.Checklist.Lines = d.answers(answersNode, cl)
		a.Checklist.Notes = d.notes(notesNode, cl)
		a.resolved = cl
	}
	if d.Failed() {
		return nil, d.Err()
	}
	return a, nil
}

// itemNumber reads a mapping key as an item number the checklist has.
func (d *decoder) itemNumber(k *yaml.Node, cl *checklist.Checklist, where string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(k.Value))
	if err != nil || k.Kind != yaml.ScalarNode {
		d.Errorf(k, "%s key %q is not an item number", where, k.Value)
		return 0, false
	}
	if _, ok := cl.Item(n); !ok {
		d.Errorf(k, "item %d is not in checklist %s (items 1-%d)", n, cl.ID, len(cl.Items))
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
		d.Errorf(n, "checklist.answers must map item numbers to Y, N or ?")
		return out, lines
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		num, ok := d.itemNumber(k, cl, "checklist.answers")
		if !ok {
			continue
		}
		if _, dup := out[num]; dup {
			d.Errorf(k, "item %d answered twice", num)
			continue
		}
		if v.Kind != yaml.ScalarNode {
			d.Errorf(v, "answer to item %d must be Y, N or ?", num)
			continue
		}
		val := v.Value
		if v.Tag == "!!null" {
			val = ""
		}
		ans, err := checklist.ParseAnswer(val)
		if err != nil {
			d.Errorf(v, "item %d: %v", num, err)
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
		d.Errorf(n, "checklist.notes must map item numbers to text")
		return nil
	}
	out := map[int]string{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if num, ok := d.itemNumber(k, cl, "checklist.notes"); ok {
			var s string
			d.Str(v, fmt.Sprintf("note to item %d", num), &s)
			out[num] = s
		}
	}
	return out
}
