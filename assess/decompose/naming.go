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

// name gives every context an ASCII name and a label. The name is the
// token most typical of the context and least of the others (a tf-idf over
// URL prefixes, package segments and table-name tokens); the label is the
// comment of the context's most used table, its likely aggregate root.
func (d *draft) name() {
	k := float64(len(d.ctx))
	cands := make([][]candidate, len(d.ctx))
	homes := d.homes()
	type bag struct {
		count map[string]int
		total int
	}
	newBag := func() *bag { return &bag{count: map[string]int{}} }
	tableBags := make([]*bag, len(d.ctx))
	pkgBags := make([]*bag, len(d.ctx))
	urlBags := make([]*bag, len(d.ctx))
	df := map[string]int{} // source+token -> contexts containing it
	for c, x := range d.ctx {
		tableBags[c], pkgBags[c], urlBags[c] = newBag(), newBag(), newBag()
		for _, t := range x.tables {
			seen := map[string]bool{}
			for _, tok := range tableTokens(d.g.tables[t]) {
				if stopTokens[tok] || seen[tok] || !isASCIIWord(tok) {
					continue
				}
				seen[tok] = true
				tableBags[c].count[tok]++
			}
			tableBags[c].total++
		}
	}
	for i, f := range d.g.fns {
		c := homes[i]
		if c < 0 {
			continue
		}
		if f.pkg != "" {
			for tok := range segmentSet(f.pkg, ".") {
				pkgBags[c].count[tok]++
			}
			pkgBags[c].total++
		}
		if f.path != "" {
			if tok := firstSegment(f.path); tok != "" {
				urlBags[c].count[tok]++
			}
			urlBags[c].total++
		}
	}
	for c := range d.ctx {
		for src, b := range map[string]*bag{"table": tableBags[c], "package": pkgBags[c], "url": urlBags[c]} {
			for tok := range b.count {
				df[src+"\x00"+tok]++
			}
		}
	}
	// Sources are tried in a fixed order; a URL prefix or package names a
	// module as its developers did, table tokens are the fallback.
	sources := []struct {
		name  string
		bags  []*bag
		bonus float64
	}{{"url", urlBags, 1.2}, {"package", pkgBags, 1.1}, {"table", tableBags, 1}}
	for c := range d.ctx {
		for _, s := range sources {
			b := s.bags[c]
			if b.total == 0 {
				continue
			}
			for tok, n := range b.count {
				tf := float64(n) / float64(b.total)
				if tf < 0.34 {
					continue
				}
				idf := math.Log(1 + k/float64(df[s.name+"\x00"+tok]))
				cands[c] = append(cands[c], candidate{strings.ToLower(tok), s.name, tf * idf * s.bonus})
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
		x.label = d.label(x.tables)
		name, from := "", ""
		for i, cd := range cands[c] {
			n := sanitizeName(cd.token)
			if n == "" {
				continue
			}
			if used[n] {
				// Try the pair of this and the next token.
				if i+1 < len(cands[c]) {
					n = sanitizeName(cd.token + "-" + cands[c][i+1].token)
				}
				if used[n] || n == "" {
					continue
				}
			}
			name, from = n, cd.from+" "+cd.token
			break
		}
		if name == "" {
			root := d.root(x.tables)
			name, from = sanitizeName(strings.ToLower(strings.Join(tableTokens(d.g.tables[root]), "-"))), "table "+d.g.tables[root]
		}
		if name == "" {
			name, from = "context", "fallback"
		}
		base := name
		for n := 2; used[name]; n++ {
			name = fmt.Sprintf("%s-%d", base, n)
		}
		used[name] = true
		x.name, x.nameFrom = name, from
	}
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

// label is the comment of the most used table that has one.
func (d *draft) label(tables []int) string {
	best, bestN := "", -1
	for _, t := range tables {
		c := d.g.comment[t]
		if c == "" {
			continue
		}
		if n := 2*d.g.writers[t] + d.g.readers[t]; n > bestN {
			best, bestN = c, n
		}
	}
	return best
}

func segmentSet(s, sep string) map[string]bool {
	out := map[string]bool{}
	for _, seg := range strings.Split(s, sep) {
		seg = strings.ToLower(strings.TrimSpace(seg))
		if seg != "" && !stopSegments[seg] && isASCIIWord(seg) && len(seg) > 1 {
			out[seg] = true
		}
	}
	return out
}

// firstSegment is the first meaningful segment of a URL path.
func firstSegment(p string) string {
	for _, seg := range strings.Split(p, "/") {
		seg = strings.ToLower(strings.TrimSpace(seg))
		if seg == "" || strings.Contains(seg, ".") || stopSegments[seg] || !isASCIIWord(seg) || len(seg) < 2 {
			continue
		}
		return seg
	}
	return ""
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
