package main

import (
	"regexp"
	"strings"

	"github.com/cnready/cnready/internal/sanitize"
)

// The library packages word their errors in English, the language of logs
// and of the JSON contract. Under --lang ko the text views and standard
// error show them in Korean: each line keeps its "file:line: " and the
// message is reworded when it is one of these. A message not listed stays
// English rather than be guessed at.
var koErrors = []struct {
	re *regexp.Regexp
	ko string
}{
	{regexp.MustCompile(`empty file$`), `빈 파일입니다`},
	{regexp.MustCompile(`empty checklist$`), `빈 체크리스트입니다`},
	{regexp.MustCompile(`unknown key ("[^"]*") in (\S+) \(known: (.*)\)$`), `${2}에 알 수 없는 키 ${1} (쓸 수 있는 키: ${3})`},
	{regexp.MustCompile(`duplicate key ("[^"]*") in (\S+)$`), `${2}에 키 ${1}이(가) 두 번 나옵니다`},
	{regexp.MustCompile(`(\S+) must be a mapping$`), `${1}은(는) "키: 값" 매핑이어야 합니다`},
	{regexp.MustCompile(`(\S+) must be a string$`), `${1}은(는) 문자열이어야 합니다`},
	{regexp.MustCompile(`(\S+) must be a list$`), `${1}은(는) 목록이어야 합니다`},
	{regexp.MustCompile(`(\S+): ("[^"]*") must map to a non-empty string$`), `${1}: ${2}에는 비어 있지 않은 문자열을 써야 합니다`},
	{regexp.MustCompile(`(apiVersion|kind) ("[^"]*") is not supported \(want ("[^"]*")\)$`), `${1} ${2}은(는) 지원하지 않습니다 (${3}을(를) 쓰십시오)`},
	{regexp.MustCompile(`(apiVersion|kind) is missing \(want ("[^"]*")\)$`), `${1}이(가) 없습니다 (${2}을(를) 쓰십시오)`},
	{regexp.MustCompile(`system\.id is missing$`), `system.id가 없습니다`},
	{regexp.MustCompile(`system\.id is empty$`), `system.id가 비어 있습니다`},
	{regexp.MustCompile(`system id ("[^"]*") is already used by (.*)$`), `시스템 ID ${1}은(는) 이미 ${2}에서 썼습니다`},
	{regexp.MustCompile(`(\S+) key ("[^"]*") is not an item number$`), `${1}의 키 ${2}은(는) 항목 번호가 아닙니다`},
	{regexp.MustCompile(`item (\d+) is not in checklist (\S+) \(items 1-(\d+)\)$`), `항목 ${1}은(는) 체크리스트 ${2}에 없습니다 (항목 1-${3})`},
	{regexp.MustCompile(`item (\d+): cannot read answer ("[^"]*") \(use Y, N or \?; yes/no, true/false, 예/아니오, 모름 also work\)$`),
		`항목 ${1}: 답 ${2}을(를) 읽을 수 없습니다 (Y, N, ? 중 하나; yes/no, true/false, 예/아니오, 모름도 됩니다)`},
	{regexp.MustCompile(`item (\d+) answered twice$`), `항목 ${1}에 두 번 답했습니다`},
	{regexp.MustCompile(`answer to item (\d+) must be Y, N or \?$`), `항목 ${1}의 답은 Y, N, ? 중 하나여야 합니다`},
	{regexp.MustCompile(`checklist\.answers must map item numbers to Y, N or \?$`), `checklist.answers는 항목 번호마다 Y, N, ? 중 하나를 적는 매핑이어야 합니다`},
	{regexp.MustCompile(`checklist\.notes must map item numbers to text$`), `checklist.notes는 항목 번호마다 글을 적는 매핑이어야 합니다`},
	{regexp.MustCompile(`unknown checklist ("[^"]*")$`), `알 수 없는 체크리스트 ${1}`},
	{regexp.MustCompile(`table ("[^"]*") declared twice \(first at line (\d+)\)$`), `테이블 ${1}을(를) 두 번 선언했습니다 (처음은 ${2}행)`},
	{regexp.MustCompile(`function ("[^"]*") declared twice \(first at line (\d+)\)$`), `기능 ${1}을(를) 두 번 선언했습니다 (처음은 ${2}행)`},
	{regexp.MustCompile(`function ("[^"]*") reads and writes no table$`), `기능 ${1}은(는) 읽거나 쓰는 테이블이 없습니다`},
	{regexp.MustCompile(`not UTF-8 text \(byte (0x[0-9A-F]{2}) at column (\d+)\); save the file as UTF-8, e\.g\. (.*)$`),
		`UTF-8 글이 아닙니다 (${2}열의 바이트 ${1}); 파일을 UTF-8로 저장하십시오 (예: ${3})`},
	{regexp.MustCompile(`bad indentation \(the mapping at line (\d+) expects its keys aligned\)$`), `들여쓰기가 맞지 않습니다 (${1}행의 매핑은 키를 같은 열에 맞춰야 합니다)`},
	{regexp.MustCompile(`did not find expected key$`), `키가 올 자리입니다 (들여쓰기를 확인하십시오)`},
	{regexp.MustCompile(`mapping values are not allowed in this context$`), `여기에는 "키: 값"을 쓸 수 없습니다 (앞 줄의 들여쓰기나 따옴표를 확인하십시오)`},
	{regexp.MustCompile(`found character that cannot start any token$`), `값을 시작할 수 없는 문자가 있습니다 (탭 들여쓰기는 쓸 수 없습니다)`},
	{regexp.MustCompile(`found a tab character that violates indentation$`), `탭으로 들여썼습니다 (YAML 들여쓰기는 공백만 씁니다)`},
	{regexp.MustCompile(`did not find expected '-' indicator$`), `목록의 '-'가 올 자리입니다 (들여쓰기를 확인하십시오)`},
	{regexp.MustCompile(`did not find expected node content$`), `값이 올 자리입니다`},
	{regexp.MustCompile(`found unknown escape character$`), `큰따옴표 안에 알 수 없는 \ 이스케이프가 있습니다 (작은따옴표를 쓰십시오)`},
	{regexp.MustCompile(`could not find expected ':'$`), `':'가 있어야 합니다`},
	{regexp.MustCompile(`found unexpected end of stream$`), `파일이 도중에 끝났습니다 (닫히지 않은 따옴표나 괄호)`},
	{regexp.MustCompile(`not a regular file: named pipe \(FIFO\)$`), `일반 파일이 아닙니다: 이름 있는 파이프(FIFO)`},
	{regexp.MustCompile(`not a regular file: (character device|device)$`), `일반 파일이 아닙니다: 장치 파일`},
	{regexp.MustCompile(`not a regular file: socket$`), `일반 파일이 아닙니다: 소켓`},
	{regexp.MustCompile(`not a regular file: directory$`), `일반 파일이 아닙니다: 디렉터리`},
	{regexp.MustCompile(`not a regular file: (.*)$`), `일반 파일이 아닙니다: ${1}`},
	{regexp.MustCompile(`(\S+ \S+) is over the (\S+ \S+) limit \(an Assessment file is small; raise the limit with --max-file-size\)$`),
		`크기 ${1}이(가) 한도 ${2}을(를) 넘습니다 (진단 파일은 작습니다. 한도는 --max-file-size로 올릴 수 있습니다)`},
	{regexp.MustCompile(`larger than the (\S+ \S+) limit \(an Assessment file is small; raise the limit with --max-file-size\)$`),
		`한도 ${1}보다 큽니다 (진단 파일은 작습니다. 한도는 --max-file-size로 올릴 수 있습니다)`},
	{regexp.MustCompile(`(\S+ \S+) is over the (\S+ \S+) limit$`), `크기 ${1}이(가) 한도 ${2}을(를) 넘습니다`},
	{regexp.MustCompile(`no such file or directory$`), `파일이나 디렉터리가 없습니다`},
	{regexp.MustCompile(`permission denied$`), `읽을 권한이 없습니다`},
	{regexp.MustCompile(`is a directory$`), `디렉터리입니다`},
}

// errText is err as the user reads it: in Korean under --lang ko, control
// characters shown rather than obeyed.
func (a *app) errText(err error) string {
	if err == nil {
		return ""
	}
	msg := err.Error()
	if a.lang == "ko" {
		msg = koMessage(msg)
	}
	return sanitize.Text(msg)
}

// errLine is errText on one line, its joined parts separated by "; ".
func (a *app) errLine(err error) string {
	if err == nil {
		return ""
	}
	return strings.ReplaceAll(strings.TrimSpace(a.errText(err)), "\n", "; ")
}

// koMessage rewords each line of msg that the catalogue knows.
func koMessage(msg string) string {
	lines := strings.Split(msg, "\n")
	for i, l := range lines {
		for _, e := range koErrors {
			if loc := e.re.FindStringSubmatchIndex(l); loc != nil {
				lines[i] = l[:loc[0]] + string(e.re.ExpandString(nil, e.ko, l, loc))
				break
			}
		}
	}
	return strings.Join(lines, "\n")
}
