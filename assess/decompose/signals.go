package decompose

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pairwise evidence that two tables belong to one bounded context. Each
// signal is a similarity in [0, 1]; pairEvidence combines them (see
// evidence.go). The signals are those the issue of real applications
// named: statement co-use, foreign keys, table-name families, comment
// vocabulary, and the module (package, controller, mapper) using them.

// sparseVec is a sparse vector over token ids, sorted by id.
type sparseVec struct {
	ids  []int32
	vals []float64
}

func (v sparseVec) norm() float64 {
	s := 0.0
	for _, x := range v.vals {
		s += x * x
	}
	return math.Sqrt(s)
}

// cosine of two unit vectors.
func dot(a, b sparseVec) float64 {
	s := 0.0
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			s += a.vals[i] * b.vals[j]
			i++
			j++
		}
	}
	return s
}

// vocab builds tf-idf unit vectors over documents of weighted tokens.
type vocab struct {
	ids  map[string]int32
	docs []map[int32]float64
}

func newVocab(n int) *vocab {
	return &vocab{ids: map[string]int32{}, docs: make([]map[int32]float64, n)}
}

func (v *vocab) add(doc int, tok string, w float64) {
	if tok == "" || w <= 0 {
		return
	}
	id, ok := v.ids[tok]
	if !ok {
		id = int32(len(v.ids))
		v.ids[tok] = id
	}
	if v.docs[doc] == nil {
		v.docs[doc] = map[int32]float64{}
	}
	v.docs[doc][id] += w
}

// vectors weighs each token by its inverse document frequency, so words
// every table carries (정보, 관리, 表, a system prefix) count for nothing,
// and normalises each document to unit length. A token found in one
// document only links nothing and is dropped.
func (v *vocab) vectors() []sparseVec {
	df := make([]int, len(v.ids))
	for _, d := range v.docs {
		for id := range d {
			df[id]++
		}
	}
	n := float64(len(v.docs))
	out := make([]sparseVec, len(v.docs))
	for i, d := range v.docs {
		var vec sparseVec
		for id, w := range d {
			// A token of one document links nothing; a token of most
			// documents separates nothing (and would make every vector
			// alike).
			if df[id] < 2 || 2*df[id] > len(v.docs) {
				continue
			}
			idf := math.Log(n / float64(df[id]))
			if idf <= 0 {
				continue
			}
			// Sublinear term frequency: a token repeated by fifty
			// functions is not fifty times the evidence.
			vec.ids = append(vec.ids, id)
			vec.vals = append(vec.vals, (1+math.Log1p(w))*idf)
		}
		sortParallel(vec.ids, vec.vals)
		if nrm := vec.norm(); nrm > 0 {
			for k := range vec.vals {
				vec.vals[k] /= nrm
			}
		}
		out[i] = vec
	}
	return out
}

// commentTokens splits a comment into the tokens its vocabulary is
// compared by: every two-character window of a run of Hangul or CJK
// characters (Korean and Chinese write compounds without spaces:
// DB서비스모니터링로그정보 shares 모니터링 with 프로세스모니터링), and
// lower-cased ASCII words of two letters or more.
func commentTokens(s string) []string {
	var out []string
	var run []rune
	flush := func() {
		// "…表" (table) ends most Chinese table comments: not a word of
		// the domain.
		for len(run) > 1 && run[len(run)-1] == '表' {
			run = run[:len(run)-1]
		}
		if len(run) == 1 {
			out = append(out, string(run))
		}
		for i := 0; i+1 < len(run); i++ {
			if bg := string(run[i : i+2]); !stopBigrams[bg] {
				out = append(out, bg)
			}
		}
		run = run[:0]
	}
	word := strings.Builder{}
	flushWord := func() {
		if word.Len() >= 2 {
			out = append(out, strings.ToLower(word.String()))
		}
		word.Reset()
	}
	for _, r := range s {
		switch {
		case isCJK(r):
			flushWord()
			run = append(run, r)
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			flush()
			word.WriteRune(r)
		default:
			flush()
			flushWord()
		}
	}
	flush()
	flushWord()
	return out
}

// stopBigrams are words table comments use whatever the domain:
// information, management, details, list, history, record, table, data,
// relation, setting (Korean and Chinese).
var stopBigrams = map[string]bool{
	"정보": true, "관리": true, "내역": true, "목록": true, "테이": true, "이블": true, "상세": true,
	"이력": true, "여부": true, "코드": false, "설정": true, "현황": true, "등록": true,
	"信息": true, "息表": true, "管理": true, "记录": true, "录表": true, "列表": true, "详情": true,
	"关系": true, "系表": true, "数据": true, "据表": true, "设置": true, "置表": true, "表的": true,
	"和关": true, "与关": true,
}

func isCJK(r rune) bool {
	return r >= 0xac00 && r <= 0xd7a3 || r >= 0x4e00 && r <= 0x9fff || r >= 0x3400 && r <= 0x4dbf ||
		r >= 0x3130 && r <= 0x318f || r >= 0xf900 && r <= 0xfaff
}

// nameFamilies finds, for names of tables, the prefix every name of the
// application (or more than half of them) starts with — TB_, LITEMALL_,
// COMTN, SYS_ — so it is not taken for a family.
type nameFamilies struct {
	stems []string // names without the application-wide prefix
	sep   []bool   // the name has separators: families end at one
	n     int
	// count of stems starting with each prefix met, memoised.
	count map[string]int
}

func isNameSep(c byte) bool { return c == '_' || c == '-' || c == '$' || c == '.' }

func newNameFamilies(names []string) *nameFamilies {
	nf := &nameFamilies{stems: make([]string, len(names)), sep: make([]bool, len(names)), n: len(names), count: map[string]int{}}
	for i, n := range names {
		if j := strings.LastIndexByte(n, '.'); j >= 0 {
			n = n[j+1:]
		}
		nf.stems[i] = n
		nf.sep[i] = strings.ContainsAny(n, "_-$")
	}
	// Strip, repeatedly, the longest prefix more than half of the names
	// share (at a separator for separated names).
	for round := 0; round < 4; round++ {
		best := ""
		counts := map[string]int{}
		for i, s := range nf.stems {
			for k := 1; k < len(s); k++ {
				if nf.sep[i] && !isNameSep(s[k-1]) {
					continue
				}
				counts[s[:k]]++
			}
		}
		// The prefix most names share, the longest of those tied
		// (COMT over C, TB_NEWBEE_MALL_ over TB_): the first needs half
		// the names (TB_, SYS_ in an admin framework), a further one
		// four in five, so a family of a small schema (TB_PAY_ in
		// three of five) stays.
		bestC := 0
		for p, c := range counts {
			if c > bestC || c == bestC && (len(p) > len(best) || len(p) == len(best) && p < best) {
				best, bestC = p, c
			}
		}
		if round == 0 && 2*bestC <= len(names) || round > 0 && 5*bestC <= 4*len(names) {
			best = ""
		}
		if best == "" {
			break
		}
		for i, s := range nf.stems {
			if strings.HasPrefix(s, best) && len(s) > len(best) {
				nf.stems[i] = strings.TrimLeft(s[len(best):], "_-$")
			} else {
				// A name outside the family keeps the part of the
				// prefix it shares (COMTC... under COMTN: strip COMT).
				k := 0
				for k < len(best) && k < len(s)-1 && s[k] == best[k] {
					k++
				}
				for k > 0 && 2*counts[s[:k]] <= len(names) {
					k--
				}
				nf.stems[i] = strings.TrimLeft(s[k:], "_-$")
			}
		}
	}
	for _, s := range nf.stems {
		for k := 2; k <= len(s); k++ {
			nf.count[s[:k]]++
		}
	}
	return nf
}

// similarity is how specific the family two names share is: 0 when they
// share under three characters beyond the application-wide prefix (or,
// for names with separators, no whole token), else 1 − ln(c)/ln(n) for a
// family of c of the n tables: PMS_ (19 of 77) 0.32, COMTNBBS (5 of 183)
// 0.69.
func (nf *nameFamilies) similarity(i, j int) float64 {
	a, b := nf.stems[i], nf.stems[j]
	k := 0
	for k < len(a) && k < len(b) && a[k] == b[k] {
		k++
	}
	if nf.n < 3 {
		return 0
	}
	if nf.sep[i] || nf.sep[j] {
		// Whole tokens only: cut back to the last separator unless a
		// name ends there (PMS_BRAND and PMS_ALBUM share PMS).
		full := func(s string) bool { return k == len(s) || isNameSep(s[k]) }
		if !(full(a) && full(b)) {
			for k > 0 && !isNameSep(a[k-1]) {
				k--
			}
			for k > 0 && isNameSep(a[k-1]) {
				k--
			}
		}
		if k < 2 {
			return 0
		}
	} else if k < 3 || k < 5 && k != len(a) && k != len(b) {
		// One-word names share a family when one is the other's start
		// (BBS and BBSMASTER, ORDERS and ORDERSTATUS) or they share five
		// letters (QUSTNRIEM and QUSTNRQESITM); PRODUCT and PROFILE do
		// not, nor COMTNBBS and COMTCCMMNCODE in a schema where COMT is
		// not the prefix of most tables.
		return 0
	}
	c := nf.count[a[:k]]
	if c < 2 {
		c = 2
	}
	return math.Max(0, 1-math.Log(float64(c))/math.Log(float64(nf.n)))
}

// channelSegments name who a controller serves, not what it does: a shop
// with admin/ and wx/ controllers is not split into an admin context and a
// user-app context (layerSegments name the tier).
var channelSegments = map[string]bool{
	"admin": true, "adm": true, "mng": true, "mgr": true, "manage": true, "manager": true, "management": true,
	"wx": true, "weixin": true, "wechat": true, "miniapp": true, "mini": true, "app": true, "apps": true,
	"mobile": true, "mob": true, "m": true, "h5": true, "pc": true, "web": true, "www": true, "front": true,
	"frontend": true, "backend": true, "back": true, "portal": true, "site": true, "user": false,
	"api": true, "apis": true, "openapi": true, "open": true, "rest": true, "batch": true, "job": false,
	"external": true, "internal": true, "ext": true, "client": true, "server": true, "console": true,
	"v1": true, "v2": true, "v3": true, "pub": true, "public": true, "sys": false,
}

// moduleStop are package segments that say nothing of the domain.
var moduleStop = map[string]bool{
	"com": true, "org": true, "net": true, "kr": true, "go": true, "or": true, "co": true, "io": true,
	"cn": true, "java": true, "main": true, "src": true, "egovframework": true, "egov": true,
	"common": false, "cmm": false,
}

// moduleSegments are a package's segments that may name a module: layers,
// channels and organisation segments removed.
func moduleSegments(pkg string) []string {
	var out []string
	for _, s := range strings.Split(strings.ToLower(pkg), ".") {
		if s == "" || layerSegments[s] || channelSegments[s] || moduleStop[s] || s == "impl" {
			continue
		}
		out = append(out, s)
	}
	return out
}

// classStopWords are class-name words that name a technique, a channel or
// the framework rather than a domain.
var classStopWords = map[string]bool{
	"controller": true, "ctrl": true, "action": true, "resource": true, "endpoint": true, "handler": true,
	"servlet": true, "rest": true, "api": true, "mapper": true, "dao": true, "repository": true,
	"service": true, "impl": true, "manage": true, "management": true, "mng": true, "manager": true,
	"egov": true, "admin": true, "wx": true, "portal": true, "mobile": true, "app": true, "front": true,
	"web": true, "base": true, "abstract": true, "default": true, "sql": true, "info": true, "list": true,
	"ext": true, "v1": true, "v2": true, "com": true,
}

// camelWords splits an identifier into lower-cased words: BBSManage ->
// bbs, manage; WxGoodsController -> wx, goods, controller.
func camelWords(s string) []string {
	var out []string
	rs := []rune(s)
	start := 0
	for i := 1; i <= len(rs); i++ {
		boundary := i == len(rs) || rs[i] == '_' || rs[i] == '-' ||
			unicode.IsUpper(rs[i]) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])) ||
			unicode.IsDigit(rs[i]) != unicode.IsDigit(rs[i-1])
		if boundary {
			w := strings.ToLower(strings.Trim(string(rs[start:i]), "_-"))
			if w != "" {
				out = append(out, w)
			}
			start = i
		}
	}
	return out
}

// useTokens are the tokens naming where a function lives: its module
// (package without organisation, channel and layer segments), the module's
// parent (so sibling components, utl.sys.dbm and utl.sys.htm, meet), and
// the domain words of its controller or mapper class.
func useTokens(f *access) (leaf, parent string, class []string) {
	segs := moduleSegments(f.pkg)
	if len(segs) > 0 {
		leaf = strings.Join(segs, ".")
	}
	if len(segs) > 1 {
		parent = strings.Join(segs[:len(segs)-1], ".")
	}
	// The class is the handler's controller (Class.method) or the
	// fallback's mapper; declared functions name none.
	name := ""
	switch {
	case strings.HasPrefix(f.id, "mapper:"):
		name = f.id[len("mapper:"):]
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[i+1:]
		}
	case strings.IndexByte(f.id, '.') > 0 && f.id[0] >= 'A' && f.id[0] <= 'Z':
		name = f.id[:strings.IndexByte(f.id, '.')]
	}
	for _, w := range camelWords(name) {
		if len(w) >= 2 && isASCIIWord(w) && !classStopWords[w] && !channelSegments[w] {
			class = append(class, w)
		}
	}
	return leaf, parent, class
}

// tableSignals holds the per-table vectors pairwise similarities come
// from.
type tableSignals struct {
	words  []sparseVec // comment vocabulary
	leaf   []sparseVec // modules of the functions using it
	parent []sparseVec // their parent packages
	class  []sparseVec // domain words of their classes
	names  *nameFamilies
	// home is each table's module: the package (organisation, channel
	// and layer segments removed) of the functions using it most.
	home  [][]string
	kind  []int
	terms [][]term // the comment's words shared with other comments
}

// term is a word several comments share, with its specificity.
type term struct {
	w   string
	idf float64
}

// commentTerms finds, per comment, the words it shares with other
// comments: Korean and Chinese write compound names without spaces
// (DB서비스모니터링로그정보), so words are the substrings of two to eight
// characters that several comments contain, kept when no longer shared
// substring contains them in the same comments (모니터링, not 모니터).
// Words most comments share (정보, 관리, 表) are dropped.
func commentTerms(comments []string) [][]term {
	n := len(comments)
	runs := make([][]string, n)
	df := map[string]int{}
	for i, c := range comments {
		seen := map[string]bool{}
		var run []rune
		flush := func() {
			for len(run) > 1 && run[len(run)-1] == '表' {
				run = run[:len(run)-1]
			}
			for a := 0; a < len(run); a++ {
				for b := a + 2; b <= len(run) && b-a <= 8; b++ {
					w := string(run[a:b])
					if !seen[w] {
						seen[w] = true
						df[w]++
					}
				}
			}
			if len(run) > 0 {
				runs[i] = append(runs[i], string(run))
			}
			run = run[:0]
		}
		for _, r := range c {
			if isCJK(r) {
				run = append(run, r)
			} else {
				flush()
			}
		}
		flush()
	}
	out := make([][]term, n)
	for i := range comments {
		var cand []string
		seen := map[string]bool{}
		for _, run := range runs[i] {
			rs := []rune(run)
			for a := 0; a < len(rs); a++ {
				for b := a + 2; b <= len(rs) && b-a <= 8; b++ {
					w := string(rs[a:b])
					d := df[w]
					if d < 2 || 5*d > n || seen[w] || stopBigrams[w] {
						continue
					}
					seen[w] = true
					cand = append(cand, w)
				}
			}
		}
		// Keep maximal words: drop a word contained in a longer
		// candidate shared by as many comments.
		for _, w := range cand {
			maximal := true
			for _, v := range cand {
				if len(v) > len(w) && strings.Contains(v, w) && df[v] == df[w] {
					maximal = false
					break
				}
			}
			if maximal {
				out[i] = append(out[i], term{w, math.Log(float64(n) / float64(df[w]))})
			}
		}
	}
	return out
}

// termSimilarity is the specificity of the most specific word two
// comments share, scaled to [0, 1] by ln(n).
func termSimilarity(a, b []term, n int) float64 {
	best := 0.0
	for _, x := range a {
		for _, y := range b {
			if x.w == y.w && x.idf > best {
				best = x.idf
			}
		}
	}
	if n < 3 {
		return 0
	}
	return best / math.Log(float64(n))
}

func (g *graphData) signals() *tableSignals {
	n := len(g.tables)
	s := &tableSignals{names: newNameFamilies(g.tables), kind: make([]int, n)}
	for i, t := range g.tables {
		s.kind[i] = tableKind(t, s.names.stems[i], g.comment[i])
	}
	wv := newVocab(n)
	for i := range g.tables {
		for _, tok := range commentTokens(g.comment[i]) {
			wv.add(i, tok, 1)
		}
	}
	s.words = wv.vectors()
	s.terms = commentTerms(g.comment)
	lv, pv, cv := newVocab(n), newVocab(n), newVocab(n)
	for fi := range g.fns {
		f := &g.fns[fi]
		leaf, parent, class := useTokens(f)
		// A function touching many tables says less about each.
		w := 1 / math.Sqrt(float64(f.touches()))
		add := func(t int, w float64) {
			lv.add(t, leaf, w)
			pv.add(t, parent, w)
			for _, c := range class {
				cv.add(t, c, w)
			}
		}
		for _, t := range f.writes {
			add(t, 2*w)
		}
		for _, t := range f.reads {
			add(t, w)
		}
	}
	s.leaf, s.parent, s.class = lv.vectors(), pv.vectors(), cv.vectors()
	s.home = g.homeModules()
	return s
}

// homeModules is each table's module: the module (package segments
// without organisation, channel and layer) whose functions use it most,
// writes counting twice and a function touching many tables less; nil
// for a table no function with a package uses.
func (g *graphData) homeModules() [][]string {
	vote := make([]map[string]float64, len(g.tables))
	for fi := range g.fns {
		f := &g.fns[fi]
		segs := moduleSegments(f.pkg)
		if len(segs) == 0 {
			continue
		}
		mod := strings.Join(segs, ".")
		w := 1 / math.Sqrt(float64(f.touches()))
		add := func(t int, w float64) {
			if vote[t] == nil {
				vote[t] = map[string]float64{}
			}
			vote[t][mod] += w
		}
		for _, t := range f.writes {
			add(t, 2*w)
		}
		for _, t := range f.reads {
			add(t, w)
		}
	}

	out := make([][]string, len(g.tables))
	for t, v := range vote {
		best, bw := "", 0.0
		for m, w := range v {
			if w > bw || w == bw && m < best {
				best, bw = m, w
			}
		}
		if best != "" {
			out[t] = strings.Split(best, ".")
		}
	}
	return out
}

// moduleFamilies gives every pair of tables whose home modules share a
// package prefix the specificity of the deepest prefix they share, as
// name families do: 1 − ln(c)/ln(n) for a prefix c of the n tables have
// as home (cop.smt, 11 of 183 tables: 0.54; uss.ion, 45: 0.27). Sibling
// components of one capability meet; an application whose controllers
// all sit in one package learns nothing. Prefixes of more than half the
// tables are skipped: they say next to nothing.
func moduleFamilies(home [][]string, set func(i, j int, v float64)) {
	n := len(home)
	if n < 3 {
		return
	}
	members := map[string][]int{}
	depth := map[string]int{}
	for t, h := range home {
		for k := 1; k <= len(h); k++ {
			p := strings.Join(h[:k], ".")
			members[p] = append(members[p], t)
			depth[p] = k
		}
	}
	prefixes := make([]string, 0, len(members))
	for p, ms := range members {
		if len(ms) >= 2 && 2*len(ms) <= n {
			prefixes = append(prefixes, p)
		}
	}
	// Shallow first, so a deeper shared prefix overwrites.
	sort.Slice(prefixes, func(a, b int) bool {
		if depth[prefixes[a]] != depth[prefixes[b]] {
			return depth[prefixes[a]] < depth[prefixes[b]]
		}
		return prefixes[a] < prefixes[b]
	})
	for _, p := range prefixes {
		ms := members[p]
		v := 1 - math.Log(float64(len(ms)))/math.Log(float64(n))
		for x, i := range ms {
			for _, j := range ms[x+1:] {
				set(i, j, v)
			}
		}
	}
}

// pairFeatures are the signals of one pair of tables.
type pairFeatures struct {
	coUse, coWrite, coInsert, fk, part, family, name, words, term, leaf, parent, module, otherModule, familyApart, fkApart, class float64
	// sameKind: both tables of one generic kind; oneKind: one of a
	// generic kind, the other of another or none.
	sameKind, oneKind float64
}

// candidatePairs lists the pairs with any evidence, sorted: pairs
// co-used, keyed, of one name family, or sharing a comment or use token.
// Pairs without evidence are not listed.
func (g *graphData) candidatePairs(s *tableSignals, coUse map[[2]int]float64) map[[2]int]*pairFeatures {
	out := map[[2]int]*pairFeatures{}
	get := func(i, j int) *pairFeatures {
		k := pairKey(i, j)
		p := out[k]
		if p == nil {
			p = &pairFeatures{}
			out[k] = p
		}
		return p
	}
	for k, w := range coUse {
		get(k[0], k[1]).coUse = math.Min(1, w/10)
	}
	// Written together: Jaccard of the functions writing each (a
	// transaction an architect keeps inside one context).
	both := map[[2]int]int{}
	for _, f := range g.fns {
		for x, i := range f.writes {
			for _, j := range f.writes[x+1:] {
				// A function creating rows in one table while it only
				// updates the other (an order placed, stock taken) is
				// not evidence they are one aggregate.
				if f.creates(i) != f.creates(j) {
					continue
				}
				both[pairKey(i, j)]++
			}
		}
	}
	for k, c := range both {
		get(k[0], k[1]).coWrite = float64(c) / float64(g.writers[k[0]]+g.writers[k[1]]-c)
	}
	// Created together: Jaccard of the functions inserting rows in each
	// (an aggregate made in one transaction: an order with its lines).
	// A function updating stock while it creates an order writes both
	// but creates one.
	inserters := make([]int, len(g.tables))
	for _, f := range g.fns {
		for _, t := range f.inserts {
			inserters[t]++
		}
	}
	clear(both)
	for _, f := range g.fns {
		for x, i := range f.inserts {
			for _, j := range f.inserts[x+1:] {
				both[pairKey(i, j)]++
			}
		}
	}
	for k, c := range both {
		get(k[0], k[1]).coInsert = float64(c) / float64(inserters[k[0]]+inserters[k[1]]-c)
	}
	for _, k := range g.fks {
		p := get(k[0], k[1])
		p.fk = 1
		if g.parts[k] {
			p.part = 1
		}
	}
	// Inverted indexes find pairs sharing a token without comparing all.
	index := func(vs []sparseVec, set func(p *pairFeatures, v float64)) {
		post := map[int32][]int{}
		for i, v := range vs {
			for _, id := range v.ids {
				post[id] = append(post[id], i)
			}
		}
		seen := map[[2]int]bool{}
		for _, list := range post {
			if len(list) > 400 {
				continue // a token this common says little
			}
			for x, i := range list {
				for _, j := range list[x+1:] {
					k := pairKey(i, j)
					if seen[k] {
						continue
					}
					seen[k] = true
					if v := dot(vs[i], vs[j]); v > 0.05 {
						set(get(i, j), v)
					}
				}
			}
		}
	}
	index(s.words, func(p *pairFeatures, v float64) { p.words = v })
	index(s.leaf, func(p *pairFeatures, v float64) { p.leaf = v })
	index(s.parent, func(p *pairFeatures, v float64) { p.parent = v })
	index(s.class, func(p *pairFeatures, v float64) { p.class = v })
	moduleFamilies(s.home, func(i, j int, v float64) { get(i, j).module = v })
	{
		post := map[string][]int{}
		for i, ts := range s.terms {
			for _, t := range ts {
				post[t.w] = append(post[t.w], i)
			}
		}
		words := make([]string, 0, len(post))
		for w := range post {
			words = append(words, w)
		}
		sort.Strings(words)
		for _, w := range words {
			list := post[w]
			for x, i := range list {
				for _, j := range list[x+1:] {
					p := get(i, j)
					if p.term == 0 {
						p.term = termSimilarity(s.terms[i], s.terms[j], len(g.tables))
					}
				}
			}
		}
	}
	for k, p := range out {
		a, b := s.kind[k[0]], s.kind[k[1]]
		switch {
		case a != kindNone && a == b:
			p.sameKind = 1
		case a != b:
			p.oneKind = 1
			// Using an attachment, code or log table together with a
			// business table says nothing of their belonging together:
			// every capability does.
			if a == kindNone || b == kindNone {
				p.coUse, p.coWrite, p.coInsert = 0, 0, 0
			}
		}
	}
	// Tables of one kind are evidence for each other even when nothing
	// else ties them (a code table and a file table of the framework).
	byKind := map[int][]int{}
	for i, k := range s.kind {
		if k != kindNone {
			byKind[k] = append(byKind[k], i)
		}
	}
	for _, k := range genericKinds {
		list := byKind[k]
		for x, i := range list {
			for _, j := range list[x+1:] {
				get(i, j).sameKind = 1
			}
		}
	}
	// Name families: tables sorted by stem are neighbours when they share
	// a prefix, so each family is a run of the sorted list.
	order := make([]int, len(g.tables))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return s.names.stems[order[a]] < s.names.stems[order[b]] })
	for x, i := range order {
		for _, j := range order[x+1:] {
			v := s.names.similarity(i, j)
			if v == 0 {
				break
			}
			p := get(i, j)
			p.family, p.name = 1, v
		}
	}
	// Tables whose home modules differ: evidence against, which only
	// the pairs listed so far need (others have no evidence for).
	for k, p := range out {
		hi, hj := s.home[k[0]], s.home[k[1]]
		if hi != nil && hj != nil && !slices.Equal(hi, hj) {
			p.otherModule = 1
			// A name family the code keeps in different modules is a
			// subsystem (LIB_ of a library with loans, catalogue and
			// patrons), not one context.
			p.familyApart = p.family
			// A foreign key across modules points to another
			// aggregate more often than a key inside one.
			p.fkApart = p.fk
		}
		// A generic table and a business one sharing a name prefix
		// (UMS_ADMIN and UMS_MEMBER) share a module's prefix, not a
		// context: the kind boundary wins.
		if a, b := s.kind[k[0]], s.kind[k[1]]; a != b && (a == kindNone || b == kindNone) {
			p.family, p.name = 0, 0
		}
	}
	return out
}
