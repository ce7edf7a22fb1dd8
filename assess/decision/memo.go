package decision

// intern gives every condition of the rules and the catalogue a slot in
// the per-decision memo of results (Condition.Holds), one slot per
// distinct test, and records which slots read which fact so that setting
// a fact clears them. A Decider built by hand, without Load, decides
// without the memo.
func (d *Decider) intern() {
	slots := map[string]int32{}
	watch := map[int][]int32{}
	d.conds = []*Condition{nil}
	slot := func(c *Condition) int32 {
		key := c.text
		if key == "" {
			key = c.format()
		}
		s, ok := slots[key]
		if !ok {
			s = int32(len(d.conds))
			slots[key] = s
			d.conds = append(d.conds, c)
			watch[c.id] = append(watch[c.id], s)
		}
		c.slot = s
		return s
	}
	visit := func(cs *Conditions) {
		cs.whenSlots, cs.anySlots = nil, nil
		for i := range cs.When {
			cs.whenSlots = append(cs.whenSlots, slot(&cs.When[i]))
		}
		for i := range cs.Any {
			cs.anySlots = append(cs.anySlots, slot(&cs.Any[i]))
		}
	}
	if r := d.Rules; r != nil {
		for i := range r.Maturity.Rules {
			visit(&r.Maturity.Rules[i].Conditions)
		}
		for i := range r.Criteria {
			for j := range r.Criteria[i].Signals {
				visit(&r.Criteria[i].Signals[j].Conditions)
			}
		}
		for i := range r.Strategy.Rules {
			visit(&r.Strategy.Rules[i].Conditions)
		}
		for i := range r.Strategy.Constraints {
			visit(&r.Strategy.Constraints[i].Conditions)
		}
		for i := range r.Suggestions {
			visit(&r.Suggestions[i].Conditions)
		}
		for i := range r.Priority.Factors {
			visit(&r.Priority.Factors[i].Conditions)
		}
	}
	if c := d.Catalogue; c != nil {
		for i := range c.Requirements {
			for j := range c.Requirements[i].Select {
				visit(&c.Requirements[i].Select[j].Conditions)
			}
		}
	}
	maxID := -1
	for id := range watch {
		maxID = max(maxID, id)
	}
	d.watch = make([][]int32, maxID+1)
	for id, s := range watch {
		d.watch[id] = s
	}
}
