package decision

import (
	"bytes"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// AppendYAML appends d as the block yaml.v3 (SetIndent(2)) writes for it
// as a mapping value whose keys stand at column col: `assess --format
// yaml` writes the decision at column 4 of each element. Reflection made
// encoding a decision cost twice what deciding and everything else did;
// tests compare both writers over many decisions.
func (d *Decision) AppendYAML(b []byte, col int) []byte {
	y := yamlw{b: b}
	y.decision(d, col)
	return y.b
}

// AppendYAML is Decision.AppendYAML; a template's YAML is written once
// and the input's evidence put in its holes.
func (l *Lazy) AppendYAML(b []byte, col int) []byte {
	if l.t == nil {
		return l.full.AppendYAML(b, col)
	}
	for _, h := range l.t.yamlHoles(col) {
		if h.ref != 0 {
			ev := resolve(l.in, l.lang, Evidence{Path: refPath, Line: h.ref})
			y := yamlw{b: b}
			y.evidence(&ev, h.col, h.dash)
			b = y.b
		}
		b = append(b, h.yaml...)
	}
	return b
}

// yamlHole is a stretch of a template's YAML and, before it, the input
// evidence (fact id ref, 0 for none) that goes there: a mapping whose keys
// stand at col, the first after a dash when dash is set.
type yamlHole struct {
	ref  int
	col  int
	dash bool
	yaml []byte
}

// yamlHoles returns the template's YAML for column col, made once for
// the column a batch writes at.
func (t *template) yamlHoles(col int) []yamlHole {
	if col != batchColumn {
		return t.makeYAMLHoles(col)
	}
	t.yamlOnce.Do(func() { t.yamlHole = t.makeYAMLHoles(col) })
	return t.yamlHole
}

// batchColumn is where `assess --format yaml` writes a decision's keys.
const batchColumn = 4

func (t *template) makeYAMLHoles(col int) []yamlHole {
	y := yamlw{holes: []holeAt{{}}}
	y.decision(&t.dec, col)
	// One copy for all the stretches.
	b := bytes.Clone(y.b)
	hs := y.holes
	for i := range hs {
		end := len(b)
		if i+1 < len(hs) {
			end = hs[i+1].at
		}
		hs[i].yaml = b[hs[i].at:end:end]
	}
	out := make([]yamlHole, len(hs))
	for i, h := range hs {
		out[i] = h.yamlHole
	}
	return out
}

// yamlw appends block YAML as yaml.v3 writes it with SetIndent(2): keys
// at a column, nested mappings and sequences two further, a sequence's
// mappings after "- ". With holes set, an input reference is not written
// but noted as a hole.
type yamlw struct {
	b     []byte
	holes []holeAt
}

type holeAt struct {
	yamlHole
	at int // offset in b where the stretch after the hole starts
}

func (y *yamlw) spaces(n int) {
	for range n {
		y.b = append(y.b, ' ')
	}
}

// key starts the line of key at column col; with dash, the line is a
// sequence item's ("- " at col-2).
func (y *yamlw) key(col int, dash bool, key string) {
	if dash {
		y.spaces(col - 2)
		y.b = append(y.b, "- "...)
	} else {
		y.spaces(col)
	}
	y.b = append(y.b, key...)
	y.b = append(y.b, ':')
}

// str writes key: s.
func (y *yamlw) str(col int, dash bool, key, s string) {
	y.key(col, dash, key)
	y.b = append(y.b, ' ')
	y.scalar(s, col)
	y.b = append(y.b, '\n')
}

func (y *yamlw) int(col int, dash bool, key string, n int64) {
	y.key(col, dash, key)
	y.b = append(y.b, ' ')
	y.b = strconv.AppendInt(y.b, n, 10)
	y.b = append(y.b, '\n')
}

func (y *yamlw) float(col int, dash bool, key string, f float64) {
	y.key(col, dash, key)
	y.b = append(y.b, ' ')
	switch {
	case math.IsInf(f, 1):
		y.b = append(y.b, ".inf"...)
	case math.IsInf(f, -1):
		y.b = append(y.b, "-.inf"...)
	case math.IsNaN(f):
		y.b = append(y.b, ".nan"...)
	default:
		y.b = strconv.AppendFloat(y.b, f, 'g', -1, 64)
	}
	y.b = append(y.b, '\n')
}

func (y *yamlw) bool(col int, dash bool, key string, v bool) {
	y.key(col, dash, key)
	y.b = append(y.b, ' ')
	y.b = strconv.AppendBool(y.b, v)
	y.b = append(y.b, '\n')
}

// scalar writes s as yaml.v3 does (plain, quoted or a block), its further
// lines indented for a key or dash at column col.
func (y *yamlw) scalar(s string, col int) { y.indented(scalarYAML(s), col) }

// indented writes r, written by yaml.v3 for a key at column 0, with its
// further lines indented for column col (blank lines stay blank).
func (y *yamlw) indented(r string, col int) {
	if strings.IndexByte(r, '\n') < 0 {
		y.b = append(y.b, r...)
		return
	}
	for i, line := range strings.Split(r, "\n") {
		if i > 0 {
			y.b = append(y.b, '\n')
			if line != "" {
				y.spaces(col)
			}
		}
		y.b = append(y.b, line...)
	}
}

// seq writes key and a sequence of n mappings, item i written by item
// with its keys at column k (the first after "- "); an empty one is [].
func (y *yamlw) seq(col int, dash bool, key string, n int, item func(k, i int)) {
	y.key(col, dash, key)
	if n == 0 {
		y.b = append(y.b, " []\n"...)
		return
	}
	y.b = append(y.b, '\n')
	for i := range n {
		item(col+4, i)
	}
}

func (y *yamlw) strings(col int, dash bool, key string, l []string) {
	y.key(col, dash, key)
	if len(l) == 0 {
		y.b = append(y.b, " []\n"...)
		return
	}
	y.b = append(y.b, '\n')
	for _, s := range l {
		y.spaces(col + 2)
		y.b = append(y.b, "- "...)
		y.scalar(s, col+2)
		y.b = append(y.b, '\n')
	}
}

// value writes key: v through yaml.v3, for the parts too rare to write by
// hand (a rule's additions, the estimate's weights).
func (y *yamlw) value(col int, dash bool, key string, v any) {
	y.key(col, dash, key)
	y.indented(v3Value(v), col)
	y.b = append(y.b, '\n')
}

// v3Value returns v as yaml.v3 writes it as the value of a key at column
// 0: what follows "k:".
func v3Value(v any) string {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(map[string]any{"k": v}); err != nil {
		panic("decision: " + err.Error()) // strings, plain maps and structs of numbers
	}
	_ = enc.Close()
	return strings.TrimSuffix(strings.TrimPrefix(buf.String(), "k:"), "\n")
}

// adds writes a rule's additions, by strategy id in yaml.v3's order
// (plain order for the 7R ids, lower-case words; anything else through
// yaml.v3).
func (y *yamlw) adds(col int, m map[string]int) {
	keys := make([]string, 0, len(m))
	for k := range m {
		if k == "" || strings.TrimLeft(k, "abcdefghijklmnopqrstuvwxyz") != "" || !plainYAML(k) {
			y.value(col, false, "adds", m)
			return
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	k := y.mapping(col, false, "adds")
	for _, key := range keys {
		y.int(k, false, key, int64(m[key]))
	}
}

// mapping writes key and starts a nested mapping, whose keys stand at
// the column it returns.
func (y *yamlw) mapping(col int, dash bool, key string) int {
	y.key(col, dash, key)
	y.b = append(y.b, '\n')
	return col + 2
}

func (y *yamlw) decision(d *Decision, col int) {
	y.seq(col, false, "criteria", len(d.Criteria), func(k, i int) {
		c := &d.Criteria[i]
		y.str(k, true, "id", c.ID)
		y.str(k, false, "name", c.Name)
		y.str(k, false, "basis", c.Basis)
		y.str(k, false, "status", c.Status)
		y.int(k, false, "points", int64(c.Points))
		y.int(k, false, "met_at", int64(c.MetAt))
		y.evidenceList(k, "evidence", c.Evidence)
	})
	m := &d.Maturity
	k := y.mapping(col, false, "maturity")
	y.int(k, false, "level", int64(m.Level))
	y.str(k, false, "name", m.Name)
	y.int(k, false, "target", int64(m.Target))
	y.str(k, false, "target_name", m.TargetName)
	if m.Assumed {
		y.bool(k, false, "assumed", true)
	}
	y.evidenceList(k, "evidence", m.Evidence)

	s := &d.Strategy
	k = y.mapping(col, false, "strategy")
	y.str(k, false, "chosen", s.Chosen)
	y.str(k, false, "chosen_name", s.ChosenName)
	y.str(k, false, "runner_up", s.RunnerUp)
	y.str(k, false, "runner_up_name", s.RunnerUpName)
	y.strings(k, false, "rationale", s.Rationale)
	sc := y.mapping(k, false, "scores")
	for _, x := range []struct {
		k string
		v int
	}{{"retire", s.Scores.Retire}, {"retain", s.Scores.Retain}, {"relocate", s.Scores.Relocate}, {"rehost", s.Scores.Rehost},
		{"replatform", s.Scores.Replatform}, {"repurchase", s.Scores.Repurchase}, {"refactor", s.Scores.Refactor}} {
		y.int(sc, false, x.k, int64(x.v))
	}
	if len(s.Excluded) > 0 {
		y.strings(k, false, "excluded", s.Excluded)
	}
	y.seq(k, false, "rules", len(s.Rules), func(k, i int) {
		r := &s.Rules[i]
		y.str(k, true, "id", r.ID)
		if len(r.Adds) > 0 {
			y.adds(k, r.Adds)
		}
		if len(r.Exclude) > 0 {
			y.strings(k, false, "exclude", r.Exclude)
		}
		if r.Choose != "" {
			y.str(k, false, "choose", r.Choose)
		}
		y.strings(k, false, "reads", r.Reads)
		y.str(k, false, "why", r.Why)
	})

	y.seq(col, false, "suggestions", len(d.Suggestions), func(k, i int) {
		sg := &d.Suggestions[i]
		y.int(k, true, "item", int64(sg.Item))
		y.str(k, false, "answer", sg.Answer)
		y.str(k, false, "given", sg.Given)
		y.key(k, false, "agrees")
		switch {
		case sg.Agrees == nil:
			y.b = append(y.b, " null\n"...)
		case *sg.Agrees:
			y.b = append(y.b, " true\n"...)
		default:
			y.b = append(y.b, " false\n"...)
		}
		y.str(k, false, "rule", sg.Rule)
		y.str(k, false, "why", sg.Why)
		y.evidenceList(k, "evidence", sg.Evidence)
	})

	y.seq(col, false, "requirements", len(d.Requirements), func(k, i int) {
		r := &d.Requirements[i]
		y.str(k, true, "id", r.ID)
		y.str(k, false, "category", r.Category)
		y.str(k, false, "title", r.Title)
		y.str(k, false, "because", r.Because)
		if len(r.Evidence) > 0 {
			y.evidenceList(k, "evidence", r.Evidence)
		}
	})

	e := &d.Estimate
	k = y.mapping(col, false, "estimate")
	y.str(k, false, "method", e.Method)
	fp := y.mapping(k, false, "fp")
	y.int(fp, false, "ilf", int64(e.FP.ILF))
	y.int(fp, false, "eif", int64(e.FP.EIF))
	y.int(fp, false, "ei", int64(e.FP.EI))
	y.int(fp, false, "eo", int64(e.FP.EO))
	y.int(fp, false, "eq", int64(e.FP.EQ))
	y.float(fp, false, "total", e.FP.Total)
	if e.Weights != nil {
		y.value(k, false, "weights", e.Weights)
	}
	y.int(k, false, "unit_price", e.UnitPrice)
	y.int(k, false, "price_year", int64(e.PriceYear))
	y.int(k, false, "amount", e.Amount)
	y.str(k, false, "currency", e.Currency)
	if e.Source != "" {
		y.str(k, false, "source", e.Source)
	}
	if e.Formula != "" {
		y.str(k, false, "formula", e.Formula)
	}
	if e.Basis != "" {
		y.str(k, false, "basis", e.Basis)
	}
	y.str(k, false, "note", e.Note)

	p := &d.Priority
	k = y.mapping(col, false, "priority")
	y.int(k, false, "score", int64(p.Score))
	y.seq(k, false, "factors", len(p.Factors), func(k, i int) {
		f := &p.Factors[i]
		y.str(k, true, "id", f.ID)
		y.float(k, false, "points", f.Points)
		y.str(k, false, "why", f.Why)
	})
	if len(d.EndOfLife) > 0 {
		y.seq(col, false, "end_of_life", len(d.EndOfLife), func(k, i int) {
			e := &d.EndOfLife[i]
			y.str(k, true, "component", e.Component)
			y.str(k, false, "product", e.Product)
			y.str(k, false, "version", e.Version)
			y.str(k, false, "ended", e.Ended)
			y.str(k, false, "source", e.Source)
			ek := y.mapping(k, false, "evidence")
			y.evidence(&e.Evidence, ek, false)
		})
	}
}

// evidenceList writes key and a sequence of evidence.
func (y *yamlw) evidenceList(col int, key string, evs []Evidence) {
	y.seq(col, false, key, len(evs), func(k, i int) { y.evidence(&evs[i], k, true) })
}

// evidence writes e as a mapping with its keys at col, the first after
// "- " with dash; an input reference becomes a hole when holes are kept.
func (y *yamlw) evidence(e *Evidence, col int, dash bool) {
	if y.holes != nil && isRef(e) {
		y.holes = append(y.holes, holeAt{yamlHole: yamlHole{ref: e.Line, col: col, dash: dash}, at: len(y.b)})
		return
	}
	if e.Path != "" {
		y.str(col, dash, "path", e.Path)
		dash = false
	}
	if e.Line != 0 {
		y.int(col, dash, "line", int64(e.Line))
		dash = false
	}
	if e.Metric != "" {
		y.str(col, dash, "metric", e.Metric)
		dash = false
	}
	if e.Value != "" {
		y.str(col, dash, "value", e.Value)
		dash = false
	}
	y.str(col, dash, "why", e.Why)
}

// scalars holds strings as yaml.v3 writes them (a key's value, further
// lines indented for the key at column 0): decisions repeat the same
// names, rules and wordings. Bounded: file paths do not repeat.
var scalars struct {
	sync.RWMutex
	m map[string]string
}

const maxScalars = 1 << 14

// scalarYAML returns s written as a mapping value by yaml.v3.
func scalarYAML(s string) string {
	if plainYAML(s) {
		return s
	}
	scalars.RLock()
	r, ok := scalars.m[s]
	scalars.RUnlock()
	if ok {
		return r
	}
	r = strings.TrimPrefix(v3Value(s), " ")
	scalars.Lock()
	if scalars.m == nil {
		scalars.m = map[string]string{}
	}
	if len(scalars.m) < maxScalars {
		scalars.m[s] = r
	}
	scalars.Unlock()
	return r
}

// plainYAML tells, for the common file name, id or word, that yaml.v3
// writes s as it is: letters (ASCII or Hangul), digits and _ . / - only,
// a letter first (no number, date or indicator), and not a word YAML
// reads as a boolean or null. Anything else asks yaml.v3 (FuzzPlainYAML
// holds the two together).
func plainYAML(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= 0xAC00 && r <= 0xD7A3:
		case i > 0 && (r >= '0' && r <= '9' || r == '_' || r == '.' || r == '/' || r == '-'):
		default:
			return false
		}
	}
	if len(s) <= 5 {
		switch strings.ToLower(s) {
		case "y", "n", "yes", "no", "on", "off", "true", "false", "null":
			return false
		}
	}
	return true
}
