package decompose

import "testing"

// TestTableKind: generic kinds by comment, else by name; a kind word
// qualified by a business word names that business's data.
func TestTableKind(t *testing.T) {
	tests := []struct {
		name, stem, comment string
		want                int
	}{
		{"LITEMALL_SYSTEM", "SYSTEM", "系统配置表", kindCode},
		{"SYS_CONFIG", "CONFIG", "参数配置表", kindCode},
		{"LITEMALL_GOODS_ATTRIBUTE", "GOODS_ATTRIBUTE", "商品参数表", kindNone},
		{"LITEMALL_ADMIN", "ADMIN", "管理员表", kindIdentity},
		{"LITEMALL_NOTICE_ADMIN", "NOTICE_ADMIN", "通知管理员表", kindNone},
		{"LITEMALL_NOTICE_ADMIN", "NOTICE_ADMIN", "", kindNone},
		{"UMS_ADMIN", "UMS_ADMIN", "", kindIdentity},
		{"SYS_OPER_LOG", "OPER_LOG", "操作日志记录", kindLog},
		{"SYS_JOB_LOG", "JOB_LOG", "定时任务调度日志表", kindNone},
		{"UMS_MEMBER_LOGIN_LOG", "UMS_MEMBER_LOGIN_LOG", "会员登录记录", kindNone},
		{"COMTNLOGINLOG", "NLOGINLOG", "접속로그", kindLog},
		{"COMTNPROXYLOGINFO", "NPROXYLOGINFO", "프록시로그정보", kindNone},
		{"COMTCADMINISTCODERECPTNLOG", "CADMINISTCODERECPTNLOG", "행정코드수신로그", kindNone},
		{"SYS_JOB_LOG", "JOB_LOG", "", kindNone},
		{"PMS_PRODUCT_OPERATE_LOG", "PMS_PRODUCT_OPERATE_LOG", "", kindNone},
		{"TB_ACCESS_LOG", "TB_ACCESS_LOG", "", kindLog},
		{"TB_SMS_SEND", "TB_SMS_SEND", "문자발송", kindMessage},
		{"TB_EMAIL_SEND", "TB_EMAIL_SEND", "", kindMessage},
		{"SMS_COUPON", "SMS_COUPON", "", kindNone},
		{"COMTNSMS", "NSMS", "", kindMessage},
		{"COMTNNOTE", "NNOTE", "쪽지관리", kindMessage},
		{"COMTNBLOG", "NBLOG", "블로그게시판", kindNone},
		{"TB_CMM_CODE", "TB_CMM_CODE", "", kindCode},
	}
	for _, tt := range tests {
		if got := tableKind(tt.name, tt.stem, tt.comment); got != tt.want {
			t.Errorf("tableKind(%s, %q) = %d, want %d", tt.name, tt.comment, got, tt.want)
		}
	}
}

// TestCPM: correlation clustering joins two groups when their ties beat
// the threshold on average over all their pairs, and not otherwise.
func TestCPM(t *testing.T) {
	// Two triangles (0,1,2) and (3,4,5), inner ties 3; every one of the
	// nine pairs across has the tie cross (none when 0).
	build := func(cross float64) *cpmGraph {
		g := &cpmGraph{adj: make([][]int32, 6), w: make([][]float64, 6), size: []float64{1, 1, 1, 1, 1, 1}}
		edge := func(a, b int, v float64) {
			g.adj[a] = append(g.adj[a], int32(b))
			g.w[a] = append(g.w[a], v)
			g.adj[b] = append(g.adj[b], int32(a))
			g.w[b] = append(g.w[b], v)
		}
		for _, tri := range [][3]int{{0, 1, 2}, {3, 4, 5}} {
			edge(tri[0], tri[1], 3)
			edge(tri[0], tri[2], 3)
			edge(tri[1], tri[2], 3)
		}
		for a := 0; a < 3; a++ {
			for b := 3; b < 6; b++ {
				if cross != 0 {
					edge(a, b, cross)
				}
			}
		}
		for i := range g.adj {
			sortParallel(g.adj[i], g.w[i])
		}
		return g
	}
	tests := []struct {
		cross, gamma float64
		groups       int
	}{
		{1.5, 1, 1}, // across, the odds rise by more than γ: one group
		{0.5, 1, 2}, // by less: two
		{0, 0.1, 2}, // nothing ties them
		{1, 4, 6},   // a threshold above every tie leaves each alone
	}
	for _, tt := range tests {
		label := cpmPartition(build(tt.cross), tt.gamma)
		seen := map[int]bool{}
		for _, l := range label {
			seen[l] = true
		}
		if len(seen) != tt.groups {
			t.Errorf("cross %v, γ %v: %d groups %v, want %d", tt.cross, tt.gamma, len(seen), label, tt.groups)
		}
		again := cpmPartition(build(tt.cross), tt.gamma)
		for i := range label {
			if label[i] != again[i] {
				t.Fatalf("not deterministic: %v then %v", label, again)
			}
		}
	}
	if got := cpmPartition(&cpmGraph{}, 1); len(got) != 0 {
		t.Errorf("empty graph: %v", got)
	}
}
