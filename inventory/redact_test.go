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

// TestSecretKeyRule pins the one secret-key rule that detectors, the live
// scanner and the redaction net share: the union of their former lists
// plus the common forms (…_secret, …token…, credential, private_key), and
// the encoded values that are secret whatever their key.
func TestSecretKeyRule(t *testing.T) {
	for _, tc := range []struct {
		key    string
		secret bool
	}{
		{"password", true}, {"spring.datasource.password", true}, {"Globals.oracle.Password", true},
		{"passwd", true}, {"passphrase", true}, {"PWD", true}, {"db_pwd", true},
		{"secret", true}, {"client_secret", true}, {"Sns.naver.clientSecret", true}, {"Globals.jwt.secret", true},
		{"requiredSecret", true}, {"credential", true}, {"credentials", true}, {"credential-encrypted", true},
		{"token", true}, {"access_token", true}, {"refresh-token", true}, {"X-Auth-Token", true}, {"tokenSecret", true},
		{"keystorePass", true}, {"keystorepass", true}, {"keyPass", true}, {"truststorePassword", true},
		{"api_key", true}, {"apiKey", true}, {"api.key", true}, {"api-key", true},
		{"private_key", true}, {"privateKey", true}, {"private.key", true},
		{"access_key", true}, {"aws.accessKey", true}, {"authKey", true}, {"auth.key", true},
		{"signingKey", true}, {"signing_key", true}, {"salt", true}, {"password.salt", true},
		{"Globals.File.algorithmKey", true}, {"Globals.crypto.algoritm", true},
		{"jasypt.encryptor.password", true}, {"weblogic.management.password", true},
		{"node-manager-password-encrypted", true}, {"boot.password", true},
		{"username", false}, {"user", false}, {"url", false}, {"jdbc-url", false}, {"port", false},
		{"host", false}, {"keystoreFile", false}, {"driverClassName", false}, {"server.address", false},
		{"spring.profiles.active", false}, {"Globals.DbType", false}, {"listen-port", false},
	} {
		if got := IsSecretKey(tc.key); got != tc.secret {
			t.Errorf("IsSecretKey(%q) = %v, want %v", tc.key, got, tc.secret)
		}
		if tc.secret {
			const v = "Pl4inS3cretValue"
			for _, form := range []string{tc.key + "=" + v, tc.key + ": " + v, tc.key + " = \"" + v + "\"", "<" + tc.key + ">" + v + "</" + tc.key + ">"} {
				if got := RedactText(form); strings.Contains(got, v) {
					t.Errorf("RedactText(%q) = %q keeps the value", form, got)
				}
			}
		}
	}
	for _, tc := range []struct {
		value  string
		secret bool
	}{
		{"ENC(OpenApiTok3nCipher)", true}, {"enc(x)", true}, {"{AES}abc==", true}, {"{xor}KzosKw==", true},
		{"{AES256}WlsJdbcPwCipherText==", true}, {"${vault::ds::password::1}", true}, {"${VAULT::a::b::1}", true},
		{"hunter2", false}, {"ENC", false}, {"{}", false}, {"${db.host}", false}, {"jdbc:oracle:thin:@h:1521:X", false},
	} {
		if got := IsSecretValue(tc.value); got != tc.secret {
			t.Errorf("IsSecretValue(%q) = %v, want %v", tc.value, got, tc.secret)
		}
		if tc.secret && strings.Contains(RedactText("value "+tc.value+" here"), strings.Trim(tc.value, "{}$")) {
			t.Errorf("RedactText keeps %q", tc.value)
		}
	}
	if got := RedactText("jdbc:cubrid:db01:33000:demodb:dba:CubridUrlPw5:?charset=utf8"); strings.Contains(got, "CubridUrlPw5") {
		t.Errorf("CUBRID URL credentials kept: %q", got)
	}
}

// FuzzRedactText checks that a secret written after a secret key never
// survives, whatever surrounds it, and that redaction is stable.
func FuzzRedactText(f *testing.F) {
	f.Add("url=jdbc:x ", "Tomcat#DbPass1", " more")
	f.Add("<x>", "{AES}abc==", "</x>")
	f.Add("", "hunter2", "")
	f.Fuzz(func(t *testing.T, before, secret, after string) {
		// Separators are not part of a value (\f is white space to the
		// redactor as to RE2's \s, like space and tab).
		if len(secret) < 4 || strings.ContainsAny(secret, " \t\r\n\f;&,<\"')=:@[]{}") || strings.Contains(Redacted, secret) {
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
