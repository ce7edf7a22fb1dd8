// Package detect holds the product detectors of the inventory scanner:
// Web servers (Apache httpd/IHS, nginx, WebtoB), WAS (Tomcat, JEUS,
// WebLogic, JBoss/WildFly, WebSphere, Spring Boot, eGovFrame
// applications) and DBMS (Oracle, Tibero, CUBRID, Altibase,
// MySQL/MariaDB, PostgreSQL, SQL Server).
//
// Each detector reads one host's configuration files through an
// inventory.HostContext and reports components, their listeners and the
// outbound references (Targets) that the scanner turns into links. Every
// claim carries the path and line that prove it; no line text and no
// secret ever reaches the findings.
//
// Component ids are host-local and stable:
//
//	httpd:<ServerRoot>            nginx:<conf dir, or its parent for .../conf>
//	webtob:<WEBTOBDIR>            tomcat:<CATALINA_BASE, or /etc/tomcatN>
//	jeus:<domain>/servers/<name>  jeus:<JEUS_HOME>/config/<node> (JEUS 6)
//	weblogic:<domain>/servers/<name>
//	jboss:<.../standalone|domain|server/<profile>>
//	websphere:<profile>/servers/<name>
//	springboot:<app dir>          egovframe:<app dir>  webapp:<app dir>
//	oracle:<SID>                  tibero:<SID>         cubrid:<CUBRID home>
//	altibase:<home>               mysql|mariadb:<datadir>
//	postgresql:<data dir>         sqlserver:<mssql dir>
//
// Findings.Names lists what else a component answers to: WebtoB *SERVER
// names of JSV groups (JEUS registration ids), Tomcat jvmRoute, proxy
// balancer, nginx upstream and mod_jk worker names, Oracle SID and
// GLOBAL_DBNAME, Tibero/CUBRID/Altibase database names, jar names.
// Application files (globals.properties, application.yml, jdbc.properties)
// report their JDBC targets from the WAS that runs them when the layout
// shows it (webapps/, JEUS servers/, Tomcat docBase, JEUS
// deployed-application path).
package detect

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cnready/cnready/internal/sets"
	"github.com/cnready/cnready/inventory"
)

// All returns every detector in a fixed order: web, was, db.
func All() []inventory.Detector {
	return []inventory.Detector{
		httpdDetector(),
		nginxDetector(),
		webtobDetector(),
		tomcatDetector(),
		jeusDetector(),
		weblogicDetector(),
		jbossDetector(),
		websphereDetector(),
		springDetector(),
		egovDetector(),
		oracleDetector(),
		tiberoDetector(),
		cubridDetector(),
		altibaseDetector(),
		mysqlDetector(),
		postgresDetector(),
		mssqlDetector(),
	}
}

// funcDetector adapts a name and two functions to inventory.Detector.
type funcDetector struct {
	name   string
	match  func(p string) bool
	detect func(ctx context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error)
}

func (d funcDetector) Name() string        { return d.name }
func (d funcDetector) Match(p string) bool { return d.match(p) }
func (d funcDetector) Detect(ctx context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f, err := d.detect(ctx, h, paths)
	if f.Names != nil && len(f.Names) == 0 {
		f.Names = nil
	}
	return f, err
}

// findings accumulates one detector's results for a host.
type findings struct {
	inventory.Findings
	h       *inventory.HostContext
	index   map[string]int    // component id -> position
	targets map[targetKey]int // target -> position
	capped  map[string]bool   // bounds reached, noted
	dropped int               // notes past maxNotes
}

func newFindings(h *inventory.HostContext) *findings {
	return &findings{Findings: inventory.Findings{Names: map[string][]string{}}, h: h, index: map[string]int{}}
}

// fill fills the template placeholders of s from the host's environment;
// ok is false when some are left.
func (f *findings) fill(s string) (string, bool) {
	var env func(string) (string, bool)
	if f.h != nil {
		env = f.h.Env
	}
	return inventory.ExpandPlaceholders(s, env)
}

// Bounds of what one detector reports for a host. Real servers stay far
// below them; a hostile or broken file (700,000 Listen lines, 100,000
// SIDs) would otherwise make a scan quadratic in time or memory. What is
// left out is noted once.
const (
	maxComponents = 1000
	maxListen     = 256 // listen addresses, names, evidence per component
	maxTargets    = 5000
)

// limited notes, once per kind, that a bound was reached.
func (f *findings) limited(what string, max int) {
	if f.capped == nil {
		f.capped = map[string]bool{}
	}
	if !f.capped[what] {
		f.capped[what] = true
		f.note("more than %d %s; the rest are not listed", max, what)
	}
}

// appendBounded adds v to s (once each, up to maxListen entries), noting
// what is left out.
func (f *findings) appendBounded(s []string, what string, v ...string) []string {
	for _, x := range v {
		if len(s) >= maxListen {
			if !slices.Contains(s, x) {
				f.limited(what, maxListen)
			}
			return s
		}
		s = sets.AppendUnique(s, x)
	}
	return s
}

// component adds c or merges it into the component of the same id.
func (f *findings) component(c inventory.Component) {
	if i, ok := f.index[c.ID]; ok {
		old := &f.Components[i]
		old.Listen = f.appendBounded(old.Listen, "listen addresses of a component", c.Listen...)
		old.Evidence = f.evidence(old.Evidence, c.Evidence...)
		if old.Version == "" {
			old.Version = c.Version
		}
		return
	}
	if len(f.Components) >= maxComponents {
		f.limited("components", maxComponents)
		return
	}
	c.Listen = f.appendBounded([]string{}, "listen addresses of a component", c.Listen...)
	c.Evidence = f.evidence(nil, c.Evidence...)
	f.index[c.ID] = len(f.Components)
	f.Components = append(f.Components, c)
}

// evidence adds proofs to a component's, up to maxListen.
func (f *findings) evidence(s []inventory.Evidence, v ...inventory.Evidence) []inventory.Evidence {
	if len(s)+len(v) > maxListen {
		f.limited("proofs of a component", maxListen)
		v = v[:max(0, min(len(v), maxListen-len(s)))]
	}
	return appendEvidence(s, v...)
}

func (f *findings) has(id string) bool { _, ok := f.index[id]; return ok }

// listen adds listeners and evidence to an existing component.
func (f *findings) listen(id string, e inventory.Evidence, addrs ...string) {
	if i, ok := f.index[id]; ok {
		f.Components[i].Listen = f.appendBounded(f.Components[i].Listen, "listen addresses of a component", addrs...)
		f.Components[i].Evidence = f.evidence(f.Components[i].Evidence, e)
	}
}

// targetKey is what makes two targets the same.
type targetKey struct {
	from, host, protocol, product, database, registration string
	port                                                  int
	declared, reverse                                     bool
}

// target adds t, merging it into an equal target found elsewhere.
func (f *findings) target(t inventory.Target) {
	k := targetKey{t.From, t.Host, t.Protocol, t.Product, t.Database, t.Registration, t.Port, t.Declared, t.Reverse}
	if i, ok := f.targets[k]; ok {
		o := &f.Targets[i]
		if len(o.Evidence) < maxListen {
			o.Evidence = appendEvidence(o.Evidence, t.Evidence...)
		}
		return
	}
	if len(f.Targets) >= maxTargets {
		f.limited("connection targets", maxTargets)
		return
	}
	if f.targets == nil {
		f.targets = map[targetKey]int{}
	}
	f.targets[k] = len(f.Targets)
	f.Targets = append(f.Targets, t)
}

func (f *findings) name(id string, names ...string) {
	for _, n := range names {
		if n != "" {
			f.Names[id] = f.appendBounded(f.Names[id], "names of a component", n)
		}
	}
}

// maxNotes bounds the notes of one detector on a host: past it, they are
// counted, not kept (a file of 300,000 broken lines is one problem).
const maxNotes = 200

func (f *findings) note(format string, args ...any) {
	if len(f.Notes) >= maxNotes {
		f.dropped++
		return
	}
	f.Notes = append(f.Notes, fmt.Sprintf(format, args...))
}

// readText reads p as text, reporting false when it cannot. The host's
// reader notes every file it refuses or fails to read, so the only failure
// noted here is a file that is not there ("not collected"): one note per
// problem file.
func (f *findings) readText(h *inventory.HostContext, p string) (string, bool) {
	text, err := readText(h, p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			f.note("%s: not collected", p)
		}
		return "", false
	}
	return text, true
}

// port reads a port number written at e: def when nothing is written, a
// placeholder filled from the host's environment, and known false (with
// a note) when the value is an unresolved placeholder or no port at all:
// a default must not stand in for a value that was meant to be there.
func (f *findings) port(v string, def int, e inventory.Evidence, what string) (int, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return def, def > 0
	}
	if n := atoiPort(v); n > 0 {
		return n, true
	}
	filled, ok := f.fill(v)
	if n := atoiPort(filled); ok && n > 0 {
		return n, true
	}
	if !ok {
		f.note("%s:%d: unresolved placeholder %s in the %s; port unknown", e.Path, e.Line, v, what)
	} else {
		f.note("%s:%d: the %s is not a port number; port unknown", e.Path, e.Line, what)
	}
	return 0, false
}

// xml parses p's text, noting a syntax error (nil is returned) or that
// the document was too large to keep whole (the part kept is returned).
func (f *findings) xml(p, text string) *xnode {
	root, err := parseXML(text)
	if err != nil {
		f.note("%s: %v", p, err)
		return nil
	}
	if root.Truncated > 0 {
		f.note("%s:%d: more than %d xml elements; the rest is not read", p, root.Truncated, maxXMLElements)
	}
	return root
}

func (f *findings) result() (inventory.Findings, error) {
	if f.dropped > 0 {
		f.Notes = append(f.Notes, fmt.Sprintf("%d more notes like these are not listed", f.dropped))
	}
	for i := range f.Components {
		f.Components[i].Evidence = inventory.SortEvidence(f.Components[i].Evidence)
	}
	return f.Findings, nil
}

func appendEvidence(s []inventory.Evidence, v ...inventory.Evidence) []inventory.Evidence {
	for _, x := range v {
		if x.Path == "" {
			continue
		}
		found := false
		for _, y := range s {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			s = append(s, x)
		}
	}
	return s
}

func ev(p string, line int) inventory.Evidence {
	if line < 1 {
		line = 1
	}
	return inventory.Evidence{Path: p, Line: line}
}

// clean makes text readable by line-oriented parsers: it drops a UTF-8
// BOM and replaces bytes that are not UTF-8 (EUC-KR comments) so that
// XML and YAML decoders accept the file. Byte offsets of ASCII text and
// line numbers are kept.
func clean(b []byte) string {
	b = trimBOM(b)
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "?")
}

func trimBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		return b[3:]
	}
	return b
}

// lines splits text into lines without their CR/LF.
func lines(s string) []string {
	ls := strings.Split(s, "\n")
	for i, l := range ls {
		ls[i] = strings.TrimRight(l, "\r")
	}
	if n := len(ls); n > 0 && ls[n-1] == "" {
		ls = ls[:n-1]
	}
	return ls
}

// rel turns a path written in a config file into a host-relative path:
// absolute paths lose their leading slash, relative ones are joined to
// base (itself host-relative).
func rel(base, p string) string {
	p = strings.TrimSpace(strings.Trim(strings.TrimSpace(p), `"'`))
	p = strings.ReplaceAll(p, `\`, "/")
	if strings.HasPrefix(p, "/") {
		return strings.TrimPrefix(path.Clean(p), "/")
	}
	return path.Clean(path.Join(base, p))
}

// abs is the server-side absolute form of a host-relative path, used in
// component ids ("tomcat:/opt/tomcat9").
func abs(p string) string {
	if p == "." || p == "" {
		return "/"
	}
	return "/" + strings.TrimPrefix(path.Clean(p), "/")
}

// listenAddr formats a listener: "*:80", "10.1.1.5:1521", "[::1]:8009".
func listenAddr(host string, port int) string {
	host = strings.Trim(strings.TrimSpace(host), "[]")
	switch host {
	case "", "*", "0.0.0.0", "::", "0:0:0:0:0:0:0:0":
		if host == "0.0.0.0" {
			return "0.0.0.0:" + strconv.Itoa(port)
		}
		return "*:" + strconv.Itoa(port)
	}
	if strings.Contains(host, ":") {
		return "[" + host + "]:" + strconv.Itoa(port)
	}
	return host + ":" + strconv.Itoa(port)
}

// atoiPort parses a port number; 0 when it is not one.
func atoiPort(s string) int {
	n, err := strconv.Atoi(strings.TrimSpace(strings.Trim(strings.TrimSpace(s), `"'`)))
	if err != nil || n <= 0 || n > 65535 {
		return 0
	}
	return n
}

// splitHostPort splits "h:p", "[v6]:p", ":p" or "p"; port 0 if absent.
func splitHostPort(s string) (string, int) {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), `"'`))
	if p := atoiPort(s); p > 0 && !strings.Contains(s, ":") {
		return "", p
	}
	if strings.HasPrefix(s, "[") {
		if end := strings.Index(s, "]"); end > 0 {
			h := s[1:end]
			if strings.HasPrefix(s[end+1:], ":") {
				return h, atoiPort(s[end+2:])
			}
			return h, 0
		}
	}
	if strings.Count(s, ":") > 1 {
		return s, 0
	}
	h, p, ok := strings.Cut(s, ":")
	if !ok {
		return s, 0
	}
	return h, atoiPort(p)
}

// versionInPath finds a product version in an install path, e.g.
// "opt/apache-tomcat-9.0.80" -> "9.0.80" for the prefix "tomcat".
func versionInPath(p string, prefixes ...string) string {
	for _, seg := range strings.Split(strings.ToLower(p), "/") {
		for _, pre := range prefixes {
			i := strings.Index(seg, pre)
			if i < 0 {
				continue
			}
			rest := strings.TrimLeft(seg[i+len(pre):], "-_ v")
			if m := versionRE.FindString(rest); m != "" && strings.HasPrefix(rest, m) {
				return m
			}
		}
	}
	return ""
}

var versionRE = regexp.MustCompile(`^\d+(\.\d+){0,3}`)

// baseLower is the lower-cased last element of p.
func baseLower(p string) string { return strings.ToLower(path.Base(p)) }

// hasSegment reports whether p contains the directory element seg
// (case-insensitive).
func hasSegment(p, seg string) bool {
	for _, s := range strings.Split(p, "/") {
		if strings.EqualFold(s, seg) {
			return true
		}
	}
	return false
}

// skipSuffixes and skipDirs mark backup copies and samples that would
// double-count; the forms are precomputed because Match runs for every
// file of every tree.
var (
	skipSuffixes = []string{".bak", ".orig", ".old", ".sample", ".example", ".dist", ".rpmnew", ".rpmsave", "~", ".swp"}
	skipInfixes  = []string{".bak.", ".orig.", ".old.", ".dpkg-", ".rpmsave.", ".sample."}
	skipDirs     = []string{"/samples/", "/sample/", "/examples/", "/original/", "/backup/", "/bak/", "/src/test/", "/test-classes/", "/share/doc/", "/share/man/"}
)

// skipPath rejects backup copies and samples that would double-count.
func skipPath(p string) bool {
	l := strings.ToLower(p)
	for _, s := range skipSuffixes {
		if strings.HasSuffix(l, s) {
			return true
		}
	}
	base := l[strings.LastIndexByte(l, '/')+1:]
	for _, s := range skipInfixes {
		if strings.Contains(base, s) {
			return true
		}
	}
	for _, d := range skipDirs {
		if strings.Contains(l, d) || strings.HasPrefix(l, d[1:]) {
			return true
		}
	}
	return false
}

// readText reads a host file and cleans it for parsing.
func readText(h *inventory.HostContext, p string) (string, error) {
	b, err := h.ReadFile(p)
	if err != nil {
		return "", err
	}
	return clean(b), nil
}

// dpkgVersion looks a package up in var/lib/dpkg/status (a text file on
// Debian/Ubuntu) and returns its upstream version, or "".
func dpkgVersion(h *inventory.HostContext, pkgs ...string) string {
	const status = "var/lib/dpkg/status"
	if h.Exists == nil || !h.Exists(status) {
		return ""
	}
	text, err := readText(h, status)
	if err != nil {
		return ""
	}
	want := map[string]bool{}
	for _, p := range pkgs {
		want[p] = true
	}
	var pkg string
	installed := false
	for _, l := range lines(text) {
		switch {
		case l == "":
			pkg, installed = "", false
		case strings.HasPrefix(l, "Package: "):
			pkg = strings.TrimSpace(l[len("Package: "):])
		case strings.HasPrefix(l, "Status: "):
			installed = strings.HasSuffix(strings.TrimSpace(l), " installed")
		case strings.HasPrefix(l, "Version: ") && want[pkg] && installed:
			v := strings.TrimSpace(l[len("Version: "):])
			if _, after, ok := strings.Cut(v, ":"); ok { // epoch
				v = after
			}
			v, _, _ = strings.Cut(v, "-")
			v, _, _ = strings.Cut(v, "+")
			return v
		}
	}
	return ""
}
