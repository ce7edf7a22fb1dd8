package decompose

import (
	"math"
	"sort"
	"strings"
)

// Service Cutter's semantic-proximity scores for two tables used by one
// function: both written, one written, both read.
const (
	scoreWriteWrite = 10.0
	scoreReadWrite  = 3.0
	scoreReadRead   = 3.0
	// statementShare weighs a statement against a function when both are
	// known: joins in one statement add to what functions say.
	statementShare = 0.5
)

// access is a function or statement reduced to table indexes.
type access struct {
	id     string
	name   string
	pkg    string
	path   string
	tags   []string
	reads  []int // tables read and not written
	writes []int
	// inserts are the writes that create rows (a subset of writes);
	// when the model says nothing of inserts, every write.
	inserts []int
}

// creates reports whether a creates rows in t.
func (a *access) creates(t int) bool {
	i := sort.SearchInts(a.inserts, t)
	return i < len(a.inserts) && a.inserts[i] == t
}

func (a *access) touches() int { return len(a.reads) + len(a.writes) }

// graphData is the model turned into indexes and weighted edges.
type graphData struct {
	tables  []string // sorted, canonical names
	index   map[string]int
	comment []string
	fks     [][2]int
	// parts are the foreign keys that are identifying (Table.Identifying).
	parts map[[2]int]bool
	fns   []access // functions, or statements standing in for them
	stmts []access // statements, when functions are known
	joins []access // tables joined in one query block
	// weight holds the edge weight of each pair i<j: the probability
	// that the two tables share a context (setEvidence).
	weight map[[2]int]float64
	// lift is each pair's log-odds above the prior's (z − evBias): the
	// correlation-clustering weight (cpm.go).
	lift     map[[2]int]float64
	readers  []int
	writers  []int
	stmtUse  []int // statements naming each table
	evidence string
	// adj and adjW are the positive edges per table, sorted by neighbour.
	adj  [][]int32
	adjW [][]float64
	// coUse is the normalised co-use weight of each pair (functions,
	// statements and joins), before keys and priors are added.
	coUse map[[2]int]float64
}

// adjacency builds (once) the sorted neighbour lists of the weight map.
func (g *graphData) adjacency() ([][]int32, [][]float64) {
	if g.adj != nil {
		return g.adj, g.adjW
	}
	g.adj = make([][]int32, len(g.tables))
	g.adjW = make([][]float64, len(g.tables))
	for k, v := range g.weight {
		if v <= 0 || k[0] == k[1] {
			continue
		}
		link(g.adj, g.adjW, k[0], k[1], v)
	}
	sortLists(g.adj, g.adjW)
	return g.adj, g.adjW
}

// canon is the key tables are matched by: SQL names are case-insensitive.
func canon(name string) string { return strings.ToUpper(strings.TrimSpace(name)) }

func pairKey(i, j int) [2]int {
	if i > j {
		i, j = j, i
	}
	return [2]int{i, j}
}

// buildGraph indexes the model's tables (plus any table only functions or
// statements name) and scores every pair.
func buildGraph(m *Model) *graphData {
	g := &graphData{index: map[string]int{}}
	comments := map[string]string{}
	names := map[string]bool{}
	add := func(n string) string {
		c := canon(n)
		if c != "" {
			names[c] = true
		}
		return c
	}
	for _, t := range m.Tables {
		c := add(t.Name)
		if t.Comment != "" && comments[c] == "" {
			comments[c] = strings.TrimSpace(t.Comment)
		}
		for _, r := range t.References {
			add(r)
		}
	}
	for _, f := range m.Functions {
		for _, t := range f.Reads {
			add(t)
		}
		for _, t := range f.Writes {
			add(t)
		}
	}
	for _, s := range m.Statements {
		for _, t := range s.Reads {
			add(t)
		}
		for _, t := range s.Writes {
			add(t)
		}
	}
	for n := range names {
		g.tables = append(g.tables, n)
	}
	sort.Strings(g.tables)
	g.comment = make([]string, len(g.tables))
	for i, n := range g.tables {
		g.index[n] = i
		g.comment[i] = comments[n]
	}
	fkSeen := map[[2]int]bool{}
	g.parts = map[[2]int]bool{}
	for _, t := range m.Tables {
		i, ok := g.index[canon(t.Name)]
		if !ok {
			continue
		}
		for _, r := range t.Identifying {
			if j, ok := g.index[canon(r)]; ok && i != j {
				g.parts[pairKey(i, j)] = true
			}
		}
		for _, r := range t.References {
			j, ok := g.index[canon(r)]
			if !ok || i == j || fkSeen[pairKey(i, j)] {
				continue
			}
			fkSeen[pairKey(i, j)] = true
			g.fks = append(g.fks, pairKey(i, j))
		}
	}
	sort.Slice(g.fks, func(a, b int) bool { return lessPair(g.fks[a], g.fks[b]) })

	// Without a word on inserts anywhere (declared functions), every
	// write is taken to create rows.
	known := false
	for _, f := range m.Functions {
		known = known || len(f.Inserts) > 0
	}
	for _, s := range m.Statements {
		known = known || len(s.Inserts) > 0
	}
	ins := func(writes, inserts []string) []string {
		if known {
			return inserts
		}
		return writes
	}
	for _, f := range m.Functions {
		a := g.access(f.ID, f.Reads, f.Writes, ins(f.Writes, f.Inserts))
		if a.touches() == 0 {
			continue
		}
		a.name, a.pkg, a.path, a.tags = f.Name, f.Package, f.Path, f.Tags
		g.fns = append(g.fns, a)
	}
	for _, s := range m.Statements {
		a := g.access(s.ID, s.Reads, s.Writes, ins(s.Writes, s.Inserts))
		if a.touches() > 0 {
			g.stmts = append(g.stmts, a)
		}
		// Tables joined in one query block are used together more surely
		// than tables anywhere in the statement: each join adds again.
		for _, j := range s.Joins {
			if ja := g.access(s.ID, j, nil, nil); ja.touches() > 1 {
				g.joins = append(g.joins, ja)
			}
		}
	}
	switch {
	case len(g.fns) > 0:
		g.evidence = "functions"
	case len(g.stmts) > 0:
		g.evidence = "statements"
		g.fns, g.stmts = g.stmts, nil
	default:
		g.evidence = "schema"
	}
	sort.SliceStable(g.fns, func(a, b int) bool { return g.fns[a].id < g.fns[b].id })
	g.readers = make([]int, len(g.tables))
	g.writers = make([]int, len(g.tables))
	for _, f := range g.fns {
		for _, t := range f.reads {
			g.readers[t]++
		}
		for _, t := range f.writes {
			g.writers[t]++
		}
	}
	g.stmtUse = make([]int, len(g.tables))
	for _, list := range [][]access{g.fns, g.stmts} {
		for _, st := range list {
			for _, t := range st.reads {
				g.stmtUse[t]++
			}
			for _, t := range st.writes {
				g.stmtUse[t]++
			}
		}
	}
	g.score()
	return g
}

func lessPair(a, b [2]int) bool {
	if a[0] != b[0] {
		return a[0] < b[0]
	}
	return a[1] < b[1]
}

// access resolves table names to sorted, distinct indexes; a table both
// read and written counts as written.
func (g *graphData) access(id string, reads, writes, inserts []string) access {
	a := access{id: id}
	w := map[int]bool{}
	for _, t := range writes {
		if i, ok := g.index[canon(t)]; ok && !w[i] {
			w[i] = true
			a.writes = append(a.writes, i)
		}
	}
	r := map[int]bool{}
	for _, t := range reads {
		if i, ok := g.index[canon(t)]; ok && !w[i] && !r[i] {
			r[i] = true
			a.reads = append(a.reads, i)
		}
	}
	ins := map[int]bool{}
	for _, t := range inserts {
		if i, ok := g.index[canon(t)]; ok && w[i] && !ins[i] {
			ins[i] = true
			a.inserts = append(a.inserts, i)
		}
	}
	sort.Ints(a.reads)
	sort.Ints(a.writes)
	sort.Ints(a.inserts)
	return a
}

// score computes edge weights. Each function adds Service Cutter's
// semantic-proximity score for every pair of tables it uses, divided by
// (tables used − 1) so that a screen reading twenty tables does not
// outweigh twenty focused functions. Each pair's sum is then divided by
// the number of functions using either table (the Jaccard denominator), so
// a table every module writes to — a message queue, a log — ties weakly to
// each. The results are normalised as Service Cutter does (the 90th
// percentile becomes 10, capped at 10); foreign keys then add
// scoreForeignKey and the same-module prior scorePackage. With schema
// only, tables sharing a name prefix are linked weakly.
func (g *graphData) score() {
	raw := map[[2]int]float64{}
	addAll := func(list []access, share float64) {
		for _, f := range list {
			n := f.touches()
			if n < 2 {
				continue
			}
			norm := share / float64(n-1)
			for x, i := range f.writes {
				for _, j := range f.writes[x+1:] {
					raw[pairKey(i, j)] += scoreWriteWrite * norm
				}
				for _, j := range f.reads {
					raw[pairKey(i, j)] += scoreReadWrite * norm
				}
			}
			for x, i := range f.reads {
				for _, j := range f.reads[x+1:] {
					raw[pairKey(i, j)] += scoreReadRead * norm
				}
			}
		}
	}
	addAll(g.fns, 1)
	addAll(g.stmts, statementShare)
	addAll(g.joins, statementShare)
	{
		// Divide each pair's score by the number of functions using
		// either table (Jaccard's denominator), so a table every module
		// writes to — a message queue, a log — ties weakly to each.
		co := map[[2]int]int{}
		for _, f := range g.fns {
			all := append(append([]int(nil), f.reads...), f.writes...)
			for x, i := range all {
				for _, j := range all[x+1:] {
					co[pairKey(i, j)]++
				}
			}
		}
		for k, v := range raw {
			u := g.readers[k[0]] + g.writers[k[0]] + g.readers[k[1]] + g.writers[k[1]] - co[k]
			if u > 0 {
				raw[k] = v / float64(u)
			}
		}
	}
	g.coUse = make(map[[2]int]float64, len(raw))
	if len(raw) > 0 {
		vals := make([]float64, 0, len(raw))
		for _, v := range raw {
			vals = append(vals, v)
		}
		sort.Float64s(vals)
		p90 := vals[int(math.Ceil(0.9*float64(len(vals))))-1]
		for k, v := range raw {
			g.coUse[k] = math.Min(10, 10*v/p90)
		}
	}
}

// neighbours are t's positive edges, by neighbour.
func (g *graphData) neighbours(t int) map[int]float64 {
	adj, ws := g.adjacency()
	out := make(map[int]float64, len(adj[t]))
	for i, u := range adj[t] {
		out[int(u)] = ws[t][i]
	}
	return out
}

// setEvidence makes the pairs' probabilities the edge weights.
func (g *graphData) setEvidence(pairs map[[2]int]*pairFeatures) {
	g.weight = make(map[[2]int]float64, len(pairs))
	g.lift = make(map[[2]int]float64, len(pairs))
	for k, p := range pairs {
		if k[0] != k[1] {
			z := p.logOdds()
			g.weight[k] = 1 / (1 + math.Exp(-z))
			g.lift[k] = z - evBias - crossModule*p.otherModule
		}
	}
	g.adj, g.adjW = nil, nil
}

// genericPrefix are leading name tokens that mark a table, not a module.
var genericPrefix = map[string]bool{
	"TB": true, "TBL": true, "T": true, "TN": true, "TC": true, "TH": true,
	"TL": true, "TM": true, "TR": true, "TS": true, "TT": true, "M": true,
	"MT": true, "D": true, "H": true, "TABLE": true,
}

// tableTokens splits a table name into its meaningful tokens: on
// underscores, without the leading table markers (TB_, T_, TN_ …) and
// without a schema qualifier.
func tableTokens(name string) []string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	parts := strings.FieldsFunc(strings.ToUpper(name), func(r rune) bool { return r == '_' || r == '-' || r == '$' })
	for len(parts) > 1 && genericPrefix[parts[0]] {
		parts = parts[1:]
	}
	return parts
}

// layerSegments end a Java package without naming a module.
var layerSegments = map[string]bool{
	"web": true, "service": true, "impl": true, "controller": true, "controllers": true,
	"dao": true, "mapper": true, "mappers": true, "vo": true, "dto": true, "repository": true,
	"action": true, "actions": true, "api": true, "rest": true, "ctrl": true, "model": true,
	"domain": true, "entity": true, "persistence": true, "biz": true, "svc": true,
}

// modulePackage is a function's package without its layer suffix:
// egovframework.cvpl.rcpt.web and egovframework.cvpl.rcpt.service.impl are
// both egovframework.cvpl.rcpt.
func modulePackage(pkg string) string {
	parts := strings.Split(pkg, ".")
	for len(parts) > 1 && layerSegments[strings.ToLower(parts[len(parts)-1])] {
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, ".")
}
