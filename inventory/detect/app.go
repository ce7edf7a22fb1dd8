package detect

import (
	"context"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/cnready/cnready/inventory"
)

// ---- Spring Boot ----

func springDetector() inventory.Detector {
	return funcDetector{name: "springboot", match: matchSpring, detect: detectSpring}
}

var springFileRE = regexp.MustCompile(`(?i)^(application|bootstrap)(-[a-z0-9_.-]+)?\.(properties|ya?ml)$`)

// matchSpring selects application*/bootstrap* properties and YAML files
// (not test resources) and systemd units that may run a jar.
func matchSpring(p string) bool {
	l := strings.ToLower(p)
	if strings.HasSuffix(l, ".service") && strings.Contains(l, "systemd/system/") {
		return true
	}
	b := l[strings.LastIndexByte(l, '/')+1:]
	if strings.HasSuffix(b, ".sh") {
		// start scripts of jar applications (not the WAS' own scripts)
		return (strings.HasPrefix(b, "start") || strings.HasPrefix(b, "run") || strings.HasPrefix(b, "boot")) &&
			!strings.Contains(l, "tomcat") && !strings.Contains(l, "jeus") && !strings.Contains(l, "webtob") &&
			!strings.Contains(l, "jboss") && !strings.Contains(l, "wildfly") && !strings.Contains(l, "weblogic") && !skipPath(p)
	}
	if !strings.HasPrefix(b, "application") && !strings.HasPrefix(b, "bootstrap") {
		return false
	}
	if skipPath(p) || strings.Contains(l, "/node_modules/") {
		return false
	}
	return springFileRE.MatchString(b)
}

// springApp gathers the config files and the unit of one application.
type springApp struct {
	dir    string
	files  []string
	unitEv []inventory.Evidence
	jar    string
	args   map[string]prop // from the command line / Environment=
}

// springRoot is the application directory a config file belongs to;
// build output folders map back to the project.
func springRoot(p string) string {
	if i := strings.Index(p, "/target/classes/"); i > 0 {
		return p[:i]
	}
	if i := strings.Index(p, "/build/resources/main/"); i > 0 {
		return p[:i]
	}
	return appDir(p)
}

func detectSpring(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	tns := &tnsResolver{h: h}
	own := &owners{h: h}
	apps := map[string]*springApp{}
	get := func(dir string) *springApp {
		a := apps[dir]
		if a == nil {
			a = &springApp{dir: dir, args: map[string]prop{}}
			apps[dir] = a
		}
		return a
	}
	for _, p := range paths {
		if strings.HasSuffix(strings.ToLower(p), ".service") {
			readUnit(h, f, p, get)
			continue
		}
		if strings.HasSuffix(strings.ToLower(p), ".sh") {
			readStartScript(h, f, p, get)
			continue
		}
		a := get(springRoot(p))
		a.files = append(a.files, p)
	}
	dirs := make([]string, 0, len(apps))
	for d := range apps {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, d := range dirs {
		springApply(h, f, tns, own, apps[d])
	}
	return f.result()
}

// readUnit reads a systemd unit; a "java ... -jar X.jar" ExecStart makes
// an application rooted at WorkingDirectory (or the jar's folder).
func readUnit(h *inventory.HostContext, f *findings, p string, get func(string) *springApp) {
	text, ok := f.readText(h, p)
	if !ok {
		return
	}
	var exec, wd string
	var execLine, wdLine int
	env := map[string]prop{}
	ls := lines(text)
	for i := 0; i < len(ls); i++ {
		start := i + 1
		var line string
		line, i = logicalLine(ls, i)
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		switch strings.TrimSpace(k) {
		case "ExecStart":
			exec, execLine = strings.TrimLeft(strings.TrimSpace(v), "-@+!"), start
		case "WorkingDirectory":
			wd, wdLine = strings.TrimSpace(v), start
		case "Environment":
			for _, kv := range apacheFields(v) {
				ek, evv, _ := strings.Cut(kv, "=")
				switch strings.ToUpper(ek) {
				case "SPRING_PROFILES_ACTIVE":
					env["spring.profiles.active"] = prop{Key: "spring.profiles.active", Value: evv, Line: start}
				case "SERVER_PORT":
					env["server.port"] = prop{Key: "server.port", Value: evv, Line: start}
				}
			}
		}
	}
	javaLaunch(h, f, p, apacheFields(exec), wd, execLine, wdLine, env, get)
}

// javaLaunch registers the application a "java ... -jar X.jar" command
// line starts: rooted at the working directory, else the jar's folder
// (its parent when that is bin/ or lib/).
func javaLaunch(h *inventory.HostContext, f *findings, p string, fields []string, wd string, execLine, wdLine int,
	env map[string]prop, get func(string) *springApp) bool {
	if len(fields) == 0 || !strings.Contains(path.Base(fields[0]), "java") {
		return false
	}
	jar := ""
	for i, a := range fields {
		if a == "-jar" && i+1 < len(fields) {
			jar = fields[i+1]
		}
	}
	if jar == "" || strings.ContainsAny(jar, "$`") && !strings.HasSuffix(jar, ".jar") {
		return false
	}
	dir := ""
	if wd != "" && strings.HasPrefix(wd, "/") {
		dir = rel("", wd)
	}
	if !strings.HasPrefix(jar, "/") && dir != "" {
		jar = path.Join(dir, jar)
	}
	if dir == "" {
		if !strings.HasPrefix(jar, "/") {
			return false
		}
		dir = path.Dir(rel("", jar))
		if b := path.Base(dir); b == "bin" || b == "lib" {
			dir = path.Dir(dir)
		}
	}
	a := get(dir)
	a.jar = path.Base(jar)
	a.unitEv = append(a.unitEv, ev(p, execLine))
	if wdLine > 0 {
		a.unitEv = append(a.unitEv, ev(p, wdLine))
	}
	for k, v := range env {
		a.args[k] = v
	}
	for _, fl := range fields {
		fl = strings.TrimPrefix(strings.TrimPrefix(fl, "--"), "-D")
		k, v, ok := strings.Cut(fl, "=")
		if !ok {
			continue
		}
		switch k {
		case "server.port", "spring.profiles.active", "server.address":
			a.args[k] = prop{Key: k, Value: v, Line: execLine}
		}
	}
	// The jar's external config: config/application.* next to it is
	// matched by name already; note when none was collected.
	found := false
	if h.Glob != nil {
		for _, pat := range []string{"application*.*", "config/application*.*"} {
			if len(h.Glob(path.Join(dir, pat))) > 0 {
				found = true
			}
		}
	}
	if !found {
		f.note("%s: no external application config next to %s", p, a.jar)
	}
	return true
}

// readStartScript reads a shell start script: the last "cd DIR" before a
// "java ... -jar" line is its working directory.
func readStartScript(h *inventory.HostContext, f *findings, p string, get func(string) *springApp) {
	text, ok := f.readText(h, p)
	if !ok {
		return
	}
	wd, wdLine := "", 0
	vars := map[string]string{}
	ls := lines(text)
	for i := 0; i < len(ls); i++ {
		start := i + 1
		var line string
		line, i = logicalLine(ls, i)
		if line == "" || line[0] == '#' {
			continue
		}
		// NAME=value assignments for $NAME / ${NAME} in the java line
		if k, v, ok := strings.Cut(line, "="); ok && shellNameRE.MatchString(strings.TrimPrefix(k, "export ")) {
			vars[strings.TrimPrefix(k, "export ")] = strings.Trim(v, `"'`)
			continue
		}
		fields := apacheFields(line)
		for len(fields) > 0 && (fields[0] == "nohup" || fields[0] == "exec" || strings.Contains(fields[0], "=")) {
			fields = fields[1:]
		}
		if len(fields) >= 2 && fields[0] == "cd" {
			wd, wdLine = expandShell(fields[1], vars), start
			continue
		}
		for j := range fields {
			fields[j] = expandShell(fields[j], vars)
		}
		if javaLaunch(h, f, p, fields, wd, start, wdLine, nil, get) {
			return
		}
	}
}

var shellNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// expandShell replaces $NAME and ${NAME} from vars.
func expandShell(s string, vars map[string]string) string {
	if !strings.Contains(s, "$") {
		return s
	}
	for k, v := range vars {
		s = strings.ReplaceAll(s, "${"+k+"}", v)
		s = strings.ReplaceAll(s, "$"+k, v)
	}
	return s
}

// springProps reads one config file into properties.
func springProps(h *inventory.HostContext, f *findings, p string) props {
	text, ok := f.readText(h, p)
	if !ok {
		return nil
	}
	l := strings.ToLower(p)
	if strings.HasSuffix(l, ".yml") || strings.HasSuffix(l, ".yaml") {
		ps, err := parseYAML(text)
		if err != nil {
			f.note("%s: %v", p, err)
		}
		return ps
	}
	return parseProperties(text)
}

// fileProfile is the profile in application-<profile>.ext, or "".
func fileProfile(p string) string {
	m := springFileRE.FindStringSubmatch(path.Base(p))
	if m == nil {
		return ""
	}
	return strings.TrimPrefix(m[2], "-")
}

type springSource struct {
	file    string
	ps      props
	profile string
}

// springApply computes an application's effective configuration and
// reports it.
func springApply(h *inventory.HostContext, f *findings, tns *tnsResolver, own *owners, a *springApp) {
	sort.Strings(a.files)
	var sources []springSource
	for _, p := range a.files {
		sources = append(sources, springSource{file: p, ps: springProps(h, f, p), profile: fileProfile(p)})
	}
	// Active profiles: command line/env first, else the base files.
	active := map[string]bool{}
	var profLine inventory.Evidence
	if v, ok := a.args["spring.profiles.active"]; ok {
		for _, s := range strings.Split(v.Value, ",") {
			active[strings.TrimSpace(s)] = true
		}
	} else {
		for _, s := range sources {
			if s.profile != "" {
				continue
			}
			for _, pr := range s.ps {
				if pr.Section == "" && (pr.Key == "spring.profiles.active" || pr.Key == "spring.profiles.active[0]") {
					for _, x := range strings.Split(pr.Value, ",") {
						active[strings.TrimSpace(x)] = true
					}
					profLine = ev(s.file, pr.Line)
				}
			}
		}
	}
	isActive := func(profile string) bool {
		if profile == "" {
			return true
		}
		for _, p := range strings.Split(profile, ",") {
			if active[strings.TrimSpace(strings.TrimPrefix(p, "!"))] != strings.HasPrefix(strings.TrimSpace(p), "!") {
				return true
			}
		}
		return false
	}
	// Effective properties: base, then active profiles (files and
	// YAML documents), then the command line.
	type eff struct {
		prop
		file string
	}
	effective := map[string]eff{}
	var inactive []eff
	add := func(file string, ps props, profileOf func(prop) string) {
		for _, pr := range ps {
			if isActive(profileOf(pr)) {
				effective[pr.Key] = eff{pr, file}
			} else {
				inactive = append(inactive, eff{pr, file})
			}
		}
	}
	for _, pass := range []bool{false, true} { // base files first
		for _, s := range sources {
			if (s.profile != "") != pass {
				continue
			}
			sp := s.profile
			add(s.file, s.ps, func(pr prop) string {
				if sp != "" {
					return sp
				}
				return pr.Section
			})
		}
	}
	lookup := func(k string) (string, bool) {
		if v, ok := a.args[k]; ok {
			return v.Value, true
		}
		e, ok := effective[k]
		return e.Value, ok
	}
	spring := len(a.unitEv) > 0
	for k, e := range effective {
		if strings.HasPrefix(k, "spring.") || strings.HasPrefix(k, "server.") || strings.HasPrefix(k, "Globals.") ||
			strings.HasPrefix(strings.ToLower(e.Value), "jdbc:") {
			spring = true
			break
		}
	}
	if !spring {
		return
	}
	firstFile := ""
	if len(a.files) > 0 {
		firstFile = a.files[0]
	}
	from := ""
	if firstFile != "" {
		from = own.of(firstFile)
	}
	if from == "" {
		// An application built on eGovFrame (its dependencies say so, or
		// it is configured with eGovFrame's Globals.* keys, as the 4.x
		// simple backend is) is labelled eGovFrame, as the classic layout
		// is.
		product, version, egovKeys := "springboot", "", false
		v, vev, egov := egovFramework(h, a.dir)
		for k := range effective {
			egovKeys = egovKeys || strings.HasPrefix(k, "Globals.")
		}
		if egov || egovKeys {
			product, version = "egovframe", v
		}
		from = product + ":" + abs(a.dir)
		c := inventory.Component{ID: from, Tier: inventory.TierWAS, Product: product, Version: version,
			Evidence: append([]inventory.Evidence{}, a.unitEv...)}
		if egov {
			c.Evidence = append(c.Evidence, vev)
		}
		port, portEv := 8080, inventory.Evidence{}
		if v, ok := a.args["server.port"]; ok {
			port = atoiPort(expandVars(v.Value, lookup))
		} else if e, ok := effective["server.port"]; ok {
			port, portEv = atoiPort(expandVars(e.Value, lookup)), ev(e.file, e.Line)
		}
		addr := ""
		if e, ok := effective["server.address"]; ok {
			addr = expandVars(e.Value, lookup)
		}
		if port > 0 {
			c.Listen = []string{listenAddr(addr, port)}
		}
		c.Evidence = appendEvidence(c.Evidence, portEv, profLine)
		if len(c.Evidence) == 0 && firstFile != "" {
			c.Evidence = []inventory.Evidence{ev(firstFile, 1)}
		}
		f.component(c)
		if a.jar != "" {
			f.name(from, a.jar)
		}
	}
	keys := make([]string, 0, len(effective))
	for k := range effective {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var globals props
	for _, k := range keys {
		e := effective[k]
		if strings.HasPrefix(k, "Globals.") {
			globals = append(globals, prop{Key: k, Value: e.Value, Line: e.Line, Section: e.file})
			continue
		}
		if v := expandVars(e.Value, lookup); strings.HasPrefix(strings.ToLower(strings.TrimSpace(v)), "jdbc:") {
			f.jdbcTarget(from, v, ev(e.file, e.Line), false, tns)
		} else if strings.Contains(v, "${") && (strings.HasSuffix(strings.ToLower(k), ".url") || strings.HasSuffix(strings.ToLower(k), "jdbc-url")) {
			f.note("%s:%d: %s comes from the environment (not resolved)", e.file, e.Line, k)
		}
		if inventory.IsSecretKey(k) {
			if n := encryptedNote(e.Value); n != "" {
				f.note("%s:%d: %s is %s", e.file, e.Line, k, n)
			}
		}
	}
	if len(globals) > 0 {
		egovTargets(f, from, globals, tns)
	}
	for _, e := range inactive {
		if strings.HasPrefix(e.Key, "Globals.") {
			continue
		}
		if v := expandVars(e.Value, lookup); strings.HasPrefix(strings.ToLower(strings.TrimSpace(v)), "jdbc:") {
			f.jdbcTarget(from, v, ev(e.file, e.Line), true, tns)
		}
	}
}

// ---- eGovFrame globals.properties ----

func egovDetector() inventory.Detector {
	return funcDetector{name: "egovframe", match: matchEgov, detect: detectEgov}
}

// appDBFiles are application files that commonly hold JDBC settings.
var appDBFiles = map[string]bool{
	"globals.properties": true, "jdbc.properties": true, "db.properties": true, "database.properties": true,
	"datasource.properties": true, "dbconfig.properties": true, "context-datasource.xml": true,
}

// appDBFileRE names the other application files that commonly hold
// JDBC settings: Spring XML contexts (root-context.xml,
// applicationContext*.xml, *datasource*.xml), MyBatis/iBATIS configs and
// db/jdbc properties.
var appDBFileRE = regexp.MustCompile(`(?i)^(root-context|applicationcontext[\w.-]*|[\w.-]*datasource[\w.-]*|mybatis-config|sqlmapconfig|sql-map-config)\.xml$|^[\w.-]*(jdbc|db|database|datasource)[\w.-]*\.properties$`)

// matchEgov selects eGovFrame globals.properties and the usual
// application JDBC files (jdbc.properties, context-datasource.xml,
// root-context.xml ...) inside applications.
func matchEgov(p string) bool {
	b := baseLower(p)
	if !appDBFiles[b] {
		if !strings.HasSuffix(b, ".xml") && !strings.HasSuffix(b, ".properties") {
			return false
		}
		if !appDBFileRE.MatchString(b) {
			return false
		}
		l := strings.ToLower(p)
		if !strings.Contains(l, "/web-inf/") && !strings.Contains(l, "/resources/") && !strings.Contains(l, "/classes/") {
			return false
		}
	}
	return !skipPath(p) && !strings.Contains(strings.ToLower(p), "/target/")
}

func detectEgov(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	tns := &tnsResolver{h: h}
	own := &owners{h: h}
	type framework struct {
		version string
		ev      inventory.Evidence
		egov    bool
	}
	frameworks := map[string]framework{} // by application folder
	for _, p := range paths {
		text, ok := f.readText(h, p)
		if !ok {
			continue
		}
		from := own.of(p)
		product := "webapp"
		if baseLower(p) == "globals.properties" {
			product = "egovframe"
		}
		ensure := func(line int) {
			if from != "" && !strings.HasPrefix(from, product+":") {
				return // run by a WAS
			}
			c := inventory.Component{Tier: inventory.TierWAS, Product: product, Evidence: []inventory.Evidence{ev(p, line)}}
			// Built on eGovFrame (its build file or jars say so): labelled
			// so, with the version.
			if e, ok := frameworks[appDir(p)]; ok || from == "" {
				if !ok {
					e.version, e.ev, e.egov = egovFramework(h, appDir(p))
					frameworks[appDir(p)] = e
				}
				if e.egov {
					c.Product, c.Version = "egovframe", e.version
					c.Evidence = append(c.Evidence, e.ev)
				}
			}
			from = c.Product + ":" + abs(appDir(p))
			product = c.Product
			if !f.has(from) {
				c.ID = from
				f.component(c)
			}
		}
		if strings.HasSuffix(strings.ToLower(p), ".xml") {
			root := f.xml(p, text)
			if root == nil {
				continue
			}
			root.walk(func(n *xnode) {
				vals := []string{n.Text}
				for _, a := range n.Attr {
					vals = append(vals, a.Value)
				}
				for _, v := range vals {
					if strings.HasPrefix(strings.ToLower(strings.TrimSpace(v)), "jdbc:") {
						ensure(n.Line)
						f.jdbcTarget(from, v, ev(p, n.Line), false, tns)
					}
				}
			})
			continue
		}
		ps := parseProperties(text)
		var globals props
		for _, pr := range ps {
			if strings.HasPrefix(pr.Key, "Globals.") || strings.HasPrefix(pr.Key, "globals.") {
				globals = append(globals, prop{Key: pr.Key, Value: pr.Value, Line: pr.Line, Section: p})
			}
		}
		if len(globals) > 0 {
			if t, ok := globals.getFold("Globals.DbType"); ok {
				ensure(t.Line)
			} else if hasJDBC(globals) {
				ensure(firstJDBCLine(globals))
			}
			if from != "" {
				egovTargets(f, from, globals, tns)
			}
			continue
		}
		for _, pr := range ps {
			if strings.HasPrefix(strings.ToLower(pr.Value), "jdbc:") {
				ensure(pr.Line)
				f.jdbcTarget(from, pr.Value, ev(p, pr.Line), false, tns)
			}
		}
	}
	return f.result()
}

func hasJDBC(ps props) bool { return firstJDBCLine(ps) > 0 }

func firstJDBCLine(ps props) int {
	for _, p := range ps {
		if strings.HasPrefix(strings.ToLower(p.Value), "jdbc:") {
			return p.Line
		}
	}
	return 0
}

var egovURLRE = regexp.MustCompile(`(?i)^Globals\.(?:([A-Za-z0-9]+)\.)?Url(\d*)$`)

// egovTargets reports eGovFrame Globals.* datasource URLs: the block
// Globals.DbType selects is live, the others are declared only. The
// prop Section holds the file each key came from.
func egovTargets(f *findings, from string, ps props, tns *tnsResolver) {
	dbType := ""
	if t, ok := ps.getFold("Globals.DbType"); ok {
		dbType = strings.ToLower(strings.TrimSpace(t.Value))
	}
	for _, pr := range ps {
		m := egovURLRE.FindStringSubmatch(pr.Key)
		if m == nil {
			continue
		}
		declared := m[1] != "" && !strings.EqualFold(m[1], dbType)
		f.jdbcTarget(from, pr.Value, ev(pr.Section, pr.Line), declared, tns)
	}
	for _, pr := range ps {
		if inventory.IsSecretKey(pr.Key) {
			if n := encryptedNote(pr.Value); n != "" {
				f.note("%s:%d: %s is %s", pr.Section, pr.Line, pr.Key, n)
			}
		}
	}
}
