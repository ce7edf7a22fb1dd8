package detect

import (
	"errors"
	"path"
	"regexp"
	"strings"

	"github.com/cnready/cnready/inventory"
	"github.com/cnready/cnready/inventory/jdbc"
)

// jdbcTarget turns a JDBC URL found at e into db targets from the
// component from. Unreadable URLs, embedded databases and unresolved TNS
// aliases become notes; the URL text never leaves this function.
func (f *findings) jdbcTarget(from, raw string, e inventory.Evidence, declared bool, tns *tnsResolver) {
	// Placeholders the host's environment fills are filled; the others
	// are left to the scanner, which notes them.
	raw, filled := f.fill(raw)
	u, err := jdbc.Parse(raw)
	if err != nil && !filled {
		f.note("%s:%d: unresolved placeholder in the jdbc url; not linked", e.Path, e.Line)
		return
	}
	if errors.Is(err, jdbc.ErrDirectoryNaming) {
		f.note("%s:%d: jdbc url looks its database up in an LDAP directory; address unknown", e.Path, e.Line)
		return
	}
	if err != nil {
		f.note("%s:%d: jdbc url not understood", e.Path, e.Line)
		return
	}
	if u.Embedded {
		f.note("%s:%d: embedded %s database (no network endpoint)", e.Path, e.Line, u.Vendor)
		return
	}
	evs := []inventory.Evidence{e}
	eps, db := u.Endpoints, u.Database
	if u.Alias != "" {
		if tns == nil {
			f.note("%s:%d: TNS alias %s not resolved", e.Path, e.Line, u.Alias)
			return
		}
		te, file, ok := tns.resolve(u.Alias)
		if !ok {
			f.note("%s:%d: TNS alias %s not found in any tnsnames.ora", e.Path, e.Line, u.Alias)
			return
		}
		eps, db = te.Endpoints, te.Service
		if db == "" {
			db = u.Alias
		}
		evs = append(evs, ev(file, te.Line))
	}
	for _, ep := range eps {
		if inventory.HasPlaceholder(ep.Host) || strings.Contains(ep.Host, "%") {
			f.note("%s:%d: unresolved placeholder in the jdbc host; not linked", e.Path, e.Line)
			continue
		}
		f.target(inventory.Target{
			From: from, Host: ep.Host, Port: ep.Port, Protocol: "jdbc", Product: u.Vendor,
			Tier: inventory.TierDB, Database: db, Declared: declared,
			Evidence: append([]inventory.Evidence(nil), evs...),
		})
	}
}

// dbTarget adds a db target from discrete fields (JEUS server-name and
// port-number); port 0 takes the vendor default.
func (f *findings) dbTarget(from, vendor, host string, port int, db string, evs []inventory.Evidence) {
	if port == 0 {
		port = jdbc.DefaultPort(vendor)
	}
	f.target(inventory.Target{From: from, Host: host, Port: port, Protocol: "jdbc", Product: vendor,
		Tier: inventory.TierDB, Database: db, Evidence: evs})
}

// vendorFromClass maps a JDBC driver or DataSource class to a vendor.
func vendorFromClass(class string) string {
	c := strings.ToLower(class)
	switch {
	case strings.Contains(c, "oracle"):
		return "oracle"
	case strings.Contains(c, "tibero"), strings.Contains(c, "com.tmax"):
		return "tibero"
	case strings.Contains(c, "cubrid"):
		return "cubrid"
	case strings.Contains(c, "altibase"):
		return "altibase"
	case strings.Contains(c, "mariadb"):
		return "mariadb"
	case strings.Contains(c, "mysql"):
		return "mysql"
	case strings.Contains(c, "postgres"):
		return "postgresql"
	case strings.Contains(c, "sqlserver"), strings.Contains(c, "jtds"):
		return "sqlserver"
	case strings.Contains(c, "db2"):
		return "db2"
	case strings.Contains(c, "goldilocks"), strings.Contains(c, "sunje"):
		return "goldilocks"
	}
	return ""
}

// normVendor maps the vendor words WAS configs use to JDBC vendor names.
func normVendor(v string) string {
	switch l := strings.ToLower(strings.TrimSpace(v)); l {
	case "mssql", "sqlserver", "ms-sql":
		return "sqlserver"
	case "postgres", "postgresql":
		return "postgresql"
	case "others", "other", "":
		return ""
	default:
		return l
	}
}

// encryptedNote describes an encoded password value without revealing
// it ("encrypted (AES)", "encrypted (jasypt)", "vault reference"), by the
// inventory's one rule; "" for anything else (plain passwords are not
// mentioned beyond the fact that one is set).
func encryptedNote(v string) string {
	if !inventory.IsSecretValue(v) {
		return ""
	}
	return inventory.SecretKind(v)
}

// expandVars replaces ${name} and ${name:default} using lookup; unknown
// names without a default are left as written.
func expandVars(s string, lookup func(string) (string, bool)) string {
	for i := 0; i < 8 && strings.Contains(s, "${"); i++ {
		start := strings.Index(s, "${")
		end := strings.Index(s[start:], "}")
		if end < 0 {
			return s
		}
		end += start
		expr := s[start+2 : end]
		name, def, hasDef := strings.Cut(expr, ":")
		val, ok := "", false
		if lookup != nil {
			val, ok = lookup(name)
		}
		if !ok {
			if !hasDef {
				// leave it, but stop looping on it
				return s
			}
			val = def
		}
		s = s[:start] + val + s[end+1:]
	}
	return s
}

// owners names the WAS component that runs an application file, from
// the deployment layout (Tomcat webapps, JEUS/WebLogic servers, JBoss
// deployments) and, for applications kept elsewhere (/app/minwon), from
// Tomcat Context docBase and JEUS deployed-application paths.
type owners struct {
	h     *inventory.HostContext
	built bool
	roots []deployRoot
}

// deployRoot is an application folder and the WAS component running it.
type deployRoot struct{ dir, owner string }

// of returns the owner of the file at p, or "" when none is known.
func (o *owners) of(p string) string {
	if id := ownerByLayout(o.h, p); id != "" {
		return id
	}
	if !o.built {
		o.built = true
		o.roots = deployRoots(o.h)
	}
	best := deployRoot{}
	for _, r := range o.roots {
		if strings.HasPrefix(p, r.dir+"/") && len(r.dir) > len(best.dir) {
			best = r
		}
	}
	return best.owner
}

// ownerByLayout recognises the standard deployment folders.
func ownerByLayout(h *inventory.HostContext, p string) string {
	if i := strings.Index(p, "/webapps/"); i > 0 {
		base := p[:i]
		if h.Exists(path.Join(base, "conf", "server.xml")) {
			return "tomcat:" + abs(base)
		}
		// Debian/RHEL packages: /var/lib/tomcat9/webapps with /etc/tomcat9.
		if e := path.Join("etc", path.Base(base), "server.xml"); h.Exists(e) {
			return "tomcat:" + abs(path.Dir(e))
		}
	}
	if m := jeusServerRE.FindStringSubmatch(p); m != nil {
		if h.Exists(path.Join(m[1], "config", "domain.xml")) {
			return "jeus:" + abs(m[1]) + "/servers/" + m[2]
		}
		if h.Exists(path.Join(m[1], "config", "config.xml")) {
			return "weblogic:" + abs(m[1]) + "/servers/" + m[2]
		}
	}
	if i := strings.Index(p, "/standalone/deployments/"); i > 0 {
		return "jboss:" + abs(p[:i]) + "/standalone"
	}
	return ""
}

// deployRoots reads Tomcat Context docBase and JEUS deployed-application
// paths found on the host.
func deployRoots(h *inventory.HostContext) []deployRoot {
	var out []deployRoot
	add := func(dir, owner string) {
		dir = strings.TrimSuffix(strings.TrimSuffix(rel("", dir), ".war"), ".ear")
		if dir != "." && dir != "" {
			out = append(out, deployRoot{dir: dir, owner: owner})
		}
	}
	// tomcatBase is CATALINA_BASE for a conf directory (or /etc/tomcatN).
	tomcatBase := func(confDir string) string {
		if strings.EqualFold(path.Base(confDir), "conf") {
			return path.Dir(confDir)
		}
		return confDir
	}
	for _, p := range findFiles(h, isDeployConfig) {
		text, err := readText(h, p)
		if err != nil {
			continue
		}
		root, _ := parseXML(text)
		if root == nil {
			continue
		}
		switch root.Name {
		case "server": // Tomcat server.xml: <Context docBase> inside <Host>
			for _, c := range root.all("context") {
				if d := c.attr("docbase"); strings.HasPrefix(d, "/") {
					add(d, "tomcat:"+abs(tomcatBase(path.Dir(p))))
				}
			}
		case "context": // conf/Catalina/<host>/<app>.xml
			if d := root.attr("docbase"); strings.HasPrefix(d, "/") {
				add(d, "tomcat:"+abs(tomcatBase(path.Dir(path.Dir(path.Dir(p))))))
			}
		case "domain": // JEUS domain.xml
			jeusDeployRoots(root, path.Dir(path.Dir(p)), add)
		}
	}
	return out
}

// jeusDeployRoots reads deployed-application paths and their target
// server (or the first member of a target cluster).
func jeusDeployRoots(root *xnode, domainDir string, add func(dir, owner string)) {
	members := map[string][]string{}
	for _, cl := range root.at("clusters").kidsNamed("cluster") {
		name, _ := cl.text("name")
		for _, s := range cl.at("servers").children() {
			members[name] = append(members[name], s.Text)
		}
	}
	first := ""
	if s := root.at("servers").kid("server"); s != nil {
		first, _ = s.text("name")
	}
	for _, app := range root.all("deployed-application") {
		p, _ := app.text("path")
		if !strings.HasPrefix(p, "/") {
			continue
		}
		server := ""
		if t := app.kid("targets"); t != nil {
			if s := t.kid("server"); s != nil {
				server, _ = s.text("name")
			} else if c := t.kid("cluster"); c != nil {
				name, _ := c.text("name")
				if m := members[name]; len(m) > 0 {
					server = m[0]
				}
			}
		}
		if server == "" {
			server = first
		}
		if server != "" {
			add(p, "jeus:"+abs(domainDir)+"/servers/"+server)
		}
	}
}

var jeusServerRE = regexp.MustCompile(`^(.*/domains/[^/]+)/servers/([^/]+)/`)

// appDir is the root of an application whose config file is at p:
// the part before BOOT-INF/classes, WEB-INF/classes or src/main/resources,
// or the directory (its parent for a config/ folder).
func appDir(p string) string {
	for _, marker := range []string{"/BOOT-INF/classes/", "/WEB-INF/classes/", "/src/main/resources/"} {
		if i := strings.Index(p, marker); i > 0 {
			return p[:i]
		}
	}
	d := path.Dir(p)
	if strings.EqualFold(path.Base(d), "config") || strings.EqualFold(path.Base(d), "conf") {
		d = path.Dir(d)
	}
	return d
}
