package decompose

import (
	"fmt"
	"sort"
	"strings"
)

// relate builds the context map: A depends on B when A's functions read or
// write tables B owns; a shared kernel when two contexts' functions write
// the same table (owned by one of them, or shared), unless its owner is a
// generic context (codes, files, logs...): a post saved with its
// attachments uses the file context, as a client of a file service
// would, and shares no model with it. One relationship is
// kept per pair: shared kernel, else partnership (mutual dependency), else
// upstream-downstream — open-host when the upstream is generic and used by
// three or more contexts (classify settles that, so it runs after).
func (d *draft) relate(res *Result, homes []int) []Relationship {
	n := len(d.ctx)
	dep := make([]map[int]map[string]bool, n) // a -> b -> tables
	sk := map[[2]int]map[string]bool{}
	addSK := func(a, b int, table string) {
		if a == b {
			return
		}
		k := [2]int{min(a, b), max(a, b)}
		if sk[k] == nil {
			sk[k] = map[string]bool{}
		}
		sk[k][table] = true
	}
	writersOf := map[int]map[int]bool{} // table -> homes writing it
	for i, f := range d.g.fns {
		h := homes[i]
		if h < 0 {
			continue
		}
		use := func(t int) {
			if o := d.owner[t]; o >= 0 && o != h {
				if dep[h] == nil {
					dep[h] = map[int]map[string]bool{}
				}
				if dep[h][o] == nil {
					dep[h][o] = map[string]bool{}
				}
				dep[h][o][d.g.tables[t]] = true
			}
		}
		for _, t := range f.reads {
			use(t)
		}
		for _, t := range f.writes {
			use(t)
			if writersOf[t] == nil {
				writersOf[t] = map[int]bool{}
			}
			writersOf[t][h] = true
		}
	}
	generic := make([]bool, n)
	for c := range d.ctx {
		generic[c] = d.genericCtx(c)
	}
	for t, hs := range writersOf {
		list := sortedInts(hs)
		if o := d.owner[t]; o >= 0 {
			if generic[o] {
				continue
			}
			for _, h := range list {
				addSK(h, o, d.g.tables[t])
			}
			continue
		}
		for x, a := range list {
			for _, b := range list[x+1:] {
				addSK(a, b, d.g.tables[t])
			}
		}
	}
	for a := range dep {
		for _, b := range sortedInts(keysOf(dep[a])) {
			res.Contexts[a].DependsOn = append(res.Contexts[a].DependsOn, d.ctx[b].name)
			res.Contexts[b].UsedBy = append(res.Contexts[b].UsedBy, d.ctx[a].name)
		}
	}
	for c := range res.Contexts {
		sort.Strings(res.Contexts[c].DependsOn)
		sort.Strings(res.Contexts[c].UsedBy)
	}
	var rels []Relationship
	for a := 0; a < n; a++ {
		for b := a + 1; b < n; b++ {
			k := [2]int{a, b}
			ab, ba := dep[a][b], dep[b][a]
			switch {
			case sk[k] != nil:
				tables := union(sk[k], nil)
				rels = append(rels, Relationship{From: d.ctx[a].name, To: d.ctx[b].name, Kind: SharedKernel, Tables: tables})
			case ab != nil && ba != nil:
				rels = append(rels, Relationship{From: d.ctx[a].name, To: d.ctx[b].name, Kind: Partnership, Tables: union(ab, ba)})
			case ab != nil:
				rels = append(rels, Relationship{From: d.ctx[a].name, To: d.ctx[b].name, Kind: UpstreamDownstream, Tables: union(ab, nil)})
			case ba != nil:
				rels = append(rels, Relationship{From: d.ctx[b].name, To: d.ctx[a].name, Kind: UpstreamDownstream, Tables: union(ba, nil)})
			}
		}
	}
	sort.SliceStable(rels, func(i, j int) bool {
		if rels[i].From != rels[j].From {
			return rels[i].From < rels[j].From
		}
		return rels[i].To < rels[j].To
	})
	if rels == nil {
		rels = []Relationship{}
	}
	return rels
}

func union(a, b map[string]bool) []string {
	m := map[string]bool{}
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return sortedKeys(m)
}

func keysOf[V any](m map[int]V) map[int]bool {
	out := make(map[int]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

func sortedInts(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

// genericCtx reports whether at least half of context c's tables hold a
// generic kind of data (classify's rule for the generic type).
func (d *draft) genericCtx(c int) bool {
	if d.kind == nil {
		return false
	}
	g := 0
	for _, t := range d.ctx[c].tables {
		if d.kind[t] != kindNone {
			g++
		}
	}
	return g > 0 && 2*g >= len(d.ctx[c].tables)
}

// kindNames name the generic kinds in reasons.
var kindNames = map[int]string{
	kindCode: "codes and reference data", kindIdentity: "users, authorities and menus",
	kindFile: "files", kindLog: "logs", kindMessage: "messages sent (mail, SMS, notifications)",
}

// technicalWords are module and class words of functions that run the
// system rather than its business (code generators, schedulers,
// monitors, utilities): their writes do not make a context core.
var technicalWords = map[string]bool{
	"tool": true, "tools": true, "generator": true, "gen": true, "codegen": true, "quartz": true,
	"job": true, "jobs": true, "scheduler": true, "schedule": false, "monitor": true, "monitoring": true,
	"batch": true, "log": true, "logs": true, "util": true, "utl": true, "utils": true, "sym": true,
	"system": true, "sys": true, "config": true, "setting": true, "common": true, "cmm": true,
	"sec": true, "security": true, "auth": true, "login": true, "uat": true, "upload": true, "file": true,
}

// supportingWords are words of contexts that serve the business rather
// than being it, whatever their activity: statistics, help, notices,
// site furniture.
var supportingWords = []string{
	"STAT", "STATS", "STATISTICS", "SUMMARY", "REPORT", "FAQ", "QNA", "HELP", "NOTICE", "BANNER", "POPUP",
	"TEMPLATE", "TMPLAT", "CAROUSEL", "AD", "ADVERTISE",
	"통계", "요약", "도움말", "공지", "배너", "팝업", "템플릿", "统计", "帮助", "公告", "通知", "广告", "轮播",
}

func isSupportingTable(name, comment string) bool {
	for _, tok := range tableTokens(name) {
		for _, w := range supportingWords {
			if w[0] < 0x80 && (tok == w || len(w) >= 4 && (strings.HasPrefix(tok, "COMTS") || strings.HasSuffix(tok, w))) {
				return true
			}
		}
	}
	for _, w := range supportingWords {
		if w[0] >= 0x80 && strings.Contains(comment, w) {
			return true
		}
	}
	return false
}

// typeRule explains subdomain typing, for --help and the README.
const typeRule = `Subdomain type (the seed document's 핵심/지원/일반, figure 7-6):
  - tags: when most tagged functions of a context say core, supporting or
    generic (also 핵심, 지원, 일반), the tag wins; once any function is
    tagged, untagged contexts that are not generic are supporting;
  - generic: at least half of its tables hold a generic kind of data -
    codes and reference data, users/authorities/menus, files, logs, messages
    sent - by name or comment; being mostly read does not make a context
    generic;
  - core: among the rest, contexts whose business activity - functions
    writing its tables, not counting code generators, schedulers, monitors
    and other technical modules, plus half the contexts that depend on it -
    is at least 60% of the busiest context's, unless most of its tables are
    statistics, help, notices or site furniture (banners, pop-ups);
  - supporting: everything else.
The Assessment file's decomposition.overrides.type has the last word.`

// TypeRule is typeRule for callers documenting the tool.
const TypeRule = typeRule

// technical reports whether f belongs to a technical module.
func technical(f *access) bool {
	for _, seg := range moduleSegments(f.pkg) {
		if technicalWords[seg] {
			return true
		}
	}
	leaf, _, class := useTokens(f)
	_ = leaf
	for _, w := range class {
		if technicalWords[w] {
			return true
		}
	}
	return false
}

func (d *draft) classify(res *Result, homes []int, sig *tableSignals, override map[string]string) {
	writers := make([]int, len(d.ctx))
	techWriters := make([]int, len(d.ctx)) // code generators, jobs, monitors
	for i := range d.g.fns {
		f := &d.g.fns[i]
		count := writers
		if technical(f) {
			count = techWriters
		}
		seen := map[int]bool{}
		for _, t := range f.writes {
			if o := d.owner[t]; o >= 0 && !seen[o] {
				seen[o] = true
				count[o]++
			}
		}
	}
	tagsUsed := false
	for _, f := range d.g.fns {
		for _, tag := range f.tags {
			if typeTag(tag) != "" {
				tagsUsed = true
			}
		}
	}
	activity := make([]float64, len(d.ctx))
	maxAct := 0.0
	for c := range d.ctx {
		rc := &res.Contexts[c]
		if t, why := d.tagType(c, homes); t != "" {
			rc.Type, rc.TypeReason = t, why
			continue
		}
		kinds := map[int]int{}
		supporting := 0
		for _, t := range d.ctx[c].tables {
			if k := sig.kind[t]; k != kindNone {
				kinds[k]++
			}
			if isSupportingTable(d.g.tables[t], d.g.comment[t]) {
				supporting++
			}
		}
		nt := len(d.ctx[c].tables)
		generic, top, topN := 0, kindNone, 0
		for _, k := range genericKinds {
			generic += kinds[k]
			if kinds[k] > topN {
				top, topN = k, kinds[k]
			}
		}
		if 2*generic >= nt && generic > 0 {
			rc.Type = Generic
			rc.TypeReason = fmt.Sprintf("%d of %d tables hold %s", generic, nt, kindNames[top])
			if generic > topN {
				rc.TypeReason = fmt.Sprintf("%d of %d tables hold generic data (%d %s)", generic, nt, topN, kindNames[top])
			}
			continue
		}
		if 2*supporting > nt {
			rc.Type = Supporting
			rc.TypeReason = fmt.Sprintf("%d of %d tables hold statistics, help, notices or site furniture", supporting, nt)
			continue
		}
		activity[c] = float64(writers[c]) + 0.5*float64(len(rc.UsedBy))
		if activity[c] > maxAct {
			maxAct = activity[c]
		}
	}
	for c := range d.ctx {
		rc := &res.Contexts[c]
		if rc.Type != "" {
			continue
		}
		if tagsUsed {
			rc.Type, rc.TypeReason = Supporting, "none of its functions is tagged, while other contexts' are"
			continue
		}
		if maxAct > 0 && activity[c] >= 0.6*maxAct {
			rc.Type = Core
		} else {
			rc.Type = Supporting
		}
		rc.TypeReason = fmt.Sprintf("%d business functions write its tables and %d contexts depend on it (activity %.1f of at most %.1f)",
			writers[c], len(rc.UsedBy), activity[c], maxAct)
		if techWriters[c] > 0 {
			// Say who else writes, so "0 business functions" does not
			// read as "nothing writes it" (a code generator does).
			rc.TypeReason = fmt.Sprintf("%d business functions write its tables (technical writers - code generators, schedulers, monitors, logins - not counted: %d) and %d contexts depend on it (activity %.1f of at most %.1f)",
				writers[c], techWriters[c], len(rc.UsedBy), activity[c], maxAct)
		}
	}
	byName := map[string]int{}
	for c := range res.Contexts {
		byName[res.Contexts[c].Name] = c
	}
	for _, name := range sortedKeys(override) {
		c, ok := byName[name]
		t := strings.ToLower(override[name])
		switch {
		case !ok:
			d.problems = append(d.problems, fmt.Sprintf("override type %q: no context has that name", name))
		case t != Core && t != Supporting && t != Generic:
			d.problems = append(d.problems, fmt.Sprintf("override type %q: %q is not core, supporting or generic", name, override[name]))
		default:
			res.Contexts[c].Type, res.Contexts[c].TypeReason = t, "set by override"
		}
	}
	// Open host: a generic upstream used by three or more contexts.
	for i, r := range res.Relationships {
		if r.Kind != UpstreamDownstream {
			continue
		}
		up := res.Contexts[byName[r.To]]
		if up.Type == Generic && len(up.UsedBy) >= 3 {
			res.Relationships[i].Kind = OpenHost
		}
	}
}

// tagType reads the types tagged on a context's functions.
func (d *draft) tagType(c int, homes []int) (string, string) {
	count := map[string]int{}
	tagged := 0
	for i, f := range d.g.fns {
		if homes[i] != c {
			continue
		}
		hit := false
		for _, tag := range f.tags {
			if t := typeTag(tag); t != "" {
				count[t]++
				hit = true
			}
		}
		if hit {
			tagged++
		}
	}
	for _, t := range []string{Core, Supporting, Generic} {
		if tagged > 0 && 2*count[t] > tagged {
			return t, fmt.Sprintf("%d of %d tagged functions are tagged %s", count[t], tagged, t)
		}
	}
	return "", ""
}

// typeTag reads a function tag naming a subdomain type.
func typeTag(tag string) string {
	switch strings.ToLower(strings.TrimSpace(tag)) {
	case "core", "핵심":
		return Core
	case "supporting", "지원":
		return Supporting
	case "generic", "일반":
		return Generic
	}
	return ""
}

// services proposes microservice splits of large contexts: Louvain at
// γ=1 on the context's own tables, kept when it gives two or more
// connected parts of at least two tables and a modularity of 0.3 or more.
func (d *draft) services(res *Result, opts Options) {
	if opts.MinServiceSplit < 0 {
		return
	}
	for c, x := range d.ctx {
		if len(x.tables) < opts.MinServiceSplit {
			continue
		}
		g, members := newWGraph(x.tables, d.g)
		parts := louvain(g, 1, opts.Seed)
		if len(parts) < 2 || modularity(g, parts) < 0.3 {
			continue
		}
		ok := true
		for _, p := range parts {
			if len(p) < 2 {
				ok = false
			}
		}
		if !ok {
			continue
		}
		used := map[string]bool{}
		for _, p := range parts {
			tables := make([]int, len(p))
			for i, u := range p {
				tables[i] = members[u]
			}
			root := d.root(tables)
			base := x.name + "-" + sanitizeName(strings.ToLower(strings.Join(tableTokens(d.g.tables[root]), "-")))
			name := base
			for n := 2; used[name]; n++ {
				name = fmt.Sprintf("%s-%d", base, n)
			}
			used[name] = true
			res.Contexts[c].Microservices = append(res.Contexts[c].Microservices, Microservice{Name: name, Tables: d.names(tables)})
		}
	}
}
