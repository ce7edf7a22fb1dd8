package detect

import (
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// prop is one key/value of a properties, YAML or ini file with its line.
type prop struct {
	Key, Value string
	Line       int
	// Section is the ini section ("mysqld") or the YAML document's
	// profile; "" otherwise.
	Section string
}

// props is an ordered list of properties; lookups take the last one.
type props []prop

// get returns the last value of key (exact match).
func (ps props) get(key string) (prop, bool) {
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].Key == key {
			return ps[i], true
		}
	}
	return prop{}, false
}

// getFold returns the last value of key, ignoring case.
func (ps props) getFold(key string) (prop, bool) {
	for i := len(ps) - 1; i >= 0; i-- {
		if strings.EqualFold(ps[i].Key, key) {
			return ps[i], true
		}
	}
	return prop{}, false
}

// parseProperties reads a Java .properties file (also tip files and
// KEY=VALUE shell-like configs): '#' and '!' comments, '=' ':' or blank
// separators, '\' continuation lines. Values are trimmed.
func parseProperties(text string) props {
	var out props
	ls := lines(text)
	for i := 0; i < len(ls); i++ {
		line := strings.TrimLeft(ls[i], " \t\f")
		start := i + 1
		if line == "" || line[0] == '#' || line[0] == '!' {
			continue
		}
		// Continuations are joined in a builder: concatenating line by
		// line was quadratic (90 KB of short lines ending in a backslash took 0.3 s).
		if cont := func(s string) bool { return strings.HasSuffix(s, `\`) && !strings.HasSuffix(s, `\\`) }; cont(line) && i+1 < len(ls) {
			var b strings.Builder
			for cont(line) && i+1 < len(ls) {
				b.WriteString(line[:len(line)-1])
				i++
				line = strings.TrimLeft(ls[i], " \t\f")
			}
			b.WriteString(line)
			line = b.String()
		}
		k, v := splitProp(line)
		if k == "" {
			continue
		}
		out = append(out, prop{Key: k, Value: strings.TrimSpace(v), Line: start})
	}
	return out
}

// logicalLine returns line i of ls, trimmed, joined with the lines a
// trailing backslash continues (shell scripts, systemd units, httpd
// configuration), and the index of the last line it used.
func logicalLine(ls []string, i int) (string, int) {
	line := strings.TrimSpace(ls[i])
	if !strings.HasSuffix(line, `\`) || i+1 >= len(ls) {
		return line, i
	}
	// A builder, not line += next: long runs of continuations must stay
	// linear (see parseProperties).
	var b strings.Builder
	for strings.HasSuffix(line, `\`) && i+1 < len(ls) {
		b.WriteString(strings.TrimSuffix(line, `\`))
		b.WriteByte(' ')
		i++
		line = strings.TrimSpace(ls[i])
	}
	b.WriteString(line)
	return strings.TrimSpace(b.String()), i
}

func splitProp(line string) (string, string) {
	for j := 0; j < len(line); j++ {
		switch line[j] {
		case '\\':
			j++
		case '=', ':':
			return strings.TrimSpace(line[:j]), line[j+1:]
		case ' ', '\t':
			k := line[:j]
			rest := strings.TrimLeft(line[j:], " \t")
			if rest != "" && (rest[0] == '=' || rest[0] == ':') {
				rest = rest[1:]
			}
			return k, rest
		}
	}
	return strings.TrimSpace(line), ""
}

// parseINI reads my.cnf / mssql.conf / cubrid.conf style files:
// [section] headers, key = value, '#' and ';' comments. Directives
// starting with '!' (includes) are returned with Key "!include" or
// "!includedir".
func parseINI(text string) props {
	var out props
	section := ""
	for i, raw := range lines(text) {
		line := strings.TrimSpace(raw)
		if line == "" || line[0] == '#' || line[0] == ';' {
			continue
		}
		if line[0] == '[' {
			if end := strings.Index(line, "]"); end > 0 {
				section = strings.ToLower(strings.TrimSpace(line[1:end]))
				out = append(out, prop{Key: "[", Value: section, Line: i + 1, Section: section})
			}
			continue
		}
		if line[0] == '!' {
			k, v, _ := strings.Cut(line, " ")
			out = append(out, prop{Key: strings.ToLower(k), Value: strings.TrimSpace(v), Line: i + 1, Section: section})
			continue
		}
		k, v, _ := strings.Cut(line, "=")
		v = strings.Trim(stripInline(v), `"'`)
		out = append(out, prop{Key: strings.ToLower(strings.ReplaceAll(strings.TrimSpace(k), "-", "_")), Value: v, Line: i + 1, Section: section})
	}
	return out
}

// yamlBreaks turns what YAML counts as a line break but evidence lines do
// not (a lone CR, NEL, LS, PS) into spaces, so YAML line numbers match the
// file's '\n' lines: fuzzing found "\r0" reported on line 2 of a
// one-line file.
var yamlBreaks = strings.NewReplacer("\r\n", "\r\n", "\r", " ", "\u0085", " ", "\u2028", " ", "\u2029", " ")

// parseYAML flattens every document of a YAML file into dotted keys
// ("spring.datasource.url", "list[0]"); Section is the document's Spring
// profile (spring.config.activate.on-profile or spring.profiles).
func parseYAML(text string) (props, error) {
	if strings.ContainsAny(text, "\r\u0085\u2028\u2029") {
		text = yamlBreaks.Replace(text)
	}
	lastLine := strings.Count(text, "\n") + 1
	dec := yaml.NewDecoder(strings.NewReader(text))
	var out props
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if err == io.EOF {
			break
		}
		if err != nil {
			// The parser's message may quote file text; keep only where.
			if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
				return out, fmt.Errorf("line %s: yaml syntax error", m[1])
			}
			return out, fmt.Errorf("yaml syntax error")
		}
		var ps props
		budget := yamlBudget
		flattenYAML(&doc, "", &ps, 0, &budget)
		profile := ""
		for _, k := range []string{"spring.config.activate.on-profile", "spring.profiles"} {
			if p, ok := ps.get(k); ok {
				profile = p.Value
			}
		}
		for i := range ps {
			ps[i].Section = profile
			// An empty document after a final "---" without a newline
			// sits on a line the file does not have (found by fuzzing).
			ps[i].Line = min(ps[i].Line, lastLine)
		}
		out = append(out, ps...)
	}
	return out, nil
}

var yamlLineRE = regexp.MustCompile(`line (\d+)`)

// yamlBudget caps the scalars one YAML document may expand to, so that
// alias bombs ("billion laughs") cannot exhaust memory or time.
const yamlBudget = 100000

func flattenYAML(n *yaml.Node, prefix string, out *props, depth int, budget *int) {
	if depth > 64 || *budget <= 0 {
		return
	}
	*budget--
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			flattenYAML(c, prefix, out, depth+1, budget)
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i].Value
			if prefix != "" {
				k = prefix + "." + k
			}
			flattenYAML(n.Content[i+1], k, out, depth+1, budget)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			flattenYAML(c, prefix+"["+strconv.Itoa(i)+"]", out, depth+1, budget)
		}
	case yaml.ScalarNode:
		*out = append(*out, prop{Key: prefix, Value: n.Value, Line: n.Line})
	case yaml.AliasNode:
		if n.Alias != nil {
			flattenYAML(n.Alias, prefix, out, depth+1, budget)
		}
	}
}

// xnode is an XML element with lower-cased local names, trimmed text and
// the line of its start tag. Comments are gone: they never count.
type xnode struct {
	Name string
	// Attr is a list, not a map: a map per element tripled the memory
	// a large document takes.
	Attr []xattr
	Text string
	Line int
	Kids []*xnode
	// Truncated, on the root, is the line of the first element not kept
	// because the document has more than maxXMLElements (0: none).
	Truncated int
}

// maxXMLElements bounds the elements kept of one document: the largest
// real domain configurations have a few thousand, and every element costs
// memory while the detectors work. Later elements are read, not kept.
const maxXMLElements = 50000

// maxXMLDepth bounds nesting: deeper elements are not kept.
const maxXMLDepth = 256

// parseXML reads a whole document leniently (unknown entities,
// any declared charset passed through) and returns its root.
func parseXML(text string) (*xnode, error) {
	d := xml.NewDecoder(strings.NewReader(text))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	var (
		stack []*xnode
		// texts collect each open element's character data; appending
		// to n.Text instead was quadratic for an element with 200,000
		// children (a 7 MiB server.xml took a minute).
		texts [][]byte
		root  *xnode
		elems int
	)
	line := 1
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if root != nil && len(stack) == 0 {
				break
			}
			// The decoder's message may quote file text; keep only where.
			return root, fmt.Errorf("line %d: xml syntax error", line)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if elems++; elems > maxXMLElements || len(stack) >= maxXMLDepth || len(stack) > 0 && stack[len(stack)-1] == nil {
				// Past the cap, elements are read but not kept.
				if root != nil && root.Truncated == 0 {
					root.Truncated = line
				}
				stack, texts = append(stack, nil), append(texts, nil)
				break
			}
			n := &xnode{Name: strings.ToLower(t.Name.Local), Line: line}
			if len(t.Attr) > 0 {
				n.Attr = make([]xattr, len(t.Attr))
				for i, a := range t.Attr {
					n.Attr[i] = xattr{Name: strings.ToLower(a.Name.Local), Value: a.Value}
				}
			}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.Kids = append(p.Kids, n)
			} else if root == nil {
				root = n
			}
			stack, texts = append(stack, n), append(texts, nil)
		case xml.EndElement:
			if len(stack) > 0 {
				if n := stack[len(stack)-1]; n != nil {
					n.Text = strings.TrimSpace(string(texts[len(texts)-1]))
				}
				stack, texts = stack[:len(stack)-1], texts[:len(texts)-1]
			}
		case xml.CharData:
			if len(stack) > 0 && stack[len(stack)-1] != nil {
				texts[len(texts)-1] = append(texts[len(texts)-1], t...)
			}
		}
		line, _ = d.InputPos()
	}
	if root == nil {
		return nil, fmt.Errorf("no xml element")
	}
	return root, nil
}

// xattr is one attribute, its name lower-cased.
type xattr struct{ Name, Value string }

// attr returns the value of the attribute name (lower case), or "".
func (n *xnode) attr(name string) string {
	for _, a := range n.Attr {
		if a.Name == name {
			return a.Value
		}
	}
	return ""
}

// kid returns the first child named name.
func (n *xnode) kid(name string) *xnode {
	if n == nil {
		return nil
	}
	for _, k := range n.Kids {
		if k.Name == name {
			return k
		}
	}
	return nil
}

// kids returns the children named name.
func (n *xnode) kidsNamed(name string) []*xnode {
	if n == nil {
		return nil
	}
	var out []*xnode
	for _, k := range n.Kids {
		if k.Name == name {
			out = append(out, k)
		}
	}
	return out
}

// at follows a path of child names.
func (n *xnode) at(names ...string) *xnode {
	for _, nm := range names {
		n = n.kid(nm)
	}
	return n
}

// text returns the text and line of the child at the path, or "", 0.
func (n *xnode) text(names ...string) (string, int) {
	k := n.at(names...)
	if k == nil {
		return "", 0
	}
	return k.Text, k.Line
}

// walk calls fn on n and every descendant, depth first.
func (n *xnode) walk(fn func(*xnode)) {
	if n == nil {
		return
	}
	fn(n)
	for _, k := range n.Kids {
		k.walk(fn)
	}
}

// all returns every descendant named name.
func (n *xnode) all(name string) []*xnode {
	var out []*xnode
	n.walk(func(k *xnode) {
		if k.Name == name {
			out = append(out, k)
		}
	})
	return out
}

// stripInline drops a '#' comment that follows a value after blanks
// ("PORT_NO = 20300   # port") and trims the rest.
func stripInline(v string) string {
	for i := 1; i < len(v); i++ {
		if v[i] == '#' && (v[i-1] == ' ' || v[i-1] == '\t') {
			return strings.TrimSpace(v[:i])
		}
	}
	return strings.TrimSpace(v)
}

// children returns n's child elements; nil-safe.
func (n *xnode) children() []*xnode {
	if n == nil {
		return nil
	}
	return n.Kids
}
