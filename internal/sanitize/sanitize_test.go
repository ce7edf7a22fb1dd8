package sanitize

import "testing"

func TestLine(t *testing.T) {
	for _, tc := range []struct{ in, line, text string }{
		{"민원포털", "민원포털", "민원포털"},
		{"\x1b]0;pwned\a", "^[]0;pwned^G", "^[]0;pwned^G"},
		{"a\nb\tc\r", "a^Jb^Ic^M", "a\nb\tc^M"},
		{"del\x7f", "del^?", "del^?"},
		{"csi\u009b2J", `csi\u009b2J`, `csi\u009b2J`},
		{"evil\u202etxt.exe", `evil\u202etxt.exe`, `evil\u202etxt.exe`},
		{"bad\xffutf8", "bad\ufffdutf8", "bad\ufffdutf8"},
		{"", "", ""},
	} {
		if got := Line(tc.in); got != tc.line {
			t.Errorf("Line(%q) = %q, want %q", tc.in, got, tc.line)
		}
		if got := Text(tc.in); got != tc.text {
			t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.text)
		}
	}
}

func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{
		`=HYPERLINK("http://x","y")`: `'=HYPERLINK("http://x","y")`,
		"+cmd|calc":                  "'+cmd|calc",
		"-2+3":                       "'-2+3",
		"@SUM(A1)":                   "'@SUM(A1)",
		"\tx":                        "'\tx",
		"\rx":                        "'\rx",
		"-3":                         "-3",
		"+1.5":                       "+1.5",
		"-":                          "'-",
		"민원포털":                       "민원포털",
		"":                           "",
	} {
		if got := CSVCell(in); got != want {
			t.Errorf("CSVCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzLine(f *testing.F) {
	f.Add("\x1b[2J민원\u202e")
	f.Fuzz(func(t *testing.T, s string) {
		for _, out := range []string{Line(s), Text(s)} {
			for _, r := range out {
				if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f || unsafeRune(r) {
					t.Fatalf("control %U left in %q", r, out)
				}
			}
		}
		if Line(Line(s)) != Line(s) {
			t.Fatalf("Line not idempotent on %q", s)
		}
	})
}
