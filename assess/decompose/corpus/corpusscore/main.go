// Command corpusscore scores cnready's bounded contexts on real
// applications against truth files (testdata/decompose/corpus/*.yaml) and
// against three naive baselines: mapper file, Java package, table-name
// prefix. It reads checkouts already on disk and fetches nothing:
//
//	go run ./assess/decompose/corpus/corpusscore -root /tmp/corpus
//
// reads /tmp/corpus/<app>/ for each truth file's app, as `cnready contexts
// --src` would, and prints ARI and MoJoFM per application. -survey prints,
// per table of one application, what a truth writer needs to read
// (comment, uses, mapper and package); -app limits the run to one app.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/cnready/cnready/assess/decompose/corpus"
	"github.com/cnready/cnready/assess/decompose/source"
)

func main() {
	root := flag.String("root", "", "folder holding one checkout per application (required)")
	truths := flag.String("truths", "testdata/decompose/corpus", "folder of truth files")
	app := flag.String("app", "", "score only this application")
	survey := flag.Bool("survey", false, "print per-table evidence of -app (or a checkout folder given as argument) instead of scores")
	detail := flag.Bool("v", false, "print cnready's contexts and the disagreements")
	flag.Parse()
	if err := run(os.Stdout, *root, *truths, *app, *survey, *detail, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "corpusscore:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, root, truthDir, only string, survey, detail bool, args []string) error {
	if survey && len(args) == 1 {
		return surveyApp(w, args[0], nil)
	}
	if root == "" {
		return fmt.Errorf("-root is required")
	}
	files, err := filepath.Glob(filepath.Join(truthDir, "*.yaml"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	if !survey {
		fmt.Fprintln(tw, "app\ttables\tcnready ARI\tMoJoFM\tmapper ARI\tMoJoFM\tpackage ARI\tMoJoFM\tprefix ARI\tMoJoFM\tbest naive\t")
	}
	var sum float64
	n, losses := 0, 0
	for _, f := range files {
		t, err := corpus.ReadTruth(f)
		if err != nil {
			return err
		}
		if only != "" && t.App != only {
			continue
		}
		dir := t.SrcDir(root)
		if survey {
			return surveyApp(w, dir, t)
		}
		r, err := corpus.Run(context.Background(), t, dir)
		if err != nil {
			return err
		}
		best := max(r.Mapper.ARI, r.Package.ARI, r.Prefix.ARI)
		mark := ""
		if r.Cnready.ARI+1e-9 < best {
			mark, losses = " LOSS", losses+1
		}
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.1f\t%.3f\t%.1f\t%.3f\t%.1f\t%.3f\t%.1f\t%.3f%s\t\n", t.App, len(t.Partition()),
			r.Cnready.ARI, r.Cnready.MoJoFM, r.Mapper.ARI, r.Mapper.MoJoFM, r.Package.ARI, r.Package.MoJoFM,
			r.Prefix.ARI, r.Prefix.MoJoFM, best, mark)
		sum += r.Cnready.ARI
		n++
		if gaps := corpus.Gaps(t, r.Model); gaps != "" {
			tw.Flush()
			fmt.Fprintf(w, "  %s: %s\n", t.App, gaps)
		}
		if detail {
			tw.Flush()
			printDetail(w, t, r)
		}
	}
	if n > 0 && !survey {
		fmt.Fprintf(tw, "mean\t\t%.3f\t\t\t\t\t\t\t\t\t\n", sum/float64(n))
	}
	tw.Flush()
	if losses > 0 {
		fmt.Fprintf(w, "%d application(s) where a naive baseline beats cnready\n", losses)
	}
	return nil
}

func printDetail(w io.Writer, t *corpus.Truth, r *corpus.Result) {
	want := t.Partition()
	for _, c := range r.Decomposition.Contexts {
		fmt.Fprintf(w, "  %s (%s, %s): ", c.Name, c.Type, c.Label)
		for _, tb := range c.Tables {
			fmt.Fprintf(w, "%s[%s] ", tb, want[tb])
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "  shared: %s\n", strings.Join(r.Decomposition.SharedTables, " "))
	for _, u := range r.Decomposition.Unassigned {
		fmt.Fprintf(w, "  unassigned %s[%s]: %s\n", u.Table, want[u.Table], u.Reason)
	}
}

// surveyApp prints what a truth writer reads per table: its comment, the
// functions reading and writing it, its top mapper and package.
func surveyApp(w io.Writer, dir string, t *corpus.Truth) error {
	m, err := source.Load(context.Background(), source.Options{Dir: dir})
	if err != nil {
		return err
	}
	mapper, pkg := corpus.MapperBaseline(m), corpus.PackageBaseline(m)
	reads, writes := map[string]int{}, map[string]int{}
	for _, f := range m.Functions {
		for _, x := range f.Reads {
			reads[x]++
		}
		for _, x := range f.Writes {
			writes[x]++
		}
	}
	var want map[string]string
	if t != nil {
		want = t.Partition()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
	fmt.Fprintln(tw, "table\tR\tW\ttruth\tcomment\tmapper\tpackage\t")
	for _, tb := range m.Tables {
		mp := mapper[tb.Name]
		if i := strings.LastIndexByte(mp, '/'); i >= 0 {
			mp = mp[i+1:]
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%s\t%s\t\n", tb.Name, reads[tb.Name], writes[tb.Name], want[tb.Name],
			tb.Comment, mp, strings.TrimPrefix(pkg[tb.Name], "egovframework.com."))
	}
	return tw.Flush()
}
