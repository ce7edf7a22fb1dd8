package decompose

import "sort"

// Partition maps each table a context owns to the context's name; shared
// tables are left out.
func (r *Result) Partition() map[string]string {
	p := map[string]string{}
	for _, c := range r.Contexts {
		for _, t := range c.Tables {
			p[t] = c.Name
		}
	}
	return p
}

// common returns the items both partitions label, sorted.
func common(a, b map[string]string) []string {
	var items []string
	for k := range a {
		if _, ok := b[k]; ok {
			items = append(items, k)
		}
	}
	sort.Strings(items)
	return items
}

// AdjustedRand is the adjusted Rand index (Hubert and Arabie) of two
// partitions given as item → cluster label, over the items both label:
// 1 for identical partitions, about 0 for chance agreement.
func AdjustedRand(a, b map[string]string) float64 {
	items := common(a, b)
	n := len(items)
	if n < 2 {
		return 1
	}
	cell := map[[2]string]int{}
	rows := map[string]int{}
	cols := map[string]int{}
	for _, it := range items {
		cell[[2]string{a[it], b[it]}]++
		rows[a[it]]++
		cols[b[it]]++
	}
	c2 := func(x int) float64 { return float64(x) * float64(x-1) / 2 }
	var index, sa, sb float64
	for _, v := range cell {
		index += c2(v)
	}
	for _, v := range rows {
		sa += c2(v)
	}
	for _, v := range cols {
		sb += c2(v)
	}
	expected := sa * sb / c2(n)
	maxIndex := (sa + sb) / 2
	if maxIndex == expected {
		return 1 // both trivial (all one cluster or all singletons) and equal
	}
	return (index - expected) / (maxIndex - expected)
}

// MoJoFM is Wen and Tzerpos's MoJo-based effectiveness measure of a
// partition got against a reference want, in percent, over the items both
// label: 100 when got can be turned into want with no move or join,
// 0 when it is as far as any partition can be.
//
// mno(A,B) = n + |A| − Σ_a max_k |a ∩ B_k| − (maximum matching between A's
// clusters and the B clusters they share most with), which is the optimal
// number of moves and joins; max mno(∀A,B) = n − g, with g from B's cluster
// sizes as in the reference implementation.
func MoJoFM(got, want map[string]string) float64 {
	items := common(got, want)
	n := len(items)
	if n == 0 {
		return 100
	}
	aIdx, bIdx := map[string]int{}, map[string]int{}
	var aNames, bNames []string
	for _, it := range items {
		if _, ok := aIdx[got[it]]; !ok {
			aIdx[got[it]] = len(aNames)
			aNames = append(aNames, got[it])
		}
		if _, ok := bIdx[want[it]]; !ok {
			bIdx[want[it]] = len(bNames)
			bNames = append(bNames, want[it])
		}
	}
	v := make([][]int, len(aNames))
	for i := range v {
		v[i] = make([]int, len(bNames))
	}
	bSize := make([]int, len(bNames))
	for _, it := range items {
		v[aIdx[got[it]]][bIdx[want[it]]]++
		bSize[bIdx[want[it]]]++
	}
	sumMax := 0
	edges := make([][]int, len(aNames))
	for i, row := range v {
		m := 0
		for _, x := range row {
			if x > m {
				m = x
			}
		}
		sumMax += m
		for k, x := range row {
			if x == m {
				edges[i] = append(edges[i], k)
			}
		}
	}
	matching := bipartiteMatching(edges, len(bNames))
	mno := n + len(aNames) - sumMax - matching

	sort.Ints(bSize)
	g := 0
	for _, s := range bSize {
		if s > g {
			g++
		}
	}
	maxMno := n - g
	if maxMno <= 0 {
		return 100
	}
	return (1 - float64(mno)/float64(maxMno)) * 100
}

// bipartiteMatching is the size of a maximum matching (Kuhn's augmenting
// paths) of left nodes to right nodes 0..right-1.
func bipartiteMatching(edges [][]int, right int) int {
	match := make([]int, right)
	for i := range match {
		match[i] = -1
	}
	var try func(u int, seen []bool) bool
	try = func(u int, seen []bool) bool {
		for _, k := range edges[u] {
			if seen[k] {
				continue
			}
			seen[k] = true
			if match[k] < 0 || try(match[k], seen) {
				match[k] = u
				return true
			}
		}
		return false
	}
	size := 0
	for u := range edges {
		if try(u, make([]bool, right)) {
			size++
		}
	}
	return size
}
