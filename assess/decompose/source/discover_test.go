package source

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

func tableNames(t *testing.T, opts Options) ([]string, map[string]string, []string) {
	t.Helper()
	m := load(t, opts)
	var names []string
	comments := map[string]string{}
	for _, tb := range m.Tables {
		names = append(names, tb.Name)
		comments[tb.Name] = tb.Comment
	}
	return names, comments, m.Problems
}

// TestDiscoverSchema: with --src alone, the DDL and separate COMMENT ON
// scripts in the tree are read, one dialect of several, and the input
// says what was used.
func TestDiscoverSchema(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "script/ddl/oracle/com_DDL_oracle.sql", "CREATE TABLE TB_A (ID NUMBER);\nCREATE TABLE TB_B (ID NUMBER, A_ID NUMBER REFERENCES TB_A(ID));\nCREATE TABLE TB_ORPHAN (ID NUMBER);\n")
	write(t, dir, "script/ddl/mysql/com_DDL_mysql.sql", "CREATE TABLE TB_A (ID INT);\nCREATE TABLE TB_MYSQL_ONLY (ID INT);\n")
	write(t, dir, "script/comment/oracle/com_comment_oracle.sql", "COMMENT ON TABLE TB_A IS '가나';\nCOMMENT ON COLUMN TB_A.ID IS '아이디';\n")
	write(t, dir, "script/dml/oracle/data_oracle.sql", "INSERT INTO TB_A VALUES (1);\n")
	write(t, dir, "src/main/resources/mapper/A_SQL.xml", `<mapper namespace="a"><select id="s">SELECT * FROM TB_A A, TB_B B, TB_GHOST G WHERE A.ID = B.A_ID</select></mapper>`)

	m := load(t, Options{Dir: dir})
	names := []string{}
	for _, tb := range m.Tables {
		names = append(names, tb.Name)
	}
	if got := strings.Join(names, ","); got != "TB_A,TB_B,TB_ORPHAN" {
		t.Errorf("tables %s, want the Oracle schema's (TB_GHOST is not in it, TB_MYSQL_ONLY is MySQL's)", got)
	}
	if m.Tables[0].Comment != "가나" {
		t.Errorf("comment from the separate script: %q", m.Tables[0].Comment)
	}
	s := m.Schema
	if s == nil || !s.Discovered || s.Dialect != "oracle" || !slices.Equal(s.Dialects, []string{"oracle", "mysql"}) ||
		!slices.Equal(s.Used, []string{"script/comment/oracle/com_comment_oracle.sql", "script/ddl/oracle/com_DDL_oracle.sql"}) ||
		s.Tables != 3 || !s.Filtered || s.Unknown != 1 {
		t.Errorf("schema input %+v", s)
	}

	// --dialect picks; an unknown preference falls back with a note.
	names, _, _ = tableNames(t, Options{Dir: dir, Dialect: "mysql"})
	if !slices.Contains(names, "TB_MYSQL_ONLY") || slices.Contains(names, "TB_ORPHAN") {
		t.Errorf("mysql tables %v", names)
	}
	_, _, problems := tableNames(t, Options{Dir: dir, Dialect: "db2"})
	if !slices.ContainsFunc(problems, func(p string) bool { return strings.Contains(p, "no db2 scripts found; used oracle") }) {
		t.Errorf("problems %v", problems)
	}

	// Off: only what SQL names.
	names, _, _ = tableNames(t, Options{Dir: dir, NoDiscovery: true})
	if got := strings.Join(names, ","); got != "TB_A,TB_B,TB_GHOST" {
		t.Errorf("without discovery: %s", got)
	}
}

// TestDiscoverPartialSchema: a schema script that defines under half of
// the tables the SQL names (one module's, a sample) adds comments and keys
// but does not drop the other tables.
func TestDiscoverPartialSchema(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "db/part.sql", "CREATE TABLE TB_A (ID NUMBER);\n")
	write(t, dir, "src/main/resources/mapper/A_SQL.xml", `<mapper namespace="a"><select id="s">SELECT * FROM TB_A, TB_B, TB_C</select></mapper>`)
	m := load(t, Options{Dir: dir})
	if len(m.Tables) != 3 || m.Schema == nil || m.Schema.Filtered || m.Schema.Unknown != 2 {
		t.Errorf("tables %v, schema %+v", m.Tables, m.Schema)
	}
}

// TestSystemCatalogues: SQL reading the database's catalogue names no
// application table.
func TestSystemCatalogues(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "src/main/resources/mapper/Meta_SQL.xml", `<mapper namespace="meta">
<select id="cols">SELECT COLUMN_NAME FROM information_schema.columns WHERE TABLE_NAME = #{t}</select>
<select id="tabs">SELECT TABLE_NAME FROM information_schema.tables</select>
<select id="ora">SELECT A.COLUMN_NAME, B.COMMENTS FROM ALL_TAB_COLUMNS A, USER_COL_COMMENTS B, USER_TABLES C, SYS.OBJ$ D WHERE 1 = 1</select>
<select id="now">SELECT SYSDATE FROM DUAL</select>
<select id="app">SELECT * FROM TB_REAL</select>
</mapper>`)
	names, _, _ := tableNames(t, Options{Dir: dir})
	if got := strings.Join(names, ","); got != "TB_REAL" {
		t.Errorf("tables %s, want TB_REAL only", got)
	}
}

// TestSpecialFiles: FIFOs named like a mapper, a Java file and a DDL
// script, under the tree or given as --ddl, are noted and skipped; a
// symbolic link to the tree reads like the tree.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "app/db/schema.sql", "CREATE TABLE TB_A (ID NUMBER);\n")
	write(t, dir, "app/src/main/resources/mapper/A_SQL.xml", `<mapper namespace="a"><select id="s">SELECT * FROM TB_A</select></mapper>`)
	for _, p := range []string{"app/src/main/resources/mapper/B_SQL.xml", "app/src/main/java/B.java", "app/db/b.sql"} {
		if err := syscall.Mkfifo(filepath.Join(dir, p), 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
	}
	app := filepath.Join(dir, "app")
	names, _, problems := tableNames(t, Options{Dir: app})
	if !slices.Equal(names, []string{"TB_A"}) {
		t.Errorf("tables %v", names)
	}
	for _, f := range []string{"B_SQL.xml", "B.java", "b.sql"} {
		if !slices.ContainsFunc(problems, func(p string) bool {
			return strings.Contains(p, f+": skipped: not a regular file: named pipe (FIFO)")
		}) {
			t.Errorf("no note on %s in %v", f, problems)
		}
	}
	names, _, problems = tableNames(t, Options{Dir: app, DDL: []string{filepath.Join(app, "db/b.sql")}})
	if !slices.Equal(names, []string{"TB_A"}) || !slices.ContainsFunc(problems, func(p string) bool { return strings.Contains(p, "b.sql: skipped") }) {
		t.Errorf("FIFO as --ddl: tables %v, problems %v", names, problems)
	}

	link := filepath.Join(dir, "link")
	if err := os.Symlink(app, link); err != nil {
		t.Skipf("symlink: %v", err)
	}
	names, _, _ = tableNames(t, Options{Dir: link})
	if !slices.Equal(names, []string{"TB_A"}) {
		t.Errorf("through the link: tables %v", names)
	}
	// A link inside the tree to a device is followed and refused.
	if err := os.Symlink("/dev/zero", filepath.Join(app, "db/zero.sql")); err == nil {
		_, _, problems = tableNames(t, Options{Dir: app})
		if !slices.ContainsFunc(problems, func(p string) bool { return strings.Contains(p, "zero.sql: skipped: not a regular file") }) {
			t.Errorf("link to /dev/zero: %v", problems)
		}
	}
}

// TestFileSizeLimit: a file over the limit is skipped with a note naming
// the flag that raises it.
func TestFileSizeLimit(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "src/main/resources/mapper/A_SQL.xml", `<mapper namespace="a"><select id="s">SELECT * FROM TB_A</select></mapper>`)
	write(t, dir, "src/main/resources/mapper/Big_SQL.xml", `<mapper namespace="b"><select id="s">SELECT * FROM TB_BIG`+strings.Repeat(" ", 200)+`</select></mapper>`)
	names, _, problems := tableNames(t, Options{Dir: dir, MaxFileSize: 150})
	if !slices.Equal(names, []string{"TB_A"}) || !slices.ContainsFunc(problems, func(p string) bool {
		return strings.Contains(p, "Big_SQL.xml: skipped:") && strings.Contains(p, "--max-file-size")
	}) {
		t.Errorf("tables %v, problems %v", names, problems)
	}
}

func TestScriptDialect(t *testing.T) {
	for path, want := range map[string]string{
		"script/ddl/oracle/com_DDL_oracle.sql":        "oracle",
		"DATABASE/mysql/all_ddl_mysql.sql":            "mysql",
		"src/main/resources/db/h2/schema.sql":         "h2",
		"database/jpetstore-hsqldb-schema.sql":        "hsql",
		"script/comment/maria/egov_maria_comment.sql": "mariadb",
		"db/schema.sql": "",
		"src/ddl/postgres/x-postgres.create-user.sql": "postgres",
	} {
		if got := scriptDialect(path); got != want {
			t.Errorf("scriptDialect(%q) = %q, want %q", path, got, want)
		}
	}
}

// TestHostileSources: a Java file of nothing but parentheses and a mapper
// of deeply nested tags are refused with a note instead of holding
// hundreds of megabytes.
func TestHostileSources(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "A.java", "class A { void f() { "+strings.Repeat("(", maxJavaTokens+10)+" } }")
	write(t, dir, "M_SQL.xml", `<mapper namespace="m"><select id="s">SELECT * FROM TB_A `+
		strings.Repeat(`<if test="a">`, maxElements)+strings.Repeat(`</if>`, maxElements)+`</select></mapper>`)
	write(t, dir, "db/ok.sql", "CREATE TABLE TB_OK (ID NUMBER);\n")
	names, _, problems := tableNames(t, Options{Dir: dir})
	if !slices.Equal(names, []string{"TB_OK"}) {
		t.Errorf("tables %v", names)
	}
	for _, want := range []string{"A.java:1: more than", "M_SQL.xml:1: more than"} {
		if !slices.ContainsFunc(problems, func(p string) bool { return strings.Contains(p, want) }) {
			t.Errorf("no %q in %v", want, problems)
		}
	}
}
