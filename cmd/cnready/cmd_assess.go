package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/lipgloss/table"
	"github.com/spf13/cobra"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/jsonw"
	"github.com/cnready/cnready/internal/sanitize"
	"github.com/cnready/cnready/report"
	"github.com/cnready/cnready/templates"
)

// assessOptions are the flags and arguments of `cnready assess`.
type assessOptions struct {
	Paths       []string
	Jobs        int
	Output      string
	Force       bool
	Explain     bool
	Sort        string
	MaxFileSize string
	// inputs are Paths expanded, once.
	inputs []assess.Input
}

func newAssessCmd(a *app) *cobra.Command {
	o := &assessOptions{}
	cmd := withFormats(&cobra.Command{
		Use:   "assess FILE|DIR...",
		Short: "Assess systems in batch: checklist score, criteria, strategy, requirements, estimate",
		Long: `Assess one or many Assessment files (apiVersion cnready/v1). Directories are walked
for *.yaml and *.yml. Files are processed concurrently; results come in input order.
A bad file never stops the batch: it is reported with its error (file:line) and the
exit status is 1.

Each system gets its checklist verdict and a decision: the three expert criteria,
its maturity level, a 7R strategy, checklist answers the evidence supports, the RFP
requirements it needs, a function-point estimate and a portfolio priority. The
rules are data under templates/decision (override with --templates).

Formats: text (default; --explain for one system's decision in full), json (one
array, one element per file), yaml, csv (UTF-8 with a BOM so Excel reads Hangul;
cells a spreadsheet would run as formulas are prefixed with ').`,
		Example: `  cnready assess testdata/assess/examples
  cnready assess --sort priority systems/
  cnready assess templates/example/assessment.yaml --explain
  cnready assess --format json systems/ > results.json
  cnready assess -o results.csv systems/`,
		Args: cobra.MinimumNArgs(1),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			return assessRun(cmd.Context(), a, cmd, o)
		},
	}, "text", "json", "yaml", "csv")
	f := cmd.Flags()
	f.IntVarP(&o.Jobs, "jobs", "j", 0, "files assessed at once (0: one per CPU core)")
	f.StringVarP(&o.Output, "output", "o", "", "write to this file instead of standard output")
	f.BoolVar(&o.Force, "force", false, "replace the output file if it exists")
	f.BoolVar(&o.Explain, "explain", false, "print one system's decision in full: criteria, strategy rules, suggestions, requirements, estimate")
	f.StringVar(&o.Sort, "sort", "input", "order of the systems: input or priority")
	a.inputLimitFlag(cmd)
	f.StringVar(&o.MaxFileSize, "max-file-size", "1MiB", "largest Assessment file read (`SIZE`, e.g. 4MiB); an Assessment is small, and a larger one could hold enough declared tables to exhaust memory")
	_ = cmd.RegisterFlagCompletionFunc("sort", cobra.FixedCompletions([]string{"input", "priority"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func assessRun(ctx context.Context, a *app, cmd *cobra.Command, o *assessOptions) error {
	format, err := a.outputFormat(cmd, o.Output)
	if err != nil {
		return err
	}
	if o.Jobs < 0 {
		return usagef("--jobs %d: must be 0 (all cores) or more", o.Jobs)
	}
	if o.Sort != "input" && o.Sort != "priority" {
		return usagef("--sort %q: use input or priority", o.Sort)
	}
	if o.Explain && (len(o.Paths) != 1 || format == "csv") {
		return usagef("--explain takes one Assessment FILE and the text, json or yaml format")
	}
	max, err := parseSize(o.MaxFileSize)
	if err != nil {
		return usagef("--max-file-size: %v", err)
	}
	ev, err := a.newEvaluator(assess.Config{MaxFileSize: max, Explain: o.Explain})
	if err != nil {
		return err
	}
	// Walked once: the count decides the error, the list is evaluated.
	o.inputs = assess.Expand(o.Paths)
	if len(o.inputs) == 0 {
		return fmt.Errorf(a.msg("no Assessment file (*.yaml, *.yml) in %s", "%s 에 Assessment 파일(*.yaml, *.yml)이 없습니다"), strings.Join(o.Paths, ", "))
	}
	if (format == "json" || format == "yaml") && !o.Explain {
		return a.streamAssess(ctx, cmd, ev, o, format)
	}
	// Tables (text, CSV) keep a summary per system; --explain needs the
	// whole evaluation of its one file.
	var results []assess.Result
	var rows []assess.Summary
	if o.Explain {
		results = ev.Batch(ctx, o.Paths, o.Jobs)
		if len(results) != 1 {
			return usagef("--explain takes one Assessment FILE; %s holds %d", o.Paths[0], len(results))
		}
		rows = []assess.Summary{results[0].Summary()}
	} else {
		rows = assess.Summaries(ctx, ev, o.inputs, o.Jobs)
		if o.Sort == "priority" {
			sortSummaries(rows)
		}
	}
	write := func(w io.Writer) error {
		switch format {
		case "json", "yaml":
			return writeData(w, format, results)
		case "csv":
			return report.WriteAssessCSV(w, rows)
		}
		if o.Explain {
			return a.writeExplain(w, results[0])
		}
		return a.writeAssessText(w, rows)
	}
	if ctx.Err() != nil && o.Output != "" && o.Output != "-" {
		// A file of partial results would look complete.
		return errInterrupted
	}
	if err := a.writeOutput(cmd, o.Output, o.Force, write); err != nil {
		return err
	}
	if ctx.Err() != nil {
		return errInterrupted
	}
	var first error
	n := 0
	for _, r := range rows {
		if r.Err != nil {
			if first == nil {
				first = r.Err
			}
			n++
		}
	}
	if n > 0 {
		if format != "text" {
			a.failureSummary(n, len(rows), first)
		}
		return errFailed
	}
	return nil
}

// failureSummary tells on standard error, in one line, that machine-readable
// output holds failures: the count and the first.
func (a *app) failureSummary(failed, total int, first error) {
	fmt.Fprintf(a.io.Err, a.msg("cnready: %d of %d files failed; the first: %s\n", "cnready: 파일 %[2]d개 중 %[1]d개 실패; 첫 번째: %[3]s\n"),
		failed, total, a.errLine(first))
}

// streamAssess writes JSON or YAML as results come: each element is
// encoded by the worker that evaluated it, in parallel, and written in
// input order, so a batch of any size runs in flat memory.
func (a *app) streamAssess(ctx context.Context, cmd *cobra.Command, ev *assess.Evaluator, o *assessOptions, format string) error {
	failed := 0
	var firstErr error
	var n int
	// Indented for a person at a terminal; otherwise one system per line
	// (as gh and jq -c do): a batch file a third smaller and quicker to
	// write, still one grep or diff line per system.
	pool, indent := &lineWriters, ""
	if a.io.OutTTY && (o.Output == "" || o.Output == "-") {
		pool, indent = &writers, "  "
	}
	// each runs the batch, handing emit each result's summary and its
	// element, in order, as the evaluator writes them (EachJSON, EachYAML:
	// the decisions are not filled first).
	each := func(emit func(assess.Summary, io.WriterTo) error) error {
		if format == "json" {
			return assess.EachJSON(ctx, ev, o.inputs, o.Jobs, func() *jsonw.Writer {
				jw := pool.Get().(*jsonw.Writer)
				jw.Reset()
				return jw
			}, func(s assess.Summary, jw *jsonw.Writer) error {
				defer pool.Put(jw)
				return emit(s, jw)
			})
		}
		return assess.EachYAML(ctx, ev, o.inputs, o.Jobs, func(s assess.Summary, b []byte) error {
			return emit(s, bytes.NewReader(b))
		})
	}
	// By priority, each element is encoded as it comes and parked in a
	// temporary file, then copied out in order: memory stays flat however
	// many systems there are (holding every evaluation to sort took some
	// 50 KB a system).
	var spill *os.File
	type parked struct {
		prio     int
		off, len int64
	}
	var order []parked
	if o.Sort == "priority" {
		f, err := os.CreateTemp("", "cnready-assess-*")
		if err != nil {
			return err
		}
		defer os.Remove(f.Name())
		defer f.Close()
		spill = f
	}
	write := func(out io.Writer) error {
		w := bufio.NewWriterSize(out, 64<<10)
		defer w.Flush()
		var off int64
		// An element is written out once, from where it was encoded (a
		// JSON element's shared parts are not copied into it first).
		put := func(el io.WriterTo) error {
			var sep string
			if format == "json" {
				if n == 0 {
					sep = "[\n" + indent
				} else {
					sep = ",\n" + indent
				}
			} else {
				sep = ""
			}
			n++
			if _, err := io.WriteString(w, sep); err != nil {
				return err
			}
			_, err := el.WriteTo(w)
			return err
		}
		err := each(func(r assess.Summary, el io.WriterTo) error {
			if r.Err != nil {
				if failed == 0 {
					firstErr = r.Err
				}
				failed++
			}
			if spill == nil {
				return put(el)
			}
			prio := -1 // failures last
			if r.Err == nil {
				prio = r.Priority
			}
			size, err := el.WriteTo(spill)
			if err != nil {
				return err
			}
			order = append(order, parked{prio, off, size})
			off += size
			return nil
		})
		if err != nil {
			return err
		}
		if spill != nil {
			slices.SortStableFunc(order, func(x, y parked) int { return y.prio - x.prio })
			var buf []byte
			var rd bytes.Reader
			for _, p := range order {
				buf = slices.Grow(buf[:0], int(p.len))[:p.len]
				if _, err := spill.ReadAt(buf, p.off); err != nil {
					return err
				}
				rd.Reset(buf)
				if err := put(&rd); err != nil {
					return err
				}
			}
		}
		if format == "json" {
			closing := "\n]\n"
			if n == 0 {
				closing = "[]\n"
			}
			_, err = io.WriteString(w, closing)
		} else if n == 0 {
			_, err = io.WriteString(w, "[]\n")
		}
		if err != nil {
			return err
		}
		return w.Flush()
	}
	if ctx.Err() != nil && o.Output != "" && o.Output != "-" {
		return errInterrupted
	}
	if err := a.writeOutput(cmd, o.Output, o.Force, write); err != nil {
		return err
	}
	if ctx.Err() != nil {
		return errInterrupted
	}
	if failed > 0 {
		a.failureSummary(failed, n, firstErr)
		return errFailed
	}
	return nil
}

// writers are reused across results: an element is about 10 KB and growing
// a fresh buffer for each cost more than encoding it.
var writers = sync.Pool{New: func() any {
	w := jsonw.New("  ", "  ")
	w.Grow(32 << 10)
	return w
}}

// lineWriters write an element on one line.
var lineWriters = sync.Pool{New: func() any {
	w := jsonw.New("", "")
	w.Grow(16 << 10)
	return w
}}

// sortSummaries puts the highest priority first; failures go last, each
// group keeping input order.
func sortSummaries(rs []assess.Summary) {
	slices.SortStableFunc(rs, func(x, y assess.Summary) int {
		px, py := -1, -1
		if x.Err == nil {
			px = x.Priority
		}
		if y.Err == nil {
			py = y.Priority
		}
		return py - px
	})
}

// evaluator builds the Evaluator of this run from the root flags: the
// templates overlay and the language.
func (a *app) evaluator() (*assess.Evaluator, error) { return a.newEvaluator(assess.Config{}) }

// newEvaluator is evaluator with a command's own settings (file limits,
// explanation) and the --max-input-size of those that have it.
func (a *app) newEvaluator(cfg assess.Config) (*assess.Evaluator, error) {
	cfg.Templates, cfg.Lang = a.templateFS(), a.lang
	if a.maxInput != "" {
		n, err := parseSize(a.maxInput)
		if err != nil {
			return nil, usagef("--max-input-size: %v", err)
		}
		cfg.Scan.MaxFileSize, cfg.Source.MaxFileSize = n, n
	}
	if cfg.Source.LimitFlag == "" {
		cfg.Source.LimitFlag = "--max-input-size"
	}
	return assess.NewEvaluator(cfg)
}

// writeAssessText prints a table of the assessed systems, then the
// failures one per line, then a summary.
func (a *app) writeAssessText(w io.Writer, results []assess.Summary) error {
	st := newStyles(w, a.color(a.io.OutTTY && w == a.io.Out))
	var ok, failed int
	counts := map[checklist.Verdict]int{}
	t := table.New().Border(lipgloss.HiddenBorder()).BorderHeader(false).BorderTop(false).BorderBottom(false).
		Headers("", a.msg("SYSTEM", "시스템"), "Y", "?", a.msg("VERDICT", "판정"), a.msg("STRATEGY", "전략"),
			a.msg("MATURITY", "성숙도"), a.msg("PRIO", "우선"), a.msg("GOALS (Y/items)", "목표별 Y")).
		StyleFunc(func(row, col int) lipgloss.Style {
			s := st.r.NewStyle().PaddingRight(1)
			if row == table.HeaderRow {
				return s.Inherit(st.Heading)
			}
			return s
		})
	var errs []assess.Summary
	assumed := false
	for _, r := range results {
		if r.Err != nil {
			failed++
			errs = append(errs, r)
			continue
		}
		ok++
		s := r.Score
		counts[s.Verdict]++
		name := r.System.ID
		if r.System.Name != "" {
			name += " " + r.System.Name
		}
		var goals []string
		for _, g := range s.Categories {
			goals = append(goals, fmt.Sprintf("%d/%d", g.Yes, g.Total))
		}
		mat := fmt.Sprintf("L%d→L%d", r.Maturity, r.TargetLevel)
		if r.MaturityAssumed {
			mat = fmt.Sprintf("L%d?→L%d", r.Maturity, r.TargetLevel)
			assumed = true
		}
		t.Row(verdictStyle(st, s.Verdict).Render(verdictMark(s.Verdict)), sanitize.Line(name),
			fmt.Sprintf("%d/%d", s.Yes, s.Total), strconv.Itoa(s.Unknown),
			verdictStyle(st, s.Verdict).Render(a.verdictShort(s.Verdict)), r.Strategy, mat,
			strconv.Itoa(r.Priority), strings.Join(goals, " "))
	}
	if ok > 0 {
		fmt.Fprintln(w, trimRight(t.Render()))
	}
	for _, r := range errs {
		fmt.Fprintf(w, "%s %s\n", st.Bad.Render(a.msg("error:", "오류:")), a.errLine(r.Err))
	}
	if len(errs) > 0 {
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, a.summaryLine(ok, failed, counts))
	if assumed {
		fmt.Fprintln(w, st.Dim.Render(a.msg("L0?: maturity assumed (no inventory or source).", "L0?: 인벤토리·소스가 없어 가정한 성숙도.")))
	}
	if ok > 0 {
		fmt.Fprintln(w, st.Dim.Render(a.msg("One system's decision in full: cnready assess FILE --explain",
			"한 시스템의 판단 근거 전체: cnready assess FILE --explain")))
	}
	return nil
}

// verdictShort and verdictText word a verdict from the plan's prose
// (templates/plan), so the terminal and the documents say the same.
func (a *app) verdictShort(v checklist.Verdict) string {
	return a.prose().Diagnosis.VerdictsShort[string(v)]
}

func (a *app) verdictText(v checklist.Verdict) string { return a.prose().Diagnosis.Verdicts[string(v)] }

// prose is the plan's text in the language of this run: the --templates
// overlay's, or the built-in one when the overlay's cannot be read.
func (a *app) prose() *report.Prose {
	if a.proseCache != nil && a.proseCache.Lang == a.lang {
		return a.proseCache
	}
	p, err := report.LoadProse(a.templateFS(), a.lang)
	if err != nil {
		if p, err = report.LoadProse(templates.Builtin(), a.lang); err != nil {
			panic("built-in plan prose: " + err.Error())
		}
	}
	a.proseCache = p
	return p
}

func verdictMark(v checklist.Verdict) string {
	switch v {
	case checklist.Recommended:
		return "✔"
	case checklist.Undetermined:
		return "?"
	}
	return "·"
}

func verdictStyle(st *styles, v checklist.Verdict) lipgloss.Style {
	switch v {
	case checklist.Recommended:
		return st.Good
	case checklist.Undetermined:
		return st.Warn
	}
	return st.Dim
}

// msg picks the English or Korean form of a short message.
func (a *app) msg(en, ko string) string {
	if a.lang == "ko" {
		return ko
	}
	return en
}

func (a *app) countLine(s *checklist.Score) string {
	line := fmt.Sprintf(a.msg("%d of %d Y (rule: %d or more) — %s", "Y %d개 / %d개 (기준 %d개 이상) — %s"),
		s.Yes, s.Total, s.Threshold, a.verdictText(s.Verdict))
	if s.Unknown > 0 {
		line += fmt.Sprintf(a.msg(", %d unknown", ", 모름 %d개"), s.Unknown)
	}
	return line
}

func (a *app) goalName(g checklist.GoalScore) string {
	if a.lang == "en" && g.NameEn != "" {
		return g.NameEn
	}
	return g.Name
}

func (a *app) summaryLine(ok, failed int, counts map[checklist.Verdict]int) string {
	return fmt.Sprintf(a.msg("%d assessed, %d failed: %d recommended, %d undetermined, %d not recommended",
		"진단 %d건, 오류 %d건: 도입 권고 %d, 판단 보류 %d, 권고 대상 아님 %d"),
		ok, failed, counts[checklist.Recommended], counts[checklist.Undetermined], counts[checklist.NotRecommended])
}

// trimRight drops the padding lipgloss leaves at the end of each line.
func trimRight(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
