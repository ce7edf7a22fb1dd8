package detect

import (
	"context"
	"path"
	"strings"

	"github.com/cnready/cnready/inventory"
)

func webtobDetector() inventory.Detector {
	return funcDetector{name: "webtob", match: matchWebtoB, detect: detectWebtoB}
}

// matchWebtoB selects WebtoB's text configuration: config/http.m, the
// embedded ws_engine.m, and any *.m under a WebtoB directory.
func matchWebtoB(p string) bool {
	if !strings.HasSuffix(strings.ToLower(p), ".m") || skipPath(p) {
		return false
	}
	b := baseLower(p)
	if b == "http.m" || b == "ws_engine.m" {
		return true
	}
	return strings.HasSuffix(b, ".m") && strings.Contains(strings.ToLower(p), "webtob") &&
		strings.EqualFold(path.Base(path.Dir(p)), "config")
}

// wsEntry is one entry of an http.m section: its name and KEY=value
// pairs (keys lower-cased).
type wsEntry struct {
	Section string
	Name    string
	Line    int
	Keys    map[string]wsValue
}

type wsValue struct {
	Value string
	Line  int
}

func (e wsEntry) get(k string) (wsValue, bool) { v, ok := e.Keys[k]; return v, ok }

// wsToken is a word, "=" or "," of an http.m body.
type wsToken struct {
	s    string
	line int
	op   bool
}

// parseHTTPM reads WebtoB http.m: "*SECTION" headers; entries made of a
// name then KEY = VALUE pairs separated by commas, over as many lines as
// they need; '#' comments (also after a value); quoted or bare values;
// case-insensitive keys.
func parseHTTPM(text string) []wsEntry {
	var out []wsEntry
	section := ""
	var toks []wsToken
	flush := func() {
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if t.op {
				continue
			}
			isKey := i+1 < len(toks) && toks[i+1].op && toks[i+1].s == "="
			if !isKey {
				if len(out) >= maxHTTPMEntries {
					continue
				}
				out = append(out, wsEntry{Section: section, Name: t.s, Line: t.line, Keys: map[string]wsValue{}})
				continue
			}
			val := ""
			if i+2 < len(toks) && !toks[i+2].op {
				val = toks[i+2].s
			}
			if len(out) > 0 && out[len(out)-1].Section == section {
				k := strings.ToLower(t.s)
				if _, dup := out[len(out)-1].Keys[k]; !dup {
					out[len(out)-1].Keys[k] = wsValue{Value: val, Line: t.line}
				}
			}
			i += 2
		}
		toks = toks[:0]
	}
	for n, raw := range lines(text) {
		ln := n + 1
		line := strings.TrimSpace(raw)
		if k := len(toks); k > 0 && !toks[k-1].op && line != "" && line[0] != '#' && line[0] != ',' && line[0] != '=' {
			// The last entry ended with a value, not a "," or "=": the
			// tokens so far are complete; holding a whole section's
			// tokens took 16 times an 8 MiB file's size.
			flush()
		}
		if strings.HasPrefix(line, "*") {
			flush()
			name := strings.Fields(line[1:])
			section = ""
			if len(name) > 0 {
				section = strings.ToUpper(name[0])
			}
			continue
		}
		for i := 0; i < len(line); {
			c := line[i]
			switch {
			case c == '#':
				i = len(line)
			case c == ' ' || c == '\t':
				i++
			case c == '=' || c == ',':
				toks = append(toks, wsToken{s: string(c), line: ln, op: true})
				i++
			case c == '"':
				j := strings.IndexByte(line[i+1:], '"')
				if j < 0 {
					toks = append(toks, wsToken{s: line[i+1:], line: ln})
					i = len(line)
					break
				}
				toks = append(toks, wsToken{s: line[i+1 : i+1+j], line: ln})
				i += j + 2
			default:
				j := i
				for j < len(line) && !strings.ContainsRune(" \t=,#\"", rune(line[j])) {
					j++
				}
				toks = append(toks, wsToken{s: line[i:j], line: ln})
				i = j
			}
		}
	}
	flush()
	return out
}

// maxHTTPMEntries bounds the entries read of one http.m; real ones have
// dozens.
const maxHTTPMEntries = 20000

// webtobDefaultJSVPort is the JSVPORT of a *NODE that names none.
const webtobDefaultJSVPort = 9900

func detectWebtoB(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	// Where http.m is present, other *.m files next to it are copies or
	// drafts: they would add listeners and proxies that are not live.
	main := map[string]bool{}
	for _, p := range paths {
		if baseLower(p) == "http.m" {
			main[path.Dir(p)] = true
		}
	}
	for _, p := range paths {
		if main[path.Dir(p)] && baseLower(p) != "http.m" {
			f.note("%s: not the http.m in use, skipped", p)
			continue
		}
		text, ok := f.readText(h, p)
		if !ok {
			continue
		}
		entries := parseHTTPM(text)
		if len(entries) >= maxHTTPMEntries {
			f.note("%s: more than %d entries; the rest are not read", p, maxHTTPMEntries)
		}
		var nodes []wsEntry
		for _, e := range entries {
			if e.Section == "NODE" {
				nodes = append(nodes, e)
			}
		}
		if len(nodes) == 0 {
			continue // not a WebtoB configuration
		}
		// One http.m may describe every node of a WebtoB domain; when
		// a *NODE is this host, the others are other machines.
		var mine []wsEntry
		for _, n := range nodes {
			if h.Host != "" && sameHost(n.Name, h.Host) {
				mine = append(mine, n)
			}
		}
		if len(mine) > 0 && len(mine) < len(nodes) {
			for _, n := range nodes {
				if !sameHost(n.Name, h.Host) {
					f.note("%s:%d: node %s is another host, its ports skipped", p, n.Line, n.Name)
				}
			}
			nodes = mine
		}
		home := path.Dir(path.Dir(p))
		if !strings.EqualFold(path.Base(path.Dir(p)), "config") {
			home = path.Dir(p)
			if v, ok := nodes[0].get("webtobdir"); ok && strings.HasPrefix(v.Value, "/") && !strings.ContainsAny(v.Value, "%$@") {
				home = rel("", v.Value)
			}
		}
		id := "webtob:" + abs(home)
		c := inventory.Component{ID: id, Tier: inventory.TierWeb, Product: "webtob"}
		if v := versionInPath(home, "webtob"); strings.Contains(v, ".") || len(v) == 1 {
			c.Version = v
		}
		for _, n := range nodes {
			c.Evidence = append(c.Evidence, ev(p, n.Line))
			ports := []int{}
			if v, ok := n.get("port"); ok {
				for _, s := range strings.Split(v.Value, ",") {
					if pn := atoiPort(s); pn > 0 {
						ports = append(ports, pn)
					}
				}
				c.Evidence = append(c.Evidence, ev(p, v.Line))
			}
			if len(ports) == 0 {
				ports = []int{80}
			}
			for _, pn := range ports {
				c.Listen = f.appendBounded(c.Listen, "listen addresses of a component", listenAddr("", pn))
			}
			jsv := webtobDefaultJSVPort
			if v, ok := n.get("jsvport"); ok && atoiPort(v.Value) > 0 {
				jsv = atoiPort(v.Value)
				c.Evidence = append(c.Evidence, ev(p, v.Line))
			}
			c.Listen = f.appendBounded(c.Listen, "listen addresses of a component", listenAddr("", jsv))
		}
		groups := map[string]string{} // SVRGROUP name -> SVRTYPE
		for _, e := range entries {
			switch e.Section {
			case "VHOST":
				if v, ok := e.get("listen"); ok {
					for _, s := range strings.Split(v.Value, ",") {
						if host, pn := splitHostPort(s); pn > 0 {
							c.Listen = f.appendBounded(c.Listen, "listen addresses of a component", listenAddr(host, pn))
							c.Evidence = append(c.Evidence, ev(p, v.Line))
						}
					}
				} else if v, ok := e.get("port"); ok {
					for _, s := range strings.Split(v.Value, ",") {
						if pn := atoiPort(s); pn > 0 {
							c.Listen = f.appendBounded(c.Listen, "listen addresses of a component", listenAddr("", pn))
							c.Evidence = append(c.Evidence, ev(p, v.Line))
						}
					}
				}
			case "SVRGROUP":
				if v, ok := e.get("svrtype"); ok {
					groups[strings.ToLower(e.Name)] = strings.ToUpper(v.Value)
				}
			}
		}
		f.component(c)
		for _, e := range entries {
			switch e.Section {
			case "SERVER":
				g, ok := e.get("svgname")
				if ok && groups[strings.ToLower(g.Value)] == "JSV" {
					f.name(id, e.Name)
					f.listen(id, ev(p, e.Line))
				}
			case "REVERSE_PROXY":
				v, ok := e.get("serveraddress")
				if !ok {
					continue
				}
				for _, s := range strings.Split(v.Value, ",") {
					host, pn := splitHostPort(s)
					if host == "" || strings.ContainsAny(host, "%$@") {
						if host != "" {
							f.note("%s:%d: reverse proxy address is a placeholder", p, v.Line)
						}
						continue
					}
					if pn == 0 {
						pn = 80
					}
					f.target(inventory.Target{From: id, Host: host, Port: pn, Protocol: "http", Tier: inventory.TierWAS,
						Evidence: []inventory.Evidence{ev(p, e.Line), ev(p, v.Line)}})
				}
			}
		}
	}
	return f.result()
}
