// Package source reads an application source tree into the decomposer's
// model: MyBatis 3 mapper and iBATIS 2 sqlMap XML give statements and the
// tables they touch; Java source (controllers, services, DAOs, @Mapper
// interfaces, JPA entities and repositories) is followed statically so each
// controller handler becomes a decompose.Function with the tables it reads
// and writes; DDL scripts and table-definition CSVs give the table list,
// comments and foreign keys.
//
// Mappers: every .xml file whose root is <mapper> or <sqlMap> is parsed
// strictly (as MyBatis does; EUC-KR and other declared Korean encodings are
// decoded, and UTF-8-declared files written in EUC-KR are retried as
// EUC-KR). <include refid> is expanded across namespaces; dynamic tags keep
// the text of every branch plus the keywords they add (WHERE, SET, prepend,
// prefix, open/close). Dialect copies of one logical mapper (files or
// directories differing only in a dialect marker: X_SQL_oracle.xml vs
// X_SQL_mysql.xml, mapper/oracle/ vs mapper/mysql/) count once; Options.
// Dialect picks which, else DefaultDialects' order. Build output directories
// (target, build, bin, out) are skipped: they hold copies of every mapper.
//
// Java: a tokenizer (comments, strings, text blocks, annotations, generics,
// nested braces) finds types, fields, methods and calls; no full parser.
// A call whose first argument is a constant string naming a statement
// ("ns.id", a bare id, or ("ns", "id")) reaches it, whatever the receiver
// (EgovAbstractDAO/EgovAbstractMapper, SqlSessionTemplate,
// getSqlMapClientTemplate(), a generic DAO); a call on a field, parameter
// or local of a project type reaches that type's method, interfaces going
// to the bean named by @Resource(name)/@Qualifier or the field, else the
// implementation, preferring XxxImpl; a call on a mapper interface whose
// FQN is a namespace reaches statement FQN.method; @Select/@Insert/...
// methods are statements themselves; calls on Spring Data repositories read
// (find*, count*, ...) or write (save*, delete*, ...) the @Entity's table,
// as do EntityManager/Hibernate calls given an entity (em.persist(order),
// getHibernateTemplate().loadAll(Order.class)); inline SQL strings are read
// for tables, JPQL entity names mapped to theirs. A handler is a method of a
// @Controller/@RestController with @RequestMapping/@GetMapping/...; its
// Function is named by ClassName.method, its Path joins the class and
// method paths, its Name is the first sentence of its Javadoc.
//
// Tables: names are normalised by sqltables.Normalize (upper case, schema
// stripped). When DDL or CSV is given, SQL tables are intersected with it,
// and views the DDL defines are replaced by the tables they read.
//
// Unreached statements: every mapped statement becomes a
// decompose.Statement whether or not a handler reaches it, so joins inside
// it still count. Statements of a mapper namespace that no handler reaches
// at all are grouped into one fallback Function per namespace (tagged
// "fallback", ID "mapper:<namespace>"), so mapper-only trees and batch-only
// mappers still say which tables belong together; see Options.Fallback.
//
// Problems (unreadable files, malformed XML, SQL whose quotes, comments or
// static parentheses do not close, includes naming no fragment) go to
// Model.Problems as "path:line: message"; the file or statement is skipped
// or read in part, never fatal.
package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/decompose/schema"
	"github.com/cnready/cnready/assess/decompose/sqltables"
	"github.com/cnready/cnready/internal/fserr"
	"github.com/cnready/cnready/internal/safeio"
)

// Fallback modes for statements no handler reaches.
const (
	// FallbackAuto makes one function per mapper namespace none of whose
	// statements a handler reaches.
	FallbackAuto = ""
	// FallbackNever makes no fallback functions.
	FallbackNever = "never"
	// FallbackAlways makes one function per namespace from the statements
	// no handler reaches, even when others in the namespace are reached.
	FallbackAlways = "always"
)

// Options says what Load reads.
type Options struct {
	// Dir is the root of the application source tree; "" reads no source.
	Dir string
	// DDL are DDL script files (CREATE TABLE, COMMENT ON, ALTER TABLE).
	DDL []string
	// CSV are table-definition CSV files (테이블 정의서).
	CSV []string
	// Dialect is the preferred dialect among mapper copies (oracle,
	// tibero, mysql, ...); "" uses DefaultDialects.
	Dialect string
	// Fallback is FallbackAuto, FallbackNever or FallbackAlways.
	Fallback string
	// KeepUnknownTables keeps tables found in SQL but absent from the
	// given DDL/CSV. Without it, when a schema is given, SQL tables are
	// intersected with it (views, synonyms, other systems' tables and
	// extraction noise drop out).
	KeepUnknownTables bool
	// NoDiscovery turns off schema discovery: without DDL or CSV given,
	// the DDL and COMMENT ON scripts found in the source tree are read
	// (see discoverSchema).
	NoDiscovery bool
	// MaxFileSize is the largest file read, in bytes; larger files are
	// reported and skipped. 0 means DefaultMaxSourceFile for source files
	// and DefaultMaxSchemaFile for schema scripts.
	MaxFileSize int64
	// LimitFlag is the flag a note on a skipped file names as the way to
	// raise the limit ("" : --max-file-size, as `cnready contexts` has it).
	LimitFlag string
}

// Default per-file size limits: mapper XML and Java files beyond 8 MiB
// are generated or hostile; schema scripts of tens of thousands of tables
// run to tens of megabytes.
const (
	DefaultMaxSourceFile = 8 << 20
	DefaultMaxSchemaFile = 64 << 20
)

// skipDirs are directories never holding the application's own source:
// build outputs (which hold copies of every mapper), VCS and tool data.
var skipDirs = map[string]bool{
	".git": true, ".svn": true, ".hg": true, "node_modules": true, "target": true,
	"build": true, "out": true, "bin": true, ".gradle": true, ".idea": true,
	".settings": true, "dist": true, ".metadata": true,
}

// Load reads the tree and schema files opts names into a Model. Files that
// cannot be read or parsed are described in Model.Problems and skipped; the
// error is non-nil only when an input named in opts cannot be opened at all
// or ctx is cancelled. Output is deterministic: sorted by name.
func Load(ctx context.Context, opts Options) (*decompose.Model, error) {
	if opts.Fallback != FallbackAuto && opts.Fallback != FallbackNever && opts.Fallback != FallbackAlways {
		return nil, fmt.Errorf("unknown fallback mode %q (want never or always)", opts.Fallback)
	}
	l := &loader{opts: opts}
	if err := l.loadSchema(ctx); err != nil {
		return nil, err
	}
	if opts.Dir != "" {
		if err := l.walk(ctx); err != nil {
			return nil, err
		}
		if !opts.NoDiscovery && len(opts.DDL)+len(opts.CSV) == 0 {
			if err := l.discoverSchema(ctx, l.sqlPaths); err != nil {
				return nil, err
			}
		}
	}
	return l.build(ctx)
}

type loader struct {
	opts     Options
	tables   []decompose.Table
	byName   map[string]int  // index in tables
	known    map[string]bool // nil when no schema was given
	views    map[string][]string
	mappers  []*Mapper
	java     []javaFile
	problems []string
	// schemaInfo describes the schema files read; discovered says they
	// were found in the tree (the known filter is then decided later).
	schemaInfo *decompose.SchemaInput
	sqlPaths   []string
}

func (l *loader) sourceLimit() int64 {
	if l.opts.MaxFileSize > 0 {
		return l.opts.MaxFileSize
	}
	return DefaultMaxSourceFile
}

func (l *loader) schemaLimit() int64 {
	if l.opts.MaxFileSize > 0 {
		return l.opts.MaxFileSize
	}
	return DefaultMaxSchemaFile
}

// readProblem words a file that could not be read: special files and
// files over the limit are skipped with a note, never waited on.
func (l *loader) readProblem(p string, err error) string {
	switch {
	case errors.Is(err, safeio.ErrNotRegular):
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is said once, first
		}
		return fmt.Sprintf("%s: skipped: %v", p, err)
	case safeio.IsTooLarge(err):
		var le *safeio.LimitError
		errors.As(err, &le)
		flag := l.opts.LimitFlag
		if flag == "" {
			flag = "--max-file-size"
		}
		return fmt.Sprintf("%s: skipped: %v (%s raises it)", p, le, flag)
	}
	return fserr.Path(p, err).Error()
}

func (l *loader) problemf(format string, args ...any) {
	l.problems = append(l.problems, fmt.Sprintf(format, args...))
}

// addSchema merges a script's tables (comments and references of a table
// met twice are merged) and views.
func (l *loader) addSchema(sc schema.Schema) {
	l.problems = append(l.problems, sc.Problems...)
	l.addTables(sc.Tables)
	for v, bases := range sc.Views {
		if l.views == nil {
			l.views = map[string][]string{}
		}
		l.views[v] = bases
	}
}

func (l *loader) addTables(ts []decompose.Table) {
	if l.byName == nil {
		l.byName = map[string]int{}
	}
	for _, t := range ts {
		if i, ok := l.byName[t.Name]; ok {
			have := &l.tables[i]
			if have.Comment == "" {
				have.Comment = t.Comment
			}

			for _, r := range t.References {
				if !slices.Contains(have.References, r) {
					have.References = append(have.References, r)
				}
			}
			for _, r := range t.Identifying {
				if !slices.Contains(have.Identifying, r) {
					have.Identifying = append(have.Identifying, r)
				}
			}
			continue
		}
		l.byName[t.Name] = len(l.tables)
		l.tables = append(l.tables, t)
	}
}

func (l *loader) loadSchema(ctx context.Context) error {
	ddl, err := expandSchemaFiles(l.opts.DDL, ".sql", ".ddl")
	if err != nil {
		return err
	}
	info := &decompose.SchemaInput{Used: []string{}}
	for _, p := range ddl {
		data, err := safeio.ReadFile(ctx, p, l.schemaLimit())
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if errors.Is(err, safeio.ErrNotRegular) || safeio.IsTooLarge(err) {
				l.problems = append(l.problems, l.readProblem(p, err))
				continue
			}
			return fserr.Path(p, err)
		}
		l.addSchema(schema.Parse(p, decodeText(data)))
		info.Used = append(info.Used, p)
	}
	csvs, err := expandSchemaFiles(l.opts.CSV, ".csv", ".tsv")
	if err != nil {
		return err
	}
	for _, p := range csvs {
		f, err := safeio.Open(p)
		if err != nil {
			if errors.Is(err, safeio.ErrNotRegular) {
				l.problems = append(l.problems, l.readProblem(p, err))
				continue
			}
			return fserr.Path(p, err)
		}
		data, err := safeio.ReadAll(ctx, f, -1, l.schemaLimit())
		f.Close()
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			l.problems = append(l.problems, l.readProblem(p, err))
			continue
		}
		ts, err := schema.ParseCSV(p, bytes.NewReader(data))
		if err != nil {
			l.problems = append(l.problems, err.Error())
		}
		l.addTables(ts)
		info.Used = append(info.Used, p)
	}
	info.Found = len(info.Used)
	// Schema files that could not be read (a FIFO, one over the size
	// limit) do not make an empty schema that would drop every table.
	if len(info.Used) > 0 {
		info.Tables = len(l.tables)
		info.Filtered = !l.opts.KeepUnknownTables
		l.schemaInfo = info
		if !l.opts.KeepUnknownTables {
			l.known = l.tableSet()
		}
	}
	return nil
}

func (l *loader) tableSet() map[string]bool {
	known := make(map[string]bool, len(l.tables))
	for _, t := range l.tables {
		known[t.Name] = true
	}
	return known
}

func (l *loader) walk(ctx context.Context) error {
	root := l.opts.Dir
	info, err := os.Stat(root)
	if err != nil {
		return fmt.Errorf("read source tree: %w", err)
	}
	if !info.IsDir() {
		return fmt.Errorf("read source tree: %s is not a folder", root)
	}
	if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		// A link to a folder is walked like the folder: WalkDir does not
		// follow a root link, but it does follow "link/".
		root += string(filepath.Separator)
	}
	var xmlPaths, javaPaths []string
	seen := 0
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if seen++; seen%256 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			l.problemf("%s: %v", p, err)
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != root && (skipDirs[d.Name()] || testDir(d.Name()) && (filepath.Base(filepath.Dir(p)) == "src" || filepath.Dir(p) == filepath.Clean(root))) {
				return fs.SkipDir // build output, VCS data, src/test, an Ant tree's test/
			}
			return nil
		}
		ext := strings.ToLower(filepath.Ext(p))
		if ext != ".xml" && ext != ".java" && !slices.Contains(schemaExts, ext) {
			return nil
		}
		if t := d.Type(); t&fs.ModeSymlink == 0 && !t.IsRegular() {
			// A FIFO, socket or device would block the read or never
			// end; links are followed and checked when read.
			l.problems = append(l.problems, l.readProblem(p, safeio.CheckMode(t)))
			return nil
		}
		switch ext {
		case ".xml":
			xmlPaths = append(xmlPaths, p)
		case ".java":
			javaPaths = append(javaPaths, p)
		default:
			l.sqlPaths = append(l.sqlPaths, p)
		}
		return nil
	})
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("walk source tree: %w", err)
	}
	// Files are read and parsed in parallel; results keep path order.
	mappers := make([]*Mapper, len(xmlPaths))
	xmlProblems := make([]string, len(xmlPaths))
	if err := parallel(ctx, len(xmlPaths), func(i int) {
		p := xmlPaths[i]
		data, err := safeio.ReadFile(ctx, p, l.sourceLimit())
		if err != nil {
			xmlProblems[i] = l.readProblem(p, err)
			return
		}
		if !looksLikeMapper(data) {
			return
		}
		m, err := parseMapper(l.rel(p), data)
		if err != nil {
			xmlProblems[i] = fmt.Sprintf("%s:%v (file skipped)", p, err)
			return
		}
		mappers[i] = m
	}); err != nil {
		return err
	}
	var all []*Mapper
	for i, m := range mappers {
		if xmlProblems[i] != "" {
			l.problems = append(l.problems, xmlProblems[i])
		}
		if m != nil {
			all = append(all, m)
		}
	}
	l.mappers, _ = pickDialects(all, l.opts.Dialect)
	frags := newFragments(l.mappers)
	rank := dialectRank(l.opts.Dialect)
	for _, m := range l.mappers {
		for _, ref := range frags.resolve(m) {
			l.problemf("%s: <include refid=%q> names no <sql> fragment", filepath.Join(root, filepath.FromSlash(m.Path)), ref)
		}
		pickDatabaseIDs(m, rank)
	}
	files := make([]javaFile, len(javaPaths))
	ok := make([]bool, len(javaPaths))
	javaProblems := make([]string, len(javaPaths))
	if err := parallel(ctx, len(javaPaths), func(i int) {
		p := javaPaths[i]
		data, err := safeio.ReadFile(ctx, p, l.sourceLimit())
		if err != nil {
			javaProblems[i] = l.readProblem(p, err)
			return
		}
		jf, err := parseJava(l.rel(p), decodeText(data))
		if err != nil {
			javaProblems[i] = fmt.Sprintf("%s:%v (file skipped)", p, err)
			return
		}
		files[i], ok[i] = jf, true
	}); err != nil {
		return err
	}
	for i := range files {
		if javaProblems[i] != "" {
			l.problems = append(l.problems, javaProblems[i])
		}
		if ok[i] {
			l.java = append(l.java, files[i])
		}
	}
	return nil
}

func (l *loader) rel(p string) string {
	r, err := filepath.Rel(l.opts.Dir, p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(r)
}

// stmtInfo is a mapped statement with its extracted tables.
type stmtInfo struct {
	key     string
	ns      string
	id      string
	source  string // path:line
	group   string // fallback group: namespace, else file
	reads   []string
	writes  []string
	inserts []string
	joins   [][]string
	reached bool
}

func (l *loader) build(ctx context.Context) (*decompose.Model, error) {
	m := &decompose.Model{}
	type job struct {
		mp *Mapper
		s  MappedStatement
	}
	var jobs []job
	for _, mp := range l.mappers {
		for _, s := range mp.Stmts {
			jobs = append(jobs, job{mp, s})
		}
	}
	stmts := make([]*stmtInfo, len(jobs))
	sqlProblems := make([]string, len(jobs))
	if err := parallel(ctx, len(jobs), func(i int) {
		mp, s := jobs[i].mp, jobs[i].s
		res, err := sqltables.Extract(s.SQL)
		var se *sqltables.SyntaxError
		// Alternatives of dynamic tags are all kept, so their parentheses
		// need not balance: only static text is judged on that.
		if errors.As(err, &se) && !(s.Dynamic && se.Msg == "unbalanced parentheses") {
			sqlProblems[i] = fmt.Sprintf("%s:%d: statement %q: %s (tables read in part)", filepath.Join(l.opts.Dir, filepath.FromSlash(mp.Path)), s.Line, s.ID, se.Msg)
		}
		res = l.expandViews(res) // filtered once every statement is read
		group := mp.Namespace
		if group == "" {
			group = mp.Path
		}
		stmts[i] = &stmtInfo{
			key: statementKey(mp.Namespace, s.ID), ns: mp.Namespace, id: s.ID,
			source: fmt.Sprintf("%s:%d", mp.Path, s.Line), group: group,
			reads: res.Reads, writes: res.Writes, inserts: res.Inserts, joins: res.Joins,
		}
	}); err != nil {
		return nil, err
	}
	for _, p := range sqlProblems {
		if p != "" {
			l.problems = append(l.problems, p)
		}
	}
	stmts = append(stmts, annotatedStatements(l.java, l.expandViews)...)
	l.settleSchema(stmts)
	for _, st := range stmts {
		r := sqltables.Result{Reads: st.reads, Writes: st.writes, Inserts: st.inserts, Joins: st.joins}.Filter(l.known)
		st.reads, st.writes, st.inserts, st.joins = r.Reads, r.Writes, r.Inserts, r.Joins
	}
	stmts = dedupeStatements(stmts)
	idx := newStatementIndex(stmts)
	prog := newProgram(l.java, l.known)
	prog.resolveSQL = l.resolve
	ids := map[string]int{}
	funcs := prog.handlers(idx, ids)
	funcs = append(funcs, prog.entries(ids)...)
	m.Functions = append(m.Functions, funcs...)
	m.Functions = append(m.Functions, l.fallbacks(stmts)...)

	for _, s := range stmts {
		m.Statements = append(m.Statements, decompose.Statement{
			ID: s.key, Reads: nonNil(s.reads), Writes: nonNil(s.writes), Inserts: s.inserts, Joins: s.joins,
			Source: s.source,
		})
	}
	slices.SortStableFunc(m.Statements, func(a, b decompose.Statement) int { return strings.Compare(a.ID, b.ID) })

	m.Tables = l.tables
	if l.known == nil {
		m.Tables = mergeSeenTables(l.tables, m.Statements, m.Functions)
	}
	slices.SortFunc(m.Tables, func(a, b decompose.Table) int { return strings.Compare(a.Name, b.Name) })
	for i := range m.Tables {
		slices.Sort(m.Tables[i].References)
	}
	slices.SortStableFunc(m.Functions, func(a, b decompose.Function) int { return strings.Compare(a.ID, b.ID) })
	if m.Tables == nil {
		m.Tables = []decompose.Table{}
	}
	if m.Functions == nil {
		m.Functions = []decompose.Function{}
	}
	m.Problems = l.problems
	slices.Sort(m.Problems)
	m.Problems = slices.Compact(m.Problems) // a file given and found in the tree is said once
	m.Schema = l.schemaInfo
	return m, nil
}

// settleSchema counts the names the statements use that the schema does
// not define and decides whether to drop them: always with a given schema
// (unless KeepUnknownTables), and with a discovered one when it defines at
// least half of the names: a script found in the tree may be a sample or
// one module's part, and intersecting with it would lose real tables.
func (l *loader) settleSchema(stmts []*stmtInfo) {
	info := l.schemaInfo
	if info == nil {
		return
	}
	defined := l.tableSet()
	names := map[string]bool{}
	for _, st := range stmts {
		for _, n := range st.reads {
			names[n] = true
		}
		for _, n := range st.writes {
			names[n] = true
		}
	}
	in := 0
	for n := range names {
		if defined[n] {
			in++
		}
	}
	info.Unknown = len(names) - in
	if info.Discovered && !l.opts.KeepUnknownTables && 2*in >= len(names) {
		l.known = defined
		info.Filtered = true
	}
}

// expandViews replaces views named in the DDL by the tables they read (a
// write through a view is a write to them).
func (l *loader) expandViews(r sqltables.Result) sqltables.Result {
	if len(l.views) > 0 {
		exp := func(names []string) []string {
			var out []string
			for _, n := range names {
				out = append(out, l.expandView(n, 0)...)
			}
			return sortedSet(out)
		}
		r.Reads, r.Writes = exp(r.Reads), exp(r.Writes)
		var joins [][]string
		for _, j := range r.Joins {
			if e := exp(j); len(e) >= 2 {
				joins = append(joins, e)
			}
		}
		r.Joins = joins
	}
	return r
}

// resolve turns the tables SQL names into schema tables: views expanded,
// then, when the schema is used as a filter, names it does not define
// dropped.
func (l *loader) resolve(r sqltables.Result) sqltables.Result {
	return l.expandViews(r).Filter(l.known)
}

func (l *loader) expandView(name string, depth int) []string {
	bases, ok := l.views[name]
	if !ok || depth > 10 {
		return []string{name}
	}
	var out []string
	for _, b := range bases {
		out = append(out, l.expandView(b, depth+1)...)
	}
	return out
}

// dedupeStatements keeps one statement per key. A key defined twice is
// usually a deployed copy (WEB-INF/classes) next to the source; the copy
// outside WEB-INF/classes wins, else the first in path order.
func dedupeStatements(stmts []*stmtInfo) []*stmtInfo {
	copyOf := func(s *stmtInfo) bool { return strings.Contains("/"+s.source, "/WEB-INF/classes/") }
	at := map[string]int{}
	out := stmts[:0:0]
	for _, s := range stmts {
		if i, ok := at[s.key]; ok {
			if copyOf(out[i]) && !copyOf(s) {
				out[i] = s
			}
			continue
		}
		at[s.key] = len(out)
		out = append(out, s)
	}
	return out
}

// fallbacks groups statements no handler reached into one function per
// mapper namespace (or per file when the mapper has no namespace). The
// function's Source is its first statement's.
func (l *loader) fallbacks(stmts []*stmtInfo) []decompose.Function {
	if l.opts.Fallback == FallbackNever {
		return nil
	}
	type group struct {
		fn      decompose.Function
		reached bool
	}
	groups := map[string]*group{}
	var order []string
	for _, s := range stmts {
		name := s.group
		g, ok := groups[name]
		if !ok {
			g = &group{fn: decompose.Function{
				ID: "mapper:" + name, Name: name, Package: javaPackageOf(s.ns),
				Tags: []string{"fallback"}, Source: s.source,
			}}
			groups[name] = g
			order = append(order, name)
		}
		if s.reached {
			g.reached = true
			continue
		}
		g.fn.Reads = append(g.fn.Reads, s.reads...)
		g.fn.Writes = append(g.fn.Writes, s.writes...)
		g.fn.Inserts = append(g.fn.Inserts, s.inserts...)
	}
	var out []decompose.Function
	for _, name := range order {
		g := groups[name]
		if g.reached && l.opts.Fallback == FallbackAuto {
			continue
		}
		g.fn.Reads = sortedSet(g.fn.Reads)
		g.fn.Writes = sortedSet(g.fn.Writes)
		if len(g.fn.Inserts) > 0 {
			g.fn.Inserts = sortedSet(g.fn.Inserts)
		}
		if len(g.fn.Reads)+len(g.fn.Writes) == 0 {
			continue
		}
		out = append(out, g.fn)
	}
	return out
}

// javaPackageOf guesses a package from a namespace that is an interface
// FQN (egovframework.com.cop.bbs.service.impl.BBSManageMapper).
func javaPackageOf(ns string) string {
	if i := strings.LastIndexByte(ns, '.'); i > 0 && strings.Count(ns, ".") >= 2 {
		return ns[:i]
	}
	return ""
}

func statementKey(ns, id string) string {
	if ns == "" || strings.HasPrefix(id, ns+".") {
		return id
	}
	return ns + "." + id
}

// mergeSeenTables is the table list when no schema was given: the tables
// of the schema files (none) plus every table SQL or entities name.
func mergeSeenTables(have []decompose.Table, stmts []decompose.Statement, funcs []decompose.Function) []decompose.Table {
	seen := map[string]bool{}
	for _, t := range have {
		seen[t.Name] = true
	}
	out := slices.Clone(have)
	add := func(names []string, src string) {
		for _, n := range names {
			if !seen[n] {
				seen[n] = true
				out = append(out, decompose.Table{Name: n, Source: src})
			}
		}
	}
	for _, s := range stmts {
		add(s.Reads, s.Source)
		add(s.Writes, s.Source)
	}
	for _, f := range funcs {
		add(f.Reads, f.Source)
		add(f.Writes, f.Source)
	}
	return out
}

func sortedSet(in []string) []string {
	out := slices.Clone(in)
	slices.Sort(out)
	out = slices.Compact(out)
	if out == nil {
		out = []string{}
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// testDir reports whether a folder named name holds tests when it sits
// under src/ or at the root of the tree.
func testDir(name string) bool { return name == "test" || name == "tests" }

// parallel runs fn(0..n-1) on GOMAXPROCS goroutines. fn must only write
// to its own index of shared slices; callers merge in index order, so
// output does not depend on scheduling.
func parallel(ctx context.Context, n int, fn func(i int)) error {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			if i%64 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			fn(i)
		}
		return ctx.Err()
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}

// expandSchemaFiles replaces each directory among paths by the files below
// it with one of the extensions, in lexical order: projects often ship their
// DDL as one file per table in a folder.
func expandSchemaFiles(paths []string, exts ...string) ([]string, error) {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fserr.Path(p, err)
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(f string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && slices.Contains(exts, strings.ToLower(filepath.Ext(f))) {
				found = append(found, f)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: no %s files in this folder", p, strings.Join(exts, " or "))
		}
		slices.Sort(found)
		out = append(out, found...)
	}
	return out, nil
}
