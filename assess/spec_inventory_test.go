package assess

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInventorySection(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "db.csv"), []byte("hostname,address,role,product,port\ndb01,10.0.0.3,db,Oracle,1521\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.yaml"), []byte(`apiVersion: cnready/v1
kind: Assessment
system: {id: minwon, name: 민원포털, agency: 행정안전부}
checklist:
  answers: {1: Y}
inventory:
  files: [db.csv]
  hosts:
    - hostname: web01
      address: 10.0.0.1
      role: web
      product: Apache httpd
      connects_to: was01
    - 호스트명: was01
      IP: 10.0.0.2
      역할: was
      제품: Tomcat
      연계대상: db01:1521
`), 0o644)
	r := DefaultEvaluator().File(context.Background(), filepath.Join(dir, "a.yaml"))
	if r.Err != nil {
		t.Fatal(r.Error())
	}
	inv := r.Evaluation.Inventory
	if inv == nil || len(inv.Hosts) != 3 || len(inv.Links) != 2 || len(inv.Systems) != 1 || inv.Systems[0].Pattern != "3-tier" {
		t.Fatalf("inventory = %+v", inv)
	}
}

func TestInventorySectionErrors(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ inv, want string }{
		{"  files: [missing.json]\n", "inventory.files"},
		{"  hosts:\n    - hostname: web01\n      role: proxy\n", "a.yaml:8: role \"proxy\""},
		{"  hosts: {a: b}\n", "a.yaml:7: assets must be a list"},
		{"  colour: red\n", "unknown key \"colour\""},
	} {
		p := filepath.Join(dir, "a.yaml")
		os.WriteFile(p, []byte("apiVersion: cnready/v1\nkind: Assessment\nsystem: {id: x, name: x, agency: x}\nchecklist:\n  answers: {1: Y}\ninventory:\n"+c.inv), 0o644)
		r := DefaultEvaluator().File(context.Background(), p)
		if !strings.Contains(r.Error(), c.want) {
			t.Errorf("%q: error = %q, want %q", c.inv, r.Error(), c.want)
		}
	}
}

func TestInventoryHostsRoundTrip(t *testing.T) {
	src := "apiVersion: cnready/v1\nkind: Assessment\nsystem: {id: x, name: x, agency: x}\nchecklist:\n  answers: {1: Y}\ninventory:\n  hosts:\n    - hostname: web01\n      role: web\n"
	a, err := DecodeBytes([]byte(src), "a.yaml", DefaultEvaluator().Checklists)
	if err != nil {
		t.Fatal(err)
	}
	var buf strings.Builder
	if err := Encode(&buf, a); err != nil {
		t.Fatal(err)
	}
	b, err := DecodeBytes([]byte(buf.String()), "b.yaml", DefaultEvaluator().Checklists)
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if len(b.Inventory.Hosts) != 1 || b.Inventory.Hosts[0].Host.Name != "web01" {
		t.Errorf("inline hosts lost:\n%s", buf.String())
	}
}
