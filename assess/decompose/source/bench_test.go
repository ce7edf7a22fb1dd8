package source

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// genApp writes a synthetic eGovFrame application: files mapper XML files
// of perFile statements each over tables tables (TB_G0000...), with a DAO,
// a service and a controller per mapper, one handler per statement.
func genApp(tb testing.TB, dir string, files, perFile, tables int) {
	tb.Helper()
	tbl := func(i int) string { return fmt.Sprintf("TB_G%04d", i%tables) }
	for f := 0; f < files; f++ {
		ns := fmt.Sprintf("Gen%03d", f)
		var x strings.Builder
		fmt.Fprintf(&x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE mapper PUBLIC \"-//mybatis.org//DTD Mapper 3.0//EN\" \"http://mybatis.org/dtd/mybatis-3-mapper.dtd\">\n<mapper namespace=%q>\n", ns)
		fmt.Fprintf(&x, "\t<sql id=\"cond\"><if test=\"a != null\">AND A.COL_A = #{a}</if><if test=\"b != null\">AND A.COL_B LIKE '%%' || #{b} || '%%'</if></sql>\n")
		var dao, ctl strings.Builder
		for s := 0; s < perFile; s++ {
			base := f*7 + s*13
			a, b, c, d := tbl(base), tbl(base+1), tbl(base+2), tbl(base+3)
			id := fmt.Sprintf("stmt%03d", s)
			switch s % 5 {
			case 0:
				fmt.Fprintf(&x, "\t<select id=%q>SELECT * FROM (SELECT ROWNUM RN, T.* FROM (SELECT A.*, B.NM, (SELECT C.CODE_NM FROM %s C WHERE C.CODE = A.CD) CNM FROM %s A INNER JOIN %s B ON A.ID = B.ID LEFT OUTER JOIN %s D ON D.ID = A.ID WHERE 1=1 <include refid=\"cond\"/> ORDER BY A.ID DESC) T WHERE ROWNUM &lt;= #{last}) WHERE RN &gt; #{first}</select>\n", id, c, a, b, d)
			case 1:
				fmt.Fprintf(&x, "\t<insert id=%q>INSERT INTO %s (ID, NM, REG_DT) SELECT B.ID, B.NM, SYSDATE FROM %s B, %s C WHERE B.ID = C.ID(+) AND B.ID = #{id}</insert>\n", id, a, b, c)
			case 2:
				fmt.Fprintf(&x, "\t<update id=%q>UPDATE %s SET NM = #{nm}, CNT = (SELECT COUNT(*) FROM %s X WHERE X.ID = %s.ID) WHERE ID IN (SELECT ID FROM %s WHERE ST = 'Y')</update>\n", id, a, b, a, c)
			case 3:
				fmt.Fprintf(&x, "\t<update id=%q>MERGE INTO %s T USING (SELECT ID, SUM(AMT) AMT FROM %s GROUP BY ID) S ON (T.ID = S.ID) WHEN MATCHED THEN UPDATE SET T.AMT = S.AMT WHEN NOT MATCHED THEN INSERT (ID, AMT) VALUES (S.ID, S.AMT)</update>\n", id, a, b)
			case 4:
				fmt.Fprintf(&x, "\t<delete id=%q>DELETE FROM %s WHERE ID = #{id} AND EXISTS (SELECT 1 FROM %s M START WITH M.ID = #{id} CONNECT BY PRIOR M.ID = M.UP_ID)</delete>\n", id, a, b)
			}
			fmt.Fprintf(&dao, "\tpublic Object %s(Object vo) { return selectList(%q, vo); }\n", id, ns+"."+id)
			fmt.Fprintf(&ctl, "\t/** 기능 %d */\n\t@RequestMapping(\"/%s.do\")\n\tpublic String %s(Object vo, ModelMap model) throws Exception {\n\t\tmodel.addAttribute(\"r\", genService.%s(vo));\n\t\treturn \"v\";\n\t}\n", s, id, id, id)
		}
		x.WriteString("</mapper>\n")
		pkg := fmt.Sprintf("gen.m%03d", f)
		write(tb, dir, fmt.Sprintf("src/main/resources/mapper/%s_SQL_oracle.xml", ns), x.String())
		write(tb, dir, fmt.Sprintf("src/main/java/gen/m%03d/service/impl/GenDAO.java", f),
			fmt.Sprintf("package %s.service.impl;\n@Repository(\"genDAO%03d\")\npublic class GenDAO extends EgovAbstractMapper {\n%s}\n", pkg, f, dao.String()))
		svc := strings.ReplaceAll(dao.String(), "return selectList(", "return genDAO.x(")
		var impl strings.Builder
		for s := 0; s < perFile; s++ {
			fmt.Fprintf(&impl, "\tpublic Object stmt%03d(Object vo) { return genDAO.stmt%03d(vo); }\n", s, s)
		}
		_ = svc
		write(tb, dir, fmt.Sprintf("src/main/java/gen/m%03d/service/impl/GenServiceImpl.java", f),
			fmt.Sprintf("package %s.service.impl;\n@Service\npublic class GenServiceImpl {\n\t@Resource(name = \"genDAO%03d\")\n\tprivate GenDAO genDAO;\n%s}\n", pkg, f, impl.String()))
		write(tb, dir, fmt.Sprintf("src/main/java/gen/m%03d/web/GenController.java", f),
			fmt.Sprintf("package %s.web;\nimport %s.service.impl.GenServiceImpl;\n@Controller\n@RequestMapping(\"/gen%03d\")\npublic class GenController {\n\t@Autowired\n\tprivate GenServiceImpl genService;\n%s}\n", pkg, pkg, f, ctl.String()))
	}
}

// BenchmarkLoadGenerated loads 20,000 statements over 2,000 tables in 400
// mapper files, with 20,000 handlers reaching them through services and
// DAOs.
func BenchmarkLoadGenerated(b *testing.B) {
	dir := b.TempDir()
	genApp(b, dir, 400, 50, 2000)
	b.ResetTimer()
	var peak uint64
	for i := 0; i < b.N; i++ {
		m, err := Load(context.Background(), Options{Dir: dir})
		if err != nil {
			b.Fatal(err)
		}
		if len(m.Statements) != 20000 || len(m.Functions) != 20000 || len(m.Tables) != 2000 {
			b.Fatalf("statements %d functions %d tables %d", len(m.Statements), len(m.Functions), len(m.Tables))
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapSys)
	}
	b.ReportMetric(float64(peak)/(1<<20), "heapsys-MiB")
}

// TestGeneratedAppShape runs the benchmark's generator small, so the
// benchmark's assumptions are checked by plain go test.
func TestGeneratedAppShape(t *testing.T) {
	dir := t.TempDir()
	genApp(t, dir, 3, 10, 20)
	m, err := Load(context.Background(), Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Statements) != 30 || len(m.Functions) != 30 || len(m.Problems) != 0 {
		t.Fatalf("statements %d functions %d problems %v", len(m.Statements), len(m.Functions), m.Problems)
	}
	for _, f := range m.Functions {
		if len(f.Reads)+len(f.Writes) == 0 {
			t.Errorf("%s reaches no table", f.ID)
		}
	}
	_ = os.Remove
	_ = filepath.Join
}
