// Package jdbc parses JDBC connection URLs into the vendor, the database
// endpoints and the database name they point at. It understands the forms
// Korean public-sector systems use (Oracle thin with SID, service, EZConnect,
// DESCRIPTION and TNS aliases; Tibero incl. TAC descriptors; CUBRID with
// althosts; Altibase; MySQL/MariaDB multi-host; PostgreSQL; SQL Server and
// jTDS; DB2; Goldilocks) and strips the log4jdbc/p6spy wrappers.
//
// User names, passwords and every other URL property are parsed only to be
// dropped: a URL never carries a credential into the result.
package jdbc

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Endpoint is one database address a URL names.
type Endpoint struct {
	// Host is the host as written (name or IP; IPv6 without brackets); ""
	// when the URL names none (local connection).
	Host string `json:"host"`
	// Port is the port as written, or the vendor's default port.
	Port int `json:"port"`
}

// URL is what a JDBC URL tells about its database. It never holds user
// names, passwords or properties.
type URL struct {
	// Vendor comes from the URL scheme, never from the port: oracle,
	// tibero, cubrid, altibase, mysql, mariadb, postgresql, sqlserver,
	// sybase, db2, goldilocks, h2, hsqldb, derby, or the raw sub-protocol.
	Vendor string `json:"vendor"`
	// Endpoints are every address the URL lists (RAC, TAC, failover,
	// replication, althosts), in URL order.
	Endpoints []Endpoint `json:"endpoints"`
	// Database is the SID, service name or database name.
	Database string `json:"database,omitempty"`
	// Alias is an Oracle TNS alias (jdbc:oracle:thin:@ALIAS) that must be
	// resolved through tnsnames.ora; Endpoints is then empty.
	Alias string `json:"alias,omitempty"`
	// Embedded marks in-memory or file databases (H2, HSQLDB, Derby) that
	// have no network endpoint.
	Embedded bool `json:"embedded,omitempty"`
}

// ErrNotJDBC is returned for strings that do not start with "jdbc:".
var ErrNotJDBC = errors.New("not a jdbc url")

// ErrDirectoryNaming is returned for Oracle/Tibero URLs that look the
// database up in an LDAP directory (jdbc:oracle:thin:@ldap://...): the
// address in the URL is the directory's, not the database's.
var ErrDirectoryNaming = errors.New("jdbc url names its database through an ldap directory")

// defaultPorts are the vendors' default listener ports.
var defaultPorts = map[string]int{
	"oracle":     1521,
	"tibero":     8629,
	"cubrid":     33000,
	"altibase":   20300,
	"mysql":      3306,
	"mariadb":    3306,
	"postgresql": 5432,
	"sqlserver":  1433,
	"sybase":     5000,
	"db2":        50000,
	"goldilocks": 22581,
	"h2":         9092,
	"hsqldb":     9001,
	"derby":      1527,
	"informix":   9088,
}

// DefaultPort is the default listener port of vendor, or 0 when unknown.
func DefaultPort(vendor string) int { return defaultPorts[vendor] }

// wrappers are logging/proxy drivers whose URL wraps the real one.
var wrappers = []string{"log4jdbc:", "p6spy:", "log4jdbc-log4j2:", "tracing:", "otel:"}

// Parse reads a JDBC URL. Surrounding quotes and spaces are ignored.
func Parse(raw string) (URL, error) {
	s := strings.TrimSpace(raw)
	s = strings.Trim(s, "\"'")
	s = strings.TrimSpace(s)
	if len(s) < 5 || !strings.EqualFold(s[:5], "jdbc:") {
		return URL{}, ErrNotJDBC
	}
	s = s[5:]
	for stripped := true; stripped; {
		stripped = false
		for _, w := range wrappers {
			if len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) {
				s = s[len(w):]
				stripped = true
			}
		}
		// log4jdbc writes "jdbc:log4jdbc:jdbc:..." in some setups.
		if len(s) >= 5 && strings.EqualFold(s[:5], "jdbc:") {
			s = s[5:]
			stripped = true
		}
	}
	sub, rest, _ := cutAny(s, ":")
	sub = strings.ToLower(sub)
	var (
		u   URL
		err error
	)
	switch {
	case sub == "oracle" || sub == "tibero":
		u, err = parseOracleLike(sub, rest)
	case sub == "cubrid":
		u, err = parseCUBRID(rest)
	case sub == "sqlserver" || sub == "microsoft":
		u, err = parseSQLServer(strings.TrimPrefix(rest, "sqlserver:"))
	case sub == "jtds":
		u, err = parseJTDS(rest)
	case sub == "h2" || sub == "hsqldb" || sub == "derby":
		u, err = parseEmbedded(sub, rest)
	case sub == "mysql+srv" || sub == "mysqlx":
		u, err = parseHostURL("mysql", rest)
	case sub == "postgres" || sub == "pgsql":
		u, err = parseHostURL("postgresql", rest)
	case sub == "":
		return URL{}, fmt.Errorf("jdbc url has no sub-protocol")
	default:
		u, err = parseHostURL(sub, rest)
	}
	if err != nil {
		return URL{}, err
	}
	for i := range u.Endpoints {
		u.Endpoints[i].Host = cleanName(u.Endpoints[i].Host)
		if u.Endpoints[i].Port == 0 {
			u.Endpoints[i].Port = DefaultPort(u.Vendor)
		}
	}
	u.Alias = cleanName(u.Alias)
	u.Database = cleanDatabase(u.Database, u.Embedded)
	return u, nil
}

// cleanName keeps only the name of a host or alias field. Some URLs carry
// credentials or properties where their syntax has no room for them
// ("jdbc:sqlserver://sa:pw@h", a second "?password=" after CUBRID
// althosts): a name never holds '@', and what follows ';', '?' or '&' is
// properties. Found by fuzzing with a password marker.
func cleanName(s string) string {
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.IndexAny(s, ";?&"); i >= 0 {
		s = s[:i]
	}
	return s
}

// cleanDatabase keeps only the name part of a database field: property
// syntaxes (DB2 "db:user=x;", Informix "db:INFORMIXSERVER=x") must not
// carry user names or passwords into the result.
func cleanDatabase(db string, embedded bool) string {
	cut := "=;&?@ \t"
	if !embedded { // H2 "mem:name" and "file:/path" keep their colon
		cut += ":"
	}
	if i := strings.IndexAny(db, cut); i >= 0 {
		db = db[:i]
	}
	return db
}

// cutAny splits s at the first of the separator bytes.
func cutAny(s, seps string) (before, after string, found bool) {
	if i := strings.IndexAny(s, seps); i >= 0 {
		return s[:i], s[i+1:], true
	}
	return s, "", false
}

// parsePort reads a decimal port; placeholders and junk give 0.
func parsePort(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, true
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 || n > 65535 {
		return 0, false
	}
	return n, true
}

// splitHostPort splits "h:p", "[v6]:p", "h" and bare IPv6.
func splitHostPort(s string) (string, int, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "[") {
		end := strings.Index(s, "]")
		if end < 0 {
			return "", 0, fmt.Errorf("unclosed [ in host %q", s)
		}
		host := s[1:end]
		rest := s[end+1:]
		if rest == "" {
			return host, 0, nil
		}
		if rest[0] != ':' {
			return "", 0, fmt.Errorf("bad host %q", s)
		}
		p, ok := parsePort(rest[1:])
		if !ok {
			return "", 0, fmt.Errorf("bad port in %q", s)
		}
		return host, p, nil
	}
	if strings.Count(s, ":") > 1 { // bare IPv6
		return s, 0, nil
	}
	h, ps, found := strings.Cut(s, ":")
	if !found {
		return h, 0, nil
	}
	p, ok := parsePort(ps)
	if !ok {
		return "", 0, fmt.Errorf("bad port in %q", s)
	}
	return h, p, nil
}

// splitTop splits s at sep outside parentheses and brackets.
func splitTop(s string, sep byte) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case sep:
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// vendorModes are the MySQL/MariaDB connection modes written after the
// sub-protocol (jdbc:mysql:loadbalance://).
var vendorModes = map[string]bool{
	"loadbalance": true, "replication": true, "sequential": true, "failover": true, "aurora": true, "thin": true,
}

// parseHostURL reads "//authority/db?props" style URLs (MySQL, MariaDB,
// PostgreSQL, Altibase, DB2, Goldilocks and unknown vendors).
func parseHostURL(vendor, rest string) (URL, error) {
	u := URL{Vendor: vendor}
	if vendor == "mariadb" || vendor == "mysql" || vendor == "altibase" {
		if mode, r, ok := strings.Cut(rest, ":"); ok && vendorModes[strings.ToLower(mode)] {
			rest = r
		}
	}
	if !strings.HasPrefix(rest, "//") {
		// jdbc:postgresql:db, jdbc:db2:alias — a local database name.
		db, _, _ := cutAny(rest, "?;")
		if strings.ContainsAny(db, ":/@") {
			return URL{}, fmt.Errorf("jdbc:%s url without //host", vendor)
		}
		u.Database = db
		u.Endpoints = []Endpoint{{Host: ""}}
		return u, nil
	}
	rest = rest[2:]
	// Authority ends at the first '/', '?' or ';' outside parentheses.
	end := len(rest)
	depth := 0
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if c == '(' || c == '[' {
			depth++
		} else if (c == ')' || c == ']') && depth > 0 {
			depth--
		} else if depth == 0 && (c == '/' || c == '?' || c == ';') {
			end = i
			break
		}
	}
	auth, tail := rest[:end], rest[end:]
	// Drop user:password@ — the last '@' outside parentheses ends it.
	if at := lastTop(auth, '@'); at >= 0 {
		auth = auth[at+1:]
	}
	// [h1:p1,h2:p2] wraps a host list; [::1]:p is an IPv6 literal.
	if strings.HasPrefix(auth, "[") && strings.HasSuffix(auth, "]") && strings.Contains(auth, ",") {
		auth = auth[1 : len(auth)-1]
	}
	for _, h := range splitTop(auth, ',') {
		h = strings.TrimSpace(h)
		if h == "" {
			continue
		}
		if strings.HasPrefix(h, "(") || strings.HasPrefix(strings.ToLower(h), "address=") {
			ep, ok := addressEndpoint(h)
			if ok {
				u.Endpoints = append(u.Endpoints, ep)
			}
			continue
		}
		host, port, err := splitHostPort(h)
		if err != nil {
			return URL{}, fmt.Errorf("jdbc:%s: %w", vendor, err)
		}
		u.Endpoints = append(u.Endpoints, Endpoint{Host: host, Port: port})
	}
	if len(u.Endpoints) == 0 {
		u.Endpoints = []Endpoint{{Host: ""}}
	}
	if strings.HasPrefix(tail, "/") {
		db, _, _ := cutAny(tail[1:], "?;")
		u.Database = db
	}
	if u.Database == "" && strings.HasPrefix(tail, ";") {
		// DB2 / Informix style ;databaseName=
		u.Database = semicolonProps(tail)["databasename"]
	}
	return u, nil
}

// lastTop is the index of the last sep outside parentheses, or -1.
func lastTop(s string, sep byte) int {
	idx, depth := -1, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case sep:
			if depth == 0 {
				idx = i
			}
		}
	}
	return idx
}

// addressEndpoint reads MySQL's address=(host=h)(port=p)(key=v) form.
func addressEndpoint(s string) (Endpoint, bool) {
	var kv []pair
	if strings.HasPrefix(s, "(") && strings.Count(s, "(") == 1 {
		// (host=h,port=p,key=v) key-value form.
		for _, f := range strings.Split(strings.Trim(s, "()"), ",") {
			if k, v, ok := strings.Cut(f, "="); ok {
				kv = append(kv, pair{strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)})
			}
		}
	} else {
		kv = parenPairs(s)
	}
	host := firstOf(kv, "host")
	if host == "" {
		return Endpoint{}, false
	}
	p, _ := parsePort(firstOf(kv, "port"))
	return Endpoint{Host: host, Port: p}, true
}

// pair is one (KEY=value) of a descriptor, key lower-cased.
type pair struct{ key, value string }

// parenPairs lists every innermost (KEY=value) of a descriptor in order.
// Values are trimmed; nested structure is flattened, which is all the
// host/port/service scan needs.
func parenPairs(s string) []pair {
	var out []pair
	for i := 0; i < len(s); i++ {
		if s[i] != '(' {
			continue
		}
		j := i + 1
		for j < len(s) && s[j] != '(' && s[j] != ')' {
			j++
		}
		if j < len(s) && s[j] == ')' {
			if k, v, ok := strings.Cut(s[i+1:j], "="); ok {
				out = append(out, pair{strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)})
			}
		}
	}
	return out
}

func firstOf(ps []pair, key string) string {
	for _, p := range ps {
		if p.key == key {
			return p.value
		}
	}
	return ""
}

// Descriptor reads an Oracle/Tibero connect descriptor
// "(DESCRIPTION=(ADDRESS_LIST=(ADDRESS=(HOST=h)(PORT=p))...)(CONNECT_DATA=...))":
// each ADDRESS (or Tibero INSTANCE) group gives one endpoint, and the
// service is SERVICE_NAME, SID, DATABASE_NAME or DB_NAME. A missing port is
// left 0 for the caller's default.
func Descriptor(s string) (endpoints []Endpoint, database string) {
	for _, g := range addressGroups(s) {
		ps := parenPairs(g)
		if h := unbracket(firstOf(ps, "host")); h != "" {
			p, _ := parsePort(firstOf(ps, "port"))
			endpoints = append(endpoints, Endpoint{Host: h, Port: p})
		}
	}
	ps := parenPairs(s)
	if len(endpoints) == 0 {
		// No ADDRESS groups: pair each HOST with the next PORT.
		for i, p := range ps {
			if p.key != "host" {
				continue
			}
			ep := Endpoint{Host: unbracket(p.value)}
			for _, q := range ps[i+1:] {
				if q.key == "host" {
					break
				}
				if q.key == "port" {
					ep.Port, _ = parsePort(q.value)
					break
				}
			}
			endpoints = append(endpoints, ep)
		}
	}
	for _, p := range ps {
		switch p.key {
		case "service_name", "sid", "database_name", "db_name":
			if database == "" {
				database = p.value
			}
		}
	}
	return endpoints, database
}

// addressGroups returns the text of every (ADDRESS=...) and
// (INSTANCE=...) group, matched by parenthesis depth. The matching ')' of
// every '(' is found in one pass and groups nested in a group are skipped:
// rescanning from each '(' was quadratic on corrupt or hostile descriptors
// (tens of kilobytes of nested or unclosed "(ADDRESS=" took seconds).
func addressGroups(s string) []string {
	closeAt := map[int]int{}
	var open []int
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			open = append(open, i)
		case ')':
			if len(open) > 0 {
				closeAt[open[len(open)-1]] = i
				open = open[:len(open)-1]
			}
		}
	}
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != '(' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
			j++
		}
		var kw string
		for _, k := range []string{"address", "instance"} {
			if len(s)-j >= len(k) && strings.EqualFold(s[j:j+len(k)], k) {
				kw = k
				break
			}
		}
		if kw == "" {
			continue
		}
		k := j + len(kw)
		for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		if k >= len(s) || s[k] != '=' {
			continue // ADDRESS_LIST and the like
		}
		if e, ok := closeAt[i]; ok {
			out = append(out, s[i:e+1])
			i = e
		}
	}
	return out
}

// parseOracleLike reads the part after "jdbc:oracle:" or "jdbc:tibero:".
func parseOracleLike(vendor, rest string) (URL, error) {
	u := URL{Vendor: vendor}
	// driver type: thin, oci, oci8, kprb.
	if dt, r, ok := strings.Cut(rest, ":"); ok && !strings.ContainsAny(dt, "@/(") {
		rest = r
	}
	// user/password@ before the connect string is dropped; a password may
	// itself hold '@', so the last one before any descriptor counts.
	head := rest
	if i := strings.Index(rest, "("); i >= 0 {
		head = rest[:i]
	}
	at := strings.LastIndex(head, "@")
	if at < 0 && !strings.HasPrefix(strings.TrimSpace(rest), "(") {
		return URL{}, fmt.Errorf("jdbc:%s url without @", vendor)
	}
	cs := strings.TrimSpace(rest[at+1:])
	if strings.HasPrefix(cs, "(") {
		eps, db := Descriptor(cs)
		if len(eps) == 0 {
			return URL{}, fmt.Errorf("jdbc:%s descriptor names no HOST", vendor)
		}
		u.Endpoints, u.Database = eps, db
		return u, nil
	}
	// EZConnect: [tcp[s]://]h1[,h2][:port][/service][:server][/instance][?props]
	lower := strings.ToLower(cs)
	if strings.HasPrefix(lower, "ldap://") || strings.HasPrefix(lower, "ldaps://") {
		return URL{}, ErrDirectoryNaming
	}
	ez := false
	for _, p := range []string{"//", "tcp://", "tcps://"} {
		if strings.HasPrefix(lower, p) {
			cs = cs[len(p):]
			ez = true
			break
		}
	}
	cs, _, _ = cutAny(cs, "?")
	if !ez && !strings.ContainsAny(cs, ":/") {
		if cs == "" {
			return URL{}, fmt.Errorf("jdbc:%s url has an empty connect string", vendor)
		}
		u.Alias = cs
		return u, nil
	}
	hostsPart, svc, hasSlash := cutIPv6Aware(cs)
	if !ez && !hasSlash {
		// host:port:SID (also Tibero host:port:dbname)
		fields := splitColonsIPv6(cs)
		switch len(fields) {
		case 3:
			p, ok := parsePort(fields[1])
			if !ok {
				return URL{}, fmt.Errorf("jdbc:%s: bad port %q", vendor, fields[1])
			}
			u.Endpoints = []Endpoint{{Host: fields[0], Port: p}}
			u.Database = fields[2]
			return u, nil
		case 2:
			h, p, err := splitHostPort(cs)
			if err != nil {
				return URL{}, fmt.Errorf("jdbc:%s: %w", vendor, err)
			}
			u.Endpoints = []Endpoint{{Host: h, Port: p}}
			return u, nil
		default:
			return URL{}, fmt.Errorf("jdbc:%s: unrecognised connect string", vendor)
		}
	}
	// The port may follow the whole host list: h1,h2:1521.
	hosts := splitTop(hostsPart, ',')
	var lastPort int
	for i := len(hosts) - 1; i >= 0; i-- {
		h, p, err := splitHostPort(hosts[i])
		if err != nil {
			return URL{}, fmt.Errorf("jdbc:%s: %w", vendor, err)
		}
		if p == 0 {
			p = lastPort
		} else {
			lastPort = p
		}
		u.Endpoints = append([]Endpoint{{Host: h, Port: p}}, u.Endpoints...)
	}
	// service[:server][/instance]
	svc, _, _ = cutAny(svc, ":/")
	u.Database = svc
	return u, nil
}

// cutIPv6Aware cuts s at the first '/' outside brackets.
func cutIPv6Aware(s string) (before, after string, found bool) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '/':
			if depth == 0 {
				return s[:i], s[i+1:], true
			}
		}
	}
	return s, "", false
}

// splitColonsIPv6 splits at ':' outside brackets.
func splitColonsIPv6(s string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case ':':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	out = append(out, s[start:])
	for i := range out {
		out[i] = strings.Trim(out[i], "[]")
	}
	return out
}

// parseCUBRID reads "host:port:db:[user]:[password]:[?props]". The user
// and password fields are skipped without being looked at; althosts adds
// the HA brokers.
func parseCUBRID(rest string) (URL, error) {
	u := URL{Vendor: "cubrid"}
	main, props, _ := strings.Cut(rest, "?")
	fields := strings.Split(main, ":")
	if len(fields) < 3 {
		return URL{}, fmt.Errorf("jdbc:cubrid url needs host:port:db")
	}
	p, ok := parsePort(fields[1])
	if !ok {
		return URL{}, fmt.Errorf("jdbc:cubrid: bad port %q", fields[1])
	}
	host := fields[0]
	if host == "" {
		host = "localhost"
	}
	u.Endpoints = []Endpoint{{Host: host, Port: p}}
	u.Database = fields[2]
	for _, kv := range strings.Split(props, "&") {
		k, v, _ := strings.Cut(kv, "=")
		if !strings.EqualFold(strings.TrimSpace(k), "althosts") {
			continue
		}
		for _, hp := range strings.Split(v, ",") {
			if strings.TrimSpace(hp) == "" {
				continue
			}
			h, p, err := splitHostPort(hp)
			if err != nil {
				return URL{}, fmt.Errorf("jdbc:cubrid althosts: %w", err)
			}
			u.Endpoints = append(u.Endpoints, Endpoint{Host: h, Port: p})
		}
	}
	return u, nil
}

// semicolonProps reads ";k=v;k2=v2" into a map with lower-cased keys. The
// caller picks the keys it needs; user and password are never read from it.
func semicolonProps(s string) map[string]string {
	m := map[string]string{}
	for _, kv := range strings.Split(s, ";") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		switch k {
		case "databasename", "database", "servername", "portnumber", "port", "instancename":
			m[k] = strings.TrimSpace(v)
		}
	}
	if _, ok := m["databasename"]; !ok {
		if v, ok := m["database"]; ok {
			m["databasename"] = v
		}
	}
	return m
}

// parseSQLServer reads "//host[\instance][:port][;props]".
func parseSQLServer(rest string) (URL, error) {
	u := URL{Vendor: "sqlserver"}
	if !strings.HasPrefix(rest, "//") {
		return URL{}, fmt.Errorf("jdbc:sqlserver url without //")
	}
	rest = rest[2:]
	hp, props, _ := strings.Cut(rest, ";")
	m := semicolonProps(props)
	hp, _, _ = strings.Cut(hp, "/")
	host, inst, _ := strings.Cut(hp, "\\")
	port := 0
	if inst != "" {
		i, p, found := strings.Cut(inst, ":")
		inst = i
		if found {
			port, _ = parsePort(p)
		}
	} else {
		h, p, err := splitHostPort(host)
		if err != nil {
			return URL{}, fmt.Errorf("jdbc:sqlserver: %w", err)
		}
		host, port = h, p
	}
	if host == "" {
		host = m["servername"]
	}
	if port == 0 {
		if p, ok := parsePort(m["portnumber"]); ok && p > 0 {
			port = p
		} else if p, ok := parsePort(m["port"]); ok {
			port = p
		}
	}
	if inst == "" {
		inst = m["instancename"]
	}
	u.Endpoints = []Endpoint{{Host: host, Port: port}}
	u.Database = m["databasename"]
	if u.Database == "" && inst != "" {
		u.Database = inst
	}
	return u, nil
}

// parseJTDS reads "sqlserver://h[:p][/db][;props]" or "sybase://...".
func parseJTDS(rest string) (URL, error) {
	kind, r, _ := strings.Cut(rest, ":")
	vendor := "sqlserver"
	if strings.EqualFold(kind, "sybase") {
		vendor = "sybase"
	}
	if !strings.HasPrefix(r, "//") {
		return URL{}, fmt.Errorf("jdbc:jtds url without //")
	}
	r = r[2:]
	main, props, _ := strings.Cut(r, ";")
	hp, db, _ := strings.Cut(main, "/")
	h, p, err := splitHostPort(hp)
	if err != nil {
		return URL{}, fmt.Errorf("jdbc:jtds: %w", err)
	}
	if db == "" {
		db = semicolonProps(props)["databasename"]
	}
	return URL{Vendor: vendor, Endpoints: []Endpoint{{Host: h, Port: p}}, Database: db}, nil
}

// parseEmbedded reads H2/HSQLDB/Derby URLs: in-memory and file databases
// have no endpoint; tcp/hsql/http server modes do.
func parseEmbedded(vendor, rest string) (URL, error) {
	lower := strings.ToLower(rest)
	for _, p := range []string{"tcp:", "ssl:", "hsql:", "hsqls:", "http:", "https:"} {
		if strings.HasPrefix(lower, p) {
			u, err := parseHostURL(vendor, rest[len(p):])
			if err != nil {
				return URL{}, err
			}
			u.Database, _, _ = cutAny(u.Database, ";")
			return u, nil
		}
	}
	if vendor == "derby" && strings.HasPrefix(rest, "//") {
		return parseHostURL(vendor, rest)
	}
	db, _, _ := cutAny(rest, ";?")
	return URL{Vendor: vendor, Database: db, Embedded: true}, nil
}

// unbracket drops the brackets of an IPv6 HOST ("[fd00::7]" -> "fd00::7"),
// as Endpoint.Host holds IPv6 without them.
func unbracket(h string) string {
	if strings.HasPrefix(h, "[") && strings.HasSuffix(h, "]") {
		return h[1 : len(h)-1]
	}
	return h
}
