package detect

import "testing"

func TestDBDetectors(t *testing.T) {
	tests := []detectCase{
		{detector: "oracle", fixture: "oracle", components: map[string]string{
			"oracle:MINWON": "oracle 19.0.0 10.10.20.11:1521"}, names: map[string]string{"oracle:MINWON": "MINWON,MINWON.go.kr"}},
		{detector: "oracle", fixture: "oracle-noratab", components: map[string]string{
			"oracle:HRDB": "oracle 12c 0.0.0.0:1621"}, names: map[string]string{"oracle:HRDB": "HRDB"}},
		// A Windows 11.2 listener.ora: external-procedure agents (by
		// PROGRAM or by name) are no instances; a SID listed under
		// SID_LIST_LISTENER_STAT listens where LISTENER_STAT does.
		{detector: "oracle", fixture: "oracle-multisid", components: map[string]string{
			"oracle:ORCL": "oracle 11.2.0 10.30.1.31:1521",
			"oracle:PROD": "oracle 11.2.0 10.30.1.31:1521",
			"oracle:STAT": "oracle 11.2.0 10.30.1.31:1522"},
			names: map[string]string{"oracle:ORCL": "ORCL,ORCL.agency.go.kr", "oracle:PROD": "PROD", "oracle:STAT": "STAT"},
			notes: []string{"CLRExtProc is an external-procedure agent", "EXTPROC_DLL is an external-procedure agent",
				"AGENT01 is an external-procedure agent"}},
		{detector: "tibero", fixture: "tibero", components: map[string]string{
			"tibero:tibero": "tibero 6 *:8629"}, names: map[string]string{"tibero:tibero": "tibero,EAPPROVAL"}},
		{detector: "cubrid", fixture: "cubrid", components: map[string]string{
			"cubrid:/opt/CUBRID-10.2": "cubrid 10.2 *:1523,*:33000"}, names: map[string]string{"cubrid:/opt/CUBRID-10.2": "demodb,portaldb"}},
		{detector: "altibase", fixture: "altibase", components: map[string]string{
			"altibase:/home/altibase/altibase_home": "altibase  *:20300"}, names: map[string]string{"altibase:/home/altibase/altibase_home": "mydb"}},
		{detector: "mysql", fixture: "mysql", components: map[string]string{
			"mysql:/data/mysql": "mysql 8.0.35 0.0.0.0:3307"}},
		{detector: "mysql", fixture: "mariadb", components: map[string]string{
			"mariadb:/var/lib/mysql": "mariadb  *:3306"}},
		{detector: "mysql", fixture: "mysql-client", components: map[string]string{}},
		{detector: "postgresql", fixture: "postgresql-debian", components: map[string]string{
			"postgresql:/var/lib/postgresql/14/main": "postgresql 14 10.10.30.51:5444"}},
		{detector: "postgresql", fixture: "postgresql", components: map[string]string{
			"postgresql:/var/lib/pgsql/15/data":      "postgresql 15 *:5434",
			"postgresql:/var/lib/postgresql/13/main": "postgresql 13 localhost:5432"}},
		{detector: "sqlserver", fixture: "mssql", components: map[string]string{
			"sqlserver:/var/opt/mssql": "sqlserver  *:14330"}},
	}
	for _, tc := range tests {
		t.Run(tc.fixture, func(t *testing.T) { checkCase(t, tc) })
	}
}

func TestParseTNSNames(t *testing.T) {
	m := ParseTNSNames(`# 주석
MINWON = (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db1)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=MINWON)))
STATDB.WORLD, STAT =
  (DESCRIPTION =
    (ADDRESS_LIST =
      (ADDRESS = (PROTOCOL = TCP)(HOST = r1)(PORT = 1522))
      (ADDRESS = (PROTOCOL = TCP)(HOST = r2))
    )
    (CONNECT_DATA = (SID = STAT1))
  )
`)
	tests := []struct {
		alias, svc string
		n, line    int
	}{{"MINWON", "MINWON", 1, 2}, {"STATDB.WORLD", "STAT1", 2, 3}, {"STATDB", "STAT1", 2, 3}, {"STAT", "STAT1", 2, 3}}
	for _, tt := range tests {
		e, ok := m[tt.alias]
		if !ok || e.Service != tt.svc || len(e.Endpoints) != tt.n || e.Line != tt.line {
			t.Errorf("%s: got %+v ok=%v", tt.alias, e, ok)
		}
	}
	if e := m["STAT"]; len(e.Endpoints) == 2 && e.Endpoints[1].Port != 1521 {
		t.Errorf("default port: %+v", e.Endpoints)
	}
}
