package source

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/transform"
)

// Mapper is one MyBatis 3 mapper or iBATIS 2 sqlMap file.
type Mapper struct {
	Path      string // slash-separated, relative to the source root
	Namespace string
	Kind      string // "mybatis" or "ibatis"
	Dialect   string // dialect named by the file or directory, "" if none
	Stmts     []MappedStatement
	// frags are the <sql id> fragments, by id, for <include refid>.
	frags map[string]*xnode
	raw   []*xnode // statement elements, rendered once every file is read
}

// MappedStatement is one select/insert/update/delete/statement/procedure
// element with its SQL text, <include> fragments expanded and dynamic tags
// reduced to the text they may emit.
type MappedStatement struct {
	ID   string
	Kind string
	SQL  string
	Line int
	// Dynamic is true when the SQL holds dynamic tags (<if>, <choose>,
	// <isNotEmpty> ...), whose alternatives are all kept in SQL.
	Dynamic bool
	// DatabaseID is MyBatis's databaseId attribute: one mapper may hold
	// the same statement id once per database.
	DatabaseID string
}

// xnode is a minimal element tree: text children are nodes with tag "".
type xnode struct {
	tag   string
	attrs map[string]string
	text  string
	kids  []*xnode
	line  int
}

var statementKinds = map[string]bool{
	"select": true, "insert": true, "update": true, "delete": true,
	"statement": true, "procedure": true,
}

// looksLikeMapper is a cheap filter run before parsing any .xml file.
func looksLikeMapper(data []byte) bool {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	return bytes.Contains(head, []byte("<mapper")) || bytes.Contains(head, []byte("<sqlMap")) ||
		bytes.Contains(head, []byte("mybatis.org//DTD Mapper")) || bytes.Contains(head, []byte("iBATIS.com//DTD SQL Map"))
}

// charsetReader decodes the encodings Korean mapper files declare. UTF-8
// needs no reader; encoding/xml only calls this for other labels.
func charsetReader(label string, r io.Reader) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "euc-kr", "euckr", "ks_c_5601-1987", "ksc5601", "cp949", "ms949", "x-windows-949", "windows-949", "uhc":
		return transform.NewReader(r, korean.EUCKR.NewDecoder()), nil
	case "us-ascii", "ascii", "iso-8859-1", "latin1", "utf8":
		return r, nil
	}
	return nil, fmt.Errorf("unsupported encoding %q", label)
}

// parseMapper reads one mapper file. It returns (nil, nil) for XML files
// that are not mappers (Spring contexts, sqlMapConfig, pom.xml).
func parseMapper(path string, data []byte) (*Mapper, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	root, err := parseTree(data)
	if err != nil && !utf8.Valid(data) && errors.Is(err, errInvalidUTF8) {
		// Declared (or defaulted to) UTF-8 but written in EUC-KR: a
		// common state of old eGovFrame trees.
		if dec, _, terr := transform.Bytes(korean.EUCKR.NewDecoder(), data); terr == nil {
			dec = stripEncodingDecl(dec)
			root, err = parseTree(dec)
		}
	}
	if err != nil {
		return nil, err
	}
	if root == nil {
		return nil, nil
	}
	m := &Mapper{Path: path, frags: map[string]*xnode{}}
	switch root.tag {
	case "mapper":
		m.Kind = "mybatis"
	case "sqlMap":
		m.Kind = "ibatis"
	default:
		return nil, nil
	}
	m.Namespace = strings.TrimSpace(root.attrs["namespace"])
	m.Dialect = dialectOf(path)
	for _, k := range root.kids {
		switch {
		case k.tag == "sql":
			if id := strings.TrimSpace(k.attrs["id"]); id != "" {
				m.frags[id] = k
			}
		case statementKinds[k.tag]:
			m.raw = append(m.raw, k)
		}
	}
	return m, nil
}

var errInvalidUTF8 = errors.New("invalid UTF-8")

// maxElements caps the elements of one mapper file: real ones have a few
// thousand, and each costs a node with its attributes.
const maxElements = 50000

// parseTree builds the element tree of data, returning the root element.
// Parsing is strict, as MyBatis's own is: a file MyBatis would reject is
// reported rather than guessed at. HTML entities (&nbsp;) are accepted and
// the DOCTYPE is read as a directive, never fetched. Errors start with the
// line number: "12: message".
func parseTree(data []byte) (*xnode, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charsetReader
	var stack []*xnode
	var root *xnode
	elements := 0
	for {
		line, _ := d.InputPos()
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				line, err = se.Line, errors.New(se.Msg)
			}
			if strings.Contains(err.Error(), "invalid UTF-8") {
				return nil, fmt.Errorf("%d: %w", line, errInvalidUTF8)
			}
			return nil, fmt.Errorf("%d: %w", line, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if elements++; elements > maxElements {
				return nil, fmt.Errorf("%d: more than %d elements: generated or hostile, not read", line, maxElements)
			}
			n := &xnode{tag: t.Name.Local, line: line}
			if len(t.Attr) > 0 {
				n.attrs = make(map[string]string, len(t.Attr))
				for _, a := range t.Attr {
					n.attrs[a.Name.Local] = a.Value
				}
			}
			if len(stack) == 0 {
				if root != nil {
					return nil, fmt.Errorf("%d: second root element <%s>", line, t.Name.Local)
				}
				root = n
			} else {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, n)
			}
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, &xnode{text: string(t)})
			}
		}
	}
	if len(stack) > 0 && root != nil {
		return nil, fmt.Errorf("%d: unclosed element <%s>", stack[len(stack)-1].line, stack[len(stack)-1].tag)
	}
	return root, nil
}

// stripEncodingDecl removes encoding="..." from the XML declaration of
// text already converted to UTF-8.
func stripEncodingDecl(b []byte) []byte {
	if !bytes.HasPrefix(b, []byte("<?xml")) {
		return b
	}
	end := bytes.Index(b, []byte("?>"))
	if end < 0 {
		return b
	}
	decl := b[:end]
	i := bytes.Index(decl, []byte("encoding"))
	if i < 0 {
		return b
	}
	j := i + len("encoding")
	for j < len(decl) && (decl[j] == ' ' || decl[j] == '=') {
		j++
	}
	if j < len(decl) && (decl[j] == '"' || decl[j] == '\'') {
		q := decl[j]
		if k := bytes.IndexByte(decl[j+1:], q); k >= 0 {
			out := append([]byte{}, b[:i]...)
			return append(out, b[j+1+k+1:]...)
		}
	}
	return b
}

// fragments resolves <include refid> across all mappers: "ns.id" or a
// bare id in the including mapper's namespace, then a bare id anywhere.
type fragments struct {
	byFull map[string]*xnode
	byID   map[string][]*xnode
	active map[*xnode]bool // fragments being expanded, against include cycles
	cache  map[fragKey]string
}

// fragKey names a fragment expanded for one including mapper (refids
// inside it resolve against that mapper's namespace).
type fragKey struct {
	m *Mapper
	n *xnode
}

// maxStatementSQL caps the text one statement or fragment expands to, so
// fragments included many times over cannot blow it up.
const maxStatementSQL = 256 << 10

func newFragments(ms []*Mapper) *fragments {
	f := &fragments{byFull: map[string]*xnode{}, byID: map[string][]*xnode{}, active: map[*xnode]bool{}, cache: map[fragKey]string{}}
	for _, m := range ms {
		for id, n := range m.frags {
			if m.Namespace != "" {
				f.byFull[m.Namespace+"."+id] = n
			}
			f.byID[id] = append(f.byID[id], n)
		}
	}
	return f
}

func (f *fragments) lookup(ns, ref string, own map[string]*xnode) *xnode {
	if n, ok := own[ref]; ok {
		return n
	}
	if n, ok := f.byFull[ref]; ok {
		return n
	}
	if n, ok := f.byFull[ns+"."+ref]; ok {
		return n
	}
	if c := f.byID[ref]; len(c) == 1 {
		return c[0]
	}
	if i := strings.LastIndexByte(ref, '.'); i >= 0 {
		if c := f.byID[ref[i+1:]]; len(c) == 1 {
			return c[0]
		}
	}
	return nil
}

// render writes the SQL an element may emit: its text, the text of every
// dynamic branch, and the keywords or affixes its tags add (WHERE, SET,
// prepend, prefix, open/close). Alternatives of <choose> are separated by
// commas so alternative table names in a FROM clause are all read.
func (f *fragments) render(m *Mapper, n *xnode, b *strings.Builder, depth int, unresolved *[]string) {
	if depth > 40 || b.Len() > maxStatementSQL {
		return
	}
	for i, k := range n.kids {
		if k.tag == "" {
			b.WriteString(k.text)
			continue
		}
		switch k.tag {
		case "include":
			ref := k.attrs["refid"]
			fr := f.lookup(m.Namespace, ref, m.frags)
			if fr == nil {
				*unresolved = append(*unresolved, ref)
				continue
			}
			if f.active[fr] {
				continue // a fragment including itself
			}
			key := fragKey{m, fr}
			text, ok := f.cache[key]
			if !ok {
				f.active[fr] = true
				var fb strings.Builder
				f.render(m, fr, &fb, depth+1, unresolved)
				delete(f.active, fr)
				text = fb.String()
				if len(text) > maxStatementSQL {
					text = text[:maxStatementSQL]
				}
				f.cache[key] = text
			}
			b.WriteByte(' ')
			b.WriteString(text)
			b.WriteByte(' ')
			continue
		case "selectKey", "bind", "property", "cache", "cache-ref", "resultMap", "parameterMap":
			if k.tag == "selectKey" {
				// Its SQL runs before or after the statement, on its own.
				b.WriteString(" ; ")
				f.render(m, k, b, depth+1, unresolved)
				b.WriteString(" ; ")
			}
			continue
		case "where":
			b.WriteString(" WHERE ")
		case "set":
			b.WriteString(" SET ")
		case "when", "otherwise":
			if i > 0 && hasPrevBranch(n.kids[:i]) {
				b.WriteString(" , ")
			}
		}
		b.WriteByte(' ')
		b.WriteString(k.attrs["prepend"])
		b.WriteString(k.attrs["prefix"])
		b.WriteString(" ")
		b.WriteString(k.attrs["open"])
		b.WriteByte(' ')
		f.render(m, k, b, depth+1, unresolved)
		b.WriteByte(' ')
		b.WriteString(k.attrs["close"])
		b.WriteString(k.attrs["suffix"])
		b.WriteByte(' ')
	}
}

// hasDynamic reports whether n holds elements other than <include>
// (fragments count as static here: they are judged where defined).
func hasDynamic(n *xnode) bool {
	for _, k := range n.kids {
		if k.tag != "" && k.tag != "include" && k.tag != "selectKey" {
			return true
		}
	}
	return false
}

func hasPrevBranch(kids []*xnode) bool {
	for _, k := range kids {
		if k.tag == "when" || k.tag == "otherwise" {
			return true
		}
	}
	return false
}

// resolve renders every statement of m.
func (f *fragments) resolve(m *Mapper) (unresolved []string) {
	for _, n := range m.raw {
		var b strings.Builder
		f.render(m, n, &b, 0, &unresolved)
		m.Stmts = append(m.Stmts, MappedStatement{
			ID:         strings.TrimSpace(n.attrs["id"]),
			Kind:       n.tag,
			SQL:        b.String(),
			Line:       n.line,
			Dynamic:    hasDynamic(n),
			DatabaseID: strings.TrimSpace(n.attrs["databaseId"]),
		})
	}
	m.raw = nil
	return unresolved
}

// pickDatabaseIDs keeps one statement per id where a mapper defines an id
// once per databaseId, as MyBatis does for the database in use (the
// preferred dialect, rank 0): its statement, else the one without a
// databaseId, else the best ranked other one.
func pickDatabaseIDs(m *Mapper, rank func(string) int) {
	best := map[string]int{}
	score := func(s MappedStatement) int {
		if s.DatabaseID == "" {
			return 1
		}
		d, ok := dialectAliases[strings.ToLower(s.DatabaseID)]
		if !ok {
			return 1000
		}
		if r := rank(d); r > 0 {
			return 2 + r
		}
		return 0
	}
	dup := false
	for i, s := range m.Stmts {
		if j, ok := best[s.ID]; ok {
			dup = true
			if score(s) < score(m.Stmts[j]) {
				best[s.ID] = i
			}
			continue
		}
		best[s.ID] = i
	}
	if !dup {
		return
	}
	out := m.Stmts[:0:0]
	for i, s := range m.Stmts {
		if best[s.ID] == i {
			out = append(out, s)
		}
	}
	m.Stmts = out
}
