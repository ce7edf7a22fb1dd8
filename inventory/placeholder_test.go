package inventory

import "testing"

func TestPlaceholders(t *testing.T) {
	env := map[string]string{"POSTGRES_DB": "minwon", "cargo.hostname": "wls01", "APP_HOME": "/app"}
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	for _, tc := range []struct {
		in       string
		has      bool
		expanded string
		ok       bool
	}{
		{"@cargo.weblogic.domain.version@", true, "@cargo.weblogic.domain.version@", false},
		{"@cargo.hostname@:7001", true, "wls01:7001", true},
		{"@@Port@@", true, "@@Port@@", false},
		{"${POSTGRES_DB}", true, "minwon", true},
		{"${DB_NAME}", true, "${DB_NAME}", false},
		{"${jboss.http.port:8080}", false, "8080", true},
		{"${PORT:-9090}", false, "9090", true},
		{"%APP_HOME%/conf", true, "/app/conf", true},
		{"%WEBTOBDIR%", true, "%WEBTOBDIR%", false},
		{"{{ .Values.db.host }}", true, "{{ .Values.db.host }}", false},
		{"{{db_name}}", true, "{{db_name}}", false},
		{"@VERSION@", true, "@VERSION@", false},
		// Not placeholders: mail addresses, JDBC "@host", URL escapes,
		// a lone percent.
		{"admin@agency.go.kr", false, "admin@agency.go.kr", true},
		{"jdbc:oracle:thin:@db01:1521:ORCL", false, "jdbc:oracle:thin:@db01:1521:ORCL", true},
		{"RWdvdk15c3FsQXJpYVB3%3D%3D", false, "RWdvdk15c3FsQXJpYVB3%3D%3D", true},
		{"100%", false, "100%", true},
		{"9.0.80", false, "9.0.80", true},
	} {
		if got := HasPlaceholder(tc.in); got != tc.has {
			t.Errorf("HasPlaceholder(%q) = %v, want %v", tc.in, got, tc.has)
		}
		if got, ok := ExpandPlaceholders(tc.in, lookup); got != tc.expanded || ok != tc.ok {
			t.Errorf("ExpandPlaceholders(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.expanded, tc.ok)
		}
	}
}

// FuzzPlaceholders checks expansion never panics, that a string without
// tokens is left alone, and that whatever remains after a failed
// expansion still reads as holding a placeholder.
func FuzzPlaceholders(f *testing.F) {
	f.Add("@a@ ${b} %c% {{ d }} ${e:-f}")
	f.Add("${${x}}")
	f.Fuzz(func(t *testing.T, s string) {
		out, ok := ExpandPlaceholders(s, func(k string) (string, bool) { return "", k == "known" })
		if !HasPlaceholder(s) && !ok {
			t.Fatalf("%q: no placeholder, yet not ok", s)
		}
		if !ok && !HasPlaceholder(out) {
			t.Fatalf("%q -> %q: unresolved, yet no placeholder left", s, out)
		}
	})
}
