package decision

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Catalogue is the requirement catalogue of templates/requirements: the
// RFP requirement categories and the requirements cnready can select.
type Catalogue struct {
	Categories   []Category    `yaml:"categories"`
	Requirements []Requirement `yaml:"requirements"`
}

// Category is a requirement category of a 요구사항 총괄표.
type Category struct {
	Code   string `yaml:"code" json:"code"`
	Name   Text   `yaml:"name" json:"name"`
	IDRule string `yaml:"id_rule" json:"id_rule"`
}

// Texts are bullet lists in Korean and English.
type Texts struct {
	Ko []string `yaml:"ko" json:"ko"`
	En []string `yaml:"en,omitempty" json:"en,omitempty"`
}

// In returns the list in lang, falling back to Korean.
func (t Texts) In(lang string) []string {
	if lang == "en" && len(t.En) > 0 {
		return t.En
	}
	return t.Ko
}

// Requirement is one 상세 요구사항 sheet and the rule that selects it.
type Requirement struct {
	ID         string   `yaml:"id" json:"id"`
	Category   string   `yaml:"category" json:"category"`
	Title      Text     `yaml:"title" json:"title"`
	Definition Text     `yaml:"definition" json:"definition"`
	Details    Texts    `yaml:"details" json:"details"`
	Outputs    Texts    `yaml:"outputs" json:"outputs"`
	Related    []string `yaml:"related,omitempty" json:"related,omitempty"`
	Source     Text     `yaml:"source" json:"source"`
	// Select lists alternatives; the requirement is selected when one
	// holds.
	Select []Alternative `yaml:"select" json:"-"`
}

// Alternative is one way a requirement gets selected.
type Alternative struct {
	Always     bool `yaml:"always,omitempty"`
	Conditions `yaml:",inline"`

	wordings wordCache // because, by the held facts' values
}

// Requirement returns the requirement with id.
func (c *Catalogue) Requirement(id string) (Requirement, bool) {
	i := slices.IndexFunc(c.Requirements, func(r Requirement) bool { return r.ID == id })
	if i < 0 {
		return Requirement{}, false
	}
	return c.Requirements[i], true
}

// Category returns the category with code.
func (c *Catalogue) Category(code string) (Category, bool) {
	i := slices.IndexFunc(c.Categories, func(k Category) bool { return k.Code == code })
	if i < 0 {
		return Category{}, false
	}
	return c.Categories[i], true
}

var (
	requirementIDRE = regexp.MustCompile(`^([A-Z]{3})-[0-9]{3}$`)
	categoryCodeRE  = regexp.MustCompile(`^[A-Z]{3}$`)
)

// LoadCatalogue reads and validates a requirement catalogue: unique ids of
// the form CAT-NNN whose prefix is the category, known categories, related
// ids that exist, Korean title, definition and details, and selection rules
// on known facts.
func LoadCatalogue(data []byte, name string, items int) (*Catalogue, error) {
	var c Catalogue
	if err := decodeStrict(data, name, &c); err != nil {
		return nil, err
	}
	ln := newLines(data)
	p := &problems{name: name}
	cats := map[string]bool{}
	for i, k := range c.Categories {
		line := ln.at("categories", i)
		if !categoryCodeRE.MatchString(k.Code) {
			p.addf(line, "category code %q is not three capital letters", k.Code)
		}
		if cats[k.Code] {
			p.addf(line, "category %q listed twice", k.Code)
		}
		cats[k.Code] = true
		if k.Name.Ko == "" {
			p.addf(line, "category %q has no Korean name", k.Code)
		}
	}
	if len(c.Categories) == 0 {
		p.addf(1, "no categories")
	}
	ids := map[string]int{}
	for i := range c.Requirements {
		r := &c.Requirements[i]
		line := ln.at("requirements", i)
		m := requirementIDRE.FindStringSubmatch(r.ID)
		switch {
		case m == nil:
			p.addf(line, "requirement id %q is not of the form ABC-000", r.ID)
		case m[1] != r.Category:
			p.addf(line, "requirement %s: id prefix %s differs from its category %q", r.ID, m[1], r.Category)
		}
		if first, dup := ids[r.ID]; dup {
			p.addf(line, "duplicate requirement id %q (first at line %d)", r.ID, first)
		} else {
			ids[r.ID] = line
		}
		if !cats[r.Category] {
			p.addf(ln.at("requirements", i, "category"), "requirement %s: unknown category %q", r.ID, r.Category)
		}
		if r.Title.Ko == "" || r.Definition.Ko == "" || len(r.Details.Ko) == 0 {
			p.addf(line, "requirement %s needs a Korean title, definition and details", r.ID)
		}
		if len(r.Details.En) > 0 && len(r.Details.En) != len(r.Details.Ko) {
			p.addf(ln.at("requirements", i, "details"), "requirement %s: %d Korean and %d English details", r.ID, len(r.Details.Ko), len(r.Details.En))
		}
		if len(r.Select) == 0 {
			p.addf(line, "requirement %s has no select rule", r.ID)
		}
		for j := range r.Select {
			a := &r.Select[j]
			if a.Always == (len(a.When)+len(a.Any) > 0) {
				p.addf(ln.at("requirements", i, "select", j), "requirement %s: a select alternative is either always: true or conditions", r.ID)
			}
			p.add(a.check(items)...)
		}
	}
	for i, r := range c.Requirements {
		for j, rel := range r.Related {
			if _, ok := ids[rel]; !ok {
				p.addf(ln.at("requirements", i, "related", j), "requirement %s: related requirement %q does not exist", r.ID, rel)
			}
		}
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return &c, nil
}

// Selected is a requirement chosen for a system and why.
type Selected struct {
	ID       string `json:"id" yaml:"id"`
	Category string `json:"category" yaml:"category"`
	Title    string `json:"title" yaml:"title"`
	// Because names the rule (the alternative that held) and the facts
	// behind it.
	Because  string     `json:"because" yaml:"because"`
	Evidence []Evidence `json:"evidence,omitempty" yaml:"evidence,omitempty"`
}

// selectRequirements returns the requirements whose rule holds, in
// catalogue order, each naming the alternative that held with the values of
// its facts, and carrying the file evidence of those facts.
func (c *Catalogue) selectRequirements(x *explainer) []Selected {
	// First which alternative of which requirement holds, then one slice
	// of exactly that size: a decision is kept for every system of a batch.
	type pick struct{ req, alt int32 }
	var buf [96]pick
	picks := buf[:0]
	for i := range c.Requirements {
		r := &c.Requirements[i]
		for j := range r.Select {
			if a := &r.Select[j]; a.Always || a.Holds(x.f) {
				picks = append(picks, pick{int32(i), int32(j)})
				break
			}
		}
	}
	out := make([]Selected, len(picks))
	var heldBuf [8]*Condition
	for n, p := range picks {
		r, a := &c.Requirements[p.req], &c.Requirements[p.req].Select[p.alt]
		sel := &out[n]
		sel.ID, sel.Category, sel.Title = r.ID, r.Category, r.Title.In(x.lang)
		if a.Always {
			sel.Because = msg(x.lang, "always (baseline of every transition)", "항상 (모든 전환 사업의 기본)")
			continue
		}
		held := a.appendHolding(heldBuf[:0], x.f)
		sel.Because = a.because(x, r.ID, int(p.alt), held)
		sel.Evidence = x.fileEvidence(held)
	}
	return out
}

// because words the alternative that held by its facts' values:
// "PER-001/select[1]: answer.3 = Y; strategy.chosen = refactor". A
// portfolio repeats a few value combinations, so each wording is made once.
func (a *Alternative) because(x *explainer, id string, j int, held []*Condition) string {
	var key [128]byte
	k := key[:0]
	for _, h := range held {
		if fact := x.f.at(h.id); fact != nil {
			k = append(k, fact.Value.String()...)
		}
		k = append(k, 0)
	}
	if s, ok := a.wordings.get(k); ok {
		return s
	}
	var b strings.Builder
	b.WriteString(id)
	b.WriteString("/select[")
	b.WriteString(strconv.Itoa(j + 1))
	b.WriteString("]: ")
	for n, h := range held {
		if n > 0 {
			b.WriteString("; ")
		}
		x.writeHeld(&b, h)
	}
	s := b.String()
	// The values come from answers and a few names: few combinations.
	a.wordings.put(k, s)
	return s
}

func msg(lang, en, ko string) string {
	if lang == "en" {
		return en
	}
	return ko
}
