package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

const repoRoot = "../.."

// TestReadmeUpdatePackages: the README's golden-refresh command names
// exactly the packages whose tests define -update (a package without the
// flag fails the whole command), and every package with golden files is
// among them.
func TestReadmeUpdatePackages(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := ""
	lines := strings.Split(string(readme), "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "go test") {
			continue
		}
		full := l
		for j := i; strings.HasSuffix(strings.TrimSpace(lines[j]), `\`) && j+1 < len(lines); j++ {
			full += " " + lines[j+1]
		}
		if strings.Contains(full, "-update") {
			cmd = full
		}
	}
	if cmd == "" {
		t.Fatal("README has no 'go test ... -update' command")
	}
	var named []string
	flagSeen := false
	for _, f := range strings.Fields(cmd) {
		switch {
		case f == "-update":
			flagSeen = true
		case strings.HasPrefix(f, "./"):
			if flagSeen {
				// go test takes an unknown flag's next word as its value.
				t.Errorf("README's -update command names ./%s after -update: put the packages first", f)
			}
			named = append(named, strings.TrimPrefix(f, "./"))
		}
	}
	if slices.Contains(named, "...") {
		t.Fatalf("README runs -update over ./...: %s", cmd)
	}
	withFlag, withGolden := map[string]bool{}, map[string]bool{}
	err = filepath.WalkDir(repoRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(repoRoot, path)
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && rel != ".") {
			return filepath.SkipDir
		}
		switch {
		case strings.HasSuffix(path, "_test.go"):
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if strings.Contains(string(data), `flag.Bool("update"`) {
				withFlag[filepath.ToSlash(filepath.Dir(rel))] = true
			}
		case !d.IsDir() && strings.HasSuffix(path, ".golden"):
			pkg, _, _ := strings.Cut(filepath.ToSlash(rel), "/testdata/")
			withGolden[pkg] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range named {
		if !withFlag[p] {
			t.Errorf("README's -update command names ./%s, whose tests define no -update flag", p)
		}
	}
	for p := range withFlag {
		if !slices.Contains(named, p) {
			t.Errorf("./%s defines -update but the README's command leaves it out", p)
		}
	}
	for p := range withGolden {
		if !withFlag[p] {
			t.Errorf("./%s has golden files but no -update flag", p)
		}
	}
}

// repoPath matches what reads as a path inside the repository: under one
// of its top-level folders, or a Markdown file.
var repoPath = regexp.MustCompile("(?:^|[\\s`(\\[\"'=])((?:assess|checklist|cmd|internal|inventory|templates|testdata|\\.ci)/[\\w./-]*|[\\w./-]*[A-Z][\\w-]*\\.md)")

// TestDocsNameRealFiles: the README and every command's help point only
// to files and folders the repository has (DESIGN.md, say, is not in it).
func TestDocsNameRealFiles(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{"README.md": string(readme)}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		texts[c.CommandPath()+" --help"] = c.Short + "\n" + c.Long + "\n" + c.Example
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(newRootCmd(&app{io: &streams{Env: func(string) string { return "" }}}))
	for where, text := range texts {
		for _, m := range repoPath.FindAllStringSubmatch(text, -1) {
			p := strings.TrimRight(m[1], ".,:;")
			if strings.ContainsAny(p, "*<>") || strings.Contains(p, "...") {
				continue // a pattern, not a file
			}
			if _, err := os.Stat(filepath.Join(repoRoot, p)); err != nil {
				t.Errorf("%s names %s, which the repository does not have", where, p)
			}
		}
	}
}
