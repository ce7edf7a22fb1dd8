package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/assess/decision"
	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/sanitize"
)

// evidenceOptions are the inputs the evidence-based suggestions read:
// collected configuration or scans, and a source tree.
type evidenceOptions struct {
	scan []string
	src  string
}

func (e *evidenceOptions) flags(a *app, cmd *cobra.Command) {
	a.inputLimitFlag(cmd)
	cmd.Flags().StringArrayVar(&e.scan, "scan", nil, "collected configuration, archive or scan (`PATH`, repeatable) to suggest answers from")
	cmd.Flags().StringVar(&e.src, "src", "", "application source tree (`DIR`) to suggest answers from")
}

func (e *evidenceOptions) given() bool { return len(e.scan) > 0 || e.src != "" }

// attach adds the --scan and --src inputs to asm's sections, as absolute
// paths: where the assessment will be saved is not known yet (relativeTo
// rewrites them then).
func (e *evidenceOptions) attach(asm *assess.Assessment) {
	abs := func(p string) string {
		if a, err := filepath.Abs(p); err == nil {
			return a
		}
		return p
	}
	if len(e.scan) > 0 {
		inv := &assess.InventorySpec{}
		if asm.Inventory != nil {
			*inv = *asm.Inventory
		}
		for _, p := range e.scan {
			inv.Files = append(inv.Files, abs(p))
		}
		asm.Inventory = inv
	}
	if e.src != "" {
		dec := &assess.DecompositionSpec{}
		if asm.Decomposition != nil {
			*dec = *asm.Decomposition
		}
		dec.Source = abs(e.src)
		asm.Decomposition = dec
	}
}

// relativeTo rewrites the absolute paths of asm's sections relative to
// dir, the folder the file is saved in, so the file can move with them.
func relativeTo(asm *assess.Assessment, dir string) {
	base, err := filepath.Abs(dir)
	if err != nil {
		return
	}
	rel := func(p string) string {
		if !filepath.IsAbs(p) {
			return p
		}
		if r, err := filepath.Rel(base, p); err == nil {
			return filepath.ToSlash(r)
		}
		return p
	}
	if asm.Inventory != nil {
		inv := *asm.Inventory
		inv.Files = append([]string(nil), inv.Files...)
		for i, f := range inv.Files {
			inv.Files[i] = rel(f)
		}
		asm.Inventory = &inv
	}
	if asm.Decomposition != nil && asm.Decomposition.Source != "" {
		dec := *asm.Decomposition
		dec.Source = rel(dec.Source)
		asm.Decomposition = &dec
	}
}

// suggestionsFor evaluates asm (its answers so far, its inventory and
// decomposition sections) and returns the suggestions by item.
func suggestionsFor(ctx context.Context, ev *assess.Evaluator, asm *assess.Assessment) (map[int]decision.Suggestion, error) {
	if asm.Inventory == nil && asm.Decomposition == nil {
		return nil, nil
	}
	r, err := ev.Evaluate(ctx, asm)
	if err != nil {
		return nil, err
	}
	out := map[int]decision.Suggestion{}
	for _, s := range r.Decision.Suggestions {
		out[s.Item] = s
	}
	return out, nil
}

// suggestionLine words a suggestion beside its question: the answer, why,
// and the first piece of evidence.
func (a *app) suggestionLine(s decision.Suggestion) string {
	line := fmt.Sprintf(a.msg("Suggested from the evidence: %s — %s", "증거 기반 제안: %s — %s"), s.Answer, s.Why)
	if len(s.Evidence) > 0 {
		line += " (" + evidenceLine(s.Evidence[0]) + ")"
	}
	return sanitize.Line(line)
}

func newChecklistSuggestCmd(a *app) *cobra.Command {
	ev := &evidenceOptions{}
	var from string
	cmd := withFormats(&cobra.Command{
		Use:   "suggest --scan PATH... --src DIR [--from FILE]",
		Short: "Suggest checklist answers from scanned configuration and source (CI/CD, boundaries, coupling, single points of failure)",
		Long: `Suggest prints the checklist answers the evidence supports, each with the files and
lines behind it: item 9 from CI/CD pipelines and deployment scripts (none found
suggests Y), item 6 from how cleanly the source splits into bounded contexts,
item 8 from its coupling and size, item 2 from single points of failure (one WAS,
no load balancing, one DBMS). With --from, each suggestion says whether it agrees
with the answer given; suggestions never change an answer.`,
		Example: `  cnready checklist suggest --scan collected/ --src ./src
  cnready checklist suggest --from minwon-portal.yaml --src ./src --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := a.outputFormat(cmd, "")
			if err != nil {
				return err
			}
			if !ev.given() && from == "" {
				return usagef("suggest needs --scan PATH or --src DIR (or --from an Assessment with inventory or decomposition)")
			}
			e, err := a.evaluator()
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			asm := assess.New(assess.System{ID: "suggest"}, "")
			if from != "" {
				if asm, err = e.Load(ctx, from); err != nil {
					return err
				}
			}
			ev.attach(asm)
			r, err := e.Evaluate(ctx, asm)
			if err != nil {
				return err
			}
			sugs := r.Decision.Suggestions
			if format != "text" {
				return writeData(cmd.OutOrStdout(), format, sugs)
			}
			return a.writeSuggestions(cmd.OutOrStdout(), r.Definition, sugs)
		},
	}, "text", "json", "yaml")
	ev.flags(a, cmd)
	cmd.Flags().StringVar(&from, "from", "", "Assessment whose answers the suggestions are compared with (and whose sections they read)")
	return cmd
}

func (a *app) writeSuggestions(w io.Writer, cl *checklist.Checklist, sugs []decision.Suggestion) error {
	st := newStyles(w, a.color(a.io.OutTTY && w == a.io.Out))
	width := a.textWidth(w)
	if len(sugs) == 0 {
		fmt.Fprintln(w, a.msg("No suggestion: the evidence given bears on none of the items.", "제안 없음: 주어진 근거로 판단할 수 있는 문항이 없습니다."))
		return nil
	}
	for _, s := range sugs {
		status, style := a.msg("unanswered", "미응답"), st.Dim
		if s.Agrees != nil && *s.Agrees {
			status, style = a.msg("agrees with the answer", "답변과 일치"), st.Good
		} else if s.Agrees != nil {
			status, style = fmt.Sprintf(a.msg("DISAGREES with the answer %s", "답변 %s 과 불일치"), s.Given), st.Warn
		}
		text := ""
		if it, ok := cl.Item(s.Item); ok {
			text = it.Text.In(a.lang)
		}
		fmt.Fprintln(w, st.Heading.Render(fmt.Sprintf(a.msg("Item %d: suggests %s", "%d번 문항: %s 제안"), s.Item, s.Answer))+" — "+style.Render(status))
		if text != "" {
			fmt.Fprintln(w, hangingIndent("   ", sanitize.Line(text), width-2))
		}
		fmt.Fprintln(w, hangingIndent("   ", sanitize.Line(s.Why), width-2))
		for i, e := range s.Evidence {
			if i == 6 {
				fmt.Fprintf(w, "     "+a.msg("… +%d more", "… 외 %d건")+"\n", len(s.Evidence)-6)
				break
			}
			fmt.Fprintln(w, hangingIndent("     ", sanitize.Line(evidenceLine(e)), width-2))
		}
		fmt.Fprintln(w)
	}
	return nil
}

// writeDisagreements lists, under the score card, the answers the
// evidence does not support.
func (a *app) writeDisagreements(w io.Writer, sugs []decision.Suggestion) {
	var lines []string
	for _, s := range sugs {
		if s.Agrees != nil && !*s.Agrees {
			lines = append(lines, fmt.Sprintf(a.msg("item %d answered %s, the evidence suggests %s: %s", "%d번 문항 답변 %s, 증거는 %s 제안: %s"),
				s.Item, s.Given, s.Answer, s.Why))
		}
	}
	if len(lines) == 0 {
		return
	}
	st := newStyles(w, a.color(a.io.OutTTY && w == a.io.Out))
	width := a.textWidth(w)
	fmt.Fprintln(w, st.Warn.Render(a.msg("Answers the evidence does not support (kept as given):", "증거와 다른 답변 (답변은 그대로 둡니다):")))
	for _, l := range lines {
		fmt.Fprintln(w, hangingIndent(" - ", sanitize.Line(l), width-2))
	}
}
