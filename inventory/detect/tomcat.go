package detect

import (
	"context"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/cnready/cnready/inventory"
)

func tomcatDetector() inventory.Detector {
	return funcDetector{name: "tomcat", match: matchTomcat, detect: detectTomcat}
}

// matchTomcat selects CATALINA_BASE/conf/server.xml and the packaged
// layouts /etc/tomcat*/server.xml; JBoss' embedded jbossweb server.xml is
// left to the JBoss detector.
func matchTomcat(p string) bool {
	if baseLower(p) != "server.xml" || skipPath(p) {
		return false
	}
	l := strings.ToLower(p)
	if strings.Contains(l, "jbossweb") || strings.Contains(l, "/deploy/") || strings.Contains(l, "webapps/") {
		return false
	}
	dir := strings.ToLower(path.Base(path.Dir(p)))
	return dir == "conf" || strings.HasPrefix(dir, "tomcat")
}

var pkgTomcatRE = regexp.MustCompile(`^(?:usr/share|var/lib)/(tomcat[0-9]*)/conf/server\.xml$`)

var tomcatVerRE = regexp.MustCompile(`Apache Tomcat(?: Version |/)(\S+)`)

func detectTomcat(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	tns := &tnsResolver{h: h}
	// RHEL/Debian packages link CATALINA_BASE/conf to /etc/tomcat*; a
	// tree collected through the link holds both copies.
	etc := map[string]bool{}
	for _, p := range paths {
		if strings.HasPrefix(p, "etc/") {
			etc[path.Base(path.Dir(p))] = true
		}
	}
	for _, p := range paths {
		if m := pkgTomcatRE.FindStringSubmatch(p); m != nil && etc[m[1]] {
			f.note("%s: same configuration as etc/%s (package link), skipped", p, m[1])
			continue
		}
		confDir := path.Dir(p)
		base := path.Dir(confDir)
		if strings.ToLower(path.Base(confDir)) != "conf" {
			base = confDir // /etc/tomcat9 holds conf itself
		}
		text, ok := f.readText(h, p)
		if !ok {
			continue
		}
		root := f.xml(p, text)
		if root == nil || root.Name != "server" {
			continue
		}
		id := "tomcat:" + abs(base)
		vars := catalinaProps(h, confDir)
		lookup := func(k string) (string, bool) { v, ok := vars[k]; return v, ok }
		c := inventory.Component{ID: id, Tier: inventory.TierWAS, Product: "tomcat", Version: tomcatVersion(h, f, base, confDir),
			Evidence: []inventory.Evidence{ev(p, root.Line)}}
		for _, svc := range root.kidsNamed("service") {
			for _, con := range svc.kidsNamed("connector") {
				port, ok := f.port(expandVars(con.attr("port"), lookup), 0, ev(p, con.Line), "port of a connector")
				if !ok {
					continue
				}
				addr := expandVars(con.attr("address"), lookup)
				if addr == "" && strings.Contains(strings.ToLower(con.attr("protocol")), "ajp") && ajpLoopbackDefault(c.Version) {
					addr = "127.0.0.1" // AJP binds loopback unless told otherwise (Ghostcat fix)
				}
				c.Listen = f.appendBounded(c.Listen, "listen addresses of a component", listenAddr(addr, port))
				c.Evidence = append(c.Evidence, ev(p, con.Line))
				if s := con.attr("secret") + con.attr("requiredsecret"); s != "" {
					f.note("%s:%d: AJP connector has a secret (not reported)", p, con.Line)
				}
			}
			if eng := svc.kid("engine"); eng != nil && eng.attr("jvmroute") != "" {
				f.name(id, expandVars(eng.attr("jvmroute"), lookup))
			}
		}
		f.component(c)
		// DataSources: global resources, shared context.xml, per-host
		// context files and the apps' own META-INF/context.xml.
		resources := func(n *xnode, file string) {
			for _, r := range n.all("resource") {
				for _, k := range []string{"url", "jdbcurl", "connectionurl"} {
					if u := r.attr(k); u != "" {
						f.jdbcTarget(id, expandVars(u, lookup), ev(file, r.Line), false, tns)
					}
				}
			}
		}
		resources(root, p)
		ctxFiles := []string{path.Join(confDir, "context.xml")}
		if h.Glob != nil {
			more := h.Glob(path.Join(confDir, "Catalina", "*", "*.xml"))
			more = append(more, h.Glob(path.Join(base, "webapps", "*", "META-INF", "context.xml"))...)
			sort.Strings(more)
			ctxFiles = append(ctxFiles, more...)
		}
		for _, cf := range ctxFiles {
			if !h.Exists(cf) || skipPath(cf) {
				continue
			}
			ct, ok := f.readText(h, cf)
			if !ok {
				continue
			}
			cr := f.xml(cf, ct)
			if cr == nil {
				continue
			}
			resources(cr, cf)
		}
	}
	return f.result()
}

// catalinaProps reads conf/catalina.properties and the -Dname=value
// options of bin/setenv.sh for ${var} substitution in server.xml.
func catalinaProps(h *inventory.HostContext, confDir string) map[string]string {
	m := map[string]string{}
	if cp := path.Join(confDir, "catalina.properties"); h.Exists(cp) {
		if text, err := readText(h, cp); err == nil {
			for _, p := range parseProperties(text) {
				m[p.Key] = p.Value
			}
		}
	}
	if se := path.Join(path.Dir(confDir), "bin", "setenv.sh"); h.Exists(se) {
		if text, err := readText(h, se); err == nil {
			for _, l := range lines(text) {
				if strings.HasPrefix(strings.TrimSpace(l), "#") {
					continue
				}
				for _, m2 := range sysPropRE.FindAllStringSubmatch(l, -1) {
					if !inventory.IsSecretKey(m2[1]) {
						m[m2[1]] = m2[2]
					}
				}
			}
		}
	}
	return m
}

var catalinaHomeRE = regexp.MustCompile(`(?m)^[ \t]*(?:export[ \t]+)?CATALINA_HOME=["']?([^"'\s;]+)`)

var sysPropRE = regexp.MustCompile(`-D([A-Za-z0-9_.-]+)=([^\s"']+)`)

// tomcatVersion reads RELEASE-NOTES or an extracted ServerInfo.properties,
// then falls back to the install path and dpkg.
func tomcatVersion(h *inventory.HostContext, f *findings, base, confDir string) string {
	homes := []string{base}
	if strings.HasPrefix(confDir, "etc/") {
		n := path.Base(confDir)
		homes = append(homes, "usr/share/"+n, "var/lib/"+n)
	}
	// A separate CATALINA_BASE (one instance of several) runs the
	// CATALINA_HOME its scripts name; the version is there.
	for _, sh := range []string{"bin/setenv.sh", "bin/startup.sh", "env.sh", "start.sh"} {
		fp := path.Join(base, sh)
		if !h.Exists(fp) {
			continue
		}
		text, err := readText(h, fp)
		if err != nil {
			continue
		}
		for _, m := range catalinaHomeRE.FindAllStringSubmatch(text, -1) {
			if home := m[1]; strings.HasPrefix(home, "/") && !strings.ContainsAny(home, "$`") {
				homes = append(homes, rel("", home))
			}
		}
	}
	for _, home := range homes {
		for _, name := range []string{"RELEASE-NOTES", "RELEASE-NOTES.txt", "lib/org/apache/catalina/util/ServerInfo.properties"} {
			fp := path.Join(home, name)
			if !h.Exists(fp) {
				continue
			}
			text, err := readText(h, fp)
			if err != nil {
				continue
			}
			m := tomcatVerRE.FindStringSubmatch(text)
			switch {
			case m == nil:
			case inventory.HasPlaceholder(m[1]):
				// A file copied from Tomcat's sources (@VERSION@).
				f.note("%s: unresolved placeholder %s in the version; not used", fp, m[1])
			case versionRE.MatchString(m[1]):
				return versionRE.FindString(m[1])
			}
		}
	}
	if v := versionInPath(base, "apache-tomcat", "tomcat"); strings.Contains(v, ".") {
		return v
	}
	return dpkgVersion(h, "tomcat10", "tomcat9", "tomcat8", "tomcat")
}

// ajpLoopbackDefault reports whether a Tomcat version binds an AJP
// connector without an address to the loopback only: 7.0.100, 8.5.51,
// 9.0.31 and every 10+ release (the CVE-2020-1938 change). An unknown
// version says nothing.
func ajpLoopbackDefault(version string) bool {
	var v [3]int
	for i, part := range strings.SplitN(version, ".", 3) {
		n, err := strconv.Atoi(strings.TrimFunc(part, func(r rune) bool { return r < '0' || r > '9' }))
		if err != nil {
			return false
		}
		v[i] = n
	}
	switch {
	case v[0] >= 10:
		return true
	case v[0] == 9:
		return v[1] > 0 || v[2] >= 31
	case v[0] == 8:
		return v[1] == 5 && v[2] >= 51
	case v[0] == 7:
		return v[2] >= 100
	}
	return false
}
