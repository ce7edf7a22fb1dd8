package source

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/transform"
)

// decodeText turns file bytes into a string: a UTF-8 BOM is dropped, and
// text that is not valid UTF-8 is read as EUC-KR (CP949), the encoding of
// older Korean source trees.
func decodeText(data []byte) string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return string(data)
	}
	if dec, _, err := transform.Bytes(korean.EUCKR.NewDecoder(), data); err == nil {
		return string(dec)
	}
	return strings.ToValidUTF8(string(data), "\uFFFD")
}

type jkind uint8

const (
	jIdent jkind = iota + 1
	jString
	jChar
	jNumber
	jPunct
)

// jtok is one Java token. Javadoc comments are not tokens; the index of
// the last one before a declaration is kept on the declaration.
type jtok struct {
	kind jkind
	off  int32  // byte offset in the source (files over 2 GiB are not Java)
	text string // for jString: the decoded literal value
}

// maxJavaTokens caps the tokens of one Java file: hand-written classes have
// tens of thousands; eight megabytes of parentheses would otherwise hold
// hundreds of megabytes of tokens.
const maxJavaTokens = 1 << 19

// lexJava tokenizes Java source well enough to find declarations and
// calls: comments, string and char literals (text blocks included) are
// handled, everything else is identifiers, numbers and punctuation. docs
// maps a token index to the Javadoc text that precedes it.
func lexJava(src string) (toks []jtok, docs map[int]string, err error) {
	toks = make([]jtok, 0, min(len(src)/6+16, maxJavaTokens))
	docs = map[int]string{}
	n := len(src)
	for i := 0; i < n; {
		if len(toks) >= maxJavaTokens {
			return nil, nil, fmt.Errorf("%d: more than %d tokens: generated or hostile, not read", lineOf(src, i), maxJavaTokens)
		}
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			i++
		case c == '/' && i+1 < n && src[i+1] == '/':
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				i = n
			} else {
				i += j + 1
			}
		case c == '/' && i+1 < n && src[i+1] == '*':
			j := strings.Index(src[i+2:], "*/")
			if j < 0 {
				return toks, docs, fmt.Errorf("%d: unterminated comment", lineOf(src, i))
			}
			if j > 0 && src[i+2] == '*' {
				docs[len(toks)] = src[i+3 : i+2+j]
			}
			i += j + 4
		case c == '"' && strings.HasPrefix(src[i:], `"""`):
			j := strings.Index(src[i+3:], `"""`)
			if j < 0 {
				return toks, docs, fmt.Errorf("%d: unterminated text block", lineOf(src, i))
			}
			toks = append(toks, jtok{kind: jString, text: src[i+3 : i+3+j], off: int32(i)})
			i += j + 6
		case c == '"' || c == '\'':
			var b strings.Builder
			j := i + 1
			closed := false
			for j < n {
				d := src[j]
				if d == '\\' && j+1 < n {
					switch src[j+1] {
					case 'n':
						b.WriteByte('\n')
					case 't':
						b.WriteByte('\t')
					default:
						b.WriteByte(src[j+1])
					}
					j += 2
					continue
				}
				if d == c {
					closed = true
					j++
					break
				}
				if d == '\n' {
					break
				}
				b.WriteByte(d)
				j++
			}
			if !closed {
				return toks, docs, fmt.Errorf("%d: unterminated literal", lineOf(src, i))
			}
			k := jString
			if c == '\'' {
				k = jChar
			}
			toks = append(toks, jtok{kind: k, text: b.String(), off: int32(i)})
			i = j
		case c >= '0' && c <= '9':
			j := i
			for j < n && (isASCIIIdent(src[j]) || src[j] == '.') {
				j++
			}
			toks = append(toks, jtok{kind: jNumber, text: src[i:j], off: int32(i)})
			i = j
		case isASCIIIdent(c) || c == '$' || c >= utf8.RuneSelf:
			j := i
			for j < n {
				d := src[j]
				if isASCIIIdent(d) || d == '$' {
					j++
					continue
				}
				if d >= utf8.RuneSelf {
					r, size := utf8.DecodeRuneInString(src[j:])
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						j += size
						continue
					}
				}
				break
			}
			if j == i {
				_, size := utf8.DecodeRuneInString(src[i:])
				i += size
				continue
			}
			toks = append(toks, jtok{kind: jIdent, text: src[i:j], off: int32(i)})
			i = j
		default:
			toks = append(toks, jtok{kind: jPunct, text: src[i : i+1], off: int32(i)})
			i++
		}
	}
	return toks, docs, nil
}

func isASCIIIdent(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

func lineOf(src string, off int) int {
	if off > len(src) {
		off = len(src)
	}
	return strings.Count(src[:off], "\n") + 1
}

// javaFile is what one .java file declares.
type javaFile struct {
	path    string
	pkg     string
	imports map[string]string // simple name -> FQN
	stars   []string          // packages imported with .*
	types   []*jtype
}

// annotation is one annotation with its arguments: "value" holds the
// unnamed argument; array arguments are flattened into several strings.
type annotation struct {
	name string // simple name
	args map[string][]string
	// exprs keeps each argument's raw tokens for non-string values.
	exprs map[string][]jtok
}

func (a annotation) first(keys ...string) string {
	for _, k := range keys {
		if v := a.args[k]; len(v) > 0 {
			return v[0]
		}
	}
	return ""
}

type jtype struct {
	file       *javaFile
	name       string
	fqn        string
	kind       string // class, interface, enum, record, annotation
	annots     []annotation
	extends    []typeRef
	implements []typeRef
	fields     map[string]*jfield
	fieldOrder []string
	methods    []*jmethod
	line       int
	doc        string
}

type typeRef struct {
	name string    // simple or qualified name as written, without generics
	args []typeRef // generic arguments
}

type jfield struct {
	name   string
	typ    typeRef
	annots []annotation
	init   []jtok // initializer tokens, for String constants
}

type jmethod struct {
	owner  *jtype
	name   string
	annots []annotation
	params map[string]typeRef
	body   []jtok // nil for abstract and interface methods
	line   int
	doc    string
	locals map[string]typeRef
}

func (t *jtype) annot(names ...string) (annotation, bool) {
	return findAnnot(t.annots, names...)
}

func findAnnot(as []annotation, names ...string) (annotation, bool) {
	for _, a := range as {
		for _, n := range names {
			if a.name == n {
				return a, true
			}
		}
	}
	return annotation{}, false
}

// parseJava reads the declarations of one Java file.
func parseJava(path, src string) (javaFile, error) {
	toks, docs, err := lexJava(src)
	if err != nil {
		return javaFile{}, err
	}
	f := &javaFile{path: path, imports: map[string]string{}}
	p := &jparser{toks: toks, docs: docs, src: src, file: f}
	p.parseFile()
	if p.err != nil {
		return javaFile{}, p.err
	}
	return *f, nil
}

type jparser struct {
	toks  []jtok
	docs  map[int]string
	src   string
	file  *javaFile
	i     int
	err   error
	lines []int // offsets of line starts, built on first use
}

// line returns the 1-based line of byte offset off.
func (p *jparser) line(off int32) int {
	if p.lines == nil {
		p.lines = append(p.lines, 0)
		for i := 0; i < len(p.src); i++ {
			if p.src[i] == '\n' {
				p.lines = append(p.lines, i+1)
			}
		}
	}
	n, _ := slices.BinarySearch(p.lines, int(off)+1)
	return n
}

func (p *jparser) at(i int) jtok {
	if i < len(p.toks) {
		return p.toks[i]
	}
	return jtok{}
}

func (p *jparser) is(i int, s string) bool {
	t := p.at(i)
	return t.kind != 0 && t.kind != jString && t.kind != jChar && t.text == s
}

// skipBalanced returns the index after the bracket closing the one at i.
func (p *jparser) skipBalanced(i int) int {
	open := p.toks[i].text
	var close string
	switch open {
	case "(":
		close = ")"
	case "{":
		close = "}"
	case "[":
		close = "]"
	case "<":
		close = ">"
	default:
		return i + 1
	}
	depth := 0
	for j := i; j < len(p.toks); j++ {
		t := p.toks[j]
		if t.kind != jPunct {
			continue
		}
		switch t.text {
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return j + 1
			}
		}
		if open == "<" && (t.text == ";" || t.text == "{" || t.text == ")") {
			return j // not generics after all: a comparison
		}
	}
	if p.err == nil {
		p.err = fmt.Errorf("%d: unbalanced %q", p.line(p.toks[i].off), open)
	}
	return len(p.toks)
}

// docAt returns the first sentence of the Javadoc before token i (or
// before the annotations that precede it).
func (p *jparser) docAt(i int) string {
	d, ok := p.docs[i]
	if !ok {
		return ""
	}
	var lines []string
	for _, l := range strings.Split(d, "\n") {
		l = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "*"))
		if l == "" || strings.HasPrefix(l, "@") {
			if len(lines) > 0 {
				break
			}
			continue
		}
		lines = append(lines, l)
	}
	s := strings.Join(lines, " ")
	s = stripTags(s)
	if i := strings.Index(s, ". "); i > 0 {
		s = s[:i+1]
	}
	if utf8.RuneCountInString(s) > 120 {
		r := []rune(s)
		s = string(r[:120])
	}
	return strings.TrimSpace(s)
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>' && in:
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

var modifiers = map[string]bool{
	"public": true, "private": true, "protected": true, "static": true, "final": true,
	"abstract": true, "synchronized": true, "default": true, "transient": true,
	"volatile": true, "native": true, "strictfp": true, "sealed": true, "non-sealed": true,
}

func (p *jparser) parseFile() {
	for p.i < len(p.toks) && p.err == nil {
		t := p.toks[p.i]
		switch {
		case t.kind == jIdent && t.text == "package":
			name, j := p.qualified(p.i + 1)
			p.file.pkg = name
			p.i = j
		case t.kind == jIdent && t.text == "import":
			j := p.i + 1
			if p.is(j, "static") {
				j++
			}
			name, k := p.qualified(j)
			if p.is(k, ".") && p.is(k+1, "*") {
				p.file.stars = append(p.file.stars, name)
				k += 2
			} else if name != "" {
				p.file.imports[name[strings.LastIndexByte(name, '.')+1:]] = name
			}
			p.i = k
		case t.kind == jPunct && t.text == ";":
			p.i++
		default:
			if !p.typeDecl(nil) {
				p.i++
			}
		}
	}
}

// qualified reads a dotted name at i.
func (p *jparser) qualified(i int) (string, int) {
	var parts []string
	for {
		t := p.at(i)
		if t.kind != jIdent {
			break
		}
		parts = append(parts, t.text)
		i++
		if !p.is(i, ".") || p.at(i+1).kind != jIdent {
			break
		}
		i++
	}
	return strings.Join(parts, "."), i
}

// annotations reads annotations starting at p.i.
func (p *jparser) annotations() []annotation {
	var as []annotation
	for p.is(p.i, "@") && p.at(p.i+1).kind == jIdent && p.at(p.i+1).text != "interface" {
		name, j := p.qualified(p.i + 1)
		a := annotation{name: name[strings.LastIndexByte(name, '.')+1:], args: map[string][]string{}, exprs: map[string][]jtok{}}
		if p.is(j, "(") {
			end := p.skipBalanced(j)
			p.annotationArgs(&a, j+1, end-1)
			j = end
		}
		as = append(as, a)
		p.i = j
	}
	return as
}

// annotationArgs reads name = value pairs (or one unnamed value) between
// from and to: strings, string arrays, and concatenations of literals.
func (p *jparser) annotationArgs(a *annotation, from, to int) {
	depth := 0
	start := from
	flush := func(end int) {
		if end <= start {
			return
		}
		key := "value"
		s := start
		if p.at(s).kind == jIdent && p.is(s+1, "=") {
			key = p.at(s).text
			s = min(s+2, end) // @A(a= at the end of the text
		}
		a.exprs[key] = p.toks[s:end]
		a.args[key] = append(a.args[key], stringsOf(p.toks[s:end])...)
	}
	for k := from; k < to; k++ {
		t := p.toks[k]
		if t.kind != jPunct {
			continue
		}
		switch t.text {
		case "(", "{", "[":
			depth++
		case ")", "}", "]":
			depth--
		case ",":
			if depth == 0 {
				flush(k)
				start = k + 1
			}
		}
	}
	flush(to)
}

// stringsOf returns the strings an annotation value denotes: each element
// of {"a", "b"}, or the concatenation "a" + "b".
func stringsOf(toks []jtok) []string {
	var out []string
	var cur strings.Builder
	have := false
	for _, t := range toks {
		switch {
		case t.kind == jString:
			cur.WriteString(t.text)
			have = true
		case t.kind == jPunct && t.text == ",":
			if have {
				out = append(out, cur.String())
			}
			cur.Reset()
			have = false
		}
	}
	if have {
		out = append(out, cur.String())
	}
	return out
}

// typeDecl parses a type declaration at p.i if there is one (after
// annotations and modifiers), returning false otherwise with p.i unchanged.
func (p *jparser) typeDecl(outer *jtype) bool {
	start := p.i
	docTok := p.i
	as := p.annotations()
	for p.at(p.i).kind == jIdent && modifiers[p.at(p.i).text] {
		p.i++
	}
	kind := ""
	switch {
	case p.is(p.i, "class"), p.is(p.i, "interface"), p.is(p.i, "enum"), p.is(p.i, "record"):
		kind = p.at(p.i).text
		p.i++
	case p.is(p.i, "@") && p.is(p.i+1, "interface"):
		kind = "annotation"
		p.i += 2
	default:
		p.i = start
		return false
	}
	nameTok := p.at(p.i)
	if nameTok.kind != jIdent {
		p.i = start
		return false
	}
	t := &jtype{file: p.file, name: nameTok.text, kind: kind, annots: as, fields: map[string]*jfield{},
		line: p.line(nameTok.off), doc: p.docAt(docTok)}
	if outer != nil {
		t.fqn = outer.fqn + "." + t.name
	} else if p.file.pkg != "" {
		t.fqn = p.file.pkg + "." + t.name
	} else {
		t.fqn = t.name
	}
	p.i++
	if p.is(p.i, "<") {
		p.i = p.skipBalanced(p.i)
	}
	if p.is(p.i, "(") { // record components
		p.i = p.skipBalanced(p.i)
	}
	for p.i < len(p.toks) && !p.is(p.i, "{") {
		switch {
		case p.is(p.i, "extends"):
			p.i++
			t.extends = p.typeList()
		case p.is(p.i, "implements"):
			p.i++
			t.implements = p.typeList()
		default:
			p.i++ // permits ..., stray tokens
		}
	}
	p.file.types = append(p.file.types, t)
	if p.i >= len(p.toks) {
		return true
	}
	end := p.skipBalanced(p.i)
	p.i++
	if kind == "enum" {
		p.skipEnumConstants(end)
	}
	p.members(t, end-1)
	p.i = end
	return true
}

// typeList reads comma-separated type references up to '{'.
func (p *jparser) typeList() []typeRef {
	var out []typeRef
	for p.i < len(p.toks) && !p.is(p.i, "{") && !p.is(p.i, "implements") && !p.is(p.i, "extends") && !p.is(p.i, "permits") {
		if p.is(p.i, ",") {
			p.i++
			continue
		}
		r, ok := p.typeRef()
		if !ok {
			p.i++
			continue
		}
		out = append(out, r)
	}
	return out
}

// typeRef reads Type, pkg.Type, Type<A, B<C>>, Type[], Type... at p.i.
func (p *jparser) typeRef() (typeRef, bool) {
	if p.is(p.i, "@") { // type annotations
		p.annotations()
	}
	name, j := p.qualified(p.i)
	if name == "" {
		return typeRef{}, false
	}
	r := typeRef{name: name}
	p.i = j
	if p.is(p.i, "<") {
		p.i++
		for p.i < len(p.toks) && !p.is(p.i, ">") {
			if p.is(p.i, ",") || p.is(p.i, "?") || p.is(p.i, "extends") || p.is(p.i, "super") || p.is(p.i, "&") {
				p.i++
				continue
			}
			a, ok := p.typeRef()
			if !ok {
				p.i++
				continue
			}
			r.args = append(r.args, a)
		}
		p.i++ // '>'
	}
	for p.is(p.i, "[") && p.is(p.i+1, "]") {
		p.i += 2
	}
	if p.is(p.i, ".") && p.is(p.i+1, ".") && p.is(p.i+2, ".") {
		p.i += 3
	}
	return r, true
}

func (p *jparser) skipEnumConstants(end int) {
	depth := 0
	for p.i < end {
		t := p.toks[p.i]
		if t.kind == jPunct {
			switch t.text {
			case "(", "{":
				depth++
			case ")", "}":
				depth--
			case ";":
				if depth == 0 {
					p.i++
					return
				}
			}
		}
		p.i++
	}
}

// members parses fields, methods and nested types of t up to index end
// (its closing brace).
func (p *jparser) members(t *jtype, end int) {
	for p.i < end && p.err == nil {
		if p.is(p.i, ";") {
			p.i++
			continue
		}
		if p.is(p.i, "{") { // initializer block
			p.i = p.skipBalanced(p.i)
			continue
		}
		if p.is(p.i, "static") && p.is(p.i+1, "{") {
			p.i = p.skipBalanced(p.i + 1)
			continue
		}
		save := p.i
		if p.typeDecl(t) {
			continue
		}
		p.i = save
		docTok := p.i
		as := p.annotations()
		for p.at(p.i).kind == jIdent && modifiers[p.at(p.i).text] {
			p.i++
		}
		if p.is(p.i, "<") { // generic method type parameters
			p.i = p.skipBalanced(p.i)
		}
		// Constructor: Name(
		if p.at(p.i).kind == jIdent && p.at(p.i).text == t.name && p.is(p.i+1, "(") {
			p.method(t, as, docTok, p.i)
			continue
		}
		typ, ok := p.typeRef()
		if !ok {
			p.i++
			continue
		}
		nameTok := p.at(p.i)
		if nameTok.kind != jIdent {
			p.skipMember(end)
			continue
		}
		if p.is(p.i+1, "(") {
			p.method(t, as, docTok, p.i)
			continue
		}
		// Field(s): Type a = x, b;
		for p.i < end {
			nt := p.at(p.i)
			if nt.kind != jIdent {
				break
			}
			f := &jfield{name: nt.text, typ: typ, annots: as}
			p.i++
			for p.is(p.i, "[") {
				p.i = p.skipBalanced(p.i)
			}
			if p.is(p.i, "=") {
				s := p.i + 1
				p.skipExpr(end)
				f.init = p.toks[s:p.i]
			}
			if _, dup := t.fields[f.name]; !dup {
				t.fieldOrder = append(t.fieldOrder, f.name)
			}
			t.fields[f.name] = f
			if p.is(p.i, ",") {
				p.i++
				continue
			}
			break
		}
		if p.is(p.i, ";") {
			p.i++
		}
	}
}

// skipExpr advances to the ',' or ';' ending an initializer.
func (p *jparser) skipExpr(end int) {
	for p.i < end {
		t := p.toks[p.i]
		if t.kind == jPunct {
			switch t.text {
			case "(", "{", "[":
				p.i = p.skipBalanced(p.i)
				continue
			case ",", ";":
				return
			}
		}
		p.i++
	}
}

func (p *jparser) skipMember(end int) {
	for p.i < end {
		if p.is(p.i, ";") {
			p.i++
			return
		}
		if p.is(p.i, "{") {
			p.i = p.skipBalanced(p.i)
			return
		}
		p.i++
	}
}

// method parses a method or constructor whose name is at nameIdx.
func (p *jparser) method(t *jtype, as []annotation, docTok, nameIdx int) {
	m := &jmethod{owner: t, name: p.toks[nameIdx].text, annots: as, params: map[string]typeRef{},
		line: p.line(p.toks[nameIdx].off), doc: p.docAt(docTok)}
	p.i = nameIdx + 1
	pend := p.skipBalanced(p.i)
	p.params(m, p.i+1, pend-1)
	p.i = pend
	for p.i < len(p.toks) && !p.is(p.i, "{") && !p.is(p.i, ";") {
		if p.is(p.i, "(") { // default value of annotation members, throws clauses are plain
			p.i = p.skipBalanced(p.i)
			continue
		}
		p.i++
	}
	if p.is(p.i, "{") {
		end := p.skipBalanced(p.i)
		m.body = p.toks[p.i+1 : max(p.i+1, end-1)]
		p.i = end
	} else {
		p.i++
	}
	t.methods = append(t.methods, m)
}

// params reads "Type name, final @Ann Type<X> name" between from and to.
func (p *jparser) params(m *jmethod, from, to int) {
	save := p.i
	p.i = from
	for p.i < to {
		p.annotations()
		for p.is(p.i, "final") {
			p.i++
			p.annotations()
		}
		r, ok := p.typeRef()
		if !ok {
			p.i++
			continue
		}
		if p.at(p.i).kind == jIdent && p.i < to {
			m.params[p.at(p.i).text] = r
			p.i++
		}
		for p.i < to && !p.is(p.i, ",") {
			p.i++
		}
		p.i++
	}
	p.i = save
}
