package decompose

import "testing"

func TestRomanize(t *testing.T) {
	for in, want := range map[string]string{
		"모니터링": "moniteoring", "게시판": "gesipan", "공통코드": "gongtongkodeu", "설문": "seolmun",
		"商品": "", "DB서비스": "seobiseu", "": "",
	} {
		if got := romanize(in); got != want {
			t.Errorf("romanize(%q) = %q, want %q", in, got, want)
		}
	}
}
