package detect

import (
	"strings"
	"testing"
)

func TestWASDetectors(t *testing.T) {
	const jd = "jeus:/home/jeus/domains/jeus_domain/servers/"
	const wl = "weblogic:/u01/oracle/user_projects/domains/base_domain/servers/"
	tests := []detectCase{
		{detector: "tomcat", fixture: "tomcat",
			components: map[string]string{"tomcat:/opt/apache-tomcat-9.0.80": "tomcat 9.0.80 *:8180,0.0.0.0:8009"},
			names:      map[string]string{"tomcat:/opt/apache-tomcat-9.0.80": "was1"},
			targets: []string{
				"tomcat:/opt/apache-tomcat-9.0.80 -> 10.10.20.11:1521 jdbc oracle db=MINWON",
				"tomcat:/opt/apache-tomcat-9.0.80 -> 10.10.30.21:8629 jdbc tibero db=MINWON",
				"tomcat:/opt/apache-tomcat-9.0.80 -> stat-db1:3306 jdbc mysql db=stat",
				"tomcat:/opt/apache-tomcat-9.0.80 -> stat-db2:3306 jdbc mysql db=stat",
			}},
		{detector: "tomcat", fixture: "tomcat-instances", // CATALINA_BASE per instance, shared CATALINA_HOME
			components: map[string]string{
				"tomcat:/app/tomcat/inst1": "tomcat 9.0.85 *:8180,0.0.0.0:8109",
				"tomcat:/app/tomcat/inst2": "tomcat 9.0.85 *:8280,0.0.0.0:8209",
			},
			names: map[string]string{"tomcat:/app/tomcat/inst1": "inst1", "tomcat:/app/tomcat/inst2": "inst2"}},
		{detector: "tomcat", fixture: "tomcat-ajp-default",
			components: map[string]string{"tomcat:/opt/tomcat9": "tomcat 9.0.65 *:8080,127.0.0.1:8009"},
			names:      map[string]string{"tomcat:/opt/tomcat9": "was1"}},
		{detector: "tomcat", fixture: "tomcat-debian",
			components: map[string]string{"tomcat:/etc/tomcat9": "tomcat 9.0.43 *:8080"}},
		{detector: "jeus", fixture: "jeus8",
			components: map[string]string{
				jd + "adminServer": "jeus 8.0 *:9736",
				jd + "server1":     "jeus 8.0 *:9936,10.10.10.21:8088",
			},
			targets: []string{
				jd + "server1 -> 10.10.10.11:9900 webtob webtob reg=MyGroup reverse",
				jd + "server1 -> 10.10.30.21:8629 jdbc tibero db=MINWON",
				jd + "server1 -> 10.10.20.11:1521 jdbc oracle db=STAT",
				jd + "adminServer -> 10.10.40.5:3306 jdbc mysql db=batch",
				jd + "server1 -> 10.10.40.5:3306 jdbc mysql db=batch",
			}},
		{detector: "jeus", fixture: "jeus6",
			components: map[string]string{"jeus:/jeus/config/was01": "jeus 6 *:8088"},
			names:      map[string]string{"jeus:/jeus/config/was01": "was01"},
			targets: []string{
				"jeus:/jeus/config/was01 -> 10.10.10.12:9900 webtob webtob reg=MyGroup reverse",
				"jeus:/jeus/config/was01 -> adm-db:1521 jdbc oracle db=ADMDB",
			}},
		{detector: "jeus", fixture: "jeus6-props",
			components: map[string]string{"jeus:/home/jeus/jeus6/config/jwas02": "jeus 6 *:9736"},
			targets: []string{
				"jeus:/home/jeus/jeus6/config/jwas02 -> stat-altidb:20301 jdbc altibase db=STATDB",
				"jeus:/home/jeus/jeus6/config/jwas02 -> 10.10.30.41:33000 jdbc cubrid db=gisdb",
			}},
		{detector: "jeus", fixture: "jwas01", // domain.xml copied to every node
			components: map[string]string{
				"jeus:/home/jeus/jeus8/domains/jeus_domain/servers/adminServer": "jeus 8.5 *:9736",
				"jeus:/home/jeus/jeus8/domains/jeus_domain/servers/ms11":        "jeus 8.5 *:19736,*:8088",
			},
			targets: []string{
				"jeus:/home/jeus/jeus8/domains/jeus_domain/servers/ms11 -> wtweb01:9900 webtob webtob reg=MinwonGroup reverse",
				"jeus:/home/jeus/jeus8/domains/jeus_domain/servers/ms11 -> minwon-scan:1521 jdbc oracle db=MINWON",
			}},
		{detector: "weblogic", fixture: "weblogic",
			components: map[string]string{
				wl + "AdminServer": "weblogic 12.2.1.4.0 *:7001",
				wl + "ms1":         "weblogic 12.2.1.4.0 10.10.10.31:8001,10.10.10.31:8002",
				wl + "ms2":         "weblogic 12.2.1.4.0 10.10.10.32:8001",
			},
			targets: []string{
				wl + "ms1 -> rac1-vip:1521 jdbc oracle db=MINWON",
				wl + "ms1 -> rac2-vip:1521 jdbc oracle db=MINWON",
				wl + "ms2 -> rac1-vip:1521 jdbc oracle db=MINWON",
				wl + "ms2 -> rac2-vip:1521 jdbc oracle db=MINWON",
			}},
		{detector: "weblogic", fixture: "wlwas01", // config.xml lists both machines' servers
			components: map[string]string{
				"weblogic:/u01/domains/hr_domain/servers/AdminServer": "weblogic 14.1.1.0.0 *:7001",
				"weblogic:/u01/domains/hr_domain/servers/hr_ms1":      "weblogic 14.1.1.0.0 wlwas01:8001",
			},
			targets: []string{"weblogic:/u01/domains/hr_domain/servers/hr_ms1 -> hr-scan.hr.local:1521 jdbc oracle db=HRSVC"}},
		{detector: "jboss", fixture: "wildfly",
			components: map[string]string{"jboss:/opt/wildfly-10.1.0.Final/standalone": "jboss 10.1.0 0.0.0.0:8109,0.0.0.0:8180,0.0.0.0:8543"},
			targets:    []string{"jboss:/opt/wildfly-10.1.0.Final/standalone -> 10.10.50.7:5432 jdbc postgresql db=sso"}},
		{detector: "jboss", fixture: "jboss-domain",
			components: map[string]string{"jboss:/app/jboss-eap-7.4/domain": "jboss 7.4 *:8009,*:8159,*:8080,*:8230,*:8443,*:8593"},
			targets:    []string{"jboss:/app/jboss-eap-7.4/domain -> hr-db.example.local:1521 jdbc oracle db=HRSVC"}},
		{detector: "jboss", fixture: "jboss5",
			components: map[string]string{"jboss:/opt/jboss-5.1.0.GA/server/default": "jboss 5.1.0 *:8080"},
			targets:    []string{"jboss:/opt/jboss-5.1.0.GA/server/default -> 10.10.20.12:1521 jdbc oracle db=LEGACY"}},
	}
	for _, tc := range tests {
		t.Run(tc.fixture, func(t *testing.T) { checkCase(t, tc) })
	}
}

// Key material must never be selected by any detector.
func TestKeyFilesNeverMatched(t *testing.T) {
	for _, p := range []string{
		"home/jeus/domains/jeus_domain/config/security/security.key",
		"home/jeus/domains/jeus_domain/config/security/SYSTEM_DOMAIN/accounts.xml",
		"u01/oracle/user_projects/domains/base_domain/security/SerializedSystemIni.dat",
		"u01/oracle/user_projects/domains/base_domain/servers/AdminServer/security/boot.properties",
		"opt/tomcat/conf/tomcat-users.xml",
		"etc/pki/tls/private/server.key",
		"opt/IBM/WebSphere/AppServer/profiles/AppSrv01/config/cells/cell01/security.xml",
		"opt/IBM/WebSphere/AppServer/profiles/AppSrv01/properties/soap.client.props",
	} {
		for _, d := range All() {
			if d.Match(p) {
				t.Errorf("%s matches %s", d.Name(), p)
			}
		}
	}
}

func TestWebSphere(t *testing.T) {
	const ws = "websphere:/opt/IBM/WebSphere/AppServer/profiles/AppSrv01/servers/server1"
	for _, host := range []string{"websphere", ""} {
		h := testHost("testdata/websphere")
		h.Host = host
		d := byName(t, "websphere")
		f, err := d.Detect(t.Context(), h, matched(t, d, "testdata/websphere"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range f.Components {
			got = append(got, c.ID+" "+strings.Join(c.Listen, ","))
		}
		var ts []string
		for _, tg := range f.Targets {
			ts = append(ts, targetString(tg))
		}
		wantC := []string{ws + " *:9080,*:9443"}
		if host == "" { // host unknown: every node's servers count
			wantC = append(wantC, "websphere:/opt/IBM/WebSphere/AppServer/profiles/AppSrv01/servers/server2 *:9080")
		}
		if strings.Join(got, "|") != strings.Join(wantC, "|") {
			t.Errorf("host %q: components %q, want %q", host, got, wantC)
		}
		wantT := []string{ws + " -> 10.10.20.15:1521 jdbc oracle db=INSA", ws + " -> 10.10.20.16:50001 jdbc db2 db=PAYDB"}
		if strings.Join(ts, "|") != strings.Join(wantT, "|") {
			t.Errorf("host %q: targets %q, want %q", host, ts, wantT)
		}
		if host != "" {
			golden(t, "websphere_websphere", f)
		}
	}
}

func TestAJPLoopbackDefault(t *testing.T) {
	for v, want := range map[string]bool{
		"9.0.31": true, "9.0.30": false, "9.0.80": true, "8.5.51": true, "8.5.50": false,
		"7.0.100": true, "7.0.99": false, "10.1.16": true, "11.0.0": true, "8.0.53": false,
		"": false, "9": false, "10.0.0-M1": false, "6.0.53": false,
	} {
		if got := ajpLoopbackDefault(v); got != want {
			t.Errorf("ajpLoopbackDefault(%q) = %v, want %v", v, got, want)
		}
	}
}
