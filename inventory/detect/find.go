package detect

import (
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/cnready/cnready/inventory"
)

// Limits of a host-wide search for files by name. The search runs on
// collected trees and on a live root ("/"), so it must stay bounded.
const (
	findMaxDepth = 10
	findMaxDirs  = 20000
)

// findSkip are directories (host-relative) a search never enters:
// pseudo file systems, binaries, libraries, logs and caches hold no
// server configuration.
var findSkip = map[string]bool{
	"proc": true, "sys": true, "dev": true, "run": true, "tmp": true, "boot": true, "snap": true,
	"bin": true, "sbin": true, "lib": true, "lib64": true, "lib32": true, "lost+found": true,
	"usr/bin": true, "usr/sbin": true, "usr/lib": true, "usr/lib64": true, "usr/lib32": true,
	"usr/include": true, "usr/src": true, "usr/libexec": true, "usr/share/doc": true, "usr/share/man": true,
	"usr/share/locale": true, "usr/share/icons": true, "usr/share/fonts": true, "usr/share/zoneinfo": true,
	"var/tmp": true, "var/log": true, "var/cache": true, "var/spool": true, "var/lib/docker": true,
	"var/lib/containers": true, "var/lib/rpm": true, "var/lib/dpkg": true, "var/lib/apt": true,
}

// findSkipBase are folder names never entered anywhere.
var findSkipBase = map[string]bool{
	".git": true, ".svn": true, "node_modules": true, "logs": true, "log": true, ".workspace": true,
	"work": true, "temp": true, "cache": true, ".cache": true, "jdk": true, "jre": true,
}

// findFiles lists the host files for which want reports true, searching
// breadth first from the root with the limits above. It lists
// directories through h.FS and reads no file.
func findFiles(h *inventory.HostContext, want func(p string) bool) []string {
	if h == nil || h.FS == nil {
		return nil
	}
	var out []string
	queue := []struct {
		dir   string
		depth int
	}{{".", 0}}
	dirs := 0
	for len(queue) > 0 && dirs < findMaxDirs {
		d := queue[0]
		queue = queue[1:]
		dirs++
		entries, err := fs.ReadDir(h.FS, d.dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			p := e.Name()
			if d.dir != "." {
				p = d.dir + "/" + p
			}
			if e.IsDir() {
				if d.depth+1 < findMaxDepth && !findSkip[p] && !findSkipBase[strings.ToLower(e.Name())] {
					queue = append(queue, struct {
						dir   string
						depth int
					}{p, d.depth + 1})
				}
				continue
			}
			if e.Type().IsRegular() && want(p) {
				out = append(out, p)
			}
		}
	}
	sort.Strings(out)
	return out
}

// isTNSNames selects tnsnames.ora files outside samples.
func isTNSNames(p string) bool {
	return baseLower(p) == "tnsnames.ora" && !skipPath(p)
}

// isDeployConfig selects the WAS files that say where applications live:
// Tomcat server.xml and conf/Catalina/<host>/*.xml, JEUS domain.xml.
func isDeployConfig(p string) bool {
	b := baseLower(p)
	dir := path.Dir(p)
	switch {
	case b == "server.xml":
		return matchTomcat(p)
	case b == "domain.xml":
		return matchJEUS(p)
	case strings.HasSuffix(b, ".xml"):
		return strings.EqualFold(path.Base(path.Dir(dir)), "Catalina") && !skipPath(p)
	}
	return false
}
