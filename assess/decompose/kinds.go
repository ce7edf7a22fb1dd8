package decompose

import "strings"

// Generic kinds: tables every capability leans on, which an architect
// groups by kind into generic contexts (codes, identity and access, files,
// logs) rather than placing them with whoever writes them.
const (
	kindNone = iota
	kindCode
	kindIdentity
	kindFile
	kindLog
)

// kindWords are whole name tokens (of names with separators) marking a
// kind.
var kindWords = map[string]int{
	"CODE": kindCode, "CODES": kindCode, "CD": kindCode, "DICT": kindCode, "DICTIONARY": kindCode,
	"ZIP": kindCode, "ZIPCODE": kindCode, "REGION": kindCode, "HOLIDAY": kindCode,
	"ROLE": kindIdentity, "ROLES": kindIdentity, "AUTH": kindIdentity, "AUTHOR": kindIdentity,
	"AUTHORITY": kindIdentity, "AUTHORITIES": kindIdentity, "PERMISSION": kindIdentity, "PERM": kindIdentity,
	"PRIVILEGE": kindIdentity, "MENU": kindIdentity, "DEPT": kindIdentity, "DEPARTMENT": kindIdentity,
	"ORG": kindIdentity, "ORGAN": kindIdentity, "ORGANIZATION": kindIdentity, "ADMIN": kindIdentity,
	"RESOURCE": kindIdentity, "POST": kindNone,
	"FILE": kindFile, "FILES": kindFile, "ATCH": kindFile, "ATTACH": kindFile, "ATTACHMENT": kindFile,
	"ATTACHFILE": kindFile, "STORAGE": kindFile, "UPLOAD": kindFile,
	"LOG": kindLog, "LOGS": kindLog, "LOGININFOR": kindLog, "AUDIT": kindLog,
}

// strongIdentity are words that make a table identity data wherever they
// stand (SYS_ROLE_MENU, TB_EMPLYR_AUTHOR); DEPT or ORG only as the last
// word (TB_STATS_DEPT_MONTH holds statistics, not departments).
var strongIdentity = map[string]bool{
	"ROLE": true, "ROLES": true, "AUTH": true, "AUTHOR": true, "AUTHORITY": true, "AUTHORITIES": true,
	"PERMISSION": true, "PRIVILEGE": true, "MENU": true, "ADMIN": true,
}

// kindStems are stems of one-word names (COMTNAUTHORINFO, COMTCCMMNCODE)
// marking a kind, matched as a suffix or, for the longer ones, anywhere.
var kindSuffixes = []struct {
	s    string
	kind int
	not  []string // words ending the same way that mean something else
}{
	{"CODE", kindCode, nil}, {"ZIP", kindCode, nil}, {"RESTDE", kindCode, nil},
	{"FILE", kindFile, []string{"PROFILE"}}, {"FILEDETAIL", kindFile, nil},
	{"LOG", kindLog, []string{"BLOG", "CATALOG", "DIALOG"}}, {"LOGINFO", kindNone, nil},
}

var kindInfixes = []struct {
	s    string
	kind int
}{
	{"AUTHOR", kindIdentity}, {"ROLE", kindIdentity}, {"MENU", kindIdentity}, {"PROGRM", kindIdentity},
	{"EMPLYR", kindIdentity}, {"ORGNZT", kindIdentity}, {"CMMNCODE", kindCode}, {"CMMNCLCODE", kindCode},
	{"CMMNDETAILCODE", kindCode},
}

// kindComments are comment words marking a kind; listed exclusions come
// first (블로그 is a blog, not a log; 파일시스템 is monitored, not
// attached).
var kindComments = []struct {
	s    string
	kind int
}{
	{"블로그", kindNone}, {"파일시스템", kindNone}, {"모니터링", kindNone},
	{"공통코드", kindCode}, {"코드", kindCode}, {"우편번호", kindCode}, {"도로명주소", kindCode}, {"휴일", kindCode},
	{"字典", kindCode}, {"参数", kindCode}, {"配置", kindCode}, {"行政区域", kindCode}, {"地区", kindCode},
	{"권한", kindIdentity}, {"롤", kindIdentity}, {"메뉴", kindIdentity}, {"조직", kindIdentity}, {"부서", kindIdentity},
	{"업무사용자", kindIdentity}, {"프로그램", kindIdentity}, {"角色", kindIdentity}, {"权限", kindIdentity},
	{"菜单", kindIdentity}, {"部门", kindIdentity}, {"岗位", kindIdentity}, {"管理员", kindIdentity}, {"后台用户", kindIdentity},
	{"첨부", kindFile}, {"파일", kindFile}, {"文件", kindFile}, {"附件", kindFile}, {"存储", kindFile},
	{"로그", kindLog}, {"日志", kindLog}, {"访问记录", kindLog}, {"登录记录", kindLog}, {"访问", kindLog},
	{"사용자", kindNone}, {"用户", kindNone},
}

// configWords name system settings, a reference kind only as a table's
// one word (SYS_CONFIG, LITEMALL_SYSTEM): INDEX_CONFIG configures a home
// page, ORDER_SETTING an order flow.
var configWords = map[string]bool{"CONFIG": true, "CONF": true, "SYSTEM": true, "PROPERTY": true, "PROPERTIES": true, "PARAM": true, "PARAMS": true, "SETTINGS": true}

// commentTails are words that end table comments whatever they hold
// (information, management, details, table, record, relation): the kind
// word is looked for before them.
var commentTails = []string{"정보", "관리", "테이블", "내역", "목록", "상세", "이력", "설정", "表", "信息", "记录", "关联", "关系", "数据", "列表", "详情"}

// commentKind reads the kind a comment's last word names (부서별 통계
// is statistics, 부서 a department): the comment, then the comment
// without one trailing generic word after another, must end with a kind
// word. Listed exclusions anywhere win (모니터링, 블로그).
func commentKind(comment string) int {
	c := strings.TrimSpace(comment)
	for _, k := range kindComments {
		if k.kind == kindNone && strings.Contains(c, k.s) {
			return kindNone
		}
	}
	for round := 0; round < 4 && c != ""; round++ {
		for _, k := range kindComments {
			if k.kind != kindNone && strings.HasSuffix(c, k.s) {
				return k.kind
			}
		}
		cut := false
		for _, t := range commentTails {
			if strings.HasSuffix(c, t) {
				c = strings.TrimSpace(strings.TrimSuffix(c, t))
				cut = true
				break
			}
		}
		if !cut {
			break
		}
	}
	return kindNone
}

// tableKind is the generic kind of a table from its comment, else its
// name, or kindNone.
func tableKind(name, comment string) int {
	if strings.TrimSpace(comment) != "" {
		if k := commentKind(comment); k != kindNone {
			return k
		}
	}
	toks := tableTokens(name)
	if len(toks) > 1 {
		// The last meaningful token names what the table holds
		// (TB_CMM_CODE, SYS_ROLE_MENU); any token may name identity.
		if k := kindWords[toks[len(toks)-1]]; k != kindNone {
			return k
		}
		for _, t := range toks {
			if strongIdentity[t] {
				return kindIdentity
			}
		}
		return kindWords[toks[0]]
	}
	if len(toks) == 0 {
		return kindNone
	}
	stem := toks[0]
	if configWords[stem] {
		return kindCode
	}
	for _, in := range kindInfixes {
		if strings.Contains(stem, in.s) {
			return in.kind
		}
	}
	for _, sf := range kindSuffixes {
		if !strings.HasSuffix(stem, sf.s) {
			continue
		}
		excluded := false
		for _, n := range sf.not {
			if strings.HasSuffix(stem, n) {
				excluded = true
			}
		}
		if !excluded {
			return sf.kind
		}
	}
	return kindWords[stem]
}
