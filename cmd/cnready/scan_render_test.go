package main

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/cnready/cnready/inventory"
)

func TestShortenMiddle(t *testing.T) {
	for _, tt := range []struct {
		in       string
		max      int
		keepTail string
	}{
		{"web01:/etc/httpd/conf.d/mod_jk.conf:8", 80, "web01:/etc/httpd/conf.d/mod_jk.conf:8"},
		{"was2tier:/opt/apps/stat/WEB-INF/classes/egovframework/egovProps/globals.properties:9", 74, "globals.properties:9"},
		{"db:/u01/app/oracle/product/19.0.0/dbhome_1/network/admin/한글경로/listener.ora:12", 40, "listener.ora:12"},
	} {
		got := shortenMiddle(tt.in, tt.max)
		if lipgloss.Width(got) > tt.max {
			t.Errorf("%q: width %d > %d", got, lipgloss.Width(got), tt.max)
		}
		if !strings.HasSuffix(got, tt.keepTail) || !strings.HasPrefix(got, tt.in[:5]) {
			t.Errorf("%q lost its head or tail", got)
		}
	}
}

func TestTwinLabels(t *testing.T) {
	cs := []inventory.Component{
		{ID: "wls01/weblogic:/u01/domains/d/servers/AdminServer", Host: "wls01", Product: "weblogic", Version: "12.2"},
		{ID: "wls01/weblogic:/u01/domains/d/servers/ms1", Host: "wls01", Product: "weblogic", Version: "12.2"},
		{ID: "was01/tomcat:/opt/tomcat", Host: "was01", Product: "tomcat"},
	}
	twins := twinComponents(cs)
	got := []string{componentLabel(cs[0], twins), componentLabel(cs[1], twins), componentLabel(cs[2], twins)}
	want := []string{"wls01 weblogic 12.2 (AdminServer)", "wls01 weblogic 12.2 (ms1)", "was01 tomcat"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("label %d = %q, want %q", i, got[i], want[i])
		}
	}
}
