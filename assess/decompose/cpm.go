package decompose

import "sort"

// Correlation clustering. The evidence gives every pair of tables the
// log-odds z that they share a context; pairs without evidence have the
// prior's log-odds evBias. Writing a = z − evBias, the lift of the odds
// over the prior (0 for pairs without evidence, so the graph stays
// sparse), the partition maximising
//
//	Σ_{pairs together} a − γ · Σ_{contexts} n(n−1)/2
//
// — the constant Potts model (Traag, Van Dooren and Nesterov, 2011) —
// joins two groups exactly when the evidence raises the odds of their
// pairs by more than γ on average. γ = −evBias would be the most likely
// partition were pairs independent; they are not (a capability's tables
// share many weak ties), and the threshold is measured instead
// (joinThreshold).

// cpmGraph is a weighted graph of node groups: size is the number of
// tables each node stands for.
type cpmGraph struct {
	adj  [][]int32
	w    [][]float64
	size []float64
}

// cpmPartition optimises the constant Potts model on g at resolution
// gamma by Louvain's scheme (local moves in node order, then aggregation,
// until nothing moves) and returns a community label per node. Node order
// is fixed, so the result is deterministic.
func cpmPartition(g *cpmGraph, gamma float64) []int {
	n := len(g.adj)
	label := make([]int, n)
	for i := range label {
		label[i] = i
	}
	cur := g
	// members[v] are the original nodes of aggregated node v.
	members := make([][]int, n)
	for i := range members {
		members[i] = []int{i}
	}
	for level := 0; level < 32; level++ {
		comm, moved := cpmLocal(cur, gamma)
		if !moved {
			break
		}
		// Renumber communities densely in order of first node.
		idx := map[int]int{}
		for _, c := range comm {
			if _, ok := idx[c]; !ok {
				idx[c] = len(idx)
			}
		}
		k := len(idx)
		next := &cpmGraph{adj: make([][]int32, k), w: make([][]float64, k), size: make([]float64, k)}
		nm := make([][]int, k)
		acc := make([]map[int32]float64, k)
		for v := range cur.adj {
			cv := idx[comm[v]]
			next.size[cv] += cur.size[v]
			nm[cv] = append(nm[cv], members[v]...)
			for x, u := range cur.adj[v] {
				cu := int32(idx[comm[u]])
				if int(cu) == cv {
					continue
				}
				if acc[cv] == nil {
					acc[cv] = map[int32]float64{}
				}
				acc[cv][cu] += cur.w[v][x]
			}
		}
		for v := 0; v < k; v++ {
			for u, w := range acc[v] {
				next.adj[v] = append(next.adj[v], u)
				next.w[v] = append(next.w[v], w)
			}
			sortParallel(next.adj[v], next.w[v])
		}
		for cv, ms := range nm {
			for _, o := range ms {
				label[o] = cv
			}
		}
		members, cur = nm, next
		if k == 1 {
			break
		}
	}
	return label
}

// cpmLocal moves each node to the neighbouring community with the best
// gain until no move gains; it returns the communities and whether any
// node moved.
func cpmLocal(g *cpmGraph, gamma float64) ([]int, bool) {
	n := len(g.adj)
	comm := make([]int, n)
	csize := make([]float64, n)
	for i := range comm {
		comm[i] = i
		csize[i] = g.size[i]
	}
	movedAny := false
	tie := map[int]float64{}
	var cands []int
	for pass := 0; pass < 100; pass++ {
		moved := false
		for v := 0; v < n; v++ {
			clear(tie)
			cands = cands[:0]
			for x, u := range g.adj[v] {
				c := comm[u]
				if _, ok := tie[c]; !ok {
					cands = append(cands, c)
				}
				tie[c] += g.w[v][x]
			}
			own := comm[v]
			sv := g.size[v]
			// Gain of staying, against which moves are measured.
			stay := tie[own] - gamma*sv*(csize[own]-sv)
			best, bestGain := own, 0.0
			sort.Ints(cands)
			for _, c := range cands {
				if c == own {
					continue
				}
				gain := tie[c] - gamma*sv*csize[c] - stay
				if gain > bestGain+1e-12 {
					best, bestGain = c, gain
				}
			}
			// Alone is a community too.
			if stay < -1e-12 && -stay > bestGain {
				// Move to an empty community: v's own index is free
				// unless taken; find one.
				free := -1
				if csize[v] == 0 {
					free = v
				} else {
					for c := range csize {
						if csize[c] == 0 {
							free = c
							break
						}
					}
				}
				if free >= 0 {
					best = free
				}
			}
			if best != own {
				csize[own] -= sv
				csize[best] += sv
				comm[v] = best
				moved, movedAny = true, true
			}
		}
		if !moved {
			break
		}
	}
	return comm, movedAny
}
