package inventory

import (
	"regexp"
	"strings"
)

// Redacted replaces a secret value wherever one would be shown.
const Redacted = "[redacted]"

// SecretKeyWords is the one rule for which configuration keys, option
// names, attributes and elements hold secrets: passwords and pass phrases,
// secrets (client_secret, jwt.secret), credentials, tokens, key-store and
// key passwords, API, access, auth, signing and private keys, salts and
// crypto keys (eGovFrame Globals.crypto.*, algorithmKey). A name holding
// any of the words, in any case, is secret. Detectors, the live scanner and
// the redaction net under them all use it through IsSecretKey and
// RedactText; a rule that drifted between them would be a leak.
const SecretKeyWords = `pass(?:word|wd|phrase)?|secret|credential|pwd|token|keystorepass|keypass|` +
	`api[_.-]?key|private[_.-]?key|access[_.-]?key|auth[_.-]?key|signing[_.-]?key|salt|algorithmkey|crypto`

var (
	secretKey = regexp.MustCompile(`(?i)(?:` + SecretKeyWords + `)`)
	// tagged matches {AES}…, {AES256}…, {3DES}…, {xor}… encoded values.
	tagged = regexp.MustCompile(`^\{([A-Za-z0-9_-]{2,16})\}\S+`)
	// jasypt matches ENC(…) values (jasypt-spring-boot's default marker).
	jasypt = regexp.MustCompile(`(?i)^ENC\(.*\)$`)
	// inline finds secrets inside free text: key=value / key: value pairs
	// whose key looks secret, tagged values, ENC(…), vault expressions,
	// user:password@ in URLs and the user:password fields of a CUBRID URL.
	inlineKV     = regexp.MustCompile(`(?i)([A-Za-z0-9_.\-]*(?:` + SecretKeyWords + `)[A-Za-z0-9_.\-]*)(\s*[=:]\s*|"?\s*>\s*)("[^"]*"|'[^']*'|[^\s;&,<"')]+)`)
	inlineTagged = regexp.MustCompile(`\{[A-Za-z0-9_-]{2,16}\}[A-Za-z0-9+/=_\-.%]+`)
	inlineEnc    = regexp.MustCompile(`(?i)\bENC\([^)]*\)`)
	inlineVault  = regexp.MustCompile(`(?i)\$\{vault::[^}]*\}`)
	inlineUser   = regexp.MustCompile(`(//[^/\s:@]*):[^@\s/]*@`)
	inlineCubrid = regexp.MustCompile(`(?i)(jdbc:cubrid:[^:\s]*:[^:\s]*:[^:\s]*:[^:\s]*:)[^:\s]*(:|$|\s)`)
)

// IsSecretKey reports whether a configuration key, option, attribute or
// element name holds a secret (see SecretKeyWords).
func IsSecretKey(key string) bool {
	return secretKey.MatchString(key)
}

// SecretKind describes a secret value without revealing it: "encrypted
// (AES)" for {AES}… values, "encrypted (jasypt)" for ENC(…), "vault
// reference" for ${vault::…}, else "plaintext".
func SecretKind(value string) string {
	v := strings.TrimSpace(value)
	switch {
	case tagged.MatchString(v):
		return "encrypted (" + strings.ToUpper(tagged.FindStringSubmatch(v)[1]) + ")"
	case jasypt.MatchString(v):
		return "encrypted (jasypt)"
	case inlineVault.MatchString(v):
		return "vault reference"
	}
	return "plaintext"
}

// IsSecretValue reports whether a value is an encoded secret whatever its
// key: {AES}…, jasypt ENC(…), ${vault::…}.
func IsSecretValue(value string) bool {
	return SecretKind(value) != "plaintext"
}

// RedactText masks secrets inside free text (notes, messages): secret
// key=value pairs, {ALG}… values, ENC(…), vault expressions,
// user:password@ in URLs and CUBRID URL credentials. It is a safety net, not a parser: detectors must
// still never copy secret values.
func RedactText(s string) string {
	s = inlineVault.ReplaceAllString(s, Redacted)
	s = inlineEnc.ReplaceAllString(s, Redacted)
	s = inlineTagged.ReplaceAllString(s, Redacted)
	s = inlineKV.ReplaceAllString(s, "${1}${2}"+Redacted)
	s = inlineUser.ReplaceAllString(s, "${1}:"+Redacted+"@")
	s = inlineCubrid.ReplaceAllString(s, "${1}"+Redacted+"${2}")
	return s
}
