package report

import (
	"encoding/binary"
	"errors"
)

// coverage is the set of BMP runes a TrueType font has glyphs for, read
// from its (3,1) format-4 cmap. fpdf panics on runes beyond the BMP and
// draws boxes for runes the font lacks, so every string is filtered
// through it first.
type coverage [65536 / 64]uint64

func (c *coverage) has(r rune) bool {
	return r >= 0 && r < 65536 && c[r/64]&(1<<(uint(r)%64)) != 0
}

func (c *coverage) add(r rune) { c[r/64] |= 1 << (uint(r) % 64) }

var errNoCmap = errors.New("font has no Unicode BMP cmap")

// readCoverage parses the font's cmap table.
func readCoverage(ttf []byte) (*coverage, error) {
	if len(ttf) < 12 {
		return nil, errNoCmap
	}
	be := binary.BigEndian
	numTables := int(be.Uint16(ttf[4:]))
	var cmap []byte
	for i := 0; i < numTables; i++ {
		rec := 12 + 16*i
		if rec+16 > len(ttf) {
			return nil, errNoCmap
		}
		if string(ttf[rec:rec+4]) == "cmap" {
			off, n := int(be.Uint32(ttf[rec+8:])), int(be.Uint32(ttf[rec+12:]))
			if off < 0 || n < 0 || off+n > len(ttf) {
				return nil, errNoCmap
			}
			cmap = ttf[off : off+n]
		}
	}
	if len(cmap) < 4 {
		return nil, errNoCmap
	}
	for i := 0; i < int(be.Uint16(cmap[2:])); i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		platform, encoding := be.Uint16(cmap[rec:]), be.Uint16(cmap[rec+2:])
		off := int(be.Uint32(cmap[rec+4:]))
		if platform != 3 || encoding != 1 || off+14 > len(cmap) || be.Uint16(cmap[off:]) != 4 {
			continue
		}
		return format4(cmap[off:])
	}
	return nil, errNoCmap
}

func format4(t []byte) (*coverage, error) {
	be := binary.BigEndian
	segX2 := int(be.Uint16(t[6:]))
	ends := 14
	starts := ends + segX2 + 2
	deltas := starts + segX2
	ranges := deltas + segX2
	if ranges+segX2 > len(t) {
		return nil, errNoCmap
	}
	c := &coverage{}
	for s := 0; s < segX2/2; s++ {
		end := int(be.Uint16(t[ends+2*s:]))
		start := int(be.Uint16(t[starts+2*s:]))
		delta := int(be.Uint16(t[deltas+2*s:]))
		ro := int(be.Uint16(t[ranges+2*s:]))
		for r := start; r <= end && r < 0xffff; r++ {
			glyph := 0
			if ro == 0 {
				glyph = (r + delta) & 0xffff
			} else {
				at := ranges + 2*s + ro + 2*(r-start)
				if at+2 > len(t) {
					continue
				}
				if g := int(be.Uint16(t[at:])); g != 0 {
					glyph = (g + delta) & 0xffff
				}
			}
			if glyph != 0 {
				c.add(rune(r))
			}
		}
	}
	return c, nil
}

// fallbacks stand in for common characters a font may lack.
var fallbacks = map[rune]string{
	'\u2013': "-", '\u2014': "-", '\u2212': "-", '\u2026': "...", '\u2018': "'", '\u2019': "'",
	'\u201c': "\"", '\u201d': "\"", '\u2022': "·", '\u00a0': " ", '\u2009': " ", '\u200b': "",
	'\u2192': "->", '\u2190': "<-", '\u2265': ">=", '\u2264': "<=", '\u2260': "!=", '\u2714': "v",
}

// drawable replaces in s what the font cannot draw: control characters by
// spaces, known symbols by an ASCII stand-in, anything else by "?".
func (c *coverage) drawable(s string) string {
	ok := true
	for _, r := range s {
		if (!c.has(r) || r < 0x20) && r != '\n' {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b []byte
	for _, r := range s {
		switch {
		case r == '\n':
			b = append(b, '\n') // callers split lines themselves
		case r < 0x20 || r == 0x7f:
			b = append(b, ' ')
		case c.has(r):
			b = append(b, string(r)...)
		default:
			if f, ok := fallbacks[r]; ok && c.allDrawable(f) {
				b = append(b, f...)
			} else {
				b = append(b, '?')
			}
		}
	}
	return string(b)
}

func (c *coverage) allDrawable(s string) bool {
	for _, r := range s {
		if !c.has(r) {
			return false
		}
	}
	return true
}
