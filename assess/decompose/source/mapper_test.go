package source

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/transform"
)

func TestSplitDialect(t *testing.T) {
	tests := []struct{ path, key, dialect string }{
		{"mapper/com/EgovArticle_SQL_oracle.xml", "mapper/com/EgovArticle_SQL{dialect}.xml", "oracle"},
		{"mapper/com/EgovArticle_SQL_Tibero.xml", "mapper/com/EgovArticle_SQL{dialect}.xml", "tibero"},
		{"mapper/com/EgovArticle_SQL-mysql.xml", "mapper/com/EgovArticle_SQL{dialect}.xml", "mysql"},
		{"mapper/com/Article.maria.xml", "mapper/com/Article{dialect}.xml", "mariadb"},
		{"mapper/oracle/com/Article_SQL.xml", "mapper/{dialect}/com/Article_SQL.xml", "oracle"},
		{"sqlmap/postgresql/x/Article.xml", "sqlmap/{dialect}/x/Article.xml", "postgres"},
		{"oracle/Article_SQL_oracle.xml", "{dialect}/Article_SQL{dialect}.xml", "oracle"},
		{"mapper/Article_SQL.xml", "mapper/Article_SQL.xml", ""},
		{"mapper/Oracle_SQL.xml", "mapper/Oracle_SQL.xml", ""}, // a name, not a marker
		{"A_SQL_cubrid.xml", "A_SQL{dialect}.xml", "cubrid"},
	}
	for _, tt := range tests {
		key, d := splitDialect(tt.path)
		if key != tt.key || d != tt.dialect {
			t.Errorf("splitDialect(%q) = %q, %q; want %q, %q", tt.path, key, d, tt.key, tt.dialect)
		}
	}
}

func TestPickDialects(t *testing.T) {
	mk := func(p string) *Mapper { return &Mapper{Path: p, Dialect: dialectOf(p)} }
	all := []*Mapper{
		mk("m/A_SQL_mysql.xml"), mk("m/A_SQL_oracle.xml"), mk("m/A_SQL_tibero.xml"),
		mk("mapper/mysql/B.xml"), mk("mapper/cubrid/B.xml"),
		mk("m/C.xml"), mk("n/C.xml"),
	}
	paths := func(ms []*Mapper) string {
		var out []string
		for _, m := range ms {
			out = append(out, m.Path)
		}
		return strings.Join(out, " ")
	}
	got, dropped := pickDialects(all, "")
	if want := "m/A_SQL_oracle.xml m/C.xml mapper/cubrid/B.xml n/C.xml"; paths(got) != want || dropped != 3 {
		t.Errorf("default: %s (dropped %d), want %s", paths(got), dropped, want)
	}
	got, _ = pickDialects(all, "MySQL")
	if want := "m/A_SQL_mysql.xml m/C.xml mapper/mysql/B.xml n/C.xml"; paths(got) != want {
		t.Errorf("prefer mysql: %s, want %s", paths(got), want)
	}
}

const mybatisMapper = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
<mapper namespace="egov.bbs.BbsMapper">
	<resultMap id="r" type="map"><result property="a" column="A"/></resultMap>
	<sql id="from">FROM TB_BBS B <include refid="egov.cmm.Common.userJoin"/></sql>
	<select id="selectList" resultMap="r">
		SELECT * <include refid="from"/>
		<where>
			<if test="a != null">AND B.A = #{a}</if>
			<foreach collection="ids" item="i" open="AND B.ID IN (" separator="," close=")">#{i}</foreach>
		</where>
		<![CDATA[ AND B.N < 10 ]]>
	</select>
	<update id="updateX">
		UPDATE TB_BBS <set><if test="x != null">X = #{x},</if></set> WHERE ID = #{id}
	</update>
	<insert id="insertX">
		<selectKey keyProperty="id" order="BEFORE" resultType="long">SELECT NVL(MAX(ID),0)+1 FROM TB_BBS</selectKey>
		INSERT INTO TB_BBS (ID) VALUES (#{id})
	</insert>
	<select id="missingInclude"><include refid="nowhere"/> SELECT 1 FROM DUAL</select>
</mapper>`

const commonMapper = `<mapper namespace="egov.cmm.Common"><sql id="userJoin">LEFT JOIN TB_USER U ON U.ID = B.USER_ID</sql></mapper>`

func TestParseMapperAndIncludes(t *testing.T) {
	m, err := parseMapper("a/Bbs_SQL.xml", []byte(mybatisMapper))
	if err != nil || m == nil {
		t.Fatalf("parseMapper: %v %v", m, err)
	}
	c, err := parseMapper("a/Common_SQL.xml", []byte(commonMapper))
	if err != nil {
		t.Fatal(err)
	}
	fr := newFragments([]*Mapper{m, c})
	unresolved := fr.resolve(m)
	if m.Namespace != "egov.bbs.BbsMapper" || m.Kind != "mybatis" || len(m.Stmts) != 4 {
		t.Fatalf("mapper = %+v", m)
	}
	if len(unresolved) != 1 || unresolved[0] != "nowhere" {
		t.Errorf("unresolved = %v", unresolved)
	}
	sel := m.Stmts[0]
	for _, want := range []string{"FROM TB_BBS B", "LEFT JOIN TB_USER U", "WHERE", "AND B.ID IN (", "#{i}", "B.N < 10"} {
		if !strings.Contains(sel.SQL, want) {
			t.Errorf("select SQL lacks %q:\n%s", want, sel.SQL)
		}
	}
	if sel.Line != 6 || sel.Kind != "select" {
		t.Errorf("select at line %d kind %s", sel.Line, sel.Kind)
	}
	if !strings.Contains(m.Stmts[1].SQL, "SET") {
		t.Errorf("<set> emits no SET: %s", m.Stmts[1].SQL)
	}
	if !strings.Contains(m.Stmts[2].SQL, ";") {
		t.Errorf("selectKey not separated: %s", m.Stmts[2].SQL)
	}
}

func TestParseMapperIBatis(t *testing.T) {
	src := `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE sqlMap PUBLIC "-//iBATIS.com//DTD SQL Map 2.0//EN" "http://ibatis.apache.org/dtd/sql-map-2.dtd">
<sqlMap namespace="Article">
	<typeAlias alias="egovMap" type="egovframework.rte.psl.dataaccess.util.EgovMap"/>
	<sql id="w"><dynamic prepend="WHERE"><isNotEmpty prepend="AND" property="x">X = #x#</isNotEmpty></dynamic></sql>
	<statement id="articleDAO.selectList" resultClass="egovMap">SELECT * FROM COMTNBBS <include refid="w"/></statement>
	<procedure id="callX">{call PRC_X(#a#)}</procedure>
</sqlMap>`
	m, err := parseMapper("Article_SQL_oracle.xml", []byte(src))
	if err != nil || m == nil {
		t.Fatal(err)
	}
	newFragments([]*Mapper{m}).resolve(m)
	if m.Kind != "ibatis" || m.Dialect != "oracle" || len(m.Stmts) != 2 || m.Stmts[1].Kind != "procedure" {
		t.Fatalf("mapper = %+v", m)
	}
	if s := m.Stmts[0].SQL; !strings.Contains(s, "WHERE") || !strings.Contains(s, "AND") || !strings.Contains(s, "#x#") {
		t.Errorf("prepend attributes lost: %s", s)
	}
}

func eucKR(t *testing.T, s string) []byte {
	t.Helper()
	b, _, err := transform.Bytes(korean.EUCKR.NewEncoder(), []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseMapperEncodings(t *testing.T) {
	body := `<sqlMap namespace="민원"><!-- 한글 주석 --><select id="목록">SELECT 제목 FROM TB_민원</select></sqlMap>`
	for name, data := range map[string][]byte{
		"declared euc-kr":   eucKR(t, `<?xml version="1.0" encoding="euc-kr"?>`+body),
		"declared EUC-KR":   eucKR(t, `<?xml version="1.0" encoding="EUC-KR"?>`+body),
		"declared ms949":    eucKR(t, `<?xml version="1.0" encoding="MS949"?>`+body),
		"undeclared euc-kr": eucKR(t, `<?xml version="1.0" encoding="UTF-8"?>`+body),
		"utf-8 with BOM":    []byte("\xef\xbb\xbf" + `<?xml version="1.0" encoding="UTF-8"?>` + body),
	} {
		m, err := parseMapper("x.xml", data)
		if err != nil || m == nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		newFragments([]*Mapper{m}).resolve(m)
		if m.Namespace != "민원" || len(m.Stmts) != 1 || m.Stmts[0].ID != "목록" || !strings.Contains(m.Stmts[0].SQL, "TB_민원") {
			t.Errorf("%s: %+v", name, m)
		}
	}
	if _, err := parseMapper("x.xml", []byte(`<?xml version="1.0" encoding="klingon"?>`+body)); err == nil {
		t.Error("unknown encoding accepted")
	}
}

func TestParseMapperMalformedAndOthers(t *testing.T) {
	bad := map[string]string{
		"mismatched": "<mapper namespace=\"x\">\n<select id=\"a\">SELECT 1</mapper>",
		"bare lt":    "<mapper namespace=\"x\">\n<select id=\"a\">\nSELECT 1 FROM T WHERE A < B</select></mapper>",
		"unclosed":   "<mapper namespace=\"x\">\n<select id=\"a\">SELECT 1",
		"two roots":  "<mapper namespace=\"x\"/>\n<mapper namespace=\"y\"/>",
	}
	for name, src := range bad {
		if _, err := parseMapper("x.xml", []byte(src)); err == nil {
			t.Errorf("%s: no error", name)
		} else if !strings.ContainsAny(err.Error()[:1], "0123456789") {
			t.Errorf("%s: error %q does not start with a line number", name, err)
		}
	}
	for _, src := range []string{
		`<beans xmlns="http://www.springframework.org/schema/beans"><bean id="mapper"/></beans>`,
		`<!DOCTYPE sqlMapConfig PUBLIC "-//iBATIS.com//DTD SQL Map Config 2.0//EN" "x"><sqlMapConfig><sqlMap resource="a.xml"/></sqlMapConfig>`,
	} {
		if m, err := parseMapper("x.xml", []byte(src)); m != nil || err != nil {
			t.Errorf("non-mapper XML gave %v, %v", m, err)
		}
	}
	// HTML entities that MyBatis users paste are accepted.
	m, err := parseMapper("x.xml", []byte(`<mapper namespace="x"><select id="a">SELECT&nbsp;1 FROM T WHERE A &lt; B</select></mapper>`))
	if err != nil || m == nil {
		t.Errorf("entities: %v", err)
	}
}

func TestPickDatabaseIDs(t *testing.T) {
	src := `<mapper namespace="x">
<select id="page" databaseId="mysql">SELECT * FROM TB_MY LIMIT 10</select>
<select id="page" databaseId="oracle">SELECT * FROM TB_ORA WHERE ROWNUM &lt;= 10</select>
<select id="page">SELECT * FROM TB_ANY</select>
<select id="one" databaseId="mysql">SELECT * FROM TB_MY</select>
<select id="one">SELECT * FROM TB_ANY</select>
<select id="plain">SELECT 1 FROM DUAL</select>
</mapper>`
	for pref, want := range map[string]string{"": "TB_ORA TB_ANY DUAL", "mysql": "TB_MY TB_MY DUAL", "cubrid": "TB_ANY TB_ANY DUAL"} {
		m, err := parseMapper("x.xml", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		newFragments([]*Mapper{m}).resolve(m)
		pickDatabaseIDs(m, dialectRank(pref))
		var got []string
		for _, s := range m.Stmts {
			f := strings.Fields(s.SQL)
			got = append(got, f[3])
		}
		if strings.Join(got, " ") != want {
			t.Errorf("prefer %q: %v, want %s", pref, got, want)
		}
	}
}
