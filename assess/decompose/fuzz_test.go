package decompose

import (
	"context"
	"strings"
	"testing"
)

// fuzzModel reads a tiny model language: each line is a function
// "R:T1,T2 W:T3", a table "T:NAME>REF#comment", or a statement "S:T1,T2".
func fuzzModel(data string) *Model {
	m := &Model{}
	for i, line := range strings.Split(data, "\n") {
		switch {
		case strings.HasPrefix(line, "T:"):
			def, comment, _ := strings.Cut(line[2:], "#")
			name, ref, _ := strings.Cut(def, ">")
			t := Table{Name: name, Comment: comment}
			if ref != "" {
				t.References = []string{ref}
			}
			m.Tables = append(m.Tables, t)
		case strings.HasPrefix(line, "S:"):
			m.Statements = append(m.Statements, Statement{ID: line, Reads: strings.Split(line[2:], ","), Joins: [][]string{strings.Split(line[2:], ",")}})
		default:
			f := Function{ID: strings.Repeat("f", i%3+1) + line, Package: "kr.go.x" + line[:min(len(line), 2)]}
			for _, part := range strings.Fields(line) {
				switch {
				case strings.HasPrefix(part, "R:"):
					f.Reads = append(f.Reads, strings.Split(part[2:], ",")...)
				case strings.HasPrefix(part, "W:"):
					f.Writes = append(f.Writes, strings.Split(part[2:], ",")...)
				}
			}
			m.Functions = append(m.Functions, f)
		}
	}
	return m
}

// FuzzDecompose checks that any model decomposes without panicking and
// keeps the contract: every table in exactly one context or shared.
func FuzzDecompose(f *testing.F) {
	f.Add("R:A,B W:C\nR:C W:D\nT:E>A\nS:A,E")
	f.Add("W:A,B\nW:B,C\nR:A,B,C,D W:E\nR:X\nR:X\nR:X\nR:X W:Y\nR:X\nR:X\nR:X\n")
	f.Add("T:ONLY")
	f.Add("S:x,y\nS:y,z\nS:,")
	f.Add("T:COMTNBBS#게시판\nT:COMTNBBSMASTER#게시판마스터\nT:QRTZ_X>QRTZ_Y#任务\nT:QRTZ_Y\nR:COMTNBBS W:COMTNBBSMASTER")
	f.Fuzz(func(t *testing.T, data string) {
		m := fuzzModel(data)
		res, err := Decompose(context.Background(), m, Options{})
		if err != nil {
			return
		}
		seen := map[string]int{}
		for _, c := range res.Contexts {
			if len(c.Tables) == 0 {
				t.Fatalf("empty context %s", c.Name)
			}
			for _, tb := range c.Tables {
				seen[tb]++
			}
		}
		for _, tb := range res.SharedTables {
			seen[tb]++
		}
		for _, u := range res.Unassigned {
			seen[u.Table]++
			if u.Reason == "" {
				t.Fatalf("unassigned %q without a reason", u.Table)
			}
		}
		for tb, n := range seen {
			if n != 1 {
				t.Fatalf("table %q placed %d times", tb, n)
			}
		}
		if len(seen) != res.Input.Tables {
			t.Fatalf("%d tables placed of %d", len(seen), res.Input.Tables)
		}
	})
}

// FuzzSignals checks the text signals on any names and comments: comment
// words, generic kinds, name families and romanisation never panic, and
// every similarity stays in [0, 1].
func FuzzSignals(f *testing.F) {
	f.Add("COMTNBBS\t게시판\nCOMTNBBSMASTER\t게시판마스터\nTB_DEPT\t부서별 통계")
	f.Add("sys_user\t用户信息表\nsys_user_role\t用户和角色关联表\nQRTZ_LOCKS\t存储的悲观锁信息表")
	f.Add("\t\n_\t表表\n$$\tDB서비스모니터링로그정보")
	f.Fuzz(func(t *testing.T, data string) {
		var names, comments []string
		for _, line := range strings.Split(data, "\n") {
			n, c, _ := strings.Cut(line, "\t")
			names = append(names, n)
			comments = append(comments, c)
			_ = tableKind(n, n, c)
			_ = romanize(c)
			_ = commentTokens(c)
		}
		terms := commentTerms(comments)
		nf := newNameFamilies(names)
		for i := range names {
			for j := range names {
				if v := nf.similarity(i, j); v < 0 || v > 1 || v != v {
					t.Fatalf("name similarity %v for %q %q", v, names[i], names[j])
				}
				if v := termSimilarity(terms[i], terms[j], len(names)); v < 0 || v != v {
					t.Fatalf("term similarity %v", v)
				}
			}
		}
	})
}
