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
	// Seed fixes Louvain's random source (microservice splits); 0 means
	// 1. The same input and seed always give the same result.
	Seed uint64
	// Resolutions overrides the sweep of join thresholds (the log of the
	// factor by which evidence must raise the odds, ln 2 by default); the
	// first is the one output.
	Resolutions []float64
	// MinServiceSplit is the table count from which a context gets a
	// microservice split proposal; 0 means 8, negative never.
	MinServiceSplit int
	// Overrides are the user's corrections, applied after clustering.
	Overrides Overrides
	// NoPackagePrior drops the module signals (the packages and classes
	// of the functions using a table), to judge the SQL and schema
	// evidence alone.
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
// Every pair of tables with some evidence of belonging together gets the
// odds that it does (see evidence.go): used by the same functions
// (Service Cutter's semantic proximity, Jaccard-normalised), written or
// created together, keyed (identifying keys more), of one name family,
// sharing comment vocabulary, used from one module or class, or of one
// kind of generic data (codes, identity, files, logs, messages); keys and
// name families across the code's modules count against. Correlation
// clustering (cpm.go) joins groups where the evidence at least doubles
// the odds over all their pairs (four-fold across modules), each
// community split into connected parts. Tables no function or statement
// uses join the community their keys, names or words point to; left on
// their own they are listed as unassigned, never a context of their own;
// a table alone whose every user lives in one context joins it.
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
	g := buildGraph(m)
	if len(g.tables) == 0 {
		return nil, ErrNoTables
	}
	d := &draft{g: g, owner: make([]int, len(g.tables)), problems: append([]string(nil), m.Problems...)}
	for i := range d.owner {
		d.owner[i] = -1
	}
	hub, hubWhy := detectHubs(g)
	sig := g.signals()
	d.kind = sig.kind
	pairs := g.candidatePairs(sig, g.coUse)
	if opts.NoPackagePrior {
		for _, p := range pairs {
			p.leaf, p.parent, p.module, p.class = 0, 0, 0, 0
		}
	}
	g.setEvidence(pairs)
	parts, gamma, points, err := clusterEvidence(ctx, g, opts)
	if err != nil {
		return nil, err
	}
	unassigned := d.assign(parts)
	d.adoptLoners(sig)
	d.order()
	d.name(sig)

	if unassigned == nil {
		unassigned = []Unassigned{}
	}
	res := &Result{Resolution: gamma, Sweep: points, Unassigned: unassigned}
	res.Input = InputSummary{Tables: len(g.tables), Statements: len(m.Statements), ForeignKey: len(g.fks), Evidence: g.evidence, Schema: m.Schema}
	if g.evidence == "functions" {
		res.Input.Functions = len(g.fns)
	}
	switch g.evidence {
	case "statements":
		d.problems = append(d.problems, "no functions: each SQL statement stands for one")
	case "schema":
		d.problems = append(d.problems, "no functions or statements: contexts come from foreign keys, table names and comments only")
	}
	d.applyOverrides(opts.Overrides, &res.Unassigned)
	d.compact()
	homes := d.homes()
	res.Contexts = d.contexts(homes)
	res.SharedTables = d.shared(res.Unassigned)
	res.Relationships = d.relate(res, homes)
	d.classify(res, homes, sig, opts.Overrides.Type)
	d.services(res, opts)
	res.Metrics = d.metrics(homes)
	for i, t := range g.tables {
		if !hub[i] {
			continue
		}
		where := "unassigned"
		if d.owner[i] >= 0 {
			where = d.ctx[d.owner[i]].name
		}
		res.HubTables = append(res.HubTables, HubTable{Table: t, Readers: g.readers[i], Writers: g.writers[i],
			Placed: where, Reason: hubWhy[i]})
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
	// kind is each table's generic kind (nil: none known).
	kind []int
}

type draftCtx struct {
	name, label, nameFrom string
	labelKo               string // a Korean name, when comments allow
	tables                []int
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
const hubRule = `Hub tables are reported, not set aside: a table is a hub when at least 8
functions are known and either
  - it is used by functions of at least max(4, 10% of) the source modules
    (Java package without its web/service/impl layer, else the first two
    URL segments), no module making half of its use, or
  - it is read by at least max(3, 10% of functions) and written by at most a
    third as many, or written by that many and read by at most a third as
    many (with 4 modules or more known, both also need use by as many
    modules as the first rule).
A hub is clustered like any table: co-use with it is Jaccard-normalised, so
it ties weakly to each user, and its kind (codes, identity, files, logs, messages)
ties it to tables of the same kind, which makes generic contexts by kind.`

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
		case withModules && spread < spreadMin:
			// Read by many screens of few modules: a busy business
			// table (a receipt its neighbours show), not a hub.
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

// homeOf is the context owning most of what f uses, writes counting three
// times reads; -1 when f uses no owned table. Tables of a generic kind
// (codes, identity, files, logs, messages) count only when f uses nothing
// else: a petition list reading two code tables, or a post saved with its
// attachments, lives with the petitions or the posts, not in the code or
// file context (which would then depend on the business it serves). Ties
// go to the context whose tables in f are used by fewer functions overall
// (the more specific ones: a counselling list reading its own log and the
// widely read person table belongs with counselling), then to the lower
// index.
func (d *draft) homeOf(f *access) int {
	business := false
	if d.kind != nil {
		for _, list := range [][]int{f.writes, f.reads} {
			for _, t := range list {
				if d.owner[t] >= 0 && d.kind[t] == kindNone {
					business = true
				}
			}
		}
	}
	type sc struct {
		n    int
		spec float64
	}
	score := map[int]*sc{}
	add := func(t, w int) {
		o := d.owner[t]
		if o < 0 || business && d.kind[t] != kindNone {
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
func (d *draft) applyOverrides(o Overrides, unassigned *[]Unassigned) {
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
		kept := (*unassigned)[:0]
		for _, u := range *unassigned {
			if u.Table != d.g.tables[t] {
				kept = append(kept, u)
			}
		}
		*unassigned = kept
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
		out[c] = Context{Name: x.name, Label: x.label, NameKo: x.labelKo, NameFrom: x.nameFrom,
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

// shared lists tables no context owns that are not unassigned: none
// come out of clustering, so only a user's pin can leave one.
func (d *draft) shared(unassigned []Unassigned) []string {
	left := map[string]bool{}
	for _, u := range unassigned {
		left[u.Table] = true
	}
	out := []string{}
	for t, o := range d.owner {
		if o < 0 && !left[d.g.tables[t]] {
			out = append(out, d.g.tables[t])
		}
	}
	return out
}

// used reports whether any function or statement reads or writes t.
func (g *graphData) used(t int) bool {
	return g.readers[t]+g.writers[t] > 0 || g.stmtUse[t] > 0
}

// minTie is the probability a table pair must reach for an unused
// community to join a used one: above the 8 % of a pair with no signal.
const minTie = 0.1

// assign makes contexts of the communities. A community of tables no
// function or statement uses (a code master only foreign keys reach, a
// scheduler's own tables) joins the context it is most strongly tied to by
// keys, name family or comment words; with no such tie, each of its
// tables is listed as unassigned with the reason, never made a context of
// its own. Without any usage (schema-only input) every community is a
// context.
func (d *draft) assign(parts [][]int) []Unassigned {
	g := d.g
	if g.evidence == "schema" {
		for _, p := range parts {
			d.add(p)
		}
		return nil
	}
	var unused [][]int
	for _, p := range parts {
		usedHere := false
		for _, t := range p {
			if g.used(t) {
				usedHere = true
			}
		}
		if usedHere {
			d.add(p)
		} else {
			unused = append(unused, p)
		}
	}
	var out []Unassigned
	for _, p := range unused {
		tie := map[int]float64{}
		strongest := map[int]float64{}
		for _, t := range p {
			for k, w := range g.neighbours(t) {
				if o := d.owner[k]; o >= 0 {
					tie[o] += w
					strongest[o] = math.Max(strongest[o], w)
				}
			}
		}
		best, bestW := -1, 0.0
		for c, w := range tie {
			if strongest[c] >= minTie && (w > bestW || w == bestW && c < best) {
				best, bestW = c, w
			}
		}
		if best >= 0 {
			d.ctx[best].tables = append(d.ctx[best].tables, p...)
			for _, t := range p {
				d.owner[t] = best
			}
			continue
		}
		for _, t := range p {
			reason := "no function or statement uses it, and no key, name family or comment ties it to a table that is used"
			if len(p) > 1 {
				others := make([]string, 0, len(p)-1)
				for _, u := range p {
					if u != t {
						others = append(others, g.tables[u])
					}
				}
				if len(others) > 4 {
					others = append(others[:4], fmt.Sprintf("%d more", len(others)-4))
				}
				reason = "no function or statement uses it or the tables tied to it (" + joinNames(others) + "), and nothing ties them to a table that is used"
			}
			out = append(out, Unassigned{Table: g.tables[t], Reason: reason})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Table < out[j].Table })
	return out
}

// adoptLoners moves a table left alone, of no generic kind, into the
// context where every function using it lives (each function's home,
// homeOf): a sequence only the order placement reads and bumps belongs
// with the orders. A table some function lives with (its own screens)
// stays a context.
func (d *draft) adoptLoners(sig *tableSignals) {
	if d.g.evidence == "schema" {
		return
	}
	users := make([][]int, len(d.g.tables))
	for i := range d.g.fns {
		f := &d.g.fns[i]
		for _, list := range [][]int{f.reads, f.writes} {
			for _, t := range list {
				users[t] = append(users[t], i)
			}
		}
	}
	for c, x := range d.ctx {
		if len(x.tables) != 1 {
			continue
		}
		t := x.tables[0]
		if sig.kind[t] != kindNone || len(users[t]) == 0 {
			continue
		}
		home := -1
		for _, i := range users[t] {
			h := d.homeOf(&d.g.fns[i])
			if h == c || home >= 0 && h != home || h < 0 {
				home = -2
				break
			}
			home = h
		}
		if home < 0 {
			continue
		}
		d.ctx[home].tables = append(d.ctx[home].tables, t)
		x.tables = nil
		d.owner[t] = home
	}
	kept := d.ctx[:0]
	for _, x := range d.ctx {
		if len(x.tables) > 0 {
			kept = append(kept, x)
		}
	}
	d.ctx = kept
	for c, x := range d.ctx {
		for _, t := range x.tables {
			d.owner[t] = c
		}
	}
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
