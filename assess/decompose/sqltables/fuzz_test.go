package sqltables

import (
	"slices"
	"testing"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		`SELECT * FROM TB_A A, TB_B B WHERE A.ID = B.ID(+)`,
		`MERGE INTO T USING (SELECT * FROM S) X ON (T.ID = X.ID) WHEN MATCHED THEN UPDATE SET A = 1`,
		`WITH A AS (SELECT * FROM TB_X) SELECT * FROM A JOIN TB_Y USING (ID)`,
		`INSERT INTO TB_A (X) SELECT X FROM TB_B <where><if test="a">AND #{a}</if></where>`,
		`UPDATE TB_A SET X = (SELECT 1 FROM DUAL) WHERE ID IN (SELECT ID FROM TB_C) -- x`,
		`SELECT /*+ hint */ * FROM "s"."t" START WITH X CONNECT BY PRIOR A = B`,
		`DELETE TB_A WHERE ID = #id# AND $col$ = 1; BEGIN NULL; END;`,
		`SELECT * FROM (((`, `'`, `"`, `/*`, `<if test="">`, `#{`, `$`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, sql string) {
		r, _ := Extract(sql)
		for _, s := range [][]string{r.Reads, r.Writes} {
			if !slices.IsSorted(s) || len(slices.Compact(slices.Clone(s))) != len(s) {
				t.Fatalf("not a sorted set: %q", s)
			}
			for _, n := range s {
				if n == "" {
					t.Fatal("empty table name")
				}
			}
		}
		for _, j := range r.Joins {
			if len(j) < 2 || !slices.IsSorted(j) {
				t.Fatalf("bad join set %q", j)
			}
			for _, n := range j {
				if !slices.Contains(r.Reads, n) && !slices.Contains(r.Writes, n) {
					t.Fatalf("join table %q neither read nor written", n)
				}
			}
		}
		r2, _ := Extract(sql)
		if !slices.Equal(r.Reads, r2.Reads) || !slices.Equal(r.Writes, r2.Writes) {
			t.Fatal("not deterministic")
		}
	})
}
