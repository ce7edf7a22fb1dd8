package detect

import (
	"context"
	"path"
	"sort"
	"strings"

	"github.com/cnready/cnready/inventory"
)

func websphereDetector() inventory.Detector {
	return funcDetector{name: "websphere", match: matchWebSphere, detect: detectWebSphere}
}

// matchWebSphere selects a tWAS profile's serverindex.xml and
// resources.xml files (config/cells/...). security.xml, which holds the
// {xor}/{aes} credentials, is never selected.
func matchWebSphere(p string) bool {
	switch baseLower(p) {
	case "serverindex.xml", "resources.xml":
		return strings.Contains(p, "/config/cells/") && !skipPath(p)
	}
	return false
}

// wasServer is one WebSphere application server of a profile.
type wasServer struct {
	id, node string
}

func detectWebSphere(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	tns := &tnsResolver{h: h}
	// servers by profile, and by node
	var servers []wasServer
	for _, p := range paths {
		if baseLower(p) != "serverindex.xml" {
			continue
		}
		profile := p[:strings.Index(p, "/config/cells/")]
		node := path.Base(path.Dir(p))
		text, ok := f.readText(h, p)
		if !ok {
			continue
		}
		root := f.xml(p, text)
		if root == nil {
			continue
		}
		// A deployment manager keeps copies of every node's serverindex:
		// only the node of this host counts.
		if hn := root.attr("hostname"); hn != "" && h.Host != "" && !sameHost(hn, h.Host) {
			f.note("%s: node %s belongs to host %s (cell copy), skipped", p, node, hn)
			continue
		}
		for _, se := range root.kidsNamed("serverentries") {
			if t := se.attr("servertype"); t != "APPLICATION_SERVER" && t != "" {
				continue
			}
			name := se.attr("servername")
			if name == "" {
				continue
			}
			id := "websphere:" + abs(profile) + "/servers/" + name
			c := inventory.Component{ID: id, Tier: inventory.TierWAS, Product: "websphere",
				Version: versionInPath(profile, "websphere", "appserver"), Evidence: []inventory.Evidence{ev(p, se.Line)}}
			if !strings.Contains(c.Version, ".") {
				c.Version = ""
			}
			for _, sp := range se.kidsNamed("specialendpoints") {
				switch sp.attr("endpointname") {
				case "WC_defaulthost", "WC_defaulthost_secure":
				default:
					continue
				}
				if e := sp.kid("endpoint"); e != nil {
					if port := atoiPort(e.attr("port")); port > 0 {
						c.Listen = f.appendBounded(c.Listen, "listen addresses of a component", listenAddr(e.attr("host"), port))
						c.Evidence = append(c.Evidence, ev(p, e.Line))
					}
				}
			}
			f.component(c)
			servers = append(servers, wasServer{id: id, node: node})
		}
	}
	sort.Slice(servers, func(i, j int) bool { return servers[i].id < servers[j].id })
	for _, p := range paths {
		if baseLower(p) != "resources.xml" {
			continue
		}
		// Scope: .../servers/<srv>/resources.xml, .../nodes/<node>/..., cell.
		var from []string
		rest := p[strings.Index(p, "/config/cells/")+len("/config/cells/"):]
		parts := strings.Split(rest, "/")
		for _, s := range servers {
			switch {
			case len(parts) >= 6 && parts[1] == "nodes" && parts[3] == "servers":
				if strings.HasSuffix(s.id, "/servers/"+parts[4]) && s.node == parts[2] {
					from = append(from, s.id)
				}
			case len(parts) >= 4 && parts[1] == "nodes":
				if s.node == parts[2] {
					from = append(from, s.id)
				}
			default:
				from = append(from, s.id)
			}
		}
		if len(from) == 0 {
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
		for _, prov := range root.all("jdbcprovider") {
			class := prov.attr("implementationclassname")
			for _, fac := range prov.kidsNamed("factories") {
				var url, host, port, db string
				var line int
				for _, rp := range fac.all("resourceproperties") {
					v := rp.attr("value")
					switch strings.ToLower(rp.attr("name")) {
					case "url":
						url, line = v, rp.Line
					case "servername":
						host, line = v, rp.Line
					case "portnumber":
						port = v
					case "databasename":
						db = v
					}
				}
				vendor := vendorFromClass(class)
				if vendor == "" {
					vendor = vendorFromClass(fac.attr("datasourcehelperclassname"))
				}
				for _, id := range from {
					if strings.HasPrefix(strings.ToLower(url), "jdbc:") {
						f.jdbcTarget(id, url, ev(p, line), false, tns)
					} else if host != "" && vendor != "" {
						f.dbTarget(id, vendor, host, atoiPort(port), db, []inventory.Evidence{ev(p, line)})
					}
				}
			}
		}
	}
	return f.result()
}

// sameHost compares host names without their domains.
func sameHost(a, b string) bool {
	a, _, _ = strings.Cut(strings.ToLower(a), ".")
	b, _, _ = strings.Cut(strings.ToLower(b), ".")
	return a == b
}
