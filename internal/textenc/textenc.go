// Package textenc makes text input UTF-8. Korean agencies still save files
// in EUC-KR or its superset CP949 (Windows' 한글 default), and a YAML
// parser rejects them with a bare "invalid UTF-8" message. A file that is
// not UTF-8 but reads cleanly as CP949 and is then mostly Hangul can only
// be Korean text, so it is decoded; anything else is refused with the
// first bad line and the command that converts it.
package textenc

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/korean"
	unicode16 "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encoding names what UTF8 found.
type Encoding string

const (
	UTF8Enc Encoding = "UTF-8"
	CP949   Encoding = "CP949"
	UTF16   Encoding = "UTF-16"
)

// minHangul is the share of decoded non-ASCII letters that must be Hangul
// for a CP949 reading to count as unambiguous. Latin-1 or Shift-JIS bytes
// read as CP949 give mostly Hanja and symbols, far below it.
const minHangul = 0.9

// Error is a file that is neither UTF-8 nor unambiguous CP949.
type Error struct {
	Name   string
	Line   int // 1-based line of the first byte that is not UTF-8
	Column int // 1-based byte column of it
	Byte   byte
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d: not UTF-8 text (byte 0x%02X at column %d); save the file as UTF-8, e.g. iconv -f CP949 -t UTF-8",
		e.Name, e.Line, e.Byte, e.Column)
}

// UTF8 returns data as UTF-8: unchanged when it already is, decoded when it
// is unambiguous CP949 (EUC-KR), or an *Error naming the first bad line.
func UTF8(name string, data []byte) ([]byte, Encoding, error) {
	if utf8.Valid(data) {
		return data, UTF8Enc, nil
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		// Notepad's "Unicode": UTF-16 behind its byte-order mark.
		dec, _, err := transform.Bytes(unicode16.UTF16(unicode16.BigEndian, unicode16.ExpectBOM).NewDecoder(), data)
		if err == nil && !bytes.ContainsRune(dec, utf8.RuneError) {
			return dec, UTF16, nil
		}
	}
	if dec, ok := fromCP949(data); ok {
		return dec, CP949, nil
	}
	return nil, "", firstInvalid(name, data)
}

func fromCP949(data []byte) ([]byte, bool) {
	if hasUTF8Hangul(data) {
		// Part of the file is UTF-8 Korean already: a file edited in two
		// encodings, which no single reading gets right.
		return nil, false
	}
	dec, _, err := transform.Bytes(korean.EUCKR.NewDecoder(), data)
	if err != nil || bytes.ContainsRune(dec, utf8.RuneError) {
		return nil, false
	}
	letters, hangul := 0, 0
	for _, r := range string(dec) {
		if r < utf8.RuneSelf || !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.Is(unicode.Hangul, r) {
			hangul++
		}
	}
	return dec, letters > 0 && float64(hangul) >= minHangul*float64(letters)
}

// hasUTF8Hangul reports whether data holds a well-formed UTF-8 Hangul
// syllable (U+AC00-U+D7A3, bytes EA B0 80 - ED 9E A3).
func hasUTF8Hangul(data []byte) bool {
	for i := 0; i+2 < len(data); i++ {
		if c := data[i]; c < 0xEA || c > 0xED {
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if size == 3 && r >= 0xAC00 && r <= 0xD7A3 {
			return true
		}
	}
	return false
}

func firstInvalid(name string, data []byte) error {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return &Error{Name: name, Line: line, Column: col, Byte: data[i]}
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col += size
		}
		i += size
	}
	// utf8.Valid said otherwise; keep a sane message regardless.
	return &Error{Name: name, Line: line, Column: col}
}
