package decision

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Operators a condition may use.
var operators = []string{"is", "not", "in", "gte", "gt", "lte", "lt", "has", "contains", "known"}

// Condition tests one fact: {fact: NAME, OP: ARG}. A condition on a fact
// whose input is absent is false, except `known: false`.
type Condition struct {
	Fact string
	Op   string
	// Args are the operator's arguments as written (one, or several for
	// in and contains), typed by check against the fact's kind.
	Args []string
	args []Value
	// runes holds, for contains, the runes of each argument as a set (see
	// runeSet): a text lacking one of them cannot contain it.
	runes []runeSet
	line  int
	text  string // String, made once by check
	id    int    // index of Fact, resolved by check
	op    opcode // Op, resolved by check
	slot  int32  // index in the decider's memo of results (0: none)
}

type opcode uint8

const (
	opIs opcode = iota
	opNot
	opIn
	opGte
	opGt
	opLte
	opLt
	opHas
	opContains
	opKnown
)

// UnmarshalYAML reads the mapping and keeps its line for messages.
func (c *Condition) UnmarshalYAML(n *yaml.Node) error {
	c.line = n.Line
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: a condition is a mapping {fact: NAME, OP: VALUE}", n.Line)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Value == "fact":
			if v.Kind != yaml.ScalarNode {
				return fmt.Errorf("line %d: fact must be a name", v.Line)
			}
			c.Fact = v.Value
		case slices.Contains(operators, k.Value):
			if c.Op != "" {
				return fmt.Errorf("line %d: a condition has one operator (%s and %s given)", k.Line, c.Op, k.Value)
			}
			c.Op = k.Value
			switch v.Kind {
			case yaml.ScalarNode:
				c.Args = []string{v.Value}
			case yaml.SequenceNode:
				for _, e := range v.Content {
					if e.Kind != yaml.ScalarNode {
						return fmt.Errorf("line %d: %s takes values", e.Line, k.Value)
					}
					c.Args = append(c.Args, e.Value)
				}
			default:
				return fmt.Errorf("line %d: %s takes a value or a list", v.Line, k.Value)
			}
		default:
			return fmt.Errorf("line %d: unknown key %q in condition (known: fact, %s)", k.Line, k.Value, strings.Join(operators, ", "))
		}
	}
	if c.Fact == "" {
		return fmt.Errorf("line %d: condition names no fact", n.Line)
	}
	if c.Op == "" {
		return fmt.Errorf("line %d: condition on %s has no operator (%s)", n.Line, c.Fact, strings.Join(operators, ", "))
	}
	return nil
}

// check validates the fact name and types the arguments; items is the
// checklist's item count (for answer.N).
func (c *Condition) check(items int) error {
	info, ok := lookupFact(c.Fact, items)
	if !ok {
		return fmt.Errorf("line %d: unknown fact %q", c.line, c.Fact)
	}
	c.id = factIDs[c.Fact]
	c.op = opcode(slices.Index(operators, c.Op))
	multi := c.Op == "in" || c.Op == "contains"
	if !multi && len(c.Args) != 1 {
		return fmt.Errorf("line %d: %s takes one value", c.line, c.Op)
	}
	if multi && len(c.Args) == 0 {
		return fmt.Errorf("line %d: %s needs at least one value", c.line, c.Op)
	}
	c.args, c.runes = c.args[:0], c.runes[:0]
	kind := info.Kind
	switch c.Op {
	case "known":
		kind = Bool
	case "gte", "gt", "lte", "lt":
		if info.Kind != Number {
			return fmt.Errorf("line %d: %s compares numbers; %s is a %s", c.line, c.Op, c.Fact, info.Kind)
		}
	case "has":
		if info.Kind != List {
			return fmt.Errorf("line %d: has tests a list; %s is a %s", c.line, c.Fact, info.Kind)
		}
		kind = String
	case "contains":
		if info.Kind != String {
			return fmt.Errorf("line %d: contains tests a string; %s is a %s", c.line, c.Fact, info.Kind)
		}
	case "is", "not", "in":
		if info.Kind == List {
			return fmt.Errorf("line %d: %s is a list: use has", c.line, c.Fact)
		}
	}
	for _, a := range c.Args {
		v, err := parseArg(kind, a)
		if err != nil {
			return fmt.Errorf("line %d: %s: %v", c.line, c.Fact, err)
		}
		if kind == String && len(info.Values) > 0 && c.Op != "contains" && !slices.Contains(info.Values, v.S) {
			return fmt.Errorf("line %d: %s is one of %s, not %q", c.line, c.Fact, strings.Join(info.Values, ", "), v.S)
		}
		if c.op == opContains {
			v.S = strings.ToLower(v.S) // matched against the lower-cased fact
			c.runes = append(c.runes, runesOf(v.S))
		}
		c.args = append(c.args, v)
	}
	c.text = c.format()
	return nil
}

func parseArg(k Kind, s string) (Value, error) {
	switch k {
	case Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return Value{}, fmt.Errorf("%q is not true or false", s)
		}
		return BoolValue(b), nil
	case Number:
		n, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return Value{}, fmt.Errorf("%q is not a number", s)
		}
		return NumberValue(n), nil
	}
	return StringValue(s), nil
}

// Holds reports whether the condition is true of f. Within one decision
// a condition is tested once: the catalogue and the rules repeat the same
// few dozen tests (strategy.chosen = refactor, answer.8 = Y) hundreds of
// times.
func (c *Condition) Holds(f Facts) bool {
	if c.slot > 0 && int(c.slot) < len(f.memo) && int(c.slot) < len(f.conds) {
		return f.cond(c.slot)
	}
	// Not one of the decider's conditions (whose results key a replayed
	// decision): a value read.
	return c.test(f.at(c.id))
}

// cond is the result of the condition in memo slot s, tested on first use.
func (f Facts) cond(s int32) bool {
	switch f.memo[s] {
	case memoTrue:
		return true
	case memoFalse:
		return false
	}
	ok := f.conds[s].holds(f)
	if f.tr != nil {
		f.tr.tested(s)
	}
	f.memo[s] = memoFalse
	if ok {
		f.memo[s] = memoTrue
	}
	return ok
}

const (
	memoUnset uint8 = iota
	memoTrue
	memoFalse
)

// holds tests the condition on f; a decider's conditions on input facts
// key a replayed decision, so this reads without recording.
func (c *Condition) holds(f Facts) bool { return c.test(f.peek(c.id)) }

// test tests the condition on the fact (nil: unknown).
func (c *Condition) test(fact *Fact) bool {
	if c.op == opKnown {
		return (fact != nil) == c.args[0].B
	}
	if fact == nil {
		return false
	}
	v := &fact.Value
	switch c.op {
	case opIs:
		return equal(v, &c.args[0])
	case opNot:
		return !equal(v, &c.args[0])
	case opIn:
		for i := range c.args {
			if equal(v, &c.args[i]) {
				return true
			}
		}
		return false
	case opGte:
		return v.N >= c.args[0].N
	case opGt:
		return v.N > c.args[0].N
	case opLte:
		return v.N <= c.args[0].N
	case opLt:
		return v.N < c.args[0].N
	case opHas:
		for _, s := range v.L {
			if strings.EqualFold(s, c.args[0].S) {
				return true
			}
		}
		return false
	case opContains:
		return c.contains(fold(v.S))
	}
	return false
}

// contains is the contains test on a text folded by fold.
func (c *Condition) contains(low string, have runeSet) bool {
	for i := range c.args {
		if len(c.runes) == len(c.args) && !c.runes[i].in(have) {
			continue // a rune of the argument is not in the text
		}
		// Arguments are lower-cased by check.
		if strings.Contains(low, c.args[i].S) {
			return true
		}
	}
	return false
}

func equal(v, a *Value) bool {
	switch v.Kind {
	case Bool:
		return v.B == a.B
	case Number:
		return v.N == a.N
	}
	return v.S == a.S
}

// String writes the condition as a reader would: "answer.9 = Y",
// "contexts.count ≥ 4", "inventory.products has jeus".
func (c *Condition) String() string {
	if c.text == "" {
		return c.format()
	}
	return c.text
}

var opSymbols = map[string]string{"is": "=", "not": "≠", "in": "∈", "gte": "≥", "gt": ">", "lte": "≤", "lt": "<",
	"has": "has", "contains": "contains", "known": "known ="}

func (c *Condition) format() string {
	op := opSymbols[c.Op]
	arg := strings.Join(c.Args, ", ")
	if len(c.Args) > 1 {
		arg = "{" + arg + "}"
	}
	return c.Fact + " " + op + " " + arg
}

// Conditions are a rule's test: every `when` condition holds and, if
// `any` is given, at least one of its conditions does.
type Conditions struct {
	When []Condition `yaml:"when,omitempty"`
	Any  []Condition `yaml:"any,omitempty"`

	reads []string // Reads, made once by check
	// The conditions' memo slots (see Decider.intern): a test reads a
	// short array rather than the conditions themselves.
	whenSlots, anySlots []int32
}

// Holds reports whether the rule's test passes.
func (cs *Conditions) Holds(f Facts) bool {
	if f.memo != nil && len(cs.whenSlots) == len(cs.When) && len(cs.anySlots) == len(cs.Any) && len(cs.When)+len(cs.Any) > 0 {
		for _, s := range cs.whenSlots {
			if !f.cond(s) {
				return false
			}
		}
		if len(cs.anySlots) == 0 {
			return true
		}
		for _, s := range cs.anySlots {
			if f.cond(s) {
				return true
			}
		}
		return false
	}
	for i := range cs.When {
		if !cs.When[i].Holds(f) {
			return false
		}
	}
	if len(cs.Any) == 0 {
		return true
	}
	for i := range cs.Any {
		if cs.Any[i].Holds(f) {
			return true
		}
	}
	return false
}

// holding returns the conditions that decided a passing test: all of When
// and the Any conditions that hold.
func (cs *Conditions) holding(f Facts) []*Condition {
	return cs.appendHolding(make([]*Condition, 0, len(cs.When)+1), f)
}

func (cs *Conditions) appendHolding(out []*Condition, f Facts) []*Condition {
	for i := range cs.When {
		out = append(out, &cs.When[i])
	}
	for i := range cs.Any {
		if cs.Any[i].Holds(f) {
			out = append(out, &cs.Any[i])
		}
	}
	return out
}

func (cs *Conditions) check(items int) []error {
	cs.reads = cs.readFacts()
	var errs []error
	for i := range cs.When {
		if err := cs.When[i].check(items); err != nil {
			errs = append(errs, err)
		}
	}
	for i := range cs.Any {
		if err := cs.Any[i].check(items); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

// Reads lists the facts the test reads, for documentation and --explain.
func (cs *Conditions) Reads() []string {
	if cs.reads != nil {
		return cs.reads
	}
	return cs.readFacts()
}

func (cs *Conditions) readFacts() []string {
	out := []string{}
	for _, c := range append(slices.Clone(cs.When), cs.Any...) {
		if !slices.Contains(out, c.Fact) {
			out = append(out, c.Fact)
		}
	}
	return out
}

// fold returns strings.ToLower(s) and its runes as a set, in one pass over
// s and without copying it when no letter changes: system texts are
// mostly Hangul, which has no case, and strings.ToLower maps them rune by
// rune through the case tables.
func fold(s string) (string, runeSet) {
	var set runeSet
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return folded(s)
			}
			set[c>>6&3] |= 1 << (c & 63)
			i++
			continue
		}
		var r rune
		n := 3
		if c >= 0xE0 && c < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			// Three bytes, as Hangul is: decoded here (the decoder's
			// general path took a fifth of the key's time).
			r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			if r < 0x800 || r >= 0xD800 && r <= 0xDFFF {
				r, n = utf8.RuneError, 1 // overlong or a surrogate: invalid
			}
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == utf8.RuneError && n == 1:
			return folded(s) // strings.ToLower replaces the invalid byte
		case r >= 0xAC00 && r <= 0xD7A3, r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F,
			r >= 0x4E00 && r <= 0x9FFF, r >= 0x2000 && r <= 0x206F, r >= 0x3000 && r <= 0x303F:
			// Hangul syllables and jamo, CJK ideographs, punctuation:
			// no case.
		case unicode.ToLower(r) != r:
			return folded(s)
		}
		set[r>>6&3] |= 1 << (r & 63)
		i += n
	}
	return s, set
}

func folded(s string) (string, runeSet) {
	low := strings.ToLower(s)
	return low, runesOf(low)
}

// runeSet is a set of runes by their low eight bits: a quick test that a
// text may contain a word, before searching it (system texts are tested
// against dozens of words).
type runeSet [4]uint64

func runesOf(s string) runeSet {
	var set runeSet
	for _, r := range s {
		set[r>>6&3] |= 1 << (r & 63)
	}
	return set
}

// in tells whether every rune of set may be in other.
func (set runeSet) in(other runeSet) bool {
	return set[0]&^other[0] == 0 && set[1]&^other[1] == 0 && set[2]&^other[2] == 0 && set[3]&^other[3] == 0
}
