package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/decompose/source"
	"github.com/cnready/cnready/internal/sanitize"
	"github.com/cnready/cnready/report"
)

type contextsOptions struct {
	src         string
	ddl         []string
	csv         []string
	dialect     string
	output      string
	force       bool
	seed        uint64
	detail      bool
	maxFileSize string
	noDiscovery bool
}

// contextFormats are the formats of `contexts`; the first is the default.
var contextFormats = []string{"text", "json", "yaml", "md", "cml", "mermaid", "dot"}

func newContextsCmd(a *app) *cobra.Command {
	o := &contextsOptions{}
	cmd := withFormats(&cobra.Command{
		Use:   "contexts [ASSESSMENT.yaml] [--src DIR] [--ddl FILE]... [--csv FILE]...",
		Short: "Propose bounded contexts (microservice candidates) from source, schema or declared functions",
		Long: `Propose bounded-context candidates for a monolith from what its code does to its
tables: the functions (controller handlers followed to their MyBatis/iBATIS/JPA
SQL, or business functions declared in an Assessment file) with the tables they
read and write, foreign keys from DDL or a table-definition CSV, and joins.

Input is either an Assessment file with a decomposition section, or --src with
optional --ddl/--csv. Without --ddl/--csv, the DDL and COMMENT ON scripts found in
the tree (script/ddl/<dbms>/, src/main/resources/**, sql/, db/ ...) are read: one
dialect when the schema comes in several (--dialect picks, else Oracle first), and
the text and JSON "input.schema" say what was found and used. Database catalogues
(information_schema, ALL_TAB_COLUMNS, USER_TABLES, DUAL, SYS.*) are never tables.
Only regular files are read: FIFOs, devices and sockets are noted and skipped, and
files over --max-file-size (default 8MiB for source, 64MiB for schema scripts) too.
Files that cannot be parsed are reported on standard error as warnings and skipped;
the exit status is 1 only when nothing usable is left.

How it works: every pair of tables with evidence of belonging together gets the
odds that it does, from weights measured on eleven public applications and three
hand-written ones: statement co-use (Service Cutter's write-write 10, read-write 3,
read-read 3, Jaccard-normalised), being written alike or created (INSERT) by the
same functions - a function creating an order while it updates stock writes both
but creates one -, foreign keys (identifying ones, key in key, more), a shared
table-name family (PMS_, UMS_MEMBER_, COMTNBBS...), shared comment words (Korean
and Chinese compounds are split), the modules and controller or mapper classes
using them (admin/api/web/wx/mobile/batch and layer segments ignored), and a shared
generic kind (codes, identity, files, logs, messages sent). A name family or a key
between tables whose code lives in different modules counts against; usage and
name families say nothing between a generic table and a business one.
Correlation clustering joins two groups when the evidence at least doubles the odds
that their tables share a context, over all their pairs - four-fold when the
code's modules keep them apart; each community is split into connected parts.
Tables nothing uses join the context their keys, names or words point to, or are
listed as unassigned with the reason; a table alone whose every user lives in one
context joins it. Code no controller reaches is followed from its entry points
(action beans, aspects, jobs: methods nobody calls); a handler calling another
handler does not take on what the other reads. The same input always gives
byte-identical output. Contexts of 8 tables or more get a proposed microservice
split (figure 7-6: one context, N services).

` + decompose.HubRule + `

` + decompose.TypeRule + `

Context map: A depends on B when A's functions use tables B owns (upstream-
downstream; open-host when B is generic and used by 3+ contexts); partnership when
both depend on each other; shared kernel when both write the same table, unless B
is generic (writing attachments or logs uses that context, it shares no model).
A function lives in the context owning most of what it uses (writes count three
times); generic tables count only for functions that use nothing else.

` + decompose.MetricsHelp + `

Formats: text (default; a summary, --detail for every table, function and
relationship; --lang ko names contexts in Korean where comments allow), json, yaml
(the stable contract: contexts, shared_tables, unassigned, relationships,
metrics), md (Markdown), cml (Context Mapper), mermaid, dot (Graphviz). With -o and
no --format, the format follows the file extension.`,
		Example: `  cnready contexts --src ./egov-app --ddl db/schema.sql
  cnready contexts --src ./app --csv 테이블정의서.csv --dialect oracle --format json
  cnready contexts system.yaml -o contexts.cml
  cnready contexts system.yaml --format mermaid > map.mmd`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.contextsRun(cmd, o, args)
		},
	}, contextFormats...)
	f := cmd.Flags()
	f.StringVar(&o.src, "src", "", "application source tree (Java, MyBatis/iBATIS mappers, JPA)")
	f.StringArrayVar(&o.ddl, "ddl", nil, "DDL script or folder of *.sql (CREATE TABLE, COMMENT ON, foreign keys); repeatable")
	f.StringArrayVar(&o.csv, "csv", nil, "table-definition CSV or folder of *.csv (테이블 정의서); repeatable")
	f.StringVar(&o.dialect, "dialect", "", "preferred SQL dialect among mapper copies and schema scripts (oracle, tibero, mysql, ...)")
	f.BoolVar(&o.detail, "detail", false, "text: print every table, function, relationship and unassigned reason")
	f.StringVar(&o.maxFileSize, "max-file-size", "", "skip (and note) files larger than `SIZE` (default 8MiB source, 64MiB schema)")
	f.BoolVar(&o.noDiscovery, "no-schema-discovery", false, "do not read DDL/COMMENT scripts found under --src")
	f.StringVarP(&o.output, "output", "o", "", "write to this file instead of standard output")
	f.BoolVar(&o.force, "force", false, "replace the -o file if it exists")
	f.Uint64Var(&o.seed, "seed", 1, "random seed of the microservice splits (Louvain; same seed, same result)")
	_ = cmd.RegisterFlagCompletionFunc("src", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return nil, cobra.ShellCompDirectiveFilterDirs
	})
	_ = cmd.RegisterFlagCompletionFunc("dialect", cobra.FixedCompletions([]string{"oracle", "tibero", "mysql", "mariadb", "postgresql", "cubrid", "altibase", "mssql"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func (a *app) contextsRun(cmd *cobra.Command, o *contextsOptions, args []string) error {
	format, err := a.outputFormat(cmd, o.output)
	if err != nil {
		return err
	}
	flagsGiven := o.src != "" || len(o.ddl) > 0 || len(o.csv) > 0
	switch {
	case len(args) == 1 && flagsGiven:
		return usagef("give an Assessment file or --src/--ddl/--csv, not both")
	case len(args) == 0 && !flagsGiven:
		return usagef("give an Assessment file with a decomposition section, or --src DIR (and --ddl/--csv)")
	case len(args) == 0 && o.dialect != "" && o.src == "":
		return usagef("--dialect needs --src")
	}
	var maxFile int64
	if o.maxFileSize != "" {
		if maxFile, err = parseSize(o.maxFileSize); err != nil {
			return usagef("--max-file-size: %v", err)
		}
	}
	ctx := cmd.Context()
	// The evaluator every command uses, with this command's seed and
	// limits: `contexts FILE` gives what `assess` and `report` show.
	ev, err := a.newEvaluator(assess.Config{
		Decompose: decompose.Options{Seed: o.seed},
		Source:    source.Options{MaxFileSize: maxFile, NoDiscovery: o.noDiscovery, LimitFlag: "--max-file-size"},
	})
	if err != nil {
		return err
	}
	var (
		res   *decompose.Result
		m     *decompose.Model
		title string
	)
	if len(args) == 1 {
		as, err := ev.Load(ctx, args[0])
		if err != nil {
			return err
		}
		if res, m, err = ev.Contexts(ctx, as); err != nil && m == nil {
			if ctx.Err() != nil {
				return errInterrupted
			}
			return fmt.Errorf("%s: %w", args[0], err)
		}
		title = cmp.Or(as.System.Name, as.System.ID)
	} else {
		if res, m, err = ev.ContextsOf(ctx, source.Options{Dir: o.src, DDL: o.ddl, CSV: o.csv, Dialect: o.dialect,
			MaxFileSize: maxFile, NoDiscovery: o.noDiscovery}); err != nil && m == nil {
			if ctx.Err() != nil {
				return errInterrupted
			}
			return err
		}
		title = filepath.Base(filepath.Clean(o.src))
		if o.src == "" {
			title = "schema"
		}
	}
	if err != nil {
		if ctx.Err() != nil {
			return errInterrupted
		}
		for _, p := range m.Problems {
			fmt.Fprintln(a.io.Err, "warning: "+sanitize.Line(p))
		}
		if errors.Is(err, decompose.ErrNoTables) {
			// Nothing usable: say why, exit 1.
			fmt.Fprintln(a.io.Err, "cnready: "+a.errLine(err))
			return errFailed
		}
		return err
	}
	for _, p := range res.Problems {
		fmt.Fprintln(a.io.Err, "warning: "+sanitize.Line(p))
	}
	write := func(w io.Writer) error {
		switch format {
		case "json", "yaml":
			return writeData(w, format, res)
		case "md":
			return report.WriteContextsMarkdown(w, res, title)
		case "cml":
			return report.WriteContextsCML(w, res, title)
		case "mermaid":
			return report.WriteContextsMermaid(w, res)
		case "dot":
			return report.WriteContextsDOT(w, res)
		}
		st := a.stdoutStyles()
		if o.output != "" && o.output != "-" {
			st = newStyles(w, false)
		}
		return writeContextsText(w, st, res, contextsView{title: title, detail: o.detail, korean: a.lang == "ko"})
	}
	if err := a.writeOutput(cmd, o.output, o.force, write); err != nil {
		return err
	}
	if ctx.Err() != nil {
		return errInterrupted
	}
	return nil
}
