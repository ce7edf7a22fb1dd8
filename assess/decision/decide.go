package decision

import (
	"errors"
	"fmt"
	"github.com/cnready/cnready/templates"
	"io/fs"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Decider holds the loaded decision data.
type Decider struct {
	Rules     *Rules
	Catalogue *Catalogue
	Estimate  *EstimateParams
	Lifecycle *Lifecycle

	conds []*Condition // by memo slot (see intern); slot 0 is unused
	watch [][]int32    // memo slots by the fact they read
	// replays holds the decisions of checklist-only inputs by the results
	// of what they read (see replay.go); nil for a Decider built by hand.
	replays *replays
}

// Load reads and validates the decision data from a template tree; items
// is the checklist's item count. All problems of all files are returned,
// each as "file:line: message".
func Load(fsys fs.FS, items int) (*Decider, error) {
	d := &Decider{}
	var errs []error
	read := func(name string, load func([]byte) error) {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", templates.Where(fsys, name), err))
			return
		}
		if err := load(data); err != nil {
			errs = append(errs, err)
		}
	}
	label := func(name string) string { return templates.Where(fsys, name) }
	read(RulesPath, func(b []byte) (err error) { d.Rules, err = LoadRules(b, label(RulesPath), items); return })
	read(CataloguePath, func(b []byte) (err error) { d.Catalogue, err = LoadCatalogue(b, label(CataloguePath), items); return })
	read(EstimatePath, func(b []byte) (err error) { d.Estimate, err = LoadEstimate(b, label(EstimatePath)); return })
	read(LifecyclePath, func(b []byte) (err error) { d.Lifecycle, err = LoadLifecycle(b, label(LifecyclePath)); return })
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	d.intern()
	d.replays = newReplays(d)
	return d, nil
}

// Decision is everything decided for one system. Its JSON form is the
// `decision` object of the assess contract (DESIGN.md).
//
// Decisions of systems alike share what they have alike (decisions are
// replayed, see replay.go): treat a Decision's slices as read-only, and
// clone one before changing its elements. Appending is safe.
type Decision struct {
	Criteria     []Criterion  `json:"criteria" yaml:"criteria"`
	Maturity     Maturity     `json:"maturity" yaml:"maturity"`
	Strategy     Strategy     `json:"strategy" yaml:"strategy"`
	Suggestions  []Suggestion `json:"suggestions" yaml:"suggestions"`
	Requirements []Selected   `json:"requirements" yaml:"requirements"`
	Estimate     Estimate     `json:"estimate" yaml:"estimate"`
	Priority     Priority     `json:"priority" yaml:"priority"`
	// EndOfLife lists the scanned components past their end of support.
	EndOfLife []EndOfLife `json:"end_of_life,omitempty" yaml:"end_of_life,omitempty"`

	// tpl is the template the decision was filled from (replay.go), whose
	// JSON WriteJSON reuses for the parts still the template's.
	tpl *template
}

// EndOfLife is a component whose release line's support has ended.
type EndOfLife struct {
	Component string   `json:"component" yaml:"component"`
	Product   string   `json:"product" yaml:"product"`
	Version   string   `json:"version" yaml:"version"`
	Ended     string   `json:"ended" yaml:"ended"`
	Source    string   `json:"source" yaml:"source"`
	Evidence  Evidence `json:"evidence" yaml:"evidence"`
}

// Criterion statuses.
const (
	Met     = "met"
	NotMet  = "not_met"
	Unknown = "unknown"
)

// Criterion is one of the seed's expert criteria (대상 업무 선정 방향).
type Criterion struct {
	ID       string     `json:"id" yaml:"id"`
	Name     string     `json:"name" yaml:"name"`
	Basis    string     `json:"basis" yaml:"basis"`
	Status   string     `json:"status" yaml:"status"`
	Points   int        `json:"points" yaml:"points"`
	MetAt    int        `json:"met_at" yaml:"met_at"`
	Evidence []Evidence `json:"evidence" yaml:"evidence"`
	// Support lists, for an unknown criterion, the answers that bear on it
	// but are not used (self-reported); shown by --explain.
	Support []Evidence `json:"-" yaml:"-"`
}

// Maturity is the system's level on the guide's 성숙도 단계 and the level the
// chosen strategy reaches.
type Maturity struct {
	Level      int    `json:"level" yaml:"level"`
	Name       string `json:"name" yaml:"name"`
	Target     int    `json:"target" yaml:"target"`
	TargetName string `json:"target_name" yaml:"target_name"`
	// Assumed is set when nothing was scanned or probed: level 0 is then
	// an assumption, not a finding.
	Assumed  bool       `json:"assumed,omitempty" yaml:"assumed,omitempty"`
	Evidence []Evidence `json:"evidence" yaml:"evidence"`
}

// Scores are the 7R strategy scores.
type Scores struct {
	Retire     int `json:"retire" yaml:"retire"`
	Retain     int `json:"retain" yaml:"retain"`
	Relocate   int `json:"relocate" yaml:"relocate"`
	Rehost     int `json:"rehost" yaml:"rehost"`
	Replatform int `json:"replatform" yaml:"replatform"`
	Repurchase int `json:"repurchase" yaml:"repurchase"`
	Refactor   int `json:"refactor" yaml:"refactor"`
}

// Get returns the score of strategy id.
func (s *Scores) Get(id string) int { return *s.field(id) }

func (s *Scores) field(id string) *int {
	switch id {
	case "retire":
		return &s.Retire
	case "retain":
		return &s.Retain
	case "relocate":
		return &s.Relocate
	case "rehost":
		return &s.Rehost
	case "replatform":
		return &s.Replatform
	case "repurchase":
		return &s.Repurchase
	}
	return &s.Refactor
}

// Strategy is the 7R choice.
type Strategy struct {
	Chosen       string   `json:"chosen" yaml:"chosen"`
	ChosenName   string   `json:"chosen_name" yaml:"chosen_name"`
	RunnerUp     string   `json:"runner_up" yaml:"runner_up"`
	RunnerUpName string   `json:"runner_up_name" yaml:"runner_up_name"`
	Rationale    []string `json:"rationale" yaml:"rationale"`
	Scores       Scores   `json:"scores" yaml:"scores"`
	// Excluded are strategies a constraint ruled out.
	Excluded []string `json:"excluded,omitempty" yaml:"excluded,omitempty"`
	// Rules are the scoring rules and constraints that fired.
	Rules []FiredRule `json:"rules" yaml:"rules"`
}

// FiredRule is a rule that held, what it did and what it rests on.
type FiredRule struct {
	ID      string         `json:"id" yaml:"id"`
	Adds    map[string]int `json:"adds,omitempty" yaml:"adds,omitempty"`
	Exclude []string       `json:"exclude,omitempty" yaml:"exclude,omitempty"`
	Choose  string         `json:"choose,omitempty" yaml:"choose,omitempty"`
	Reads   []string       `json:"reads" yaml:"reads"`
	Why     string         `json:"why" yaml:"why"`
	// Evidence is what the facts it read rest on; --explain shows it, the
	// batch output keeps to the rule (its facts are in the other fields).
	Evidence []Evidence `json:"-" yaml:"-"`
}

// Suggestion is a checklist answer the evidence supports. It never
// changes the answer: Agrees says whether the answer given matches (nil
// when the item is unanswered).
type Suggestion struct {
	Item     int        `json:"item" yaml:"item"`
	Answer   string     `json:"answer" yaml:"answer"`
	Given    string     `json:"given" yaml:"given"`
	Agrees   *bool      `json:"agrees" yaml:"agrees"`
	Rule     string     `json:"rule" yaml:"rule"`
	Why      string     `json:"why" yaml:"why"`
	Evidence []Evidence `json:"evidence" yaml:"evidence"`
}

// Priority orders a portfolio: 0..100, the sum of its factors.
type Priority struct {
	Score   int      `json:"score" yaml:"score"`
	Factors []Factor `json:"factors" yaml:"factors"`
}

// Factor is one part of the priority.
type Factor struct {
	ID     string  `json:"id" yaml:"id"`
	Points float64 `json:"points" yaml:"points"`
	Why    string  `json:"why" yaml:"why"`
}

// Headline is what a table row shows of a decision.
type Headline struct {
	Strategy, RunnerUp    string
	Maturity, TargetLevel int
	MaturityAssumed       bool
	Priority              int
	Estimated             bool // a size estimate was made
	FP                    float64
	Amount                int64
	Requirements          int
}

// Headline returns the decision's headline.
func (d *Decision) Headline() Headline {
	return Headline{
		Strategy: d.Strategy.Chosen, RunnerUp: d.Strategy.RunnerUp,
		Maturity: d.Maturity.Level, TargetLevel: d.Maturity.Target, MaturityAssumed: d.Maturity.Assumed,
		Priority:  d.Priority.Score,
		Estimated: d.Estimate.Method != "none" && d.Estimate.Method != "",
		FP:        d.Estimate.FP.Total, Amount: d.Estimate.Amount,
		Requirements: len(d.Requirements),
	}
}

// Decide makes the decision for in, with texts in lang ("ko" or "en").
func (d *Decider) Decide(in *Input, lang string) Decision {
	if d.replayable(in) {
		return d.replay(in, lang)
	}
	f, items := d.facts(in, lang)
	defer putFacts(f)
	return d.decide(f, items, in, lang)
}

// decide makes the decision from the facts stated about in.
func (d *Decider) decide(f Facts, items map[string]itemEvidence, in *Input, lang string) Decision {
	var dec Decision
	dec.EndOfLife = d.endOfLife(in, lang)
	dec.Estimate = d.Estimate.estimate(in.Contexts, in.Model, lang)
	if in.Contexts != nil {
		f.set("estimate.fp", NumberValue(dec.Estimate.FP.Total), Evidence{Metric: "estimate.fp", Value: formatNumber(dec.Estimate.FP.Total), Why: dec.Estimate.Formula})
	}
	x := &explainer{f: f, items: items, lang: lang, explain: in.Explain}
	dec.Criteria = d.criteria(x)
	dec.Maturity = d.maturity(x)
	dec.Strategy = d.strategy(x)
	target := dec.Maturity.Level
	if s, ok := d.Rules.StrategyByID(dec.Strategy.Chosen); ok && s.TargetLevel >= 0 {
		target = max(target, s.TargetLevel)
	}
	dec.Maturity.Target = target
	dec.Maturity.TargetName = d.Rules.Level(target).Name.In(lang)
	f.set("maturity.target", intValue(target))
	dec.Suggestions = d.suggestions(x)
	dec.Requirements = d.Catalogue.selectRequirements(x)
	dec.Priority = d.priority(x)
	return dec
}

// explainer renders rule texts and gathers evidence against the facts.
type explainer struct {
	f       Facts
	items   map[string]itemEvidence
	lang    string
	explain bool
}

// signed writes n with its sign: +3, -2.
func signed(n int) string {
	if n >= 0 {
		return "+" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// text renders t in the language, replacing {fact.name} with the fact's
// value.
func (x *explainer) text(t Text) string {
	s := t.In(x.lang)
	i := strings.IndexByte(s, '{')
	if i < 0 {
		return s
	}
	var b strings.Builder
	for i >= 0 {
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			break
		}
		name := s[i+1 : i+j]
		fact, ok := x.f.Get(name)
		b.WriteString(s[:i])
		if ok {
			b.WriteString(fact.Value.String())
		} else {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
		i = strings.IndexByte(s, '{')
	}
	b.WriteString(s)
	return b.String()
}

// writeHeld words a condition that held by the fact's value: "answer.9 =
// Y", "inventory.products has jeus", "contexts.count = 5 (≥ 4)".
func (x *explainer) writeHeld(b *strings.Builder, c *Condition) {
	b.WriteString(c.Fact)
	fact := x.f.at(c.id)
	ok := fact != nil
	switch {
	case c.Op == "known":
		b.WriteString(" known = ")
		b.WriteString(strconv.FormatBool(ok))
	case !ok:
		b.WriteString(" unknown")
	case c.Op == "has":
		b.WriteString(" has ")
		b.WriteString(c.Args[0])
	case c.Op == "contains":
		b.WriteString(" contains ")
		b.WriteString(strings.Join(c.Args, "|"))
	default:
		b.WriteString(" = ")
		b.WriteString(fact.Value.String())
		if c.Op != "is" && c.Op != "in" {
			b.WriteString(" (")
			b.WriteString(opSymbols[c.Op])
			b.WriteString(" ")
			b.WriteString(strings.Join(c.Args, ", "))
			b.WriteString(")")
		}
	}
}

// fileEvidence is evidence without the metric stand-ins: only what points
// at a file (answers, components, probed files).
func (x *explainer) fileEvidence(cs []*Condition) []Evidence {
	n := 0
	for _, c := range cs {
		n += len(x.factEvidence(c))
	}
	if n == 0 {
		return nil
	}
	out := make([]Evidence, 0, n)
	for _, c := range cs {
		for _, e := range x.factEvidence(c) {
			if e.Path != "" && !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
	}
	return out
}

func (x *explainer) factEvidence(c *Condition) []Evidence {
	if c.Op == "has" {
		if ie, ok := x.items[c.Fact]; ok {
			return ie[strings.ToLower(c.Args[0])]
		}
	}
	if fact := x.f.at(c.id); fact != nil {
		return fact.Evidence
	}
	return nil
}

// evidence gathers the evidence of the facts the conditions read; for a
// `has` condition on a list, only the element's.
func (x *explainer) evidence(cs []*Condition) []Evidence {
	var out []Evidence
	add := func(e Evidence) {
		// Few items: a scan is cheaper than a map here.
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	for _, c := range cs {
		evs := x.factEvidence(c)
		if len(evs) == 0 {
			if fact := x.f.at(c.id); fact != nil {
				add(Evidence{Metric: c.Fact, Value: fact.Value.String(), Why: c.String()})
			}
			continue
		}
		for _, e := range evs {
			add(e)
		}
	}
	return out
}

func (d *Decider) criteria(x *explainer) []Criterion {
	out := make([]Criterion, 0, len(d.Rules.Criteria))
	met := 0
	for i := range d.Rules.Criteria {
		r := &d.Rules.Criteria[i]
		c := Criterion{ID: r.ID, Name: x.text(r.Name), Basis: x.text(r.Basis), MetAt: r.MetAt}
		known := slices.ContainsFunc(r.Requires, func(name string) bool { _, ok := x.f.Get(name); return ok })
		if !known {
			c.Status = Unknown
			c.Evidence = []Evidence{{Why: x.text(r.Unknown)}}
			// Answers that would bear on it are shown, not used.
			for j := range r.Signals {
				s := &r.Signals[j]
				if x.explain && s.Holds(x.f) {
					c.Support = append(c.Support, Evidence{Why: x.text(s.Why)})
					c.Support = append(c.Support, x.fileEvidence(s.holding(x.f))...)
				}
			}
			out = append(out, c)
			x.f.setID(criterionFact(r.ID), StringValue(Unknown), nil)
			continue
		}
		c.Evidence = make([]Evidence, 0, 8)
		for j := range r.Signals {
			s := &r.Signals[j]
			if !s.Holds(x.f) {
				continue
			}
			c.Points += s.Points
			sign := "+"
			if s.Points < 0 {
				sign = ""
			}
			c.Evidence = append(c.Evidence, Evidence{Why: fmt.Sprintf("%s (%s%d)", x.text(s.Why), sign, s.Points)})
			c.Evidence = append(c.Evidence, x.evidence(s.holding(x.f))...)
		}
		c.Status = NotMet
		if c.Points >= r.MetAt {
			c.Status = Met
			met++
		}
		c.Evidence = append(c.Evidence, Evidence{Metric: "points", Value: fmt.Sprintf("%d/%d", c.Points, r.MetAt),
			Why: fmt.Sprintf(msg(x.lang, "%d points; met at %d", "%d점 (충족 기준 %d점)"), c.Points, r.MetAt)})
		out = append(out, c)
		x.f.setID(criterionFact(r.ID), StringValue(c.Status), c.Evidence)
	}
	x.f.set("criteria.met", intValue(met))
	return out
}

// criterionFact is the index of the fact "criteria.<id>" (-1: none).
func criterionFact(id string) int {
	if i, ok := criterionFacts[id]; ok {
		return i
	}
	return -1
}

var criterionFacts = func() map[string]int {
	m := map[string]int{}
	for name, i := range factIDs {
		if id, ok := strings.CutPrefix(name, "criteria."); ok {
			m[id] = i
		}
	}
	return m
}()

func (d *Decider) maturity(x *explainer) Maturity {
	_, inv := x.f.Get("inventory.present")
	_, src := x.f.Get("source.present")
	if !inv && !src {
		m := Maturity{Level: 0, Name: d.Rules.Level(0).Name.In(x.lang), Assumed: true,
			Evidence: []Evidence{{Why: x.text(d.Rules.Maturity.Assumed)}}}
		x.f.set("maturity.level", intValue(0))
		return m
	}
	level := 0
	var ev []Evidence
	for i := range d.Rules.Maturity.Rules {
		r := &d.Rules.Maturity.Rules[i]
		if r.Level <= level || !r.Holds(x.f) {
			continue
		}
		level = r.Level
		ev = append([]Evidence{{Why: x.text(r.Why)}}, x.evidence(r.holding(x.f))...)
	}
	if level == 0 {
		ev = append(ev, Evidence{Why: x.text(d.Rules.Level(0).Description)})
		for _, name := range []string{"inventory.was", "platform.container", "delivery.ci"} {
			if fact, ok := x.f.Get(name); ok {
				ev = append(ev, fact.Evidence[:min(3, len(fact.Evidence))]...)
			}
		}
	}
	x.f.set("maturity.level", intValue(level))
	return Maturity{Level: level, Name: d.Rules.Level(level).Name.In(x.lang), Evidence: ev}
}

func (d *Decider) strategy(x *explainer) Strategy {
	var s Strategy
	s.Rationale = make([]string, 0, 4)
	s.Rules = make([]FiredRule, 0, 8)
	for i := range d.Rules.Strategy.Rules {
		r := &d.Rules.Strategy.Rules[i]
		if !r.Holds(x.f) {
			continue
		}
		for k, v := range r.Add {
			*s.Scores.field(k) += v
		}
		fr := FiredRule{ID: r.ID, Adds: r.Add, Reads: r.Reads(), Why: x.text(r.Why)}
		if x.explain {
			fr.Evidence = x.evidence(r.holding(x.f))
		}
		s.Rules = append(s.Rules, fr)
	}
	excluded := map[string]bool{}
	choose := ""
	for i := range d.Rules.Strategy.Constraints {
		c := &d.Rules.Strategy.Constraints[i]
		if !c.Holds(x.f) {
			continue
		}
		for _, e := range c.Exclude {
			if !excluded[e] {
				excluded[e] = true
				s.Excluded = append(s.Excluded, e)
			}
		}
		if choose == "" && c.Choose != "" && !excluded[c.Choose] {
			choose = c.Choose
		}
		fr := FiredRule{ID: c.ID, Exclude: c.Exclude, Choose: c.Choose, Reads: c.Reads(), Why: x.text(c.Why)}
		if x.explain {
			fr.Evidence = x.evidence(c.holding(x.f))
		}
		s.Rules = append(s.Rules, fr)
	}
	// Rank by score, ties by the order of the strategies list (the rules
	// file puts the more conservative first).
	order := make([]string, 0, len(d.Rules.Strategies))
	for _, st := range d.Rules.Strategies {
		if !excluded[st.ID] {
			order = append(order, st.ID)
		}
	}
	slices.SortStableFunc(order, func(a, b string) int { return s.Scores.Get(b) - s.Scores.Get(a) })
	if choose != "" {
		order = append([]string{choose}, slices.DeleteFunc(order, func(id string) bool { return id == choose })...)
	}
	if len(order) > 0 {
		s.Chosen = order[0]
	}
	if len(order) > 1 {
		s.RunnerUp = order[1]
	}
	name := func(id string) string {
		st, _ := d.Rules.StrategyByID(id)
		return st.Name.In(x.lang)
	}
	s.ChosenName, s.RunnerUpName = name(s.Chosen), name(s.RunnerUp)
	for _, fr := range s.Rules {
		switch {
		case fr.Choose == s.Chosen && fr.Choose != "":
			s.Rationale = append(s.Rationale, fr.Why)
		case fr.Adds[s.Chosen] != 0:
			s.Rationale = append(s.Rationale, fr.Why+" ("+s.Chosen+" "+signed(fr.Adds[s.Chosen])+")")
		case len(fr.Exclude) > 0:
			s.Rationale = append(s.Rationale, fr.Why)
		}
	}
	x.f.set("strategy.chosen", StringValue(s.Chosen))
	x.f.set("strategy.runner_up", StringValue(s.RunnerUp))
	return s
}

func (d *Decider) suggestions(x *explainer) []Suggestion {
	out := []Suggestion{}
	done := map[int]bool{}
	for i := range d.Rules.Suggestions {
		r := &d.Rules.Suggestions[i]
		if done[r.Item] || !r.Holds(x.f) {
			continue
		}
		done[r.Item] = true
		// The answer is read through the facts, like everything a
		// decision reads (replay.go relies on it).
		given := "?"
		if fact := x.f.at(answerBase + r.Item); fact != nil {
			given = fact.Value.S
		}
		sg := Suggestion{Item: r.Item, Answer: r.Answer, Given: given, Rule: r.ID, Why: x.text(r.Why),
			Evidence: x.evidence(r.holding(x.f))}
		if given != "?" {
			agrees := given == r.Answer
			sg.Agrees = &agrees
		}
		out = append(out, sg)
	}
	slices.SortStableFunc(out, func(a, b Suggestion) int { return a.Item - b.Item })
	return out
}

func (d *Decider) priority(x *explainer) Priority {
	p := Priority{Factors: make([]Factor, 0, len(d.Rules.Priority.Factors))}
	total := 0.0
	for i := range d.Rules.Priority.Factors {
		fr := &d.Rules.Priority.Factors[i]
		pts := 0.0
		switch {
		case len(fr.Map) > 0:
			if fact, ok := x.f.Get(fr.Fact); ok {
				pts = float64(fr.Map[fact.Value.String()])
			}
		case fr.Max > 0:
			if fact, ok := x.f.Get(fr.Fact); ok {
				pts = float64(fr.Points) * math.Min(math.Max(fact.Value.N, 0)/fr.Max, 1)
			}
		default:
			if fr.Holds(x.f) {
				pts = float64(fr.Points)
			}
		}
		pts = math.Round(pts*10) / 10
		total += pts
		p.Factors = append(p.Factors, Factor{ID: fr.ID, Points: pts, Why: x.text(fr.Why)})
	}
	p.Score = int(math.Round(math.Min(math.Max(total, 0), 100)))
	return p
}
