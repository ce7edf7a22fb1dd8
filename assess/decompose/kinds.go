package decompose

import "strings"

// Generic kinds: tables every capability leans on, which an architect
// groups by kind into generic contexts (codes, identity and access, files,
// logs, messages sent: mail, SMS, notifications) rather than placing them
// with whoever writes them.
const (
	kindNone = iota
	kindCode
	kindIdentity
	kindFile
	kindLog
	kindMessage
)

// genericKinds lists the kinds in order.
var genericKinds = []int{kindCode, kindIdentity, kindFile, kindLog, kindMessage}

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

// messageWords name messages sent (as the last word of a name, or before
// one of messageTails).
var messageWords = map[string]bool{
	"SMS": true, "MMS": true, "EMAIL": true, "MAIL": true, "MSG": true, "MESSAGE": true, "PUSH": true,
	"NOTIFICATION": true, "NOTIFY": true, "KAKAO": true, "ALIMTALK": true,
}

var messageTails = map[string]bool{
	"SEND": true, "SENT": true, "LOG": true, "HIST": true, "HISTORY": true, "QUEUE": true, "RECPTN": true,
	"TMPL": true, "TMPLAT": true, "TEMPLATE": true, "TRNSMIT": true, "RESULT": true,
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
	{"SMS", kindMessage, nil}, {"SMSRECPTN", kindMessage, nil}, {"EMAIL", kindMessage, nil},
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
	{"字典", kindCode}, {"行政区域", kindCode}, {"地区", kindCode},
	{"권한", kindIdentity}, {"롤", kindIdentity}, {"메뉴", kindIdentity}, {"조직", kindIdentity}, {"부서", kindIdentity},
	{"업무사용자", kindIdentity}, {"프로그램", kindIdentity}, {"角色", kindIdentity}, {"权限", kindIdentity},
	{"菜单", kindIdentity}, {"部门", kindIdentity}, {"岗位", kindIdentity}, {"后台用户", kindIdentity},
	{"첨부", kindFile}, {"파일", kindFile}, {"文件", kindFile}, {"附件", kindFile}, {"存储", kindFile},
	{"문자발송", kindMessage}, {"메일발송", kindMessage}, {"문자메시지", kindMessage}, {"메시지", kindMessage},
	{"메일", kindMessage}, {"쪽지", kindMessage}, {"알림", kindMessage}, {"알림서식", kindMessage},
	{"발신", kindMessage}, {"수신", kindMessage}, {"短信", kindMessage}, {"邮件", kindMessage}, {"站内信", kindMessage},
	{"消息", kindMessage}, {"推送", kindMessage},
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

// qualifiedComments are kind words that name generic data only alone or
// after a generic qualifier: 系统配置 and 参数配置 are settings, 商品参数
// are a product's attributes; 管理员 are administrators, 通知管理员 the
// administrators a notice went to.
var qualifiedComments = []struct {
	s    string
	kind int
}{
	{"参数", kindCode}, {"配置", kindCode}, {"管理员", kindIdentity},
}

// genericLogSubjects are what a log of the system records: logins,
// access, requests, operations, privacy reads, transmissions. A log of
// anything else (定时任务调度日志, 会员登录记录, PMS_PRODUCT_OPERATE_LOG,
// 프록시로그) is the history of that thing and belongs with it.
var genericLogSubjects = map[string]bool{
	"": true, "시스템": true, "웹": true, "사용자": true, "접속": true, "로그인": true, "개인정보조회": true,
	"개인정보": true, "송수신": true, "감사": true, "오류": true, "에러": true, "요청": true, "작업": true,
	"操作": true, "系统": true, "系统访问": true, "登录": true, "访问": true, "系统操作": true, "用户操作": true,
	"用户访问": true, "审计": true, "错误": true, "异常": true, "请求": true,
	"LOGIN": true, "SYS": true, "SYSTEM": true, "WEB": true, "USER": true, "OPER": true, "OPERATE": true,
	"OPERATION": true, "ACCESS": true, "PRIVACY": true, "AUDIT": true, "API": true, "ERROR": true,
	"REQUEST": true, "ACTION": true, "EVENT": true,
}

// genericQualifiers may precede a qualified kind word.
var genericQualifiers = map[string]bool{
	"": true, "系统": true, "参数": true, "系统参数": true, "全局": true, "平台": true, "后台": true, "系统管理": true,
}

// commentKindOf reads the kind a comment's last word names (부서별 통계
// is statistics, 부서 a department): the comment, then the comment
// without one trailing generic word after another, must end with a kind
// word. Listed exclusions anywhere win (모니터링, 블로그). It also says
// whether the comment settled it: a
// kind word, or a qualified kind word after a business word (商品参数),
// which says the table is not generic whatever its name. An exclusion
// (블로그) settles nothing: the name decides.
func commentKindOf(comment string) (int, bool) {
	c := strings.TrimSpace(comment)
	for _, k := range kindComments {
		if k.kind == kindNone && strings.Contains(c, k.s) {
			return kindNone, false
		}
	}
	for round := 0; round < 4 && c != ""; round++ {
		for _, k := range qualifiedComments {
			if strings.HasSuffix(c, k.s) {
				if genericQualifiers[strings.TrimSpace(strings.TrimSuffix(c, k.s))] {
					return k.kind, true
				}
				return kindNone, true
			}
		}
		for _, k := range kindComments {
			if k.kind != kindNone && strings.HasSuffix(c, k.s) {
				if k.kind == kindLog {
					subject := strings.TrimSpace(strings.TrimSuffix(c, k.s))
					if !genericLogSubjects[subject] && !genericLogSubjects[strings.TrimSuffix(subject, "日志")] {
						return kindNone, true
					}
				}
				return k.kind, true
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
	return kindNone, false
}

// tableKind is the generic kind of a table from its comment, else its
// name, or kindNone. stem is the name without the prefix most of the
// application's tables share ("" for none known).
func tableKind(name, stem, comment string) int {
	if k, settled := commentKindOf(comment); settled {
		return k
	}
	toks := tableTokens(name)
	if len(toks) > 1 {
		if last := toks[len(toks)-1]; last == "LOG" || last == "LOGS" {
			// The log of a business thing is its history (SYS_JOB_LOG,
			// PMS_PRODUCT_OPERATE_LOG); a log of logins, operations or
			// requests is the system's.
			subj := toks[:len(toks)-1]
			if st := tableTokens(stem); stem != "" && len(st) < len(toks) {
				subj = st[:max(0, len(st)-1)]
			}
			if len(subj) > 1 && len(subj[0]) <= 3 {
				subj = subj[1:] // a module code: SYS_, PMS_
			}
			for _, w := range subj {
				if !genericLogSubjects[w] {
					return kindNone
				}
			}
			return kindLog
		}
		// The last meaningful token names what the table holds
		// (TB_CMM_CODE, SYS_ROLE_MENU); any token may name identity.
		last := toks[len(toks)-1]
		if messageWords[last] || messageTails[last] && messageWords[toks[len(toks)-2]] {
			// TB_SMS_SEND, TB_EMAIL_SEND, MAIL_QUEUE; not a mall's
			// SMS_COUPON (its SMS_ names a module).
			return kindMessage
		}
		if last == "ADMIN" && len(toks[len(toks)-2]) >= 4 && kindWords[toks[len(toks)-2]] == kindNone {
			// NOTICE_ADMIN: the administrators a notice went to, a
			// relation of the notice (UMS_ADMIN, SYS_ADMIN are
			// administrators: module codes are shorter).
			return kindNone
		}
		if k := kindWords[last]; k != kindNone {
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
	word := toks[0]
	if configWords[word] {
		return kindCode
	}
	for _, in := range kindInfixes {
		if strings.Contains(word, in.s) {
			return in.kind
		}
	}
	for _, sf := range kindSuffixes {
		if !strings.HasSuffix(word, sf.s) {
			continue
		}
		excluded := false
		for _, n := range sf.not {
			if strings.HasSuffix(word, n) {
				excluded = true
			}
		}
		if !excluded {
			return sf.kind
		}
	}
	return kindWords[word]
}
