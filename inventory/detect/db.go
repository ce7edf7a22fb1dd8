package detect

import (
	"context"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/cnready/cnready/inventory"
	"github.com/cnready/cnready/inventory/jdbc"
)

// ---- Oracle ----

func oracleDetector() inventory.Detector {
	return funcDetector{name: "oracle", match: matchOracle, detect: detectOracle}
}

func matchOracle(p string) bool {
	switch baseLower(p) {
	case "oratab", "listener.ora":
		return !skipPath(p)
	}
	return false
}

// oraEntry is one top-level NAME = (...) entry of listener.ora or
// tnsnames.ora.
type oraEntry struct {
	Names []string
	Body  string
	body  strings.Builder // Body while the entry is read
	Line  int
	// PortLines are the lines holding (PORT=...), in order.
	PortLines []int
	// Endpoints and Service come from the body's address list.
	Endpoints []jdbc.Endpoint
	Service   string
}

var oraNameRE = regexp.MustCompile(`^([A-Za-z0-9_.,\s-]+?)\s*=\s*(.*)$`)
var oraPortRE = regexp.MustCompile(`(?i)\(\s*PORT\s*=`)

// parseOraEntries splits listener.ora/tnsnames.ora into entries. An entry
// starts with "NAME =" at paren depth 0; its body runs until the depth is
// back to 0 after the first '('.
func parseOraEntries(text string) []oraEntry {
	var out []oraEntry
	var cur *oraEntry
	depth := 0
	for i, raw := range lines(text) {
		line := raw
		if j := strings.Index(line, "#"); j >= 0 {
			line = line[:j]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if depth == 0 {
			if m := oraNameRE.FindStringSubmatch(strings.TrimSpace(line)); m != nil && !strings.HasPrefix(strings.TrimSpace(line), "(") {
				out = append(out, oraEntry{Line: i + 1})
				cur = &out[len(out)-1]
				for _, n := range strings.Split(m[1], ",") {
					if n = strings.TrimSpace(n); n != "" {
						cur.Names = append(cur.Names, n)
					}
				}
				line = m[2]
			}
		}
		if cur == nil {
			continue
		}
		// A builder: appending to Body was quadratic for one huge entry.
		cur.body.WriteString(line)
		cur.body.WriteByte('\n')
		if oraPortRE.MatchString(line) {
			cur.PortLines = append(cur.PortLines, i+1)
		}
		depth += strings.Count(line, "(") - strings.Count(line, ")")
		if depth < 0 {
			depth = 0
		}
	}
	for i := range out {
		out[i].Body = out[i].body.String()
		out[i].body.Reset()
		out[i].Endpoints, out[i].Service = jdbc.Descriptor(out[i].Body)
	}
	return out
}

var sidDescRE = regexp.MustCompile(`(?i)SID_DESC\b`)
var globalRE = regexp.MustCompile(`(?i)\(\s*GLOBAL_DBNAME\s*=\s*([^)\s]+)\s*\)`)
var sidRE = regexp.MustCompile(`(?i)\(\s*SID_NAME\s*=\s*([^)\s]+)\s*\)`)
var programRE = regexp.MustCompile(`(?i)\(\s*PROGRAM\s*=\s*([^)\s]+)\s*\)`)

// oraListener is what one listener.ora says: the addresses of each
// listener and the instances each SID_LIST_<listener> serves.
type oraListener struct {
	// addrs and ev are every listener's addresses and where they are
	// written; byName holds them per listener (upper-case name).
	addrs  []string
	ev     []inventory.Evidence
	byName map[string]*oraAddrs
	// sids are the database instances, in order; external-procedure
	// agents (PLSExtProc, CLRExtProc, any PROGRAM = extproc) are not.
	sids []oraSID
	// bySID indexes sids by upper-case name.
	bySID map[string]int
}

type oraAddrs struct {
	addrs []string
	ev    []inventory.Evidence
}

// oraSID is one SID_DESC of a SID_LIST.
type oraSID struct {
	name, global, listener string
}

// readOraListener reads listener.ora at p.
func readOraListener(h *inventory.HostContext, f *findings, p string) *oraListener {
	l := &oraListener{byName: map[string]*oraAddrs{}, bySID: map[string]int{}}
	text, ok := f.readText(h, p)
	if !ok {
		return l
	}
	for _, e := range parseOraEntries(text) {
		for _, name := range e.Names {
			name = strings.ToUpper(name)
			if lst, ok := strings.CutPrefix(name, "SID_LIST_"); ok {
				for _, d := range sidDescRE.Split(e.Body, -1)[1:] {
					sn := sidRE.FindStringSubmatch(d)
					if sn == nil {
						continue
					}
					if prog := programRE.FindStringSubmatch(d); prog != nil && strings.Contains(strings.ToLower(prog[1]), "extproc") ||
						strings.Contains(strings.ToLower(sn[1]), "extproc") {
						f.note("%s:%d: %s is an external-procedure agent, not a database", p, e.Line, sn[1])
						continue
					}
					s := oraSID{name: sn[1], listener: lst}
					if g := globalRE.FindStringSubmatch(d); g != nil {
						s.global = g[1]
					}
					if _, dup := l.bySID[strings.ToUpper(s.name)]; !dup {
						l.bySID[strings.ToUpper(s.name)] = len(l.sids)
						l.sids = append(l.sids, s)
					}
				}
				continue
			}
			a := &oraAddrs{}
			for k, ep := range e.Endpoints {
				if ep.Port == 0 {
					ep.Port = 1521
				}
				line := e.Line
				if k < len(e.PortLines) {
					line = e.PortLines[k]
				}
				a.addrs = f.appendBounded(a.addrs, "listen addresses of a listener", listenAddr(ep.Host, ep.Port))
				a.ev = append(a.ev, ev(p, line))
			}
			if len(a.addrs) > 0 {
				l.byName[name] = a
				l.addrs = f.appendBounded(l.addrs, "listen addresses of a listener", a.addrs...)
				l.ev = append(l.ev, a.ev...)
			}
		}
	}
	return l
}

// of returns the addresses serving sid: its own listener's when a
// SID_LIST names it, else every listener's.
func (l *oraListener) of(sid string) ([]string, []inventory.Evidence, string) {
	if i, ok := l.bySID[strings.ToUpper(sid)]; ok {
		s := l.sids[i]
		if a := l.byName[s.listener]; a != nil {
			return a.addrs, a.ev, s.global
		}
		return l.addrs, l.ev, s.global
	}
	return l.addrs, l.ev, ""
}

func detectOracle(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	var listeners []string
	for _, p := range paths {
		if baseLower(p) == "listener.ora" {
			listeners = append(listeners, p)
		}
	}
	cache := map[string]*oraListener{}
	readListener := func(p string) *oraListener {
		if l, ok := cache[p]; !ok {
			cache[p] = readOraListener(h, f, p)
		} else {
			return l
		}
		return cache[p]
	}
	instance := func(id, sid, home string, l *oraListener, e inventory.Evidence) {
		c := inventory.Component{ID: id, Tier: inventory.TierDB, Product: "oracle",
			Version: oracleVersion(home), Evidence: []inventory.Evidence{e}}
		global := ""
		if l != nil {
			var addrs []string
			var evs []inventory.Evidence
			addrs, evs, global = l.of(sid)
			c.Listen = append(c.Listen, addrs...)
			c.Evidence = append(c.Evidence, evs...)
		}
		if len(c.Listen) == 0 {
			c.Listen = []string{listenAddr("", 1521)}
		}
		f.component(c)
		if sid != "" {
			f.name(id, sid, global)
		}
	}
	covered := map[string]bool{}
	for _, p := range paths {
		if baseLower(p) != "oratab" {
			continue
		}
		text, ok := f.readText(h, p)
		if !ok {
			continue
		}
		for i, line := range lines(text) {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			fs := strings.Split(line, ":")
			if len(fs) < 2 {
				continue
			}
			sid, home := strings.TrimSpace(fs[0]), strings.TrimSpace(fs[1])
			// ASM, the management DB and wildcard lines are not instances.
			if sid == "" || sid == "*" || strings.HasPrefix(sid, "+") || strings.HasPrefix(sid, "-") {
				continue
			}
			lp := rel("", home) + "/network/admin/listener.ora"
			var l *oraListener
			if h.Exists != nil && h.Exists(lp) {
				l = readListener(lp)
				covered[lp] = true
			} else if len(listeners) == 1 {
				l = readListener(listeners[0])
				covered[listeners[0]] = true
			}
			instance("oracle:"+sid, sid, home, l, ev(p, i+1))
		}
	}
	// listener.ora without oratab: the instances come from SID_LIST, else
	// from the ORACLE_HOME the file sits in.
	for _, p := range listeners {
		if covered[p] {
			continue
		}
		l := readListener(p)
		home := strings.TrimSuffix(path.Dir(p), "/network/admin")
		if len(l.addrs) == 0 && len(l.sids) == 0 {
			continue
		}
		first := ev(p, 1)
		if len(l.ev) > 0 {
			first = l.ev[0]
		}
		n := 0
		for _, s := range l.sids {
			if !strings.HasPrefix(s.name, "+") {
				instance("oracle:"+s.name, s.name, home, l, first)
				n++
			}
		}
		if n == 0 {
			instance("oracle:"+abs(home), "", home, l, first)
		}
	}
	return f.result()
}

var oraVerRE = regexp.MustCompile(`(?i)/(\d{1,2}(?:\.\d+){1,3})(?:/|$)|/(\d{1,2})c(?:/|$)`)

// oracleVersion reads the version from an ORACLE_HOME such as
// /u01/app/oracle/product/19.0.0/dbhome_1 or .../12c/db_1.
func oracleVersion(home string) string {
	m := oraVerRE.FindStringSubmatch("/" + strings.Trim(home, "/") + "/")
	if m == nil {
		return ""
	}
	if m[1] != "" {
		return m[1]
	}
	return m[2] + "c"
}

// TNSEntry is one tnsnames.ora alias: the addresses and service it names.
type TNSEntry struct {
	Endpoints []jdbc.Endpoint
	Service   string
	Line      int
}

// ParseTNSNames reads a tnsnames.ora into its aliases (upper-cased, also
// without their domain: "MINWON.WORLD" answers to "MINWON" too). Missing
// ports become 1521.
func ParseTNSNames(text string) map[string]TNSEntry {
	out := map[string]TNSEntry{}
	for _, e := range parseOraEntries(text) {
		t := TNSEntry{Service: e.Service, Line: e.Line}
		for _, ep := range e.Endpoints {
			if ep.Port == 0 {
				ep.Port = 1521
			}
			t.Endpoints = append(t.Endpoints, ep)
		}
		if len(t.Endpoints) == 0 {
			continue
		}
		for _, n := range e.Names {
			n = strings.ToUpper(n)
			out[n] = t
			if short, _, ok := strings.Cut(n, "."); ok {
				if _, dup := out[short]; !dup {
					out[short] = t
				}
			}
		}
	}
	return out
}

// tnsResolver resolves TNS aliases against every tnsnames.ora on a host,
// reading them once.
type tnsResolver struct {
	h      *inventory.HostContext
	loaded bool
	files  []string
	data   []map[string]TNSEntry
}

func (r *tnsResolver) resolve(alias string) (TNSEntry, string, bool) {
	if !r.loaded {
		r.loaded = true
		for _, p := range findFiles(r.h, isTNSNames) {
			text, err := readText(r.h, p)
			if err != nil {
				continue
			}
			r.files = append(r.files, p)
			r.data = append(r.data, ParseTNSNames(text))
		}
	}
	a := strings.ToUpper(alias)
	for i, m := range r.data {
		if e, ok := m[a]; ok {
			return e, r.files[i], true
		}
	}
	return TNSEntry{}, "", false
}

// ---- Tibero ----

func tiberoDetector() inventory.Detector {
	return funcDetector{name: "tibero", match: matchTibero, detect: detectTibero}
}

func matchTibero(p string) bool {
	return strings.HasSuffix(strings.ToLower(p), ".tip") && hasSegment(path.Dir(p), "config") && !skipPath(p)
}

func detectTibero(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	for _, p := range paths {
		text, ok := f.readText(h, p)
		if !ok {
			continue
		}
		ps := parseProperties(text)
		name, ok := ps.getFold("DB_NAME")
		// A tip without DB_NAME or LISTENER_PORT is a client/psm file.
		port, hasPort := ps.getFold("LISTENER_PORT")
		if !ok && !hasPort {
			continue
		}
		sid := strings.TrimSuffix(path.Base(p), path.Ext(p))
		if sid == "" {
			sid = strings.Trim(name.Value, `"`)
		}
		c := inventory.Component{ID: "tibero:" + sid, Tier: inventory.TierDB, Product: "tibero",
			Version: versionInPath(p, "tibero"), Evidence: []inventory.Evidence{}}
		if ok {
			c.Evidence = append(c.Evidence, ev(p, name.Line))
		}
		pn := 8629
		if hasPort {
			if n := atoiPort(stripInline(port.Value)); n > 0 {
				pn = n
			}
			c.Evidence = append(c.Evidence, ev(p, port.Line))
		}
		c.Listen = []string{listenAddr("", pn)}
		f.component(c)
		if ok {
			dbName := strings.Trim(stripInline(name.Value), `"`)
			f.name(c.ID, dbName)
			tiberoAliases(h, f, c.ID, path.Dir(path.Dir(p)), dbName, pn)
		}
	}
	return f.result()
}

// tiberoAliases adds the tbdsn.tbr aliases of this database (same
// DB_NAME and port) as names of the component.
func tiberoAliases(h *inventory.HostContext, f *findings, id, home, dbName string, port int) {
	for _, tb := range []string{path.Join(home, "client", "config", "tbdsn.tbr"), path.Join(home, "config", "tbdsn.tbr")} {
		if !h.Exists(tb) {
			continue
		}
		text, err := readText(h, tb)
		if err != nil {
			continue
		}
		for _, e := range parseOraEntries(text) {
			if !strings.EqualFold(e.Service, dbName) {
				continue
			}
			for _, ep := range e.Endpoints {
				if ep.Port == port || ep.Port == 0 {
					f.name(id, e.Names...)
					f.listen(id, ev(tb, e.Line))
					break
				}
			}
		}
	}
}

// ---- CUBRID ----

func cubridDetector() inventory.Detector {
	return funcDetector{name: "cubrid", match: matchCUBRID, detect: detectCUBRID}
}

func matchCUBRID(p string) bool {
	switch baseLower(p) {
	case "cubrid.conf", "cubrid_broker.conf":
		return !skipPath(p)
	}
	return false
}

func detectCUBRID(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	homes := map[string]bool{}
	var order []string
	for _, p := range paths {
		home := path.Dir(path.Dir(p)) // $CUBRID/conf/x.conf
		if !homes[home] {
			homes[home] = true
			order = append(order, home)
		}
	}
	for _, home := range order {
		id := "cubrid:" + abs(home)
		c := inventory.Component{ID: id, Tier: inventory.TierDB, Product: "cubrid", Version: versionInPath(home, "cubrid")}
		conf := path.Join(home, "conf", "cubrid.conf")
		broker := path.Join(home, "conf", "cubrid_broker.conf")
		if h.Exists(conf) {
			if text, err := readText(h, conf); err == nil {
				port := 1523
				line := 1
				if p, ok := parseINI(text).get("cubrid_port_id"); ok && atoiPort(p.Value) > 0 {
					port, line = atoiPort(p.Value), p.Line
				}
				c.Listen = append(c.Listen, listenAddr("", port))
				c.Evidence = append(c.Evidence, ev(conf, line))
			}
		}
		if h.Exists(broker) {
			if text, err := readText(h, broker); err == nil {
				ps := parseINI(text)
				// A broker counts unless SERVICE=OFF; BROKER_PORT per section.
				type brk struct {
					port, line int
					off        bool
				}
				bs := map[string]*brk{}
				var names []string
				for _, p := range ps {
					if p.Section == "" || p.Section == "broker" || p.Key == "[" {
						continue
					}
					b := bs[p.Section]
					if b == nil {
						b = &brk{}
						bs[p.Section] = b
						names = append(names, p.Section)
					}
					switch p.Key {
					case "broker_port":
						b.port, b.line = atoiPort(p.Value), p.Line
					case "service":
						b.off = strings.EqualFold(p.Value, "off")
					}
				}
				for _, n := range names {
					if b := bs[n]; b.port > 0 && !b.off {
						c.Listen = f.appendBounded(c.Listen, "listen addresses of a component", listenAddr("", b.port))
						c.Evidence = append(c.Evidence, ev(broker, b.line))
					}
				}
			}
		}
		if len(c.Evidence) == 0 {
			continue
		}
		f.component(c)
		// databases.txt names the databases this install serves.
		for _, dt := range []string{path.Join(home, "databases", "databases.txt"), path.Join(home, "databases.txt")} {
			if !h.Exists(dt) {
				continue
			}
			text, err := readText(h, dt)
			if err != nil {
				continue
			}
			for i, l := range lines(text) {
				l = strings.TrimSpace(l)
				if l == "" || l[0] == '#' {
					continue
				}
				fs := strings.Fields(l)
				f.name(id, fs[0])
				f.listen(id, ev(dt, i+1))
			}
		}
	}
	return f.result()
}

// ---- Altibase ----

func altibaseDetector() inventory.Detector {
	return funcDetector{name: "altibase", match: func(p string) bool {
		return baseLower(p) == "altibase.properties" && !skipPath(p)
	}, detect: detectAltibase}
}

func detectAltibase(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	for _, p := range paths {
		text, ok := f.readText(h, p)
		if !ok {
			continue
		}
		ps := parseProperties(text)
		home := path.Dir(path.Dir(p))
		id := "altibase:" + abs(home)
		c := inventory.Component{ID: id, Tier: inventory.TierDB, Product: "altibase", Version: versionInPath(home, "altibase")}
		port, line := 20300, 1
		if v, ok := ps.getFold("PORT_NO"); ok && atoiPort(stripInline(v.Value)) > 0 {
			port, line = atoiPort(stripInline(v.Value)), v.Line
		}
		c.Listen = []string{listenAddr("", port)}
		c.Evidence = []inventory.Evidence{ev(p, line)}
		f.component(c)
		if v, ok := ps.getFold("DB_NAME"); ok {
			f.name(id, stripInline(v.Value))
			f.listen(id, ev(p, v.Line))
		}
	}
	return f.result()
}

// ---- MySQL / MariaDB ----

func mysqlDetector() inventory.Detector {
	return funcDetector{name: "mysql", match: matchMySQL, detect: detectMySQL}
}

func matchMySQL(p string) bool {
	if !strings.HasSuffix(strings.ToLower(p), ".cnf") || skipPath(p) {
		return false
	}
	b := baseLower(p)
	if b == "my.cnf" || b == "mariadb.cnf" {
		return true
	}
	if strings.HasSuffix(b, ".cnf") {
		d := strings.ToLower(path.Base(path.Dir(p)))
		return d == "my.cnf.d" || d == "conf.d" && strings.Contains(strings.ToLower(p), "mysql") ||
			d == "mysql.conf.d" || d == "mariadb.conf.d"
	}
	return false
}

// mysqlServerSections are the my.cnf groups the server reads.
func mysqlServerSection(s string) bool {
	return s == "mysqld" || s == "server" || s == "mariadb" || s == "mariadbd" || s == "galera" ||
		strings.HasPrefix(s, "mysqld-") || strings.HasPrefix(s, "mariadb-") || strings.HasPrefix(s, "mysqld") && !strings.HasPrefix(s, "mysqld_safe") && !strings.HasPrefix(s, "mysqldump")
}

func detectMySQL(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	visited := map[string]bool{}
	type state struct {
		ports    []int
		binds    []string
		ev       []inventory.Evidence
		datadir  string
		mariadb  bool
		isServer bool
	}
	var walk func(p string, st *state, depth int)
	walk = func(p string, st *state, depth int) {
		if visited[p] || depth > 8 {
			return
		}
		visited[p] = true
		if strings.Contains(strings.ToLower(p), "mariadb") {
			st.mariadb = true
		}
		text, ok := f.readText(h, p)
		if !ok {
			return
		}
		for _, pr := range parseINI(text) {
			switch pr.Key {
			case "!include":
				walk(rel(path.Dir(p), pr.Value), st, depth+1)
				continue
			case "!includedir":
				dir := rel(path.Dir(p), pr.Value)
				var inc []string
				if h.Glob != nil {
					inc = h.Glob(path.Join(dir, "*.cnf"))
				}
				sort.Strings(inc)
				for _, q := range inc {
					walk(q, st, depth+1)
				}
				continue
			}
			if !mysqlServerSection(pr.Section) {
				continue
			}
			if strings.HasPrefix(pr.Section, "mariadb") || pr.Section == "galera" {
				st.mariadb = true
			}
			switch pr.Key {
			case "[":
				st.isServer = true
				st.ev = append(st.ev, ev(p, pr.Line))
			case "port":
				if n := atoiPort(pr.Value); n > 0 {
					st.ports = append(st.ports, n)
					st.ev = append(st.ev, ev(p, pr.Line))
				}
			case "bind_address":
				for _, a := range strings.Split(pr.Value, ",") {
					st.binds = append(st.binds, strings.TrimSpace(a))
				}
				st.ev = append(st.ev, ev(p, pr.Line))
			case "datadir":
				st.datadir = pr.Value
			}
		}
	}
	run := func(p string) {
		st := &state{}
		walk(p, st, 0)
		if !st.isServer {
			return
		}
		product := "mysql"
		if st.mariadb {
			product = "mariadb"
		}
		dd := st.datadir
		if dd == "" {
			dd = "/var/lib/mysql"
		}
		c := inventory.Component{ID: product + ":" + abs(rel("", dd)), Tier: inventory.TierDB, Product: product, Evidence: st.ev}
		if product == "mariadb" {
			c.Version = dpkgVersion(h, "mariadb-server", "mariadb-server-core")
		} else {
			c.Version = dpkgVersion(h, "mysql-server", "mysql-server-8.0", "mysql-server-core-8.0")
		}
		if len(st.ports) == 0 {
			st.ports = []int{3306}
		}
		if len(st.binds) == 0 {
			st.binds = []string{""}
		}
		for _, b := range st.binds {
			for _, pt := range st.ports {
				if len(c.Listen) >= maxListen {
					break // bounded: a hostile file could ask for millions
				}
				c.Listen = append(c.Listen, listenAddr(b, pt))
			}
		}
		f.component(c)
	}
	// my.cnf files first (they include the rest), then stray .cnf files.
	for _, p := range paths {
		if b := baseLower(p); b == "my.cnf" {
			run(p)
		}
	}
	for _, p := range paths {
		if !visited[p] {
			run(p)
		}
	}
	return f.result()
}

// ---- PostgreSQL ----

func postgresDetector() inventory.Detector {
	return funcDetector{name: "postgresql", match: func(p string) bool {
		return baseLower(p) == "postgresql.conf" && !skipPath(p)
	}, detect: detectPostgres}
}

var pgVerRE = regexp.MustCompile(`(?i)(?:^|/)(?:pgsql-?|postgresql-?|pg|as|epas-?)?(\d{1,2}(?:\.\d+)?)(?:/|$)`)

func detectPostgres(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	for _, p := range paths {
		text, ok := f.readText(h, p)
		if !ok {
			continue
		}
		dir := path.Dir(p)
		ps := pgInclude(h, p, "", parseINI(text), map[string]bool{p: true})
		dataDir := dir
		if v, ok := ps.get("data_directory"); ok {
			dataDir = rel(dir, v.Value)
		}
		// ALTER SYSTEM writes postgresql.auto.conf in the data
		// directory (which Debian keeps apart from /etc), and it wins.
		for _, d := range []string{dataDir, dir} {
			auto := path.Join(d, "postgresql.auto.conf")
			if !h.Exists(auto) {
				continue
			}
			if at, err := readText(h, auto); err == nil {
				for _, pr := range parseINI(at) {
					pr.Section = auto
					ps = append(ps, pr)
				}
			}
			break
		}
		c := inventory.Component{ID: "postgresql:" + abs(dataDir), Tier: inventory.TierDB, Product: "postgresql"}
		for _, d := range []string{dataDir, dir} {
			if vf := path.Join(d, "PG_VERSION"); h.Exists(vf) {
				if b, err := readText(h, vf); err == nil {
					c.Version = strings.TrimSpace(b)
					break
				}
			}
		}
		if c.Version == "" {
			if m := pgVerRE.FindStringSubmatch(dir); m != nil {
				c.Version = m[1]
			}
		}
		port, portLine := 5432, 0
		if v, ok := ps.get("port"); ok && atoiPort(v.Value) > 0 {
			port, portLine = atoiPort(v.Value), v.Line
			c.Evidence = append(c.Evidence, ev(pgFile(p, v), portLine))
		}
		addrs := []string{"localhost"}
		if v, ok := ps.get("listen_addresses"); ok {
			addrs = nil
			for _, a := range strings.Split(v.Value, ",") {
				if a = strings.TrimSpace(a); a != "" {
					addrs = append(addrs, a)
				}
			}
			c.Evidence = append(c.Evidence, ev(pgFile(p, v), v.Line))
		}
		for _, a := range addrs {
			c.Listen = append(c.Listen, listenAddr(a, port))
		}
		if len(c.Evidence) == 0 {
			c.Evidence = []inventory.Evidence{ev(p, 1)}
		}
		f.component(c)
	}
	return f.result()
}

// ---- SQL Server on Linux ----

func mssqlDetector() inventory.Detector {
	return funcDetector{name: "sqlserver", match: func(p string) bool {
		return baseLower(p) == "mssql.conf" && !skipPath(p)
	}, detect: detectMSSQL}
}

func detectMSSQL(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	for _, p := range paths {
		text, ok := f.readText(h, p)
		if !ok {
			continue
		}
		ps := parseINI(text)
		c := inventory.Component{ID: "sqlserver:" + abs(path.Dir(p)), Tier: inventory.TierDB, Product: "sqlserver"}
		port, host := 1433, ""
		for _, pr := range ps {
			if pr.Section != "network" {
				continue
			}
			switch pr.Key {
			case "tcpport":
				if n := atoiPort(pr.Value); n > 0 {
					port = n
					c.Evidence = append(c.Evidence, ev(p, pr.Line))
				}
			case "ipaddress":
				host = pr.Value
				c.Evidence = append(c.Evidence, ev(p, pr.Line))
			}
		}
		if len(c.Evidence) == 0 {
			c.Evidence = []inventory.Evidence{ev(p, 1)}
		}
		c.Listen = []string{listenAddr(host, port)}
		f.component(c)
	}
	return f.result()
}

// pgFile is the file a postgresql setting came from (Section holds the
// path of an included file or of postgresql.auto.conf).
func pgFile(conf string, v prop) string {
	if v.Section != "" {
		return v.Section
	}
	return conf
}

// pgInclude expands include, include_if_exists and include_dir in
// place, as the server reads them: later settings win. Included
// settings carry their file in Section (src, "" for the main file;
// postgresql.conf has no [sections]). Each file is read once, so
// include loops end.
func pgInclude(h *inventory.HostContext, conf, src string, ps props, seen map[string]bool) props {
	var out props
	for _, pr := range ps {
		var files []string
		switch pr.Key {
		case "include", "include_if_exists":
			files = []string{rel(path.Dir(conf), pr.Value)}
		case "include_dir":
			d := rel(path.Dir(conf), pr.Value)
			files = h.Glob(path.Join(d, "*.conf"))
			sort.Strings(files)
		default:
			pr.Section = src
			out = append(out, pr)
			continue
		}
		for _, fp := range files {
			if seen[fp] || !h.Exists(fp) {
				continue
			}
			seen[fp] = true
			text, err := readText(h, fp)
			if err != nil {
				continue
			}
			out = append(out, pgInclude(h, fp, fp, parseINI(text), seen)...)
		}
	}
	return out
}
