package live

import (
	"bytes"
	"path"
	"strings"

	"github.com/cnready/cnready/inventory"
)

// Redacted replaces every secret-like value taken from a command line; it
// is the inventory's marker.
const Redacted = inventory.Redacted

// maxArgs bounds how many arguments of one command line are kept; real
// JVM command lines stay far below it.
const maxArgs = 4096

// ParseCmdline splits the contents of /proc/<pid>/cmdline, whose arguments
// are NUL-terminated, into arguments. A process that rewrote its title
// (nginx, postgres) leaves one argument holding spaces; it is kept whole.
// Trailing NUL padding is dropped. The result is not redacted: callers
// pass it through RedactArgs before keeping it.
func ParseCmdline(b []byte) []string {
	b = bytes.TrimRight(b, "\x00")
	if len(b) == 0 {
		return nil
	}
	parts := bytes.Split(b, []byte{0})
	if len(parts) > maxArgs {
		parts = parts[:maxArgs]
	}
	args := make([]string, len(parts))
	for i, p := range parts {
		args[i] = string(p)
	}
	return args
}

// RedactArgs returns a copy of args with every secret-like value replaced
// by Redacted: values of secret-named -Dkey=value, --key=value and
// key=value arguments, the argument after a secret-named flag
// (--password x, -p x), mysql-style -pSECRET, encrypted values, URL
// userinfo passwords and JDBC password properties. It errs on the side of
// redacting too much: the scanner only needs paths, main classes and
// well-known -D properties.
func RedactArgs(args []string) []string {
	out := make([]string, len(args))
	redactNext := false
	shortP := len(args) > 0 && !pIsHarmless(args[0])
	for i, a := range args {
		if redactNext {
			redactNext = false
			if !strings.HasPrefix(a, "-") || a == "-" {
				out[i] = Redacted
				continue
			}
		}
		out[i] = redactArg(a)
		if i > 0 && out[i] == a && (a == "-p" && shortP || a != "-p" && secretFlag(a)) {
			redactNext = true
		}
	}
	return out
}

// pIsHarmless reports whether program's -p is not a password: nginx's
// prefix, PostgreSQL's port, Altibase's phase.
func pIsHarmless(program string) bool {
	f := strings.Fields(program)
	if len(f) == 0 {
		return false
	}
	switch strings.TrimSuffix(path.Base(f[0]), ":") {
	case "nginx", "postgres", "postmaster", "altibase", "httpd", "apache2", "redis-server", "memcached":
		return true
	}
	return false
}

// secretFlag reports whether a is a flag taking a secret as its next
// argument: -p (JEUS jeusadmin, mysql), --password, -passwd, -pw ...
func secretFlag(a string) bool {
	if strings.Contains(a, "=") {
		return false
	}
	name := strings.TrimLeft(a, "-")
	if name == a || name == "" {
		return false
	}
	if name == "pw" {
		return true
	}
	return inventory.IsSecretKey(name)
}

func redactArg(a string) string {
	if inventory.IsSecretValue(a) {
		return Redacted
	}
	// mysql -pSECRET (but not -p alone, handled as a flag, nor --p...).
	if len(a) > 2 && a[0] == '-' && a[1] == 'p' && !strings.HasPrefix(a, "-path") &&
		!strings.HasPrefix(a, "-pid") && !strings.HasPrefix(a, "-port") && !strings.HasPrefix(a, "-profile") {
		return "-p" + Redacted
	}
	if k, v, ok := strings.Cut(a, "="); ok && !strings.Contains(k, ":") {
		if inventory.IsSecretKey(k) || inventory.IsSecretValue(v) {
			return k + "=" + Redacted
		}
		return inventory.RedactText(k + "=" + inventory.RedactText(v))
	}
	return inventory.RedactText(a)
}

// argList gives the lookups the classifiers need over a redacted command
// line.
type argList []string

// prop returns the value of -Dname=value (the last one wins, as in the JVM).
func (a argList) prop(name string) string {
	v := ""
	p := "-D" + name + "="
	for _, s := range a {
		if strings.HasPrefix(s, p) {
			v = s[len(p):]
		}
	}
	return v
}

// flag returns the value of a flag given as "name value", "name=value" or,
// for single-dash short flags, "-nvalue" when glued is true.
func (a argList) flag(name string, glued bool) string {
	for i, s := range a {
		switch {
		case s == name && i+1 < len(a):
			return a[i+1]
		case strings.HasPrefix(s, name+"="):
			return s[len(name)+1:]
		case glued && len(s) > len(name) && strings.HasPrefix(s, name):
			return s[len(name):]
		}
	}
	return ""
}

// has reports whether any argument equals or, with prefix, starts with s.
func (a argList) has(s string, prefix bool) bool {
	for _, x := range a {
		if x == s || (prefix && strings.HasPrefix(x, s)) {
			return true
		}
	}
	return false
}

// contains reports whether any argument contains s.
func (a argList) contains(s string) bool {
	for _, x := range a {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}

// title splits a rewritten process title ("nginx: master process
// /usr/sbin/nginx -c /etc/nginx/nginx.conf") into words.
func (a argList) title() []string {
	if len(a) == 1 && strings.ContainsRune(a[0], ' ') {
		return strings.Fields(a[0])
	}
	return a
}
