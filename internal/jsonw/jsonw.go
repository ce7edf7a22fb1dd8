// Package jsonw writes JSON without reflection, byte for byte as
// encoding/json does with SetEscapeHTML(false) and SetIndent(prefix,
// indent): a batch of thousands of results is encoded several times faster
// than through reflection, and tests compare both outputs so the contract
// cannot drift.
package jsonw

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Writer appends JSON to a buffer. Callers open and close objects and
// arrays and write keys and values in order; the Writer places commas,
// newlines and indentation.
type Writer struct {
	buf    []byte
	prefix string
	indent string
	depth  int
	// empty[d] is true while the container at depth d has no element yet.
	empty []bool
	// afterKey is set between Key and its value.
	afterKey bool
	// ws is "\n" + prefix + indent repeated; newline appends a prefix of it.
	ws string
	// refs are stretches written by reference (RawRef, AppendRef), each
	// to go at offset at of buf.
	refs []ref
}

type ref struct {
	at int
	b  []byte
}

// New returns a Writer indenting like json.Encoder.SetIndent(prefix,
// indent); an empty indent writes compact JSON.
func New(prefix, indent string) *Writer {
	return &Writer{prefix: prefix, indent: indent, empty: make([]bool, 0, 16), ws: "\n" + prefix}
}

// Bytes returns what was written.
func (w *Writer) Bytes() []byte {
	if len(w.refs) > 0 {
		out := make([]byte, 0, w.Len())
		prev := 0
		for _, r := range w.refs {
			out = append(append(out, w.buf[prev:r.at]...), r.b...)
			prev = r.at
		}
		w.buf, w.refs = append(out, w.buf[prev:]...), w.refs[:0]
	}
	return w.buf
}

// Len returns the length of what was written.
func (w *Writer) Len() int {
	n := len(w.buf)
	for _, r := range w.refs {
		n += len(r.b)
	}
	return n
}

// WriteTo writes what was written to dst: the stretches written by
// reference are copied there, and only there.
func (w *Writer) WriteTo(dst io.Writer) (int64, error) {
	var n int64
	prev := 0
	put := func(b []byte) error {
		if len(b) == 0 {
			return nil
		}
		k, err := dst.Write(b)
		n += int64(k)
		return err
	}
	for _, r := range w.refs {
		if err := put(w.buf[prev:r.at]); err != nil {
			return n, err
		}
		if err := put(r.b); err != nil {
			return n, err
		}
		prev = r.at
	}
	return n, put(w.buf[prev:])
}

// Reset empties the buffer, keeping its memory.
func (w *Writer) Reset() {
	w.buf, w.depth, w.empty, w.afterKey = w.buf[:0], 0, w.empty[:0], false
	clear(w.refs) // drop what they hold
	w.refs = w.refs[:0]
}

func (w *Writer) newline() {
	if w.indent == "" && w.prefix == "" {
		return
	}
	n := 1 + len(w.prefix) + w.depth*len(w.indent)
	for len(w.ws) < n {
		w.ws += w.indent
	}
	w.buf = append(w.buf, w.ws[:n]...)
}

// Grow makes room for n more bytes.
func (w *Writer) Grow(n int) {
	if cap(w.buf)-len(w.buf) < n {
		b := make([]byte, len(w.buf), 2*cap(w.buf)+n)
		copy(b, w.buf)
		w.buf = b
	}
}

// value prepares for a value: a comma and newline inside containers.
func (w *Writer) value() {
	if w.afterKey {
		w.afterKey = false
		return
	}
	if w.depth == 0 {
		return
	}
	if w.empty[w.depth-1] {
		w.empty[w.depth-1] = false
	} else {
		w.buf = append(w.buf, ',')
	}
	w.newline()
}

func (w *Writer) open(c byte) {
	w.value()
	w.buf = append(w.buf, c)
	w.depth++
	w.empty = append(w.empty, true)
}

func (w *Writer) close(c byte) {
	w.depth--
	wasEmpty := w.empty[w.depth]
	w.empty = w.empty[:w.depth]
	if !wasEmpty {
		w.newline()
	}
	w.buf = append(w.buf, c)
}

// BeginObject, EndObject, BeginArray and EndArray bracket containers.
func (w *Writer) BeginObject() { w.open('{') }
func (w *Writer) EndObject()   { w.close('}') }
func (w *Writer) BeginArray()  { w.open('[') }
func (w *Writer) EndArray()    { w.close(']') }

// Key writes an object key; the next call writes its value.
func (w *Writer) Key(k string) {
	w.value()
	w.buf = appendString(w.buf, k)
	w.buf = append(w.buf, ':')
	if w.indent != "" || w.prefix != "" {
		w.buf = append(w.buf, ' ')
	}
	w.afterKey = true
}

// String, Int, Float, Bool and Null write values.
func (w *Writer) String(s string) { w.value(); w.buf = appendString(w.buf, s) }
func (w *Writer) Int(n int64)     { w.value(); w.buf = strconv.AppendInt(w.buf, n, 10) }
func (w *Writer) Bool(b bool)     { w.value(); w.buf = strconv.AppendBool(w.buf, b) }
func (w *Writer) Null()           { w.value(); w.buf = append(w.buf, "null"...) }
func (w *Writer) Float(f float64) { w.value(); w.buf = appendFloat(w.buf, f) }

// Compact tells whether the Writer writes compact JSON (no indent): what
// Raw and RawOpen take.
func (w *Writer) Compact() bool { return w.indent == "" && w.prefix == "" }

// Raw writes a value given as compact JSON, written earlier by a compact
// Writer: for parts many values share, encoded once.
func (w *Writer) Raw(b []byte) {
	w.value()
	w.buf = append(w.buf, b...)
}

// RawRef is Raw for b that stays as it is until the Writer is reset or
// written out (a part cached for many values): it is kept by reference,
// and copied once, by WriteTo or Bytes.
func (w *Writer) RawRef(b []byte) {
	w.value()
	w.AppendRef(b)
}

// RawOpen writes the start of an object given as compact JSON: '{' and one
// or more members, not closed. Members follow with Key; EndObject closes.
func (w *Writer) RawOpen(b []byte) {
	w.value()
	w.buf = append(w.buf, b...)
	w.depth++
	w.empty = append(w.empty, false)
}

// Append, AppendRaw, AppendString and AppendInt continue a value begun
// with Raw: compact JSON, a quoted string or a number, appended as they
// are (the caller places the commas). A value cut into stretches around
// the parts that differ is written so without re-encoding the rest.
func (w *Writer) Append(b []byte)       { w.buf = append(w.buf, b...) }
func (w *Writer) AppendRaw(s string)    { w.buf = append(w.buf, s...) }
func (w *Writer) AppendString(s string) { w.buf = appendString(w.buf, s) }
func (w *Writer) AppendInt(n int64)     { w.buf = strconv.AppendInt(w.buf, n, 10) }

// AppendRef is Append by reference, as RawRef.
func (w *Writer) AppendRef(b []byte) {
	if len(b) > 0 {
		w.refs = append(w.refs, ref{len(w.buf), b})
	}
}

// Strings writes a string list; nil is null, as encoding/json writes it.
func (w *Writer) Strings(l []string) {
	if l == nil {
		w.Null()
		return
	}
	w.BeginArray()
	for _, s := range l {
		w.String(s)
	}
	w.EndArray()
}

// Ints writes an int list; nil is null.
func (w *Writer) Ints(l []int) {
	if l == nil {
		w.Null()
		return
	}
	w.BeginArray()
	for _, n := range l {
		w.Int(int64(n))
	}
	w.EndArray()
}

// Value writes any value through encoding/json, indented to fit: for the
// parts not worth a hand-written encoder.
func (w *Writer) Value(v any) error {
	data, err := marshal(v)
	if err != nil {
		return err
	}
	w.value()
	if w.indent == "" && w.prefix == "" {
		w.buf = append(w.buf, data...)
		return nil
	}
	var b bytes.Buffer
	pre := w.prefix
	for range w.depth {
		pre += w.indent
	}
	if err := json.Indent(&b, data, pre, w.indent); err != nil {
		return err
	}
	w.buf = append(w.buf, b.Bytes()...)
	return nil
}

func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

const hex = "0123456789abcdef"

// appendString quotes s as encoding/json does without HTML escaping:
// control characters, quote and backslash escaped, invalid UTF-8 replaced
// by U+FFFD, U+2028 and U+2029 escaped.
// plain reports whether s is written as it is: no control character,
// quote or backslash, valid UTF-8 and no U+2028/U+2029 (which encoding/json
// escapes).
func plain(s string) bool {
	// Eight bytes at a time (a batch writes some 100 MB of strings): a
	// control byte, a quote or a backslash anywhere is found with the
	// has-zero-byte and has-less-than tests; bytes of multi-byte runes
	// never match them, their high bit being set.
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	ascii := true
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		q, b := x^(lo*'"'), x^(lo*'\\')
		if (x-lo*0x20)&^x&hi != 0 || (q-lo)&^q&hi != 0 || (b-lo)&^b&hi != 0 {
			return false
		}
		if x&hi != 0 {
			ascii = false
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == '"' || c == '\\' {
			return false
		}
		ascii = ascii && c < utf8.RuneSelf
	}
	if ascii {
		return true
	}
	if !utf8.ValidString(s) {
		return false
	}
	// U+2028 and U+2029 are E2 80 A8/A9.
	return strings.IndexByte(s, 0xE2) < 0 || !strings.Contains(s, "\u2028") && !strings.Contains(s, "\u2029")
}

func appendString(dst []byte, s string) []byte {
	if plain(s) {
		// Most strings (names, Korean prose) need no escape: one copy.
		dst = append(dst, '"')
		dst = append(dst, s...)
		return append(dst, '"')
	}
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '\\', '"':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendFloat formats like encoding/json's float64 encoder.
func appendFloat(dst []byte, f float64) []byte {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		// encoding/json fails on these; write null rather than invalid JSON.
		return append(dst, "null"...)
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(dst)
		if n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst
}
