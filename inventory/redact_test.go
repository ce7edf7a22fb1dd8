package inventory

import (
	"strings"
	"testing"
)

func TestRedactText(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`password="Tomcat#DbPass1"`, "Tomcat#DbPass1"},
		{`spring.datasource.password=Sb00tPw`, "Sb00tPw"},
		{`Globals.mysql.Password = RWdvdk15c3FsQXJpYVB3%3D%3D`, "RWdvdk15c3FsQXJpYVB3"},
		{`<password>{AES}Jeu5DsEncrypt3dPw==</password>`, "Jeu5DsEncrypt3dPw"},
		{`value {AES256}WlsJdbcPwCipherText== here`, "WlsJdbcPwCipherText"},
		{`token: ENC(OpenApiTok3nCipher)`, "OpenApiTok3nCipher"},
		{`jdbc:mysql://app:S3cr3tPw@db:3306/x`, "S3cr3tPw"},
		{`jdbc:mysql://db:3306/x?user=a&password=UrlQueryPw99&ssl=1`, "UrlQueryPw99"},
		{`jdbc:sqlserver://h;user=sa;password=MsSqlPw1;db=x`, "MsSqlPw1"},
		{`${vault::ds::password::1}`, "vault::ds"},
		{`worker.template.secret=AjpW0rkerS3cret`, "AjpW0rkerS3cret"},
	} {
		got := RedactText(c.in)
		if strings.Contains(got, c.secret) {
			t.Errorf("RedactText(%q) = %q still holds %q", c.in, got, c.secret)
		}
	}
	if got := RedactText("listen 8080 on host db01"); got != "listen 8080 on host db01" {
		t.Errorf("harmless text changed: %q", got)
	}
}

func TestSecretKind(t *testing.T) {
	for in, want := range map[string]string{
		"{AES}abc==": "encrypted (AES)", "{AES256}x": "encrypted (AES256)", "ENC(x)": "encrypted (jasypt)",
		"${VAULT::a::b::1}": "vault reference", "hunter2": "plaintext", "{xor}KzosKw==": "encrypted (XOR)",
	} {
		if got := SecretKind(in); got != want {
			t.Errorf("SecretKind(%q) = %q, want %q", in, got, want)
		}
	}
	for k, want := range map[string]bool{"password": true, "Globals.oracle.Password": true, "keystorePass": true,
		"jasypt.encryptor.password": true, "requiredSecret": true, "username": false, "url": false, "port": false} {
		if IsSecretKey(k) != want {
			t.Errorf("IsSecretKey(%q) != %v", k, want)
		}
	}
}

// FuzzRedactText checks that a secret written after a secret key never
// survives, whatever surrounds it, and that redaction is stable.
func FuzzRedactText(f *testing.F) {
	f.Add("url=jdbc:x ", "Tomcat#DbPass1", " more")
	f.Add("<x>", "{AES}abc==", "</x>")
	f.Add("", "hunter2", "")
	f.Fuzz(func(t *testing.T, before, secret, after string) {
		if len(secret) < 4 || strings.ContainsAny(secret, " \t\r\n;&,<\"')=:@[]{}") || strings.Contains(Redacted, secret) {
			return
		}
		in := before + " password=" + secret + " " + after
		out := RedactText(in)
		if strings.Count(out, secret) > strings.Count(before+" "+after, secret) {
			t.Errorf("RedactText(%q) = %q keeps %q", in, out, secret)
		}
		if again := RedactText(out); again != out {
			t.Errorf("not stable: %q -> %q", out, again)
		}
	})
}
