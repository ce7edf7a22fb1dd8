package detect

import (
	"context"
	"path"
	"sort"
	"strings"

	"github.com/cnready/cnready/inventory"
)

func jeusDetector() inventory.Detector {
	return funcDetector{name: "jeus", match: matchJEUS, detect: detectJEUS}
}

// matchJEUS selects JEUS 7+ domains/<d>/config/domain.xml and JEUS 6
// JEUSMain.xml. security.key and accounts.xml are never selected.
func matchJEUS(p string) bool {
	switch baseLower(p) {
	case "domain.xml":
		return strings.EqualFold(path.Base(path.Dir(p)), "config") && strings.Contains(strings.ToLower(p), "domains/") && !skipPath(p)
	case "jeusmain.xml":
		return !skipPath(p)
	}
	return false
}

// jeusDefaultWebtoBPort is the WebtoB JSVPORT a connector uses when it
// names none.
const jeusDefaultWebtoBPort = 9900

func detectJEUS(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	tns := &tnsResolver{h: h}
	for _, p := range paths {
		text, ok := f.readText(h, p)
		if !ok {
			continue
		}
		root := f.xml(p, text)
		if root == nil {
			continue
		}
		switch root.Name {
		case "domain":
			jeusDomain(h, f, tns, p, root)
		case "jeus-system":
			jeus6(h, f, tns, p, root)
		}
	}
	return f.result()
}

// jeusDS is a JEUS data source: where it points and where that is written.
type jeusDS struct {
	id, vendor, host, db string
	port                 int
	url                  string
	urlLine              int
	evs                  []inventory.Evidence
}

// jeusDataSources reads resources/data-source/database entries.
func jeusDataSources(f *findings, p string, root *xnode) map[string]*jeusDS {
	out := map[string]*jeusDS{}
	var dbs []*xnode
	for _, r := range []string{"resources", "resource"} {
		for _, ds := range root.kidsNamed(r) {
			for _, x := range ds.kidsNamed("data-source") {
				dbs = append(dbs, x.kidsNamed("database")...)
			}
		}
	}
	for _, db := range dbs {
		d := &jeusDS{}
		d.id, _ = db.text("data-source-id")
		if d.id == "" {
			d.id, _ = db.text("export-name")
		}
		v, _ := db.text("vendor")
		d.vendor = normVendor(v)
		if d.vendor == "" {
			cls, _ := db.text("data-source-class-name")
			d.vendor = vendorFromClass(cls)
		}
		var hl, pl int
		d.host, hl = db.text("server-name")
		var ps string
		ps, pl = db.text("port-number")
		d.port = atoiPort(ps)
		d.db, _ = db.text("database-name")
		for _, l := range []int{hl, pl} {
			if l > 0 {
				d.evs = append(d.evs, ev(p, l))
			}
		}
		// Vendor "others" data sources (Altibase, CUBRID, blackbox
		// pools) give the server as driver properties instead.
		for _, pr := range db.all("property") {
			name, _ := pr.text("name")
			val, vl := pr.text("value")
			switch strings.ToLower(strings.TrimSpace(name)) {
			case "url":
				if strings.HasPrefix(strings.ToLower(val), "jdbc:") {
					d.url, d.urlLine = val, vl
				}
			case "servername", "server-name", "hostname", "host":
				if d.host == "" && val != "" {
					d.host = val
					d.evs = append(d.evs, ev(p, vl))
				}
			case "portnumber", "port-number", "port":
				if d.port == 0 && atoiPort(val) > 0 {
					d.port = atoiPort(val)
					d.evs = append(d.evs, ev(p, vl))
				}
			case "databasename", "database-name", "database":
				if d.db == "" {
					d.db = val
				}
			case "driverclassname", "driverclass", "driver":
				if d.vendor == "" {
					d.vendor = vendorFromClass(val)
				}
			}
		}
		if pw, pl := db.text("password"); pw != "" {
			if n := encryptedNote(pw); n != "" {
				f.note("%s:%d: data source %s password %s", p, pl, d.id, n)
			}
		}
		if d.id != "" {
			out[d.id] = d
		}
	}
	return out
}

// emit adds the db target(s) of a data source for component from.
func (d *jeusDS) emit(f *findings, from, p string, tns *tnsResolver) {
	if d.url != "" {
		f.jdbcTarget(from, d.url, ev(p, d.urlLine), false, tns)
		return
	}
	if d.host == "" || d.vendor == "" {
		f.note("%s: data source %s names no server or vendor", p, d.id)
		return
	}
	f.dbTarget(from, d.vendor, d.host, d.port, d.db, d.evs)
}

// jeusDomain reads a JEUS 7/8/9 domain.xml.
func jeusDomain(h *inventory.HostContext, f *findings, tns *tnsResolver, p string, root *xnode) {
	domainDir := path.Dir(path.Dir(p))
	version := root.attr("version")
	if version == "" {
		version = versionInPath(p, "jeus")
	}
	dss := jeusDataSources(f, p, root)
	// Which servers use which data sources: server and cluster refs.
	uses := map[string][]string{}      // server id -> data source ids
	clusterDS := map[string][]string{} // server name -> data source ids
	referenced := map[string]bool{}
	for _, cl := range root.at("clusters").kidsNamed("cluster") {
		var refs []string
		for _, r := range cl.at("data-sources").children() {
			refs = append(refs, r.Text)
			referenced[r.Text] = true
		}
		for _, s := range cl.at("servers").children() {
			clusterDS[s.Text] = append(clusterDS[s.Text], refs...)
		}
	}
	// domain.xml is copied to every node of the domain. When some
	// servers name this host as their node, the others run elsewhere
	// and are left to that host's scan.
	nodeHost := map[string]string{}
	for _, n := range root.at("nodes").kidsNamed("node") {
		name, _ := n.text("name")
		nh, _ := n.text("host")
		nodeHost[name] = nh
	}
	onHost := func(node string) bool {
		return h.Host != "" && node != "" && (sameHost(node, h.Host) || sameHost(nodeHost[node], h.Host))
	}
	local := false
	for _, srv := range root.at("servers").kidsNamed("server") {
		if node, _ := srv.text("node-name"); onHost(node) {
			local = true
		}
	}
	var serverIDs []string
	for _, srv := range root.at("servers").kidsNamed("server") {
		name, nl := srv.text("name")
		if name == "" {
			continue
		}
		if node, _ := srv.text("node-name"); local && node != "" && !onHost(node) {
			f.note("%s:%d: server %s runs on node %s, not this host; skipped", p, nl, name, node)
			continue
		}
		id := "jeus:" + abs(domainDir) + "/servers/" + name
		serverIDs = append(serverIDs, id)
		c := inventory.Component{ID: id, Tier: inventory.TierWAS, Product: "jeus", Version: version,
			Evidence: []inventory.Evidence{ev(p, nl)}}
		for _, l := range srv.at("listeners").kidsNamed("listener") {
			port, pl := l.text("listen-port")
			addr, _ := l.text("listen-address")
			if n := atoiPort(port); n > 0 {
				c.Listen = f.appendBounded(c.Listen, "listen addresses of a component", listenAddr(addr, n))
				c.Evidence = append(c.Evidence, ev(p, pl))
			}
		}
		if len(c.Listen) == 0 {
			c.Listen = []string{listenAddr("", 9736)} // BASE listener default
		}
		f.component(c)
		for _, wc := range srv.all("webtob-connector") {
			reg, rl := wc.text("registration-id")
			host, _ := wc.text("network-address", "ip-address")
			port, pl := wc.text("network-address", "port")
			if host == "" {
				host, _ = wc.text("webtob-address")
			}
			if port == "" {
				port, pl = wc.text("port")
			}
			n := atoiPort(port)
			if n == 0 && wc.kid("domain-socket-address") != nil && wc.kid("network-address") == nil {
				// pipe connection (WebtoB on the same host, no TCP port)
				host = ""
			} else if n == 0 {
				n = jeusDefaultWebtoBPort
			}
			evs := []inventory.Evidence{ev(p, wc.Line)}
			if rl > 0 {
				evs = append(evs, ev(p, rl))
			}
			if pl > 0 {
				evs = append(evs, ev(p, pl))
			}
			f.target(inventory.Target{From: id, Host: host, Port: n, Protocol: "webtob", Product: "webtob",
				Tier: inventory.TierWeb, Registration: reg, Reverse: true, Evidence: evs})
		}
		for _, r := range srv.at("data-sources").children() {
			uses[id] = append(uses[id], r.Text)
			referenced[r.Text] = true
		}
		uses[id] = append(uses[id], clusterDS[name]...)
	}
	sort.Strings(serverIDs)
	ids := make([]string, 0, len(dss))
	for k := range dss {
		ids = append(ids, k)
	}
	sort.Strings(ids)
	for _, sid := range serverIDs {
		seen := map[string]bool{}
		for _, ref := range uses[sid] {
			if d, ok := dss[ref]; ok && !seen[ref] {
				seen[ref] = true
				d.emit(f, sid, p, tns)
			}
		}
	}
	// Data sources no server or cluster references: any app may look them
	// up, so they count for every server of the domain.
	for _, k := range ids {
		if referenced[k] {
			continue
		}
		for _, sid := range serverIDs {
			dss[k].emit(f, sid, p, tns)
		}
	}
}

// jeus6 reads a JEUS 6 JEUSMain.xml and the WEBMain.xml files of its
// servlet engines.
func jeus6(h *inventory.HostContext, f *findings, tns *tnsResolver, p string, root *xnode) {
	dir := path.Dir(p)
	id := "jeus:" + abs(dir)
	version := versionInPath(p, "jeus")
	if version == "" {
		version = "6"
	}
	c := inventory.Component{ID: id, Tier: inventory.TierWAS, Product: "jeus", Version: version,
		Evidence: []inventory.Evidence{ev(p, root.Line)}}
	if nd := root.kid("node"); nd != nil {
		if name, nl := nd.text("name"); name != "" {
			c.Evidence = append(c.Evidence, ev(p, nl))
			f.name(id, name)
		}
	}
	var webmains []string
	if h.Glob != nil {
		webmains = append(h.Glob(path.Join(dir, "*", "WEBMain.xml")), h.Glob(path.Join(dir, "*", "webmain.xml"))...)
		sort.Strings(webmains)
	}
	type wt struct {
		reg, host string
		port      int
		evs       []inventory.Evidence
	}
	var webtobs []wt
	for _, wm := range webmains {
		text, ok := f.readText(h, wm)
		if !ok {
			continue
		}
		wr := f.xml(wm, text)
		if wr == nil {
			continue
		}
		for _, kind := range []string{"http-listener", "ajp13-listener", "tcp-listener"} {
			for _, l := range wr.all(kind) {
				port, pl := l.text("port")
				if n := atoiPort(port); n > 0 {
					addr, _ := l.text("ip")
					c.Listen = f.appendBounded(c.Listen, "listen addresses of a component", listenAddr(addr, n))
					c.Evidence = append(c.Evidence, ev(wm, pl))
				}
			}
		}
		// <webtob-listener> (JEUS 6) or the later <webtob-connector> form.
		for _, l := range append(wr.all("webtob-listener"), wr.all("webtob-connector")...) {
			reg, rl := l.text("registration-id")
			host, _ := l.text("webtob-address")
			if host == "" {
				host, _ = l.text("network-address", "ip-address")
			}
			port, pl := l.text("port")
			if port == "" {
				port, pl = l.text("network-address", "port")
			}
			n := atoiPort(port)
			if n == 0 {
				n = jeusDefaultWebtoBPort
			}
			w := wt{reg: reg, host: host, port: n, evs: []inventory.Evidence{ev(wm, l.Line)}}
			for _, x := range []int{rl, pl} {
				if x > 0 {
					w.evs = append(w.evs, ev(wm, x))
				}
			}
			webtobs = append(webtobs, w)
		}
	}
	if len(c.Listen) == 0 {
		c.Listen = []string{listenAddr("", 9736)}
	}
	f.component(c)
	for _, w := range webtobs {
		f.target(inventory.Target{From: id, Host: w.host, Port: w.port, Protocol: "webtob", Product: "webtob",
			Tier: inventory.TierWeb, Registration: w.reg, Reverse: true, Evidence: w.evs})
	}
	dss := jeusDataSources(f, p, root)
	ids := make([]string, 0, len(dss))
	for k := range dss {
		ids = append(ids, k)
	}
	sort.Strings(ids)
	for _, k := range ids {
		dss[k].emit(f, id, p, tns)
	}
}
