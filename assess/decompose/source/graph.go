package source

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/decompose/sqltables"
)

// statementIndex finds mapped statements by the string a DAO passes:
// "namespace.id", a bare id unique across mappers, or, for iBATIS trees
// without statement namespaces, an id that itself holds dots.
type statementIndex struct {
	byKey map[string]*stmtInfo
	byID  map[string][]*stmtInfo
	byNS  map[string]bool
}

func newStatementIndex(stmts []*stmtInfo) *statementIndex {
	x := &statementIndex{byKey: map[string]*stmtInfo{}, byID: map[string][]*stmtInfo{}, byNS: map[string]bool{}}
	for _, s := range stmts {
		x.add(s)
	}
	return x
}

func (x *statementIndex) add(s *stmtInfo) {
	if _, ok := x.byKey[s.key]; !ok {
		x.byKey[s.key] = s
	}
	x.byID[s.id] = append(x.byID[s.id], s)
	if s.ns != "" {
		x.byNS[s.ns] = true
	}
}

func (x *statementIndex) lookup(ref string) *stmtInfo {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.ContainsAny(ref, " \n\t(") {
		return nil
	}
	if s, ok := x.byKey[ref]; ok {
		return s
	}
	if c := x.byID[ref]; len(c) == 1 {
		return c[0]
	}
	return nil
}

// program is every parsed Java type with the indexes used to resolve
// fields, beans and implementations.
type program struct {
	types    []*jtype
	byFQN    map[string]*jtype
	bySimple map[string][]*jtype
	byBean   map[string]*jtype
	impls    map[*jtype][]*jtype
	known    map[string]bool
	// entityTable maps an @Entity type to its table; entityByName maps
	// its upper-cased class and entity names, as JPQL names them.
	entityTable  map[*jtype]string
	entityByName map[string]string
	idx          *statementIndex
	memo         map[*jmethod]*direct
	// resolve maps SQL table names to schema tables (views, filter).
	resolveSQL func(sqltables.Result) sqltables.Result
}

// access is what a method does, transitively.
type access struct {
	reads, writes map[string]bool
	// inserts are the writes that create rows.
	inserts map[string]bool
}

func newAccess() access {
	return access{reads: map[string]bool{}, writes: map[string]bool{}, inserts: map[string]bool{}}
}

func newProgram(files []javaFile, known map[string]bool) *program {
	pr := &program{byFQN: map[string]*jtype{}, bySimple: map[string][]*jtype{}, byBean: map[string]*jtype{},
		impls: map[*jtype][]*jtype{}, known: known, entityTable: map[*jtype]string{}, memo: map[*jmethod]*direct{},
		resolveSQL: func(r sqltables.Result) sqltables.Result { return r.Filter(known) }}
	for i := range files {
		for _, t := range files[i].types {
			t.file = &files[i]
			pr.types = append(pr.types, t)
			if _, dup := pr.byFQN[t.fqn]; !dup {
				pr.byFQN[t.fqn] = t
			}
			pr.bySimple[t.name] = append(pr.bySimple[t.name], t)
		}
	}
	for _, t := range pr.types {
		if a, ok := t.annot("Service", "Repository", "Component", "Controller", "RestController", "Mapper", "Named"); ok {
			if n := a.first("value"); n != "" {
				pr.byBean[n] = t
			}
		}
		if t.kind == "class" {
			def := lowerFirst(t.name)
			if _, ok := pr.byBean[def]; !ok {
				pr.byBean[def] = t
			}
		}
		for _, r := range append(slices.Clone(t.implements), t.extends...) {
			if it := pr.resolve(t, r.name); it != nil && it != t {
				pr.impls[it] = append(pr.impls[it], t)
			}
		}
		if a, ok := t.annot("Entity"); ok {
			tn := entityTableName(t)
			pr.entityTable[t] = tn
			if pr.entityByName == nil {
				pr.entityByName = map[string]string{}
			}
			pr.entityByName[strings.ToUpper(t.name)] = tn
			if n := a.first("name"); n != "" {
				pr.entityByName[strings.ToUpper(n)] = tn
			}
		}
	}
	return pr
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// entityTableName is @Table(name) or Hibernate's default naming of the
// entity name (BoardArticle -> BOARD_ARTICLE).
func entityTableName(t *jtype) string {
	if a, ok := t.annot("Table"); ok {
		if n := a.first("name", "value"); n != "" {
			return sqltables.Normalize(n)
		}
	}
	name := t.name
	if a, ok := t.annot("Entity"); ok {
		if n := a.first("name"); n != "" {
			name = n
		}
	}
	var b strings.Builder
	rs := []rune(name)
	for i, r := range rs {
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1])) {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// resolve finds the project type a name written in from's file means.
func (pr *program) resolve(from *jtype, name string) *jtype {
	if name == "" {
		return nil
	}
	if strings.Contains(name, ".") {
		if t, ok := pr.byFQN[name]; ok {
			return t
		}
		name = name[strings.LastIndexByte(name, '.')+1:]
	}
	f := from.file
	if fqn, ok := f.imports[name]; ok {
		if t, ok := pr.byFQN[fqn]; ok {
			return t
		}
		return nil // imported from a library
	}
	// Nested in from, then same package, then star imports.
	if t, ok := pr.byFQN[from.fqn+"."+name]; ok {
		return t
	}
	if t, ok := pr.byFQN[f.pkg+"."+name]; ok {
		return t
	}
	for _, s := range f.stars {
		if t, ok := pr.byFQN[s+"."+name]; ok {
			return t
		}
	}
	if c := pr.bySimple[name]; len(c) == 1 {
		return c[0]
	}
	return nil
}

// targets returns the concrete types a reference of declared type t may
// hold: t itself when it has method bodies, else its implementations,
// narrowed by a bean name when one is given (eGov: @Resource(name="x")),
// then by the XxxService -> XxxServiceImpl convention.
func (pr *program) targets(t *jtype, bean string) []*jtype {
	if t == nil {
		return nil
	}
	if bean != "" {
		if b, ok := pr.byBean[bean]; ok && b.kind == "class" && (b == t || slices.Contains(pr.allImpls(t), b)) {
			return []*jtype{b}
		}
	}
	if t.kind == "class" {
		return []*jtype{t}
	}
	impls := pr.allImpls(t)
	if len(impls) <= 1 {
		if len(impls) == 1 {
			return impls
		}
		return []*jtype{t}
	}
	for _, c := range impls {
		if c.name == t.name+"Impl" {
			return []*jtype{c}
		}
	}
	return impls
}

// allImpls returns concrete classes implementing t, directly or through
// sub-interfaces and abstract classes, in declaration order.
func (pr *program) allImpls(t *jtype) []*jtype {
	var out []*jtype
	seen := map[*jtype]bool{t: true}
	queue := []*jtype{t}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		for _, s := range pr.impls[c] {
			if seen[s] {
				continue
			}
			seen[s] = true
			queue = append(queue, s)
			if s.kind == "class" {
				out = append(out, s)
			}
		}
	}
	return out
}

// varType resolves a field, parameter or local name inside m.
func (pr *program) varType(m *jmethod, name string) (typeRef, []annotation, bool) {
	if m.locals == nil {
		m.locals = localVars(m.body)
	}
	if r, ok := m.locals[name]; ok {
		return r, nil, true
	}
	if r, ok := m.params[name]; ok {
		return r, nil, true
	}
	for t := m.owner; t != nil; t = pr.superOf(t) {
		if f, ok := t.fields[name]; ok {
			return f.typ, f.annots, true
		}
	}
	return typeRef{}, nil, false
}

func (pr *program) superOf(t *jtype) *jtype {
	for _, e := range t.extends {
		if t.kind == "class" {
			if s := pr.resolve(t, e.name); s != nil && s != t {
				return s
			}
		}
	}
	return nil
}

// localVars finds "Type name =" and "Type name;" and "Type name :"
// declarations in a method body.
func localVars(body []jtok) map[string]typeRef {
	out := map[string]typeRef{}
	for i := 0; i+1 < len(body); i++ {
		t := body[i]
		if t.kind != jIdent || t.text == "" || !unicode.IsUpper(rune(t.text[0])) {
			continue
		}
		j := i + 1
		if j < len(body) && body[j].text == "<" && body[j].kind == jPunct {
			depth := 0
			for ; j < len(body); j++ {
				if body[j].kind == jPunct && body[j].text == "<" {
					depth++
				} else if body[j].kind == jPunct && body[j].text == ">" {
					depth--
					if depth == 0 {
						j++
						break
					}
				} else if body[j].kind == jPunct && (body[j].text == ";" || body[j].text == ")") {
					break
				}
			}
		}
		if j+1 < len(body) && body[j].kind == jIdent && body[j+1].kind == jPunct &&
			(body[j+1].text == "=" || body[j+1].text == ";" || body[j+1].text == ":") {
			if i > 0 && body[i-1].kind == jPunct && body[i-1].text == "." {
				continue
			}
			out[body[j].text] = typeRef{name: t.text}
		}
	}
	return out
}

// call is one method invocation found in a body.
type call struct {
	recv string // "" unqualified, "this", a variable name, or "?" for an expression
	name string
	arg0 []jtok // tokens of the first argument
	arg1 []jtok // tokens of the second argument
}

func (c *call) setArg(n int, toks []jtok) {
	switch n {
	case 0:
		c.arg0 = toks
	case 1:
		c.arg1 = toks
	}
}

func calls(body []jtok) []call {
	var out []call
	for i := 0; i+1 < len(body); i++ {
		t := body[i]
		if t.kind != jIdent || body[i+1].kind != jPunct || body[i+1].text != "(" {
			continue
		}
		switch t.text {
		case "if", "for", "while", "switch", "catch", "synchronized", "try", "return", "new", "super", "this", "throw", "assert":
			continue
		}
		if i > 0 && body[i-1].kind == jIdent && body[i-1].text == "new" {
			continue
		}
		c := call{name: t.text}
		if i > 0 && body[i-1].kind == jPunct && body[i-1].text == "." {
			c.recv = "?"
			if i > 1 && body[i-2].kind == jIdent {
				c.recv = body[i-2].text
				if i > 2 && body[i-3].kind == jPunct && body[i-3].text == "." {
					// this.field.m( names the field; a.b.m( is an expression.
					c.recv = "?"
					if i > 3 && body[i-4].kind == jIdent && body[i-4].text == "this" {
						c.recv = body[i-2].text
					}
				}
			}
		}
		// First and second arguments, each up to ',' or the closing ')'.
		depth := 0
		argStart := i + 2
		nargs := 0
	args:
		for j := i + 2; j < len(body); j++ {
			b := body[j]
			if b.kind != jPunct {
				continue
			}
			switch b.text {
			case "(", "{", "[":
				depth++
			case ")", "}", "]":
				if depth == 0 {
					c.setArg(nargs, body[argStart:j])
					break args
				}
				depth--
			case ",":
				if depth == 0 {
					c.setArg(nargs, body[argStart:j])
					nargs++
					argStart = j + 1
					if nargs == 2 {
						break args
					}
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// constString evaluates "a" + CONST + "b" using String constants of t
// and its outer and super types; ok is false for anything else.
func (pr *program) constString(t *jtype, toks []jtok, depth int) (string, bool) {
	if len(toks) == 0 || depth > 5 {
		return "", false
	}
	var b strings.Builder
	expectOperand := true
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		switch {
		case expectOperand && tk.kind == jString:
			b.WriteString(tk.text)
			expectOperand = false
		case expectOperand && tk.kind == jIdent:
			// CONST or Type.CONST
			name := tk.text
			owner := t
			if i+2 < len(toks) && toks[i+1].kind == jPunct && toks[i+1].text == "." && toks[i+2].kind == jIdent {
				owner = pr.resolve(t, tk.text)
				name = toks[i+2].text
				i += 2
			}
			v, ok := pr.constField(owner, name, depth)
			if !ok {
				return "", false
			}
			b.WriteString(v)
			expectOperand = false
		case !expectOperand && tk.kind == jPunct && tk.text == "+":
			expectOperand = true
		default:
			return "", false
		}
	}
	return b.String(), !expectOperand
}

func (pr *program) constField(t *jtype, name string, depth int) (string, bool) {
	for c := t; c != nil; c = pr.superOf(c) {
		if f, ok := c.fields[name]; ok && len(f.init) > 0 {
			return pr.constString(c, f.init, depth+1)
		}
	}
	return "", false
}

// handlers turns every controller request-mapping method into a Function.
func (pr *program) handlers(idx *statementIndex, ids map[string]int) []decompose.Function {
	pr.idx = idx
	var out []decompose.Function
	for _, t := range pr.types {
		if !isController(t) {
			continue
		}
		base := mappingPaths(t.annots)
		for _, m := range t.methods {
			mp, ok := findAnnot(m.annots, "RequestMapping", "GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping")
			if !ok || m.body == nil {
				continue
			}
			a := pr.visit(m)
			fn := decompose.Function{
				ID: t.name + "." + m.name, Name: m.doc, Package: t.file.pkg,
				Path:    joinPaths(base, mappingPaths([]annotation{mp})),
				Reads:   keys(a.reads),
				Writes:  keys(a.writes),
				Inserts: keysOrNil(a.inserts),
				Source:  fmt.Sprintf("%s:%d", t.file.path, m.line),
			}
			fn.ID = uniqueID(ids, fn.ID)
			out = append(out, fn)
		}
	}
	return out
}

// entries turns into Functions the entry points of code no handler
// reaches that runs mapped statements: Struts actions, presentation beans
// of iBATIS and Stripes shops, schedulers and services called from outside
// the tree. An entry point is a method no project method calls, from which
// a statement no handler ran is reached; methods of the persistence layer
// (DAOs, mappers, repositories) are not entry points, as a DAO method
// nobody calls says less than its mapper namespace (the fallback). Calls
// are followed as for handlers, so a service method's transaction — an
// order inserted with its lines and the stock it updates — is one
// function, where per-namespace fallbacks would say nothing of it. ids
// are the Function IDs handlers already took.
func (pr *program) entries(ids map[string]int) []decompose.Function {
	callers := map[*jmethod][]*jmethod{}
	var targets []*jmethod
	for _, t := range pr.types {
		if t.kind == "interface" || testType(t) {
			continue
		}
		for _, m := range t.methods {
			if m.body == nil {
				continue
			}
			d := pr.direct(m)
			for _, c := range d.callees {
				if c != m {
					callers[c] = append(callers[c], m)
				}
			}
			for _, st := range d.stmts {
				if !st.reached {
					targets = append(targets, m)
					break
				}
			}
		}
	}
	roots := map[*jmethod]bool{}
	seen := map[*jmethod]bool{}
	for _, m := range targets {
		stack := []*jmethod{m}
		seen[m] = true
		for len(stack) > 0 {
			cur := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if len(callers[cur]) == 0 {
				if !isHandler(cur) && !persistenceLayer(cur.owner) {
					roots[cur] = true
				}
				continue
			}
			for _, c := range callers[cur] {
				if !seen[c] {
					seen[c] = true
					stack = append(stack, c)
				}
			}
		}
	}
	list := make([]*jmethod, 0, len(roots))
	for m := range roots {
		list = append(list, m)
	}
	slices.SortFunc(list, func(a, b *jmethod) int {
		if c := strings.Compare(a.owner.fqn, b.owner.fqn); c != 0 {
			return c
		}
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		return a.line - b.line
	})
	var out []decompose.Function
	for _, m := range list {
		a := pr.visit(m)
		if len(a.reads)+len(a.writes) == 0 {
			continue
		}
		fn := decompose.Function{
			ID: m.owner.name + "." + m.name, Name: m.doc, Package: m.owner.file.pkg,
			Reads: keys(a.reads), Writes: keys(a.writes), Inserts: keysOrNil(a.inserts),
			Tags:   []string{"entry"},
			Source: fmt.Sprintf("%s:%d", m.owner.file.path, m.line),
		}
		fn.ID = uniqueID(ids, fn.ID)
		out = append(out, fn)
	}
	return out
}

// testType reports whether t is a unit test: named *Test, *Tests,
// *TestCase or *IT, or with a method annotated @Test.
func testType(t *jtype) bool {
	for _, suf := range []string{"Test", "Tests", "TestCase", "IT"} {
		if strings.HasSuffix(t.name, suf) {
			return true
		}
	}
	for _, m := range t.methods {
		if _, ok := findAnnot(m.annots, "Test", "ParameterizedTest"); ok {
			return true
		}
	}
	return false
}

// persistenceLayer reports whether t is a DAO, mapper or repository.
func persistenceLayer(t *jtype) bool {
	if t == nil {
		return true
	}
	if _, ok := t.annot("Repository", "Mapper"); ok {
		return true
	}
	n := strings.ToLower(t.name)
	for _, suf := range []string{"dao", "daoimpl", "mapper", "repository", "repositoryimpl", "sqlmap"} {
		if strings.HasSuffix(n, suf) {
			return true
		}
	}
	for _, seg := range strings.Split(strings.ToLower(t.file.pkg), ".") {
		switch seg {
		case "dao", "daos", "mapper", "mappers", "persistence", "repository", "sqlmapdao":
			return true
		}
	}
	return false
}

func isController(t *jtype) bool {
	if t.kind != "class" {
		return false
	}
	_, ok := t.annot("Controller", "RestController")
	return ok
}

func mappingPaths(as []annotation) []string {
	a, ok := findAnnot(as, "RequestMapping", "GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping")
	if !ok {
		return nil
	}
	if v := a.args["value"]; len(v) > 0 {
		return v
	}
	return a.args["path"]
}

// joinPaths combines the class's first path with each method path.
func joinPaths(base, paths []string) string {
	b := ""
	if len(base) > 0 {
		b = strings.TrimSuffix(base[0], "/")
	}
	if len(paths) == 0 {
		return b
	}
	out := make([]string, 0, len(paths))
	for _, p := range paths {
		if p != "" && !strings.HasPrefix(p, "/") && b != "" {
			p = "/" + p
		}
		out = append(out, b+p)
	}
	return strings.Join(out, ", ")
}

func keysOrNil(m map[string]bool) []string {
	if len(m) == 0 {
		return nil
	}
	return keys(m)
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// visit returns the tables m reads and writes, following calls to other
// project methods: the union over every method reachable from m of what
// each does directly. A depth-first walk with a visited set is exact for
// a union and linear in the reachable methods, whatever the recursion.
// Another handler m calls is not followed: it is an entry point of its
// own (a list screen forwarded to after an error, return detail(...)), and
// what it reads is counted for it, not for m. The mapped statements
// reached are marked.
func (pr *program) visit(m *jmethod) *access {
	na := newAccess()
	a := &na
	seen := map[*jmethod]bool{m: true}
	stack := []*jmethod{m}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		d := pr.direct(cur)
		for k := range d.reads {
			a.reads[k] = true
		}
		for k := range d.writes {
			a.writes[k] = true
		}
		for k := range d.inserts {
			a.inserts[k] = true
		}
		for _, st := range d.stmts {
			st.reached = true
		}
		for _, c := range d.callees {
			if !seen[c] && !isHandler(c) {
				seen[c] = true
				stack = append(stack, c)
			}
		}
	}
	return a
}

// isHandler reports whether m is a request-mapping method of a controller.
func isHandler(m *jmethod) bool {
	if m.owner == nil || !isController(m.owner) || m.body == nil {
		return false
	}
	_, ok := findAnnot(m.annots, "RequestMapping", "GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping")
	return ok
}

// direct is what one method does itself: tables of the statements, SQL
// text and repositories it uses, and the project methods it calls.
type direct struct {
	access
	callees []*jmethod
	stmts   []*stmtInfo // mapped statements it runs
}

// direct computes (once) what m does itself.
func (pr *program) direct(m *jmethod) *direct {
	if d, ok := pr.memo[m]; ok {
		return d
	}
	d := &direct{access: newAccess()}
	pr.memo[m] = d
	for _, c := range calls(m.body) {
		// A statement named by the first argument: selectList("ns.id"),
		// getSqlMapClientTemplate().queryForList("id"), jdbc SQL text.
		if s, ok := pr.constString(m.owner, c.arg0, 0); ok {
			st := pr.idx.lookup(s)
			if st == nil {
				// dao.select("namespace", "id", param)
				if id, ok := pr.constString(m.owner, c.arg1, 0); ok {
					st = pr.idx.lookup(s + "." + id)
				}
			}
			if st != nil {
				d.stmts = append(d.stmts, st)
				addAll(d.reads, st.reads)
				addAll(d.writes, st.writes)
				addAll(d.inserts, st.inserts)
			} else if looksLikeSQL(s) {
				res, _ := sqltables.Extract(s)
				res = pr.resolveSQL(pr.entityNames(res))
				addAll(d.reads, res.Reads)
				addAll(d.writes, res.Writes)
				addAll(d.inserts, res.Inserts)
			}
		}
		if table, write, ok := pr.persistenceCall(m, c); ok {
			if write {
				d.writes[table] = true
				if isCreateMethod(c.name) {
					d.inserts[table] = true
				}
			} else {
				d.reads[table] = true
			}
		}
		for _, callee := range pr.callees(m, c) {
			switch {
			case callee.stmt != nil:
				d.stmts = append(d.stmts, callee.stmt)
				addAll(d.reads, callee.stmt.reads)
				addAll(d.writes, callee.stmt.writes)
				addAll(d.inserts, callee.stmt.inserts)
			case callee.table != "":
				if callee.write {
					d.writes[callee.table] = true
					if callee.create {
						d.inserts[callee.table] = true
					}
				} else {
					d.reads[callee.table] = true
				}
			case callee.method != nil:
				d.callees = append(d.callees, callee.method)
			}
		}
	}
	return d
}

func addAll(set map[string]bool, names []string) {
	for _, n := range names {
		set[n] = true
	}
}

// entityNames replaces entity names in JPQL/HQL (select o from Order o)
// by their tables. A query naming any entity is taken for JPQL, and its
// other names (path joins like join o.lines l) are dropped.
func (pr *program) entityNames(r sqltables.Result) sqltables.Result {
	if len(pr.entityByName) == 0 {
		return r
	}
	jpql := false
	for _, n := range append(slices.Clone(r.Reads), r.Writes...) {
		if _, ok := pr.entityByName[n]; ok {
			jpql = true
		}
	}
	if !jpql {
		return r
	}
	m := func(in []string) []string {
		out := make([]string, 0, len(in))
		for _, n := range in {
			if t, ok := pr.entityByName[n]; ok {
				out = append(out, t)
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	r.Reads, r.Writes = m(r.Reads), m(r.Writes)
	for i := range r.Joins {
		r.Joins[i] = m(r.Joins[i])
	}
	return r
}

// persistenceCall recognises EntityManager, Hibernate Session and
// HibernateTemplate calls on an @Entity: em.persist(order),
// getHibernateTemplate().save(vo), session.get(Order.class, id). The
// receiver must look like one of those APIs, so list.remove(order) is not
// taken for a delete.
func (pr *program) persistenceCall(m *jmethod, c call) (table string, write, ok bool) {
	if len(pr.entityTable) == 0 || !persistenceMethods[c.name] {
		return "", false, false
	}
	if c.recv != "?" {
		r, _, found := pr.varType(m, c.recv)
		lr := strings.ToLower(c.recv)
		if !(found && persistenceTypes[r.name[strings.LastIndexByte(r.name, '.')+1:]] ||
			lr == "em" || strings.Contains(lr, "entitymanager") || strings.Contains(lr, "session") || strings.Contains(lr, "hibernate")) {
			return "", false, false
		}
	}
	var et *jtype
	switch {
	case len(c.arg0) == 3 && c.arg0[0].kind == jIdent && c.arg0[1].text == "." && c.arg0[2].text == "class":
		et = pr.resolve(m.owner, c.arg0[0].text)
	case len(c.arg0) == 1 && c.arg0[0].kind == jIdent:
		if r, _, found := pr.varType(m, c.arg0[0].text); found {
			et = pr.resolve(m.owner, r.name)
		}
	}
	t, isEntity := pr.entityTable[et]
	if et == nil || !isEntity || pr.known != nil && !pr.known[t] {
		return "", false, false
	}
	return t, isWriteMethod(c.name), true
}

var persistenceMethods = map[string]bool{
	"persist": true, "merge": true, "remove": true, "find": true, "getReference": true, "refresh": true,
	"save": true, "saveOrUpdate": true, "update": true, "delete": true, "get": true, "load": true,
	"loadAll": true, "deleteAll": true, "saveOrUpdateAll": true, "createCriteria": true,
}

var persistenceTypes = map[string]bool{
	"EntityManager": true, "Session": true, "StatelessSession": true, "HibernateTemplate": true,
	"HibernateOperations": true, "JpaTemplate": true,
}

func looksLikeSQL(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	switch strings.ToUpper(f[0]) {
	case "SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "WITH":
		return true
	}
	return false
}

// callee is one thing a call may reach.
type callee struct {
	method *jmethod
	stmt   *stmtInfo
	table  string
	write  bool
	create bool // the write creates rows (save, persist, insert)
}

// callees resolves call c made inside m.
func (pr *program) callees(m *jmethod, c call) []callee {
	var owners []*jtype
	switch c.recv {
	case "", "this":
		owners = []*jtype{m.owner}
	case "super":
		if s := pr.superOf(m.owner); s != nil {
			owners = []*jtype{s}
		}
	case "?":
		return nil
	default:
		r, annots, ok := pr.varType(m, c.recv)
		if !ok {
			// Static call on a project type: Util.m(...)
			if t := pr.resolve(m.owner, c.recv); t != nil {
				owners = []*jtype{t}
				break
			}
			return nil
		}
		decl := pr.resolve(m.owner, r.name)
		if decl == nil {
			return nil
		}
		if out := pr.interfaceCall(decl, c); out != nil {
			return out
		}
		owners = pr.targets(decl, beanName(annots, c.recv))
	}
	var out []callee
	for _, o := range owners {
		for t := o; t != nil; t = pr.superOf(t) {
			found := false
			for _, cm := range t.methods {
				if cm.name == c.name && cm.body != nil && cm != m {
					out = append(out, callee{method: cm})
					found = true
				}
			}
			if found {
				break
			}
		}
		if len(out) == 0 && c.recv != "" && c.recv != "this" {
			out = append(out, pr.interfaceCall(o, c)...)
		}
	}
	return out
}

// interfaceCall resolves calls on MyBatis mapper interfaces (namespace =
// interface FQN, statement id = method name) and Spring Data repositories.
func (pr *program) interfaceCall(decl *jtype, c call) []callee {
	if decl.kind != "interface" {
		return nil
	}
	if pr.idx.byNS[decl.fqn] || pr.idx.byNS[decl.name] {
		ns := decl.fqn
		if !pr.idx.byNS[ns] {
			ns = decl.name
		}
		if s, ok := pr.idx.byKey[ns+"."+c.name]; ok {
			return []callee{{stmt: s}}
		}
	}
	for _, m := range decl.methods {
		if m.name == c.name {
			if s, ok := pr.idx.byKey[decl.fqn+"."+c.name]; ok {
				return []callee{{stmt: s}}
			}
		}
	}
	if entity := pr.repositoryEntity(decl); entity != nil {
		table := pr.entityTable[entity]
		if pr.known != nil && !pr.known[table] {
			return nil
		}
		return []callee{{table: table, write: isWriteMethod(c.name), create: isCreateMethod(c.name)}}
	}
	return nil
}

// repositoryEntity returns the entity of a Spring Data repository
// interface (its first generic argument), searching super-interfaces.
func (pr *program) repositoryEntity(t *jtype) *jtype {
	for depth, cur := 0, t; cur != nil && depth < 5; depth++ {
		var next *jtype
		for _, e := range cur.extends {
			simple := e.name[strings.LastIndexByte(e.name, '.')+1:]
			switch simple {
			case "JpaRepository", "CrudRepository", "PagingAndSortingRepository", "Repository",
				"ListCrudRepository", "ListPagingAndSortingRepository", "JpaSpecificationExecutor",
				"ReactiveCrudRepository", "QuerydslPredicateExecutor":
				if len(e.args) > 0 {
					if et := pr.resolve(cur, e.args[0].name); et != nil {
						if _, ok := pr.entityTable[et]; ok {
							return et
						}
					}
				}
			default:
				if s := pr.resolve(cur, e.name); s != nil && s.kind == "interface" {
					next = s
				}
			}
		}
		cur = next
	}
	return nil
}

// isCreateMethod reports whether a persistence call creates rows:
// Spring Data's save (insert or update; counted as creating, as the
// repository of an aggregate is where its rows are made), persist,
// Hibernate's save and saveOrUpdate, insert and create.
func isCreateMethod(name string) bool {
	for _, p := range []string{"save", "persist", "insert", "create"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

func isWriteMethod(name string) bool {
	for _, p := range []string{"save", "delete", "remove", "insert", "update", "persist", "merge", "flush", "put", "create", "modify"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// beanName is the bean a field asks for: @Resource(name="x"),
// @Qualifier("x"), or by Spring's convention the field name itself.
func beanName(as []annotation, field string) string {
	if a, ok := findAnnot(as, "Resource"); ok {
		if n := a.first("name"); n != "" {
			return n
		}
	}
	if a, ok := findAnnot(as, "Qualifier", "Named"); ok {
		if n := a.first("value"); n != "" {
			return n
		}
	}
	return field
}

// annotatedStatements turns MyBatis annotation mappers (@Select, @Insert,
// @Update, @Delete on interface methods) into statements keyed by
// interface FQN and method name, as MyBatis itself keys them.
func annotatedStatements(files []javaFile, resolve func(sqltables.Result) sqltables.Result) []*stmtInfo {
	var out []*stmtInfo
	for i := range files {
		for _, t := range files[i].types {
			if t.kind != "interface" {
				continue
			}
			for _, m := range t.methods {
				a, ok := findAnnot(m.annots, "Select", "Insert", "Update", "Delete")
				if !ok {
					continue
				}
				sql := strings.Join(a.args["value"], " ")
				if sql == "" {
					continue
				}
				res, _ := sqltables.Extract(sql)
				res = resolve(res)
				out = append(out, &stmtInfo{
					key: t.fqn + "." + m.name, ns: t.fqn, id: m.name,
					source: fmt.Sprintf("%s:%d", files[i].path, m.line), group: t.fqn,
					reads: res.Reads, writes: res.Writes, inserts: res.Inserts, joins: res.Joins,
				})
			}
		}
	}
	return out
}

// uniqueID returns id, or id~N for its N-th use (overloaded methods, the
// same path mapped twice), counting uses in ids.
func uniqueID(ids map[string]int, id string) string {
	n := ids[id]
	ids[id] = n + 1
	if n > 0 {
		return fmt.Sprintf("%s~%d", id, n+1)
	}
	return id
}
