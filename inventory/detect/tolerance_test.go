package detect

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/cnready/cnready/inventory"
)

// messy writes text the way hand-edited server files look: a UTF-8 BOM,
// CRLF line ends and an EUC-KR comment line (bytes that are not UTF-8).
func messy(text string) string {
	return "\xef\xbb\xbf" + "# \xc7\xd1\xb1\xdb \xc1\xd6\xbc\xae\r\n" + strings.ReplaceAll(text, "\n", "\r\n")
}

func TestTolerance(t *testing.T) {
	tests := []struct {
		detector, file, text string
		wantID, wantListen   string
		wantTarget           string
	}{
		{"httpd", "app/apache/conf/httpd.conf", "LISTEN\t8080\nproxyPASS\t/a\t\"http://10.0.0.1:8080/a\"\n",
			"httpd:/app/apache", "*:8080", "10.0.0.1:8080"},
		{"nginx", "etc/nginx/nginx.conf", "http {\n\tupstream B { server 10.0.0.2:8080; }\n\tserver {\n\t\tLISTEN 81;\n\t\tlocation / { proxy_pass http://B; }\n\t}\n}\n",
			"nginx:/etc/nginx", "*:81", "10.0.0.2:8080"},
		{"webtob", "home/webtob/config/http.m", "*node\nn1\tport = \"8080\",\n\tJsvPort=9901\n*reverse_proxy\nr1\tserveraddress = \"10.0.0.3:80\"\n",
			"webtob:/home/webtob", "*:8080", "10.0.0.3:80"},
		{"tomcat", "app/was/tomcat/conf/server.xml", "<Server port=\"8005\"><Service><Connector PORT=\"8081\" protocol=\"HTTP/1.1\"/></Service><GlobalNamingResources><Resource URL=\"jdbc:oracle:thin:@10.0.0.4:1521:ORCL\"/></GlobalNamingResources></Server>\n",
			"tomcat:/app/was/tomcat", "*:8081", "10.0.0.4:1521"},
		{"springboot", "app/api/config/application.properties", "SERVER.port=1\nserver.port = 8082\nspring.datasource.url = jdbc:mariadb://10.0.0.5/db\n",
			"springboot:/app/api", "*:8082", "10.0.0.5:3306"},
		{"springboot", "app/api2/config/application.yml", "server:\n  port: 8083\nspring:\n  datasource:\n    url: jdbc:postgresql://10.0.0.6/db\n",
			"springboot:/app/api2", "*:8083", "10.0.0.6:5432"},
		{"egovframe", "app/home/WEB-INF/classes/egovProps/globals.properties", "globals.dbtype = ORACLE\nGlobals.oracle.Url = jdbc:oracle:thin:@10.0.0.7:1521:H\n",
			"egovframe:/app/home", "", "10.0.0.7:1521"},
		{"mysql", "etc/my.cnf", "[MYSQLD]\nPort = 3307\nbind-address\t=\t10.0.0.8\n",
			"mysql:/var/lib/mysql", "10.0.0.8:3307", ""},
		{"tibero", "home/tibero/tibero7/config/TB.tip", "db_name=TB\nlistener_port=8630\n",
			"tibero:TB", "*:8630", ""},
		{"oracle", "etc/oratab", "ORCL:/u01/app/oracle/product/19.0.0/dbhome_1:Y\n",
			"oracle:ORCL", "*:1521", ""},
	}
	for _, tt := range tests {
		t.Run(tt.detector+"/"+tt.file, func(t *testing.T) {
			files := map[string]string{tt.file: messy(tt.text)}
			det := byName(t, tt.detector)
			if !det.Match(tt.file) {
				t.Fatalf("%s does not match %s", tt.detector, tt.file)
			}
			f, err := det.Detect(context.Background(), mapHost(files), []string{tt.file})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, c := range f.Components {
				if c.ID == tt.wantID {
					found = true
					if tt.wantListen != "" && !strings.Contains(strings.Join(c.Listen, ","), tt.wantListen) {
						t.Errorf("listen %v, want %s", c.Listen, tt.wantListen)
					}
				}
			}
			if !found {
				t.Errorf("no component %s in %+v", tt.wantID, f.Components)
			}
			if tt.wantTarget != "" {
				ok := false
				for _, tg := range f.Targets {
					if strings.Contains(tt.wantTarget, tg.Host) && strings.HasSuffix(tt.wantTarget, ":"+strconv.Itoa(tg.Port)) {
						ok = true
					}
				}
				if !ok {
					t.Errorf("no target %s in %+v (notes %v)", tt.wantTarget, f.Targets, f.Notes)
				}
			}
		})
	}
}

// byName returns the detector called name.
func byName(t *testing.T, name string) inventory.Detector {
	t.Helper()
	for _, d := range All() {
		if d.Name() == name {
			return d
		}
	}
	t.Fatalf("no detector %q", name)
	return nil
}

// Parse errors say where, never what: the decoders' messages can quote
// file text.
func TestParseErrorsQuoteNothing(t *testing.T) {
	_, err := parseXML("<a>\x00SECRETTEXT</a>")
	if err == nil || err.Error() != "line 1: xml syntax error" {
		t.Errorf("xml error %v", err)
	}
	_, err = parseYAML("a: b\n c: SECRETTEXT: [\n")
	if err == nil || strings.Contains(err.Error(), "SECRETTEXT") {
		t.Errorf("yaml error %v", err)
	}
}
