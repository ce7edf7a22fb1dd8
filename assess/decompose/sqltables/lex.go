// Package sqltables finds the tables one SQL statement reads and writes,
// without a SQL grammar: a tolerant tokenizer plus a small state machine per
// parenthesis level. Grammar parsers built for one dialect reject Oracle and
// Tibero syntax ((+) outer joins, CONNECT BY, MERGE, hints) and the MyBatis
// and iBATIS remnants left in mapper text, so this package reads only what
// it needs: the names after FROM, JOIN, INTO, UPDATE, DELETE, MERGE INTO and
// USING, the comma lists of FROM clauses, CTE names to leave out, and which
// tables one query block joins.
//
// Names are normalised by Normalize: upper-cased, quotes removed, a database
// link (@LINK) dropped and the schema prefix stripped, so SCH.TB_X, tb_x and
// "TB_X" are all TB_X. Stripping the schema is deliberate: mappers of the
// same system usually mix qualified and unqualified names (synonyms), and
// DDL files are read with the same rule, so the two sides meet.
package sqltables

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a Token.
type Kind uint8

// Token kinds.
const (
	Ident  Kind = iota + 1 // bare identifier or keyword; Up holds it upper-cased
	Quoted                 // "quoted" or `quoted` identifier; Up holds the content upper-cased
	String                 // 'string literal'
	Number                 // numeric literal
	Param                  // ?, #{x}, ${x}, #x#, $x$
	Punct                  // any other single character, or (+)
)

// Token is one lexical unit of SQL text.
type Token struct {
	Kind Kind
	// Text is the token as written (for Quoted, without the quotes).
	Text string
	// Up is Text upper-cased for Ident and Quoted tokens.
	Up string
	// Off is the byte offset of the token in the input.
	Off int
}

// dynamicTags are the MyBatis 3 and iBATIS 2 element names that may be left
// as text inside SQL taken from a mapper; the lexer skips their markup.
var dynamicTags = map[string]bool{
	"if": true, "foreach": true, "where": true, "set": true, "trim": true,
	"choose": true, "when": true, "otherwise": true, "bind": true, "include": true,
	"property": true, "selectkey": true, "sql": true, "select": true, "insert": true,
	"update": true, "delete": true, "statement": true, "procedure": true,
	"dynamic": true, "iterate": true, "isempty": true, "isnotempty": true,
	"isnull": true, "isnotnull": true, "isequal": true, "isnotequal": true,
	"isgreaterthan": true, "isgreaterequal": true, "islessthan": true,
	"islessequal": true, "ispropertyavailable": true, "isnotpropertyavailable": true,
	"isparameterpresent": true, "isnotparameterpresent": true,
}

// Lex splits sql into tokens. It skips comments (hints included), markup of
// MyBatis/iBATIS dynamic tags, CDATA markers and XML entities, and turns
// placeholders into Param tokens. It never fails: unterminated quotes or
// comments run to the end of the input and are reported by the second
// result, a description of the first such problem ("line N: ...") or "".
func Lex(sql string) ([]Token, string) {
	return lexAppend(make([]Token, 0, len(sql)/6+4), sql, -1)
}

// lexAppend is Lex appending to toks, so callers can reuse a buffer. With
// limit >= 0 it stops after limit tokens; the problem then says so.
func lexAppend(toks []Token, sql string, limit int) ([]Token, string) {
	l := NewLexer(sql)
	for {
		if limit >= 0 && len(toks) >= limit {
			if _, more := l.Next(); more && l.problem == "" {
				l.report(l.i, "statement too long: read its first "+strconv.Itoa(limit)+" tokens")
			}
			break
		}
		t, ok := l.Next()
		if !ok {
			break
		}
		toks = append(toks, t)
	}
	return toks, l.problem
}

// Lexer reads the tokens of a text one at a time, so a long script is never
// held as tokens all at once: memory stays linear in the text, whatever it
// holds (a file of twenty million parentheses included).
type Lexer struct {
	src     string
	i       int
	problem string
}

// NewLexer returns a Lexer over sql.
func NewLexer(sql string) *Lexer { return &Lexer{src: sql} }

// Problem describes the first unterminated quote, comment or placeholder
// met so far ("line N: what"), or "".
func (l *Lexer) Problem() string { return l.problem }

// report keeps the first problem with the line it starts on: callers must
// say where a script is broken, not only that it is.
func (l *Lexer) report(off int, what string) {
	if l.problem == "" {
		l.problem = "line " + strconv.Itoa(1+strings.Count(l.src[:off], "\n")) + ": " + what
	}
}

// Next returns the next token, or false at the end of the text.
func (l *Lexer) Next() (Token, bool) {
	sql := l.src
	n := len(sql)
	i := l.i
	defer func() { l.i = i }()
	for i < n {
		c := sql[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c == '-' && i+1 < n && sql[i+1] == '-':
			j := strings.IndexByte(sql[i:], '\n')
			if j < 0 {
				i = n
			} else {
				i += j + 1
			}
		case c == '/' && i+1 < n && sql[i+1] == '*':
			j := strings.Index(sql[i+2:], "*/")
			if j < 0 {
				l.report(i, "unterminated comment")
				i = n
			} else {
				i += j + 4
			}
		case c == '\'':
			start := i
			i++
			closed := false
			for i < n {
				if sql[i] == '\'' {
					if i+1 < n && sql[i+1] == '\'' {
						i += 2
						continue
					}
					i++
					closed = true
					break
				}
				i++
			}
			if !closed {
				l.report(start, "unterminated string literal")
			}
			return Token{Kind: String, Text: sql[start:i], Off: start}, true
		case c == '"' || c == '`':
			start := i
			j := strings.IndexByte(sql[i+1:], c)
			var text string
			if j < 0 {
				l.report(start, "unterminated quoted identifier")
				text = sql[i+1:]
				i = n
			} else {
				text = sql[i+1 : i+1+j]
				i += j + 2
			}
			return Token{Kind: Quoted, Text: text, Up: strings.ToUpper(text), Off: start}, true
		case c == '[' && bracketIdent(sql, i) > i:
			// SQL Server [quoted] identifier.
			j := bracketIdent(sql, i)
			text := sql[i+1 : j-1]
			start := i
			i = j
			return Token{Kind: Quoted, Text: text, Up: strings.ToUpper(text), Off: start}, true
		case c == '<':
			if j := skipMarkup(sql, i); j > i {
				i = j
				continue
			}
			i++
			return Token{Kind: Punct, Text: "<", Off: i - 1}, true
		case c == ']' && strings.HasPrefix(sql[i:], "]]>"):
			i += 3
		case c == '&':
			// XML entities left in raw mapper text: &lt; &gt; &amp; &#60;
			start := i
			j := i + 1
			for j < n && j-i < 10 && (isASCIIAlnum(sql[j]) || sql[j] == '#') {
				j++
			}
			if j < n && sql[j] == ';' && j > i+1 {
				i = j + 1
			} else {
				i++
			}
			return Token{Kind: Punct, Text: "&", Off: start}, true
		case (c == '#' || c == '$') && i+1 < n && sql[i+1] == '{':
			j := strings.IndexByte(sql[i+2:], '}')
			start := i
			if j < 0 {
				l.report(start, "unterminated placeholder")
				i = n
			} else {
				i += j + 3
			}
			return Token{Kind: Param, Text: sql[start:i], Off: start}, true
		case c == '#' || c == '$':
			// iBATIS #name# / $name$ (also #name:VARCHAR#, #list[]#).
			start := i
			if j := inlineParam(sql, i); j > i {
				i = j
				return Token{Kind: Param, Text: sql[start:j], Off: start}, true
			}
			i++
			return Token{Kind: Punct, Text: sql[start : start+1], Off: start}, true
		case c == '?':
			i++
			return Token{Kind: Param, Text: "?", Off: i - 1}, true
		case c == '(' && strings.HasPrefix(sql[i:], "(+)"):
			i += 3
			return Token{Kind: Punct, Text: "(+)", Off: i - 3}, true
		case c >= '0' && c <= '9' || c == '.' && i+1 < n && sql[i+1] >= '0' && sql[i+1] <= '9':
			start := i
			for i < n && (isASCIIAlnum(sql[i]) || sql[i] == '.') {
				i++
			}
			return Token{Kind: Number, Text: sql[start:i], Off: start}, true
		case c < utf8.RuneSelf:
			start := i
			if isIdentStart(rune(c)) {
				i = identEnd(sql, i)
				t := sql[start:i]
				return Token{Kind: Ident, Text: t, Up: upper(t), Off: start}, true
			}
			i++
			return Token{Kind: Punct, Text: sql[start:i], Off: start}, true
		default:
			r, size := utf8.DecodeRuneInString(sql[i:])
			if isIdentStart(r) {
				start := i
				i = identEnd(sql, i)
				t := sql[start:i]
				return Token{Kind: Ident, Text: t, Up: upper(t), Off: start}, true
			}
			// Other symbols (full-width punctuation, invalid bytes): skip.
			i += size
		}
	}
	return Token{}, false
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

func isIdentStart(r rune) bool {
	return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsLetter(r)
}

// identEnd returns the end of the identifier starting at i. Oracle allows $
// and # inside names (V$SESSION); a # or $ that closes an iBATIS parameter
// cannot occur here because parameters start with them.
func identEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if isASCIIAlnum(c) || (c == '$' || c == '#') && !(i+1 < len(s) && s[i+1] == '{') {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// upper upper-cases ASCII identifiers without allocating when they already
// are, which is the common case in Oracle-style mappers.
func upper(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= utf8.RuneSelf {
			return strings.ToUpper(s)
		}
	}
	return s
}

// inlineParam returns the end of an iBATIS inline parameter #x# or $x$
// starting at i, or i when there is none there.
func inlineParam(s string, i int) int {
	delim := s[i]
	j := i + 1
	if j >= len(s) || !(isASCIIAlnum(s[j]) || s[j] >= utf8.RuneSelf) {
		return i
	}
	for j < len(s) && j-i < 200 {
		c := s[j]
		switch {
		case c == delim:
			return j + 1
		case isASCIIAlnum(c) || c == '.' || c == '[' || c == ']' || c == ':' || c == ',' || c == '=' || c == ' ' && delim == '#':
			j++
		case c >= utf8.RuneSelf:
			j++
		default:
			return i
		}
	}
	return i
}

// bracketIdent returns the end of a [name] identifier starting at i, or i
// when the bracket is something else (an array subscript of digits).
func bracketIdent(s string, i int) int {
	j := i + 1
	letter := false
	for j < len(s) && j-i < 130 {
		c := s[j]
		switch {
		case c == ']':
			if !letter {
				return i
			}
			return j + 1
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= utf8.RuneSelf:
			letter = true
		case c >= '0' && c <= '9' || c == ' ' || c == '$' || c == '#' || c == '-':
		default:
			return i
		}
		j++
	}
	return i
}

// skipMarkup returns the end of a dynamic-SQL tag, CDATA opener or XML
// comment starting at s[i] == '<', or i when the '<' is an operator.
func skipMarkup(s string, i int) int {
	rest := s[i:]
	if strings.HasPrefix(rest, "<![CDATA[") {
		return i + len("<![CDATA[")
	}
	if strings.HasPrefix(rest, "<!--") {
		if j := strings.Index(rest[4:], "-->"); j >= 0 {
			return i + 4 + j + 3
		}
		return len(s)
	}
	j := 1
	if j < len(rest) && rest[j] == '/' {
		j++
	}
	k := j
	for k < len(rest) && (isASCIIAlnum(rest[k]) || rest[k] == '-' || rest[k] == ':') {
		k++
	}
	if k == j || !dynamicTags[strings.ToLower(rest[j:k])] {
		return i
	}
	if k < len(rest) && !(rest[k] == '>' || rest[k] == '/' || rest[k] == ' ' || rest[k] == '\t' || rest[k] == '\n' || rest[k] == '\r') {
		return i
	}
	// Attributes may hold '>' inside quotes: test="a > b".
	var quote byte
	for k < len(rest) {
		c := rest[k]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i + k + 1
		}
		k++
	}
	// A dynamic tag that never closes runs to the end of the text, as it
	// would in XML. Returning i instead made every later "<if" rescan to
	// the end: quadratic (100 KB of `<if test="` took 0.4 s).
	return len(s)
}

// tokenPool recycles token buffers between Extract calls: a large system
// has tens of thousands of statements and the tokens never outlive one.
var tokenPool = sync.Pool{New: func() any { b := make([]Token, 0, 256); return &b }}
