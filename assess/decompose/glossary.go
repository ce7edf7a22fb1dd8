package decompose

import (
	"sort"
	"strings"
)

// glossary gives common business nouns of Korean and Chinese table
// comments in English, for naming a context whose tables share a comment
// word but no table-name or code word (商品 -> goods, 게시판 -> board).
// Longer words are tried first, so 购物车 is cart, not car and 物.
var glossary = map[string]string{
	// Chinese.
	"商品": "goods", "产品": "product", "订单": "order", "购物车": "cart", "用户": "user", "会员": "member",
	"支付": "payment", "退款": "refund", "售后": "aftersale", "优惠券": "coupon", "营销": "marketing", "促销": "promotion",
	"团购": "groupon", "秒杀": "flash-sale", "库存": "stock", "物流": "logistics", "评论": "comment", "广告": "ad",
	"通知": "notice", "公告": "notice", "角色": "role", "权限": "permission", "菜单": "menu", "部门": "dept",
	"岗位": "post", "字典": "dict", "参数": "config", "配置": "config", "日志": "log", "文件": "file", "存储": "storage",
	"定时任务": "job", "任务": "job", "调度": "scheduler", "内容": "content", "专题": "topic", "帮助": "help",
	"品牌": "brand", "类目": "category", "分类": "category", "地址": "address", "收藏": "favorite", "足迹": "footprint",
	"搜索": "search", "关键字": "keyword", "反馈": "feedback", "管理员": "admin", "后台": "admin", "代码生成": "codegen",
	"在线": "online", "统计": "stats", "积分": "points", "规格": "spec", "专区": "area", "首页": "home",
	// Korean.
	"게시판": "board", "게시": "board", "게시물": "post", "댓글": "comment", "회원": "member", "사용자": "user",
	"권한": "authority", "메뉴": "menu", "조직": "organization", "부서": "dept", "코드": "code", "공통코드": "code",
	"첨부파일": "file", "파일": "file", "로그": "log", "통계": "stats", "민원": "petition", "신청": "application",
	"접수": "receipt", "처리": "process", "결재": "approval", "전자결재": "approval", "일정": "schedule",
	"설문": "survey", "투표": "poll", "상담": "counsel", "예약": "reservation", "회의": "meeting", "회의실": "meeting-room",
	"행사": "event", "근태": "attendance", "휴가": "vacation", "연차": "leave", "당직": "duty", "급여": "payroll",
	"지급": "payment", "결제": "payment", "주문": "order", "상품": "goods", "배송": "delivery", "쿠폰": "coupon",
	"알림": "notification", "문자": "sms", "메일": "mail", "쪽지": "note", "약관": "terms", "배너": "banner",
	"팝업": "popup", "도움말": "help", "용어": "glossary", "지식": "knowledge", "모니터링": "monitoring",
	"배치": "batch", "백업": "backup", "서버": "server", "네트워크": "network", "연계": "integration",
	"명함": "business-card", "주소록": "address-book", "동호회": "club", "커뮤니티": "community", "블로그": "blog",
	"스크랩": "scrap", "만족도": "satisfaction", "메모": "memo", "부서업무": "dept-job", "간부": "executive",
	"도서": "book", "대출": "loan", "이용자": "patron", "시설": "facility", "강좌": "course", "수강": "enrolment",
	"보조": "subsidy", "보조금": "subsidy", "가구": "household", "소득": "income", "종류": "kind",
}

var glossaryKeys = func() []string {
	keys := make([]string, 0, len(glossary))
	for k := range glossary {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		if len(keys[a]) != len(keys[b]) {
			return len(keys[a]) > len(keys[b])
		}
		return keys[a] < keys[b]
	})
	return keys
}()

// translate gives an English name for a comment word: the glossary's
// word for it, or for the longest glossary word it contains; "" when the
// glossary knows none.
func translate(w string) string {
	w = strings.TrimSpace(w)
	if e, ok := glossary[w]; ok {
		return e
	}
	for _, k := range glossaryKeys {
		if strings.Contains(w, k) {
			return glossary[k]
		}
	}
	return ""
}
