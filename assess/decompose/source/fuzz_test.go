package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedFiles adds up to n files of the fixture apps ending in ext.
func seedFiles(f *testing.F, ext string, n int) {
	var paths []string
	_ = filepath.WalkDir(appsDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ext) {
			paths = append(paths, p)
		}
		return nil
	})
	for i, p := range paths {
		if i >= n {
			break
		}
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

func FuzzParseMapper(f *testing.F) {
	seedFiles(f, ".xml", 12)
	f.Add([]byte(mybatisMapper))
	f.Add([]byte(commonMapper))
	f.Add([]byte(`<?xml version="1.0" encoding="euc-kr"?><sqlMap namespace="a"><select id="b">SELECT 1</select></sqlMap>`))
	f.Add([]byte(`<mapper namespace="x"><sql id="a"><include refid="a"/></sql><select id="s"><include refid="a"/></select></mapper>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := parseMapper("f.xml", data)
		if err != nil || m == nil {
			return
		}
		// Self-including fragments must terminate.
		newFragments([]*Mapper{m}).resolve(m)
		for _, s := range m.Stmts {
			if !statementKinds[s.Kind] {
				t.Fatalf("statement kind %q", s.Kind)
			}
		}
	})
}

func FuzzParseJava(f *testing.F) {
	seedFiles(f, ".java", 12)
	f.Add([]byte("class A { @X(a={\"b\", c}) <T> void f(T... x) { y.z(\"s\" + K, 1); } }"))
	f.Add([]byte("enum E { A { }, B; void f() {} } interface I { default void g() { f(); } }"))
	f.Add([]byte("record R(int a) implements I { R { } }"))
	f.Fuzz(func(t *testing.T, data []byte) {
		jf, err := parseJava("F.java", decodeText(data))
		if err != nil {
			return
		}
		pr := newProgram([]javaFile{jf}, nil)
		ids := map[string]int{}
		pr.handlers(newStatementIndex(nil), ids)
		pr.entries(ids)
		for _, ty := range pr.types {
			for _, m := range ty.methods {
				pr.visit(m)
			}
		}
	})
}
