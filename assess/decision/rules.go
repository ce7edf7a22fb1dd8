package decision

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/textenc"
	"github.com/cnready/cnready/internal/yamlnode"
)

// Text is a string in Korean and English.
type Text = checklist.Text

// Template paths of the decision data.
const (
	RulesPath     = "decision/rules.yaml"
	EstimatePath  = "decision/estimate.yaml"
	LifecyclePath = "decision/lifecycle.yaml"
	CataloguePath = "requirements/catalogue.yaml"
)

// Rules are the decision rules of templates/decision/rules.yaml.
type Rules struct {
	Strategies  []StrategyInfo   `yaml:"strategies"`
	Maturity    MaturityRules    `yaml:"maturity"`
	Criteria    []CriterionRule  `yaml:"criteria"`
	Strategy    StrategyRules    `yaml:"strategy"`
	Suggestions []SuggestionRule `yaml:"suggestions"`
	Priority    PriorityRules    `yaml:"priority"`
}

// StrategyInfo names one of the 7R strategies and the maturity level it
// reaches (-1: it leaves the system's level as it is or ends it).
type StrategyInfo struct {
	ID          string `yaml:"id"`
	Name        Text   `yaml:"name"`
	Summary     Text   `yaml:"summary"`
	TargetLevel int    `yaml:"target_level"`
}

// MaturityRules are the guide's maturity levels and the rules that place a
// system: the highest level whose rule holds.
type MaturityRules struct {
	Levels []LevelInfo    `yaml:"levels"`
	Rules  []MaturityRule `yaml:"rules"`
	// Assumed explains level 0 when nothing was scanned or probed.
	Assumed Text `yaml:"assumed"`
}

// LevelInfo is one maturity level.
type LevelInfo struct {
	Level       int  `yaml:"level"`
	Name        Text `yaml:"name"`
	Description Text `yaml:"description"`
}

// MaturityRule places a system at Level when it holds.
type MaturityRule struct {
	ID         string `yaml:"id"`
	Level      int    `yaml:"level"`
	Conditions `yaml:",inline"`
	Why        Text `yaml:"why"`
}

// CriterionRule is one of the seed's expert criteria: met when the points
// of the signals that hold reach MetAt, unknown when none of the inputs it
// Requires was given.
type CriterionRule struct {
	ID       string   `yaml:"id"`
	Name     Text     `yaml:"name"`
	Basis    Text     `yaml:"basis"`
	Requires []string `yaml:"requires"`
	MetAt    int      `yaml:"met_at"`
	Signals  []Signal `yaml:"signals"`
	// Unknown explains an unknown status (what to supply).
	Unknown Text `yaml:"unknown"`
}

// Signal adds Points to a criterion when it holds.
type Signal struct {
	ID         string `yaml:"id"`
	Points     int    `yaml:"points"`
	Conditions `yaml:",inline"`
	Why        Text `yaml:"why"`
}

// StrategyRules score the 7R strategies; constraints then exclude some or
// choose one outright.
type StrategyRules struct {
	Rules       []StrategyRule `yaml:"rules"`
	Constraints []Constraint   `yaml:"constraints"`
}

// StrategyRule adds points to strategies when it holds.
type StrategyRule struct {
	ID         string `yaml:"id"`
	Conditions `yaml:",inline"`
	Add        map[string]int `yaml:"add"`
	Why        Text           `yaml:"why"`
}

// Constraint excludes strategies, or chooses one, when it holds.
type Constraint struct {
	ID         string `yaml:"id"`
	Conditions `yaml:",inline"`
	Exclude    []string `yaml:"exclude,omitempty"`
	Choose     string   `yaml:"choose,omitempty"`
	Why        Text     `yaml:"why"`
}

// SuggestionRule suggests Answer for Item when it holds; the first rule of
// an item that holds wins.
type SuggestionRule struct {
	ID         string `yaml:"id"`
	Item       int    `yaml:"item"`
	Answer     string `yaml:"answer"`
	Conditions `yaml:",inline"`
	Why        Text `yaml:"why"`
}

// PriorityRules weigh the factors of the portfolio priority (0..100).
type PriorityRules struct {
	Factors []PriorityFactor `yaml:"factors"`
}

// PriorityFactor gives points by one of three forms: Map (the fact's
// value → points), Scale (Points × min(value / Max, 1)) or a test
// (Conditions → Points).
type PriorityFactor struct {
	ID         string         `yaml:"id"`
	Fact       string         `yaml:"fact,omitempty"`
	Map        map[string]int `yaml:"map,omitempty"`
	Max        float64        `yaml:"max,omitempty"`
	Points     int            `yaml:"points,omitempty"`
	Conditions `yaml:",inline"`
	Why        Text `yaml:"why"`
}

// StrategyByID returns the strategy with id.
func (r *Rules) StrategyByID(id string) (StrategyInfo, bool) {
	i := slices.IndexFunc(r.Strategies, func(s StrategyInfo) bool { return s.ID == id })
	if i < 0 {
		return StrategyInfo{}, false
	}
	return r.Strategies[i], true
}

// Level returns the maturity level n.
func (r *Rules) Level(n int) LevelInfo {
	for _, l := range r.Maturity.Levels {
		if l.Level == n {
			return l
		}
	}
	return LevelInfo{Level: n}
}

// decodeStrict decodes YAML data into v, unknown keys being errors, and
// words problems as "name:line: message".
func decodeStrict(data []byte, name string, v any) error {
	data, _, err := textenc.UTF8(name, data)
	if err != nil {
		return err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.EOF) {
			return fmt.Errorf("%s:1: empty file", name)
		}
		return yamlnode.ErrorIn(name, data, err)
	}
	return nil
}

// problems collects a file's validation errors as "name:line: message".
type problems struct {
	name string
	errs []error
}

func (p *problems) addf(line int, format string, args ...any) {
	if line < 1 {
		line = 1
	}
	p.errs = append(p.errs, fmt.Errorf("%s:%d: %s", p.name, line, fmt.Sprintf(format, args...)))
}

// add rewords "line N: message" errors from the condition checks.
func (p *problems) add(errs ...error) {
	for _, err := range errs {
		p.errs = append(p.errs, yamlnode.Error(p.name, err))
	}
}

func (p *problems) err() error { return errors.Join(p.errs...) }

// lineOf finds the line of the n-th element of a top-level or nested
// sequence; rules are validated per element, so the element's own line is
// what a reader needs.
type lines struct{ doc yaml.Node }

func (l *lines) at(path ...any) int {
	n := &l.doc
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	line := n.Line
	for _, p := range path {
		switch k := p.(type) {
		case string:
			if n.Kind != yaml.MappingNode {
				return line
			}
			found := false
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == k {
					n = n.Content[i+1]
					found = true
					break
				}
			}
			if !found {
				return line
			}
		case int:
			if n.Kind != yaml.SequenceNode || k >= len(n.Content) {
				return line
			}
			n = n.Content[k]
		}
		line = n.Line
	}
	return line
}

func newLines(data []byte) *lines {
	l := &lines{}
	_ = yaml.Unmarshal(data, &l.doc)
	return l
}

// LoadRules reads and validates the decision rules; items is the
// checklist's item count (for answer.N facts).
func LoadRules(data []byte, name string, items int) (*Rules, error) {
	var r Rules
	if err := decodeStrict(data, name, &r); err != nil {
		return nil, err
	}
	if err := r.validate(name, newLines(data), items); err != nil {
		return nil, err
	}
	return &r, nil
}

func (r *Rules) validate(name string, ln *lines, items int) error {
	p := &problems{name: name}
	ids := map[string]int{}
	uniq := func(id string, line int, what string) {
		if id == "" {
			p.addf(line, "%s has no id", what)
			return
		}
		if first, dup := ids[id]; dup {
			p.addf(line, "duplicate rule id %q (first at line %d)", id, first)
			return
		}
		ids[id] = line
	}
	seen := map[string]bool{}
	for i, s := range r.Strategies {
		line := ln.at("strategies", i)
		if !slices.Contains(Strategies, s.ID) {
			p.addf(line, "strategy %q is not one of %s", s.ID, strings.Join(Strategies, ", "))
		}
		if seen[s.ID] {
			p.addf(line, "strategy %q listed twice", s.ID)
		}
		seen[s.ID] = true
		if s.Name.Ko == "" {
			p.addf(line, "strategy %q has no Korean name", s.ID)
		}
		if s.TargetLevel < -1 || s.TargetLevel > 3 {
			p.addf(line, "strategy %q: target_level %d is not -1..3", s.ID, s.TargetLevel)
		}
	}
	for _, id := range Strategies {
		if !seen[id] {
			p.addf(ln.at("strategies"), "strategy %q is missing (the 7R set is %s)", id, strings.Join(Strategies, ", "))
		}
	}
	strategyKnown := func(id string, line int) {
		if !slices.Contains(Strategies, id) {
			p.addf(line, "unknown strategy %q", id)
		}
	}
	levels := map[int]bool{}
	for i, l := range r.Maturity.Levels {
		if l.Level < 0 || l.Level > 3 || levels[l.Level] {
			p.addf(ln.at("maturity", "levels", i), "maturity level %d is repeated or not 0..3", l.Level)
		}
		levels[l.Level] = true
	}
	for n := 0; n <= 3; n++ {
		if !levels[n] {
			p.addf(ln.at("maturity", "levels"), "maturity level %d is missing", n)
		}
	}
	for i := range r.Maturity.Rules {
		m := &r.Maturity.Rules[i]
		line := ln.at("maturity", "rules", i)
		uniq(m.ID, line, "maturity rule")
		if m.Level < 1 || m.Level > 3 {
			p.addf(line, "maturity rule %q: level %d is not 1..3 (level 0 is what remains)", m.ID, m.Level)
		}
		p.add(m.check(items)...)
	}
	crit := map[string]bool{}
	for i := range r.Criteria {
		c := &r.Criteria[i]
		line := ln.at("criteria", i)
		if !slices.Contains([]string{"complexity", "boundaries", "scale_limit"}, c.ID) || crit[c.ID] {
			p.addf(line, "criterion %q is repeated or not complexity, boundaries or scale_limit", c.ID)
		}
		crit[c.ID] = true
		if len(c.Requires) == 0 {
			p.addf(line, "criterion %q requires no input (list the facts whose presence makes it decidable)", c.ID)
		}
		for _, f := range c.Requires {
			if _, ok := lookupFact(f, items); !ok {
				p.addf(line, "criterion %q requires unknown fact %q", c.ID, f)
			}
		}
		if c.MetAt < 1 {
			p.addf(line, "criterion %q: met_at must be 1 or more", c.ID)
		}
		for j := range c.Signals {
			s := &c.Signals[j]
			uniq(s.ID, ln.at("criteria", i, "signals", j), "signal")
			p.add(s.check(items)...)
		}
	}
	for i := range r.Strategy.Rules {
		s := &r.Strategy.Rules[i]
		line := ln.at("strategy", "rules", i)
		uniq(s.ID, line, "strategy rule")
		if len(s.Add) == 0 {
			p.addf(line, "strategy rule %q adds nothing", s.ID)
		}
		for k := range s.Add {
			strategyKnown(k, line)
		}
		p.add(s.check(items)...)
	}
	for i := range r.Strategy.Constraints {
		c := &r.Strategy.Constraints[i]
		line := ln.at("strategy", "constraints", i)
		uniq(c.ID, line, "constraint")
		if (len(c.Exclude) == 0) == (c.Choose == "") {
			p.addf(line, "constraint %q must either exclude strategies or choose one", c.ID)
		}
		for _, k := range c.Exclude {
			strategyKnown(k, line)
		}
		if c.Choose != "" {
			strategyKnown(c.Choose, line)
		}
		p.add(c.check(items)...)
	}
	for i := range r.Suggestions {
		s := &r.Suggestions[i]
		line := ln.at("suggestions", i)
		uniq(s.ID, line, "suggestion")
		if s.Item < 1 || s.Item > items {
			p.addf(line, "suggestion %q: item %d is not 1..%d", s.ID, s.Item, items)
		}
		if s.Answer != "Y" && s.Answer != "N" {
			p.addf(line, "suggestion %q: answer must be Y or N", s.ID)
		}
		if len(s.When)+len(s.Any) == 0 {
			p.addf(line, "suggestion %q has no conditions", s.ID)
		}
		p.add(s.check(items)...)
	}
	for i := range r.Priority.Factors {
		f := &r.Priority.Factors[i]
		line := ln.at("priority", "factors", i)
		uniq(f.ID, line, "priority factor")
		forms := 0
		if len(f.Map) > 0 {
			forms++
		}
		if f.Max > 0 {
			forms++
		}
		if len(f.When)+len(f.Any) > 0 {
			forms++
		}
		if forms != 1 {
			p.addf(line, "priority factor %q must have exactly one of map, max (scale) or when/any", f.ID)
		}
		if len(f.Map) > 0 || f.Max > 0 {
			info, ok := lookupFact(f.Fact, items)
			switch {
			case !ok:
				p.addf(line, "priority factor %q: unknown fact %q", f.ID, f.Fact)
			case f.Max > 0 && info.Kind != Number:
				p.addf(line, "priority factor %q: max scales a number; %s is a %s", f.ID, f.Fact, info.Kind)
			}
		}
		p.add(f.check(items)...)
	}
	return p.err()
}
