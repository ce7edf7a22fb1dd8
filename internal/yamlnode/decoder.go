package yamlnode

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Decoder walks a node tree strictly: unknown keys, duplicate keys and
// unreadable values are errors carrying the file and line, and all of a
// file's problems are collected rather than stopping at the first.
type Decoder struct {
	// Name is the file named in messages.
	Name string
	errs []error
}

// Errorf records a problem at n's line (line 1 when n is nil).
func (d *Decoder) Errorf(n *yaml.Node, format string, args ...any) {
	line := 1
	if n != nil && n.Line > 0 {
		line = n.Line
	}
	d.errs = append(d.errs, fmt.Errorf("%s:%d: %s", d.Name, line, fmt.Sprintf(format, args...)))
}

// Add records errors met elsewhere (already naming file and line).
func (d *Decoder) Add(err error) {
	if err != nil {
		d.errs = append(d.errs, err)
	}
}

// Err returns every problem recorded, joined, or nil.
func (d *Decoder) Err() error { return errors.Join(d.errs...) }

// Failed reports whether a problem was recorded.
func (d *Decoder) Failed() bool { return len(d.errs) > 0 }

// Fields calls the handler registered for each key of mapping n and
// reports keys without one and keys written twice. where names the section
// in messages.
func (d *Decoder) Fields(n *yaml.Node, where string, handlers map[string]func(v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		d.Errorf(n, "%s must be a mapping", where)
		return
	}
	seen := make(map[string]bool, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		h, ok := handlers[k.Value]
		if !ok {
			d.Errorf(k, "unknown key %q in %s (known: %s)", k.Value, where, knownKeys(handlers))
			continue
		}
		if seen[k.Value] {
			d.Errorf(k, "duplicate key %q in %s", k.Value, where)
			continue
		}
		seen[k.Value] = true
		h(v)
	}
}

func knownKeys[V any](h map[string]V) string {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}

// Str reads a scalar into dst.
func (d *Decoder) Str(n *yaml.Node, where string, dst *string) {
	if n.Kind != yaml.ScalarNode {
		d.Errorf(n, "%s must be a string", where)
		return
	}
	*dst = n.Value
}

// Strs reads a list of scalars (null: nothing) into dst.
func (d *Decoder) Strs(n *yaml.Node, where string, dst *[]string) {
	if IsNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.Errorf(n, "%s must be a list", where)
		return
	}
	for _, c := range n.Content {
		var s string
		d.Str(c, where+" entry", &s)
		*dst = append(*dst, s)
	}
}

// StrOrList reads a string or a list of strings.
func (d *Decoder) StrOrList(n *yaml.Node, where string, dst *[]string) {
	if n.Kind == yaml.ScalarNode && !IsNull(n) {
		*dst = append(*dst, n.Value)
		return
	}
	d.Strs(n, where, dst)
}

// StrMap reads a mapping of strings to non-empty strings; check, when
// given, may record more problems per entry.
func (d *Decoder) StrMap(n *yaml.Node, where string, check func(k, v *yaml.Node)) map[string]string {
	if IsNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		d.Errorf(n, "%s must be a mapping", where)
		return nil
	}
	out := map[string]string{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || v.Kind != yaml.ScalarNode || strings.TrimSpace(v.Value) == "" {
			d.Errorf(k, "%s: %q must map to a non-empty string", where, k.Value)
			continue
		}
		if _, dup := out[k.Value]; dup {
			d.Errorf(k, "duplicate key %q in %s", k.Value, where)
			continue
		}
		if check != nil {
			check(k, v)
		}
		out[k.Value] = v.Value
	}
	return out
}

// Into decodes n into the struct, map or list v points to, as yaml.v3 does,
// after checking every mapping key against the yaml tags of the Go type:
// an unknown or repeated key is reported at its line (where names the top
// level in messages), and nothing is decoded when one is found. Types that
// decode themselves (yaml.Unmarshaler, yaml.Node) are not looked into.
func (d *Decoder) Into(n *yaml.Node, where string, v any) {
	before := len(d.errs)
	d.checkKeys(n, reflect.TypeOf(v), where, 0)
	if len(d.errs) > before {
		return
	}
	if err := n.Decode(v); err != nil {
		d.Add(Error(d.Name, err))
	}
}

var (
	unmarshalerType = reflect.TypeOf((*yaml.Unmarshaler)(nil)).Elem()
	nodeType        = reflect.TypeOf(yaml.Node{})
)

func (d *Decoder) checkKeys(n *yaml.Node, t reflect.Type, where string, depth int) {
	for n != nil && n.Kind == yaml.AliasNode && depth < maxDepth {
		n, depth = n.Alias, depth+1
	}
	if n == nil || t == nil || depth > maxDepth {
		return
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nodeType || reflect.PointerTo(t).Implements(unmarshalerType) {
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return // yaml.v3 reports the type error with its line
		}
		fields := structKeys(t)
		seen := make(map[string]bool, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			ft, ok := fields[k.Value]
			if !ok && k.Value != anyKey {
				ft, ok = fields[anyKey]
			}
			switch {
			case !ok:
				d.Errorf(k, "unknown key %q in %s (known: %s)", k.Value, where, knownKeys(fields))
			case seen[k.Value]:
				d.Errorf(k, "duplicate key %q in %s", k.Value, where)
			default:
				seen[k.Value] = true
				d.checkKeys(n.Content[i+1], ft, where+"."+k.Value, depth+1)
			}
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			d.checkKeys(n.Content[i+1], t.Elem(), where+"."+n.Content[i].Value, depth+1)
		}
	case reflect.Slice, reflect.Array:
		if n.Kind != yaml.SequenceNode {
			return
		}
		for i, c := range n.Content {
			d.checkKeys(c, t.Elem(), fmt.Sprintf("%s[%d]", where, i), depth+1)
		}
	}
}

// anyKey stands for the keys an inline map takes.
const anyKey = "\x00"

// structKeys lists the keys yaml.v3 decodes into struct type t, with the
// type of each: the tag name, else the lower-cased field name; inline
// structs contribute their own keys; "-" fields take none.
func structKeys(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.PkgPath != "" && !f.Anonymous {
			continue // unexported
		}
		tag := f.Tag.Get("yaml")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if strings.Contains(","+opts+",", ",inline,") {
			ft := f.Type
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			switch ft.Kind() {
			case reflect.Struct:
				for k, v := range structKeys(ft) {
					out[k] = v
				}
			case reflect.Map:
				out[anyKey] = ft.Elem()
			}
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		out[name] = f.Type
	}
	return out
}

// Decode parses data and decodes it strictly into v (see Into); what names
// the document in messages ("checklist": "name:1: empty checklist"). The
// positions of the document are returned for checks made afterwards.
func Decode(name string, data []byte, what string, v any) (Positions, error) {
	root, err := Parse(name, data)
	if errors.Is(err, ErrEmpty) {
		return nil, fmt.Errorf("%s:1: empty %s", name, what)
	}
	if err != nil {
		return nil, err
	}
	d := &Decoder{Name: name}
	if d.Into(root, what, v); d.Failed() {
		return nil, d.Err()
	}
	return NewPositions(root), nil
}
