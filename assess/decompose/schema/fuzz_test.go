package schema

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"
)

var lineRE = regexp.MustCompile(`^f\.sql:[1-9][0-9]*\b`)

func FuzzParseDDL(f *testing.F) {
	for _, p := range []string{
		"../../../testdata/decompose/mybatis-app/db/ddl/cvpl_oracle.sql",
		"../../../testdata/decompose/ibatis-app/db/lib_tibero.sql",
	} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b[:min(len(b), 4000)]))
		}
	}
	for _, s := range []string{
		"CREATE TABLE A (ID NUMBER REFERENCES B);", "COMMENT ON TABLE A IS 'x'", "ALTER TABLE A ADD FOREIGN KEY (X) REFERENCES",
		"CREATE TABLE (", "CREATE TABLE \"", "CREATE TABLE A (X) COMMENT=", "/\n/\n;", "CREATE TABLE `a`.`b` (c int) COMMENT '한'",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, ddl string) {
		tables, problems := ParseDDL("f.sql", ddl)
		// Problems and sources say where: "f.sql:LINE...".
		for _, p := range problems {
			if !lineRE.MatchString(p) {
				t.Fatalf("problem without file:line: %q", p)
			}
		}
		seen := map[string]bool{}
		for _, tb := range tables {
			if tb.Name == "" {
				t.Fatal("empty table name")
			}
			if !lineRE.MatchString(tb.Source) {
				t.Fatalf("source without file:line: %q", tb.Source)
			}
			if seen[tb.Name] {
				t.Fatalf("table %s twice", tb.Name)
			}
			seen[tb.Name] = true
			for _, r := range tb.References {
				if r == "" || r == tb.Name {
					t.Fatalf("bad reference %q of %s", r, tb.Name)
				}
			}
		}
	})
}

func FuzzParseCSV(f *testing.F) {
	f.Add([]byte("테이블명,코멘트\nTB_A,가\n"))
	f.Add([]byte("TABLE_NAME\tCOMMENTS\tREF_TABLE\nA\tb\tC\n"))
	f.Add([]byte("\"unterminated,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tables, err := ParseCSV("f.csv", bytes.NewReader(data))
		if err != nil && !strings.HasPrefix(err.Error(), "f.csv:") {
			t.Fatalf("error without file name: %v", err)
		}
		for _, tb := range tables {
			if tb.Name == "" {
				t.Fatal("empty table name")
			}
		}
	})
}
