package live

import (
	"path"
	"strings"

	"github.com/cnready/cnready/inventory"
)

// Signature is what a process's name and command line say about it: the
// product, the instance it belongs to and where that instance keeps its
// configuration.
type Signature struct {
	Product string
	Tier    inventory.Tier
	// Key tells instances of one product apart (CATALINA_BASE, the nginx
	// configuration file, the Oracle SID, the PostgreSQL data directory).
	// Processes with the same product and key are one component.
	Key string
	// Configs are absolute paths of the files a detector should read, when
	// they exist; Globs are path.Match patterns for the same purpose.
	Configs []string
	Globs   []string
	// Listener marks helper processes that only own the sockets of an
	// instance (Oracle tnslsnr, Tibero tblistener).
	Listener bool
}

// Classify recognises the products of the detection catalogue (§1, §3, §5)
// from a process's comm, exe and redacted command line. ok is false for
// everything else.
func Classify(p *Process) (sig Signature, ok bool) {
	args := argList(p.Args)
	name := p.Comm
	base := ""
	if len(args) > 0 {
		base = path.Base(strings.Fields(args[0] + " x")[0])
	}
	exe := path.Base(p.Exe)
	is := func(n ...string) bool {
		for _, x := range n {
			if name == x || base == x || exe == x {
				return true
			}
		}
		return false
	}
	switch {
	case is("java") || strings.HasSuffix(base, "java") && args.has("-jar", false):
		return classifyJava(p, args)
	case is("nginx") || strings.HasPrefix(base, "nginx:"):
		return classifyNginx(p, args), true
	case is("httpd", "apache2", "httpd.worker", "httpd.event"):
		return classifyHTTPD(p, args), true
	case is("wsm", "htl", "hth", "htmls", "cgis", "ssis", "wsracd"):
		home := p.Env["WEBTOBDIR"]
		if home == "" {
			home = upDir(p.Exe, 2)
		}
		return Signature{Product: "webtob", Tier: inventory.TierWeb, Key: home,
			Configs: joinAll(home, "config/http.m", "config/webtob-config.json", "config/webtob-config.yaml")}, true
	case strings.HasPrefix(name, "ora_pmon_") || strings.HasPrefix(base, "ora_pmon_"):
		sid := strings.TrimPrefix(name, "ora_pmon_")
		if strings.HasPrefix(base, "ora_pmon_") {
			sid = strings.TrimPrefix(base, "ora_pmon_")
		}
		home := p.Env["ORACLE_HOME"]
		return Signature{Product: "oracle", Tier: inventory.TierDB, Key: sid,
			Configs: oracleConfigs(home, p.Env["TNS_ADMIN"])}, true
	case is("tnslsnr"):
		home := p.Env["ORACLE_HOME"]
		if home == "" {
			home = upDir(p.Exe, 2)
		}
		return Signature{Product: "oracle", Tier: inventory.TierDB, Key: "", Listener: true,
			Configs: oracleConfigs(home, p.Env["TNS_ADMIN"])}, true
	case strings.HasPrefix(name, "tbsvr") || is("tblistener"):
		home := p.Env["TB_HOME"]
		if home == "" {
			home = upDir(p.Exe, 2)
		}
		sid := p.Env["TB_SID"]
		cfg := joinAll(home, "client/config/tbdsn.tbr")
		if sid != "" {
			cfg = append(joinAll(home, "config/"+sid+".tip"), cfg...)
		}
		return Signature{Product: "tibero", Tier: inventory.TierDB, Key: sid, Configs: cfg}, true
	case strings.HasPrefix(name, "cub_"):
		switch name {
		case "cub_master", "cub_server", "cub_broker", "cub_cas", "cub_manager":
		default:
			return sig, false
		}
		home := p.Env["CUBRID"]
		if home == "" {
			home = upDir(p.Exe, 2)
		}
		return Signature{Product: "cubrid", Tier: inventory.TierDB, Key: home,
			Configs: joinAll(home, "conf/cubrid.conf", "conf/cubrid_broker.conf")}, true
	case is("altibase"):
		home := p.Env["ALTIBASE_HOME"]
		if home == "" {
			home = upDir(p.Exe, 2)
		}
		return Signature{Product: "altibase", Tier: inventory.TierDB, Key: home,
			Configs: joinAll(home, "conf/altibase.properties")}, true
	case is("mysqld", "mariadbd"):
		product := "mysql"
		if is("mariadbd") || strings.Contains(p.Exe, "mariadb") {
			product = "mariadb"
		}
		cfg := args.flag("--defaults-file", false)
		key := cfg
		var configs []string
		if cfg != "" {
			configs = []string{absPath(cfg, p.Cwd)}
		} else {
			configs = []string{"/etc/mysql/my.cnf", "/etc/my.cnf", "/etc/mysql/mariadb.cnf"}
			key = args.flag("--datadir", false)
		}
		return Signature{Product: product, Tier: inventory.TierDB, Key: key, Configs: configs}, true
	case is("postgres", "postmaster") || strings.HasPrefix(base, "postgres:"):
		return classifyPostgres(p, args), true
	case is("sqlservr"):
		return Signature{Product: "sqlserver", Tier: inventory.TierDB, Configs: []string{"/var/opt/mssql/mssql.conf"}}, true
	case is("db2sysc"):
		return Signature{Product: "db2", Tier: inventory.TierDB}, true
	}
	return sig, false
}

func classifyJava(p *Process, args argList) (Signature, bool) {
	env := p.Env
	switch {
	case args.contains("org.apache.catalina.startup.Bootstrap") || args.prop("catalina.base") != "" || args.prop("catalina.home") != "":
		b := firstNonEmpty(args.prop("catalina.base"), env["CATALINA_BASE"], args.prop("catalina.home"), env["CATALINA_HOME"])
		b = absPath(b, p.Cwd)
		return Signature{Product: "tomcat", Tier: inventory.TierWAS, Key: b,
			Configs: joinAll(b, "conf/server.xml", "conf/context.xml", "conf/tomcat-users.xml"),
			Globs:   joinAll(b, "conf/Catalina/*/*.xml")}, true
	case args.contains("jeus.server.") || args.prop("jeus.home") != "":
		home := absPath(firstNonEmpty(args.prop("jeus.home"), env["JEUS_HOME"]), p.Cwd)
		dom := firstNonEmpty(args.flag("-domain", false), args.prop("jeus.domain.name"), args.prop("jeus.domain"))
		srv := firstNonEmpty(args.flag("-server", false), args.prop("jeus.server.name"), args.prop("jeus.servername"))
		key := home
		sig := Signature{Product: "jeus", Tier: inventory.TierWAS}
		if dom != "" {
			key = home + "/domains/" + dom
			sig.Configs = joinAll(key, "config/domain.xml")
		} else {
			sig.Globs = joinAll(home, "domains/*/config/domain.xml", "config/*/JEUSMain.xml", "config/*/*/WEBMain.xml")
		}
		if srv != "" {
			key += "#" + srv
		}
		sig.Key = key
		return sig, true
	case args.contains("weblogic.Server") || args.prop("weblogic.Name") != "":
		dom := absPath(firstNonEmpty(args.prop("domain.home"), env["DOMAIN_HOME"], p.Cwd), p.Cwd)
		key := dom
		if n := args.prop("weblogic.Name"); n != "" {
			key += "#" + n
		}
		return Signature{Product: "weblogic", Tier: inventory.TierWAS, Key: key,
			Configs: joinAll(dom, "config/config.xml"), Globs: joinAll(dom, "config/jdbc/*.xml")}, true
	case args.contains("org.jboss.as.") || args.contains("jboss-modules.jar") || args.prop("jboss.home.dir") != "":
		home := absPath(firstNonEmpty(args.prop("jboss.home.dir"), env["JBOSS_HOME"]), p.Cwd)
		sig := Signature{Product: "jboss", Tier: inventory.TierWAS}
		if args.contains("org.jboss.as.server") || args.prop("jboss.domain.base.dir") != "" {
			b := firstNonEmpty(args.prop("jboss.domain.base.dir"), join(home, "domain"))
			sig.Key = b
			sig.Configs = joinAll(b, "configuration/domain.xml", "configuration/host.xml")
			return sig, true
		}
		b := absPath(firstNonEmpty(args.prop("jboss.server.base.dir"), env["JBOSS_BASE_DIR"], join(home, "standalone")), p.Cwd)
		cfg := firstNonEmpty(args.flag("--server-config", false), args.flag("-c", false), args.prop("jboss.server.default.config"), "standalone.xml")
		sig.Key = b
		sig.Configs = []string{absPath(cfg, join(b, "configuration"))}
		return sig, true
	case args.contains("com.ibm.ws.runtime.WsServer"):
		// WsServer <config root> <cell> <node> <server>
		var rest []string
		for i, a := range args {
			if a == "com.ibm.ws.runtime.WsServer" {
				rest = args[i+1:]
				break
			}
		}
		sig := Signature{Product: "websphere", Tier: inventory.TierWAS}
		if len(rest) >= 4 {
			root, cell, node, srv := rest[0], rest[1], rest[2], rest[3]
			c := join(root, "cells/"+cell)
			n := join(c, "nodes/"+node)
			sig.Key = n + "#" + srv
			sig.Configs = append(joinAll(c, "resources.xml"), joinAll(n, "serverindex.xml", "resources.xml",
				"servers/"+srv+"/server.xml", "servers/"+srv+"/resources.xml")...)
		}
		return sig, true
	case args.has("-jar", false) || args.contains("org.springframework.boot.loader"):
		return classifySpring(p, args), true
	}
	return Signature{}, false
}

// classifySpring finds a Spring Boot (or eGovFrame boot) application's
// external configuration the way Spring Boot does: config/ and the
// current directory, beside the jar, then spring.config.location.
func classifySpring(p *Process, args argList) Signature {
	jar := absPath(args.flag("-jar", false), p.Cwd)
	key := jar
	if key == "" {
		key = p.Cwd
	}
	sig := Signature{Product: "springboot", Tier: inventory.TierWAS, Key: key}
	profiles := []string{""}
	prof := firstNonEmpty(args.flag("--spring.profiles.active", false), args.prop("spring.profiles.active"), p.Env["SPRING_PROFILES_ACTIVE"])
	for _, pr := range strings.Split(prof, ",") {
		if pr = strings.TrimSpace(pr); pr != "" && !strings.ContainsAny(pr, "/\\") {
			profiles = append(profiles, "-"+pr)
		}
	}
	names := func(dir string) []string {
		var out []string
		for _, pr := range profiles {
			for _, ext := range []string{".properties", ".yml", ".yaml"} {
				out = append(out, join(dir, "application"+pr+ext))
			}
		}
		return out
	}
	var dirs []string
	if p.Cwd != "" {
		dirs = append(dirs, join(p.Cwd, "config"), p.Cwd)
	}
	if jar != "" {
		if d := path.Dir(jar); d != p.Cwd {
			dirs = append(dirs, join(d, "config"), d)
		}
	}
	for _, d := range dirs {
		sig.Configs = append(sig.Configs, names(d)...)
	}
	loc := firstNonEmpty(args.flag("--spring.config.location", false), args.prop("spring.config.location"),
		args.flag("--spring.config.additional-location", false), args.prop("spring.config.additional-location"),
		p.Env["SPRING_CONFIG_LOCATION"])
	for _, l := range strings.Split(loc, ",") {
		l = strings.TrimSpace(l)
		l = strings.TrimPrefix(l, "optional:")
		if l == "" || strings.HasPrefix(l, "classpath:") {
			continue
		}
		l = strings.TrimPrefix(l, "file:")
		dir := strings.HasSuffix(l, "/")
		l = absPath(l, p.Cwd)
		if dir || path.Ext(l) == "" {
			sig.Configs = append(sig.Configs, names(l)...)
		} else {
			sig.Configs = append(sig.Configs, l)
		}
	}
	return sig
}

func classifyNginx(p *Process, args argList) Signature {
	w := argList(args.title())
	if len(w) > 1 && w[0] == "nginx:" && w[1] != "master" {
		// "nginx: worker process", "nginx: cache manager process" carry
		// nothing: they join their master's instance.
		return Signature{Product: "nginx", Tier: inventory.TierWeb}
	}
	prefix := w.flag("-p", false)
	cfg := w.flag("-c", false)
	switch {
	case cfg != "" && prefix != "":
		cfg = absPath(cfg, prefix)
	case cfg != "":
		cfg = absPath(cfg, p.Cwd)
	case prefix != "":
		cfg = join(prefix, "conf/nginx.conf")
	default:
		cfg = "/etc/nginx/nginx.conf"
	}
	return Signature{Product: "nginx", Tier: inventory.TierWeb, Key: cfg, Configs: []string{cfg}}
}

func classifyHTTPD(p *Process, args argList) Signature {
	root := args.flag("-d", false)
	cfg := args.flag("-f", false)
	confDir := p.Env["APACHE_CONFDIR"]
	switch {
	case cfg != "":
		cfg = absPath(cfg, firstNonEmpty(root, p.Cwd))
	case root != "":
		cfg = join(root, "conf/httpd.conf")
	case confDir != "":
		cfg = join(confDir, "apache2.conf")
	case p.Comm == "apache2" || path.Base(p.Exe) == "apache2":
		cfg = "/etc/apache2/apache2.conf"
	default:
		cfg = "/etc/httpd/conf/httpd.conf"
	}
	return Signature{Product: "httpd", Tier: inventory.TierWeb, Key: cfg, Configs: []string{cfg}}
}

func classifyPostgres(p *Process, args argList) Signature {
	w := argList(args.title())
	data := absPath(firstNonEmpty(w.flag("-D", true), p.Env["PGDATA"]), p.Cwd)
	sig := Signature{Product: "postgresql", Tier: inventory.TierDB, Key: data}
	for _, a := range w {
		if v, ok := strings.CutPrefix(a, "config_file="); ok {
			sig.Configs = append(sig.Configs, absPath(v, data))
		}
	}
	if data != "" {
		sig.Configs = append(sig.Configs, joinAll(data, "postgresql.conf", "postgresql.auto.conf")...)
	}
	return sig
}

func oracleConfigs(home, tnsAdmin string) []string {
	var out []string
	if tnsAdmin != "" {
		out = joinAll(tnsAdmin, "listener.ora", "tnsnames.ora", "sqlnet.ora")
	}
	if home != "" {
		out = append(out, joinAll(home, "network/admin/listener.ora", "network/admin/tnsnames.ora", "network/admin/sqlnet.ora")...)
	}
	return out
}

// absPath resolves p against dir; it returns "" for "".
func absPath(p, dir string) string {
	if p == "" {
		return ""
	}
	if path.IsAbs(p) || dir == "" {
		return path.Clean(p)
	}
	return path.Join(dir, p)
}

// join is path.Join that keeps "" for an unknown base.
func join(base, rel string) string {
	if base == "" {
		return ""
	}
	return path.Join(base, rel)
}

func joinAll(base string, rels ...string) []string {
	if base == "" {
		return nil
	}
	out := make([]string, len(rels))
	for i, r := range rels {
		out[i] = path.Join(base, r)
	}
	return out
}

// upDir is the n-th parent of p ("/opt/webtob/bin/wsm", 2 -> "/opt/webtob").
func upDir(p string, n int) string {
	if p == "" || !path.IsAbs(p) {
		return ""
	}
	for i := 0; i < n; i++ {
		p = path.Dir(p)
	}
	if p == "/" {
		return ""
	}
	return p
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
