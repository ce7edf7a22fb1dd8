package schema

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/transform"

	"github.com/cnready/cnready/assess/decompose"
)

func TestParseDDL(t *testing.T) {
	tests := []struct {
		name     string
		ddl      string
		want     []decompose.Table // Source is checked separately
		problems int
	}{
		{"oracle with storage, comments, alter FK", `
CREATE TABLE CVPL.TB_A (
  ID NUMBER(10) NOT NULL,
  NM VARCHAR2(100) DEFAULT 'x,(y)' ,
  CONSTRAINT PK_A PRIMARY KEY (ID)
) TABLESPACE TS PCTFREE 10 STORAGE (INITIAL 64K NEXT 1M);
CREATE TABLE CVPL.TB_B (ID NUMBER, A_ID NUMBER REFERENCES CVPL.TB_A (ID), CONSTRAINT FK_B2 FOREIGN KEY (ID) REFERENCES "TB_C"(ID) ON DELETE CASCADE);
COMMENT ON TABLE CVPL.TB_A IS '민원 ''접수''';
COMMENT ON COLUMN CVPL.TB_A.ID IS '아이디';
ALTER TABLE CVPL.TB_A ADD CONSTRAINT FK_A_B FOREIGN KEY (ID) REFERENCES CVPL.TB_B (ID);
CREATE INDEX IX_A ON TB_A (NM);
CREATE SEQUENCE SEQ_A;
`, []decompose.Table{
			{Name: "TB_A", Comment: "민원 '접수'", References: []string{"TB_B"}, Identifying: []string{"TB_B"}},
			{Name: "TB_B", References: []string{"TB_A", "TB_C"}, Identifying: []string{"TB_C"}},
		}, 0},
		{"slash terminators and quoted names", `
CREATE TABLE "LIB"."lib_user" (
  USER_ID VARCHAR(20)
)
/
CREATE GLOBAL TEMPORARY TABLE TMP_X (A NUMBER) ON COMMIT DELETE ROWS
/
COMMENT ON TABLE "LIB"."lib_user" IS '이용자'
/
`, []decompose.Table{{Name: "LIB_USER", Comment: "이용자"}, {Name: "TMP_X"}}, 0},
		{"mysql table comment and backticks", "CREATE TABLE IF NOT EXISTS `shop`.`tb_order` (\n" +
			"  `id` BIGINT NOT NULL AUTO_INCREMENT COMMENT '주문 ID',\n" +
			"  `member_id` BIGINT,\n" +
			"  PRIMARY KEY (`id`),\n" +
			"  KEY `ix_m` (`member_id`),\n" +
			"  CONSTRAINT `fk_m` FOREIGN KEY (`member_id`) REFERENCES `tb_member` (`id`)\n" +
			") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='주문';\n" +
			"CREATE TABLE tb_member (id BIGINT) COMMENT '회원';",
			[]decompose.Table{{Name: "TB_ORDER", Comment: "주문", References: []string{"TB_MEMBER"}}, {Name: "TB_MEMBER", Comment: "회원"}}, 0},
		{"self reference is not a reference", `CREATE TABLE TB_DEPT (ID NUMBER, UP_ID NUMBER REFERENCES TB_DEPT(ID));`,
			[]decompose.Table{{Name: "TB_DEPT"}}, 0},
		{"create as select and views ignored", `CREATE TABLE TB_BAK AS SELECT * FROM TB_A; CREATE OR REPLACE VIEW V_A AS SELECT 1 FROM DUAL;`,
			[]decompose.Table{{Name: "TB_BAK"}}, 0},
		{"broken comment statement reported", "CREATE TABLE TB_A (ID NUMBER);\nCOMMENT ON TABLE TB_A IS 42;",
			[]decompose.Table{{Name: "TB_A"}}, 1},
		{"unterminated string reported", "CREATE TABLE TB_A (ID NUMBER);\nCOMMENT ON TABLE TB_A IS '열린",
			[]decompose.Table{{Name: "TB_A", Comment: "열린"}}, 1},
		{"alter of a table created elsewhere", `ALTER TABLE TB_X ADD FOREIGN KEY (A) REFERENCES TB_Y (A);`,
			[]decompose.Table{{Name: "TB_X", References: []string{"TB_Y"}}}, 0},
		// A line's key holds its order's: a part of the order. The
		// loan's patron is a reference to another aggregate.
		{"identifying and referencing keys", "CREATE TABLE ORD (ID INT PRIMARY KEY);\n" +
			"CREATE TABLE LINE (ORD_ID INT, NO INT, ITEM_ID INT REFERENCES ITEM(ID), CONSTRAINT LINE_PK PRIMARY KEY (ORD_ID, NO));\n" +
			"ALTER TABLE LINE ADD CONSTRAINT LINE_FK FOREIGN KEY (ORD_ID) REFERENCES ORD (ID);\n" +
			"CREATE TABLE LOAN (ID INT, USER_ID INT, `HOLD` INT, PRIMARY KEY (ID), FOREIGN KEY (USER_ID) REFERENCES PATRON (ID),\n" +
			"  FOREIGN KEY (`HOLD`) REFERENCES HOLDING (ID) ON DELETE CASCADE);",
			[]decompose.Table{{Name: "ORD"},
				{Name: "LINE", References: []string{"ITEM", "ORD"}, Identifying: []string{"ORD"}},
				{Name: "LOAN", References: []string{"HOLDING", "PATRON"}, Identifying: []string{"HOLDING"}}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, problems := ParseDDL("x.sql", tt.ddl)
			for i := range got {
				if !strings.HasPrefix(got[i].Source, "x.sql:") {
					t.Errorf("source %q", got[i].Source)
				}
				got[i].Source = ""
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("tables\n got %+v\nwant %+v", got, tt.want)
			}
			if len(problems) != tt.problems {
				t.Errorf("problems %q, want %d", problems, tt.problems)
			}
			for _, p := range problems {
				if !strings.HasPrefix(p, "x.sql") {
					t.Errorf("problem without file name: %q", p)
				}
			}
		})
	}
}

func TestParseDDLLine(t *testing.T) {
	got, _ := ParseDDL("a.sql", "-- header\n\nCREATE TABLE TB_A (ID NUMBER);\n\nCREATE TABLE TB_B (ID NUMBER);\nCOMMENT ON TABLE TB_A IS 'x';")
	if got[0].Source != "a.sql:3" || got[1].Source != "a.sql:5" {
		t.Errorf("sources %q %q", got[0].Source, got[1].Source)
	}
}

func TestParseCSV(t *testing.T) {
	utf8 := "\ufeff테이블명,테이블 설명,컬럼명,컬럼설명\r\nTB_A,민원접수,RCPT_NO,접수번호\r\nTB_A,민원접수,NM,이름\r\n\"SCH.TB_B\",\"민원, 처리\",ID,\r\n,,,\r\n"
	euc, _, err := transform.Bytes(korean.EUCKR.NewEncoder(), []byte("시스템: 민원포털,,,\n테이블ID,테이블한글명,참조테이블\ntb_c,회원,\ntb_d,회원권한,TB_C\n"))
	if err != nil {
		t.Fatal(err)
	}
	tab := "TABLE_NAME\tCOMMENTS\nTB_E\tEnglish header\n"
	tests := []struct {
		name string
		data []byte
		want []decompose.Table
	}{
		{"utf-8 with bom, one row per column", []byte(utf8), []decompose.Table{{Name: "TB_A", Comment: "민원접수"}, {Name: "TB_B", Comment: "민원, 처리"}}},
		{"euc-kr with a title line and references", euc, []decompose.Table{{Name: "TB_C", Comment: "회원"}, {Name: "TB_D", Comment: "회원권한", References: []string{"TB_C"}}}},
		{"tab separated english", []byte(tab), []decompose.Table{{Name: "TB_E", Comment: "English header"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseCSV("t.csv", bytes.NewReader(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			for i := range got {
				got[i].Source = ""
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
	if _, err := ParseCSV("t.csv", strings.NewReader("a,b\n1,2\n")); err == nil || !strings.Contains(err.Error(), "t.csv") {
		t.Errorf("headerless CSV: %v", err)
	}
}

func TestParseViews(t *testing.T) {
	s := Parse("v.sql", `CREATE TABLE TB_A (ID NUMBER);
CREATE OR REPLACE FORCE VIEW SCH.V_USER (ID, NM) AS
  SELECT ID, NM FROM TB_MBER UNION ALL SELECT ID, NM FROM TB_EMPLYR E, V_DEPT D WHERE E.D = D.D;
CREATE ALGORITHM=UNDEFINED DEFINER=`+"`root`@`%`"+` SQL SECURITY DEFINER VIEW `+"`v_dept`"+` AS select d from tb_dept;
CREATE UNIQUE INDEX IX_A ON TB_A (ID);`)
	want := map[string][]string{"V_USER": {"TB_EMPLYR", "TB_MBER", "V_DEPT"}, "V_DEPT": {"TB_DEPT"}}
	if !reflect.DeepEqual(s.Views, want) {
		t.Errorf("views %v, want %v", s.Views, want)
	}
	if len(s.Tables) != 1 || len(s.Problems) != 0 {
		t.Errorf("tables %v problems %v", s.Tables, s.Problems)
	}
}
