package decompose

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
)

// stopSegments are package and URL segments that name a layer or an
// organisation, not a business module.
var stopSegments = map[string]bool{
	"egovframework": true, "egov": true, "com": true, "kr": true, "go": true, "or": true,
	"co": true, "gov": true, "org": true, "net": true, "java": true, "web": true,
	"service": true, "impl": true, "controller": true, "controllers": true, "dao": true,
	"mapper": true, "vo": true, "dto": true, "api": true, "rest": true, "v1": true,
	"v2": true, "app": true, "apps": true, "biz": true, "cmm": false, "admin": true,
	"mng": true, "main": true, "src": true, "action": true, "actions": true, "ctrl": true,
	"repository": true, "model": true, "domain": true, "do": true, "jsp": true,
}

// stopTokens are table-name tokens too common to name a context.
var stopTokens = map[string]bool{
	"DTL": true, "DETAIL": true, "HIST": true, "HISTORY": true, "INFO": true, "MST": true,
	"MASTER": true, "LIST": true, "MAP": true, "REL": true, "TMP": true, "BAK": true,
	"ID": true, "NO": true, "SN": true, "SEQ": true, "CD": false,
}

type candidate struct {
	token string
	from  string
	score float64
}

// nameSources are tried for a context's name, each weighed: a word of
// most of its table names first (the schema's own vocabulary), then a
// domain word of the classes (controllers, mappers) whose functions live
// there, then their module package.
var nameSources = []struct {
	name  string
	bonus float64
}{{"table", 1.2}, {"class", 1.1}, {"package", 1}}

// name gives every context an ASCII name, a label and, when comments are
// Korean, a Korean name. A name is the word most typical of the context
// and least of the others (coverage of its tables times a tf-idf over
// contexts), among words that describe at least half of its tables:
// table-name words without the application-wide prefix (never LITEMALL,
// TB or COMTN), domain words of its classes, segments of its module
// package without organisation, channel and layer segments (never ltd,
// linlinjava, admin, web). The label is the comment word most of its
// tables share, else the comment of its most used table.
func (d *draft) name(sig *tableSignals) {
	k := float64(len(d.ctx))
	homes := d.homes()
	type bag struct {
		count map[string]float64
		total float64
	}
	newBag := func() *bag { return &bag{count: map[string]float64{}} }
	bags := map[string][]*bag{}
	for _, src := range nameSources {
		bags[src.name] = make([]*bag, len(d.ctx))
		for c := range d.ctx {
			bags[src.name][c] = newBag()
		}
	}
	appWide := appWideWords(d.g.tables, sig.names)
	// Words most functions' classes or packages carry (litemall in
	// every LitemallXxxMapper, the organisation's ltd) name no context.
	fnWords := map[string]int{}
	for i := range d.g.fns {
		f := &d.g.fns[i]
		_, _, class := useTokens(f)
		seen := map[string]bool{}
		for _, w := range append(class, moduleSegments(f.pkg)...) {
			w = strings.ToUpper(w)
			if !seen[w] {
				seen[w] = true
				fnWords[w]++
			}
		}
	}
	for w, n := range fnWords {
		if 2*n > len(d.g.fns) && len(d.ctx) > 1 {
			appWide[w] = true
		}
	}
	for c, x := range d.ctx {
		b := bags["table"][c]
		for _, t := range x.tables {
			seen := map[string]bool{}
			for _, tok := range nameWords(typeLetterless(sig.names, t)) {
				if stopTokens[tok] || seen[tok] || appWide[tok] || !isASCIIWord(tok) || len(tok) < 2 {
					continue
				}
				seen[tok] = true
				b.count[tok]++
			}
			b.total++
		}
	}
	// Class and package words count per table of the context the
	// function uses, so a word describes tables, not screens.
	for i := range d.g.fns {
		f := &d.g.fns[i]
		c := homes[i]
		if c < 0 {
			continue
		}
		_, _, class := useTokens(f)
		segs := moduleSegments(f.pkg)
		var mod []string
		if len(segs) > 0 {
			mod = []string{segs[len(segs)-1]}
		}
		for _, src := range []struct {
			name  string
			words []string
		}{{"class", class}, {"package", mod}} {
			b := bags[src.name][c]
			seen := map[string]bool{}
			for _, w := range src.words {
				if seen[w] || !isASCIIWord(w) || len(w) < 2 || stopSegments[w] || appWide[strings.ToUpper(w)] {
					continue
				}
				seen[w] = true
				b.count[strings.ToUpper(w)]++
			}
			b.total++
		}
	}
	df := map[string]int{}
	for _, src := range nameSources {
		for _, b := range bags[src.name] {
			for tok := range b.count {
				df[src.name+"\x00"+tok]++
			}
		}
	}
	cands := make([][]candidate, len(d.ctx))
	for c := range d.ctx {
		for _, src := range nameSources {
			b := bags[src.name][c]
			if b.total == 0 {
				continue
			}
			for tok, n := range b.count {
				cover := n / b.total
				if cover < 0.5 {
					continue // a word of a minority of its tables
				}
				idf := math.Log(1 + k/float64(df[src.name+"\x00"+tok]))
				cands[c] = append(cands[c], candidate{strings.ToLower(tok), src.name, cover * idf * src.bonus})
			}
		}
		sort.Slice(cands[c], func(a, b int) bool {
			x, y := cands[c][a], cands[c][b]
			if x.score != y.score {
				return x.score > y.score
			}
			return x.token < y.token
		})
	}
	used := map[string]bool{}
	for c, x := range d.ctx {
		var sharedWord bool
		x.label, x.labelKo, sharedWord = d.label(x.tables, sig)
		name, from := "", ""
		if k := d.majorityKind(c); k != kindNone && !used[kindWord[k]] {
			// A generic context is named for what it holds: code,
			// identity, file, log, message.
			name, from = kindWord[k], "kind of most of its tables"
		}
		if name == "" && sharedWord {
			// The word most of its tables' comments share — the
			// people's vocabulary — in English when the glossary knows
			// it (商品 -> goods, 설문 -> survey).
			if e := sanitizeName(translate(x.label)); e != "" && !used[e] {
				name, from = e, "comments "+x.label
			}
		}
		for i, cd := range cands[c] {
			if name != "" {
				break
			}
			n := sanitizeName(cd.token)
			if n == "" {
				continue
			}
			if used[n] {
				// Try the pair of this and the next token.
				for _, next := range cands[c][i+1:] {
					if next.token != cd.token {
						n = sanitizeName(cd.token + "-" + next.token)
						break
					}
				}
				if used[n] || n == "" {
					continue
				}
			}
			name, from = n, cd.from+" "+cd.token
			break
		}
		if name == "" && sharedWord && x.labelKo != "" && len([]rune(x.labelKo)) <= 8 {
			// The Korean word most of its tables' comments share,
			// romanised (모니터링 -> moniteoring).
			name, from = sanitizeName(romanize(x.labelKo)), "comments "+x.labelKo
		}
		if name == "" && len(x.tables) == 1 && x.label != "" {
			// One table: its comment in English, when the glossary
			// knows it (상담내역 -> counsel).
			if e := sanitizeName(translate(x.label)); e != "" && !used[e] {
				name, from = e, "comment "+x.label
			}
		}
		if name == "" && len(x.tables) == 1 {
			// One table: its own words, without the application-wide
			// prefix, are all there is.
			var words []string
			for _, w := range nameWords(typeLetterless(sig.names, x.tables[0])) {
				if !appWide[w] && !stopTokens[w] {
					words = append(words, w)
				}
			}
			if len(words) > 2 {
				words = words[:2]
			}
			name, from = sanitizeName(strings.ToLower(strings.Join(words, "-"))), "table "+d.g.tables[x.tables[0]]
		}
		if name == "" && x.label != "" {
			// The comment of its most used table, in English when the
			// glossary knows it (订单表 -> order).
			if e := sanitizeName(translate(x.label)); e != "" && !used[e] {
				name, from = e, "comment of its most used table "+x.label
			}
		}
		if name == "" {
			// No word describes most of its tables: a neutral name, not
			// one table's or a minority's.
			name, from = "context", "no word shared by most of its tables"
		}
		base := name
		for n := 2; used[name]; n++ {
			name = fmt.Sprintf("%s-%d", base, n)
		}
		used[name] = true
		x.name, x.nameFrom = name, from
	}
}

// kindWord names a generic context by its kind.
var kindWord = map[int]string{kindCode: "code", kindIdentity: "identity", kindFile: "file", kindLog: "log", kindMessage: "message"}

// majorityKind is the generic kind most of context c's tables hold, when
// at least half of them hold one; kindNone otherwise.
func (d *draft) majorityKind(c int) int {
	if d.kind == nil {
		return kindNone
	}
	count := map[int]int{}
	for _, t := range d.ctx[c].tables {
		count[d.kind[t]]++
	}
	best, bestN := kindNone, 0
	for _, k := range genericKinds {
		if count[k] > bestN {
			best, bestN = k, count[k]
		}
	}
	if 2*bestN < len(d.ctx[c].tables) {
		return kindNone
	}
	return best
}

// typeLetterless is table t's stem without a table-type letter: eGovFrame
// names tables COMT + N (normal), C (code), H (history), S (statistics)
// + name, and the application-wide prefix strips COMT only; the letter
// names no business (NLOGINPOLICY is LOGINPOLICY).
func typeLetterless(nf *nameFamilies, t int) string {
	s := nf.stems[t]
	if nf.sep[t] {
		return s
	}
	if len(s) < 5 || !strings.ContainsRune("NCHSER", rune(s[0])) {
		return trimGenericSuffix(s)
	}
	n := 0
	for i, o := range nf.stems {
		if !nf.sep[i] && len(o) > 1 && o[0] == s[0] {
			n++
		}
	}
	if 3*n < nf.n {
		return trimGenericSuffix(s) // not a schema-wide marker
	}
	return trimGenericSuffix(s[1:])
}

// trimGenericSuffix drops from a one-word stem the ending every kind of
// table carries (FAQINFO, POPUPMANAGE, SITELIST: information, management,
// list), when a word of three letters or more is left.
func trimGenericSuffix(s string) string {
	for _, suf := range []string{"INFO", "MANAGE", "LIST", "DTLS", "DETAIL"} {
		if strings.HasSuffix(s, suf) && len(s)-len(suf) >= 3 {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// nameWords are the words of a table name's stem: its tokens when it has
// separators, else the stem itself.
func nameWords(stem string) []string {
	return strings.FieldsFunc(strings.ToUpper(stem), func(r rune) bool { return r == '_' || r == '-' || r == '$' || r == '.' })
}

// appWideWords are name words most tables carry (an organisation or
// system prefix left after stripping, TB, the generic markers): never a
// context's name.
func appWideWords(tables []string, nf *nameFamilies) map[string]bool {
	out := map[string]bool{}
	for w := range genericPrefix {
		out[w] = true
	}
	count := map[string]int{}
	for _, t := range tables {
		seen := map[string]bool{}
		for _, w := range nameWords(t) {
			if !seen[w] {
				seen[w] = true
				count[w]++
			}
		}
	}
	for w, n := range count {
		if 2*n > len(tables) {
			out[w] = true
		}
	}
	return out
}

// root is the context's most used table (by functions; ties to the first).
func (d *draft) root(tables []int) int {
	best, bestN := tables[0], -1
	for _, t := range tables {
		if n := 2*d.g.writers[t] + d.g.readers[t]; n > bestN {
			best, bestN = t, n
		}
	}
	return best
}

// label is the comment word most of the tables share (모니터링, 设置),
// else the comment of the most used table that has one; ko is the shared
// word when it is Korean.
func (d *draft) label(tables []int, sig *tableSignals) (label, ko string, shared bool) {
	count := map[string]int{}
	for _, t := range tables {
		seen := map[string]bool{}
		for _, tm := range sig.terms[t] {
			if !seen[tm.w] {
				seen[tm.w] = true
				count[tm.w]++
			}
		}
	}
	best, bestN := "", 0
	for w, n := range count {
		if n > bestN || n == bestN && (len(w) > len(best) || len(w) == len(best) && w < best) {
			best, bestN = w, n
		}
	}
	if len(tables) > 1 && 2*bestN >= len(tables) {
		label, shared = best, true
	}
	if label == "" {
		bestN = -1
		for _, t := range tables {
			c := d.g.comment[t]
			if c == "" {
				continue
			}
			if n := 2*d.g.writers[t] + d.g.readers[t]; n > bestN {
				label, bestN = c, n
			}
		}
	}
	for _, r := range label {
		if r >= 0xac00 && r <= 0xd7a3 {
			ko = label
			break
		}
	}
	return label, ko, shared
}

func isASCIIWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r > unicode.MaxASCII || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return false
		}
	}
	return unicode.IsLetter(rune(s[0]))
}

// sanitizeName keeps a kebab-case ASCII name: letters, digits and single
// hyphens, starting with a letter.
func sanitizeName(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if b.Len() == 0 && !unicode.IsLetter(r) {
				b.WriteString("t")
			}
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}
