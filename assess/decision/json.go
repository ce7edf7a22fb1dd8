package decision

import (
	"slices"

	"github.com/cnready/cnready/internal/jsonw"
)

// WriteJSON writes d as encoding/json would (TestWriteJSONMatches keeps
// them equal): a batch writes thousands of decisions, and reflection made
// encoding them cost more than deciding. A decision replayed from a
// template (replay.go) reuses the template's JSON for what it shares with
// it, when written compact.
func (d *Decision) WriteJSON(w *jsonw.Writer) { d.writeJSON(w, nil) }

// writeJSON is WriteJSON; entries, when given, holds requirement entries
// written before.
func (d *Decision) writeJSON(w *jsonw.Writer, entries *entryCache) {
	t, c := d.tpl, noJSON
	if t != nil && w.Compact() {
		c = t.json()
	} else {
		t = nil
	}
	w.BeginObject()
	w.Key("criteria")
	raw(w, c.criteria, t != nil && same(d.Criteria, t.dec.Criteria), func() { writeCriteria(w, d.Criteria) })
	w.Key("maturity")
	raw(w, c.maturity, t != nil && sameMaturity(&d.Maturity, &t.dec.Maturity), func() { writeMaturity(w, &d.Maturity) })
	w.Key("strategy")
	raw(w, c.strategy, t != nil && sameStrategy(&d.Strategy, &t.dec.Strategy), func() { writeStrategy(w, &d.Strategy) })
	w.Key("suggestions")
	raw(w, c.suggestions, t != nil && same(d.Suggestions, t.dec.Suggestions), func() { writeSuggestions(w, d.Suggestions) })
	w.Key("requirements")
	if d.Requirements == nil {
		w.Null()
	} else {
		w.BeginArray()
		for i := range d.Requirements {
			r := &d.Requirements[i]
			if t != nil && len(d.Requirements) == len(t.dec.Requirements) {
				if tr := &t.dec.Requirements[i]; r.ID == tr.ID && r.Category == tr.Category && r.Title == tr.Title && r.Because == tr.Because {
					switch e := c.requirements[i]; {
					case e.whole && same(r.Evidence, tr.Evidence):
						w.RawRef(e.json)
						continue
					case !e.whole:
						// Its evidence is the input's: written here.
						w.RawOpen(e.json)
						writeRequirementTail(w, r)
						continue
					}
				}
			}
			if entries != nil {
				entries.write(w, r)
				continue
			}
			writeRequirement(w, r)
		}
		w.EndArray()
	}
	w.Key("estimate")
	raw(w, c.estimate, t != nil && d.Estimate == t.dec.Estimate, func() { writeEstimate(w, &d.Estimate) })
	w.Key("priority")
	raw(w, c.priority, t != nil && d.Priority.Score == t.dec.Priority.Score && same(d.Priority.Factors, t.dec.Priority.Factors),
		func() { writePriority(w, &d.Priority) })
	if len(d.EndOfLife) > 0 {
		w.Key("end_of_life")
		writeEndOfLife(w, d.EndOfLife)
	}
	w.EndObject()
}

// templateJSON holds a template's parts as compact JSON; nil for a part
// that cites the input. A requirement citing the input has its members up
// to because (whole false); the evidence is the input's.
type templateJSON struct {
	criteria, maturity, strategy, suggestions, estimate, priority []byte
	requirements                                                  []struct {
		json  []byte
		whole bool
	}
}

// noJSON stands for a decision not from a template: no part is cached.
var noJSON = &templateJSON{}

// raw writes cached when there is one and the part is unchanged, else
// writes the part.
func raw(w *jsonw.Writer, cached []byte, unchanged bool, write func()) {
	if cached != nil && unchanged {
		w.RawRef(cached)
		return
	}
	write()
}

// json returns the template's JSON parts, made on first use.
func (t *template) json() *templateJSON {
	t.jsonOnce.Do(func() {
		c := &templateJSON{}
		w := jsonw.New("", "")
		part := func(write func()) []byte {
			w.Reset()
			write()
			return append([]byte(nil), w.Bytes()...)
		}
		d := &t.dec
		if !t.criteria {
			c.criteria = part(func() { writeCriteria(w, d.Criteria) })
		}
		if !t.maturity {
			c.maturity = part(func() { writeMaturity(w, &d.Maturity) })
		}
		c.strategy = part(func() { writeStrategy(w, &d.Strategy) })
		if !t.suggestions {
			c.suggestions = part(func() { writeSuggestions(w, d.Suggestions) })
		}
		c.estimate = part(func() { writeEstimate(w, &d.Estimate) })
		c.priority = part(func() { writePriority(w, &d.Priority) })
		c.requirements = make([]struct {
			json  []byte
			whole bool
		}, len(d.Requirements))
		for i := range d.Requirements {
			r := &d.Requirements[i]
			e := &c.requirements[i]
			if !hasRef(r.Evidence) {
				e.whole, e.json = true, part(func() { writeRequirement(w, r) })
				continue
			}
			e.json = part(func() {
				w.BeginObject()
				writeRequirementHead(w, r)
			})
		}
		t.jsonc = c
	})
	return t.jsonc
}

// same tells whether a and b are the same slice (not merely equal).
func same[E any](a, b []E) bool {
	if len(a) != len(b) || (a == nil) != (b == nil) {
		return false
	}
	return len(a) == 0 || &a[0] == &b[0]
}

func sameMaturity(a, b *Maturity) bool {
	return a.Level == b.Level && a.Name == b.Name && a.Target == b.Target && a.TargetName == b.TargetName &&
		a.Assumed == b.Assumed && same(a.Evidence, b.Evidence)
}

func sameStrategy(a, b *Strategy) bool {
	return a.Chosen == b.Chosen && a.ChosenName == b.ChosenName && a.RunnerUp == b.RunnerUp &&
		a.RunnerUpName == b.RunnerUpName && a.Scores == b.Scores && same(a.Rationale, b.Rationale) &&
		same(a.Excluded, b.Excluded) && same(a.Rules, b.Rules)
}

func writeCriteria(w *jsonw.Writer, cs []Criterion) {
	writeList(w, cs, func(c *Criterion) {
		w.BeginObject()
		w.Key("id")
		w.String(c.ID)
		w.Key("name")
		w.String(c.Name)
		w.Key("basis")
		w.String(c.Basis)
		w.Key("status")
		w.String(c.Status)
		w.Key("points")
		w.Int(int64(c.Points))
		w.Key("met_at")
		w.Int(int64(c.MetAt))
		w.Key("evidence")
		writeEvidence(w, c.Evidence)
		w.EndObject()
	})
}

func writeMaturity(w *jsonw.Writer, m *Maturity) {
	w.BeginObject()
	w.Key("level")
	w.Int(int64(m.Level))
	w.Key("name")
	w.String(m.Name)
	w.Key("target")
	w.Int(int64(m.Target))
	w.Key("target_name")
	w.String(m.TargetName)
	if m.Assumed {
		w.Key("assumed")
		w.Bool(true)
	}
	w.Key("evidence")
	writeEvidence(w, m.Evidence)
	w.EndObject()
}

func writeStrategy(w *jsonw.Writer, s *Strategy) {
	w.BeginObject()
	w.Key("chosen")
	w.String(s.Chosen)
	w.Key("chosen_name")
	w.String(s.ChosenName)
	w.Key("runner_up")
	w.String(s.RunnerUp)
	w.Key("runner_up_name")
	w.String(s.RunnerUpName)
	w.Key("rationale")
	w.Strings(s.Rationale)
	w.Key("scores")
	w.BeginObject()
	for _, id := range Strategies {
		w.Key(id)
		w.Int(int64(s.Scores.Get(id)))
	}
	w.EndObject()
	if len(s.Excluded) > 0 {
		w.Key("excluded")
		w.Strings(s.Excluded)
	}
	w.Key("rules")
	writeList(w, s.Rules, func(r *FiredRule) {
		w.BeginObject()
		w.Key("id")
		w.String(r.ID)
		if len(r.Adds) > 0 {
			w.Key("adds")
			w.BeginObject()
			keys := make([]string, 0, len(r.Adds))
			for k := range r.Adds {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, k := range keys {
				w.Key(k)
				w.Int(int64(r.Adds[k]))
			}
			w.EndObject()
		}
		if len(r.Exclude) > 0 {
			w.Key("exclude")
			w.Strings(r.Exclude)
		}
		if r.Choose != "" {
			w.Key("choose")
			w.String(r.Choose)
		}
		w.Key("reads")
		w.Strings(r.Reads)
		w.Key("why")
		w.String(r.Why)
		w.EndObject()
	})
	w.EndObject()
}

func writeSuggestions(w *jsonw.Writer, sgs []Suggestion) {
	writeList(w, sgs, func(sg *Suggestion) {
		w.BeginObject()
		w.Key("item")
		w.Int(int64(sg.Item))
		w.Key("answer")
		w.String(sg.Answer)
		w.Key("given")
		w.String(sg.Given)
		w.Key("agrees")
		if sg.Agrees == nil {
			w.Null()
		} else {
			w.Bool(*sg.Agrees)
		}
		w.Key("rule")
		w.String(sg.Rule)
		w.Key("why")
		w.String(sg.Why)
		w.Key("evidence")
		writeEvidence(w, sg.Evidence)
		w.EndObject()
	})
}

func writeRequirement(w *jsonw.Writer, r *Selected) {
	w.BeginObject()
	writeRequirementHead(w, r)
	writeRequirementTail(w, r)
}

// writeRequirementTail writes the evidence and closes the object.
func writeRequirementTail(w *jsonw.Writer, r *Selected) {
	if len(r.Evidence) > 0 {
		w.Key("evidence")
		writeEvidence(w, r.Evidence)
	}
	w.EndObject()
}

// writeRequirementHead writes the members before the evidence.
func writeRequirementHead(w *jsonw.Writer, r *Selected) {
	w.Key("id")
	w.String(r.ID)
	w.Key("category")
	w.String(r.Category)
	w.Key("title")
	w.String(r.Title)
	w.Key("because")
	w.String(r.Because)
}

func writeEstimate(w *jsonw.Writer, e *Estimate) {
	w.BeginObject()
	w.Key("method")
	w.String(e.Method)
	w.Key("fp")
	w.BeginObject()
	for _, kv := range []struct {
		k string
		v int
	}{{"ilf", e.FP.ILF}, {"eif", e.FP.EIF}, {"ei", e.FP.EI}, {"eo", e.FP.EO}, {"eq", e.FP.EQ}} {
		w.Key(kv.k)
		w.Int(int64(kv.v))
	}
	w.Key("total")
	w.Float(e.FP.Total)
	w.EndObject()
	if e.Weights != nil {
		w.Key("weights")
		w.BeginObject()
		for _, kv := range []struct {
			k string
			v float64
		}{{"ilf", e.Weights.ILF}, {"eif", e.Weights.EIF}, {"ei", e.Weights.EI}, {"eo", e.Weights.EO}, {"eq", e.Weights.EQ}} {
			w.Key(kv.k)
			w.Float(kv.v)
		}
		w.EndObject()
	}
	w.Key("unit_price")
	w.Int(e.UnitPrice)
	w.Key("price_year")
	w.Int(int64(e.PriceYear))
	w.Key("amount")
	w.Int(e.Amount)
	w.Key("currency")
	w.String(e.Currency)
	for _, kv := range [][2]string{{"source", e.Source}, {"formula", e.Formula}, {"basis", e.Basis}} {
		if kv[1] != "" {
			w.Key(kv[0])
			w.String(kv[1])
		}
	}
	w.Key("note")
	w.String(e.Note)
	w.EndObject()
}

func writePriority(w *jsonw.Writer, p *Priority) {
	w.BeginObject()
	w.Key("score")
	w.Int(int64(p.Score))
	w.Key("factors")
	writeList(w, p.Factors, func(f *Factor) {
		w.BeginObject()
		w.Key("id")
		w.String(f.ID)
		w.Key("points")
		w.Float(f.Points)
		w.Key("why")
		w.String(f.Why)
		w.EndObject()
	})
	w.EndObject()
}

func writeEndOfLife(w *jsonw.Writer, eols []EndOfLife) {
	w.BeginArray()
	for i := range eols {
		e := &eols[i]
		w.BeginObject()
		for _, kv := range [][2]string{{"component", e.Component}, {"product", e.Product}, {"version", e.Version}, {"ended", e.Ended}, {"source", e.Source}} {
			w.Key(kv[0])
			w.String(kv[1])
		}
		w.Key("evidence")
		writeOneEvidence(w, &e.Evidence)
		w.EndObject()
	}
	w.EndArray()
}

func writeEvidence(w *jsonw.Writer, ev []Evidence) {
	writeList(w, ev, func(e *Evidence) { writeOneEvidence(w, e) })
}

// writeList writes l, each element by each; nil is null, as
// encoding/json writes it.
func writeList[E any](w *jsonw.Writer, l []E, each func(*E)) {
	if l == nil {
		w.Null()
		return
	}
	w.BeginArray()
	for i := range l {
		each(&l[i])
	}
	w.EndArray()
}

func writeOneEvidence(w *jsonw.Writer, e *Evidence) {
	{
		w.BeginObject()
		if e.Path != "" {
			w.Key("path")
			w.String(e.Path)
		}
		if e.Line != 0 {
			w.Key("line")
			w.Int(int64(e.Line))
		}
		if e.Metric != "" {
			w.Key("metric")
			w.String(e.Metric)
		}
		if e.Value != "" {
			w.Key("value")
			w.String(e.Value)
		}
		w.Key("why")
		w.String(e.Why)
		w.EndObject()
	}
}
