package decompose_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/decompose/source"
)

// writeTree generates a MyBatis application: a DDL of the tables and one
// mapper per module (12 tables each) holding that module's statements,
// mostly on its own tables, some reading another module's or a code table.
func writeTree(tb testing.TB, dir string, tables, statements int) []string {
	tb.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	modules := max(1, tables/12)
	var ddl strings.Builder
	name := func(m, i int) string { return fmt.Sprintf("TB_M%03d_T%02d", m, i) }
	for m := 0; m < modules; m++ {
		for i := 0; i < 12; i++ {
			fmt.Fprintf(&ddl, "CREATE TABLE %s (ID VARCHAR2(20) PRIMARY KEY, NM VARCHAR2(100));\nCOMMENT ON TABLE %s IS '업무%d 테이블%d';\n", name(m, i), name(m, i), m, i)
		}
	}
	ddl.WriteString("CREATE TABLE TB_CMM_CODE (CODE VARCHAR2(20) PRIMARY KEY);\n")
	ddlPath := filepath.Join(dir, "schema.sql")
	if err := os.WriteFile(ddlPath, []byte(ddl.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	perModule := statements / modules
	mapperDir := filepath.Join(dir, "src", "main", "resources", "mapper")
	if err := os.MkdirAll(mapperDir, 0o755); err != nil {
		tb.Fatal(err)
	}
	for m := 0; m < modules; m++ {
		var b strings.Builder
		fmt.Fprintf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE mapper PUBLIC \"-//mybatis.org//DTD Mapper 3.0//EN\" \"http://mybatis.org/dtd/mybatis-3-mapper.dtd\">\n<mapper namespace=\"egov.m%03d.M%03dMapper\">\n", m, m)
		for s := 0; s < perModule; s++ {
			a, c := name(m, rng.IntN(12)), name(m, rng.IntN(12))
			other := name(rng.IntN(modules), rng.IntN(12))
			switch rng.IntN(4) {
			case 0:
				fmt.Fprintf(&b, "  <insert id=\"s%d\">INSERT INTO %s (ID, NM) SELECT ID, NM FROM %s WHERE ID = #{id}</insert>\n", s, a, c)
			case 1:
				fmt.Fprintf(&b, "  <update id=\"s%d\">UPDATE %s SET NM = #{nm} WHERE ID = #{id}</update>\n", s, a)
			case 2:
				fmt.Fprintf(&b, "  <select id=\"s%d\" resultType=\"egovMap\">SELECT A.ID FROM %s A JOIN %s B ON A.ID = B.ID LEFT JOIN TB_CMM_CODE C ON C.CODE = A.NM</select>\n", s, a, c)
			default:
				fmt.Fprintf(&b, "  <select id=\"s%d\" resultType=\"egovMap\">SELECT A.ID FROM %s A, %s B WHERE A.ID = B.ID <if test=\"x != null\">AND A.NM = #{x}</if></select>\n", s, a, other)
			}
		}
		b.WriteString("</mapper>\n")
		if err := os.WriteFile(filepath.Join(mapperDir, fmt.Sprintf("M%03d_SQL_oracle.xml", m)), []byte(b.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return []string{ddlPath}
}

func benchExtract(b *testing.B, tables, statements int) {
	dir := b.TempDir()
	ddl := writeTree(b, dir, tables, statements)
	ctx := context.Background()
	b.ReportAllocs()
	var peak uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m, err := source.Load(ctx, source.Options{Dir: dir, DDL: ddl})
		if err != nil {
			b.Fatal(err)
		}
		res, err := decompose.Decompose(ctx, m, decompose.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			b.Logf("%d tables, %d statements, %d functions -> %d contexts", len(m.Tables), len(m.Statements), len(m.Functions), len(res.Contexts))
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse)
	}
	b.ReportMetric(float64(peak)/(1<<20), "heap-MB")
}

// BenchmarkExtractAndDecompose200: source.Load plus Decompose on 1,500
// statements over 200 tables.
func BenchmarkExtractAndDecompose200(b *testing.B) { benchExtract(b, 200, 1500) }

// BenchmarkExtractAndDecompose2000: 20,000 statements over 2,000 tables.
func BenchmarkExtractAndDecompose2000(b *testing.B) { benchExtract(b, 2000, 20000) }
