package inventory

import (
	"regexp"
	"strings"
)

// Redacted replaces a secret value wherever one would be shown.
const Redacted = "[redacted]"

var (
	secretKey = regexp.MustCompile(`(?i)(pass(word|wd|phrase)?|secret|credential|pwd|token|keystorepass|keypass|api[_-]?key|private[_-]?key|algorithmkey|crypto)`)
	// tagged matches {AES}…, {AES256}…, {3DES}…, {xor}… encoded values.
	tagged = regexp.MustCompile(`^\{([A-Za-z0-9_-]{2,16})\}\S+`)
	// inline finds secrets inside free text: key=value / key: value pairs
	// whose key looks secret, tagged values, ENC(…), vault expressions and
	// user:password@ in URLs.
	inlineKV     = regexp.MustCompile(`(?i)([A-Za-z0-9_.\-]*(?:pass(?:word|wd|phrase)?|secret|credential|pwd|token|api[_-]?key)[A-Za-z0-9_.\-]*)(\s*[=:]\s*|"?\s*>\s*)("[^"]*"|'[^']*'|[^\s;&,<"')]+)`)
	inlineTagged = regexp.MustCompile(`\{[A-Za-z0-9_-]{2,16}\}[A-Za-z0-9+/=_\-.%]+`)
	inlineEnc    = regexp.MustCompile(`ENC\([^)]*\)`)
	inlineVault  = regexp.MustCompile(`(?i)\$\{vault::[^}]*\}`)
	inlineUser   = regexp.MustCompile(`(//[^/\s:@]+):[^@\s/]+@`)
)

// IsSecretKey reports whether a configuration key, attribute or element
// name holds a secret (password, secret, credential, token, key store
// password ...), per the detection catalogue's generic rule.
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
	case strings.HasPrefix(v, "ENC(") && strings.HasSuffix(v, ")"):
		return "encrypted (jasypt)"
	case inlineVault.MatchString(v):
		return "vault reference"
	}
	return "plaintext"
}

// IsSecretValue reports whether a value is an encoded secret whatever its
// key: {AES}…, ENC(…), ${vault::…}.
func IsSecretValue(value string) bool {
	return SecretKind(value) != "plaintext"
}

// RedactText masks secrets inside free text (notes, messages): secret
// key=value pairs, {ALG}… values, ENC(…), vault expressions and
// user:password@ in URLs. It is a safety net, not a parser: detectors must
// still never copy secret values.
func RedactText(s string) string {
	s = inlineVault.ReplaceAllString(s, Redacted)
	s = inlineEnc.ReplaceAllString(s, Redacted)
	s = inlineTagged.ReplaceAllString(s, Redacted)
	s = inlineKV.ReplaceAllString(s, "${1}${2}"+Redacted)
	s = inlineUser.ReplaceAllString(s, "${1}:"+Redacted+"@")
	return s
}
