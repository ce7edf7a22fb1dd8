package textenc

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	unicode16 "golang.org/x/text/encoding/unicode"
)

func encode(t *testing.T, enc interface {
	Bytes([]byte) ([]byte, error)
}, s string) []byte {
	t.Helper()
	b, err := enc.Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestUTF8(t *testing.T) {
	const ko = "system:\n  id: minwon\n  name: 민원 포털 (행정안전부)\n"
	tests := []struct {
		name     string
		data     []byte
		want     string
		enc      Encoding
		wantLine int // >0: an *Error at this line
	}{
		{"utf8", []byte(ko), ko, UTF8Enc, 0},
		{"utf-16le bom", encode(t, unicode16.UTF16(unicode16.LittleEndian, unicode16.UseBOM).NewEncoder(), ko), ko, UTF16, 0},
		{"utf-16be bom", encode(t, unicode16.UTF16(unicode16.BigEndian, unicode16.UseBOM).NewEncoder(), ko), ko, UTF16, 0},
		{"ascii", []byte("a: 1\n"), "a: 1\n", UTF8Enc, 0},
		{"euc-kr", encode(t, korean.EUCKR.NewEncoder(), ko), ko, CP949, 0},
		// CP949-only syllables (outside the 2,350 of KS X 1001).
		{"cp949 extension", encode(t, korean.EUCKR.NewEncoder(), "name: 똠방각하 뷁\n"), "name: 똠방각하 뷁\n", CP949, 0},
		// Latin-1 accents read as CP949 are not Hangul: refused.
		{"latin1", encode(t, charmap.ISO8859_1.NewEncoder(), "a: 1\nname: café déjà vu\n"), "", "", 2},
		{"shift-jis", encode(t, japanese.ShiftJIS.NewEncoder(), "a: 1\nb: 2\nname: 東京都庁のシステム\n"), "", "", 3},
		{"garbage", []byte("a: 1\nb: \xff\xfe\xff\n"), "", "", 2},
		// Half UTF-8, half EUC-KR: neither reading is whole.
		{"mixed", append([]byte("name: 민원\n"), encode(t, korean.EUCKR.NewEncoder(), "note: 포털\n")...), "", "", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := UTF8("f.yaml", tt.data)
			if tt.wantLine > 0 {
				var e *Error
				if !errors.As(err, &e) || e.Line != tt.wantLine {
					t.Fatalf("err = %v, want an *Error at line %d", err, tt.wantLine)
				}
				if msg := err.Error(); !strings.HasPrefix(msg, "f.yaml:") || !strings.Contains(msg, "UTF-8") {
					t.Errorf("message %q names neither the file nor the fix", msg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want || enc != tt.enc {
				t.Errorf("got %q (%s), want %q (%s)", got, enc, tt.want, tt.enc)
			}
		})
	}
}

func TestErrorColumn(t *testing.T) {
	_, _, err := UTF8("x", []byte("ok\nab\xffc\n"))
	var e *Error
	if !errors.As(err, &e) || e.Line != 2 || e.Column != 3 || e.Byte != 0xFF {
		t.Fatalf("got %+v", err)
	}
}

func FuzzUTF8(f *testing.F) {
	f.Add([]byte("a: 민원\n"))
	f.Add([]byte("\xb9\xce\xbf\xf8"))
	f.Add([]byte("\xff\n\xfe"))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, enc, err := UTF8("f", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Line < 1 || e.Column < 1 {
				t.Fatalf("bad error %v", err)
			}
			return
		}
		if !utf8Valid(out) || enc == "" {
			t.Fatalf("output not UTF-8 (%s): %q", enc, out)
		}
	})
}

func utf8Valid(b []byte) bool { return strings.ToValidUTF8(string(b), "\uFFFD") == string(b) }
