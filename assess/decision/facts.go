// Package decision decides how an assessed system should move to cloud
// native: the seed's three expert criteria, the maturity level, a 7R
// strategy, checklist answers the evidence supports, the RFP requirements
// to carry, a first function-point estimate and a portfolio priority.
//
// Go code only states facts (checklist answers, what the scan, the source
// probe and the decomposition found, each with its evidence); every rule
// that turns facts into a decision is data under templates/decision and
// templates/requirements, loaded and validated by Load, so a consultant
// can read and change them. It renders nothing.
package decision

import (
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Kind is the type of a fact's value.
type Kind int

// The kinds of value.
const (
	Bool Kind = iota + 1
	Number
	String
	List
)

func (k Kind) String() string {
	switch k {
	case Bool:
		return "bool"
	case Number:
		return "number"
	case String:
		return "string"
	case List:
		return "list"
	}
	return "?"
}

// Value is a fact's value.
type Value struct {
	Kind Kind
	B    bool
	N    float64
	S    string
	L    []string
}

// BoolValue, NumberValue, StringValue and ListValue make values.
func BoolValue(b bool) Value      { return Value{Kind: Bool, B: b} }
func NumberValue(n float64) Value { return Value{Kind: Number, N: n} }
func StringValue(s string) Value  { return Value{Kind: String, S: s} }
func ListValue(l []string) Value  { return Value{Kind: List, L: l} }
func intValue(n int) Value        { return NumberValue(float64(n)) }
func (v Value) String() string {
	switch v.Kind {
	case Bool:
		return strconv.FormatBool(v.B)
	case Number:
		return formatNumber(v.N)
	case List:
		return strings.Join(v.L, ", ")
	}
	return v.S
}

// formatNumber prints integers without a fraction and others with up to
// three decimals.
func formatNumber(n float64) string {
	if n == float64(int64(n)) {
		return strconv.FormatInt(int64(n), 10)
	}
	return strconv.FormatFloat(n, 'f', -1, 64)
}

// Evidence is what a claim rests on: an answer or a file at a line, or a
// metric and its value; Why says what it shows.
type Evidence struct {
	Path   string `json:"path,omitempty" yaml:"path,omitempty"`
	Line   int    `json:"line,omitempty" yaml:"line,omitempty"`
	Metric string `json:"metric,omitempty" yaml:"metric,omitempty"`
	Value  string `json:"value,omitempty" yaml:"value,omitempty"`
	Why    string `json:"why" yaml:"why"`
}

// Fact is one known fact with its evidence.
type Fact struct {
	Value    Value
	Evidence []Evidence
}

// Facts are what is known about a system, by name. A fact that is not set
// means its input (inventory, source, decomposition) was not given: rules
// treat it as unknown, never as false. Facts are held by index (names are
// resolved once, when rules load): a decision reads them hundreds of times.
type Facts struct {
	vals []Fact // Value.Kind 0: unknown; answers follow the catalogue's facts
	// memo holds the results of the decider's conditions for these facts
	// (see Condition.Holds); watch lists, by fact index, the conditions
	// that read the fact, whose results a new value clears.
	memo  []uint8
	watch [][]int32
	conds []*Condition // by memo slot
	// tr, when set, records what a decision reads of the input (replay.go).
	tr *tracer
}

// factsPool recycles fact sets: each decision states some fifty facts and
// drops them when done (decisions copy what they keep).
var factsPool sync.Pool

func getFacts(items int) Facts {
	n := answerBase + min(max(items, 0), maxItems) + 1
	if v, ok := factsPool.Get().(*[]Fact); ok && cap(*v) >= n {
		// Pooled sets are cleared when put back.
		return Facts{vals: (*v)[:n]}
	}
	return NewFacts(items)
}

func putFacts(f Facts) {
	clear(f.vals[:cap(f.vals)])
	factsPool.Put(&f.vals)
	if f.memo != nil {
		memoPool.Put(&f.memo)
	}
}

var memoPool sync.Pool

// withMemo gives f a cleared memo for the decider's conditions.
func (f Facts) withMemo(d *Decider) Facts {
	n := len(d.conds)
	if n <= 1 {
		return f
	}
	if v, ok := memoPool.Get().(*[]uint8); ok && cap(*v) >= n {
		f.memo = (*v)[:n]
		clear(f.memo)
	} else {
		f.memo = make([]uint8, n)
	}
	f.watch, f.conds = d.watch, d.conds
	return f
}

// NewFacts returns an empty set of facts for a checklist of items items.
func NewFacts(items int) Facts {
	return Facts{vals: make([]Fact, answerBase+min(max(items, 0), maxItems)+1)}
}

// Get returns the fact called name and whether it is known.
func (f Facts) Get(name string) (Fact, bool) {
	id, ok := factIDs[name]
	if !ok {
		return Fact{}, false
	}
	if p := f.at(id); p != nil {
		return *p, true
	}
	return Fact{}, false
}

// at returns the fact with index id, or nil when it is unknown. What a
// decision reads of a fact goes through at, or through a condition.
func (f Facts) at(id int) *Fact {
	if f.tr != nil {
		f.tr.read(f, id)
	}
	return f.peek(id)
}

// peek is at without the record: for what conditions test, recorded as
// the condition's result.
func (f Facts) peek(id int) *Fact {
	if id < 0 || id >= len(f.vals) || f.vals[id].Value.Kind == 0 {
		return nil
	}
	return &f.vals[id]
}

// Set states the fact called name; names outside the catalogue (or
// answers beyond the checklist) are ignored.
func (f Facts) Set(name string, v Value, ev ...Evidence) {
	if id, ok := factIDs[name]; ok {
		f.setID(id, v, ev)
	}
}

// setID is Set by index.
func (f Facts) setID(id int, v Value, ev []Evidence) {
	if id < 0 || id >= len(f.vals) {
		return
	}
	f.vals[id] = Fact{Value: v, Evidence: ev}
	if id < len(f.watch) {
		for _, s := range f.watch[id] {
			f.memo[s] = memoUnset
		}
	}
}

func (f Facts) set(name string, v Value, ev ...Evidence) { f.Set(name, v, ev...) }

// maxItems is the largest checklist item number a fact can name.
const maxItems = 200

// answerBase is the index of answer.0: answer.N is at answerBase+N.
var answerBase = len(FactCatalogue) - 1

// factIDs indexes every fact name: the catalogue's, then answer.1 …
// answer.<maxItems>.
var factIDs = func() map[string]int {
	var names []string
	for _, f := range FactCatalogue {
		if f.Name != "answer.N" {
			names = append(names, f.Name)
		}
	}
	// answer.N is at answerBase+N.
	names = append(names, "answer.0")
	for n := 1; n <= maxItems; n++ {
		names = append(names, "answer."+strconv.Itoa(n))
	}
	ids := make(map[string]int, len(names))
	for i, n := range names {
		ids[n] = i
	}
	return ids
}()

// FactInfo documents one fact name rules may read.
type FactInfo struct {
	Name string
	Kind Kind
	// Values lists the strings a string fact takes, when it is an
	// enumeration (validated in rules).
	Values []string
	Doc    string
}

// Strategies are the 7R strategy ids.
var Strategies = []string{"retire", "retain", "relocate", "rehost", "replatform", "repurchase", "refactor"}

var (
	answerValues   = []string{"Y", "N", "?"}
	verdictValues  = []string{"recommended", "undetermined", "not-recommended"}
	criteriaValues = []string{"met", "not_met", "unknown"}
)

// FactCatalogue lists every fact the Go code states, for rule validation and
// the documentation (README, templates/decision/README.md). answer.N stands
// for answer.1 … answer.<items>.
var FactCatalogue = []FactInfo{
	{"answer.N", String, answerValues, "the checklist answer to item N: Y, N or ? (unanswered)"},
	{"checklist.yes", Number, nil, `number of "Y" answers`},
	{"checklist.unknown", Number, nil, "number of unanswered or 모름 items"},
	{"checklist.verdict", String, verdictValues, "the checklist verdict"},
	{"system.text", String, nil, "the system's name and description"},
	{"inventory.present", Bool, nil, "an inventory section was given"},
	{"inventory.hosts", Number, nil, "hosts in the inventory"},
	{"inventory.web", Number, nil, "web server instances"},
	{"inventory.was", Number, nil, "WAS instances"},
	{"inventory.db", Number, nil, "DBMS instances"},
	{"inventory.load_balancer", Bool, nil, "requests are spread over two or more WAS (a web tier balancing, or two or more web servers)"},
	{"inventory.db_replica", Bool, nil, "two or more instances of one DBMS product"},
	{"inventory.products", List, nil, "products found: webtob, jeus, tibero, oracle, weblogic, websphere, jboss, tomcat, httpd, nginx, mysql, mariadb, postgresql, cubrid, altibase, db2, sqlserver, springboot, egovframe"},
	{"inventory.eol", List, nil, "products found past their end of support (templates/decision/lifecycle.yaml)"},
	{"inventory.eol_count", Number, nil, "number of components past their end of support"},
	{"source.present", Bool, nil, "a source tree or collected configuration was probed"},
	{"delivery.ci", Bool, nil, "a CI pipeline definition or a Jenkins/GitLab host was found"},
	{"delivery.deploy", Bool, nil, "a pipeline stage, job or script that deploys was found"},
	{"platform.container", Bool, nil, "Dockerfiles, compose files, image build plugins or a container runtime host"},
	{"platform.kubernetes", Bool, nil, "Kubernetes manifests, kustomize, Helm charts or a Kubernetes node"},
	{"platform.helm", Bool, nil, "a Helm chart"},
	{"config.externalised", Bool, nil, "connection settings come from the environment or a config server"},
	{"config.hardcoded", Bool, nil, "connection settings hold literal addresses"},
	{"app.services", Number, nil, "deployable units: Spring Boot applications, WARs, compose services"},
	{"app.gateway", Bool, nil, "an API gateway dependency (Spring Cloud Gateway, Zuul)"},
	{"app.discovery", Bool, nil, "a service registry dependency (Eureka, Consul, Nacos)"},
	{"app.egovframe_major", Number, nil, "major version of the eGovFrame runtime in the build files"},
	{"contexts.present", Bool, nil, "a decomposition was computed"},
	{"contexts.count", Number, nil, "bounded-context candidates"},
	{"contexts.tables", Number, nil, "tables in the decomposition"},
	{"contexts.functions", Number, nil, "business functions (or statements standing for them)"},
	{"contexts.modularity", Number, nil, "Newman modularity of the contexts (higher: cleaner boundaries)"},
	{"contexts.cross_write_ratio", Number, nil, "share of writing functions that write several contexts"},
	{"contexts.coupling", Number, nil, "mean share of other contexts' tables a context uses"},
	{"contexts.shared_tables", Number, nil, "tables written by several contexts (shared kernel)"},
	{"contexts.shared_ratio", Number, nil, "shared tables over all tables"},
	{"criteria.complexity", String, criteriaValues, "the complexity criterion's status"},
	{"criteria.boundaries", String, criteriaValues, "the boundaries criterion's status"},
	{"criteria.scale_limit", String, criteriaValues, "the scale-limit criterion's status"},
	{"criteria.met", Number, nil, "number of expert criteria met"},
	{"maturity.level", Number, nil, "current maturity level, 0..3"},
	{"maturity.target", Number, nil, "maturity level the chosen strategy reaches"},
	{"strategy.chosen", String, Strategies, "the chosen 7R strategy"},
	{"strategy.runner_up", String, Strategies, "the runner-up strategy"},
	{"estimate.fp", Number, nil, "function points of the estimate (0 without a decomposition)"},
}

// lookupFact returns the catalogue entry for name; answer.<n> is valid for
// 1 <= n <= items.
func lookupFact(name string, items int) (FactInfo, bool) {
	if rest, ok := strings.CutPrefix(name, "answer."); ok {
		n, err := strconv.Atoi(rest)
		if err != nil || n < 1 || n > items || n > maxItems {
			return FactInfo{}, false
		}
		return FactCatalogue[0], true
	}
	i := slices.IndexFunc(FactCatalogue, func(f FactInfo) bool { return f.Name == name })
	if i < 0 || FactCatalogue[i].Name == "answer.N" {
		return FactInfo{}, false
	}
	return FactCatalogue[i], true
}
