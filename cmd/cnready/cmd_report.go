package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/report"
	"github.com/cnready/cnready/templates"
)

// reportOptions are the flags and arguments of `cnready report`.
type reportOptions struct {
	Paths     []string
	Output    string
	Force     bool
	Portfolio bool
	Example   bool
	Date      string
	Jobs      int
}

func newReportCmd(a *app) *cobra.Command {
	o := &reportOptions{}
	cmd := withFormats(&cobra.Command{
		Use:   "report ASSESSMENT.yaml | --portfolio DIR|FILE... | --example",
		Short: "Write the procurement plan (발주 계획) of a system or a portfolio: PDF, Markdown, HTML or JSON",
		Long: `Report writes the draft procurement plan (클라우드 네이티브 전환 사업 발주 계획(안)) an agency
takes to its procurement office, in the form of the NIA 발주자 안내서: project overview,
current state and problems, the self-diagnosis with the expert criteria, the 7R
strategy and maturity, the MSA candidates, 사업 추진 방향성 and 사업 범위, a function-point
estimate, the requirement summary and one 상세 요구사항 sheet per requirement, and the
evidence behind every claim (files and lines, never their contents).

--portfolio takes many assessments: a summary in priority order, then one page per
system; files that fail are listed with their errors (exit status 1).
--example renders the built-in example (templates/example): 민원포털 on WebtoB–JEUS–Tibero.

The format follows -o's extension (.pdf, .md, .html, .json) or --format. Korean by
regardless of the locale (--lang en for English); --date fixes the date so the output is
byte-identical.`,
		Example: `  cnready report --example -o plan.pdf
  cnready report system.yaml -o plan.pdf
  cnready report system.yaml --lang en -o plan.html
  cnready report --portfolio systems/ -o portfolio.pdf`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			return reportRun(cmd.Context(), a, cmd, o)
		},
	}, "pdf", "md", "html", "json")
	f := cmd.Flags()
	f.StringVarP(&o.Output, "output", "o", "", "write to `FILE` (format from its extension: .pdf .md .html .json)")
	f.BoolVar(&o.Force, "force", false, "replace the output file if it exists")
	f.BoolVar(&o.Portfolio, "portfolio", false, "one plan for all the assessments given (files or folders)")
	f.BoolVar(&o.Example, "example", false, "render the built-in example system")
	f.StringVar(&o.Date, "date", "", "date printed in the plan, `YYYY-MM-DD` (default: today)")
	f.IntVarP(&o.Jobs, "jobs", "j", 0, "assessments evaluated at once for --portfolio (0: one per CPU core)")
	a.inputLimitFlag(cmd)
	return cmd
}

func reportRun(ctx context.Context, a *app, cmd *cobra.Command, o *reportOptions) error {
	format, err := a.outputFormat(cmd, o.Output)
	if err != nil {
		return err
	}
	switch {
	case o.Example && (o.Portfolio || len(o.Paths) > 0):
		return usagef("--example takes no assessment and no --portfolio")
	case !o.Example && len(o.Paths) == 0:
		return usagef("report needs an ASSESSMENT file, --portfolio DIR|FILE..., or --example")
	case !o.Example && !o.Portfolio && len(o.Paths) > 1:
		return usagef("report takes one ASSESSMENT file; for several, use --portfolio")
	}
	// A plan is for a Korean procurement office: Korean unless --lang
	// asks otherwise, whatever the locale. Messages still follow the
	// locale: the document's language is set while its parts are made.
	msgLang := a.lang
	if f := cmd.Flag("lang"); f == nil || !f.Changed {
		a.lang = "ko"
	}
	if format == "pdf" && (o.Output == "" || o.Output == "-") && a.io.OutTTY {
		return usagef("a PDF is not for the terminal: write it with -o FILE.pdf (or choose --format md)")
	}
	date := o.Date
	if date == "" {
		date = time.Now().Format("2006-01-02")
	} else if _, err := time.Parse("2006-01-02", date); err != nil {
		return usagef("--date %q: use YYYY-MM-DD", date)
	}
	prose, err := report.LoadProse(a.templateFS(), a.lang)
	if err != nil {
		return err
	}
	ev, err := a.evaluator()
	if err != nil {
		return err
	}
	a.lang = msgLang
	opts := report.Options{Date: date, Version: buildVersion().Version}
	progress := a.newProgress()
	defer progress.done()

	var doc *report.Document
	failed := false
	switch {
	case o.Example:
		dir, err := extractExample(a.templateFS())
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		progress.step(a.msg("evaluating the example", "예시 평가 중"))
		r := ev.File(ctx, filepath.Join(dir, "assessment.yaml"))
		if r.Err != nil {
			return r.Err
		}
		doc = report.Plan(r.Evaluation, prose, opts)
	case o.Portfolio:
		inputs := assess.Expand(o.Paths)
		total := len(inputs)
		if total > report.MaxPortfolio {
			return fmt.Errorf(a.msg("%d assessments: a portfolio plan holds at most %d systems (a page each); split the folder, or list them all with 'cnready assess --format csv'",
				"진단 파일 %d개: 포트폴리오 계획서는 시스템 %d개까지 담습니다(시스템마다 한 쪽). 폴더를 나누거나 'cnready assess --format csv'로 전체 목록을 만드십시오"), total, report.MaxPortfolio)
		}
		var results []assess.Result
		// Each system is kept slimmed to what the portfolio reads.
		err := assess.EachInput(ctx, ev, inputs, o.Jobs, report.ForPortfolio, func(_ assess.Result, r assess.Result) error {
			results = append(results, r)
			progress.count(len(results), total)
			if r.Err != nil {
				failed = true
				fmt.Fprintln(a.io.Err, "cnready: "+a.errLine(r.Err))
			}
			return nil
		})
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return errInterrupted
		}
		doc = report.Portfolio(results, prose, opts)
	default:
		progress.step(a.msg("evaluating "+o.Paths[0], o.Paths[0]+" 평가 중"))
		r := ev.File(ctx, o.Paths[0])
		if r.Err != nil {
			return r.Err
		}
		doc = report.Plan(r.Evaluation, prose, opts)
	}
	if ctx.Err() != nil {
		return errInterrupted
	}
	progress.step(a.msg("writing the "+format, format+" 작성 중"))
	if err := a.writeOutput(cmd, o.Output, o.Force, func(w io.Writer) error {
		return report.Write(w, format, doc, a.templateFS())
	}); err != nil {
		return err
	}
	if o.Output != "" && o.Output != "-" {
		progress.done()
		fmt.Fprintf(a.io.Err, a.msg("Wrote %s\n", "%s 에 저장했습니다\n"), o.Output)
	}
	if failed {
		return errFailed
	}
	return nil
}

// oneLine joins a multi-line error into one line.

// extractExample copies the built-in example to a temporary folder, as the
// scanner and the source reader work on files.
func extractExample(tmpl fs.FS) (string, error) {
	sub, err := fs.Sub(tmpl, templates.ExampleDir)
	if err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp("", "cnready-example-")
	if err != nil {
		return "", err
	}
	if err := os.CopyFS(dir, sub); err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("extracting the example: %w", err)
	}
	return dir, nil
}

// progress reports on standard error what a long run is doing, once it
// has taken more than a moment, and only to a terminal: the current step
// with a spinner, or a bar for a portfolio.
type progress struct {
	a     *app
	mu    sync.Mutex
	line  string
	shown bool
	stop  chan struct{}
	ended sync.Once
}

func (a *app) newProgress() *progress {
	p := &progress{a: a, stop: make(chan struct{})}
	if a.io.ErrTTY {
		go p.run()
	}
	return p
}

// run redraws the line every 150 ms once 700 ms have passed.
func (p *progress) run() {
	select {
	case <-time.After(700 * time.Millisecond):
	case <-p.stop:
		return
	}
	spin := `|/-\`
	tick := time.NewTicker(150 * time.Millisecond)
	defer tick.Stop()
	for i := 0; ; i++ {
		p.mu.Lock()
		if p.line != "" {
			fmt.Fprintf(p.a.io.Err, "\r\033[K%c %s", spin[i%len(spin)], p.line)
			p.shown = true
		}
		p.mu.Unlock()
		select {
		case <-tick.C:
		case <-p.stop:
			return
		}
	}
}

// step says what is being done now.
func (p *progress) step(what string) {
	p.mu.Lock()
	p.line = what + "…"
	p.mu.Unlock()
}

// count shows a bar: [#########-----------] 45/100.
func (p *progress) count(n, total int) {
	if total == 0 {
		return
	}
	const width = 30
	done := width * n / total
	p.mu.Lock()
	p.line = fmt.Sprintf("[%s%s] %d/%d", strings.Repeat("#", done), strings.Repeat("-", width-done), n, total)
	p.mu.Unlock()
}

// done stops the display and clears its line.
func (p *progress) done() {
	p.ended.Do(func() { close(p.stop) })
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.a.io.Err, "\r\033[K")
		p.shown = false
	}
	p.line = ""
}
