package sqltables

import "testing"

// benchSQL is a typical eGovFrame list query: paging inline views, a
// scalar subquery, ANSI and Oracle joins, dynamic-tag remnants.
const benchSQL = `SELECT * FROM ( SELECT ROWNUM RNUM, ALL_LIST.* FROM (
	SELECT /*+ INDEX(R PK_CVPL_RCPT) */ R.RCPT_NO, R.CVPL_SJ, R.RCPT_DT, R.STTUS_CODE,
	       (SELECT D.CODE_NM FROM TB_CMMN_DETAIL_CODE D WHERE D.CODE_ID = 'CVP001' AND D.CODE = R.STTUS_CODE) AS STTUS_NM,
	       K.CVPL_KND_NM, A.APLCNT_NM
	  FROM TB_CVPL_RCPT R
	 INNER JOIN TB_CVPL_KND K ON K.CVPL_KND_CODE = R.CVPL_KND_CODE
	 INNER JOIN TB_CVPL_APLCNT A ON A.RCPT_NO = R.RCPT_NO, TB_DEPT D
	 WHERE R.CHRG_DEPT_CODE = D.DEPT_CODE(+)
	 <if test="searchWrd != null">AND R.CVPL_SJ LIKE '%' || #{searchWrd} || '%'</if>
	 ORDER BY R.RCPT_DT DESC ) ALL_LIST
) WHERE RNUM > #{firstIndex} AND RNUM <= #{firstIndex} + #{recordCountPerPage}`

func BenchmarkExtract(b *testing.B) {
	b.SetBytes(int64(len(benchSQL)))
	b.ReportAllocs()
	for b.Loop() {
		if r, _ := Extract(benchSQL); len(r.Reads) != 5 {
			b.Fatal(r.Reads)
		}
	}
}
