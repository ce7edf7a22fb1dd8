package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/sanitize"
)

// WriteAssessCSV writes one row per assessed file: the system, the score,
// the decision's strategy, maturity, priority and estimate, the goals. The
// BOM makes Excel read UTF-8. Every cell goes through sanitize.CSVCell, so
// a name or file such as =HYPERLINK(...) is shown as text, not run as a
// formula, and its control characters are made visible, since the CSV may
// well be printed on a terminal.
func WriteAssessCSV(w io.Writer, results []assess.Summary) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := safeCSV{csv.NewWriter(w)}
	// Goal columns follow the first scored checklist; files scored against
	// another checklist leave them empty rather than misalign.
	var goals []checklist.GoalScore
	for _, r := range results {
		if r.Err == nil {
			goals = r.Score.Categories
			break
		}
	}
	header := []string{"file", "system_id", "system_name", "agency", "checklist_id", "yes", "no", "unknown", "total", "threshold", "verdict",
		"strategy", "runner_up", "maturity", "maturity_target", "priority", "fp", "estimated_amount_krw", "requirements"}
	for _, g := range goals {
		header = append(header, "goal:"+g.ID)
	}
	header = append(header, "error")
	if err := cw.Write(header); err != nil {
		return err
	}
	itoa := strconv.Itoa
	row := make([]string, 0, len(header))
	for _, r := range results {
		row = append(row[:0], r.File)
		if r.Err != nil {
			row = append(row, make([]string, len(header)-2)...)
			row = append(row, r.Error())
		} else {
			s := &r.Score
			fp, amount := "", ""
			if r.Estimated {
				fp, amount = strconv.FormatFloat(r.FP, 'f', -1, 64), strconv.FormatInt(r.Amount, 10)
			}
			row = append(row, r.System.ID, r.System.Name, r.System.Agency, s.Checklist,
				itoa(s.Yes), itoa(s.No), itoa(s.Unknown), itoa(s.Total), itoa(s.Threshold), string(s.Verdict),
				r.Strategy, r.RunnerUp, itoa(r.Maturity), itoa(r.TargetLevel), itoa(r.Priority),
				fp, amount, itoa(r.Requirements))
			for _, g := range goals {
				cell := ""
				for _, c := range s.Categories {
					if c.ID == g.ID {
						cell = fmt.Sprintf("%d/%d", c.Yes, c.Total)
					}
				}
				row = append(row, cell)
			}
			row = append(row, "")
		}
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
