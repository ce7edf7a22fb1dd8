package decompose

// metrics computes the figures MetricsHelp defines on the final contexts.
func (d *draft) metrics(homes []int) Metrics {
	g := d.g
	k := len(d.ctx)
	m := Metrics{Contexts: k, Tables: len(g.tables), Functions: len(g.fns)}
	var owned []int
	for t, o := range d.owner {
		if o < 0 {
			m.SharedTables++
		} else {
			owned = append(owned, t)
		}
	}
	// Modularity on the graph of owned tables.
	wg, members := newWGraph(owned, g)
	local := make(map[int]int, len(members))
	for i, t := range members {
		local[t] = i
	}
	parts := make([][]int, k)
	for c, x := range d.ctx {
		for _, t := range x.tables {
			parts[c] = append(parts[c], local[t])
		}
	}
	m.Modularity = round4(modularity(wg, parts))

	// Cohesion: per context, the mean share of its tables that each
	// function touching it uses.
	sum := make([]float64, k)
	cnt := make([]int, k)
	for _, f := range g.fns {
		per := map[int]int{}
		for _, t := range f.reads {
			if o := d.owner[t]; o >= 0 {
				per[o]++
			}
		}
		for _, t := range f.writes {
			if o := d.owner[t]; o >= 0 {
				per[o]++
			}
		}
		for c, n := range per {
			sum[c] += float64(n) / float64(len(d.ctx[c].tables))
			cnt[c]++
		}
	}
	touched := 0
	coh := 0.0
	for c := range d.ctx {
		if cnt[c] > 0 {
			coh += sum[c] / float64(cnt[c])
			touched++
		}
	}
	if touched > 0 {
		m.Cohesion = round4(coh / float64(touched))
	}

	// Coupling and IFN from what each context's functions use elsewhere.
	uses := make([]map[int]map[int]bool, k) // home -> other context -> tables
	exposed := make([]map[int]bool, k)      // context -> its tables used from outside
	for i, f := range g.fns {
		h := homes[i]
		for _, list := range [][]int{f.reads, f.writes} {
			for _, t := range list {
				o := d.owner[t]
				if o < 0 || o == h {
					continue
				}
				if exposed[o] == nil {
					exposed[o] = map[int]bool{}
				}
				exposed[o][t] = true
				if h < 0 {
					continue
				}
				if uses[h] == nil {
					uses[h] = map[int]map[int]bool{}
				}
				if uses[h][o] == nil {
					uses[h][o] = map[int]bool{}
				}
				uses[h][o][t] = true
			}
		}
	}
	if k > 1 {
		total := 0.0
		for c := 0; c < k; c++ {
			s := 0.0
			for o, ts := range uses[c] {
				s += float64(len(ts)) / float64(len(d.ctx[o].tables))
			}
			total += s / float64(k-1)
		}
		m.Coupling = round4(total / float64(k))
	}
	ifn := 0
	for c := range exposed {
		ifn += len(exposed[c])
	}
	if k > 0 {
		m.IFN = round4(float64(ifn) / float64(k))
	}

	// Cross-context writes: a shared table is its own owner.
	writing, cross := 0, 0
	for _, f := range g.fns {
		if len(f.writes) == 0 {
			continue
		}
		writing++
		owners := map[int]bool{}
		for _, t := range f.writes {
			o := d.owner[t]
			if o < 0 {
				o = -1 - t
			}
			owners[o] = true
		}
		if len(owners) > 1 {
			cross++
		}
	}
	if writing > 0 {
		m.CrossContextWriteRatio = round4(float64(cross) / float64(writing))
	}

	// Structural modularity on unweighted edges between owned tables.
	intra := make([]float64, k)
	inter := map[[2]int]float64{}
	for e, w := range g.weight {
		if w <= 0 {
			continue
		}
		a, b := d.owner[e[0]], d.owner[e[1]]
		if a < 0 || b < 0 {
			continue
		}
		if a == b {
			intra[a]++
		} else {
			inter[[2]int{min(a, b), max(a, b)}]++
		}
	}
	scoh := 0.0
	for c, x := range d.ctx {
		n := float64(len(x.tables))
		scoh += intra[c] / (n * n)
	}
	sm := scoh / float64(k)
	if k > 1 {
		scop := 0.0
		for p, s := range inter {
			scop += s / (2 * float64(len(d.ctx[p[0]].tables)) * float64(len(d.ctx[p[1]].tables)))
		}
		sm -= 2 / float64(k*(k-1)) * scop
	}
	m.StructuralModularity = round4(sm)

	// NED: share of tables outside contexts of 5 to 20 tables.
	inRange, all := 0, 0
	for _, x := range d.ctx {
		n := len(x.tables)
		all += n
		if n >= 5 && n <= 20 {
			inRange += n
		}
	}
	if all > 0 {
		m.NED = round4(1 - float64(inRange)/float64(all))
	}
	return m
}
