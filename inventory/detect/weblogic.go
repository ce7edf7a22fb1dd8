package detect

import (
	"context"
	"path"
	"sort"
	"strings"

	"github.com/cnready/cnready/inventory"
)

func weblogicDetector() inventory.Detector {
	return funcDetector{name: "weblogic", match: matchWebLogic, detect: detectWebLogic}
}

// matchWebLogic selects $DOMAIN_HOME/config/config.xml. The JDBC modules
// are read through it; SerializedSystemIni.dat and boot.properties are
// never selected.
func matchWebLogic(p string) bool {
	return baseLower(p) == "config.xml" && strings.EqualFold(path.Base(path.Dir(p)), "config") && !skipPath(p)
}

// weblogicDefaultPort is the listen port of a server whose config.xml
// omits <listen-port>.
const weblogicDefaultPort = 7001

func detectWebLogic(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	tns := &tnsResolver{h: h}
	for _, p := range paths {
		text, ok := f.readText(h, p)
		if !ok {
			continue
		}
		root := f.xml(p, text)
		if root == nil || root.Name != "domain" {
			continue
		}
		// A WebLogic domain has <server> children or a domain-version.
		if root.kid("server") == nil && root.kid("domain-version") == nil {
			continue
		}
		configDir := path.Dir(p)
		domainDir := path.Dir(configDir)
		version, _ := root.text("domain-version")
		byName := map[string]string{}
		clusters := map[string][]string{}
		var all []string
		// config.xml lists the servers of every machine in the domain.
		// When some name this host (listen address or machine), the
		// others run elsewhere and are left to that host's scan.
		nmAddr := map[string]string{}
		for _, m := range root.kidsNamed("machine") {
			mn, _ := m.text("name")
			nmAddr[mn], _ = m.text("node-manager", "listen-address")
		}
		onHost := func(srv *xnode) (bool, bool) { // on this host, placed at all
			addr, _ := srv.text("listen-address")
			mach, _ := srv.text("machine")
			placed := false
			for _, a := range []string{addr, nmAddr[mach]} {
				if a == "" {
					continue
				}
				placed = true
				if h.Host != "" && sameHost(a, h.Host) {
					return true, true
				}
			}
			return false, placed
		}
		local := false
		for _, srv := range root.kidsNamed("server") {
			if on, _ := onHost(srv); on {
				local = true
			}
		}
		for _, srv := range root.kidsNamed("server") {
			name, nl := srv.text("name")
			if name == "" {
				continue
			}
			if on, placed := onHost(srv); local && placed && !on {
				f.note("%s:%d: server %s runs on another machine; skipped", p, nl, name)
				continue
			}
			id := "weblogic:" + abs(domainDir) + "/servers/" + name
			byName[name] = id
			all = append(all, id)
			c := inventory.Component{ID: id, Tier: inventory.TierWAS, Product: "weblogic", Version: version,
				Evidence: []inventory.Evidence{ev(p, nl)}}
			addr, _ := srv.text("listen-address")
			port, pl := srv.text("listen-port")
			n, known := f.port(port, weblogicDefaultPort, ev(p, pl), "listen-port of server "+name)
			if port != "" && known {
				c.Evidence = append(c.Evidence, ev(p, pl))
			}
			if known {
				c.Listen = []string{listenAddr(addr, n)}
			}
			if ssl := srv.kid("ssl"); ssl != nil {
				if en, _ := ssl.text("enabled"); strings.EqualFold(en, "true") {
					sp, sl := ssl.text("listen-port")
					sn := atoiPort(sp)
					if sn == 0 {
						sn = 7002
					}
					c.Listen = append(c.Listen, listenAddr(addr, sn))
					c.Evidence = append(c.Evidence, ev(p, max(sl, ssl.Line)))
				}
			}
			if cl, _ := srv.text("cluster"); cl != "" {
				clusters[cl] = append(clusters[cl], id)
			}
			f.component(c)
		}
		for _, res := range root.kidsNamed("jdbc-system-resource") {
			name, _ := res.text("name")
			desc, _ := res.text("descriptor-file-name")
			tgt, _ := res.text("target")
			var from []string
			for _, t := range strings.Split(tgt, ",") {
				t = strings.TrimSpace(t)
				if id, ok := byName[t]; ok {
					from = append(from, id)
				}
				from = append(from, clusters[t]...)
			}
			if tgt == "" {
				from = all
			}
			sort.Strings(from)
			if desc == "" {
				desc = "jdbc/" + name + "-jdbc.xml"
			}
			mp := rel(configDir, desc)
			if !h.Exists(mp) {
				f.note("%s:%d: jdbc module %s not collected", p, res.Line, name)
				continue
			}
			mt, ok := f.readText(h, mp)
			if !ok {
				continue
			}
			mr := f.xml(mp, mt)
			if mr == nil {
				continue
			}
			dp := mr.kid("jdbc-driver-params")
			url, ul := dp.text("url")
			if pe, pl := dp.text("password-encrypted"); pe != "" {
				if n := encryptedNote(pe); n != "" {
					f.note("%s:%d: jdbc module %s password %s", mp, pl, name, n)
				}
			}
			if url == "" {
				f.note("%s: jdbc module %s has no url", mp, name)
				continue
			}
			for _, id := range from {
				f.jdbcTarget(id, url, ev(mp, ul), false, tns)
			}
		}
	}
	return f.result()
}

func jbossDetector() inventory.Detector {
	return funcDetector{name: "jboss", match: matchJBoss, detect: detectJBoss}
}

// matchJBoss selects WildFly/EAP standalone*.xml and domain.xml under a
// configuration folder, and JBoss 4/5 *-ds.xml in deploy folders.
func matchJBoss(p string) bool {
	b := baseLower(p)
	if !strings.HasSuffix(b, ".xml") || skipPath(p) {
		return false
	}
	dir := strings.ToLower(path.Base(path.Dir(p)))
	if dir == "configuration" && strings.HasSuffix(b, ".xml") && (strings.HasPrefix(b, "standalone") || b == "domain.xml") {
		return !strings.Contains(b, "_xml_history")
	}
	return strings.HasSuffix(b, "-ds.xml") && strings.Contains(strings.ToLower(p), "/deploy")
}

func detectJBoss(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	tns := &tnsResolver{h: h}
	// Only one standalone*.xml runs; standalone.xml wins when several are
	// collected (the others are noted).
	chosen := map[string]string{}
	for _, p := range paths {
		b := baseLower(p)
		if !strings.HasPrefix(b, "standalone") {
			continue
		}
		d := path.Dir(p)
		if cur, ok := chosen[d]; !ok || b == "standalone.xml" && baseLower(cur) != "standalone.xml" {
			chosen[d] = p
		}
	}
	for _, p := range paths {
		b := baseLower(p)
		if strings.HasPrefix(b, "standalone") && chosen[path.Dir(p)] != p {
			f.note("%s: alternative configuration, not the one in use by default", p)
			continue
		}
		text, ok := f.readText(h, p)
		if !ok {
			continue
		}
		root := f.xml(p, text)
		if root == nil {
			continue
		}
		if strings.HasSuffix(b, "-ds.xml") {
			jboss5DS(h, f, tns, p, root)
			continue
		}
		if root.Name != "server" && root.Name != "domain" {
			continue
		}
		serverDir := path.Dir(path.Dir(p)) // .../standalone or .../domain
		id := "jboss:" + abs(serverDir)
		c := inventory.Component{ID: id, Tier: inventory.TierWAS, Product: "jboss",
			Version: versionInPath(p, "wildfly", "jboss-eap", "jboss-as", "jboss"), Evidence: []inventory.Evidence{ev(p, root.Line)}}
		// interfaces: name -> address (expression defaults)
		ifaces := map[string]string{}
		for _, in := range root.at("interfaces").kidsNamed("interface") {
			if a := in.kid("inet-address"); a != nil {
				ifaces[in.attr("name")] = expandVars(a.attr("value"), nil)
			} else if in.kid("any-address") != nil || in.kid("any-ipv4-address") != nil {
				ifaces[in.attr("name")] = "*"
			}
		}
		groups := root.kidsNamed("socket-binding-group")
		offsets := map[*xnode][]int{} // group -> port offsets of the servers using it
		if root.Name == "domain" {
			groups, offsets = jbossDomainGroups(h, p, root)
		}
		for _, g := range groups {
			offset := atoiOffset(expandVars(g.attr("port-offset"), nil))
			defIface := g.attr("default-interface")
			extra := offsets[g]
			if len(extra) == 0 {
				extra = []int{0}
			}
			for _, sb := range g.kidsNamed("socket-binding") {
				switch sb.attr("name") {
				case "http", "https", "ajp":
				default:
					continue
				}
				port := atoiPort(expandVars(sb.attr("port"), nil))
				if port == 0 {
					continue
				}
				iface := sb.attr("interface")
				if iface == "" {
					iface = defIface
				}
				for _, x := range extra {
					c.Listen = f.appendBounded(c.Listen, "listen addresses of a component", listenAddr(ifaces[iface], port+offset+x))
				}
				c.Evidence = append(c.Evidence, ev(p, sb.Line))
			}
		}
		if len(c.Listen) == 0 && root.Name == "server" {
			c.Listen = []string{listenAddr("127.0.0.1", 8080)}
		}
		f.component(c)
		for _, ds := range append(root.all("datasource"), root.all("xa-datasource")...) {
			if u, ul := ds.text("connection-url"); u != "" {
				f.jdbcTarget(id, expandVars(u, nil), ev(p, ul), false, tns)
			}
			var host, port, db string
			var line int
			for _, xp := range ds.kidsNamed("xa-datasource-property") {
				switch strings.ToLower(xp.attr("name")) {
				case "url":
					f.jdbcTarget(id, expandVars(xp.Text, nil), ev(p, xp.Line), false, tns)
				case "servername":
					host, line = expandVars(xp.Text, nil), xp.Line
				case "portnumber":
					port = expandVars(xp.Text, nil)
				case "databasename":
					db = xp.Text
				}
			}
			if host != "" {
				drv, _ := ds.text("driver")
				if v := vendorFromClass(drv); v != "" {
					f.dbTarget(id, v, host, atoiPort(port), db, []inventory.Evidence{ev(p, line)})
				}
			}
			if pw, pl := ds.text("security", "password"); pw != "" {
				if n := encryptedNote(pw); n != "" {
					f.note("%s:%d: datasource password %s", p, pl, n)
				}
			}
		}
	}
	return f.result()
}

// jbossDomainGroups returns the socket binding groups a managed domain's
// server groups use, each with the port offsets of the servers that
// host.xml (next to domain.xml) runs in it. Without host.xml every used
// group counts once, unshifted.
func jbossDomainGroups(h *inventory.HostContext, p string, root *xnode) ([]*xnode, map[*xnode][]int) {
	byName := map[string]*xnode{}
	for _, g := range root.at("socket-binding-groups").kidsNamed("socket-binding-group") {
		byName[g.attr("name")] = g
	}
	groupOf := map[string]*xnode{} // server group -> socket binding group
	for _, sg := range root.at("server-groups").kidsNamed("server-group") {
		if r := sg.kid("socket-binding-group"); r != nil {
			if g := byName[r.attr("ref")]; g != nil {
				groupOf[sg.attr("name")] = g
			}
		}
	}
	var groups []*xnode
	offsets := map[*xnode][]int{}
	use := func(g *xnode, off int) {
		if _, ok := offsets[g]; !ok {
			groups = append(groups, g)
		}
		offsets[g] = append(offsets[g], off)
	}
	hostXML := path.Join(path.Dir(p), "host.xml")
	if h.Exists(hostXML) {
		if text, err := readText(h, hostXML); err == nil {
			if hr, err := parseXML(text); err == nil {
				for _, srv := range hr.at("servers").kidsNamed("server") {
					g := groupOf[srv.attr("group")]
					if g == nil {
						continue
					}
					off := 0
					if sb := srv.kid("socket-bindings"); sb != nil {
						off = atoiOffset(expandVars(sb.attr("port-offset"), nil))
					}
					use(g, off)
				}
			}
		}
	}
	if len(groups) == 0 {
		for _, sg := range root.at("server-groups").kidsNamed("server-group") {
			if g := groupOf[sg.attr("name")]; g != nil {
				use(g, 0)
			}
		}
	}
	return groups, offsets
}

// atoiOffset reads a port offset; junk counts as 0.
func atoiOffset(s string) int { return atoiPort(s) }

// jboss5DS reads a JBoss 4/5 *-ds.xml; its server is server/<profile>.
func jboss5DS(h *inventory.HostContext, f *findings, tns *tnsResolver, p string, root *xnode) {
	i := strings.Index(strings.ToLower(p), "/deploy")
	serverDir := p[:i]
	id := "jboss:" + abs(serverDir)
	found := false
	for _, kind := range []string{"local-tx-datasource", "xa-datasource", "no-tx-datasource"} {
		for _, ds := range root.all(kind) {
			u, ul := ds.text("connection-url")
			if u == "" {
				for _, xp := range ds.kidsNamed("xa-datasource-property") {
					if strings.EqualFold(xp.attr("name"), "url") {
						u, ul = xp.Text, xp.Line
					}
				}
			}
			if u == "" {
				continue
			}
			if !found {
				found = true
				if !f.has(id) {
					f.component(inventory.Component{ID: id, Tier: inventory.TierWAS, Product: "jboss",
						Version: versionInPath(p, "jboss-eap", "jboss-as", "jboss"),
						Listen:  []string{listenAddr("", 8080)}, Evidence: []inventory.Evidence{ev(p, root.Line)}})
				}
			}
			f.jdbcTarget(id, u, ev(p, ul), false, tns)
		}
	}
}
