package jdbc

import "testing"

func BenchmarkParse(b *testing.B) {
	urls := []string{
		"jdbc:oracle:thin:@127.0.0.1:1521:xe",
		"jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS_LIST=(ADDRESS=(PROTOCOL=TCP)(HOST=rac1)(PORT=1521))(ADDRESS=(PROTOCOL=TCP)(HOST=rac2)(PORT=1521)))(CONNECT_DATA=(SERVICE_NAME=S)))",
		"jdbc:log4jdbc:mysql://127.0.0.1:3306/com",
		"jdbc:cubrid:127.0.0.1:33000:com:::?charset=utf-8",
		`jdbc:sqlserver://sql01\INST:1434;databaseName=minwon`,
		"jdbc:postgresql://pg1:5432,pg2:5433/app",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, u := range urls {
			if _, err := Parse(u); err != nil {
				b.Fatal(err)
			}
		}
	}
}
