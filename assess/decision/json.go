package decision

import (
	"slices"

	"github.com/cnready/cnready/internal/jsonw"
)

// WriteJSON writes d as encoding/json would (TestWriteJSONMatches keeps
// them equal): a batch writes thousands of decisions, and reflection made
// encoding them cost more than deciding.
func (d *Decision) WriteJSON(w *jsonw.Writer) {
	w.BeginObject()
	w.Key("criteria")
	if d.Criteria == nil {
		w.Null()
	} else {
		w.BeginArray()
		for i := range d.Criteria {
			c := &d.Criteria[i]
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
		}
		w.EndArray()
	}

	m := &d.Maturity
	w.Key("maturity")
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

	s := &d.Strategy
	w.Key("strategy")
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
	if s.Rules == nil {
		w.Null()
	} else {
		w.BeginArray()
		for i := range s.Rules {
			r := &s.Rules[i]
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
		}
		w.EndArray()
	}
	w.EndObject()

	w.Key("suggestions")
	if d.Suggestions == nil {
		w.Null()
	} else {
		w.BeginArray()
		for i := range d.Suggestions {
			sg := &d.Suggestions[i]
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
		}
		w.EndArray()
	}

	w.Key("requirements")
	if d.Requirements == nil {
		w.Null()
	} else {
		w.BeginArray()
		for i := range d.Requirements {
			r := &d.Requirements[i]
			w.BeginObject()
			w.Key("id")
			w.String(r.ID)
			w.Key("category")
			w.String(r.Category)
			w.Key("title")
			w.String(r.Title)
			w.Key("because")
			w.String(r.Because)
			if len(r.Evidence) > 0 {
				w.Key("evidence")
				writeEvidence(w, r.Evidence)
			}
			w.EndObject()
		}
		w.EndArray()
	}

	e := &d.Estimate
	w.Key("estimate")
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

	p := &d.Priority
	w.Key("priority")
	w.BeginObject()
	w.Key("score")
	w.Int(int64(p.Score))
	w.Key("factors")
	if p.Factors == nil {
		w.Null()
	} else {
		w.BeginArray()
		for i := range p.Factors {
			f := &p.Factors[i]
			w.BeginObject()
			w.Key("id")
			w.String(f.ID)
			w.Key("points")
			w.Float(f.Points)
			w.Key("why")
			w.String(f.Why)
			w.EndObject()
		}
		w.EndArray()
	}
	w.EndObject()
	if len(d.EndOfLife) > 0 {
		w.Key("end_of_life")
		w.BeginArray()
		for i := range d.EndOfLife {
			e := &d.EndOfLife[i]
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
	w.EndObject()
}

func writeEvidence(w *jsonw.Writer, ev []Evidence) {
	if ev == nil {
		w.Null()
		return
	}
	w.BeginArray()
	for i := range ev {
		writeOneEvidence(w, &ev[i])
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
