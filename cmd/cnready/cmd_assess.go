package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/lipgloss/table"
	"github.com/spf13/cobra"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/sanitize"
)

type assessOptions struct {
	jobs   int
	output string
	force  bool
}

func newAssessCmd(a *app) *cobra.Command {
	o := &assessOptions{}
	cmd := withFormats(&cobra.Command{
		Use:   "assess FILE|DIR...",
		Short: "Score Assessment files in batch",
		Long: `Score one or many Assessment files (apiVersion cnready/v1). Directories are walked
for *.yaml and *.yml. Files are processed concurrently; results come in input order.
A bad file never stops the batch: it is reported with its error (file:line) and the
exit status is 1.

Formats: text (default), json (one array, one element per file), yaml, csv (UTF-8
with a BOM so Excel reads Hangul).`,
		Example: `  cnready assess testdata/assess/examples
  cnready assess --format json systems/ > results.json
  cnready assess --format csv -o results.csv systems/`,
		Args: cobra.MinimumNArgs(1),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := a.outputFormat(cmd, o.output)
			if err != nil {
				return err
			}
			if o.jobs < 0 {
				return usagef("--jobs %d: must be 0 (all cores) or more", o.jobs)
			}
			ev, err := a.evaluator()
			if err != nil {
				return err
			}
			results := ev.Batch(cmd.Context(), args, o.jobs)
			write := func(w io.Writer) error {
				switch format {
				case "json", "yaml":
					return writeData(w, format, results)
				case "csv":
					return writeAssessCSV(w, results)
				}
				return a.writeAssessText(w, results)
			}
			if cmd.Context().Err() != nil && o.output != "" && o.output != "-" {
				// A file of partial results would look complete.
				return errInterrupted
			}
			if err := a.writeOutput(cmd, o.output, o.force, write); err != nil {
				return err
			}
			if cmd.Context().Err() != nil {
				return errInterrupted
			}
			if assess.Failed(results) {
				return errFailed
			}
			return nil
		},
	}, "text", "json", "yaml", "csv")
	cmd.Flags().IntVarP(&o.jobs, "jobs", "j", 0, "files assessed at once (0: one per CPU core)")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().BoolVar(&o.force, "force", false, "replace the output file if it exists")
	return cmd
}

// evaluator resolves checklists through the template overlay.
func (a *app) evaluator() (*assess.Evaluator, error) {
	if a.templates == "" {
		return assess.DefaultEvaluator(), nil
	}
	fsys := a.templateFS()
	return &assess.Evaluator{Checklists: func(id string) (*checklist.Checklist, error) {
		return checklist.Resolve(fsys, id)
	}}, nil
}

// writeAssessCSV writes one row per file. The BOM makes Excel read UTF-8.
// Every cell goes through sanitize.CSVCell, so a name or file such as
// =HYPERLINK(...) is shown as text, not run as a formula, and its control
// characters are made visible, since the CSV may well be printed on a
// terminal.
func writeAssessCSV(w io.Writer, results []assess.Result) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := safeCSV{csv.NewWriter(w)}
	// Goal columns follow the first scored checklist; files scored against
	// another checklist leave them empty rather than misalign.
	var goals []checklist.GoalScore
	for _, r := range results {
		if r.Checklist != nil {
			goals = r.Checklist.Categories
			break
		}
	}
	header := []string{"file", "system_id", "system_name", "agency", "checklist_id", "yes", "no", "unknown", "total", "threshold", "verdict"}
	for _, g := range goals {
		header = append(header, "goal:"+g.ID)
	}
	header = append(header, "error")
	if err := cw.Write(header); err != nil {
		return err
	}
	itoa := strconv.Itoa
	for _, r := range results {
		row := make([]string, 0, len(header))
		row = append(row, r.File)
		if r.Checklist == nil {
			row = append(row, make([]string, len(header)-2)...)
			row = append(row, r.Error)
			if err := cw.Write(row); err != nil {
				return err
			}
			continue
		}
		s := r.Checklist
		row = append(row, r.System.ID, r.System.Name, r.System.Agency, s.Checklist,
			itoa(s.Yes), itoa(s.No), itoa(s.Unknown), itoa(s.Total), itoa(s.Threshold), string(s.Verdict))
		for _, g := range goals {
			cell := ""
			for _, c := range s.Categories {
				if c.ID == g.ID {
					cell = fmt.Sprintf("%d/%d", c.Yes, c.Total)
				}
			}
			row = append(row, cell)
		}
		row = append(row, r.Error)
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// safeCSV is a csv.Writer that neutralises formula cells (OWASP) and
// control characters.
type safeCSV struct{ *csv.Writer }

func (c safeCSV) Write(row []string) error {
	safe := make([]string, len(row))
	for i, cell := range row {
		safe[i] = sanitize.CSVCell(sanitize.Text(cell))
	}
	return c.Writer.Write(safe)
}

// writeAssessText prints a table of the assessed systems, then the
// failures one per line, then a summary.
func (a *app) writeAssessText(w io.Writer, results []assess.Result) error {
	st := newStyles(w, a.color(a.io.OutTTY && w == a.io.Out))
	var ok, failed int
	counts := map[checklist.Verdict]int{}
	t := table.New().Border(lipgloss.HiddenBorder()).BorderHeader(false).BorderTop(false).BorderBottom(false).
		Headers("", a.msg("SYSTEM", "시스템"), "Y", "?", a.msg("VERDICT", "판정"), a.msg("GOALS (Y/items)", "목표별 Y")).
		StyleFunc(func(row, col int) lipgloss.Style {
			s := st.r.NewStyle().PaddingRight(1)
			if row == table.HeaderRow {
				return s.Inherit(st.Heading)
			}
			return s
		})
	var errs []assess.Result
	for _, r := range results {
		if r.Error != "" {
			failed++
			errs = append(errs, r)
			continue
		}
		ok++
		s := r.Checklist
		counts[s.Verdict]++
		// Input-derived text is shown with control characters made
		// visible, so a name cannot retitle or repaint the terminal.
		name := sanitize.Line(r.System.ID)
		if r.System.Name != "" {
			name += " " + sanitize.Line(r.System.Name)
		}
		var goals []string
		for _, g := range s.Categories {
			goals = append(goals, fmt.Sprintf("%d/%d", g.Yes, g.Total))
		}
		t.Row(verdictStyle(st, s.Verdict).Render(verdictMark(s.Verdict)), name,
			fmt.Sprintf("%d/%d", s.Yes, s.Total), strconv.Itoa(s.Unknown),
			verdictStyle(st, s.Verdict).Render(a.verdictShort(s.Verdict)), strings.Join(goals, " "))
	}
	if ok > 0 {
		fmt.Fprintln(w, trimRight(t.Render()))
	}
	for _, r := range errs {
		fmt.Fprintf(w, "%s %s\n", st.Bad.Render(a.msg("error:", "오류:")), sanitize.Text(r.Error))
	}
	if len(errs) > 0 {
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, a.summaryLine(ok, failed, counts))
	return nil
}

func (a *app) verdictShort(v checklist.Verdict) string {
	switch v {
	case checklist.Recommended:
		return a.msg("recommended", "도입 권고")
	case checklist.Undetermined:
		return a.msg("undetermined", "판단 보류")
	}
	return a.msg("not recommended", "권고 대상 아님")
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

func (a *app) verdictText(v checklist.Verdict) string {
	switch v {
	case checklist.Recommended:
		return a.msg("cloud-native adoption recommended", "클라우드 네이티브 도입 권고")
	case checklist.Undetermined:
		return a.msg("undetermined: answer the unknown items", "판단 보류: 모름 항목 확인 필요")
	}
	return a.msg("not recommended for now", "현재는 도입 권고 대상 아님")
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
