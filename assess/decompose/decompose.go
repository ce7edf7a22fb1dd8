package decompose

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

// Options tune Decompose. The zero value is the documented default.
type Options struct {
	// Seed fixes Louvain's random source; 0 means 1. The same input and
	// seed always give the same result.
	Seed uint64
	// Resolutions overrides the resolution sweep.
	Resolutions []float64
	// MinServiceSplit is the table count from which a context gets a
	// microservice split proposal; 0 means 8, negative never.
	MinServiceSplit int
	// Overrides are the user's corrections, applied after clustering.
	Overrides Overrides
	// NoPackagePrior drops the same-module prior (tables mostly used by
	// one source package are linked), to judge the SQL evidence alone.
	NoPackagePrior bool
}

// Overrides correct a decomposition: the decomposition section of an
// Assessment file.
type Overrides struct {
	// Pin moves a table to the named context (after renames), creating it
	// if no context has that name.
	Pin map[string]string `json:"pin,omitempty" yaml:"pin,omitempty"`
	// Rename renames a proposed context.
	Rename map[string]string `json:"rename,omitempty" yaml:"rename,omitempty"`
	// Type sets a context's subdomain type: core, supporting or generic.
	Type map[string]string `json:"type,omitempty" yaml:"type,omitempty"`
}

// ErrNoTables is returned when the model has no table at all.
var ErrNoTables = errors.New("no tables found: give a DDL file, a source tree with SQL mappers, or declared functions with the tables they read and write")

// Decompose proposes bounded contexts for m.
//
// Tables are nodes; edges come from functions using tables together
// (Service Cutter's semantic proximity: write–write 10, read–write 3,
// read–read 3, per function divided by its table count − 1, normalised so
// the 90th percentile is 10), foreign keys (+3) and joins in one statement
// (half a function's weight); each pair's sum is divided by the number of
// functions using either table (Jaccard), and tables mostly used by one
// source module are linked (+5, see Options.NoPackagePrior). Without
// functions each statement stands for one; without statements foreign keys
// and table-name prefixes are all there is.
//
// Hub tables are set aside first (see hubRule), the rest clustered with
// Louvain over a resolution sweep, each community split into connected
// parts, and the hubs placed afterwards: with the one context whose
// functions write them, in a generic context when only hub-maintenance
// functions write them, or in SharedTables when several contexts write
// them.
func Decompose(ctx context.Context, m *Model, opts Options) (*Result, error) {
	if m == nil {
		return nil, ErrNoTables
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	if opts.MinServiceSplit == 0 {
		opts.MinServiceSplit = 8
	}
	g := buildGraph(m, !opts.NoPackagePrior)
	if len(g.tables) == 0 {
		return nil, ErrNoTables
	}
	d := &draft{g: g, owner: make([]int, len(g.tables)), problems: append([]string(nil), m.Problems...)}
	for i := range d.owner {
		d.owner[i] = -1
	}
	hub, hubWhy := detectHubs(g)

	var members []int
	for i := range g.tables {
		if !hub[i] {
			members = append(members, i)
		}
	}
	cg, _ := newWGraph(members, g)
	sparse := cg.sparsify()
	parts, gamma, points, err := sweep(ctx, cg, members, g.fns, opts.Resolutions, opts.Seed)
	if err != nil {
		return nil, err
	}
	var isolated []int
	for _, p := range parts {
		if len(p) == 1 && len(cg.adj[p[0]]) == 0 {
			isolated = append(isolated, members[p[0]])
			continue
		}
		tables := make([]int, len(p))
		for i, u := range p {
			tables[i] = members[u]
		}
		d.add(tables)
	}
	placed := d.placeHubs(hub)
	d.placeIsolated(isolated)
	d.mergeUnused()
	d.releaseShared()
	d.order()
	d.name()

	res := &Result{Resolution: gamma, Sweep: points}
	res.Input = InputSummary{Tables: len(g.tables), Statements: len(m.Statements), ForeignKey: len(g.fks), Evidence: g.evidence, Schema: m.Schema}
	if g.evidence == "functions" {
		res.Input.Functions = len(g.fns)
	}
	if sparse {
		d.problems = append(d.problems, fmt.Sprintf("dense table graph: each table kept its %d strongest ties for clustering", sparseKeep))
	}
	switch g.evidence {
	case "statements":
		d.problems = append(d.problems, "no functions: each SQL statement stands for one")
	case "schema":
		d.problems = append(d.problems, "no functions or statements: contexts come from foreign keys and table-name prefixes only")
	}
	d.applyOverrides(opts.Overrides)
	d.compact()
	homes := d.homes()
	res.Contexts = d.contexts(homes)
	res.SharedTables = d.shared()
	res.Relationships = d.relate(res, homes)
	d.classify(res, homes, hub, opts.Overrides.Type)
	d.services(res, opts)
	res.Metrics = d.metrics(homes)
	for i, t := range g.tables {
		if !hub[i] {
			continue
		}
		where := "shared"
		if d.owner[i] >= 0 {
			where = d.ctx[d.owner[i]].name
		}
		res.HubTables = append(res.HubTables, HubTable{Table: t, Readers: g.readers[i], Writers: g.writers[i],
			Placed: where, Reason: hubWhy[i] + "; " + placed[i]})
	}
	res.Problems = d.problems
	return res, nil
}

// draft is the decomposition while it is assembled: an owner per table
// (-1: shared) and contexts by index.
type draft struct {
	g        *graphData
	owner    []int
	ctx      []*draftCtx
	problems []string
}

type draftCtx struct {
	name, label, nameFrom string
	tables                []int
	hubGroup              bool // made only of hub tables nobody else owns
}

func (d *draft) add(tables []int) int {
	id := len(d.ctx)
	d.ctx = append(d.ctx, &draftCtx{tables: tables})
	for _, t := range tables {
		d.owner[t] = id
	}
	return id
}

// hubRule explains hub detection, for --help and the README.
const hubRule = `A table is a hub when at least 8 functions are known and either
  - it is used by functions of at least max(4, 10% of) the source modules
    (Java package without its web/service/impl layer, else the first two
    URL segments), no module making half of its use (codes, users,
    organisation, attachments every module reads or writes), or
  - it is read by at least max(3, 10% of functions) and written by at most a
    third as many (code, user, menu tables), or
  - it is written by at least max(3, 10% of functions) and read by at most a
    third as many (access logs, audit trails, file attachments);
    with 4 modules or more known, these two count-based cases also need
    use by 3 modules: a busy module's own tables are not hubs.
Hubs are kept out of clustering and placed afterwards: a hub written by
functions of one context (a strict majority of its homed writers) joins it;
written only by functions that touch nothing but hubs, it joins the context
most of whose tables belong to the module of those writers, else a generic
context with the hubs maintained or read together; otherwise it is shared.
After clustering, any table written by functions of three or more contexts,
none of which does most of the writing, is shared too.`

// HubRule is hubRule for callers documenting the tool.
const HubRule = hubRule

func detectHubs(g *graphData) ([]bool, []string) {
	hub := make([]bool, len(g.tables))
	why := make([]string, len(g.tables))
	n := len(g.fns)
	if n < 8 {
		return hub, why
	}
	min := int(math.Max(3, math.Ceil(0.1*float64(n))))
	// Per table, the functions of each module using it.
	use := make([]map[string]int, len(g.tables))
	modules := map[string]bool{}
	for _, f := range g.fns {
		m := fnModule(&f)
		if m == "" {
			continue
		}
		modules[m] = true
		for _, list := range [][]int{f.reads, f.writes} {
			for _, t := range list {
				if use[t] == nil {
					use[t] = map[string]int{}
				}
				use[t][m]++
			}
		}
	}
	withModules := len(modules) >= 4
	spreadMin := int(math.Max(4, math.Ceil(0.1*float64(len(modules)))))
	for i := range g.tables {
		r, w := g.readers[i], g.writers[i]
		users, top := 0, 0
		for _, k := range use[i] {
			users += k
			top = max(top, k)
		}
		spread := len(use[i])
		switch {
		case withModules && spread >= spreadMin && 2*top < users:
			hub[i] = true
			why[i] = fmt.Sprintf("used by functions of %d of %d modules, none making half of its use", spread, len(modules))
		case withModules && spread < 3:
		case r >= min && 3*w <= r:
			hub[i] = true
			why[i] = fmt.Sprintf("read by %d of %d functions, written by %d", r, n, w)
		case w >= min && 3*r <= w:
			hub[i] = true
			why[i] = fmt.Sprintf("written by %d of %d functions, read by %d", w, n, r)
		}
	}
	return hub, why
}

// fnModule is the source module of a function for the hub rule: its
// package without the layer suffix, else the first two segments of its URL
// path, else "" (declared functions).
func fnModule(f *access) string {
	if f.pkg != "" {
		return modulePackage(f.pkg)
	}
	if f.path == "" {
		return ""
	}
	segs := strings.FieldsFunc(f.path, func(r rune) bool { return r == '/' })
	if len(segs) > 2 {
		segs = segs[:2]
	}
	if len(segs) == 2 && strings.Contains(segs[1], ".") {
		segs = segs[:1] // /board/list.do: the file is no module
	}
	return "/" + strings.Join(segs, "/")
}

// placeIsolated gives a context to tables that no function links to other
// non-hub tables. In passes, each joins the context it has the heaviest
// edges to (through hubs, say a code-detail table's code master); what is
// left joins the context holding most tables of its name prefix, else one
// new context per prefix (tables without a prefix: one per source module,
// else one each).
func (d *draft) placeIsolated(isolated []int) {
	if len(isolated) == 0 {
		return
	}
	adj := map[int][]int{}
	waiting := map[int]bool{}
	for _, t := range isolated {
		waiting[t] = true
	}
	for e, w := range d.g.weight {
		if w <= 0 {
			continue
		}
		if waiting[e[0]] {
			adj[e[0]] = append(adj[e[0]], e[1])
		}
		if waiting[e[1]] {
			adj[e[1]] = append(adj[e[1]], e[0])
		}
	}
	for {
		var moves [][2]int
		for _, t := range isolated {
			if !waiting[t] {
				continue
			}
			tie := map[int]float64{}
			for _, u := range adj[t] {
				if o := d.owner[u]; o >= 0 {
					tie[o] += d.g.weight[pairKey(t, u)]
				}
			}
			best, bestW := -1, 0.0
			for c, w := range tie {
				if w > bestW || (w == bestW && c < best) {
					best, bestW = c, w
				}
			}
			if best >= 0 {
				moves = append(moves, [2]int{t, best})
			}
		}
		if len(moves) == 0 {
			break
		}
		for _, m := range moves {
			d.ctx[m[1]].tables = append(d.ctx[m[1]].tables, m[0])
			d.owner[m[0]] = m[1]
			delete(waiting, m[0])
		}
	}
	count := map[string]map[int]int{}
	for c, x := range d.ctx {
		for _, t := range x.tables {
			p := tablePrefix(d.g.tables[t])
			if p == "" {
				continue
			}
			if count[p] == nil {
				count[p] = map[int]int{}
			}
			count[p][c]++
		}
	}
	groups := map[string][]int{}
	var keys []string
	for _, t := range isolated {
		if !waiting[t] {
			continue
		}
		p := tablePrefix(d.g.tables[t])
		best, bestN := -1, 0
		for c := range d.ctx {
			if n := count[p][c]; p != "" && n > bestN {
				best, bestN = c, n
			}
		}
		if best >= 0 {
			d.ctx[best].tables = append(d.ctx[best].tables, t)
			d.owner[t] = best
			continue
		}
		// Without a name prefix (COMTNBANNER), tables of one source
		// module go together and the rest stand alone: lumping every
		// prefix-less table into one context made a junk drawer of
		// unrelated single-table components.
		key := "prefix:" + p
		switch {
		case p != "":
		case d.g.module[t] != "":
			key = "module:" + d.g.module[t]
		default:
			key = "table:" + d.g.tables[t]
		}
		if _, ok := groups[key]; !ok {
			keys = append(keys, key)
		}
		groups[key] = append(groups[key], t)
	}
	sort.Strings(keys)
	for _, p := range keys {
		d.add(groups[p])
	}
}

// mergeUnused folds a context no function uses into the context its
// tables are most strongly tied to (foreign keys, statements): a code
// class and code master no screen of the application maintains are
// the code detail's context, not a capability of their own. Contexts
// with no tie stay. Runs in context order; a context that received
// tables counts as used.
func (d *draft) mergeUnused() {
	if len(d.g.fns) == 0 {
		return
	}
	used := make([]bool, len(d.ctx))
	for _, f := range d.g.fns {
		for _, list := range [][]int{f.reads, f.writes} {
			for _, t := range list {
				if o := d.owner[t]; o >= 0 {
					used[o] = true
				}
			}
		}
	}
	adj, ws := d.g.adjacency()
	for c, x := range d.ctx {
		if used[c] || len(x.tables) == 0 {
			continue
		}
		tie := map[int]float64{}
		for _, t := range x.tables {
			for i, u := range adj[t] {
				if o := d.owner[u]; o >= 0 && o != c {
					tie[o] += ws[t][i]
				}
			}
		}
		best, bestW := -1, 0.0
		for o, w := range tie {
			if w > bestW || (w == bestW && o < best) {
				best, bestW = o, w
			}
		}
		if best < 0 {
			continue
		}
		for _, t := range x.tables {
			d.owner[t] = best
		}
		d.ctx[best].tables = append(d.ctx[best].tables, x.tables...)
		x.tables = nil
		used[best] = true
	}
	d.compact()
}

// releaseShared sets aside, as shared, non-hub tables written by functions
// of three or more contexts none of which does most of the writing (a
// file-attachment table every module uploads to). Each writer's context is
// judged without the table itself, so the table's current owner does not
// pull its writers in.
func (d *draft) releaseShared() {
	g := d.g
	writers := map[int][]int{}
	for i, f := range g.fns {
		for _, t := range f.writes {
			writers[t] = append(writers[t], i)
		}
	}
	var release []int
	for t := range g.tables {
		ws := writers[t]
		if d.owner[t] < 0 || len(ws) < 3 {
			continue
		}
		own := d.owner[t]
		d.owner[t] = -1
		count := map[int]int{}
		for _, i := range ws {
			count[d.homeOf(&g.fns[i])]++
		}
		d.owner[t] = own
		homed, top := 0, 0
		for c, n := range count {
			if c >= 0 {
				homed += n
				top = max(top, n)
			}
		}
		distinct := len(count) - boolInt(count[-1] > 0)
		if distinct >= 3 && 2*top <= homed {
			release = append(release, t)
		}
	}
	for _, t := range release {
		c := d.owner[t]
		d.ctx[c].tables = removeInt(d.ctx[c].tables, t)
		d.owner[t] = -1
	}
	var keep []*draftCtx
	for _, c := range d.ctx {
		if len(c.tables) > 0 {
			keep = append(keep, c)
		}
	}
	if len(keep) != len(d.ctx) {
		d.ctx = keep
		d.compact()
	}
}

// homeOf is the context owning most of what f uses, writes counting three
// times reads; -1 when f uses no owned table. Ties go to the context whose
// tables in f are used by fewer functions overall (the more specific
// ones: a counselling list reading its own log and the widely read person
// table belongs with counselling), then to the lower index.
func (d *draft) homeOf(f *access) int {
	type sc struct {
		n    int
		spec float64
	}
	score := map[int]*sc{}
	add := func(t, w int) {
		o := d.owner[t]
		if o < 0 {
			return
		}
		s := score[o]
		if s == nil {
			s = &sc{}
			score[o] = s
		}
		s.n += w
		s.spec += 1 / float64(1+d.g.readers[t]+d.g.writers[t])
	}
	for _, t := range f.writes {
		add(t, 3)
	}
	for _, t := range f.reads {
		add(t, 1)
	}
	best := -1
	var bs *sc
	for c, s := range score {
		if bs == nil || s.n > bs.n || (s.n == bs.n && (s.spec > bs.spec || (s.spec == bs.spec && c < best))) {
			best, bs = c, s
		}
	}
	return best
}

// placeHubs applies the placement half of hubRule and returns, per hub, a
// note on why it went where it did.
func (d *draft) placeHubs(hub []bool) []string {
	g := d.g
	why := make([]string, len(g.tables))
	homes := make([]int, len(g.fns))
	for i := range g.fns {
		homes[i] = d.homeOf(&g.fns[i])
	}
	writerHomes := make([]map[int]int, len(g.tables))
	for i, f := range g.fns {
		for _, t := range f.writes {
			if !hub[t] {
				continue
			}
			if writerHomes[t] == nil {
				writerHomes[t] = map[int]int{}
			}
			writerHomes[t][homes[i]]++
		}
	}
	var generic []int
	for t := range g.tables {
		if !hub[t] {
			continue
		}
		wh := writerHomes[t]
		homed, best, bestN := 0, -1, 0
		for c, n := range wh {
			if c < 0 {
				continue
			}
			homed += n
			if n > bestN || (n == bestN && c < best) {
				best, bestN = c, n
			}
		}
		switch {
		case homed == 0 && d.moduleHome(writerModule(g, t)) >= 0:
			c := d.moduleHome(writerModule(g, t))
			d.owner[t] = c
			d.ctx[c].tables = append(d.ctx[c].tables, t)
			why[t] = "maintained by module " + writerModule(g, t) + ", like most of the context's tables"
		case homed == 0:
			generic = append(generic, t)
			why[t] = "no business function writes it"
		case 2*bestN > homed && bestN >= wh[-1]:
			d.owner[t] = best
			d.ctx[best].tables = append(d.ctx[best].tables, t)
			why[t] = fmt.Sprintf("%d of %d writing functions belong to one context", bestN, homed)
		default:
			why[t] = fmt.Sprintf("written by functions of %d contexts", len(wh)-boolInt(wh[-1] > 0))
			if wh[-1] > 0 && len(wh) == 2 {
				why[t] = "written by one context and by hub-maintenance functions"
			}
		}
	}
	d.groupHubs(generic)
	return why
}

// writerModule is the module (package without layer) most of t's writing
// functions belong to, "" when none is known or two tie. Readers do not
// count: a user table read by every board screen is not the board's.
func writerModule(g *graphData, t int) string {
	count := map[string]int{}
	for _, f := range g.fns {
		if f.pkg != "" && containsInt(f.writes, t) {
			count[modulePackage(f.pkg)]++
		}
	}
	best, bestN, tie := "", 0, false
	for m, n := range count {
		switch {
		case n > bestN:
			best, bestN, tie = m, n, false
		case n == bestN:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

func containsInt(s []int, v int) bool {
	i := sort.SearchInts(s, v)
	return i < len(s) && s[i] == v
}

// moduleHome is the context most of whose tables have m as their main
// source module, or -1.
func (d *draft) moduleHome(m string) int {
	if m == "" {
		return -1
	}
	best, bestN := -1, 0
	for c, x := range d.ctx {
		n := 0
		for _, u := range x.tables {
			if d.g.module[u] == m {
				n++
			}
		}
		if 2*n > len(x.tables) && n > bestN {
			best, bestN = c, n
		}
	}
	return best
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// groupHubs makes generic contexts of unowned hubs: hubs written together
// by one function or tied by a foreign key form one context; the rest are
// grouped by name prefix.
func (d *draft) groupHubs(hubs []int) {
	if len(hubs) == 0 {
		return
	}
	in := map[int]bool{}
	for _, t := range hubs {
		in[t] = true
	}
	parent := map[int]int{}
	var find func(int) int
	find = func(x int) int {
		if p, ok := parent[x]; ok && p != x {
			r := find(p)
			parent[x] = r
			return r
		}
		return x
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if ra > rb {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	for _, f := range d.g.fns {
		prev := -1
		for _, t := range f.writes {
			if in[t] {
				if prev >= 0 {
					union(prev, t)
				}
				prev = t
			}
		}
	}
	for _, k := range d.g.fks {
		if in[k[0]] && in[k[1]] {
			union(k[0], k[1])
		}
	}
	// Two hubs each used mostly together with the other (member, staff
	// and company user tables read by one login check) are one generic
	// context; a code table read beside them half the time is not.
	co := map[[2]int]int{}
	for _, f := range d.g.fns {
		var used []int
		for _, list := range [][]int{f.reads, f.writes} {
			for _, t := range list {
				if in[t] {
					used = append(used, t)
				}
			}
		}
		for x, a := range used {
			for _, b := range used[x+1:] {
				co[pairKey(a, b)]++
			}
		}
	}
	pairs := make([][2]int, 0, len(co))
	for k := range co {
		pairs = append(pairs, k)
	}
	sort.Slice(pairs, func(a, b int) bool { return lessPair(pairs[a], pairs[b]) })
	for _, k := range pairs {
		ua := d.g.readers[k[0]] + d.g.writers[k[0]]
		ub := d.g.readers[k[1]] + d.g.writers[k[1]]
		if 2*co[k] > max(ua, ub) {
			union(k[0], k[1])
		}
	}
	byPrefix := map[string]int{}
	for _, t := range hubs {
		if p := tablePrefix(d.g.tables[t]); p != "" && find(t) == t {
			if r, ok := byPrefix[p]; ok {
				union(r, t)
			} else {
				byPrefix[p] = t
			}
		}
	}
	groups := map[int][]int{}
	var roots []int
	for _, t := range hubs {
		r := find(t)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], t)
	}
	sort.Ints(roots)
	for _, r := range roots {
		id := d.add(groups[r])
		d.ctx[id].hubGroup = true
	}
}

// order sorts each context's tables and the contexts by size (largest
// first), then by first table, and renumbers owners.
func (d *draft) order() {
	for _, c := range d.ctx {
		sort.Ints(c.tables)
	}
	sort.SliceStable(d.ctx, func(a, b int) bool {
		x, y := d.ctx[a], d.ctx[b]
		if len(x.tables) != len(y.tables) {
			return len(x.tables) > len(y.tables)
		}
		return x.tables[0] < y.tables[0]
	})
	for i := range d.owner {
		d.owner[i] = -1
	}
	for c, x := range d.ctx {
		for _, t := range x.tables {
			d.owner[t] = c
		}
	}
}

// compact drops contexts left empty by pins.
func (d *draft) compact() {
	var keep []*draftCtx
	for _, c := range d.ctx {
		if len(c.tables) > 0 {
			keep = append(keep, c)
		}
	}
	d.ctx = keep
	for i := range d.owner {
		d.owner[i] = -1
	}
	for c, x := range d.ctx {
		sort.Ints(x.tables)
		for _, t := range x.tables {
			d.owner[t] = c
		}
	}
}

// applyOverrides renames contexts, then pins tables. Overrides naming
// nothing are reported as problems rather than failing the run.
func (d *draft) applyOverrides(o Overrides) {
	byName := map[string]int{}
	for i, c := range d.ctx {
		byName[c.name] = i
	}
	for _, old := range sortedKeys(o.Rename) {
		i, ok := byName[old]
		if !ok {
			d.problems = append(d.problems, fmt.Sprintf("override rename %q: no context has that name", old))
			continue
		}
		nu := o.Rename[old]
		if j, taken := byName[nu]; taken && j != i {
			d.problems = append(d.problems, fmt.Sprintf("override rename %q: %q is taken", old, nu))
			continue
		}
		delete(byName, old)
		d.ctx[i].name, d.ctx[i].nameFrom = nu, "override"
		byName[nu] = i
	}
	for _, table := range sortedKeys(o.Pin) {
		t, ok := d.g.index[canon(table)]
		if !ok {
			d.problems = append(d.problems, fmt.Sprintf("override pin %q: no such table", table))
			continue
		}
		target := o.Pin[table]
		c, ok := byName[target]
		if !ok {
			c = len(d.ctx)
			d.ctx = append(d.ctx, &draftCtx{name: target, nameFrom: "override"})
			byName[target] = c
		}
		if old := d.owner[t]; old >= 0 {
			d.ctx[old].tables = removeInt(d.ctx[old].tables, t)
		}
		d.ctx[c].tables = append(d.ctx[c].tables, t)
		d.owner[t] = c
	}
}

func removeInt(s []int, v int) []int {
	out := s[:0]
	for _, x := range s {
		if x != v {
			out = append(out, x)
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// homes returns each function's home context.
func (d *draft) homes() []int {
	h := make([]int, len(d.g.fns))
	for i := range d.g.fns {
		h[i] = d.homeOf(&d.g.fns[i])
	}
	return h
}

// contexts converts the draft to result contexts without types and
// relationships.
func (d *draft) contexts(homes []int) []Context {
	out := make([]Context, len(d.ctx))
	for c, x := range d.ctx {
		out[c] = Context{Name: x.name, Label: x.label, NameFrom: x.nameFrom,
			Tables: d.names(x.tables), Functions: []string{}, DependsOn: []string{}, UsedBy: []string{}}
	}
	sharedUse := make([]map[string]bool, len(d.ctx))
	for i, f := range d.g.fns {
		h := homes[i]
		if h < 0 {
			continue
		}
		out[h].Functions = append(out[h].Functions, f.id)
		for _, t := range append(append([]int(nil), f.reads...), f.writes...) {
			if d.owner[t] < 0 {
				if sharedUse[h] == nil {
					sharedUse[h] = map[string]bool{}
				}
				sharedUse[h][d.g.tables[t]] = true
			}
		}
	}
	for c := range out {
		sort.Strings(out[c].Functions)
		out[c].SharedTables = sortedKeys(sharedUse[c])
		if len(out[c].SharedTables) == 0 {
			out[c].SharedTables = nil
		}
	}
	return out
}

func (d *draft) names(tables []int) []string {
	out := make([]string, len(tables))
	for i, t := range tables {
		out[i] = d.g.tables[t]
	}
	sort.Strings(out)
	return out
}

func (d *draft) shared() []string {
	out := []string{}
	for t, o := range d.owner {
		if o < 0 {
			out = append(out, d.g.tables[t])
		}
	}
	return out
}

func round4(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	v := math.Round(x*1e4) / 1e4
	if v == 0 {
		return 0 // no negative zero in output
	}
	return v
}

func joinNames(s []string) string { return strings.Join(s, ", ") }
