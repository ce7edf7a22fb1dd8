package scan

import (
	"bufio"
	"bytes"
	"net/netip"
	"path"
	"sort"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/internal/sets"
)

// hostsEntry is one line of an etc/hosts file.
type hostsEntry struct {
	Addr  string
	Names []string
	Line  int
}

// lines splits data into lines without their CR, tolerating a BOM.
func lines(data []byte) []string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), len(data)+1)
	for sc.Scan() {
		out = append(out, strings.TrimRight(sc.Text(), "\r"))
	}
	return out
}

// parseIP returns the canonical text of an address written as an IP or a
// CIDR prefix, and whether it was one.
func parseIP(s string) (string, bool) {
	s = strings.Trim(strings.TrimSpace(s), `"'`)
	if i := strings.IndexByte(s, '/'); i >= 0 {
		s = s[:i]
	}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return "", false
	}
	return a.WithZone("").Unmap().String(), true
}

// isLoopback reports whether addr is a loopback or unspecified address,
// which never identifies a host to others.
func isLoopback(addr string) bool {
	a, err := netip.ParseAddr(addr)
	return err != nil || a.IsLoopback() || a.IsUnspecified()
}

// parseHostsFile reads etc/hosts: an address followed by names, # comments.
func parseHostsFile(data []byte) []hostsEntry {
	var out []hostsEntry
	for i, l := range lines(data) {
		if j := strings.IndexByte(l, '#'); j >= 0 {
			l = l[:j]
		}
		f := strings.Fields(l)
		if len(f) < 2 {
			continue
		}
		addr, ok := parseIP(f[0])
		if !ok {
			continue
		}
		var names []string
		for _, n := range f[1:] {
			if validHostName(n) {
				names = append(names, strings.ToLower(n))
			}
		}
		if len(names) > 0 {
			out = append(out, hostsEntry{Addr: addr, Names: names, Line: i + 1})
		}
	}
	return out
}

// validHostName accepts what may plausibly name a host: printable, no
// spaces, not absurdly long.
func validHostName(s string) bool {
	if s == "" || len(s) > 253 {
		return false
	}
	for _, r := range s {
		if r <= ' ' || r == 0x7f || r == unicode.ReplacementChar || !unicode.IsPrint(r) || strings.ContainsRune(`"'/\,;<>`, r) {
			return false
		}
	}
	return true
}

// parseHostname reads etc/hostname (first word of the first line that is
// not a comment).
func parseHostname(data []byte) string {
	for _, l := range lines(data) {
		if j := strings.IndexByte(l, '#'); j >= 0 {
			l = l[:j]
		}
		f := strings.Fields(l)
		if len(f) > 0 && validHostName(f[0]) {
			return f[0]
		}
	}
	return ""
}

// parseShellVars reads KEY=value lines (ifcfg files, etc/sysconfig/network),
// unquoting values.
func parseShellVars(data []byte) map[string]string {
	out := map[string]string{}
	for _, l := range lines(data) {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		l = strings.TrimPrefix(l, "export ")
		k, v, ok := strings.Cut(l, "=")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			v = v[1 : len(v)-1]
		} else if j := strings.Index(v, " #"); j >= 0 {
			v = strings.TrimSpace(v[:j])
		}
		out[strings.ToUpper(strings.TrimSpace(k))] = v
	}
	return out
}

// parseIfcfg returns the addresses of a RHEL network-scripts ifcfg file:
// IPADDR, IPADDR0, IPADDR1 ... and IPV6ADDR(_SECONDARIES).
func parseIfcfg(data []byte) []string {
	vars := parseShellVars(data)
	var out []string
	for k, v := range vars {
		switch {
		case k == "IPADDR" || (strings.HasPrefix(k, "IPADDR") && isDigits(k[6:])),
			k == "IPV6ADDR" || k == "IPV6ADDR_SECONDARIES":
			for _, f := range strings.Fields(v) {
				if a, ok := parseIP(f); ok {
					out = append(out, a)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// parseInterfaces returns the static addresses of a Debian
// etc/network/interfaces file, skipping the loopback stanza.
func parseInterfaces(data []byte) []string {
	var out []string
	inLo := false
	for _, l := range lines(data) {
		if j := strings.IndexByte(l, '#'); j >= 0 {
			l = l[:j]
		}
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		switch f[0] {
		case "iface":
			inLo = len(f) > 1 && f[1] == "lo"
		case "auto", "allow-hotplug", "mapping", "source", "source-directory":
		case "address":
			if !inLo && len(f) > 1 {
				if a, ok := parseIP(f[1]); ok {
					out = append(out, a)
				}
			}
		}
	}
	return out
}

// parseNetplan returns the addresses of a netplan YAML file: every
// "addresses" list under network.<kind>.<interface>, not nameservers'.
func parseNetplan(data []byte) []string {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil
	}
	var out []string
	var walk func(n *yaml.Node, key string, depth int)
	walk = func(n *yaml.Node, key string, depth int) {
		if n == nil || depth > 32 {
			return
		}
		switch n.Kind {
		case yaml.DocumentNode:
			for _, c := range n.Content {
				walk(c, key, depth+1)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				if k.Value == "nameservers" || k.Value == "routes" {
					continue
				}
				if k.Value == "addresses" && v.Kind == yaml.SequenceNode {
					for _, a := range v.Content {
						s := a.Value
						if a.Kind == yaml.MappingNode && len(a.Content) > 0 {
							s = a.Content[0].Value
						}
						if ip, ok := parseIP(s); ok {
							out = append(out, ip)
						}
					}
					continue
				}
				walk(v, k.Value, depth+1)
			}
		case yaml.SequenceNode:
			for _, c := range n.Content {
				walk(c, key, depth+1)
			}
		}
	}
	walk(&doc, "", 0)
	return out
}

// hostIdentity is what a host's own network configuration says about it.
type hostIdentity struct {
	Name      string
	Addresses []string
	// Resolve maps lower-case names to the addresses etc/hosts gives them.
	Resolve map[string][]string
}

// identityFile reports whether a path (host-relative, or under a host
// folder) is one of the files readIdentity reads.
func identityFile(p string) bool {
	p = "/" + p
	for _, s := range []string{"/etc/hostname", "/etc/hosts", "/etc/sysconfig/network", "/etc/network/interfaces"} {
		if strings.HasSuffix(p, s) {
			return true
		}
	}
	return strings.Contains(p, "/etc/sysconfig/network-scripts/ifcfg-") || strings.Contains(p, "/etc/netplan/") ||
		strings.Contains(p, "/etc/network/interfaces.d/")
}

// readIdentity reads the host name and addresses from the usual files;
// fallback names the host when no hostname file exists.
func readIdentity(r *hostReader, fallback string) hostIdentity {
	id := hostIdentity{Name: fallback, Resolve: map[string][]string{}}
	if data, err := r.ReadFile("etc/hostname"); err == nil {
		if n := parseHostname(data); n != "" {
			id.Name = n
		}
	} else if data, err := r.ReadFile("etc/sysconfig/network"); err == nil {
		if n := parseShellVars(data)["HOSTNAME"]; validHostName(n) {
			id.Name = n
		}
	}
	addrs := map[string]bool{}
	add := func(list []string) {
		for _, a := range list {
			if !isLoopback(a) {
				addrs[a] = true
			}
		}
	}
	for _, p := range r.Glob("etc/sysconfig/network-scripts/ifcfg-*") {
		if path.Base(p) == "ifcfg-lo" {
			continue
		}
		if data, err := r.ReadFile(p); err == nil {
			add(parseIfcfg(data))
		}
	}
	for _, p := range r.Glob("etc/netplan/*.yaml") {
		if data, err := r.ReadFile(p); err == nil {
			add(parseNetplan(data))
		}
	}
	ifaces := append([]string{"etc/network/interfaces"}, r.Glob("etc/network/interfaces.d/*")...)
	for _, p := range ifaces {
		if data, err := r.ReadFile(p); err == nil {
			add(parseInterfaces(data))
		}
	}
	if data, err := r.ReadFile("etc/hosts"); err == nil {
		lower := strings.ToLower(id.Name)
		short, _, _ := strings.Cut(lower, ".")
		for _, e := range parseHostsFile(data) {
			for _, n := range e.Names {
				if !isLoopback(e.Addr) {
					id.Resolve[n] = sets.AppendUnique(id.Resolve[n], e.Addr)
				}
				if n == lower || n == short {
					add([]string{e.Addr})
				}
			}
		}
	}
	for a := range addrs {
		id.Addresses = append(id.Addresses, a)
	}
	sort.Strings(id.Addresses)
	return id
}
