package detect

import (
	"context"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/cnready/cnready/inventory"
)

func nginxDetector() inventory.Detector {
	return funcDetector{name: "nginx", match: func(p string) bool {
		return baseLower(p) == "nginx.conf" && !skipPath(p)
	}, detect: detectNginx}
}

// ngxDirective is one nginx directive with its block.
type ngxDirective struct {
	name  string
	args  []string
	ev    inventory.Evidence
	block []*ngxDirective
}

// ngxToken is a word or one of "{", "}", ";" with its line.
type ngxToken struct {
	s     string
	line  int
	quote bool
}

// ngxTokens splits an nginx configuration into tokens.
func ngxTokens(text string) []ngxToken {
	var out []ngxToken
	line := 1
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\n':
			line++
			i++
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case c == '#':
			for i < len(text) && text[i] != '\n' {
				i++
			}
		case c == '{' || c == '}' || c == ';':
			out = append(out, ngxToken{s: string(c), line: line})
			i++
		case c == '"' || c == '\'':
			start, l := i+1, line
			i++
			for i < len(text) && text[i] != c {
				if text[i] == '\\' {
					i++
				}
				if i < len(text) && text[i] == '\n' {
					line++
				}
				i++
			}
			end := min(i, len(text))
			out = append(out, ngxToken{s: text[start:end], line: l, quote: true})
			i++
		default:
			start := i
			for i < len(text) && !strings.ContainsRune(" \t\r\n;{}", rune(text[i])) {
				// "${name}" is a variable, its braces no block (as in
				// nginx's own lexer).
				if text[i] == '$' && i+1 < len(text) && text[i+1] == '{' {
					if end := strings.IndexAny(text[i:], "}\n"); end > 0 && text[i+end] == '}' {
						i += end + 1
						continue
					}
				}
				i++
			}
			out = append(out, ngxToken{s: text[start:i], line: line})
		}
	}
	return out
}

// ngxParse builds the directive tree of one file, following includes
// relative to the main configuration's directory.
type ngxParser struct {
	h       *inventory.HostContext
	f       *findings
	prefix  string
	visited map[string]bool
}

func (np *ngxParser) file(p string, depth int) []*ngxDirective {
	if depth > 16 || np.visited[p] {
		return nil
	}
	np.visited[p] = true
	text, ok := np.f.readText(np.h, p)
	if !ok {
		return nil
	}
	toks := ngxTokens(text)
	i := 0
	return np.block(p, toks, &i, depth)
}

func (np *ngxParser) block(p string, toks []ngxToken, i *int, depth int) []*ngxDirective {
	var out []*ngxDirective
	for *i < len(toks) {
		t := toks[*i]
		if t.s == "}" && !t.quote {
			*i++
			return out
		}
		if (t.s == ";" || t.s == "{") && !t.quote {
			*i++
			continue
		}
		d := &ngxDirective{name: strings.ToLower(t.s), ev: ev(p, t.line)}
		*i++
		for *i < len(toks) {
			a := toks[*i]
			if !a.quote && (a.s == ";" || a.s == "{" || a.s == "}") {
				break
			}
			d.args = append(d.args, a.s)
			*i++
		}
		if *i < len(toks) && toks[*i].s == "{" && !toks[*i].quote {
			*i++
			d.block = np.block(p, toks, i, depth)
		} else if *i < len(toks) && toks[*i].s == ";" {
			*i++
		}
		if d.name == "include" && len(d.args) > 0 {
			inc := rel(np.prefix, d.args[0])
			var files []string
			if strings.ContainsAny(inc, "*?[") {
				if np.h.Glob != nil {
					files = np.h.Glob(inc)
				}
			} else if np.h.Exists(inc) {
				files = []string{inc}
			}
			sort.Strings(files)
			for _, fp := range files {
				out = append(out, np.file(fp, depth+1)...)
			}
			continue
		}
		out = append(out, d)
	}
	return out
}

func detectNginx(_ context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	f := newFindings(h)
	visited := map[string]bool{}
	for _, p := range paths {
		if visited[p] {
			continue
		}
		prefix := path.Dir(p)
		np := &ngxParser{h: h, f: f, prefix: prefix, visited: visited}
		tree := np.file(p, 0)
		home := prefix
		if strings.EqualFold(path.Base(home), "conf") {
			home = path.Dir(home) // source build: <prefix>/conf/nginx.conf
		}
		id := "nginx:" + abs(home)
		c := inventory.Component{ID: id, Tier: inventory.TierWeb, Product: "nginx", Evidence: []inventory.Evidence{ev(p, 1)}}
		c.Version = versionInPath(prefix, "nginx")
		if !strings.Contains(c.Version, ".") {
			c.Version = dpkgVersion(h, "nginx", "nginx-core", "nginx-full", "nginx-light", "nginx-extras")
		}
		upstreams := map[string][]apacheBackend{}
		type ref struct {
			proto, target string
			ev            inventory.Evidence
		}
		var refs []ref
		var walk func(ds []*ngxDirective, ctx string)
		walk = func(ds []*ngxDirective, ctx string) {
			for _, d := range ds {
				switch d.name {
				case "http", "stream":
					walk(d.block, d.name)
				case "upstream":
					if len(d.args) == 0 {
						continue
					}
					name := d.args[0]
					for _, s := range d.block {
						if s.name != "server" || len(s.args) == 0 {
							continue
						}
						host, port := splitHostPort(s.args[0])
						if strings.HasPrefix(s.args[0], "unix:") || host == "" {
							continue
						}
						upstreams[name] = append(upstreams[name], apacheBackend{host: host, port: port, ev: s.ev})
					}
				case "server":
					if ctx == "http" || ctx == "stream" {
						listened := false
						vars := ngxSetVars(d.block)
						var sub func(ds []*ngxDirective)
						sub = func(ds []*ngxDirective) {
							for _, s := range ds {
								switch s.name {
								case "listen":
									if len(s.args) > 0 && !strings.HasPrefix(s.args[0], "unix:") {
										host, port := splitHostPort(s.args[0])
										if port > 0 {
											c.Listen = f.appendBounded(c.Listen, "listen addresses of a component", listenAddr(host, port))
											c.Evidence = append(c.Evidence, s.ev)
											listened = true
										}
									}
								case "location", "if", "limit_except":
									sub(s.block)
								case "proxy_pass", "grpc_pass", "fastcgi_pass", "uwsgi_pass", "scgi_pass":
									if len(s.args) > 0 {
										proto := ctx
										if s.name != "proxy_pass" {
											proto = s.name
										}
										refs = append(refs, ref{proto: proto, target: ngxExpand(s.args[0], vars), ev: s.ev})
									}
								}
							}
						}
						sub(d.block)
						if !listened && ctx == "http" {
							c.Listen = f.appendBounded(c.Listen, "listen addresses of a component", listenAddr("", 80))
						}
					}
				}
			}
		}
		walk(tree, "")
		if len(c.Listen) == 0 {
			c.Listen = []string{}
		}
		f.component(c)
		for _, r := range refs {
			target := r.target
			proto, def := "http", 80
			lower := strings.ToLower(target)
			switch {
			case strings.HasPrefix(lower, "https://"), strings.HasPrefix(lower, "grpcs://"):
				proto, def = "https", 443
				target = target[strings.Index(target, "://")+3:]
			case strings.Contains(lower, "://"):
				target = target[strings.Index(target, "://")+3:]
			}
			if r.proto != "http" {
				proto, def = "tcp", 0
			}
			target, _, _ = strings.Cut(target, "/")
			if strings.Contains(target, "$") {
				f.note("%s:%d: %s target is a variable", r.ev.Path, r.ev.Line, r.proto)
				continue
			}
			if strings.HasPrefix(target, "unix:") {
				continue
			}
			if r.proto == "stream" {
				f.note("%s:%d: stream (TCP) proxy not linked", r.ev.Path, r.ev.Line)
				continue
			}
			if members, ok := upstreams[target]; ok {
				f.name(id, target)
				for _, m := range members {
					port := m.port
					if port == 0 {
						port = def
					}
					if port == 0 {
						port = 80
					}
					f.target(inventory.Target{From: id, Host: m.host, Port: port, Protocol: proto, Tier: inventory.TierWAS,
						Evidence: []inventory.Evidence{r.ev, m.ev}})
				}
				continue
			}
			host, port := splitHostPort(target)
			if port == 0 {
				port = def
			}
			if host == "" || port == 0 {
				continue
			}
			f.target(inventory.Target{From: id, Host: host, Port: port, Protocol: proto, Tier: inventory.TierWAS,
				Evidence: []inventory.Evidence{r.ev}})
		}
	}
	return f.result()
}

// ngxSetVars collects "set $name value;" of a server block and its
// locations whose value is literal, so "proxy_pass $backend;" (written
// that way to re-resolve names at run time) still names its backend.
// A variable set to different values is left unresolved.
func ngxSetVars(ds []*ngxDirective) map[string]string {
	vars := map[string]string{}
	var walk func(ds []*ngxDirective)
	walk = func(ds []*ngxDirective) {
		for _, d := range ds {
			switch d.name {
			case "set":
				if len(d.args) < 2 || !strings.HasPrefix(d.args[0], "$") || strings.Contains(d.args[1], "$") {
					continue
				}
				name := d.args[0][1:]
				if old, ok := vars[name]; ok && old != d.args[1] {
					vars[name] = "" // ambiguous
					continue
				}
				vars[name] = d.args[1]
			case "location", "if", "limit_except":
				walk(d.block)
			}
		}
	}
	walk(ds)
	return vars
}

var ngxVarRE = regexp.MustCompile(`\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?`)

// ngxExpand replaces $name and ${name} by the literal values in vars.
func ngxExpand(s string, vars map[string]string) string {
	if !strings.Contains(s, "$") {
		return s
	}
	return ngxVarRE.ReplaceAllStringFunc(s, func(m string) string {
		name := strings.Trim(m[1:], "{}")
		if v := vars[name]; v != "" {
			return v
		}
		return m
	})
}
