package decompose

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestUnusedTables: tables no function uses join the context their keys
// or name family tie them to; with no tie they are unassigned with a
// reason, never a context of their own, and never lost.
func TestUnusedTables(t *testing.T) {
	m := &Model{
		Tables: []Table{
			{Name: "TB_ORDER"}, {Name: "TB_ORDER_ITEM"},
			{Name: "TB_ORDER_MEMO", References: []string{"TB_ORDER"}}, // unused, keyed
			{Name: "TB_LEGACY_X"}, {Name: "TB_LEGACY_Y", References: []string{"TB_LEGACY_X"}}, // unused group
			{Name: "TB_LONER"},
		},
		Functions: []Function{
			{ID: "OrderController.save", Package: "kr.shop.order.web", Writes: []string{"TB_ORDER", "TB_ORDER_ITEM"}},
			{ID: "OrderController.list", Package: "kr.shop.order.web", Reads: []string{"TB_ORDER", "TB_ORDER_ITEM"}},
		},
	}
	res := decompose(t, m, Options{})
	checkCovers(t, m, res)
	p := res.Partition()
	if p["TB_ORDER_MEMO"] == "" || p["TB_ORDER_MEMO"] != p["TB_ORDER"] {
		t.Errorf("keyed unused table not with its key's context: %v", p)
	}
	un := map[string]string{}
	for _, u := range res.Unassigned {
		un[u.Table] = u.Reason
	}
	for _, tb := range []string{"TB_LEGACY_X", "TB_LEGACY_Y", "TB_LONER"} {
		if un[tb] == "" {
			t.Errorf("%s not unassigned: partition %v, unassigned %v", tb, p, res.Unassigned)
		}
	}
	if !strings.Contains(un["TB_LEGACY_X"], "TB_LEGACY_Y") || !strings.Contains(un["TB_LONER"], "no function or statement uses it") {
		t.Errorf("reasons %v", un)
	}
	// Pinning an unassigned table takes it out of the list.
	res = decompose(t, m, Options{Overrides: Overrides{Pin: map[string]string{"TB_LONER": "order"}}})
	for _, u := range res.Unassigned {
		if u.Table == "TB_LONER" {
			t.Error("pinned table still unassigned")
		}
	}
	checkCovers(t, m, res)
}

// TestGenericByKind: code, file and user tables form generic contexts by
// kind; a store's read-mostly catalogue is not generic for being read.
func TestGenericByKind(t *testing.T) {
	m := &Model{Tables: []Table{
		{Name: "TB_CMM_CODE", Comment: "공통코드"}, {Name: "TB_CMM_CODE_DTL", Comment: "공통상세코드"},
		{Name: "TB_ATCH_FILE", Comment: "첨부파일"}, {Name: "TB_ATCH_FILE_DTL", Comment: "첨부파일상세"},
		{Name: "TB_PRODUCT", Comment: "상품"}, {Name: "TB_PRODUCT_ITEM", Comment: "상품품목"},
	}}
	for i := 0; i < 12; i++ {
		m.Functions = append(m.Functions, Function{ID: fmt.Sprintf("CatalogController.view%d", i), Package: "kr.shop.catalog.web",
			Reads: []string{"TB_PRODUCT", "TB_PRODUCT_ITEM", "TB_CMM_CODE_DTL"}})
	}
	m.Functions = append(m.Functions,
		Function{ID: "CatalogController.save", Package: "kr.shop.catalog.web", Writes: []string{"TB_PRODUCT", "TB_PRODUCT_ITEM"}, Reads: []string{"TB_ATCH_FILE"}},
		Function{ID: "CodeController.save", Package: "kr.shop.code.web", Writes: []string{"TB_CMM_CODE", "TB_CMM_CODE_DTL"}},
		Function{ID: "FileController.upload", Package: "kr.shop.file.web", Writes: []string{"TB_ATCH_FILE", "TB_ATCH_FILE_DTL"}})
	res := decompose(t, m, Options{})
	types := map[string]string{}
	for _, c := range res.Contexts {
		for _, tb := range c.Tables {
			types[tb] = c.Type + ": " + c.TypeReason
		}
	}
	for _, tb := range []string{"TB_CMM_CODE", "TB_ATCH_FILE"} {
		if !strings.HasPrefix(types[tb], Generic) {
			t.Errorf("%s: %s", tb, types[tb])
		}
	}
	if strings.HasPrefix(types["TB_PRODUCT"], Generic) {
		t.Errorf("read-mostly catalogue typed generic: %s", types["TB_PRODUCT"])
	}
	p := res.Partition()
	if p["TB_CMM_CODE"] == p["TB_PRODUCT"] || p["TB_ATCH_FILE"] == p["TB_PRODUCT"] {
		t.Errorf("generic tables placed with their business users: %v", p)
	}
}

// TestNamesFromMajorityWords: a context is named by a word most of its
// tables carry, never the application-wide prefix.
func TestNamesFromMajorityWords(t *testing.T) {
	m := &Model{}
	for _, mod := range []string{"GOODS", "ORDER"} {
		for _, sfx := range []string{"", "_SPEC", "_ATTR"} {
			m.Tables = append(m.Tables, Table{Name: "LITEMALL_" + mod + sfx})
		}
		m.Functions = append(m.Functions, Function{ID: "Admin" + strings.Title(strings.ToLower(mod)) + "Controller.save", Package: "org.linlinjava.litemall.admin.web",
			Writes: []string{"LITEMALL_" + mod, "LITEMALL_" + mod + "_SPEC", "LITEMALL_" + mod + "_ATTR"}})
	}
	res := decompose(t, m, Options{})
	var names []string
	for _, c := range res.Contexts {
		names = append(names, c.Name)
		if strings.Contains(c.Name, "litemall") || strings.Contains(c.Name, "linlinjava") || strings.Contains(c.Name, "admin") {
			t.Errorf("context named %q (from %s)", c.Name, c.NameFrom)
		}
	}
	if strings.Join(names, ",") != "goods,order" {
		t.Errorf("names %v", names)
	}
}

// TestCancelledDuringClustering: a cancelled run returns the context's
// error while clustering is under way, not when it ends.
func TestCancelledDuringClustering(t *testing.T) {
	m, _ := genModel(3, 2000, 20000)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(20 * time.Millisecond)
		cancel()
	}()
	if _, err := Decompose(ctx, m, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestGeneratedAtScale: 2,000 tables in 166 planted modules sharing a few
// statements are not merged in pairs and threes.
func TestGeneratedAtScale(t *testing.T) {
	if testing.Short() {
		t.Skip("scale")
	}
	m, truth := genModel(5, 2000, 20000)
	res := decompose(t, m, Options{})
	checkCovers(t, m, res)
	ari := AdjustedRand(res.Partition(), truth)
	t.Logf("2,000 tables: ARI %.3f, %d contexts (planted 166)", ari, len(res.Contexts))
	if ari < 0.9 || len(res.Contexts) < 150 {
		t.Errorf("planted modules merged: ARI %.3f, %d contexts", ari, len(res.Contexts))
	}
}
