package scan

import (
	"sort"
	"strconv"
	"strings"

	"github.com/cnready/cnready/inventory"
)

// systems groups components connected by links (and by asset-register
// system names) into systems.
func (m *merger) systems(links []inventory.Link) []inventory.System {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	ids := m.sortedIDs()
	for _, id := range ids {
		parent[id] = id
	}
	for _, l := range links {
		union(l.From, l.To)
	}
	// Components proven by the same file are one installation (the
	// servers of one WebLogic or JEUS domain): keep them together. Not
	// databases: the instances one listener.ora serves are separate
	// databases, each in the systems that use it.
	byFile := map[string]string{}
	for _, id := range ids {
		c := m.comps[id]
		if c.Tier == inventory.TierExternal || c.Tier == inventory.TierDB {
			continue
		}
		for _, e := range c.Evidence {
			if first, ok := byFile[e.Path]; ok {
				union(first, id)
			} else {
				byFile[e.Path] = id
			}
		}
	}
	byHint := map[string]string{}
	for _, id := range ids {
		if h := m.hints[id]; h != "" {
			if first, ok := byHint[h]; ok {
				union(first, id)
			} else {
				byHint[h] = id
			}
		}
	}
	// An external component's tier is the one its referrers expected, or
	// the next tier after theirs (web -> was -> db).
	eff := map[string]inventory.Tier{}
	for _, id := range ids {
		c := m.comps[id]
		eff[id] = c.Tier
		if c.Tier == inventory.TierExternal {
			eff[id] = m.extTier[id]
		}
	}
	for _, l := range links {
		if eff[l.To] == "" {
			switch eff[l.From] {
			case inventory.TierWeb:
				eff[l.To] = inventory.TierWAS
			case inventory.TierWAS:
				eff[l.To] = inventory.TierDB
			}
		}
	}
	groups := map[string][]string{}
	for _, id := range ids {
		r := find(id)
		groups[r] = append(groups[r], id)
	}
	out := []inventory.System{}
	for _, members := range groups {
		s := inventory.System{Web: []string{}, WAS: []string{}, DB: []string{}}
		hint := ""
		for _, id := range members {
			switch eff[id] {
			case inventory.TierWeb:
				s.Web = append(s.Web, id)
			case inventory.TierWAS:
				s.WAS = append(s.WAS, id)
			case inventory.TierDB:
				s.DB = append(s.DB, id)
			}
			if h := m.hints[id]; h != "" && (hint == "" || h < hint) {
				hint = h
			}
		}
		if len(s.Web)+len(s.WAS)+len(s.DB) == 0 {
			continue
		}
		s.Pattern = patternOf(len(s.Web) > 0, len(s.WAS) > 0, len(s.DB) > 0)
		s.ID = hint
		if s.ID == "" {
			s.ID = "system-" + m.anchorHost(s)
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].ID != out[j].ID {
			return out[i].ID < out[j].ID
		}
		return firstOf(out[i]) < firstOf(out[j])
	})
	seen := map[string]int{}
	for i := range out {
		seen[out[i].ID]++
		if n := seen[out[i].ID]; n > 1 {
			out[i].ID += "-" + strconv.Itoa(n)
		}
	}
	return out
}

// patternOf names a system's shape (DESIGN.md): 3-tier when web, WAS and
// DB are all present; 2-tier for WAS+DB or web+WAS; single otherwise (one
// tier alone, or web+DB with nothing between, which no proxy evidence can
// produce). External components count for the tier they were reached as,
// so a WAS whose database lives outside the scan is still a 2-tier system.
func patternOf(web, was, db bool) inventory.Pattern {
	switch {
	case web && was && db:
		return inventory.Pattern3Tier
	case was && (db || web):
		return inventory.Pattern2Tier
	}
	return inventory.PatternSingle
}

// anchorHost names a system after the host of its first front component.
func (m *merger) anchorHost(s inventory.System) string {
	for _, list := range [][]string{s.Web, s.WAS, s.DB} {
		for _, id := range list {
			if c := m.comps[id]; c != nil && c.Tier != inventory.TierExternal {
				return strings.ToLower(c.Host)
			}
		}
	}
	return strings.TrimPrefix(firstOf(s), "external:")
}

func firstOf(s inventory.System) string {
	for _, list := range [][]string{s.Web, s.WAS, s.DB} {
		if len(list) > 0 {
			return list[0]
		}
	}
	return ""
}
