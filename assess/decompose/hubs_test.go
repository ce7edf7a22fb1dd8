package decompose

import (
	"fmt"
	"testing"
)

// hubModel builds functions of nMods modules (egov.mN.web), each with a
// module table TB_MN written and read by its own functions; extra says
// which further tables each function of module k reads and writes.
func hubModel(nMods, perMod int, extra func(k, i int) (reads, writes []string)) *Model {
	m := &Model{}
	for k := 0; k < nMods; k++ {
		own := fmt.Sprintf("TB_M%d", k)
		m.Tables = append(m.Tables, Table{Name: own})
		for i := 0; i < perMod; i++ {
			f := Function{ID: fmt.Sprintf("M%dController.f%d", k, i), Package: fmt.Sprintf("egov.m%d.web", k)}
			if i%2 == 0 {
				f.Writes = []string{own}
			} else {
				f.Reads = []string{own}
			}
			if extra != nil {
				r, w := extra(k, i)
				f.Reads = append(f.Reads, r...)
				f.Writes = append(f.Writes, w...)
			}
			m.Functions = append(m.Functions, f)
		}
	}
	return m
}

func TestDetectHubs(t *testing.T) {
	tests := []struct {
		name  string
		model *Model
		hubs  map[string]bool // tables that must (true) or must not (false) be hubs
	}{
		{
			// An organisation table read now and then by 6 of 20 modules:
			// below 10 % of the functions, but spread over modules.
			name: "spread over modules",
			model: hubModel(20, 6, func(k, i int) ([]string, []string) {
				if k < 6 && i == 1 {
					return []string{"TB_ORG"}, nil
				}
				return nil, nil
			}),
			hubs: map[string]bool{"TB_ORG": true, "TB_M0": false},
		},
		{
			// Attachments written by 5 modules: a hub even though it is
			// read and written alike.
			name: "written by many modules",
			model: hubModel(10, 4, func(k, i int) ([]string, []string) {
				if k < 5 && i == 0 {
					return []string{"TB_FILE"}, []string{"TB_FILE"}
				}
				return nil, nil
			}),
			hubs: map[string]bool{"TB_FILE": true},
		},
		{
			// A busy module's own master table, read by most of its
			// functions (more than 10 % of all) and one other module: not
			// a hub, it is that module's core.
			name: "busy module's own table",
			model: hubModel(6, 10, func(k, i int) ([]string, []string) {
				if k == 0 || (k == 1 && i == 1) {
					return []string{"TB_BBS_MASTER"}, nil
				}
				return nil, nil
			}),
			hubs: map[string]bool{"TB_BBS_MASTER": false},
		},
		{
			// Used by 4 modules but mostly by one, which maintains it:
			// that module's table.
			name: "spread but dominated",
			model: hubModel(8, 6, func(k, i int) ([]string, []string) {
				switch {
				case k == 0 && i%2 == 0:
					return nil, []string{"TB_TMPL"}
				case k == 0 || (k < 4 && i == 1):
					return []string{"TB_TMPL"}, nil
				}
				return nil, nil
			}),
			hubs: map[string]bool{"TB_TMPL": false},
		},
		{
			// Declared functions have no module: the count rule alone.
			name: "declared functions",
			model: func() *Model {
				m := &Model{}
				for i := 0; i < 20; i++ {
					f := Function{ID: fmt.Sprintf("f%d", i), Reads: []string{"TB_CODE"}, Writes: []string{fmt.Sprintf("TB_%d", i%5)}}
					m.Functions = append(m.Functions, f)
				}
				return m
			}(),
			hubs: map[string]bool{"TB_CODE": true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := buildGraph(tt.model)
			hub, why := detectHubs(g)
			for table, want := range tt.hubs {
				i, ok := g.index[table]
				if !ok {
					t.Fatalf("no table %s", table)
				}
				if hub[i] != want {
					t.Errorf("%s: hub %v (%s), want %v", table, hub[i], why[i], want)
				}
			}
		})
	}
}

func TestFnModule(t *testing.T) {
	tests := []struct {
		pkg, path, want string
	}{
		{"egovframework.com.uss.ion.nws.web", "/uss/ion/nws/list.do", "egovframework.com.uss.ion.nws"},
		{"egovframework.cvpl.rcpt.service.impl", "", "egovframework.cvpl.rcpt"},
		{"", "/cop/bbs/{bbsId}/list.do", "/cop/bbs"},
		{"", "/board/list.do", "/board"},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := fnModule(&access{pkg: tt.pkg, path: tt.path}); got != tt.want {
			t.Errorf("fnModule(%q, %q) = %q, want %q", tt.pkg, tt.path, got, tt.want)
		}
	}
}

// TestMergeUnused: a code class and code master that no function uses,
// tied by foreign keys to the code detail every screen reads, end up in
// the code detail's context rather than in one of their own.
func TestMergeUnused(t *testing.T) {
	m := hubModel(6, 4, func(k, i int) ([]string, []string) {
		return []string{"TB_CODE_DETAIL"}, nil
	})
	m.Functions = append(m.Functions, Function{ID: "CodeController.save", Package: "egov.code.web", Writes: []string{"TB_CODE_DETAIL"}})
	m.Tables = append(m.Tables,
		Table{Name: "TB_CODE_DETAIL", References: []string{"TB_CODE"}},
		Table{Name: "TB_CODE", References: []string{"TB_CODE_CLASS"}},
		Table{Name: "TB_CODE_CLASS"})
	res, err := Decompose(t.Context(), m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := res.Partition()
	if p["TB_CODE"] == "" || p["TB_CODE"] != p["TB_CODE_DETAIL"] || p["TB_CODE_CLASS"] != p["TB_CODE_DETAIL"] {
		t.Errorf("code tables split: %v", p)
	}
}

// TestIsolatedWithoutPrefix: single-table components whose names carry no
// prefix (eGovFrame COMTN...) do not share one junk context; each source
// module's tables stay together.
func TestIsolatedWithoutPrefix(t *testing.T) {
	m := &Model{}
	for _, c := range []struct{ pkg, table string }{
		{"egov.uss.ion.bnr.web", "COMTNBANNER"},
		{"egov.uss.ion.nws.web", "COMTNNEWSINFO"},
		{"egov.uss.ion.pwm.web", "COMTNPOPUPMANAGE"},
		{"egov.uss.ion.pwm.web", "COMTNPOPUPIMAGE"},
	} {
		m.Functions = append(m.Functions,
			Function{ID: c.table + ".list", Package: c.pkg, Reads: []string{c.table}},
			Function{ID: c.table + ".save", Package: c.pkg, Writes: []string{c.table}})
	}
	res, err := Decompose(t.Context(), m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := res.Partition()
	if p["COMTNBANNER"] == p["COMTNNEWSINFO"] || p["COMTNBANNER"] == p["COMTNPOPUPMANAGE"] {
		t.Errorf("unrelated components in one context: %v", p)
	}
	if p["COMTNPOPUPMANAGE"] != p["COMTNPOPUPIMAGE"] {
		t.Errorf("one module's tables split: %v", p)
	}
}
