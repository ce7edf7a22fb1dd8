package scan

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cnready/cnready/internal/sets"
	"github.com/cnready/cnready/inventory"
)

// Merge joins host results into one inventory. Names used in targets are
// resolved through the address itself, the scanned host's own etc/hosts,
// every other etc/hosts seen, then the host names. A target links to the
// component on the resolved host that listens on its port; when the port
// is unknown, or the component's ports are unknown, to the components of
// the target's tier (and product, when both are known). A JEUS
// registration links the WebtoB whose names include it to the JEUS. A
// target matching nothing becomes an external component
// ("external:ADDR:PORT"); declared-only targets (inactive eGovFrame
// blocks) become host notes. Systems are the connected groups of
// components; see patternOf for their pattern. Everything is sorted so the
// same input gives the same output.
func Merge(results ...*HostResult) *Result {
	m := newMerger()
	for _, hr := range results {
		if hr != nil {
			m.addHost(hr)
		}
	}
	m.indexHosts()
	for _, hr := range results {
		if hr == nil {
			continue
		}
		for _, t := range hr.Targets {
			m.link(t)
		}
	}
	for _, hr := range results {
		if hr == nil {
			continue
		}
		for _, l := range hr.Links {
			if m.comps[l.From] != nil && m.comps[l.To] != nil {
				m.addLink(l.From, l.To, l.Protocol, l.Evidence)
			}
		}
	}
	return m.result()
}

type merger struct {
	hosts     map[string]*inventory.Host // by lower-case name
	hostOrder []string
	byAddr    map[string]string // address -> host name
	byName    map[string]string // lower-case name or short name -> host name
	resolve   map[string][]string
	comps     map[string]*inventory.Component
	names     map[string][]string
	hints     map[string]string
	extTier   map[string]inventory.Tier
	// byHost lists scanned component ids per lower-case host, sorted;
	// built once all hosts are in.
	byHost  map[string][]string
	links   map[string]*inventory.Link
	targets []TargetRecord
}

func newMerger() *merger {
	return &merger{
		hosts: map[string]*inventory.Host{}, byAddr: map[string]string{}, byName: map[string]string{},
		resolve: map[string][]string{}, comps: map[string]*inventory.Component{},
		names: map[string][]string{}, hints: map[string]string{}, extTier: map[string]inventory.Tier{},
		links: map[string]*inventory.Link{},
	}
}

func (m *merger) addHost(hr *HostResult) {
	if name := hr.Host.Name; name != "" {
		key := strings.ToLower(name)
		h := m.hosts[key]
		if h == nil {
			h = &inventory.Host{Name: name, Source: hr.Host.Source}
			m.hosts[key] = h
			m.hostOrder = append(m.hostOrder, key)
		} else if h.Source != hr.Host.Source && hr.Host.Source != "" {
			h.Notes = append(h.Notes, fmt.Sprintf("also scanned from %s", hr.Host.Source))
		}
		h.Addresses = append(h.Addresses, hr.Host.Addresses...)
		h.Notes = append(h.Notes, hr.Host.Notes...)
		if hr.Host.Incomplete != "" {
			h.Incomplete = strings.TrimPrefix(h.Incomplete+"; "+hr.Host.Incomplete, "; ")
		}
		m.byName[key] = name
		if short, _, ok := strings.Cut(key, "."); ok {
			if _, taken := m.byName[short]; !taken {
				m.byName[short] = name
			}
		}
		for _, a := range hr.Host.Addresses {
			if _, taken := m.byAddr[a]; !taken {
				m.byAddr[a] = name
			}
		}
	}
	for n, addrs := range hr.Resolve {
		for _, a := range addrs {
			m.resolve[strings.ToLower(n)] = sets.AppendUnique(m.resolve[strings.ToLower(n)], a)
		}
	}
	for _, c := range hr.Components {
		if old := m.comps[c.ID]; old != nil {
			old.Evidence = append(old.Evidence, c.Evidence...)
			old.Listen = append(old.Listen, c.Listen...)
			if old.Version == "" {
				old.Version = c.Version
			}
			continue
		}
		c := c
		c.Listen = append([]string(nil), c.Listen...)
		c.Evidence = append([]inventory.Evidence(nil), c.Evidence...)
		m.comps[c.ID] = &c
	}
	for id, ns := range hr.Names {
		for _, n := range ns {
			m.names[id] = sets.AppendUnique(m.names[id], n)
		}
	}
	for id, s := range hr.SystemHint {
		m.hints[id] = s
	}
}

func (m *merger) indexHosts() {
	// A component bound to a specific address shows that address
	// belongs to its host, even when no network file was collected.
	for _, id := range m.sortedIDs() {
		c := m.comps[id]
		if c.Tier == inventory.TierExternal || m.hosts[strings.ToLower(c.Host)] == nil {
			continue
		}
		for _, l := range c.Listen {
			a, ok := parseIP(listenHost(l))
			if !ok || isLoopback(a) {
				continue
			}
			if _, taken := m.byAddr[a]; !taken {
				m.byAddr[a] = m.hosts[strings.ToLower(c.Host)].Name
			}
		}
	}
	// A host that said nothing of its own address is known by the
	// addresses other hosts' etc/hosts give its name, so a target
	// written as an alias of that address (a VIP or SCAN name on the
	// same etc/hosts line) still reaches it.
	for _, k := range m.hostOrder {
		if len(m.hosts[k].Addresses) > 0 {
			continue
		}
		short, _, _ := strings.Cut(k, ".")
		for _, a := range append(append([]string(nil), m.resolve[k]...), m.resolve[short]...) {
			if _, taken := m.byAddr[a]; !taken {
				m.byAddr[a] = m.hosts[k].Name
			}
		}
	}
	m.byHost = map[string][]string{}
	for _, id := range m.sortedIDs() {
		h := strings.ToLower(m.comps[id].Host)
		m.byHost[h] = append(m.byHost[h], id)
	}
}

// hostOf resolves a target's host to a scanned host name, or "".
func (m *merger) hostOf(t TargetRecord) (string, []string) {
	cands := []string{t.Host}
	cands = append(cands, t.Addresses...)
	cands = append(cands, m.resolve[strings.ToLower(t.Host)]...)
	if short, _, ok := strings.Cut(strings.ToLower(t.Host), "."); ok {
		cands = append(cands, short)
		cands = append(cands, m.resolve[short]...)
	}
	var addrs []string
	for _, c := range cands {
		if a, ok := parseIP(c); ok {
			addrs = sets.AppendUnique(addrs, a)
		}
	}
	for _, c := range cands {
		if a, ok := parseIP(c); ok {
			if h, ok := m.byAddr[a]; ok {
				return h, addrs
			}
			continue
		}
		if h, ok := m.byName[strings.ToLower(c)]; ok {
			return h, addrs
		}
	}
	return "", addrs
}

// listenHost reads the address of a listen entry ("10.0.0.1:8080" ->
// "10.0.0.1", "[fd00::1]:80" -> "fd00::1", "8080" -> "").
func listenHost(s string) string {
	if strings.HasPrefix(s, "[") {
		if end := strings.Index(s, "]"); end > 0 {
			return s[1:end]
		}
	}
	if i := strings.LastIndexByte(s, ':'); i > 0 && strings.Count(s, ":") == 1 {
		return s[:i]
	}
	return ""
}

// listenPort reads the port of a listen entry ("8080", ":8080",
// "10.0.0.1:8080", "[::1]:8009", "ajp/8009").
func listenPort(s string) int {
	i := strings.LastIndexAny(s, ":/ ")
	n, err := strconv.Atoi(strings.TrimSpace(s[i+1:]))
	if err != nil {
		return 0
	}
	return n
}

func sameProduct(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == b || strings.Contains(a, b) || strings.Contains(b, a)
}

func (m *merger) link(t TargetRecord) {
	host, addrs := m.hostOf(t)
	if t.Declared {
		if from := m.comps[t.From]; from != nil {
			if h := m.hosts[strings.ToLower(from.Host)]; h != nil {
				h.Notes = append(h.Notes, fmt.Sprintf("declared, not active: %s %s %s (%s)",
					nonEmpty(t.Product, t.Protocol), t.Tier, endpoint(t.Host, t.Port), evidenceText(t.Evidence)))
			}
		}
		m.targets = append(m.targets, t)
		return
	}
	var to []string
	if t.Registration != "" {
		to = m.byRegistration(t, host)
	} else if host != "" {
		to = m.byDatabase(t, host, m.onHost(t, host))
	}
	if len(to) == 0 {
		to = []string{m.external(t, host, addrs)}
	}
	proto := nonEmpty(t.Protocol, "tcp")
	for _, id := range to {
		if id == t.From {
			continue
		}
		if t.Reverse || t.Registration != "" {
			m.addLink(id, t.From, proto, t.Evidence)
		} else {
			m.addLink(t.From, id, proto, t.Evidence)
		}
	}
	t.To = strings.Join(to, ",")
	if len(t.Addresses) == 0 {
		t.Addresses = addrs
	}
	m.targets = append(m.targets, t)
}

// byRegistration finds the web components (on host, if resolved) whose
// names include the registration id.
func (m *merger) byRegistration(t TargetRecord, host string) []string {
	var out []string
	ids := m.byHost[strings.ToLower(host)]
	if host == "" {
		ids = m.sortedIDs()
	}
	for _, id := range ids {
		c := m.comps[id]
		if c.Tier != inventory.TierWeb {
			continue
		}
		for _, n := range m.names[id] {
			if strings.EqualFold(n, t.Registration) {
				out = append(out, id)
				break
			}
		}
	}
	if len(out) == 0 && host != "" {
		// The registration names nothing we saw; fall back to the web
		// server on that host listening on the port.
		u := t
		u.Tier = inventory.TierWeb
		out = m.onHost(u, host)
	}
	return out
}

// onHost finds the components on host that t reaches.
func (m *merger) onHost(t TargetRecord, host string) []string {
	var byPort, byTier, byProduct []string
	for _, id := range m.byHost[strings.ToLower(host)] {
		c := m.comps[id]
		if id == t.From || c.Tier == inventory.TierExternal {
			continue
		}
		portKnown := false
		for _, l := range c.Listen {
			if p := listenPort(l); p > 0 {
				portKnown = true
				if p == t.Port {
					byPort = append(byPort, id)
					break
				}
			}
		}
		if t.Port > 0 && portKnown {
			continue
		}
		if t.Tier != "" && c.Tier != t.Tier {
			continue
		}
		byTier = append(byTier, id)
		if t.Product != "" && sameProduct(c.Product, t.Product) {
			byProduct = append(byProduct, id)
		}
	}
	switch {
	case len(byPort) > 0:
		if t.Tier != "" {
			var same []string
			for _, id := range byPort {
				if m.comps[id].Tier == t.Tier {
					same = append(same, id)
				}
			}
			if len(same) > 0 {
				return same
			}
		}
		return byPort
	case len(byProduct) > 0:
		return byProduct
	case t.Product != "" && t.Tier == "":
		return nil
	}
	return byTier
}

// byDatabase narrows the instances a target reaches to the one its
// database (Oracle SID or service name, Tibero or CUBRID database name,
// as the URL or its TNS alias gives it) names, when several share the
// port: a listener serving ORCL and PROD links to ORCL alone for a URL
// naming ORCL. A URL naming none links to all of them; one naming an
// instance none answers to too, with a note.
func (m *merger) byDatabase(t TargetRecord, host string, ids []string) []string {
	if len(ids) < 2 || t.Database == "" {
		return ids
	}
	var named []string
	for _, id := range ids {
		if m.answersTo(id, t.Database) {
			named = append(named, id)
		}
	}
	if len(named) > 0 {
		return named
	}
	if h := m.hosts[strings.ToLower(host)]; h != nil {
		h.Notes = append(h.Notes, fmt.Sprintf("database %s (%s) is none of the instances listening on port %d; linked to all of them",
			t.Database, evidenceText(t.Evidence), t.Port))
	}
	return ids
}

// answersTo reports whether component id answers to database name db: one
// of its names or its instance (the part of its id after "product:"),
// ignoring case and a domain (ORCL.agency.go.kr is ORCL).
func (m *merger) answersTo(id, db string) bool {
	short := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		s, _, _ = strings.Cut(s, ".")
		return s
	}
	want := short(db)
	names := m.names[id]
	if _, inst, ok := strings.Cut(strings.TrimPrefix(id, m.comps[id].Host+"/"), ":"); ok && !strings.Contains(inst, "/") {
		names = append(names[:len(names):len(names)], inst)
	}
	for _, n := range names {
		if strings.EqualFold(n, db) || short(n) == want {
			return true
		}
	}
	return false
}

// external returns the id of the external component standing for an
// unmatched target, creating it.
func (m *merger) external(t TargetRecord, host string, addrs []string) string {
	addr := strings.ToLower(t.Host)
	if len(addrs) > 0 {
		addr = addrs[0]
	}
	if host != "" {
		// The target is a scanned host where nothing answers on the
		// port: name it by the host, not by an address of its own.
		addr = host
	}
	if addr == "" {
		addr = "unknown"
	}
	ep := addr
	if t.Port > 0 {
		ep = endpoint(addr, t.Port)
	}
	id := "external:" + ep
	c := m.comps[id]
	if c == nil {
		owner := host
		if owner == "" {
			owner = addr
		}
		c = &inventory.Component{ID: id, Host: owner, Tier: inventory.TierExternal, Product: t.Product}
		if t.Port > 0 {
			c.Listen = []string{ep}
		}
		m.comps[id] = c
		if h := m.hosts[strings.ToLower(host)]; h != nil {
			what := "port not listening"
			if t.Port == 0 {
				what = "no " + string(nonEmptyTier(t.Tier)) + " component"
			}
			h.Notes = append(h.Notes, fmt.Sprintf("%s: %s here (%s target of %s, %s)",
				ep, what, nonEmpty(t.Protocol, "tcp"), t.From, evidenceText(t.Evidence)))
		}
	}
	if c.Product == "" {
		c.Product = t.Product
	}
	c.Evidence = append(c.Evidence, t.Evidence...)
	if t.Tier != "" && m.extTier[id] == "" {
		m.extTier[id] = t.Tier
	}
	return id
}

func nonEmptyTier(t inventory.Tier) inventory.Tier {
	if t == "" {
		return "matching"
	}
	return t
}

func endpoint(host string, port int) string {
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port == 0 {
		return host
	}
	return host + ":" + strconv.Itoa(port)
}

func (m *merger) addLink(from, to, proto string, ev []inventory.Evidence) {
	key := from + "\x00" + to + "\x00" + proto
	l := m.links[key]
	if l == nil {
		l = &inventory.Link{From: from, To: to, Protocol: proto}
		m.links[key] = l
	}
	l.Evidence = append(l.Evidence, ev...)
}

func (m *merger) sortedIDs() []string {
	ids := make([]string, 0, len(m.comps))
	for id := range m.comps {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func nonEmpty(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func evidenceText(ev []inventory.Evidence) string {
	if len(ev) == 0 {
		return "no evidence"
	}
	return fmt.Sprintf("%s:%d", ev[0].Path, ev[0].Line)
}

// result assembles the sorted inventory and its systems.
func (m *merger) result() *Result {
	r := &Result{Inventory: inventory.Inventory{
		Hosts: []inventory.Host{}, Components: []inventory.Component{},
		Links: []inventory.Link{}, Systems: []inventory.System{},
	}, Targets: []TargetRecord{}}
	sort.Strings(m.hostOrder)
	for _, k := range m.hostOrder {
		h := *m.hosts[k]
		if len(h.Addresses) == 0 {
			// Nothing on the host itself said its address; the other
			// hosts' etc/hosts may.
			short, _, _ := strings.Cut(k, ".")
			h.Addresses = append(append([]string(nil), m.resolve[k]...), m.resolve[short]...)
		}
		h.Addresses = sets.Sorted(h.Addresses)
		h.Notes = sets.Sorted(h.Notes)
		if len(h.Notes) == 0 {
			h.Notes = nil
		}
		r.Hosts = append(r.Hosts, h)
	}
	for _, id := range m.sortedIDs() {
		c := *m.comps[id]
		c.Names = nil
		if ns := m.names[id]; len(ns) > 0 {
			c.Names = sets.Sorted(ns)
		}
		normalizeComponent(&c)
		r.Components = append(r.Components, c)
	}
	for _, l := range m.links {
		l.Evidence = inventory.SortEvidence(l.Evidence)
		r.Links = append(r.Links, *l)
	}
	sort.Slice(r.Links, func(i, j int) bool {
		a, b := r.Links[i], r.Links[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		return a.Protocol < b.Protocol
	})
	for _, t := range m.targets {
		t.Evidence = inventory.SortEvidence(t.Evidence)
		r.Targets = append(r.Targets, t)
	}
	sort.SliceStable(r.Targets, func(i, j int) bool { return targetLess(r.Targets[i], r.Targets[j]) })
	r.Systems = m.systems(r.Links)
	return r
}
