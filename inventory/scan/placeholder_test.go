package scan

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cnready/cnready/inventory"
)

// cargoConfig is shaped like Cargo's WebLogic 12 template: every value a
// deployment fills in is still an @token@.
const cargoConfig = `<?xml version="1.0" encoding="UTF-8"?>
<domain xmlns="http://xmlns.oracle.com/weblogic/domain" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <name>domain</name>
  <domain-version>@cargo.weblogic.domain.version@</domain-version>
  <security-configuration>
    <name>domain</name>
    <credential-encrypted>{AES}CargoTemplateCredCipher==</credential-encrypted>
  </security-configuration>
  <server>
    <name>AdminServer</name>
    <listen-port>@cargo.servlet.port@</listen-port>
    <listen-address>@cargo.hostname@</listen-address>
  </server>
  <server>
    <name>ms1</name>
    <listen-port>7003</listen-port>
    <listen-address>@cargo.hostname@</listen-address>
  </server>
  <jdbc-system-resource>
    <name>cargoDS</name>
    <target>ms1</target>
    <descriptor-file-name>jdbc/cargoDS-jdbc.xml</descriptor-file-name>
  </jdbc-system-resource>
  <admin-server-name>AdminServer</admin-server-name>
</domain>
`

const cargoJDBC = `<?xml version="1.0" encoding="UTF-8"?>
<jdbc-data-source xmlns="http://www.bea.com/ns/weblogic/90">
  <name>@cargo.datasource.id@</name>
  <jdbc-driver-params>
    <url>@cargo.datasource.url@</url>
    <properties>
      <property><name>password</name><value>@cargo.datasource.password@</value></property>
    </properties>
  </jdbc-driver-params>
</jdbc-data-source>
`

// TestPlaceholdersNeverReported: template tokens (@...@, ${...} without a
// default, %...%, {{ ... }}) are filled from the host's environment files
// or left empty with an "unresolved placeholder" note — never reported as
// a version, an address, a host or a database.
func TestPlaceholdersNeverReported(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "coll")
	writeTree(t, dir, map[string]string{
		"wls01/etc/hostname":                                         "wls01\n",
		"wls01/u01/domains/base_domain/config/config.xml":            cargoConfig,
		"wls01/u01/domains/base_domain/config/jdbc/cargoDS-jdbc.xml": cargoJDBC,

		"app01/etc/hostname": "app01\n",
		"app01/etc/hosts":    "10.0.0.21 app01\n10.0.0.31 pg01\n",
		// Docker Compose style: the .env beside the service fills it.
		"app01/srv/minwon/.env": "POSTGRES_DB=minwon\nPOSTGRES_PASSWORD=EnvFilePw77\n",
		"app01/srv/minwon/config/application.yml": "server:\n  port: 8080\nspring:\n  datasource:\n" +
			"    url: jdbc:postgresql://pg01:5432/${POSTGRES_DB}\n    password: ${POSTGRES_PASSWORD}\n",
		"app01/srv/board/config/application.properties":                       "spring.datasource.url=jdbc:postgresql://pg01:5432/${BOARD_DB}\n",
		"app01/srv/stat/config/application.properties":                        "spring.datasource.url=jdbc:mysql://{{ stat_db_host }}:3306/stat\n",
		"app01/opt/tomcat/conf/server.xml":                                    `<Server port="8005"><Service name="Catalina"><Connector port="%HTTP_PORT%"/><Connector port="8081"/></Service></Server>`,
		"app01/opt/tomcat/lib/org/apache/catalina/util/ServerInfo.properties": "server.info=Apache Tomcat/@VERSION@\nserver.number=@VERSION_NUMBER@\n",

		"pg01/etc/hostname":                           "pg01\n",
		"pg01/etc/postgresql/15/main/postgresql.conf": "listen_addresses = '*'\nport = 5432\n",
	})
	hrs, err := ScanDir(context.Background(), Options{}, dir)
	if err != nil {
		t.Fatal(err)
	}
	r := Merge(hrs...)
	var reported []string
	for _, c := range r.Components {
		reported = append(reported, c.Version)
		reported = append(reported, c.Listen...)
		reported = append(reported, c.Names...)
	}
	for _, tr := range r.Targets {
		reported = append(reported, tr.Host, tr.Database)
	}
	for _, v := range reported {
		if inventory.HasPlaceholder(v) || strings.Contains(v, "%") {
			t.Errorf("placeholder reported as a value: %q", v)
		}
	}
	comps := map[string]inventory.Component{}
	for _, c := range r.Components {
		comps[c.ID] = c
	}
	if c := comps["wls01/weblogic:/u01/domains/base_domain/servers/ms1"]; c.Version != "" || strings.Join(c.Listen, ",") != "7003" {
		t.Errorf("ms1: version %q listen %v, want no version and port 7003 without an address", c.Version, c.Listen)
	}
	if c := comps["wls01/weblogic:/u01/domains/base_domain/servers/AdminServer"]; len(c.Listen) != 0 {
		t.Errorf("AdminServer listen %v: the port is a placeholder, not the 7001 default", c.Listen)
	}
	if c := comps["app01/tomcat:/opt/tomcat"]; c.Version != "" || strings.Join(c.Listen, ",") != "*:8081" {
		t.Errorf("tomcat: version %q listen %v", c.Version, c.Listen)
	}
	dbs := map[string]string{}
	for _, tr := range r.Targets {
		if tr.Protocol == "jdbc" {
			dbs[tr.From] = tr.Database + " -> " + tr.To
		}
	}
	if got := dbs["app01/springboot:/srv/minwon"]; got != "minwon -> pg01/postgresql:/etc/postgresql/15/main" {
		t.Errorf("minwon target: %q (the .env fills ${POSTGRES_DB})", got)
	}
	if got := dbs["app01/springboot:/srv/board"]; got != " -> pg01/postgresql:/etc/postgresql/15/main" {
		t.Errorf("board target: %q (unresolved ${BOARD_DB}: database empty)", got)
	}
	if _, ok := dbs["app01/springboot:/srv/stat"]; ok {
		t.Errorf("stat: a target to an unresolved {{ }} host was kept")
	}
	notes := ""
	for _, h := range r.Hosts {
		notes += strings.Join(h.Notes, "\n") + "\n"
	}
	for _, want := range []string{
		"unresolved placeholder @cargo.weblogic.domain.version@ in the version of weblogic:/u01/domains/base_domain/servers/AdminServer",
		"unresolved placeholder @cargo.servlet.port@ in the listen-port of server AdminServer; port unknown",
		"unresolved placeholder @cargo.hostname@:7003 in a listen address",
		"unresolved placeholder in the jdbc url; not linked",
		"unresolved placeholder ${BOARD_DB} in the database",
		"unresolved placeholder in the jdbc host; not linked",
		"unresolved placeholder @VERSION@ in the version; not used",
	} {
		if !strings.Contains(notes, want) {
			t.Errorf("no note %q in:\n%s", want, notes)
		}
	}
	noSecret(t, r, "EnvFilePw77", "CargoTemplateCredCipher")
}
