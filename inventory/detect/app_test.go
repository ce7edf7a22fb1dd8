package detect

import "testing"

func TestAppDetectors(t *testing.T) {
	const sb = "springboot:/app/minwon-api"
	tests := []detectCase{
		{detector: "springboot", fixture: "springboot",
			components: map[string]string{sb: "springboot  *:8081", "springboot:/opt/batch": "springboot  *:9090"},
			names:      map[string]string{sb: "minwon-api-1.4.2.jar"},
			targets: []string{
				sb + " -> 10.10.20.11:1521 jdbc oracle db=MINWON",
				sb + " -> 10.10.20.30:5432 jdbc postgresql db=stat",
				sb + " -> dev-db:1521 jdbc oracle db=DEV declared",
			}},
		// eGovFrame 4.x simple backend (Spring Boot): eGovFrame with the
		// version its pom.xml or its BOOT-INF/lib jars give.
		{detector: "springboot", fixture: "egov",
			components: map[string]string{"egovframe:/app/board": "egovframe 4.1.0 *:9091", "egovframe:/app/sht": "egovframe 4.2.0 *:8080"},
			targets: []string{
				"egovframe:/app/board -> 10.10.40.10:3306 jdbc mariadb db=board",
				"egovframe:/app/board -> 127.0.0.1:1721 jdbc altibase db=mydb declared",
				"egovframe:/app/board -> 127.0.0.1:1821 jdbc tibero db=tibero declared",
				"egovframe:/app/sht -> 10.10.40.12:5432 jdbc postgresql db=sht",
			}},
		{detector: "egovframe", fixture: "egov",
			components: map[string]string{"egovframe:/home/egov/workspace/homepage": "egovframe 3.10.0 "},
			targets: []string{
				"tomcat:/opt/tomcat -> 10.10.30.21:8629 jdbc tibero db=PORTAL",
				"tomcat:/opt/tomcat -> 127.0.0.1:3306 jdbc mysql db=com declared",
				"tomcat:/opt/tomcat -> 127.0.0.1:33000 jdbc cubrid db=com declared",
				"tomcat:/opt/tomcat -> 10.10.40.9:3306 jdbc mariadb db=log",
				"egovframe:/home/egov/workspace/homepage -> 10.10.20.11:1521 jdbc oracle db=HOME",
			}},
		{detector: "egovframe", fixture: "jeus8",
			targets: []string{
				"jeus:/home/jeus/domains/jeus_domain/servers/server1 -> 10.10.30.21:8629 jdbc tibero db=MINWON",
				"jeus:/home/jeus/domains/jeus_domain/servers/server1 -> 10.10.20.11:1521 jdbc oracle db=ORCL declared",
			}},
		{detector: "egovframe", fixture: "tomcat",
			targets: []string{"tomcat:/opt/apache-tomcat-9.0.80 -> stat-db1:3306 jdbc mysql db=stat",
				"tomcat:/opt/apache-tomcat-9.0.80 -> 10.10.40.11:3306 jdbc mariadb db=board"}},
	}
	for _, tc := range tests {
		t.Run(tc.detector+"-"+tc.fixture, func(t *testing.T) { checkCase(t, tc) })
	}
}
