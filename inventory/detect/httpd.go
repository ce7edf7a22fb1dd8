package detect

import (
	"context"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/cnready/cnready/inventory"
)

func httpdDetector() inventory.Detector {
	return funcDetector{name: "httpd", match: matchHTTPD, detect: detectHTTPD}
}

// matchHTTPD selects the main configuration files of Apache httpd (RHEL,
// source builds, IHS/OHS layouts) and Debian's apache2.conf; included
// files are reached through Include. mod_jk's own files (httpd-jk.conf,
// mod_jk.conf) are selected too: collected without the main file, they
// still show a web server and its workers.
func matchHTTPD(p string) bool {
	switch b := baseLower(p); {
	case b == "httpd.conf" || b == "apache2.conf":
		return !strings.Contains(strings.ToLower(p), "/extra/") && !skipPath(p)
	case jkConfRE.MatchString(b):
		return apacheConfDir(path.Dir(p)) && !skipPath(p)
	}
	return false
}

// jkConfRE names the files that configure mod_jk apart from httpd.conf.
var jkConfRE = regexp.MustCompile(`^(httpd[-_]jk|mod[-_]jk|jk|[0-9]+[-_]mod[-_]jk)\.conf$`)

// apacheConfDir reports whether dir is one of the folders httpd
// configuration fragments live in.
func apacheConfDir(dir string) bool {
	switch strings.ToLower(path.Base(dir)) {
	case "conf", "extra", "conf.d", "conf.modules.d", "conf-enabled", "conf-available", "mods-enabled", "mods-available":
		return true
	}
	return false
}

// apacheRoot is the ServerRoot a configuration file at p implies:
// /etc/httpd for /etc/httpd/conf/httpd.conf and /etc/httpd/conf.d/x.conf,
// /app/apache24 for /app/apache24/conf/extra/httpd-jk.conf.
func apacheRoot(p string) string {
	dir := path.Dir(p)
	if strings.EqualFold(path.Base(dir), "extra") {
		dir = path.Dir(dir)
	}
	if apacheConfDir(dir) && !strings.EqualFold(path.Base(p), "apache2.conf") {
		return path.Dir(dir)
	}
	return dir
}

// apacheConf is the state of one httpd configuration walk.
type apacheConf struct {
	// first is the first directive read: the proof a server is
	// configured here.
	first      inventory.Evidence
	h          *inventory.HostContext
	f          *findings
	id         string
	serverRoot string
	vars       map[string]string
	visited    map[string]bool
	// modules loaded so far by LoadModule (identifier and mod_x.c
	// forms); <IfModule> of a module not loaded hides its Listen.
	modules  map[string]bool
	listen   []string
	listenEv []inventory.Evidence
	// balancers: name -> members
	balancers map[string][]apacheBackend
	// proxies: references to backends or balancers, resolved at the end
	proxies []apacheRef
	// jk: workers files and mounts
	jkFiles  []string
	jkMounts []apacheRef
	// JkWorkerProperty lines: workers written in httpd.conf itself
	jkProps []jkLine
	// mod_wl
	wl []apacheRef
	// WebSphere plug-in configuration files
	plugins []apacheRef
}

type apacheBackend struct {
	proto, host string
	port        int
	ev          inventory.Evidence
}

type apacheRef struct {
	target string // url, balancer name or worker name
	ev     inventory.Evidence
}

func detectHTTPD(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	seen := map[string]bool{}
	var mains, fragments []string
	for _, p := range paths {
		if jkConfRE.MatchString(baseLower(p)) {
			fragments = append(fragments, p)
		} else {
			mains = append(mains, p)
		}
	}
	roots := map[string]bool{}
	for _, p := range mains {
		roots[apacheRoot(p)] = true
		if seen[p] {
			continue // already included by another main file
		}
		httpdInstance(h, f, p, seen, false)
	}
	// A mod_jk file no main file includes counts only when no main file
	// was collected for its server: else it is a file httpd does not read.
	for _, p := range fragments {
		switch {
		case seen[p]:
		case roots[apacheRoot(p)]:
			f.note("%s: not included by the collected httpd.conf; not in use", p)
		default:
			httpdInstance(h, f, p, seen, true)
		}
	}
	return f.result()
}

// httpdInstance reads the configuration starting at p and reports the
// server it describes. A file with no directive (all comments, or not
// readable) describes none. fragment marks a mod_jk file read without its
// main configuration: its listen addresses are then unknown.
func httpdInstance(h *inventory.HostContext, f *findings, p string, seen map[string]bool, fragment bool) {
	a := &apacheConf{h: h, f: f, serverRoot: apacheRoot(p), vars: map[string]string{}, visited: seen,
		balancers: map[string][]apacheBackend{}}
	a.read(p, 0, nil)
	if a.first.Path == "" {
		if _, ok := f.readText(h, p); ok {
			f.note("%s: no directives; not counted as a web server", p)
		}
		return
	}
	a.id = "httpd:" + abs(a.serverRoot)
	if f.has(a.id) {
		return
	}
	c := inventory.Component{ID: a.id, Tier: inventory.TierWeb, Product: "httpd", Listen: a.listen,
		Evidence: append([]inventory.Evidence{a.first}, a.listenEv...)}
	if len(c.Listen) == 0 && !fragment {
		// httpd needs a Listen; one in a file not collected is the
		// usual reason none was seen, and 80 its usual value.
		c.Listen = []string{listenAddr("", 80)}
	}
	if fragment {
		f.note("%s: httpd.conf not collected; the web server is known from its mod_jk configuration, its listen ports are not", p)
	}
	c.Version = versionInPath(a.serverRoot, "httpd", "apache2", "apache")
	if !strings.Contains(c.Version, ".") {
		c.Version = dpkgVersion(h, "apache2", "apache2-bin")
	}
	f.component(c)
	a.resolve()
}

// apacheSections tracks the enclosing <Proxy>/<Location> sections.
type apacheSection struct {
	kind, arg string
}

// moduleOff reports whether an enclosing <IfModule> names a module that
// LoadModule has not loaded. It only says so once some LoadModule was
// seen (else the module list was not collected) and never for the
// modules always compiled in.
func (a *apacheConf) moduleOff(stack []apacheSection) bool {
	if len(a.modules) == 0 {
		return false
	}
	for _, s := range stack {
		if s.kind != "ifmodule" {
			continue
		}
		m := strings.ToLower(s.arg)
		neg := strings.HasPrefix(m, "!")
		m = strings.TrimPrefix(m, "!")
		if builtinModule(m) {
			if neg {
				return true
			}
			continue
		}
		if a.modules[m] == neg {
			return true
		}
	}
	return false
}

// builtinModule: core modules httpd is always built with.
func builtinModule(m string) bool {
	switch strings.TrimSuffix(strings.TrimPrefix(m, "mod_"), ".c") {
	case "core", "core_module", "so", "so_module", "http_core", "http_module", "mpm_common":
		return true
	}
	return false
}

// read parses one configuration file and follows its includes.
func (a *apacheConf) read(p string, depth int, stack []apacheSection) []apacheSection {
	if depth > 16 || a.visited[p] && depth > 0 {
		return stack
	}
	a.visited[p] = true
	text, ok := a.f.readText(a.h, p)
	if !ok {
		return stack
	}
	ls := lines(text)
	for i := 0; i < len(ls); i++ {
		start := i + 1
		var line string
		line, i = logicalLine(ls, i)
		if line == "" || line[0] == '#' {
			continue
		}
		e := ev(p, start)
		if a.first.Path == "" {
			a.first = e
		}
		if strings.HasPrefix(line, "</") {
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			continue
		}
		if line[0] == '<' {
			inner := strings.TrimSuffix(strings.TrimPrefix(line, "<"), ">")
			kind, arg, _ := strings.Cut(inner, " ")
			stack = append(stack, apacheSection{kind: strings.ToLower(kind), arg: strings.Trim(strings.TrimSpace(arg), `"'`)})
			continue
		}
		args := apacheFields(a.expand(line))
		if len(args) == 0 {
			continue
		}
		dir := strings.ToLower(args[0])
		args = args[1:]
		switch dir {
		case "serverroot":
			// A collected tree may hold the files elsewhere than the
			// directive says: keep the path-derived root then.
			if len(args) > 0 {
				if r := rel("", args[0]); a.h.Glob == nil || len(a.h.Glob(path.Join(r, "*"))) > 0 {
					a.serverRoot = r
				}
			}
		case "define":
			if len(args) >= 2 {
				a.vars[args[0]] = args[1]
			} else if len(args) == 1 {
				a.vars[args[0]] = ""
			}
		case "include", "includeoptional":
			for _, arg := range args {
				for _, inc := range a.includes(arg) {
					stack = a.read(inc, depth+1, stack)
				}
			}
		case "loadmodule":
			if len(args) >= 2 {
				if a.modules == nil {
					a.modules = map[string]bool{}
				}
				a.modules[strings.ToLower(args[0])] = true
				so := strings.ToLower(path.Base(strings.ReplaceAll(args[1], `\`, "/")))
				a.modules[strings.TrimSuffix(so, ".so")+".c"] = true
			}
		case "listen":
			if a.moduleOff(stack) {
				continue
			}
			if len(args) > 0 {
				host, port := splitHostPort(args[0])
				if port > 0 {
					before := len(a.listen)
					a.listen = a.f.appendBounded(a.listen, "listen addresses of a component", listenAddr(host, port))
					if len(a.listen) > before {
						a.listenEv = append(a.listenEv, e)
					}
				}
			}
		case "proxypass", "proxypassmatch":
			target := ""
			switch {
			case len(args) >= 2:
				target = args[1]
			case len(args) == 1 && inSection(stack, "location", "locationmatch"):
				target = args[0]
			}
			if target != "" && target != "!" {
				a.proxies = append(a.proxies, apacheRef{target: target, ev: e})
			}
		case "rewriterule":
			// RewriteRule pattern http://backend/... [P,L] proxies too.
			if len(args) >= 3 && rewriteProxy(args[2]) {
				a.proxies = append(a.proxies, apacheRef{target: args[1], ev: e})
			}
		case "balancermember":
			if len(args) == 0 {
				continue
			}
			name := ""
			member := args[0]
			if s := innermost(stack, "proxy"); s != nil && strings.HasPrefix(strings.ToLower(s.arg), "balancer://") {
				name = balancerName(s.arg)
			} else if strings.HasPrefix(strings.ToLower(args[0]), "balancer://") && len(args) > 1 {
				name, member = balancerName(args[0]), args[1]
			}
			if b, ok := backendFromURL(member, e); ok && name != "" {
				a.balancers[name] = append(a.balancers[name], b)
			}
		case "jkworkersfile":
			if len(args) > 0 {
				a.jkFiles = append(a.jkFiles, rel(a.serverRoot, args[0]))
			}
		case "jkworkerproperty":
			if k, v, ok := strings.Cut(strings.Join(args, " "), "="); ok {
				a.jkProps = append(a.jkProps, jkLine{key: strings.TrimSpace(k), value: strings.TrimSpace(v), ev: e})
			}
		case "jkmount":
			switch {
			case len(args) >= 2:
				a.jkMounts = append(a.jkMounts, apacheRef{target: args[1], ev: e})
			case len(args) == 1 && inSection(stack, "location", "locationmatch"):
				a.jkMounts = append(a.jkMounts, apacheRef{target: args[0], ev: e})
			}
		case "jkmountfile":
			if len(args) > 0 {
				a.readJkMountFile(rel(a.serverRoot, args[0]))
			}
		case "webspherepluginconfig":
			if len(args) > 0 {
				a.plugins = append(a.plugins, apacheRef{target: rel(a.serverRoot, args[0]), ev: e})
			}
		case "weblogichost", "weblogicport", "weblogiccluster":
			if len(args) > 0 {
				a.wl = append(a.wl, apacheRef{target: dir + "=" + args[0], ev: e})
			}
		}
	}
	return stack
}

// expand replaces ${VAR} from Define directives.
func (a *apacheConf) expand(s string) string {
	if !strings.Contains(s, "${") {
		return s
	}
	return expandVars(s, func(k string) (string, bool) { v, ok := a.vars[k]; return v, ok })
}

// includes resolves an Include argument (file, directory or glob)
// relative to ServerRoot.
func (a *apacheConf) includes(arg string) []string {
	p := rel(a.serverRoot, arg)
	if strings.ContainsAny(p, "*?[") {
		if a.h.Glob == nil {
			return nil
		}
		m := a.h.Glob(p)
		sort.Strings(m)
		return m
	}
	if a.h.Exists(p) {
		return []string{p}
	}
	if a.h.Glob != nil { // a directory: every file in it
		m := a.h.Glob(p + "/*")
		sort.Strings(m)
		return m
	}
	return nil
}

func (a *apacheConf) readJkMountFile(p string) {
	if !a.h.Exists(p) {
		a.f.note("%s: JkMountFile not collected", p)
		return
	}
	text, ok := a.f.readText(a.h, p)
	if !ok {
		return
	}
	for _, pr := range parseProperties(text) {
		if strings.HasPrefix(pr.Key, "!") || strings.HasPrefix(pr.Key, "-") {
			continue
		}
		a.jkMounts = append(a.jkMounts, apacheRef{target: pr.Value, ev: ev(p, pr.Line)})
	}
}

// resolve turns the collected references into targets.
func (a *apacheConf) resolve() {
	for _, r := range a.proxies {
		if strings.HasPrefix(strings.ToLower(r.target), "balancer://") {
			name := balancerName(r.target)
			a.f.name(a.id, name)
			members := a.balancers[name]
			if len(members) == 0 {
				a.f.note("%s:%d: balancer %s has no members", r.ev.Path, r.ev.Line, name)
			}
			for _, m := range members {
				a.target(m, r.ev)
			}
			continue
		}
		if b, ok := backendFromURL(r.target, r.ev); ok {
			a.target(b, inventory.Evidence{})
		}
	}
	if len(a.jkMounts) > 0 {
		workers := map[string]*jkWorker{}
		for _, wf := range a.jkFiles {
			readWorkers(a.h, a.f, wf, workers)
		}
		for _, l := range a.jkProps {
			addWorkerProp(workers, l.key, l.value, l.ev)
		}
		if len(a.jkFiles) == 0 && len(a.jkProps) == 0 {
			for _, wf := range []string{path.Join(a.serverRoot, "conf", "workers.properties"), path.Join(a.serverRoot, "conf.d", "workers.properties")} {
				if a.h.Exists(wf) {
					readWorkers(a.h, a.f, wf, workers)
				}
			}
		}
		done := map[string]bool{}
		for _, m := range a.jkMounts {
			if done[m.target] {
				continue
			}
			done[m.target] = true
			a.f.name(a.id, m.target)
			if workers[m.target] == nil {
				a.f.note("%s:%d: mod_jk worker %s not defined in a collected workers file", m.ev.Path, m.ev.Line, m.target)
				continue
			}
			for _, b := range jkBackends(workers, m.target, 0) {
				a.target(b, m.ev)
			}
		}
	}
	a.weblogic()
	for _, r := range a.plugins {
		a.websphere(r.target, r.ev)
	}
}

func (a *apacheConf) target(b apacheBackend, extra inventory.Evidence) {
	evs := appendEvidence([]inventory.Evidence{b.ev}, extra)
	a.f.target(inventory.Target{From: a.id, Host: b.host, Port: b.port, Protocol: b.proto, Tier: inventory.TierWAS, Evidence: evs})
}

// websphere reads the IBM WAS plug-in's plugin-cfg.xml: every
// ServerCluster/Server/Transport is a backend.
func (a *apacheConf) websphere(p string, directive inventory.Evidence) {
	if !a.h.Exists(p) {
		a.f.note("%s: WebSpherePluginConfig not collected", p)
		return
	}
	text, ok := a.f.readText(a.h, p)
	if !ok {
		return
	}
	root := a.f.xml(p, text)
	if root == nil {
		return
	}
	for _, cl := range root.all("servercluster") {
		a.f.name(a.id, cl.attr("name"))
		for _, srv := range cl.all("server") {
			for _, tr := range srv.kidsNamed("transport") {
				port := atoiPort(tr.attr("port"))
				host := tr.attr("hostname")
				proto := strings.ToLower(tr.attr("protocol"))
				if port == 0 || host == "" || (proto != "http" && proto != "https") {
					continue
				}
				a.f.target(inventory.Target{From: a.id, Host: host, Port: port, Protocol: proto, Product: "websphere",
					Tier: inventory.TierWAS, Evidence: []inventory.Evidence{ev(p, tr.Line), directive}})
			}
		}
	}
}

// weblogic reads mod_wl: WebLogicHost/Port pairs and WebLogicCluster.
func (a *apacheConf) weblogic() {
	var host string
	var hostEv inventory.Evidence
	for _, r := range a.wl {
		k, v, _ := strings.Cut(r.target, "=")
		switch k {
		case "weblogichost":
			host, hostEv = v, r.ev
		case "weblogicport":
			if p := atoiPort(v); p > 0 && host != "" {
				a.f.target(inventory.Target{From: a.id, Host: host, Port: p, Protocol: "http", Product: "weblogic",
					Tier: inventory.TierWAS, Evidence: appendEvidence([]inventory.Evidence{hostEv}, r.ev)})
			}
		case "weblogiccluster":
			for _, hp := range strings.Split(v, ",") {
				h, p := splitHostPort(hp)
				if h == "" {
					continue
				}
				if p == 0 {
					p = weblogicDefaultPort
				}
				a.f.target(inventory.Target{From: a.id, Host: h, Port: p, Protocol: "http", Product: "weblogic",
					Tier: inventory.TierWAS, Evidence: []inventory.Evidence{r.ev}})
			}
		}
	}
}

// apacheFields splits a directive line into words, honouring quotes.
func apacheFields(s string) []string {
	var out []string
	var cur strings.Builder
	quote := byte(0)
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else {
				cur.WriteByte(c)
			}
		case c == '"' || c == '\'':
			quote = c
			inWord = true
		case c == ' ' || c == '\t':
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '#' && !inWord:
			return out
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out
}

func inSection(stack []apacheSection, kinds ...string) bool {
	for _, s := range stack {
		for _, k := range kinds {
			if s.kind == k {
				return true
			}
		}
	}
	return false
}

func innermost(stack []apacheSection, kind string) *apacheSection {
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i].kind == kind {
			return &stack[i]
		}
	}
	return nil
}

func balancerName(u string) string {
	n := u[len("balancer://"):]
	n, _, _ = strings.Cut(n, "/")
	return strings.ToLower(n)
}

// backendFromURL reads a proxy URL (http, https, ajp, h2c, ws, fcgi)
// into a backend; credentials and paths are dropped.
func backendFromURL(raw string, e inventory.Evidence) (apacheBackend, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return apacheBackend{}, false
	}
	scheme := strings.ToLower(u.Scheme)
	proto, def := "", 0
	switch scheme {
	case "http", "ws", "h2c":
		proto, def = "http", 80
	case "https", "wss", "h2":
		proto, def = "https", 443
	case "ajp":
		proto, def = "ajp", 8009
	case "fcgi", "scgi", "uwsgi", "grpc":
		proto = "tcp"
	default:
		return apacheBackend{}, false
	}
	host := u.Hostname()
	if host == "" || strings.ContainsAny(host, "$%{") {
		return apacheBackend{}, false
	}
	port := atoiPort(u.Port())
	if port == 0 {
		port = def
	}
	return apacheBackend{proto: proto, host: host, port: port, ev: e}, true
}

// jkWorker is one mod_jk worker after reading workers.properties.
type jkWorker struct {
	props map[string]string
	lines map[string]inventory.Evidence
	lb    []string
}

// readWorkers reads a workers.properties into workers (worker.<name>.<key>).
func readWorkers(h *inventory.HostContext, f *findings, p string, workers map[string]*jkWorker) {
	if !h.Exists(p) {
		f.note("%s: JkWorkersFile not collected", p)
		return
	}
	text, ok := f.readText(h, p)
	if !ok {
		return
	}
	for _, pr := range parseProperties(text) {
		addWorkerProp(workers, pr.Key, pr.Value, ev(p, pr.Line))
	}
}

// jkLine is one worker property and where it is written.
type jkLine struct {
	key, value string
	ev         inventory.Evidence
}

// addWorkerProp records worker.<name>.<key>=value (from a workers file
// or a JkWorkerProperty directive).
func addWorkerProp(workers map[string]*jkWorker, k, value string, e inventory.Evidence) {
	if !strings.HasPrefix(k, "worker.") {
		return
	}
	rest := k[len("worker."):]
	i := strings.LastIndex(rest, ".")
	if i <= 0 {
		return // worker.list and the like
	}
	name, key := rest[:i], strings.ToLower(rest[i+1:])
	w := workers[name]
	if w == nil {
		w = &jkWorker{props: map[string]string{}, lines: map[string]inventory.Evidence{}}
		workers[name] = w
	}
	switch key {
	case "balance_workers", "balanced_workers":
		for _, m := range strings.Split(value, ",") {
			if m = strings.TrimSpace(m); m != "" {
				w.lb = append(w.lb, m)
			}
		}
		w.lines["balance_workers"] = e
	default:
		w.props[key] = value
		w.lines[key] = e
	}
}

// jkProp reads a worker property through the reference chain.
func jkProp(workers map[string]*jkWorker, name, key string, depth int) (string, inventory.Evidence, bool) {
	w := workers[name]
	if w == nil || depth > 8 {
		return "", inventory.Evidence{}, false
	}
	if v, ok := w.props[key]; ok {
		return v, w.lines[key], true
	}
	if ref, ok := w.props["reference"]; ok {
		return jkProp(workers, strings.TrimPrefix(ref, "worker."), key, depth+1)
	}
	return "", inventory.Evidence{}, false
}

// jkBackends resolves a worker to its AJP/HTTP backends (lb members).
func jkBackends(workers map[string]*jkWorker, name string, depth int) []apacheBackend {
	w := workers[name]
	if w == nil || depth > 8 {
		return nil
	}
	typ, _, _ := jkProp(workers, name, "type", 0)
	switch strings.ToLower(typ) {
	case "lb":
		members := w.lb
		if len(members) == 0 {
			if ref, ok := w.props["reference"]; ok {
				if rw := workers[strings.TrimPrefix(ref, "worker.")]; rw != nil {
					members = rw.lb
				}
			}
		}
		var out []apacheBackend
		for _, m := range members {
			out = append(out, jkBackends(workers, m, depth+1)...)
		}
		return out
	case "status":
		return nil
	}
	host, hev, _ := jkProp(workers, name, "host", 0)
	if host == "" {
		host = "localhost"
	}
	port, pev, ok := jkProp(workers, name, "port", 0)
	p := atoiPort(port)
	if !ok || p == 0 {
		p = 8009
	}
	e := hev
	if e.Path == "" {
		e = pev
	}
	if e.Path == "" {
		// Neither host nor port is written (both defaulted): cite the
		// worker's first property instead.
		for _, l := range w.lines {
			if e.Path == "" || l.Path < e.Path || (l.Path == e.Path && l.Line < e.Line) {
				e = l
			}
		}
	}
	return []apacheBackend{{proto: "ajp", host: host, port: p, ev: e}}
}

// rewriteProxy reports whether RewriteRule flags include P (proxy).
func rewriteProxy(flags string) bool {
	flags = strings.Trim(flags, "[]")
	for _, f := range strings.Split(flags, ",") {
		if f = strings.ToUpper(strings.TrimSpace(f)); f == "P" || f == "PROXY" {
			return true
		}
	}
	return false
}
