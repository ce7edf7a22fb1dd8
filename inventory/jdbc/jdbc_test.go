package jdbc

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func ep(h string, p int) Endpoint { return Endpoint{Host: h, Port: p} }

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want URL
	}{
		{"oracle sid", "jdbc:oracle:thin:@127.0.0.1:1521:xe", URL{Vendor: "oracle", Endpoints: []Endpoint{ep("127.0.0.1", 1521)}, Database: "xe"}},
		{"oracle sid with creds", "jdbc:oracle:thin:scott/t1g@r@db1:1521:ORCL", URL{Vendor: "oracle", Endpoints: []Endpoint{ep("db1", 1521)}, Database: "ORCL"}},
		{"oracle service", "jdbc:oracle:thin:@//10.1.1.5:1522/minwon.go.kr", URL{Vendor: "oracle", Endpoints: []Endpoint{ep("10.1.1.5", 1522)}, Database: "minwon.go.kr"}},
		{"oracle service default port", "jdbc:oracle:thin:@//dbhost/ORCLPDB1", URL{Vendor: "oracle", Endpoints: []Endpoint{ep("dbhost", 1521)}, Database: "ORCLPDB1"}},
		{"oracle ezconnect no slashes", "jdbc:oracle:thin:@dbhost:1521/svc", URL{Vendor: "oracle", Endpoints: []Endpoint{ep("dbhost", 1521)}, Database: "svc"}},
		{"oracle ezconnect tcps multi", "jdbc:oracle:thin:@tcps://h1,h2:2484/sales:dedicated/inst1?wallet_location=/x", URL{Vendor: "oracle", Endpoints: []Endpoint{ep("h1", 2484), ep("h2", 2484)}, Database: "sales"}},
		{"oracle ezconnect per-host ports", "jdbc:oracle:thin:@//h1:1521,h2:1522/svc", URL{Vendor: "oracle", Endpoints: []Endpoint{ep("h1", 1521), ep("h2", 1522)}, Database: "svc"}},
		{"oracle ipv6", "jdbc:oracle:thin:@[fd00::5]:1521:ORCL", URL{Vendor: "oracle", Endpoints: []Endpoint{ep("fd00::5", 1521)}, Database: "ORCL"}},
		{"oracle descriptor rac", "jdbc:oracle:thin:@(DESCRIPTION=(FAILOVER=ON)(LOAD_BALANCE=ON)(ADDRESS_LIST=(ADDRESS=(PROTOCOL=TCP)(HOST=rac1-vip)(PORT=1521))(ADDRESS=(PROTOCOL=TCP)(HOST=rac2-vip)(PORT=1521)))(CONNECT_DATA=(SERVER=DEDICATED)(SERVICE_NAME=MINWON)))",
			URL{Vendor: "oracle", Endpoints: []Endpoint{ep("rac1-vip", 1521), ep("rac2-vip", 1521)}, Database: "MINWON"}},
		{"oracle descriptor ipv6 host", "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=[fd00:10::31])(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=MINWON)))",
			URL{Vendor: "oracle", Endpoints: []Endpoint{ep("fd00:10::31", 1521)}, Database: "MINWON"}},
		{"oracle descriptor lower spaces", "jdbc:oracle:thin:@ ( description = (address = (protocol = tcp)(port = 1525)(host = 10.0.0.9)) (connect_data = (sid = PROD)))",
			URL{Vendor: "oracle", Endpoints: []Endpoint{ep("10.0.0.9", 1525)}, Database: "PROD"}},
		{"oracle descriptor default port", "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(HOST=a))(ADDRESS=(HOST=b)(PORT=1600))(CONNECT_DATA=(SID=X)))",
			URL{Vendor: "oracle", Endpoints: []Endpoint{ep("a", 1521), ep("b", 1600)}, Database: "X"}},
		{"oracle tns alias", "jdbc:oracle:thin:@MINWON_DB", URL{Vendor: "oracle", Alias: "MINWON_DB"}},
		{"oracle oci alias", "jdbc:oracle:oci:@PROD", URL{Vendor: "oracle", Alias: "PROD"}},
		{"oracle log4jdbc", "jdbc:log4jdbc:oracle:thin:@db:1521:ORCL", URL{Vendor: "oracle", Endpoints: []Endpoint{ep("db", 1521)}, Database: "ORCL"}},
		{"tibero", "jdbc:tibero:thin:@127.0.0.1:8629:tibero", URL{Vendor: "tibero", Endpoints: []Endpoint{ep("127.0.0.1", 8629)}, Database: "tibero"}},
		{"tibero non-default port", "jdbc:tibero:thin:@127.0.0.1:1821:tibero", URL{Vendor: "tibero", Endpoints: []Endpoint{ep("127.0.0.1", 1821)}, Database: "tibero"}},
		{"tibero tac", "jdbc:tibero:thin:@(description=(failover=on)(load_balance=on)(address_list=(address=(host=10.10.1.11)(port=8629))(address=(host=10.10.1.12)(port=8629)))(DATABASE_NAME=TAC))",
			URL{Vendor: "tibero", Endpoints: []Endpoint{ep("10.10.1.11", 8629), ep("10.10.1.12", 8629)}, Database: "TAC"}},
		{"cubrid egov", "jdbc:cubrid:127.0.0.1:33000:com:::?charset=utf-8", URL{Vendor: "cubrid", Endpoints: []Endpoint{ep("127.0.0.1", 33000)}, Database: "com"}},
		{"cubrid creds althosts", "jdbc:CUBRID:192.168.0.10:33000:demodb:dba:s3cret:?althosts=192.168.0.11:33000,192.168.0.12&rctime=600",
			URL{Vendor: "cubrid", Endpoints: []Endpoint{ep("192.168.0.10", 33000), ep("192.168.0.11", 33000), ep("192.168.0.12", 33000)}, Database: "demodb"}},
		{"altibase", "jdbc:Altibase://127.0.0.1:20300/mydb?encoding=UTF-8", URL{Vendor: "altibase", Endpoints: []Endpoint{ep("127.0.0.1", 20300)}, Database: "mydb"}},
		{"altibase non-default", "jdbc:Altibase://10.0.0.3:1721/mydb", URL{Vendor: "altibase", Endpoints: []Endpoint{ep("10.0.0.3", 1721)}, Database: "mydb"}},
		{"mysql log4jdbc", "jdbc:log4jdbc:mysql://127.0.0.1:3306/com", URL{Vendor: "mysql", Endpoints: []Endpoint{ep("127.0.0.1", 3306)}, Database: "com"}},
		{"mysql default port props", "jdbc:mysql://db.local/app?useSSL=false&password=x", URL{Vendor: "mysql", Endpoints: []Endpoint{ep("db.local", 3306)}, Database: "app"}},
		{"mysql multi", "jdbc:mysql://h1:3307,h2:3308/db", URL{Vendor: "mysql", Endpoints: []Endpoint{ep("h1", 3307), ep("h2", 3308)}, Database: "db"}},
		{"mysql loadbalance", "jdbc:mysql:loadbalance://h1,h2:3310/db", URL{Vendor: "mysql", Endpoints: []Endpoint{ep("h1", 3306), ep("h2", 3310)}, Database: "db"}},
		{"mysql replication userinfo", "jdbc:mysql:replication://app:pw@[src:3306,rep1:3306]/shop", URL{Vendor: "mysql", Endpoints: []Endpoint{ep("src", 3306), ep("rep1", 3306)}, Database: "shop"}},
		{"mysql address form", "jdbc:mysql://address=(host=10.1.1.1)(port=3307)(user=u)(password=p),address=(host=10.1.1.2)/db",
			URL{Vendor: "mysql", Endpoints: []Endpoint{ep("10.1.1.1", 3307), ep("10.1.1.2", 3306)}, Database: "db"}},
		{"mysql paren form", "jdbc:mysql://(host=h1,port=3306),(host=h2,port=3306)/db", URL{Vendor: "mysql", Endpoints: []Endpoint{ep("h1", 3306), ep("h2", 3306)}, Database: "db"}},
		{"mysql ipv6", "jdbc:mysql://[::1]:3306/db", URL{Vendor: "mysql", Endpoints: []Endpoint{ep("::1", 3306)}, Database: "db"}},
		{"mariadb", "jdbc:mariadb://127.0.0.1:3336/com", URL{Vendor: "mariadb", Endpoints: []Endpoint{ep("127.0.0.1", 3336)}, Database: "com"}},
		{"mariadb sequential", "jdbc:mariadb:sequential://m1,m2/com", URL{Vendor: "mariadb", Endpoints: []Endpoint{ep("m1", 3306), ep("m2", 3306)}, Database: "com"}},
		{"postgres", "jdbc:postgresql://127.0.0.1:5432/com", URL{Vendor: "postgresql", Endpoints: []Endpoint{ep("127.0.0.1", 5432)}, Database: "com"}},
		{"postgres multi", "jdbc:postgresql://pg1:5432,pg2:5433/app?targetServerType=primary", URL{Vendor: "postgresql", Endpoints: []Endpoint{ep("pg1", 5432), ep("pg2", 5433)}, Database: "app"}},
		{"postgres local", "jdbc:postgresql:app", URL{Vendor: "postgresql", Endpoints: []Endpoint{ep("", 5432)}, Database: "app"}},
		{"p6spy postgres", "jdbc:p6spy:postgresql://pg:6432/app", URL{Vendor: "postgresql", Endpoints: []Endpoint{ep("pg", 6432)}, Database: "app"}},
		{"sqlserver instance port", `jdbc:sqlserver://sql01\SQLEXPRESS:1434;databaseName=minwon;user=sa;password=x`, URL{Vendor: "sqlserver", Endpoints: []Endpoint{ep("sql01", 1434)}, Database: "minwon"}},
		{"sqlserver instance only", `jdbc:sqlserver://sql01\INST1;database=hr`, URL{Vendor: "sqlserver", Endpoints: []Endpoint{ep("sql01", 1433)}, Database: "hr"}},
		// Credentials where the syntax has no room for them (found by fuzzing).
		{"sqlserver user in authority", `jdbc:sqlserver://sa:s3cret@sql01\INST1;databaseName=d`, URL{Vendor: "sqlserver", Endpoints: []Endpoint{ep("sql01", 1433)}, Database: "d"}},
		{"cubrid second query", "jdbc:cubrid:h:33000:db:::?althosts=a:1,b?password=s3cret", URL{Vendor: "cubrid", Endpoints: []Endpoint{ep("h", 33000), ep("a", 1), ep("b", 33000)}, Database: "db"}},
		{"sqlserver props host", "jdbc:sqlserver://;serverName=10.2.2.2;portNumber=1500;databaseName=db", URL{Vendor: "sqlserver", Endpoints: []Endpoint{ep("10.2.2.2", 1500)}, Database: "db"}},
		{"jtds", "jdbc:jtds:sqlserver://10.2.2.3:1433/erp;user=sa", URL{Vendor: "sqlserver", Endpoints: []Endpoint{ep("10.2.2.3", 1433)}, Database: "erp"}},
		{"db2", "jdbc:db2://db2host:50001/SAMPLE", URL{Vendor: "db2", Endpoints: []Endpoint{ep("db2host", 50001)}, Database: "SAMPLE"}},
		{"db2 default", "jdbc:db2://db2host/SAMPLE:currentSchema=X;", URL{Vendor: "db2", Endpoints: []Endpoint{ep("db2host", 50000)}, Database: "SAMPLE"}},
		{"db2 props with creds", "jdbc:db2://db2host:50000/SAMPLE:user=db2inst1;password=s3cret;", URL{Vendor: "db2", Endpoints: []Endpoint{ep("db2host", 50000)}, Database: "SAMPLE"}},
		{"informix", "jdbc:informix-sqli://ifx:9088/stores:INFORMIXSERVER=ol;user=dba;password=s3cret", URL{Vendor: "informix-sqli", Endpoints: []Endpoint{ep("ifx", 9088)}, Database: "stores"}},
		{"goldilocks", "jdbc:goldilocks://127.0.0.1:22581/goldilocks", URL{Vendor: "goldilocks", Endpoints: []Endpoint{ep("127.0.0.1", 22581)}, Database: "goldilocks"}},
		{"h2 mem", "jdbc:h2:mem:testdb;DB_CLOSE_DELAY=-1", URL{Vendor: "h2", Database: "mem:testdb", Embedded: true}},
		{"hsql server", "jdbc:hsqldb:hsql://localhost:9001/xdb", URL{Vendor: "hsqldb", Endpoints: []Endpoint{ep("localhost", 9001)}, Database: "xdb"}},
		{"quoted spaced", `  "jdbc:oracle:thin:@db:1521:ORCL"  `, URL{Vendor: "oracle", Endpoints: []Endpoint{ep("db", 1521)}, Database: "ORCL"}},
		{"upper scheme", "JDBC:MySQL://H:3306/D", URL{Vendor: "mysql", Endpoints: []Endpoint{ep("H", 3306)}, Database: "D"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"", "mysql://h/db", "jdbc:", "jdbc:oracle:thin:@", "jdbc:oracle:thin:@h:port:SID", "jdbc:cubrid:h", "jdbc:mysql://h:99999/db", "jdbc:sqlserver:h"} {
		if _, err := Parse(in); err == nil {
			t.Errorf("Parse(%q): want error", in)
		}
	}
	for _, in := range []string{
		"jdbc:oracle:thin:@ldap://oid.example.go.kr:389/MINWON,cn=OracleContext,dc=example,dc=go,dc=kr",
		"jdbc:oracle:thin:@LDAPS://oid1:636/HR,cn=OracleContext",
	} {
		if _, err := Parse(in); !errors.Is(err, ErrDirectoryNaming) {
			t.Errorf("Parse(%q): want ErrDirectoryNaming, got %v", in, err)
		}
	}
	if _, err := Parse("http://x"); !errors.Is(err, ErrNotJDBC) {
		t.Errorf("want ErrNotJDBC, got %v", err)
	}
}

// secrets that appear in test URLs must never come out of Parse.
var secrets = []string{"s3cret", "t1g@r", "pw", "password", "dba", "sa", "scott", "app", "u"}

func TestParseDropsCredentials(t *testing.T) {
	urls := []string{
		"jdbc:CUBRID:192.168.0.10:33000:demodb:dba:s3cret:?althosts=192.168.0.11:33000",
		"jdbc:oracle:thin:scott/t1g@r@db1:1521:ORCL",
		"jdbc:mysql://app:pw@h1/db?password=s3cret",
		`jdbc:sqlserver://h\I:1;databaseName=d;user=sa;password=s3cret`,
		"jdbc:mysql://address=(host=h)(user=dba)(password=s3cret)/db",
		"jdbc:postgresql://h/db?user=dba&password=s3cret",
		"jdbc:db2://h:50000/SAMPLE:password=s3cret;user=dba;",
		"jdbc:h2:file:/data/x;USER=dba;PASSWORD=s3cret",
		"jdbc:oracle:thin:dba/s3cret@//h:1521/svc?password=s3cret",
		"jdbc:Altibase://h:20300/mydb?user=dba&password=s3cret",
	}
	for _, in := range urls {
		u, err := Parse(in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", in, err)
		}
		b, _ := json.Marshal(u)
		for _, s := range secrets {
			if strings.Contains(string(b), `"`+s+`"`) || strings.Contains(string(b), "s3cret") || strings.Contains(string(b), "t1g") {
				t.Errorf("Parse(%q) leaks %q: %s", in, s, b)
			}
		}
	}
}

func TestDescriptorPortBeforeHost(t *testing.T) {
	eps, db := Descriptor("(ADDRESS=(PORT=1600)(HOST=x))(CONNECT_DATA=(SERVICE_NAME=s))")
	if len(eps) != 1 || eps[0] != ep("x", 1600) || db != "s" {
		t.Errorf("got %v %q", eps, db)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"jdbc:oracle:thin:@127.0.0.1:1521:xe",
		"jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS_LIST=(ADDRESS=(HOST=a)(PORT=1)))(CONNECT_DATA=(SID=x)))",
		"jdbc:tibero:thin:@h:8629:db",
		"jdbc:cubrid:h:33000:db:u:p:?althosts=a:1,b",
		"jdbc:Altibase://h:20300/db",
		"jdbc:mysql:replication://u:p@[a:1,b:2]/db",
		"jdbc:mysql://address=(host=h)(port=1)/db",
		`jdbc:sqlserver://h\i:1;databaseName=d`,
		"jdbc:jtds:sqlserver://h/db",
		"jdbc:log4jdbc:postgresql://a,b:5/db",
		"jdbc:h2:tcp://h/db",
		"jdbc:oracle:thin:@//[::1]:1/s",
		"jdbc:sqlserver://sa:pw@h:1;databaseName=d",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := Parse(s)
		if err != nil {
			return
		}
		if u.Vendor == "" {
			t.Fatalf("Parse(%q): empty vendor", s)
		}
		for _, e := range u.Endpoints {
			if e.Port < 0 || e.Port > 65535 {
				t.Fatalf("Parse(%q): port %d", s, e.Port)
			}
		}
		// Credentials appended as properties never reach the result.
		if strings.Contains(s, "FUZZSECRET") {
			return
		}
		for _, v := range []string{s + "?password=FUZZSECRET&user=x", s + ";password=FUZZSECRET;", s + "&password=FUZZSECRET"} {
			if u, err := Parse(v); err == nil {
				if b, _ := json.Marshal(u); strings.Contains(string(b), "FUZZSECRET") {
					t.Fatalf("Parse(%q) keeps the password: %s", v, b)
				}
			}
		}
	})
}
