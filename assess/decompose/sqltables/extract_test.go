package sqltables

import (
	"reflect"
	"strings"
	"testing"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		name   string
		sql    string
		reads  string // space-separated
		writes string
		joins  string // sets separated by |, tables by space
	}{
		{"simple select", `SELECT * FROM tb_member`, "TB_MEMBER", "", ""},
		{"alias and schema", `select a.id from CVPL.TB_CVPL_RCPT a where a.id = #{id}`, "TB_CVPL_RCPT", "", ""},
		{"comma join with (+)", `SELECT A.NM, B.NM FROM TB_A A, TB_B B WHERE A.ID = B.ID(+) AND ROWNUM <= 10`, "TB_A TB_B", "", "TB_A TB_B"},
		{"ansi joins", `SELECT * FROM TB_A A INNER JOIN TB_B B ON A.ID=B.ID LEFT OUTER JOIN SCH.TB_C C ON C.ID = B.ID AND C.X IN (1,2) CROSS JOIN TB_D`, "TB_A TB_B TB_C TB_D", "", "TB_A TB_B TB_C TB_D"},
		{"join using", `SELECT * FROM TB_A JOIN TB_B USING (ID) JOIN TB_C USING (ID)`, "TB_A TB_B TB_C", "", "TB_A TB_B TB_C"},
		{"hint and comments", "SELECT /*+ INDEX(A IX_A) */ A.* -- FROM TB_FAKE\n FROM /* TB_FAKE2 */ TB_A A", "TB_A", "", ""},
		{"connect by", `SELECT MENU_ID, LEVEL FROM TB_MENU START WITH UPPER_MENU_ID IS NULL CONNECT BY PRIOR MENU_ID = UPPER_MENU_ID ORDER SIBLINGS BY SORT_ORDR`, "TB_MENU", "", ""},
		{"start with before connect", `SELECT * FROM TB_ORG START WITH ORG_ID = 'A' CONNECT BY NOCYCLE PRIOR ORG_ID = UP_ORG_ID`, "TB_ORG", "", ""},
		{"inline view paging", `SELECT * FROM (SELECT ROWNUM RN, T.* FROM (SELECT * FROM TB_BBS_NTT N, TB_BBS_MASTER M WHERE N.BBS_ID = M.BBS_ID ORDER BY N.NTT_ID DESC) T WHERE ROWNUM <= #{lastIndex}) WHERE RN > #{firstIndex}`, "TB_BBS_MASTER TB_BBS_NTT", "", "TB_BBS_MASTER TB_BBS_NTT"},
		{"scalar subquery", `SELECT A.ID, (SELECT CODE_NM FROM TB_CODE C WHERE C.CODE = A.STTUS) AS STTUS_NM FROM TB_A A`, "TB_A TB_CODE", "", ""},
		{"exists subquery", `SELECT * FROM TB_A A WHERE EXISTS (SELECT 1 FROM TB_B B WHERE B.ID = A.ID) AND A.X NOT IN (SELECT X FROM TB_C)`, "TB_A TB_B TB_C", "", ""},
		{"dual ignored", `SELECT SYSDATE FROM DUAL`, "", "", ""},
		{"sys dual ignored", `SELECT SEQ_A.NEXTVAL FROM SYS.DUAL`, "", "", ""},
		{"insert values", `INSERT INTO TB_CVPL_RCPT (RCPT_NO, NM) VALUES (#{rcptNo}, #{nm})`, "", "TB_CVPL_RCPT", ""},
		{"insert select", `INSERT INTO TB_HIST (ID, NM) SELECT ID, NM FROM TB_SRC WHERE ID = #{id}`, "TB_SRC", "TB_HIST", "TB_HIST TB_SRC"},
		{"insert all", `INSERT ALL INTO TB_X (A) VALUES (1) INTO TB_Y (A) VALUES (2) SELECT * FROM DUAL`, "", "TB_X TB_Y", "TB_X TB_Y"},
		{"update with subquery", `UPDATE TB_A SET NM = #{nm}, CNT = (SELECT COUNT(*) FROM TB_B WHERE TB_B.ID = TB_A.ID) WHERE ID IN (SELECT ID FROM TB_C)`, "TB_B TB_C", "TB_A", ""},
		{"update alias", `UPDATE tb_a a SET a.x = 1 WHERE a.y = 2`, "", "TB_A", ""},
		{"delete from", `DELETE FROM TB_A WHERE ID = #{id}`, "", "TB_A", ""},
		{"delete without from", `DELETE TB_A WHERE ID = #id#`, "", "TB_A", ""},
		{"merge", `MERGE INTO TB_STAT T USING (SELECT ID, COUNT(*) C FROM TB_LOG GROUP BY ID) S ON (T.ID = S.ID) WHEN MATCHED THEN UPDATE SET T.C = S.C WHEN NOT MATCHED THEN INSERT (ID, C) VALUES (S.ID, S.C)`, "TB_LOG", "TB_STAT", ""},
		{"merge using table", `MERGE INTO TB_STAT T USING TB_SRC S ON (T.ID = S.ID) WHEN MATCHED THEN UPDATE SET T.C = S.C DELETE WHERE T.C = 0`, "TB_SRC", "TB_STAT", "TB_SRC TB_STAT"},
		{"merge using dual", `MERGE INTO TB_CFG A USING DUAL ON (A.K = #{k}) WHEN MATCHED THEN UPDATE SET V = #{v} WHEN NOT MATCHED THEN INSERT (K, V) VALUES (#{k}, #{v})`, "", "TB_CFG", ""},
		{"cte not a table", `WITH RECURSIVE T (ID, LVL) AS (SELECT ID, 1 FROM TB_MENU WHERE UP IS NULL UNION ALL SELECT M.ID, T.LVL+1 FROM TB_MENU M JOIN T ON M.UP = T.ID), U AS (SELECT * FROM TB_USER) SELECT * FROM T, U`, "TB_MENU TB_USER", "", ""},
		{"union", `SELECT ID FROM TB_A UNION ALL SELECT ID FROM TB_B MINUS SELECT ID FROM TB_C`, "TB_A TB_B TB_C", "", ""},
		{"mybatis dynamic tags", `SELECT * FROM TB_A A <where> <if test="x != null and x > 0">AND A.X = #{x}</if> <foreach collection="ids" item="i" open="AND A.ID IN (" separator="," close=")">#{i}</foreach></where>`, "TB_A", "", ""},
		{"choose and include", `SELECT * FROM TB_A <choose><when test="t == 'b'">, TB_B</when><otherwise></otherwise></choose> <include refid="where"/>`, "TB_A TB_B", "", "TB_A TB_B"},
		{"ibatis tags and params", `SELECT * FROM TB_A <dynamic prepend="WHERE"><isNotEmpty prepend="AND" property="nm">NM LIKE '%' || #nm# || '%'</isNotEmpty></dynamic> ORDER BY $sortCol$`, "TB_A", "", ""},
		{"cdata and entities", `SELECT * FROM TB_A WHERE A <![CDATA[ < ]]> 3 AND B &lt; 4`, "TB_A", "", ""},
		{"quoted identifiers", `SELECT * FROM "CVPL"."tb_quoted" q JOIN ` + "`tb_my`" + ` m ON q.id = m.id`, "TB_MY TB_QUOTED", "", "TB_MY TB_QUOTED"},
		{"dblink", `SELECT * FROM TB_REMOTE@LINK_A, TB_LOCAL`, "TB_LOCAL TB_REMOTE", "", "TB_LOCAL TB_REMOTE"},
		{"table function", `SELECT * FROM TABLE(PKG.FN(#{x})) T, TB_A A`, "TB_A", "", ""},
		{"xmltable", `SELECT X.* FROM TB_DOC D, XMLTABLE('/a' PASSING D.XML COLUMNS NM VARCHAR2(10) PATH 'nm') X`, "TB_DOC", "", ""},
		{"extract from is not a table", `SELECT EXTRACT(YEAR FROM REG_DT), TRIM(LEADING '0' FROM NO) FROM TB_A`, "TB_A", "", ""},
		{"to_char and decode", `SELECT TO_CHAR(A.DT, 'YYYY-MM-DD'), DECODE(A.X, '1', 'Y', 'N'), NVL(A.Y, 0) FROM TB_A A`, "TB_A", "", ""},
		{"for update", `SELECT * FROM TB_SEQ WHERE K = 1 FOR UPDATE OF V NOWAIT`, "TB_SEQ", "", ""},
		{"select into variable", `SELECT NM INTO V_NM FROM TB_A WHERE ID = 1`, "TB_A", "", ""},
		{"dynamic table name", `SELECT * FROM ${tableName} WHERE 1=1`, "", "", ""},
		{"dynamic table suffix", `SELECT * FROM TB_LOG_${yyyymm}`, "", "", ""},
		{"mysql limit on duplicate", "INSERT INTO tb_cnt (k, v) VALUES (?, 1) ON DUPLICATE KEY UPDATE v = v + 1", "", "TB_CNT", ""},
		{"mysql update join", `UPDATE TB_A A JOIN TB_B B ON A.ID = B.ID SET A.X = B.X`, "TB_B", "TB_A", "TB_A TB_B"},
		{"pg update from", `UPDATE TB_A SET X = B.X FROM TB_B B WHERE TB_A.ID = B.ID`, "TB_B", "TB_A", "TB_A TB_B"},
		{"left function in on", `SELECT * FROM TB_A A JOIN TB_B B ON LEFT(A.CD, 2) = B.CD, TB_C C`, "TB_A TB_B TB_C", "", "TB_A TB_B TB_C"},
		{"partition clause", `SELECT * FROM TB_LOG PARTITION (P202401) L WHERE L.X = 1`, "TB_LOG", "", ""},
		{"multiple statements", `DELETE FROM TB_A WHERE ID = 1; INSERT INTO TB_B SELECT * FROM TB_C;`, "TB_C", "TB_A TB_B", "TB_B TB_C"},
		{"plsql block", `BEGIN UPDATE TB_A SET X = 1; DELETE FROM TB_B; END;`, "", "TB_A TB_B", ""},
		{"call", `{call PKG_CVPL.PRC_RCPT(#{a, mode=IN}, #{b, mode=OUT, jdbcType=VARCHAR})}`, "", "", ""},
		{"korean identifiers", `SELECT * FROM 민원접수 A, 회원 B`, "민원접수 회원", "", "민원접수 회원"},
		{"listagg within group", `SELECT LISTAGG(NM, ',') WITHIN GROUP (ORDER BY NM) FROM TB_A`, "TB_A", "", ""},
		{"with check option not cte", `SELECT * FROM TB_A WITH READ ONLY`, "TB_A", "", ""},
		{"lowercase keywords", `select a.x from tb_a a left join tb_b b on a.id = b.id where a.x in (select y from tb_c)`, "TB_A TB_B TB_C", "", "TB_A TB_B"},
		{"in-list of params", `DELETE FROM TB_A WHERE ID IN <foreach collection="list" item="id" open="(" close=")" separator=",">#{id}</foreach>`, "", "TB_A", ""},
		{"string with keywords", `SELECT 'FROM TB_FAKE' AS X, 'it''s' FROM TB_A`, "TB_A", "", ""},
		{"v$ view is the catalogue", `SELECT * FROM V$SESSION S, TB_A A WHERE S.X = A.X`, "TB_A", "", ""},
		{"information_schema", `SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.columns C JOIN information_schema.tables T ON T.TABLE_NAME = C.TABLE_NAME WHERE T.TABLE_SCHEMA = 'APP'`, "", "", ""},
		{"oracle dictionary", `SELECT A.COLUMN_NAME, B.COMMENTS FROM ALL_TAB_COLUMNS A, USER_COL_COMMENTS B, TB_META M WHERE A.TABLE_NAME = M.NM`, "TB_META", "", ""},
		{"user_tables but not user_info", `SELECT * FROM USER_TABLES U, USER_INFO I`, "USER_INFO", "", ""},
		{"sys schema", `SELECT * FROM SYS.OBJ$ O, sys.tables T, PG_CATALOG.PG_CLASS C, pg_tables, PG_ORDER`, "PG_ORDER", "", ""},
		{"empty", ``, "", "", ""},
		{"update set subquery tuple", `UPDATE TB_A A SET (A.X, A.Y) = (SELECT B.X, B.Y FROM TB_B B WHERE B.ID = A.ID)`, "TB_B", "TB_A", ""},
		{"insert ignore and replace", "INSERT IGNORE INTO tb_a (x) VALUES (1); REPLACE INTO tb_b (x) VALUES (2)", "", "TB_A TB_B", ""},
		{"join condition subquery", `SELECT * FROM TB_A A LEFT JOIN TB_B B ON (A.ID = B.ID AND B.X IN (SELECT X FROM TB_C))`, "TB_A TB_B TB_C", "", "TB_A TB_B"},
		{"nested table collection", `SELECT * FROM TB_A A, TABLE(A.ITEMS) N`, "TB_A", "", ""},
		{"flashback query", `SELECT * FROM TB_A AS OF TIMESTAMP SYSDATE - 1/24 WHERE X = 1`, "TB_A", "", ""},
		{"lateral", `SELECT * FROM TB_A A CROSS JOIN LATERAL (SELECT * FROM TB_B B WHERE B.ID = A.ID) L`, "TB_A TB_B", "", ""},
		{"postgres upsert and casts", `INSERT INTO tb_a (id) VALUES (?::bigint) ON CONFLICT (id) DO UPDATE SET n = excluded.n`, "", "TB_A", ""},
		{"sql server brackets", `SELECT TOP 10 * FROM [dbo].[TB_X] X WITH (NOLOCK) JOIN [TB Y] Y ON X.ID = Y.ID`, "TB Y TB_X", "", "TB Y TB_X"},
		{"cubrid limit", `SELECT * FROM tb_a ORDER BY id LIMIT #{offset}, #{size}`, "TB_A", "", ""},
		{"case in order by", `SELECT * FROM TB_A ORDER BY CASE WHEN X = 1 THEN 0 ELSE 1 END, Y`, "TB_A", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Extract(tt.sql)
			if err != nil {
				t.Errorf("unexpected error %v", err)
			}
			if got, want := strings.Join(r.Reads, " "), tt.reads; got != want {
				t.Errorf("reads = %q, want %q", got, want)
			}
			if got, want := strings.Join(r.Writes, " "), tt.writes; got != want {
				t.Errorf("writes = %q, want %q", got, want)
			}
			var js []string
			for _, j := range r.Joins {
				js = append(js, strings.Join(j, " "))
			}
			if got, want := strings.Join(js, "|"), tt.joins; got != want {
				t.Errorf("joins = %q, want %q", got, want)
			}
		})
	}
}

func TestExtractMalformed(t *testing.T) {
	for _, sql := range []string{
		`SELECT * FROM TB_A WHERE X = 'unterminated`,
		`SELECT * FROM TB_A /* open`,
		`SELECT * FROM (SELECT * FROM TB_A`,
		`SELECT * FROM TB_A)) WHERE`,
	} {
		r, err := Extract(sql)
		if err == nil {
			t.Errorf("Extract(%q): no error", sql)
		}
		if len(r.Reads) != 1 || r.Reads[0] != "TB_A" {
			t.Errorf("Extract(%q): reads %v, want best effort [TB_A]", sql, r.Reads)
		}
	}
}

func TestFilter(t *testing.T) {
	r, _ := Extract(`SELECT * FROM TB_A, TB_B, V_VIEW WHERE X IN (SELECT 1 FROM TB_C, TB_D)`)
	got := r.Filter(map[string]bool{"TB_A": true, "TB_C": true, "TB_D": true})
	want := Result{Reads: []string{"TB_A", "TB_C", "TB_D"}, Joins: [][]string{{"TB_C", "TB_D"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Filter = %+v, want %+v", got, want)
	}
	if !reflect.DeepEqual(r.Filter(nil), r) {
		t.Error("Filter(nil) changed the result")
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"tb_a":           "TB_A",
		"SCH.TB_A":       "TB_A",
		`"Sch"."tb_a"`:   "TB_A",
		"`db`.`tb_a`":    "TB_A",
		"TB_A@LINK":      "TB_A",
		" cat.sch.tb_a ": "TB_A",
		`"odd.name"`:     "ODD.NAME",
		"[dbo].[TB_X]":   "TB_X",
		"민원접수":           "민원접수",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestInserts: only INSERT, REPLACE and MERGE targets create rows; an
// UPDATE or DELETE of the same statement text does not.
func TestInserts(t *testing.T) {
	tests := []struct{ sql, inserts string }{
		{`INSERT INTO TB_ORDER (ID) VALUES (#{id})`, "TB_ORDER"},
		{`INSERT INTO TB_HIST SELECT * FROM TB_SRC`, "TB_HIST"},
		{`INSERT ALL INTO TB_X (A) VALUES (1) INTO TB_Y (A) VALUES (2) SELECT * FROM DUAL`, "TB_X TB_Y"},
		{`REPLACE INTO tb_cart (id) VALUES (1)`, "TB_CART"},
		{`MERGE INTO TB_STAT T USING TB_SRC S ON (T.ID = S.ID) WHEN MATCHED THEN UPDATE SET T.C = S.C`, "TB_STAT"},
		{`UPDATE TB_STOCK SET QTY = QTY - 1 WHERE ID = #{id}`, ""},
		{`DELETE FROM TB_CART WHERE USER_ID = #{u}`, ""},
		{`INSERT INTO TB_A (ID) VALUES (#{id}); UPDATE TB_B SET X = 1`, "TB_A"},
		{`SELECT * FROM TB_A`, ""},
	}
	for _, tt := range tests {
		r, _ := Extract(tt.sql)
		if got := strings.Join(r.Inserts, " "); got != tt.inserts {
			t.Errorf("%s: inserts %q, want %q", tt.sql, got, tt.inserts)
		}
		for _, in := range r.Inserts {
			if !slicesContains(r.Writes, in) {
				t.Errorf("%s: insert %s not among writes %v", tt.sql, in, r.Writes)
			}
		}
	}
}

func slicesContains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
