package live

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestParseCmdline(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"\x00\x00", nil},
		{"/usr/bin/java\x00-Xmx1g\x00-jar\x00app.jar\x00", []string{"/usr/bin/java", "-Xmx1g", "-jar", "app.jar"}},
		{"no-trailing-nul", []string{"no-trailing-nul"}},
		{"a\x00\x00b\x00", []string{"a", "", "b"}},
		{"nginx: master process /usr/sbin/nginx -c /etc/nginx/nginx.conf\x00\x00\x00\x00",
			[]string{"nginx: master process /usr/sbin/nginx -c /etc/nginx/nginx.conf"}},
		{"postgres: checkpointer \x00", []string{"postgres: checkpointer "}},
		{"java\x00-D한글=값\x00", []string{"java", "-D한글=값"}},
	}
	for _, tt := range tests {
		if got := ParseCmdline([]byte(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseCmdline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRedactArgs(t *testing.T) {
	tests := []struct {
		in, want string // space-separated
	}{
		{"java -Dspring.datasource.password=s3cret -Dcatalina.base=/opt/t", "java -Dspring.datasource.password=[redacted] -Dcatalina.base=/opt/t"},
		{"java -Djavax.net.ssl.keyStorePassword=changeit X", "java -Djavax.net.ssl.keyStorePassword=[redacted] X"},
		{"app --password hunter2 --port 80", "app --password [redacted] --port 80"},
		{"app --password=hunter2", "app --password=[redacted]"},
		{"jeusadmin -u administrator -p jeus -domain d", "jeusadmin -u administrator -p [redacted] -domain d"},
		{"mysql -uroot -pTopSecret db", "mysql -uroot -p[redacted] db"},
		{"x PGPASSWORD=abc y", "x PGPASSWORD=[redacted] y"},
		{"x -Dweblogic.management.password=w -Dweblogic.Name=Admin", "x -Dweblogic.management.password=[redacted] -Dweblogic.Name=Admin"},
		{"x -Ddb.url=jdbc:mysql://u:pw@10.0.0.9:3306/db", "x -Ddb.url=jdbc:mysql://u:[redacted]@10.0.0.9:3306/db"},
		{"x -Ddb.url=jdbc:sqlserver://h:1433;user=sa;password=pw;db=x", "x -Ddb.url=jdbc:sqlserver://h:1433;user=sa;password=[redacted];db=x"},
		{"x jdbc:cubrid:10.0.0.9:33000:demodb:dba:pw:?charset=utf8", "x jdbc:cubrid:10.0.0.9:33000:demodb:dba:[redacted]:?charset=utf8"},
		{"x -Dkey={AES}abcdEFG== y", "x -Dkey=[redacted] y"},
		{"x ENC(abc) y", "x [redacted] y"},
		{"x --api-key k --token t --secret s", "x --api-key [redacted] --token [redacted] --secret [redacted]"},
		{"java -p /mods -m app", "java -p [redacted] -m app"}, // over-redaction is fine
		{"java -jar app.jar -path /x -port 1", "java -jar app.jar -path /x -port 1"},
		{"--password", "--password"}, // argv[0] is the program
		{"app --password -v", "app --password -v"},
	}
	for _, tt := range tests {
		got := strings.Join(RedactArgs(strings.Fields(tt.in)), " ")
		if got != tt.want {
			t.Errorf("RedactArgs(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestParseEnviron(t *testing.T) {
	in := "PATH=/usr/bin\x00JAVA_HOME=/usr/lib/jvm/17\x00PGPASSWORD=pw\x00CATALINA_BASE=/opt/t\x00" +
		"SPRING_DATASOURCE_PASSWORD=pw2\x00SECRET_HOME=/x\x00ORACLE_SID=ORCL\x00TB_SID=tibero\x00BROKEN\x00" +
		"JEUS_HOME={AES}xyz\x00AWS_SECRET_ACCESS_KEY=k\x00"
	got := ParseEnviron([]byte(in))
	want := map[string]string{"JAVA_HOME": "/usr/lib/jvm/17", "CATALINA_BASE": "/opt/t", "ORACLE_SID": "ORCL", "TB_SID": "tibero"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseEnviron = %v, want %v", got, want)
	}
}

func TestParseNetTCP(t *testing.T) {
	const v4 = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4242 1 0000000000000000 100 0 0 10 0
   1: 0500000A:C738 0900000A:05F1 01 00000000:00000000 00:00000000 00000000     0        0 77 1 0000000000000000 20 4 30 10 -1
`
	const v6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000000000000000000000000000:0050 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1002 1 0000000000000000 100 0 0 10 0
   1: 0000000000000000FFFF00000500000A:1F90 0000000000000000FFFF00000300000A:D903 01 00000000:00000000 00:00000000 00000000  1000        0 2003 1 0000000000000000 100 0 0 10 0
   2: 00000000000000000000000001000000:1F45 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 2004 1 0000000000000000 100 0 0 10 0
   3: 000080FE00000000FF00FC0001000000:0016 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 9 1 0000000000000000 100 0 0 10 0
`
	s, err := ParseNetTCP(strings.NewReader(v4), "tcp")
	if err != nil {
		t.Fatal(err)
	}
	got := []string{}
	for _, x := range s {
		got = append(got, x.Local.String()+" "+x.Remote.String()+" "+x.State.String())
	}
	s6, err := ParseNetTCP(strings.NewReader(v6), "tcp6")
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range s6 {
		got = append(got, x.Local.String()+" "+x.Remote.String()+" "+x.State.String())
	}
	want := []string{
		"127.0.0.1:8080 0.0.0.0:0 listen",
		"10.0.0.5:51000 10.0.0.9:1521 established",
		"[::]:80 [::]:0 listen",
		"10.0.0.5:8080 10.0.0.3:55555 established", // IPv4-mapped, unmapped
		"[::1]:8005 [::]:0 listen",
		"[fe80::fc:ff:0:1]:22 [::]:0 listen",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if s[0].UID != 1000 || s[0].Inode != 4242 {
		t.Errorf("uid/inode %d/%d", s[0].UID, s[0].Inode)
	}
}

func TestParseNetTCPErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"hdr\n 0: 0100007F 00000000:0000 0A 0:0 0:0 0 0 0 1\n", "tcp:2: local address"},
		{"hdr\n 0: 0100007F:1F90 00000000:0000 ZZ 0:0 0:0 0 0 0 1\n", "tcp:2: state"},
		{"hdr\n 0: 0100007F:1F90\n", "tcp:2: 2 fields"},
		{"hdr\n 0: 0100007:1F90 00000000:0000 0A 0:0 0:0 0 0 0 1\n", "7 hex digits"},
		{"hdr\n 0: 0100007F:1F90 00000000:0000 0A 0:0 0:0 0 x 0 1\n", "uid"},
		{"hdr\n 0: 0100007F:11F90 00000000:0000 0A 0:0 0:0 0 0 0 1\n", "bad port"},
	}
	for _, tt := range tests {
		_, err := ParseNetTCP(strings.NewReader(tt.in), "tcp")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseNetTCP(%q) error %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		comm, exe, cwd, args string
		env                  map[string]string
		product, key         string
		configs              string
	}{
		{comm: "java", args: "java -Djeus.home=/jeus8 -Djeus.server.name=server1 jeus.server.ServerBootstrapper -domain jeus_domain -server server1",
			product: "jeus", key: "/jeus8/domains/jeus_domain#server1", configs: "/jeus8/domains/jeus_domain/config/domain.xml"},
		{comm: "java", args: "java -Dweblogic.Name=ms1 -Ddomain.home=/u01/d weblogic.Server",
			product: "weblogic", key: "/u01/d#ms1", configs: "/u01/d/config/config.xml"},
		{comm: "java", cwd: "/u01/d", args: "java -Dweblogic.Name=ms1 weblogic.Server",
			product: "weblogic", key: "/u01/d#ms1", configs: "/u01/d/config/config.xml"},
		{comm: "java", args: "java -D[Standalone] -Djboss.home.dir=/opt/wildfly -Djboss.server.base.dir=/opt/wildfly/standalone -jar /opt/wildfly/jboss-modules.jar -mp /opt/wildfly/modules org.jboss.as.standalone -c standalone-full.xml",
			product: "jboss", key: "/opt/wildfly/standalone", configs: "/opt/wildfly/standalone/configuration/standalone-full.xml"},
		{comm: "java", args: "java com.ibm.ws.runtime.WsServer /opt/IBM/profiles/AppSrv01/config cell01 node01 server1",
			product: "websphere", key: "/opt/IBM/profiles/AppSrv01/config/cells/cell01/nodes/node01#server1",
			configs: "/opt/IBM/profiles/AppSrv01/config/cells/cell01/resources.xml /opt/IBM/profiles/AppSrv01/config/cells/cell01/nodes/node01/serverindex.xml /opt/IBM/profiles/AppSrv01/config/cells/cell01/nodes/node01/resources.xml /opt/IBM/profiles/AppSrv01/config/cells/cell01/nodes/node01/servers/server1/server.xml /opt/IBM/profiles/AppSrv01/config/cells/cell01/nodes/node01/servers/server1/resources.xml"},
		{comm: "java", cwd: "/srv/a", args: "java -jar lib/app.jar --spring.config.location=classpath:/,optional:file:/etc/app/app.yml",
			product: "springboot", key: "/srv/a/lib/app.jar"},
		{comm: "httpd", args: "/usr/sbin/httpd -DFOREGROUND", product: "httpd", key: "/etc/httpd/conf/httpd.conf", configs: "/etc/httpd/conf/httpd.conf"},
		{comm: "httpd", args: "/opt/apache/bin/httpd -d /opt/apache -k start", product: "httpd", key: "/opt/apache/conf/httpd.conf", configs: "/opt/apache/conf/httpd.conf"},
		{comm: "apache2", args: "/usr/sbin/apache2 -k start", env: map[string]string{"APACHE_CONFDIR": "/etc/apache2"}, product: "httpd", key: "/etc/apache2/apache2.conf", configs: "/etc/apache2/apache2.conf"},
		{comm: "nginx", args: "nginx: master process /opt/nginx/sbin/nginx -p /opt/nginx", product: "nginx", key: "/opt/nginx/conf/nginx.conf", configs: "/opt/nginx/conf/nginx.conf"},
		{comm: "wsm", exe: "/home/webtob/bin/wsm", args: "wsm -i", product: "webtob", key: "/home/webtob",
			configs: "/home/webtob/config/http.m /home/webtob/config/webtob-config.json /home/webtob/config/webtob-config.yaml"},
		{comm: "hth", args: "hth", env: map[string]string{"WEBTOBDIR": "/w"}, product: "webtob", key: "/w",
			configs: "/w/config/http.m /w/config/webtob-config.json /w/config/webtob-config.yaml"},
		{comm: "cub_server", exe: "/opt/cubrid/bin/cub_server", args: "cub_server demodb", product: "cubrid", key: "/opt/cubrid",
			configs: "/opt/cubrid/conf/cubrid.conf /opt/cubrid/conf/cubrid_broker.conf"},
		{comm: "cub_admin", args: "cub_admin"},
		{comm: "altibase", args: "/home/alti/altibase_home/bin/altibase -p boot from user", env: map[string]string{"ALTIBASE_HOME": "/home/alti/altibase_home"},
			product: "altibase", key: "/home/alti/altibase_home", configs: "/home/alti/altibase_home/conf/altibase.properties"},
		{comm: "mysqld", args: "/usr/sbin/mysqld --defaults-file=/etc/my-3307.cnf --user=mysql", product: "mysql", key: "/etc/my-3307.cnf", configs: "/etc/my-3307.cnf"},
		{comm: "mariadbd", args: "/usr/sbin/mariadbd", product: "mariadb", configs: "/etc/mysql/my.cnf /etc/my.cnf /etc/mysql/mariadb.cnf"},
		{comm: "postgres", args: "/usr/lib/postgresql/15/bin/postgres -D /var/lib/postgresql/15/main -c config_file=/etc/postgresql/15/main/postgresql.conf",
			product: "postgresql", key: "/var/lib/postgresql/15/main",
			configs: "/etc/postgresql/15/main/postgresql.conf /var/lib/postgresql/15/main/postgresql.conf /var/lib/postgresql/15/main/postgresql.auto.conf"},
		{comm: "postgres", args: "postgres: checkpointer ", product: "postgresql"},
		{comm: "nginx", args: "nginx: worker process", product: "nginx"},
		{comm: "asm_pmon_+ASM", args: "asm_pmon_+ASM"},
		{comm: "java", args: "java -cp x.jar com.example.Batch"},
		{comm: "bash", args: "-bash"},
	}
	for _, tt := range tests {
		p := &Process{Comm: tt.comm, Exe: tt.exe, Cwd: tt.cwd, Args: RedactArgs(strings.Fields(tt.args)), Env: tt.env}
		sig, ok := Classify(p)
		if ok != (tt.product != "") || sig.Product != tt.product || sig.Key != tt.key {
			t.Errorf("Classify(%s %q) = %q %q %v, want %q %q", tt.comm, tt.args, sig.Product, sig.Key, ok, tt.product, tt.key)
			continue
		}
		if tt.configs != "" && strings.Join(sig.Configs, " ") != tt.configs {
			t.Errorf("Classify(%q) configs\n got %s\nwant %s", tt.args, strings.Join(sig.Configs, " "), tt.configs)
		}
	}
	p := &Process{Comm: "java", Cwd: "/srv/a", Args: strings.Fields("java -jar lib/app.jar --spring.profiles.active=prod --spring.config.location=classpath:/,optional:file:/etc/app/app.yml,file:/etc/app/conf.d/")}
	sig, _ := Classify(p)
	for _, w := range []string{"/srv/a/config/application-prod.yml", "/srv/a/application.properties", "/srv/a/lib/config/application.yaml", "/etc/app/app.yml", "/etc/app/conf.d/application-prod.properties"} {
		if !slices.Contains(sig.Configs, w) {
			t.Errorf("spring configs miss %s: %v", w, sig.Configs)
		}
	}
}

func FuzzParseNetTCP(f *testing.F) {
	for _, n := range []string{"tcp", "tcp6"} {
		b, err := os.ReadFile(filepath.Join("testdata", "fakehost", "proc", "net", n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("  sl\n 0: 0100007F:1F90 00000000:0000 0A 0:0 0:0 0 0 0 1\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseNetTCP(bytes.NewReader(b), "tcp")
		if err != nil {
			return
		}
		for _, x := range s {
			if !x.Local.IsValid() || !x.Remote.IsValid() {
				t.Fatalf("invalid address accepted: %+v", x)
			}
			if x.Local.Addr().Is4In6() || x.Remote.Addr().Is4In6() {
				t.Fatalf("mapped address not unmapped: %+v", x)
			}
		}
	})
}

func FuzzParseCmdline(f *testing.F) {
	ents, _ := filepath.Glob(filepath.Join("testdata", "fakehost", "proc", "*", "cmdline"))
	for _, e := range ents {
		b, err := os.ReadFile(e)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("mysql\x00-pS3cret\x00--password\x00S3cret\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		args := ParseCmdline(b)
		if len(args) > maxArgs {
			t.Fatalf("%d args", len(args))
		}
		red := RedactArgs(args)
		if len(red) != len(args) {
			t.Fatalf("redaction changed the argument count")
		}
		for i, a := range args {
			// A value given to --password never survives.
			if i > 1 && args[i-1] == "--password" && !strings.HasPrefix(a, "-") && red[i] != Redacted {
				t.Fatalf("value after --password kept: %q", red[i])
			}
			if k, _, ok := strings.Cut(a, "="); ok && !strings.Contains(k, ":") && strings.Contains(strings.ToLower(k), "password") {
				// mysql-style -pVALUE is redacted whole, which also hides it.
				if _, rv, _ := strings.Cut(red[i], "="); rv != Redacted && red[i] != Redacted && red[i] != "-p"+Redacted {
					t.Fatalf("password value kept: %q -> %q", a, red[i])
				}
			}
		}
		p := &Process{Comm: "java", Args: red, Cwd: "/x"}
		Classify(p)
	})
}
