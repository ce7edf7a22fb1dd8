package sqltables

import (
	"slices"
	"strings"
)

// Result is what one SQL text does to tables. All names are normalised
// (see Normalize) and every slice is sorted and free of duplicates, so
// results compare and print deterministically.
type Result struct {
	// Reads are tables named after FROM, JOIN or MERGE ... USING, in any
	// query block of the text, subqueries included.
	Reads []string
	// Writes are targets of INSERT INTO, UPDATE, DELETE [FROM] and MERGE INTO.
	Writes []string
	// Inserts are the Writes that create rows: targets of INSERT INTO,
	// REPLACE INTO and MERGE INTO. Who creates a table's rows owns it;
	// a statement that only updates or deletes changes another's data.
	Inserts []string
	// Joins are the sets of two or more tables one query block combines:
	// the FROM list and JOINs of one SELECT, an UPDATE/DELETE target with
	// its FROM list, or a MERGE target with its USING source.
	Joins [][]string
}

// Filter keeps only the tables in known (normalised names), dropping join
// sets left with fewer than two tables. A nil known returns r unchanged.
func (r Result) Filter(known map[string]bool) Result {
	if known == nil {
		return r
	}
	keep := func(in []string) []string {
		var out []string
		for _, t := range in {
			if known[t] {
				out = append(out, t)
			}
		}
		return out
	}
	out := Result{Reads: keep(r.Reads), Writes: keep(r.Writes), Inserts: keep(r.Inserts)}
	for _, j := range r.Joins {
		if k := keep(j); len(k) >= 2 {
			out.Joins = appendSet(out.Joins, k)
		}
	}
	return out
}

// Normalize turns a table name as written into the form used everywhere in
// cnready: quotes removed, upper-cased, database link and schema dropped.
func Normalize(name string) string {
	name = strings.TrimSpace(name)
	if i := strings.IndexByte(name, '@'); i >= 0 {
		name = name[:i]
	}
	// The last dot outside quotes separates the schema.
	inQ := byte(0)
	last := -1
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case inQ != 0:
			if c == inQ {
				inQ = 0
			}
		case c == '"' || c == '`' || c == '[':
			inQ = c
			if c == '[' {
				inQ = ']'
			}
		case c == '.':
			last = i
		}
	}
	if last >= 0 {
		name = name[last+1:]
	}
	name = strings.Trim(name, "\"`[] \t")
	return strings.ToUpper(name)
}

// Extract reports the tables sql reads and writes. It accepts any text and
// never panics; the error is non-nil when the text looks malformed
// (unterminated quote or comment, unbalanced parentheses), in which case the
// Result still holds everything found.
func Extract(sql string) (Result, error) {
	buf := tokenPool.Get().(*[]Token)
	toks, problem := lexAppend((*buf)[:0], sql, maxTokens)
	// Callers place a statement themselves; its inner line would confuse.
	if _, what, ok := strings.Cut(problem, ": "); ok {
		problem = what
	}
	p := parser{toks: toks}
	p.run()
	*buf = toks[:0]
	tokenPool.Put(buf)
	if problem == "" && p.unbalanced {
		problem = "unbalanced parentheses"
	}
	res := p.result()
	if problem != "" {
		return res, &SyntaxError{Msg: problem}
	}
	return res, nil
}

// maxTokens caps the tokens one statement is read for: no real statement
// comes near it, and a hostile one (megabytes of parentheses) stays within
// tens of megabytes.
const maxTokens = 1 << 18

// maxDepth caps the parenthesis levels the parser keeps a frame for;
// deeper levels are counted, not kept, so memory does not follow nesting.
const maxDepth = 200

// SyntaxError describes SQL text Extract could read only in part.
type SyntaxError struct{ Msg string }

// Error returns the description prefixed with "sql: ".
func (e *SyntaxError) Error() string { return "sql: " + e.Msg }

type state uint8

const (
	stNone        state = iota
	stExpectTable       // next name is a table (FROM, JOIN, ',', USING, INTO, UPDATE, DELETE)
	stAfterTable        // after a table reference: alias, ',', JOIN, ON ...
	stCond              // inside ON/USING join condition
)

type withState uint8

const (
	wNone withState = iota
	wExpectName
	wAfterName
	wAfterAs
	wAfterBody
)

// frame is the parser state of one parenthesis level.
type frame struct {
	st          state
	write       bool // the table expected next is a write target
	create      bool // ... and rows are inserted into it
	fromAllowed bool // SELECT, UPDATE or DELETE seen: FROM starts a table list
	insert      bool // INSERT or MERGE seen and no SELECT since: INTO names a target
	merge       bool // MERGE INTO seen: USING names a source
	deleteStmt  bool // DELETE seen: an optional FROM precedes the target
	fromParen   bool // the child frame was opened where a table was expected
	cteBody     bool // the child frame is a CTE body
	with        withState
	tables      []string // tables of the current query block, for Joins
}

type parser struct {
	toks       []Token
	frames     []frame
	deep       int // levels opened past maxDepth
	reads      []string
	writes     []string
	inserts    []string
	joins      [][]string
	ctes       map[string]bool
	unbalanced bool
}

func (p *parser) top() *frame { return &p.frames[len(p.frames)-1] }

func (p *parser) push() {
	if len(p.frames) >= maxDepth {
		p.deep++
		return
	}
	p.frames = append(p.frames, frame{})
}

func (p *parser) pop() {
	if p.deep > 0 {
		p.deep--
		return
	}
	if len(p.frames) <= 1 {
		p.unbalanced = true
		p.flush(p.top())
		p.frames[0] = frame{}
		return
	}
	f := p.top()
	p.flush(f)
	p.frames = p.frames[:len(p.frames)-1]
	o := p.top()
	if o.fromParen {
		o.fromParen = false
		o.st = stAfterTable
	}
	if o.cteBody {
		o.cteBody = false
		o.with = wAfterBody
	}
}

// flush ends the query block of f, recording its join set.
func (p *parser) flush(f *frame) {
	if len(f.tables) >= 2 {
		set := sortedSet(f.tables)
		if len(set) >= 2 {
			p.joins = append(p.joins, set)
		}
	}
	f.tables = f.tables[:0]
}

func (p *parser) addTable(name string, write, create bool) {
	if name == "" {
		return
	}
	// Names are substrings of the statement text; a copy lets the text go.
	name = strings.Clone(name)
	f := p.top()
	if write {
		p.writes = append(p.writes, name)
		if create {
			p.inserts = append(p.inserts, name)
		}
	} else {
		p.reads = append(p.reads, name)
	}
	f.tables = append(f.tables, name)
}

func (p *parser) peek(i int) *Token {
	if i < len(p.toks) {
		return &p.toks[i]
	}
	return nil
}

func (p *parser) isPunct(i int, s string) bool {
	t := p.peek(i)
	return t != nil && t.Kind == Punct && t.Text == s
}

func (p *parser) isKw(i int, kw string) bool {
	t := p.peek(i)
	return t != nil && t.Kind == Ident && t.Up == kw
}

// readName reads a possibly dotted, possibly quoted name at i, returning the
// normalised table name and the index after it; ok is false when no name
// starts at i.
func (p *parser) readName(i int) (name string, next int, ok bool) {
	t := p.peek(i)
	if t == nil || !(t.Kind == Ident || t.Kind == Quoted) {
		return "", i, false
	}
	last, qual := t.Up, ""
	i++
	for p.isPunct(i, ".") {
		n := p.peek(i + 1)
		if n == nil || !(n.Kind == Ident || n.Kind == Quoted) {
			break
		}
		qual, last = last, n.Up
		i += 2
	}
	if IsSystemTable(qual, last) {
		// A data-dictionary view or pseudo-table: read past it, name no
		// table (information_schema.columns is not the app's COLUMNS).
		last = ""
	}
	// Database link: TB_X@LINK or TB_X@LINK.DOMAIN.
	if p.isPunct(i, "@") {
		i++
		for {
			n := p.peek(i)
			if n == nil || !(n.Kind == Ident || n.Kind == Quoted) {
				break
			}
			i++
			if !p.isPunct(i, ".") {
				break
			}
			i++
		}
	}
	return last, i, true
}

func (p *parser) run() {
	p.frames = append(p.frames, frame{})
	for i := 0; i < len(p.toks); {
		i = p.step(i)
	}
	for len(p.frames) > 1 {
		p.unbalanced = true
		p.pop()
	}
	p.flush(p.top())
}

// step handles the token at i and returns the index of the next one.
func (p *parser) step(i int) int {
	t := &p.toks[i]
	f := p.top()

	// CTE list bookkeeping comes first: WITH a AS (...), b (x) AS (...)
	switch f.with {
	case wExpectName:
		if t.Kind == Ident && t.Up == "RECURSIVE" {
			return i + 1
		}
		if t.Kind == Ident || t.Kind == Quoted {
			if p.ctes == nil {
				p.ctes = map[string]bool{}
			}
			p.ctes[t.Up] = true
			f.with = wAfterName
			return i + 1
		}
		f.with = wNone
	case wAfterName:
		switch {
		case t.Kind == Ident && t.Up == "AS":
			f.with = wAfterAs
			return i + 1
		case t.Kind == Punct && t.Text == "(":
			p.push() // column list
			return i + 1
		}
		f.with = wNone
	case wAfterAs:
		switch {
		case t.Kind == Ident && (t.Up == "MATERIALIZED" || t.Up == "NOT"):
			return i + 1
		case t.Kind == Punct && t.Text == "(":
			f.cteBody = true
			p.push()
			return i + 1
		}
		f.with = wNone
	case wAfterBody:
		f.with = wNone
		if t.Kind == Punct && t.Text == "," {
			f.with = wExpectName
			return i + 1
		}
	}

	switch t.Kind {
	case Punct:
		return p.punct(i, t, f)
	case Ident, Quoted:
		if t.Kind == Ident && reserved[t.Up] {
			return p.keyword(i, t, f)
		}
		return p.name(i, f)
	case Param:
		if f.st == stExpectTable {
			// ${tableName}: a table chosen at run time; unknown.
			f.st = stAfterTable
			f.write = false
		}
		return i + 1
	default:
		if f.st == stExpectTable {
			f.st = stNone
		}
		return i + 1
	}
}

func (p *parser) punct(i int, t *Token, f *frame) int {
	switch t.Text {
	case "(":
		if f.st == stExpectTable {
			f.fromParen = true
			f.write = false
		}
		p.push()
	case ")":
		p.pop()
	case ",":
		if f.st == stAfterTable {
			f.st = stExpectTable
			f.write = false
		} else if f.st == stCond {
			f.st = stExpectTable
		}
	case ";":
		// A new statement: the top frame starts over.
		for len(p.frames) > 1 {
			p.unbalanced = true
			p.pop()
		}
		p.flush(p.top())
		p.frames[0] = frame{}
	}
	return i + 1
}

// name handles an identifier that is not a reserved word.
func (p *parser) name(i int, f *frame) int {
	switch f.st {
	case stExpectTable:
		name, next, _ := p.readName(i)
		if n := p.peek(next); n != nil && n.Kind == Param && n.Off == p.toks[next-1].Off+len(p.toks[next-1].Text) {
			// TB_LOG_${yyyymm}: a name completed at run time; unknown.
			f.st = stAfterTable
			f.write = false
			return next + 1
		}
		if p.isPunct(next, "(") && !f.write {
			// TABLE(...), XMLTABLE(...), a table function: no table here.
			f.st = stAfterTable
			f.write = false
			return next
		}
		p.addTable(name, f.write, f.write && f.create)
		f.st = stAfterTable
		f.write, f.create = false, false
		return next
	case stAfterTable:
		// An alias; a second bare word would be odd but harmless.
		return i + 1
	}
	return i + 1
}

// keyword handles a reserved word.
func (p *parser) keyword(i int, t *Token, f *frame) int {
	kw := t.Up
	prev := ""
	if i > 0 && p.toks[i-1].Kind == Ident {
		prev = p.toks[i-1].Up
	}
	// A reserved word used as a function name: LEFT(x, 3), REPLACE(...).
	if p.isPunct(i+1, "(") && functionLike[kw] {
		if f.st == stExpectTable {
			f.st = stAfterTable
		}
		return i + 1
	}
	switch kw {
	case "SELECT":
		f.fromAllowed = true
		f.insert = false
		f.merge = false
		f.st = stNone
		return i + 1
	case "FROM":
		if f.deleteStmt && f.st == stExpectTable {
			return i + 1 // DELETE FROM target
		}
		if f.fromAllowed {
			f.st = stExpectTable
			f.write = false
			return i + 1
		}
		f.st = stNone
		return i + 1
	case "JOIN", "STRAIGHT_JOIN":
		if f.st == stAfterTable || f.st == stCond || f.st == stNone && f.fromAllowed {
			f.st = stExpectTable
			f.write = false
		}
		return i + 1
	case "LEFT", "RIGHT", "FULL", "INNER", "OUTER", "CROSS", "NATURAL", "AS", "LATERAL", "ONLY",
		"PARTITION", "PIVOT", "UNPIVOT", "SAMPLE", "SEED", "APPLY", "NOLOCK", "TABLESAMPLE":
		return i + 1
	case "ON":
		if f.st == stAfterTable || f.st == stCond {
			f.st = stCond
			f.merge = false
			return i + 1
		}
		// ON in MERGE: the USING part ended.
		f.merge = false
		return i + 1
	case "USING":
		if f.merge {
			f.st = stExpectTable
			f.write = false
			return i + 1
		}
		if f.st == stAfterTable {
			f.st = stCond
		}
		return i + 1
	case "INSERT":
		f.insert = true
		f.st = stNone
		return i + 1
	case "REPLACE", "UPSERT":
		if prev == "" || prev == "THEN" {
			f.insert = true
		}
		return i + 1
	case "MERGE":
		f.insert = true
		f.merge = true
		f.fromAllowed = true
		f.st = stNone
		return i + 1
	case "INTO":
		if f.insert {
			f.st = stExpectTable
			f.write, f.create = true, true
		} else {
			f.st = stNone // SELECT ... INTO variables
		}
		return i + 1
	case "UPDATE":
		if prev == "FOR" || prev == "KEY" || prev == "THEN" || prev == "DO" {
			f.st = stNone
			return i + 1
		}
		p.flush(f)
		f.fromAllowed = true
		f.st = stExpectTable
		f.write, f.create = true, false
		return i + 1
	case "DELETE":
		if prev == "THEN" || p.isKw(i+1, "WHERE") {
			f.st = stNone
			return i + 1
		}
		p.flush(f)
		f.fromAllowed = true
		f.deleteStmt = true
		f.st = stExpectTable
		f.write, f.create = true, false
		return i + 1
	case "WITH":
		if p.cteAhead(i + 1) {
			f.with = wExpectName
			f.st = stNone
			return i + 1
		}
		f.st = stNone
		return i + 1
	case "UNION", "INTERSECT", "MINUS", "EXCEPT":
		p.flush(f)
		f.st = stNone
		return i + 1
	case "VALUES", "SET", "WHERE":
		f.deleteStmt = false
		f.st = stNone
		return i + 1
	}
	if f.st == stExpectTable {
		// A keyword where a table should be (FROM WHERE after a ${} was
		// dropped): give up on this list.
		f.st = stNone
		f.write = false
		return i
	}
	if f.st == stAfterTable || f.st == stCond {
		f.st = stNone
	}
	return i + 1
}

// cteAhead reports whether tokens at i look like a CTE list:
// [RECURSIVE] name [(...)] AS (
func (p *parser) cteAhead(i int) bool {
	if p.isKw(i, "RECURSIVE") {
		i++
	}
	t := p.peek(i)
	if t == nil || !(t.Kind == Ident && !reserved[t.Up] || t.Kind == Quoted) {
		return false
	}
	i++
	if p.isPunct(i, "(") {
		return true
	}
	return p.isKw(i, "AS")
}

func (p *parser) result() Result {
	drop := func(in []string) []string {
		out := in[:0]
		for _, t := range in {
			if !p.ctes[t] {
				out = append(out, t)
			}
		}
		return sortedSet(out)
	}
	r := Result{Reads: drop(p.reads), Writes: drop(p.writes), Inserts: drop(p.inserts)}
	for _, j := range p.joins {
		if k := drop(j); len(k) >= 2 {
			r.Joins = appendSet(r.Joins, k)
		}
	}
	slices.SortFunc(r.Joins, func(a, b []string) int { return slices.Compare(a, b) })
	return r
}

func sortedSet(in []string) []string {
	if len(in) == 0 {
		return nil
	}
	out := slices.Clone(in)
	slices.Sort(out)
	return slices.Compact(out)
}

func appendSet(sets [][]string, s []string) [][]string {
	for _, have := range sets {
		if slices.Equal(have, s) {
			return sets
		}
	}
	return append(sets, s)
}

// functionLike are reserved words that are also function names when a
// parenthesis follows.
var functionLike = map[string]bool{
	"LEFT": true, "RIGHT": true, "REPLACE": true, "TABLE": true, "XMLTABLE": true,
	"JSON_TABLE": true, "UNNEST": true, "IF": true, "CAST": true,
}

// reserved are words never taken as a table name or alias; most drive the
// state machine, the rest end a FROM list.
var reserved = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
SELECT FROM WHERE JOIN STRAIGHT_JOIN ON USING AS LEFT RIGHT FULL INNER OUTER CROSS NATURAL
LATERAL ONLY PARTITION PIVOT UNPIVOT SAMPLE SEED APPLY NOLOCK TABLESAMPLE
GROUP ORDER BY HAVING UNION ALL INTERSECT MINUS EXCEPT CONNECT START WITH PRIOR NOCYCLE
LIMIT OFFSET FETCH FOR SET VALUES VALUE INTO WHEN THEN ELSE END CASE AND OR NOT IN EXISTS
IS NULL LIKE BETWEEN INSERT UPDATE DELETE MERGE REPLACE UPSERT MATCHED RETURNING RETURN
WINDOW MODEL QUALIFY DISTINCT UNIQUE TOP CREATE DROP ALTER TRUNCATE TABLE VIEW INDEX
BEGIN DECLARE CALL EXEC EXECUTE IF LOOP WHILE COMMIT ROLLBACK ESCAPE ASC DESC NULLS FIRST
LAST ROWS ROW NEXT DUPLICATE KEY DO NOTHING CONFLICT IGNORE LOW_PRIORITY DELAYED
HIGH_PRIORITY SQL_CALC_FOUND_ROWS RECURSIVE SIBLINGS WAIT NOWAIT SKIP LOCKED OF
CAST XMLTABLE JSON_TABLE UNNEST DEFAULT OVER
`) {
		reserved[w] = true
	}
}
