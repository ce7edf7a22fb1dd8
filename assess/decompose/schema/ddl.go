// Package schema reads table definitions for the decomposer: DDL scripts
// (CREATE TABLE with inline and out-of-line keys, ALTER TABLE ... FOREIGN
// KEY, COMMENT ON TABLE, MySQL COMMENT= options) and table-definition
// spreadsheets exported as CSV (테이블 정의서). Table names are normalised
// with sqltables.Normalize, so they meet the names found in SQL.
package schema

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/decompose/sqltables"
)

// ParseDDL reads a DDL script. name labels Table.Source and problems. It
// never fails as a whole: statements it cannot read are skipped and
// described in problems as "name:line: message". Tables appear in the
// order they are first created; comments and references gathered from any
// statement of the script are merged into them.
func ParseDDL(name, text string) (tables []decompose.Table, problems []string) {
	s := Parse(name, text)
	return s.Tables, s.Problems
}

// Schema is what one DDL script defines.
type Schema struct {
	Tables []decompose.Table
	// Views maps each view (CREATE [OR REPLACE] [FORCE] VIEW v AS SELECT
	// ...) to the tables and views its query reads, so SQL reading the
	// view can be charged to them.
	Views    map[string][]string
	Problems []string
}

// maxStatementTokens caps the tokens one DDL statement is read for. A real
// CREATE TABLE has a few thousand; past the cap the statement is skipped
// and reported, so a script of twenty million parentheses costs no more
// memory than its text.
const maxStatementTokens = 1 << 18

// Parse reads a DDL script like ParseDDL and also returns its views. It
// reads one statement at a time: memory follows the longest statement,
// not the script.
func Parse(name, text string) Schema {
	b := &builder{name: name, text: text, index: map[string]int{}, views: map[string][]string{}}
	lx := sqltables.NewLexer(text)
	// Split into statements at ';' and at a line holding only '/'
	// (SQL*Plus), which the lexer returns as a "/" token.
	var stmt []sqltables.Token
	tooLong := false
	for {
		t, ok := lx.Next()
		if !ok || t.Kind == kPunct && (t.Text == ";" || t.Text == "/" && aloneOnLine(text, t.Off)) {
			if tooLong {
				b.problem(stmt[0], "statement longer than %d tokens skipped", maxStatementTokens)
			} else if len(stmt) > 0 {
				b.statement(stmt)
			}
			stmt, tooLong = stmt[:0], false
			if !ok {
				break
			}
			continue
		}
		if tooLong {
			continue
		}
		if len(stmt) >= maxStatementTokens {
			tooLong = true
			stmt = stmt[:1] // keep where it starts, for the problem
			continue
		}
		stmt = append(stmt, t)
	}
	var problems []string
	if p := lx.Problem(); p != "" {
		// The lexer says "line N: what"; problems read "name:N: what".
		problems = append(problems, fmt.Sprintf("%s:%s", name, strings.TrimPrefix(p, "line ")))
	}
	for i := range b.tables {
		t := &b.tables[i]
		slices.Sort(t.References)
		t.References = slices.Compact(t.References)
		pk := b.pk[t.Name]
		for _, fk := range b.fks[t.Name] {
			if fk.cascade || len(fk.cols) > 0 && len(pk) > 0 && subset(fk.cols, pk) {
				t.Identifying = append(t.Identifying, fk.ref)
			}
		}
		slices.Sort(t.Identifying)
		t.Identifying = slices.Compact(t.Identifying)
	}
	return Schema{Tables: b.tables, Views: b.views, Problems: append(problems, b.problems...)}
}

// Token kinds, named locally for brevity.
const (
	kIdent  = sqltables.Ident
	kQuoted = sqltables.Quoted
	kString = sqltables.String
	kPunct  = sqltables.Punct
)

func aloneOnLine(text string, off int) bool {
	i := off - 1
	for i >= 0 && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r') {
		i--
	}
	if i >= 0 && text[i] != '\n' {
		return false
	}
	j := off + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	return j >= len(text) || text[j] == '\n'
}

type builder struct {
	name string
	text string
	// lineOff and lineNo cache the last line lookup: statements come in
	// order, so counting on from there keeps line numbers linear.
	lineOff, lineNo int
	tables          []decompose.Table
	index           map[string]int
	views           map[string][]string
	problems        []string
	// pk are each table's primary-key columns and fks its foreign keys,
	// kept to tell identifying references once the script is read (a
	// key may be added after the reference).
	pk  map[string][]string
	fks map[string][]foreignKey
}

// foreignKey is one reference with its columns.
type foreignKey struct {
	cols    []string
	ref     string
	cascade bool // ON DELETE CASCADE
}

// subset reports whether every one of a is in b.
func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// maxKeyColumns caps the columns a key is read with: no real key comes
// near it, and a hostile script cannot grow memory through one.
const maxKeyColumns = 64

// columnList reads (a, b, c) starting at toks[open], which must be "(":
// the names, and the index after the ")"; nil when it is no list.
func columnList(toks []sqltables.Token, open int) ([]string, int) {
	if open >= len(toks) || !(toks[open].Kind == kPunct && toks[open].Text == "(") {
		return nil, open
	}
	end := matching(toks, open)
	if end < 0 {
		return nil, open
	}
	var cols []string
	for i := open + 1; i < end && len(cols) < maxKeyColumns; i++ {
		first := i == open+1 || toks[i-1].Kind == kPunct && toks[i-1].Text == ","
		if first && (toks[i].Kind == kIdent || toks[i].Kind == kQuoted) {
			if c, _, ok := name(toks, i); ok && c != "" {
				cols = append(cols, c)
			}
		}
	}
	return cols, end + 1
}

// cascades reports whether ON DELETE CASCADE follows in toks.
func cascades(toks []sqltables.Token) bool {
	for k := 0; k+2 < len(toks); k++ {
		if isKw(toks[k], "ON") && isKw(toks[k+1], "DELETE") && isKw(toks[k+2], "CASCADE") {
			return true
		}
	}
	return false
}

// keys reads the primary and foreign keys one table element or ALTER
// TABLE clause declares for table; col is the column an inline
// definition declares ("" for a constraint).
func (b *builder) keys(table, col string, toks []sqltables.Token) {
	if b.pk == nil {
		b.pk, b.fks = map[string][]string{}, map[string][]foreignKey{}
	}
	for k := 0; k < len(toks); k++ {
		switch {
		case k+1 < len(toks) && isKw(toks[k], "PRIMARY") && isKw(toks[k+1], "KEY"):
			cols, _ := columnList(toks, k+2)
			if cols == nil && col != "" {
				cols = []string{col}
			}
			if cols != nil && b.pk[table] == nil {
				b.pk[table] = cols
			}
		case k+1 < len(toks) && isKw(toks[k], "FOREIGN") && isKw(toks[k+1], "KEY"):
			cols, next := columnList(toks, k+2)
			if next < len(toks) && isKw(toks[next], "REFERENCES") {
				if ref, _, ok := name(toks, next+1); ok && ref != "" && ref != table {
					b.fks[table] = append(b.fks[table], foreignKey{cols, ref, cascades(toks[next:])})
				}
				k = next
			}
		case isKw(toks[k], "REFERENCES") && col != "":
			if ref, _, ok := name(toks, k+1); ok && ref != "" && ref != table {
				b.fks[table] = append(b.fks[table], foreignKey{[]string{col}, ref, cascades(toks[k:])})
			}
		}
	}
}

func (b *builder) line(off int) int {
	off = min(max(off, 0), len(b.text))
	if off < b.lineOff {
		b.lineOff, b.lineNo = 0, 0
	}
	b.lineNo += strings.Count(b.text[b.lineOff:off], "\n")
	b.lineOff = off
	return b.lineNo + 1
}

func (b *builder) problem(t sqltables.Token, format string, args ...any) {
	b.problems = append(b.problems, fmt.Sprintf("%s:%d: %s", b.name, b.line(t.Off), fmt.Sprintf(format, args...)))
}

func (b *builder) table(name string, off int) *decompose.Table {
	if i, ok := b.index[name]; ok {
		return &b.tables[i]
	}
	b.index[name] = len(b.tables)
	b.tables = append(b.tables, decompose.Table{Name: name, Source: fmt.Sprintf("%s:%d", b.name, b.line(off))})
	return &b.tables[len(b.tables)-1]
}

func isKw(t sqltables.Token, kw string) bool { return t.Kind == kIdent && t.Up == kw }

// name reads a dotted, possibly quoted name at toks[i].
func name(toks []sqltables.Token, i int) (string, int, bool) {
	if i >= len(toks) || !(toks[i].Kind == kIdent || toks[i].Kind == kQuoted) {
		return "", i, false
	}
	last := toks[i].Up
	i++
	for i+1 < len(toks) && toks[i].Kind == kPunct && toks[i].Text == "." && (toks[i+1].Kind == kIdent || toks[i+1].Kind == kQuoted) {
		last = toks[i+1].Up
		i += 2
	}
	n := sqltables.Normalize(`"` + last + `"`)
	// A quoted empty identifier ("") names nothing.
	return n, i, n != ""
}

// statement dispatches one DDL statement.
func (b *builder) statement(toks []sqltables.Token) {
	i := 0
	if !isKw(toks[0], "CREATE") && !isKw(toks[0], "ALTER") && !isKw(toks[0], "COMMENT") {
		return
	}
	switch {
	case isKw(toks[0], "COMMENT"):
		b.comment(toks)
		return
	case isKw(toks[0], "ALTER"):
		if len(toks) > 2 && isKw(toks[1], "TABLE") {
			b.alter(toks)
		}
		return
	}
	// CREATE [OR REPLACE] [GLOBAL TEMPORARY|...] TABLE [IF NOT EXISTS] name,
	// or CREATE [OR REPLACE] [FORCE] [ALGORITHM=x DEFINER=y ...] VIEW name.
	for i = 1; i < len(toks) && i < 40; i++ {
		if toks[i].Kind != kIdent {
			continue
		}
		switch toks[i].Up {
		case "TABLE":
		case "VIEW":
			b.view(toks, i+1)
			return
		case "INDEX", "SEQUENCE", "PROCEDURE", "FUNCTION", "TRIGGER", "SYNONYM", "PACKAGE", "TYPE",
			"USER", "TABLESPACE", "ROLE", "DATABASE", "SCHEMA", "DIRECTORY", "LIBRARY", "EVENT", "AS":
			return
		default:
			continue
		}
		break
	}
	if i >= len(toks) || !isKw(toks[i], "TABLE") {
		return
	}
	i++
	if i+2 < len(toks) && isKw(toks[i], "IF") && isKw(toks[i+1], "NOT") && isKw(toks[i+2], "EXISTS") {
		i += 3
	}
	tname, j, ok := name(toks, i)
	if !ok || tname == "" {
		b.problem(toks[0], "CREATE TABLE without a table name")
		return
	}
	t := b.table(tname, toks[0].Off)
	i = j
	if i >= len(toks) || !(toks[i].Kind == kPunct && toks[i].Text == "(") {
		// CREATE TABLE x AS SELECT ...: no column list to read.
		return
	}
	end := matching(toks, i)
	if end < 0 {
		b.problem(toks[i], "unbalanced parentheses in CREATE TABLE %s", tname)
		end = len(toks)
	}
	// Column and constraint definitions: split at depth-1 commas.
	depth := 0
	from := i + 1
	for k := i + 1; k < end; k++ {
		switch {
		case toks[k].Kind == kPunct && toks[k].Text == "(":
			depth++
		case toks[k].Kind == kPunct && toks[k].Text == ")":
			depth--
		case depth == 0 && toks[k].Kind == kPunct && toks[k].Text == ",":
			b.element(t, toks[from:k])
			from = k + 1
		}
	}
	if from < end {
		b.element(t, toks[from:end])
	}
	// Table options after the column list: MySQL COMMENT='...' or
	// COMMENT '...'; Oracle storage clauses are skipped.
	for k := end + 1; k < len(toks); k++ {
		if isKw(toks[k], "COMMENT") {
			n := k + 1
			if n < len(toks) && toks[n].Kind == kPunct && toks[n].Text == "=" {
				n++
			}
			if n < len(toks) && toks[n].Kind == kString {
				t.Comment = unquote(toks[n].Text)
			}
		}
	}
}

// view reads CREATE ... VIEW name [(cols)] AS query.
func (b *builder) view(toks []sqltables.Token, i int) {
	if i+2 < len(toks) && isKw(toks[i], "IF") && isKw(toks[i+1], "NOT") && isKw(toks[i+2], "EXISTS") {
		i += 3
	}
	vname, j, ok := name(toks, i)
	if !ok || vname == "" {
		return
	}
	for j < len(toks) && !isKw(toks[j], "AS") {
		if toks[j].Kind == kPunct && toks[j].Text == "(" {
			if k := matching(toks, j); k > j {
				j = k
			}
		}
		j++
	}
	if j+1 >= len(toks) {
		return
	}
	query := b.text[toks[j+1].Off:]
	if last := toks[len(toks)-1]; last.Off+len(last.Text) <= len(b.text) {
		query = b.text[toks[j+1].Off : last.Off+len(last.Text)]
	}
	res, _ := sqltables.Extract(query)
	var bases []string
	for _, t := range res.Reads {
		if t != vname {
			bases = append(bases, t)
		}
	}
	b.views[vname] = bases
}

// element reads one column or constraint definition for REFERENCES and
// keys.
func (b *builder) element(t *decompose.Table, toks []sqltables.Token) {
	for k := 0; k < len(toks); k++ {
		if isKw(toks[k], "REFERENCES") {
			if ref, _, ok := name(toks, k+1); ok && ref != "" && ref != t.Name {
				t.References = append(t.References, ref)
			}
		}
	}
	if len(toks) == 0 {
		return
	}
	col := ""
	if first := toks[0]; first.Kind == kQuoted || first.Kind == kIdent && !constraintWords[first.Up] {
		col, _, _ = name(toks, 0)
	}
	b.keys(t.Name, col, toks)
}

// constraintWords start a table element that is not a column.
var constraintWords = map[string]bool{
	"CONSTRAINT": true, "PRIMARY": true, "KEY": true, "INDEX": true, "UNIQUE": true, "FOREIGN": true,
	"CHECK": true, "FULLTEXT": true, "SPATIAL": true, "LIKE": true, "PERIOD": true, "EXCLUDE": true,
}

// alter reads ALTER TABLE x ADD [CONSTRAINT c] FOREIGN KEY (...) REFERENCES y.
func (b *builder) alter(toks []sqltables.Token) {
	i := 2
	if i < len(toks) && isKw(toks[i], "ONLY") {
		i++
	}
	if i+2 < len(toks) && isKw(toks[i], "IF") && isKw(toks[i+1], "EXISTS") {
		i += 2
	}
	tname, _, ok := name(toks, i)
	if !ok {
		return
	}
	for k := i; k < len(toks); k++ {
		if isKw(toks[k], "REFERENCES") {
			if ref, _, ok := name(toks, k+1); ok && ref != "" && ref != tname {
				t := b.table(tname, toks[0].Off)
				t.References = append(t.References, ref)
			}
		}
	}
	b.keys(tname, "", toks[i:])
}

// comment reads COMMENT ON TABLE x IS '...'; column comments are ignored.
func (b *builder) comment(toks []sqltables.Token) {
	if len(toks) < 5 || !isKw(toks[1], "ON") || !isKw(toks[2], "TABLE") {
		return
	}
	tname, k, ok := name(toks, 3)
	if !ok || k >= len(toks) || !isKw(toks[k], "IS") || k+1 >= len(toks) || toks[k+1].Kind != kString {
		b.problem(toks[0], "unreadable COMMENT ON TABLE")
		return
	}
	b.table(tname, toks[0].Off).Comment = unquote(toks[k+1].Text)
}

func matching(toks []sqltables.Token, open int) int {
	depth := 0
	for k := open; k < len(toks); k++ {
		if toks[k].Kind != kPunct {
			continue
		}
		switch toks[k].Text {
		case "(":
			depth++
		case ")":
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// unquote turns a SQL string literal into its value.
func unquote(s string) string {
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		s = s[1 : len(s)-1]
	} else if len(s) >= 1 && s[0] == '\'' {
		s = s[1:]
	}
	return strings.TrimSpace(strings.ReplaceAll(s, "''", "'"))
}
