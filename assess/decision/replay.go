package decision

import (
	"slices"
	"strings"
	"sync"

	"github.com/cnready/cnready/checklist"
)

// Replaying decisions.
//
// Most systems of a portfolio come with answers alone (no inventory,
// probe or decomposition). What such a decision reads of its input is the
// result of some of the rules' conditions on the answers, the checklist's
// counts and verdict and the system's text (answer.3 = Y, system.text
// contains 폐지, ...), and now and then a value (the Y count a priority
// factor scales). Inputs alike in all of that make the same decision,
// except for the evidence, which cites each one's file and lines. So the
// decision is made once, with references in place of the input's
// evidence, and kept as a template under what it read: the conditions it
// tested (the mask) with their results, and the values. A later input
// tests every condition on its facts (the key), finds a template whose
// mask and results it shares and whose values it gives, and gets the
// template with its own evidence put in (fill); its key is then filed too,
// so the next input alike finds the template in one look.
//
// This holds by construction: the rules are deterministic, every test of
// a condition on an input fact goes through the memo (Facts.cond), and
// every value read goes through Facts.at; both record while a template is
// made. An input that differs in anything the decision read takes another
// template or makes one. A value the results already fix (answer.3 read
// as "Y" where "answer.3 = Y" held) is not kept. 10,000 random answer
// sheets make some 600 templates in 4 masks.

// maxReplays bounds the templates a decider keeps (some 13 KB each with
// their JSON; 10,000 random answer sheets need about 600); beyond it
// decisions are made in full.
const maxReplays = 2048

// replays holds a decider's templates by checklist and language.
type replays struct {
	mu     sync.RWMutex
	roots  []*replayRoot
	leaves int
	// tests are the conditions on input facts, in key order (copied side
	// by side: key tests them all for every input); bit is the key bit
	// by memo slot, -1 for other conditions.
	tests []Condition
	fast  []keyOp // by test
	bit   []int
	// entries holds the templates' requirement entries as JSON (lazy.go).
	entries *entryCache
}

// replayRoot holds the templates of a checklist and language: grouped by
// the conditions their decision tested (the mask), under those results;
// and by the whole key of inputs found to match, for the next alike.
type replayRoot struct {
	cl     *checklist.Checklist
	lang   string
	groups []replayGroup
	seen   map[replayKey][]candidate
	items  [maxItems + 1]bool // the checklist's item numbers: answer facts stated
}

// value is the input fact id as checklistFacts states it, nil when it
// does not (an answer to an item the checklist lacks). buf holds it.
func (r *replayRoot) value(in *Input, id int, buf *Fact) *Fact {
	if n := id - answerBase; n > 0 {
		if n > maxItems || !r.items[n] {
			return nil
		}
		*buf = Fact{Value: answerValue(in, n)}
		return buf
	}
	*buf = Fact{Value: inputValue(in, id)}
	return buf
}

type replayGroup struct {
	mask replayKey
	m    map[replayKey][]candidate
}

// candidate is a template filed under a key, with the values it read
// beside it: checking them need not load the template.
type candidate struct {
	t     *template
	n     int  // values read
	first read // the first, when n > 0
	rest  []read
}

func newCandidate(t *template) candidate {
	c := candidate{t: t, n: len(t.reads)}
	if c.n > 0 {
		c.first, c.rest = t.reads[0], t.reads[1:]
	}
	return c
}

// replayKey holds the results of the conditions on input facts, a bit
// each.
type replayKey [2]uint64

// isInputFact tells the facts checklistFacts states: all an assessment
// with answers alone has.
func isInputFact(id int) bool {
	return id > answerBase || id == idChecklistYes || id == idChecklistUnknown || id == idChecklistVerdict || id == idSystemText
}

// newReplays lists the conditions on input facts; it returns nil (no
// replay) when there are more than the key holds.
func newReplays(d *Decider) *replays {
	rs := &replays{bit: make([]int, len(d.conds)), entries: newEntryCache()}
	for s := 1; s < len(d.conds); s++ {
		rs.bit[s] = -1
		if isInputFact(d.conds[s].id) {
			rs.bit[s] = len(rs.tests)
			rs.tests = append(rs.tests, *d.conds[s])
		}
	}
	if len(rs.tests) > 64*len(replayKey{}) {
		return nil
	}
	rs.fast = make([]keyOp, len(rs.tests))
	for i := range rs.tests {
		rs.fast[i] = keyOpOf(&rs.tests[i])
	}
	return rs
}

// keyOp is a test of the key in a shape most tests take, run without
// making the fact: an answer is or is not a value, a count compared with
// a number, the verdict is or is not a value. Others (keyGeneric) run as
// the condition does.
type keyOp struct {
	kind keyKind
	op   opcode
	item int
	s    string
	n    float64
}

type keyKind uint8

const (
	keyGeneric keyKind = iota
	keyAnswer
	keyYes
	keyUnknown
	keyVerdict
)

func keyOpOf(c *Condition) keyOp {
	if len(c.args) != 1 {
		return keyOp{}
	}
	a := c.args[0]
	switch {
	case c.id > answerBase && c.id-answerBase <= maxItems && (c.op == opIs || c.op == opNot) && a.Kind == String:
		return keyOp{kind: keyAnswer, op: c.op, item: c.id - answerBase, s: a.S}
	case (c.id == idChecklistYes || c.id == idChecklistUnknown) && a.Kind == Number &&
		(c.op == opIs || c.op == opNot || c.op == opGte || c.op == opGt || c.op == opLte || c.op == opLt):
		k := keyYes
		if c.id == idChecklistUnknown {
			k = keyUnknown
		}
		return keyOp{kind: k, op: c.op, n: a.N}
	case c.id == idChecklistVerdict && (c.op == opIs || c.op == opNot) && a.Kind == String:
		return keyOp{kind: keyVerdict, op: c.op, s: a.S}
	}
	return keyOp{}
}

// run is the test's result on in, as Condition.test on the fact gives it.
func (o *keyOp) run(in *Input) bool {
	var n float64
	switch o.kind {
	case keyAnswer:
		return (in.Answers[o.item].String() == o.s) == (o.op == opIs)
	case keyVerdict:
		return (string(in.Score.Verdict) == o.s) == (o.op == opIs)
	case keyYes:
		n = float64(in.Score.Yes)
	case keyUnknown:
		n = float64(in.Score.Unknown)
	}
	switch o.op {
	case opIs:
		return n == o.n
	case opNot:
		return n != o.n
	case opGte:
		return n >= o.n
	case opGt:
		return n > o.n
	case opLte:
		return n <= o.n
	}
	return n < o.n
}

// key tests the conditions on input facts.
func (rs *replays) key(root *replayRoot, in *Input) replayKey {
	var k replayKey
	var buf Fact
	// The system's text is folded once for all its contains tests.
	var low string
	var have runeSet
	folded := false
	for i := range rs.tests {
		c := &rs.tests[i]
		var ok bool
		if f := &rs.fast[i]; f.kind != keyGeneric && (f.kind != keyAnswer || root.items[f.item]) {
			ok = f.run(in)
		} else if c.op == opContains && c.id == idSystemText {
			if !folded {
				low, have = fold(in.SystemText)
				folded = true
			}
			ok = c.contains(low, have)
		} else {
			ok = c.test(root.value(in, c.id, &buf))
		}
		if ok {
			k[i/64] |= 1 << (i % 64)
		}
	}
	return k
}

// implied tells whether a value read of fact id, giving r, is fixed by the
// results k of the conditions tested (mask): a condition "id = r" held, or
// "id ≠ r" did not.
func (rs *replays) implied(mask, k replayKey, id int, r result) bool {
	for i := range rs.tests {
		c := &rs.tests[i]
		if mask[i/64]&(1<<(i%64)) == 0 {
			continue
		}
		if c.id != id || len(c.args) != 1 || (c.op != opIs && c.op != opNot) {
			continue
		}
		a := c.args[0]
		if r != (result{kind: a.Kind, b: a.B, n: a.N, s: a.S}) {
			continue
		}
		held := k[i/64]&(1<<(i%64)) != 0
		if held == (c.op == opIs) {
			return true
		}
	}
	return false
}

// result is a fact's value, comparable.
type result struct {
	kind Kind
	b    bool
	n    float64
	s    string
}

func factResult(p *Fact) result {
	if p == nil {
		return result{}
	}
	r := result{kind: p.Value.Kind, b: p.Value.B, n: p.Value.N, s: p.Value.S}
	if p.Value.Kind == List {
		r.s = strings.Join(p.Value.L, "\x00")
	}
	return r
}

// read is a value read of an input fact.
type read struct {
	id int
	r  result
}

// tracer records what a decision reads of input facts while a template is
// made: the conditions tested (their first test: the memo keeps the
// result) and the values read, each fact once: the input does not change
// while it is decided.
type tracer struct {
	bit   []int // key bit by memo slot
	mask  replayKey
	seen  []bool // by fact index
	reads []read
}

func (t *tracer) tested(slot int32) {
	if i := t.bit[slot]; i >= 0 {
		t.mask[i/64] |= 1 << (i % 64)
	}
}

func (t *tracer) read(f Facts, id int) {
	if id < 0 || id >= len(t.seen) || !isInputFact(id) || t.seen[id] {
		return
	}
	t.seen[id] = true
	t.reads = append(t.reads, read{id, factResult(f.peek(id))})
}

// replayable tells whether in is decided by replay: answers alone, not
// explained (an explanation keeps more evidence than the template), from
// a decider whose conditions all have memo slots.
func (d *Decider) replayable(in *Input) bool {
	return d.replays != nil && len(d.conds) > 1 && in.Inventory == nil && in.Probe == nil &&
		in.Contexts == nil && in.Model == nil && !in.Explain && in.File != "" && in.Checklist != nil
}

// replay decides in from its template, making one when there is none.
func (d *Decider) replay(in *Input, lang string) Decision {
	t, full := d.template(in, lang)
	if t == nil {
		return full
	}
	return t.fill(in, lang)
}

// template returns in's template, made and filed when there is none; or
// nil and the decision made in full when in cannot have one. Finding it
// reads the input's values only, as checklistFacts states them: the
// evidence is the input's, put in by fill.
func (d *Decider) template(in *Input, lang string) (*template, Decision) {
	rs := d.replays
	var t *template
	var k replayKey
	seen := false
	rs.mu.RLock()
	root := rs.find(in.Checklist, lang)
	if root != nil {
		k = rs.key(root, in)
		t = root.match(root.seen[k], in)
		seen = t != nil
		for i := 0; t == nil && i < len(root.groups); i++ {
			g := &root.groups[i]
			t = root.match(g.m[and(k, g.mask)], in)
		}
	}
	rs.mu.RUnlock()
	if root == nil {
		if root = rs.root(in.Checklist, lang); root == nil {
			// Templates for too many checklists: decide in full.
			f, items := d.facts(in, lang)
			defer putFacts(f)
			return nil, d.decide(f, items, in, lang)
		}
		k = rs.key(root, in)
	}
	if t == nil {
		return d.record(in, lang, root, k)
	}
	if !seen {
		rs.alias(root, k, t)
	}
	return t, Decision{}
}

// Headline is Decide(in, lang).Headline(), without citing the evidence
// when in is decided by replay: a table row shows none.
func (d *Decider) Headline(in *Input, lang string) Headline {
	l := d.DecideLazy(in, lang)
	return l.Headline()
}

// maxRoots bounds the checklists and languages a decider keeps templates
// for (a batch uses one or two; a caller making a checklist per call
// would otherwise grow them without end).
const maxRoots = 32

// root returns the templates of a checklist and language, made if
// missing; nil when there are maxRoots already.
func (rs *replays) root(cl *checklist.Checklist, lang string) *replayRoot {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	if r := rs.find(cl, lang); r != nil {
		return r
	}
	if len(rs.roots) >= maxRoots {
		return nil
	}
	r := &replayRoot{cl: cl, lang: lang, seen: map[replayKey][]candidate{}}
	for _, it := range cl.Items {
		if it.Number > 0 && it.Number <= maxItems {
			r.items[it.Number] = true
		}
	}
	rs.roots = append(rs.roots, r)
	return r
}

func and(a, b replayKey) replayKey { return replayKey{a[0] & b[0], a[1] & b[1]} }

// match returns the first of cs whose value reads in gives.
func (r *replayRoot) match(cs []candidate, in *Input) *template {
	var buf Fact
next:
	for i := range cs {
		c := &cs[i]
		if c.n > 0 {
			if factResult(r.value(in, c.first.id, &buf)) != c.first.r {
				continue
			}
			for _, rd := range c.rest {
				if factResult(r.value(in, rd.id, &buf)) != rd.r {
					continue next
				}
			}
		}
		return c.t
	}
	return nil
}

// record decides in with its evidence replaced by references to it and
// its value reads recorded, and files the result as a template under k.
func (d *Decider) record(in *Input, lang string, root *replayRoot, k replayKey) (*template, Decision) {
	f, items := d.facts(in, lang)
	defer putFacts(f)
	// The answers and the two checklist facts cite the input, one entry
	// each, as fill puts it back; anything else is decided in full.
	cited := 0
	for id := range f.vals {
		fact := &f.vals[id]
		switch {
		case fact.Value.Kind == 0 || len(fact.Evidence) == 0:
		case isInputFact(id) && len(fact.Evidence) == 1 && id != idChecklistUnknown && id != idSystemText:
			cited++
		default:
			return nil, d.decide(f, items, in, lang)
		}
	}
	// One array holds their references.
	refs := make([]Evidence, 0, cited)
	for id := range f.vals {
		if fact := &f.vals[id]; fact.Value.Kind != 0 && len(fact.Evidence) == 1 {
			refs = append(refs, Evidence{Path: refPath, Line: id})
			fact.Evidence = refs[len(refs)-1 : len(refs) : len(refs)]
		}
	}
	tr := &tracer{bit: d.replays.bit, seen: make([]bool, len(f.vals))}
	f.tr = tr
	t := newTemplate(d.decide(f, items, in, lang))
	t.entries = d.replays.entries
	f.tr = nil
	for _, r := range tr.reads {
		if !d.replays.implied(tr.mask, k, r.id, r.r) {
			t.reads = append(t.reads, r)
		}
	}
	d.replays.add(root, tr.mask, and(k, tr.mask), t)
	return t, Decision{}
}

// find returns the templates of a checklist and language, nil if none.
func (rs *replays) find(cl *checklist.Checklist, lang string) *replayRoot {
	for _, r := range rs.roots {
		if r.cl == cl && r.lang == lang {
			return r
		}
	}
	return nil
}

// add files t under the conditions its decision tested (mask) and their
// results, unless a template reading the same values is there (another
// worker made it meanwhile).
func (rs *replays) add(root *replayRoot, mask, k replayKey, t *template) {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	if rs.leaves >= maxReplays {
		return
	}
	i := slices.IndexFunc(root.groups, func(g replayGroup) bool { return g.mask == mask })
	if i < 0 {
		root.groups = append(root.groups, replayGroup{mask: mask, m: map[replayKey][]candidate{}})
		i = len(root.groups) - 1
	}
	m := root.groups[i].m
	for _, c := range m[k] {
		if slices.Equal(c.t.reads, t.reads) {
			return
		}
	}
	m[k] = append(m[k], newCandidate(t))
	rs.leaves++
}

// alias files t under the whole key of an input found to match it, so
// the next input alike finds it in one look.
func (rs *replays) alias(root *replayRoot, k replayKey, t *template) {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	if len(root.seen) < 4*maxReplays && !slices.ContainsFunc(root.seen[k], func(c candidate) bool { return c.t == t }) {
		root.seen[k] = append(root.seen[k], newCandidate(t))
	}
}

// A reference to the input's evidence: the Path marks it, the Line is the
// index of the fact whose one entry it is.
const refPath = "\x00cnready:input-evidence"

func isRef(e *Evidence) bool { return e.Path == refPath }

func hasRef(evs []Evidence) bool {
	for i := range evs {
		if isRef(&evs[i]) {
			return true
		}
	}
	return false
}

// template is a decision whose evidence may refer to the input's. Its
// slices are shared by every decision filled from it, so they are clipped:
// a caller's append copies rather than writes into them.
type template struct {
	dec Decision
	// reads are the values read of input facts that the key does not fix.
	reads []read
	head  Headline // dec.Headline()
	// jsonc holds the template's parts as JSON, made once (json.go).
	jsonOnce sync.Once
	jsonc    *templateJSON
	// holeJSON is the whole decision as JSON cut where it cites the
	// input, made once (lazy.go).
	holeOnce sync.Once
	holeJSON []hole
	entries  *entryCache // the decider's
	// yamlHole is the decision as YAML at the batch's column, cut where
	// it cites the input, made once (yaml.go).
	yamlOnce sync.Once
	yamlHole []yamlHole
	// What holds references, so fill copies only that; refs counts the
	// evidence entries of those slices.
	criteria, maturity, suggestions, rules, endOfLife bool
	requirements                                      []int // indexes of requirements citing the input
	refs                                              int
}

func newTemplate(dec Decision) *template {
	t := &template{dec: dec, head: dec.Headline()}
	count := func(evs []Evidence) bool {
		if hasRef(evs) {
			t.refs += len(evs)
			return true
		}
		return false
	}
	dec = t.dec
	t.dec.Criteria = clip(dec.Criteria)
	for i := range dec.Criteria {
		c := &t.dec.Criteria[i]
		c.Evidence, c.Support = clip(c.Evidence), clip(c.Support)
		t.criteria = count(c.Evidence) || t.criteria
		t.criteria = count(c.Support) || t.criteria
	}
	t.dec.Maturity.Evidence = clip(dec.Maturity.Evidence)
	t.maturity = count(t.dec.Maturity.Evidence)
	t.dec.Strategy.Rationale = clip(dec.Strategy.Rationale)
	t.dec.Strategy.Excluded = clip(dec.Strategy.Excluded)
	t.dec.Strategy.Rules = clip(dec.Strategy.Rules)
	for i := range t.dec.Strategy.Rules {
		r := &t.dec.Strategy.Rules[i]
		r.Evidence = clip(r.Evidence)
		t.rules = count(r.Evidence) || t.rules
	}
	t.dec.Suggestions = clip(dec.Suggestions)
	for i := range t.dec.Suggestions {
		s := &t.dec.Suggestions[i]
		s.Evidence = clip(s.Evidence)
		t.suggestions = count(s.Evidence) || t.suggestions
	}
	t.dec.Requirements = clip(dec.Requirements)
	for i := range t.dec.Requirements {
		s := &t.dec.Requirements[i]
		s.Evidence = clip(s.Evidence)
		if count(s.Evidence) {
			t.requirements = append(t.requirements, i)
		}
	}
	t.dec.Priority.Factors = clip(dec.Priority.Factors)
	t.dec.EndOfLife = clip(dec.EndOfLife)
	for i := range t.dec.EndOfLife {
		if isRef(&t.dec.EndOfLife[i].Evidence) {
			t.endOfLife = true
		}
	}
	return t
}

// clip is slices.Clip keeping nil and empty apart (JSON tells [] from null).
func clip[S ~[]E, E any](s S) S { return s[:len(s):len(s)] }

// fill makes the template's decision for in.
func (t *template) fill(in *Input, lang string) Decision {
	dec := t.dec
	dec.tpl = t
	if t.refs == 0 {
		return dec
	}
	f := filler{arena: make([]Evidence, t.refs)}
	if t.criteria {
		dec.Criteria = slices.Clone(dec.Criteria)
		for i := range dec.Criteria {
			c := &dec.Criteria[i]
			c.Evidence, c.Support = f.put(in, lang, c.Evidence), f.put(in, lang, c.Support)
		}
	}
	if t.maturity {
		dec.Maturity.Evidence = f.put(in, lang, dec.Maturity.Evidence)
	}
	if t.rules {
		dec.Strategy.Rules = slices.Clone(dec.Strategy.Rules)
		for i := range dec.Strategy.Rules {
			dec.Strategy.Rules[i].Evidence = f.put(in, lang, dec.Strategy.Rules[i].Evidence)
		}
	}
	if t.suggestions {
		dec.Suggestions = slices.Clone(dec.Suggestions)
		for i := range dec.Suggestions {
			dec.Suggestions[i].Evidence = f.put(in, lang, dec.Suggestions[i].Evidence)
		}
	}
	if len(t.requirements) > 0 {
		dec.Requirements = slices.Clone(dec.Requirements)
		for _, i := range t.requirements {
			dec.Requirements[i].Evidence = f.put(in, lang, dec.Requirements[i].Evidence)
		}
	}
	if t.endOfLife {
		dec.EndOfLife = slices.Clone(dec.EndOfLife)
		for i := range dec.EndOfLife {
			dec.EndOfLife[i].Evidence = resolve(in, lang, dec.EndOfLife[i].Evidence)
		}
	}
	return dec
}

// filler puts an input's evidence into a template's decision: an entry
// cited alone (an answer behind a requirement, say) is resolved once and
// shared by every slice citing it alone.
type filler struct {
	arena []Evidence
	alone [16]struct {
		id int
		ev []Evidence
	}
	n int
}

func (f *filler) put(in *Input, lang string, evs []Evidence) []Evidence {
	if !hasRef(evs) {
		return evs
	}
	if len(evs) == 1 {
		id := evs[0].Line
		for _, a := range f.alone[:f.n] {
			if a.id == id {
				return a.ev
			}
		}
		out := f.arena[:1:1]
		f.arena = f.arena[1:]
		out[0] = resolve(in, lang, evs[0])
		if f.n < len(f.alone) {
			f.alone[f.n].id, f.alone[f.n].ev = id, out
			f.n++
		}
		return out
	}
	out := f.arena[:len(evs):len(evs)]
	f.arena = f.arena[len(evs):]
	for i := range evs {
		out[i] = resolve(in, lang, evs[i])
	}
	return out
}

// resolve returns the input's evidence e refers to, as facts states it,
// or e.
func resolve(in *Input, lang string, e Evidence) Evidence {
	switch {
	case !isRef(&e):
		return e
	case e.Line > answerBase:
		return answerEvidence(in, lang, e.Line-answerBase)
	}
	return checklistEvidence(in, lang, e.Line)
}
