package decompose

import "strings"

// Revised Romanization of Korean, letter by letter (no sound-change
// rules): enough to make an ASCII identifier of a Korean word for a
// context whose tables have only Korean vocabulary in common (모니터링 ->
// moniteoring, 게시판 -> gesipan).
var (
	roInitial = []string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	roMedial  = []string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	roFinal   = []string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)

// romanize writes the Hangul syllables of s in Latin letters and drops
// everything else; "" when s has no Hangul syllable.
func romanize(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0xac00 || r > 0xd7a3 {
			continue
		}
		i := int(r - 0xac00)
		b.WriteString(roInitial[i/588])
		b.WriteString(roMedial[(i%588)/28])
		b.WriteString(roFinal[i%28])
	}
	return b.String()
}
