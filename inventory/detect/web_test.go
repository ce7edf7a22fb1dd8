package detect

import (
	"reflect"
	"testing"
)

func TestWebDetectors(t *testing.T) {
	const hd = "httpd:/etc/httpd"
	const ng = "nginx:/usr/local/nginx-1.24.0"
	const wt = "webtob:/home/webtob/webtob5"
	tests := []detectCase{
		{detector: "httpd", fixture: "httpd",
			components: map[string]string{hd: "httpd  *:80,10.10.10.11:443"},
			names:      map[string]string{hd: "portal,minwon_lb,status,board"},
			targets: []string{
				hd + " -> 10.10.10.41:8080 http",
				hd + " -> 10.10.10.44:8080 http",
				hd + " -> 10.10.10.21:8009 ajp",
				hd + " -> 10.10.10.22:8009 ajp",
				hd + " -> api-was.internal:8180 http",
				hd + " -> 10.10.10.22:8010 ajp",
				hd + " -> 10.10.10.23:8009 ajp",
				hd + " -> 10.10.10.31:8001 http weblogic",
				hd + " -> 10.10.10.32:8001 http weblogic",
			}},
		{detector: "httpd", fixture: "httpd-jkprop",
			components: map[string]string{"httpd:/app/apache24": "httpd  *:80"},
			names:      map[string]string{"httpd:/app/apache24": "wlb"},
			targets: []string{
				"httpd:/app/apache24 -> 10.10.40.21:8009 ajp",
				"httpd:/app/apache24 -> 10.10.40.22:8109 ajp",
			}},
		{detector: "httpd", fixture: "apache2-nossl", // Listen 443 only inside <IfModule ssl_module>, not loaded
			components: map[string]string{"httpd:/etc/apache2": "httpd  *:80,*:8081"},
			targets:    []string{"httpd:/etc/apache2 -> 10.10.70.21:8080 http"}},
		{detector: "httpd", fixture: "apache2",
			components: map[string]string{"httpd:/etc/apache2": "httpd 2.4.57 *:8080,*:443"},
			targets:    []string{"httpd:/etc/apache2 -> 10.20.0.5:8080 http", "httpd:/etc/apache2 -> 10.20.0.6:8080 http"}},
		{detector: "httpd", fixture: "ihs",
			components: map[string]string{"httpd:/opt/IBM/HTTPServer": "httpd  0.0.0.0:80"},
			names:      map[string]string{"httpd:/opt/IBM/HTTPServer": "insa_cluster"},
			targets: []string{
				"httpd:/opt/IBM/HTTPServer -> 10.10.10.61:9080 http websphere",
				"httpd:/opt/IBM/HTTPServer -> 10.10.10.61:9443 https websphere",
				"httpd:/opt/IBM/HTTPServer -> 10.10.10.62:9080 http websphere",
			}},
		{detector: "nginx", fixture: "nginx",
			components: map[string]string{ng: "nginx 1.24.0 *:80,10.10.10.11:8443,*:11521"},
			names:      map[string]string{ng: "was_pool"},
			targets: []string{
				ng + " -> 10.10.10.21:8080 http",
				ng + " -> 10.10.10.22:8080 http",
				ng + " -> backup-was:8080 http",
				ng + " -> 10.10.10.50:9080 http",
				ng + " -> admin-was.internal:8443 https",
				ng + " -> 127.0.0.1:9000 tcp",
			}},
		// mod_jk collected without httpd.conf: the server and its workers
		// are still found; its listen ports are not known.
		{detector: "httpd", fixture: "httpd-jkonly",
			components: map[string]string{"httpd:/app/apache": "httpd  "},
			names:      map[string]string{"httpd:/app/apache": "jk-status,balancer"},
			targets: []string{
				"httpd:/app/apache -> 10.20.30.41:8009 ajp",
				"httpd:/app/apache -> 10.20.30.42:8109 ajp",
			},
			notes: []string{"app/apache/conf/extra/httpd-jk.conf: httpd.conf not collected"}},
		// A template whose directives are all commented out is no server.
		{detector: "httpd", fixture: "httpd-comments",
			components: map[string]string{},
			notes:      []string{"etc/httpd/conf/httpd.conf: no directives; not counted as a web server"}},
		{detector: "nginx", fixture: "nginx-setvar",
			components: map[string]string{"nginx:/etc/nginx": "nginx  *:80"},
			targets: []string{
				"nginx:/etc/nginx -> api-was.example.local:8080 http",
				"nginx:/etc/nginx -> 10.10.60.21:8180 http",
			}},
		{detector: "webtob", fixture: "webtob",
			components: map[string]string{wt: "webtob 5 *:8080,*:7700,*:8443"},
			names:      map[string]string{wt: "MyGroup,Group2"},
			targets:    []string{wt + " -> 10.10.10.41:8080 http"}},
		{detector: "webtob", fixture: "wtweb01", // one http.m for two nodes
			components: map[string]string{"webtob:/webtob": "webtob  *:80,*:443,*:9900"},
			names:      map[string]string{"webtob:/webtob": "MinwonGroup"}},
		{detector: "webtob", fixture: "webtob-embedded",
			components: map[string]string{"webtob:/home/jeus/webserver": "webtob  *:8088,*:9900"},
			names:      map[string]string{"webtob:/home/jeus/webserver": "MyGroup"}},
	}
	for _, tc := range tests {
		t.Run(tc.fixture, func(t *testing.T) { checkCase(t, tc) })
	}
}

func TestParseHTTPM(t *testing.T) {
	es := parseHTTPM("*node\nn1 port = \"80,8080\", JsvPort=9900 # c\n*SERVER\ns1\n  svgname=g1,\n  minproc=1\ns2 SVGNAME = \"g2\"\n")
	type kv = map[string]string
	var got []kv
	for _, e := range es {
		m := kv{"_": e.Section + "/" + e.Name}
		for k, v := range e.Keys {
			m[k] = v.Value
		}
		got = append(got, m)
	}
	want := []kv{
		{"_": "NODE/n1", "port": "80,8080", "jsvport": "9900"},
		{"_": "SERVER/s1", "svgname": "g1", "minproc": "1"},
		{"_": "SERVER/s2", "svgname": "g2"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}
