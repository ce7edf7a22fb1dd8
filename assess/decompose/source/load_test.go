package source

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cnready/cnready/assess/decompose"
)

var update = flag.Bool("update", false, "rewrite golden files")

const appsDir = "../../../testdata/decompose"

func appOptions(app string) Options {
	dir := filepath.Join(appsDir, app)
	switch app {
	case "mybatis-app":
		return Options{Dir: dir, DDL: []string{filepath.Join(dir, "db/ddl/cvpl_oracle.sql")}}
	case "ibatis-app":
		return Options{Dir: dir, DDL: []string{filepath.Join(dir, "db/lib_tibero.sql")},
			CSV: []string{filepath.Join(dir, "db/table-definition.csv")}}
	}
	panic(app)
}

func load(t *testing.T, opts Options) *decompose.Model {
	t.Helper()
	m, err := Load(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestGolden pins the whole model of both fixture apps and checks that two
// runs give byte-identical output.
func TestGolden(t *testing.T) {
	for _, app := range []string{"mybatis-app", "ibatis-app"} {
		t.Run(app, func(t *testing.T) {
			got := marshal(t, load(t, appOptions(app)))
			again := marshal(t, load(t, appOptions(app)))
			if !bytes.Equal(got, again) {
				t.Fatal("two runs differ")
			}
			golden := filepath.Join("testdata", app+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("model differs from %s; run go test -update and review the diff", golden)
			}
		})
	}
}

// marshal renders a model with problem paths made relative, so golden
// files do not depend on where the test runs.
func marshal(t *testing.T, m *decompose.Model) []byte {
	t.Helper()
	c := *m
	c.Problems = nil
	for _, p := range m.Problems {
		c.Problems = append(c.Problems, filepath.ToSlash(strings.TrimPrefix(p, appsDir+"/")))
	}
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

func findFunc(m *decompose.Model, id string) *decompose.Function {
	for i := range m.Functions {
		if m.Functions[i].ID == id {
			return &m.Functions[i]
		}
	}
	return nil
}

func findStmt(m *decompose.Model, id string) *decompose.Statement {
	for i := range m.Statements {
		if m.Statements[i].ID == id {
			return &m.Statements[i]
		}
	}
	return nil
}

// TestMyBatisApp checks what a reader of the code would say the handlers
// do, across each DAO style of the fixture.
func TestMyBatisApp(t *testing.T) {
	m := load(t, appOptions("mybatis-app"))
	tests := []struct {
		fn, path      string
		reads, writes []string // subsets that must be present
		notReads      []string
	}{
		// EgovAbstractMapper DAO, selectKey, file and SMS services via @Resource.
		{"CvplRcptController.rcptRegist", "/cvpl/rcpt/rcptRegist.do", []string{"TB_CVPL_KND", "TB_NTCN_TMPLAT"},
			[]string{"TB_CVPL_RCPT", "TB_CVPL_APLCNT", "TB_CVPL_RCPT_HIST", "TB_FILE", "TB_FILE_DETAIL", "TB_SMS_SEND"}, nil},
		// @Mapper interface + constructor injection + service → service.
		{"SanctnController.approve", "/sanctn/approve.do", []string{"TB_SANCTN_LINE", "TB_CVPL_ANSWER"},
			[]string{"TB_SANCTN_LINE", "TB_SANCTN_HIST", "TB_SANCTN_DOC", "TB_CVPL_ANSWER", "TB_CVPL_PROCESS", "TB_CVPL_RCPT", "TB_SMS_SEND", "TB_EMAIL_SEND"}, nil},
		// DAO with NAMESPACE + "id" constants.
		{"MberController.join", "/mber/join.do", []string{"TB_STPLAT"}, []string{"TB_MBER", "TB_MBER_AGRE"}, nil},
		// SqlSessionTemplate DAO with EMPLYR + "id"; interface with two callers.
		{"LoginController.actionLogin", "/uat/actionLogin.do", []string{"TB_MBER", "TB_EMPLYR"}, []string{"TB_LOGIN_HIST"}, nil},
		// @GetMapping and a code lookup through the shared CmmUseService.
		{"CvplProcController.todoList", "/cvpl/proc/todoList.do", []string{"TB_CVPL_PROCESS", "TB_CVPL_RCPT", "TB_EMPLYR", "TB_CMMN_DETAIL_CODE"}, nil, nil},
		// The MySQL copy of Bbs_SQL.xml is not read twice nor preferred.
		{"BbsController.nttList", "/cop/bbs/{bbsId}/nttList.do", []string{"TB_BBS_NTT", "TB_MBER", "TB_BBS_COMMENT", "TB_BBS_MASTER"}, nil, nil},
		{"StatsController.cvplDayStats", "/stats/cvplDayStats.do", []string{"TB_STATS_CVPL_DAY", "TB_CVPL_KND"}, nil, []string{"TB_CVPL_RCPT"}},
	}
	for _, tt := range tests {
		f := findFunc(m, tt.fn)
		if f == nil {
			t.Errorf("no function %s", tt.fn)
			continue
		}
		if f.Path != tt.path {
			t.Errorf("%s: path %q, want %q", tt.fn, f.Path, tt.path)
		}
		for _, r := range tt.reads {
			if !slices.Contains(f.Reads, r) {
				t.Errorf("%s: reads %v, missing %s", tt.fn, f.Reads, r)
			}
		}
		for _, w := range tt.writes {
			if !slices.Contains(f.Writes, w) {
				t.Errorf("%s: writes %v, missing %s", tt.fn, f.Writes, w)
			}
		}
		for _, r := range tt.notReads {
			if slices.Contains(f.Reads, r) {
				t.Errorf("%s: reads %s, which it does not", tt.fn, r)
			}
		}
	}
	if f := findFunc(m, "CvplRcptController.rcptList"); f == nil || f.Name != "민원 접수 목록을 조회한다." || f.Package != "egovframework.cvpl.rcpt.web" {
		t.Errorf("rcptList name/package from Javadoc and package clause: %+v", f)
	}
	// The batch-only MERGE statements are statements, with their joins.
	s := findStmt(m, "Stats.mergeCvplDayStats")
	if s == nil || !slices.Equal(s.Writes, []string{"TB_STATS_CVPL_DAY"}) || !slices.Equal(s.Reads, []string{"TB_CVPL_PROCESS", "TB_CVPL_RCPT"}) {
		t.Errorf("Stats.mergeCvplDayStats = %+v", s)
	}
	// Each logical mapper once: no statement id twice, none from mysql/.
	seen := map[string]bool{}
	for _, s := range m.Statements {
		if seen[s.ID] {
			t.Errorf("statement %s twice", s.ID)
		}
		seen[s.ID] = true
		if strings.Contains(s.Source, "/mysql/") {
			t.Errorf("statement %s from the MySQL copy: %s", s.ID, s.Source)
		}
	}
	if len(m.Tables) != 35 || len(m.Problems) != 0 {
		t.Errorf("tables %d (want 35), problems %v", len(m.Tables), m.Problems)
	}
}

func TestIBatisApp(t *testing.T) {
	opts := appOptions("ibatis-app")
	opts.Dialect = "tibero"
	m := load(t, opts)
	// The Tibero copy of the loan map is EUC-KR; choosing it must parse it.
	s := findStmt(m, "Loan.loanDAO.selectLoanList")
	if s == nil || !strings.HasSuffix(strings.Split(s.Source, ":")[0], "EgovLoan_SQL_tibero.xml") {
		t.Fatalf("Loan.loanDAO.selectLoanList from %+v, want the tibero copy", s)
	}
	// Maps without a tibero copy fall back to oracle.
	if s := findStmt(m, "Facility.selectFacilityList"); s == nil || !strings.Contains(s.Source, "_SQL_oracle.xml") {
		t.Errorf("Facility.selectFacilityList from %+v, want the oracle copy", s)
	}
	// iBATIS ids holding dots, called without the namespace.
	f := findFunc(m, "LoanController.returnBook")
	if f == nil || !slices.Equal(f.Writes, []string{"LIB_HOLDING", "LIB_LOAN", "LIB_LOAN_HIST", "LIB_OVERDUE"}) {
		t.Errorf("returnBook = %+v", f)
	}
	// Array-valued @RequestMapping.
	if f := findFunc(m, "LibUserController.actionLogin"); f == nil || f.Path != "/lib/uat/actionLogin.do, /lib/uat/actionSecurityLogin.do" {
		t.Errorf("actionLogin path = %+v", f)
	}
	// The log statement only an aspect runs: the aspect's advice is an
	// entry point of its own, and no fallback is left for its map.
	if f := findFunc(m, "SysLogAspect.logSelect"); f == nil || !slices.Equal(f.Writes, []string{"COMTNSYSLOG"}) || !slices.Contains(f.Tags, "entry") {
		t.Errorf("entry = %+v", f)
	}
	if f := findFunc(m, "mapper:SysLog"); f != nil {
		t.Errorf("fallback = %+v", f)
	}
	// Comments from the CSV fill tables the DDL leaves without one.
	for _, tb := range m.Tables {
		if tb.Name == "FAC_CLOSED_DAY" && tb.Comment != "휴관일" {
			t.Errorf("FAC_CLOSED_DAY comment %q", tb.Comment)
		}
	}
	// The abandoned malformed map is reported with its path and skipped.
	if len(m.Problems) != 1 || !strings.Contains(m.Problems[0], "old/EgovLoanStat_SQL_oracle.xml:5:") {
		t.Errorf("problems = %q", m.Problems)
	}
	for _, tb := range m.Tables {
		if tb.Name == "LIB_OVERDUE_OLD" {
			t.Error("table from the skipped file")
		}
	}
}

func TestFallbackModes(t *testing.T) {
	dir := filepath.Join(appsDir, "mybatis-app")
	base := Options{Dir: dir}
	// Without Java, every namespace becomes a fallback function.
	noJava := t.TempDir()
	src := filepath.Join(dir, "src/main/resources/egovframework/mapper/oracle/cvpl/rcpt/CvplRcpt_SQL.xml")
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(noJava, "CvplRcpt_SQL.xml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	m := load(t, Options{Dir: noJava})
	if len(m.Functions) != 1 || m.Functions[0].ID != "mapper:CvplRcpt" || len(m.Functions[0].Writes) != 4 {
		t.Errorf("mapper-only tree: %+v", m.Functions)
	}
	if m := load(t, Options{Dir: noJava, Fallback: FallbackNever}); len(m.Functions) != 0 {
		t.Errorf("never: %+v", m.Functions)
	}
	// always: namespaces with unreached statements get one even if reached elsewhere.
	always := base
	always.Fallback = FallbackAlways
	m = load(t, always)
	n := 0
	for _, f := range m.Functions {
		if slices.Contains(f.Tags, "fallback") {
			n++
		}
	}
	if n == 0 {
		t.Error("always: no fallback functions")
	}
	if _, err := Load(context.Background(), Options{Fallback: "sometimes"}); err == nil {
		t.Error("unknown fallback mode accepted")
	}
}

func TestKeepUnknownTables(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "db.sql", "CREATE TABLE TB_A (ID NUMBER);")
	write(t, dir, "src/A_SQL.xml", `<mapper namespace="a"><select id="s">SELECT * FROM TB_A, V_UNKNOWN</select></mapper>`)
	m := load(t, Options{Dir: filepath.Join(dir, "src"), DDL: []string{filepath.Join(dir, "db.sql")}})
	if got := m.Statements[0].Reads; !slices.Equal(got, []string{"TB_A"}) {
		t.Errorf("filtered reads %v", got)
	}
	m = load(t, Options{Dir: filepath.Join(dir, "src"), DDL: []string{filepath.Join(dir, "db.sql")}, KeepUnknownTables: true})
	if got := m.Statements[0].Reads; !slices.Equal(got, []string{"TB_A", "V_UNKNOWN"}) {
		t.Errorf("kept reads %v", got)
	}
	if _, err := Load(context.Background(), Options{DDL: []string{filepath.Join(dir, "missing.sql")}}); err == nil {
		t.Error("missing DDL file accepted")
	}
	if _, err := Load(context.Background(), Options{Dir: filepath.Join(dir, "missing")}); err == nil {
		t.Error("missing source dir accepted")
	}
}

// TestViewsAndDynamicParens: reads of a view count as reads of the tables
// it selects from, and dynamic alternatives with unbalanced parentheses
// are not reported while static ones are.
func TestViewsAndDynamicParens(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "db.sql", `CREATE TABLE TB_GNRL (ID NUMBER); CREATE TABLE TB_EMPL (ID NUMBER); CREATE TABLE TB_X (ID NUMBER);
CREATE VIEW V_USER AS SELECT ID FROM TB_GNRL UNION ALL SELECT ID FROM TB_EMPL;`)
	write(t, dir, "src/A_SQL.xml", `<mapper namespace="a">
<select id="s">SELECT * FROM ( SELECT ROWNUM RN, T.* FROM ( SELECT * FROM TB_X X, V_USER U WHERE X.ID = U.ID
<if test="n == 5">) T ) WHERE RN BETWEEN 1 AND 5</if>
<if test="n == 10">) T ) WHERE RN BETWEEN 1 AND 10</if></select>
<select id="bad">SELECT * FROM (SELECT * FROM TB_X</select>
</mapper>`)
	m := load(t, Options{Dir: filepath.Join(dir, "src"), DDL: []string{filepath.Join(dir, "db.sql")}})
	s := findStmt(m, "a.s")
	if s == nil || !slices.Equal(s.Reads, []string{"TB_EMPL", "TB_GNRL", "TB_X"}) || len(s.Joins) != 1 || len(s.Joins[0]) != 3 {
		t.Errorf("a.s = %+v", s)
	}
	if len(m.Problems) != 1 || !strings.Contains(m.Problems[0], `A_SQL.xml:5: statement "bad": unbalanced parentheses`) {
		t.Errorf("problems %q", m.Problems)
	}
	for _, tb := range m.Tables {
		if tb.Name == "V_USER" {
			t.Error("a view listed as a table")
		}
	}
}

// TestDeployedCopiesAndTests: mapper copies under WEB-INF/classes do not
// double statements, and src/test is not read.
func TestDeployedCopiesAndTests(t *testing.T) {
	dir := t.TempDir()
	mapper := `<mapper namespace="a"><select id="s">SELECT * FROM TB_%s</select></mapper>`
	write(t, dir, "deploy/ROOT/WEB-INF/classes/mapper/A_SQL.xml", strings.ReplaceAll(mapper, "%s", "OLD"))
	write(t, dir, "src/main/resources/mapper/A_SQL.xml", strings.ReplaceAll(mapper, "%s", "NEW"))
	write(t, dir, "src/test/resources/mapper/T_SQL.xml", `<mapper namespace="t"><select id="s">SELECT * FROM TB_TEST</select></mapper>`)
	m := load(t, Options{Dir: dir})
	if len(m.Statements) != 1 || !slices.Equal(m.Statements[0].Reads, []string{"TB_NEW"}) {
		t.Errorf("statements %+v", m.Statements)
	}
}

func TestLoadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Load(ctx, appOptions("mybatis-app")); err == nil {
		t.Error("cancelled context not reported")
	}
}

func write(t testing.TB, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
