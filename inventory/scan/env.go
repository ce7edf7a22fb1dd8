package scan

import (
	"fmt"
	"path"
	"strings"

	"github.com/cnready/cnready/inventory"
)

// envFiles are the host's environment files read to fill template
// placeholders: system-wide settings and the profiles of the accounts
// products run as.
var envFiles = []string{
	"etc/environment", "etc/profile", "etc/profile.d/*.sh",
	"root/.bash_profile", "root/.profile", "root/.bashrc",
	"home/*/.bash_profile", "home/*/.profile", "home/*/.bashrc",
}

// isEnvFile reports whether p is a Docker Compose style .env file.
func isEnvFile(p string) bool {
	b := path.Base(p)
	return b == ".env" || strings.HasSuffix(b, ".env")
}

// envFile reports whether p (host-relative, or under a host folder) is
// one of the files loadEnv reads.
func envFile(p string) bool {
	if isEnvFile(p) {
		return true
	}
	p = "/" + p
	for _, s := range []string{"/etc/environment", "/etc/profile", "/.bash_profile", "/.profile", "/.bashrc"} {
		if strings.HasSuffix(p, s) {
			return true
		}
	}
	return strings.Contains(p, "/etc/profile.d/")
}

// loadEnv reads the host's environment files (and the .env files among
// paths) into one table. A name given two different values is ambiguous
// and resolves to nothing; values that refer to other variables or run
// commands, and secret-named variables, are not kept.
func (r *hostReader) loadEnv(paths []string) {
	var files []string
	for _, g := range envFiles {
		if strings.ContainsAny(g, "*") {
			files = append(files, r.Glob(g)...)
		} else if r.Exists(g) {
			files = append(files, g)
		}
	}
	for _, p := range paths {
		if isEnvFile(p) {
			files = append(files, p)
		}
	}
	env := map[string]string{}
	ambiguous := map[string]bool{}
	for _, p := range files {
		data, err := r.ReadFile(p)
		if err != nil {
			continue
		}
		for k, v := range parseShellVars(data) {
			if v == "" || strings.ContainsAny(v, "$`") || inventory.IsSecretKey(k) {
				continue
			}
			if old, ok := env[k]; ok && old != v {
				ambiguous[k] = true
			}
			env[k] = v
		}
	}
	for k := range ambiguous {
		delete(env, k)
	}
	r.env = env
}

// Env looks name up in the host's environment table.
func (r *hostReader) Env(name string) (string, bool) {
	v, ok := r.env[strings.ToUpper(name)]
	return v, ok
}

// fillPlaceholders is the net under the detectors for template tokens
// left in what they report (@cargo.hostname@, ${POSTGRES_DB}, %VAR%,
// {{ x }}): each is filled from the host's environment files, or the value
// is left empty (a target to an unknown host is dropped) and a note says
// so. It returns the notes.
func (hr *HostResult) fillPlaceholders(f *inventory.Findings, env func(string) (string, bool)) []string {
	var notes []string
	fill := func(v, what string, ev []inventory.Evidence) (string, bool) {
		out, ok := inventory.ExpandPlaceholders(v, env)
		if !ok {
			notes = append(notes, fmt.Sprintf("%s: unresolved placeholder %s in %s; left empty", evidenceText(ev), v, what))
			return "", false
		}
		return out, true
	}
	for i := range f.Components {
		c := &f.Components[i]
		c.Version, _ = fill(c.Version, "the version of "+c.ID, c.Evidence)
		var listen []string
		for _, l := range c.Listen {
			if v, ok := fill(l, "a listen address of "+c.ID, c.Evidence); ok {
				listen = append(listen, v)
			} else if p := listenPort(l); p > 0 {
				// The port is known, the address is not.
				listen = append(listen, fmt.Sprint(p))
			}
		}
		c.Listen = listen
	}
	for id, names := range f.Names {
		var kept []string
		for _, n := range names {
			if v, ok := fill(n, "a name of "+id, nil); ok {
				kept = append(kept, v)
			}
		}
		f.Names[id] = kept
	}
	targets := f.Targets[:0]
	for _, t := range f.Targets {
		var ok bool
		if t.Database, ok = fill(t.Database, "the database of a "+t.Protocol+" target of "+t.From, t.Evidence); !ok {
			t.Database = ""
		}
		if t.Host, ok = fill(t.Host, "the host of a "+t.Protocol+" target of "+t.From, t.Evidence); !ok {
			continue
		}
		targets = append(targets, t)
	}
	f.Targets = targets
	return notes
}
