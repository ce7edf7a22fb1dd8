package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/huh"
	"github.com/spf13/cobra"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/atomicfile"
	"github.com/cnready/cnready/internal/fserr"
)

type checklistOptions struct {
	output string
	force  bool
	from   string
	id     string // checklist id for a new assessment
}

func newChecklistCmd(a *app) *cobra.Command {
	o := &checklistOptions{}
	cmd := withFormats(&cobra.Command{
		Use:   "checklist",
		Short: "Answer the self-diagnosis checklist interactively (정보시스템 자가진단)",
		Long: `Ask for the system's id, name and agency, then the ten items of the NIA
self-diagnosis checklist goal by goal (Y / N / 모름), print a score card and save an
Assessment YAML file that 'cnready assess' and 'cnready report' read.

Six or more "Y" answers recommend cloud-native adoption. Unknown answers are
counted apart: when they could still reach the threshold the verdict is
"undetermined".

--from FILE pre-fills every answer from an Assessment (or a draft) for editing.
Ctrl-C or Esc keeps the answers given so far in a draft file; resume it with --from.
--accessible (or ACCESSIBLE=1) asks with plain numbered line prompts, which also
read answers piped on standard input. Without it, standard input must be a terminal.`,
		Example: `  cnready checklist
  cnready checklist --from minwon-portal.yaml --force
  printf 'minwon\n민원포털\n행정안전부\n1\n1\n1\n1\n2\n1\n1\n1\n1\n1\n' | cnready checklist --accessible -o minwon.yaml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runQuestionnaire(cmd, o)
		},
	}, "text", "json", "yaml")
	f := cmd.Flags()
	f.StringVarP(&o.output, "output", "o", "", "Assessment file to write (default <system id>.yaml)")
	f.BoolVar(&o.force, "force", false, "replace the output file if it exists")
	f.StringVar(&o.from, "from", "", "pre-fill answers from this Assessment or draft file")
	f.StringVar(&o.id, "checklist", "", "checklist id from the templates (default: the NIA checklist)")
	_ = cmd.RegisterFlagCompletionFunc("from", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
	})
	cmd.AddCommand(newChecklistShowCmd(a), newChecklistExportCmd(a), newChecklistImportCmd(a))
	return cmd
}

// answerChoice is what a Select field holds for one item.
type answerChoice = checklist.Answer

var systemIDPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

func validateSystemID(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return errors.New("system id is required")
	}
	if !systemIDPattern.MatchString(s) {
		return errors.New("use letters, digits, '.', '_' or '-' (it names the file)")
	}
	return nil
}

// eofReader hands huh one byte per Read (huh's accessible prompts each
// wrap the reader in a new bufio.Scanner, which would otherwise swallow the
// rest of piped input) and remembers whether input ran out, since huh then
// silently keeps defaults.
type eofReader struct {
	r   io.Reader
	eof bool
}

func (e *eofReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	n, err := e.r.Read(p[:1])
	if errors.Is(err, io.EOF) {
		e.eof = true
	}
	return n, err
}

func (a *app) runQuestionnaire(cmd *cobra.Command, o *checklistOptions) error {
	if f := formatOfPath(o.output); f != "" && f != "yaml" {
		return usagef("-o %s: the Assessment file is YAML; name it .yaml or .yml", o.output)
	}
	accessible := a.accessible || a.io.Env("TERM") == "dumb"
	if !accessible && !a.io.InTTY {
		return usagef("standard input is not a terminal: use --accessible to answer line by line from standard input, or write an Assessment file and run 'cnready assess FILE'")
	}
	ev, err := a.evaluator()
	if err != nil {
		return err
	}
	asm := assess.New(assess.System{}, o.id)
	if o.from != "" {
		data, err := os.ReadFile(o.from)
		if err != nil {
			return fserr.Path(o.from, err)
		}
		asm, err = assess.DecodeBytes(data, o.from, ev.Checklists)
		if err != nil {
			return err
		}
		if o.id != "" && o.id != asm.Checklist.ID {
			return usagef("--checklist %q differs from %s's checklist %q", o.id, o.from, asm.Checklist.ID)
		}
	}
	cl, err := ev.Checklists(asm.Checklist.ID)
	if err != nil {
		return err
	}
	if o.output != "" && !o.force {
		if _, err := os.Lstat(o.output); err == nil {
			return fmt.Errorf("%s: %w (use --force to replace it)", o.output, atomicfile.ErrExists)
		}
	}

	// Bound values: huh writes into these as the user answers.
	sys := asm.System
	answers := make([]answerChoice, len(cl.Items))
	for i, it := range cl.Items {
		answers[i] = asm.Checklist.Answers[it.Number]
	}
	outputFor := func(id string) string {
		if o.output != "" {
			return o.output
		}
		return strings.TrimSpace(id) + ".yaml"
	}
	form := a.questionnaireForm(cl, &sys, answers, accessible, func(id string) error {
		if strings.TrimSpace(id) == "" && accessible {
			// An empty line keeps the pre-filled id in line prompts.
			id = sys.ID
		}
		if err := validateSystemID(id); err != nil {
			return err
		}
		if p := outputFor(id); !o.force {
			if _, err := os.Lstat(p); err == nil {
				return fmt.Errorf("%s exists: choose another id, or rerun with --force or -o", p)
			}
		}
		return nil
	})
	in := &eofReader{r: a.io.In}
	form = form.WithAccessible(accessible).WithOutput(a.io.Err)
	if accessible {
		// Bubble Tea needs the real terminal for raw mode; only the line
		// prompts read through the wrapper.
		form = form.WithInput(in)
	}

	collect := func() *assess.Assessment {
		out := assess.New(trimSystem(sys), cl.ID)
		if asm.Checklist.ID == "" {
			out.Checklist.ID = ""
		}
		out.Checklist.Notes = asm.Checklist.Notes
		out.Inventory, out.Decomposition = asm.Inventory, asm.Decomposition
		for i, it := range cl.Items {
			out.Checklist.Answers[it.Number] = answers[i]
		}
		return out
	}

	done := make(chan error, 1)
	go func() { done <- form.RunWithContext(cmd.Context()) }()
	var runErr error
	select {
	case runErr = <-done:
	case <-cmd.Context().Done():
		// Ctrl-C in accessible mode arrives as a signal while huh blocks
		// reading; keep what was answered.
		runErr = huh.ErrUserAborted
	}
	if runErr == nil && accessible && in.eof {
		runErr = errInputEnded
	}
	if runErr != nil {
		if !errors.Is(runErr, huh.ErrUserAborted) && !errors.Is(runErr, errInputEnded) {
			return runErr
		}
		draft := a.draftPath(o, sys.ID)
		if err := atomicfile.Write(draft, atomicfile.Options{}, func(w io.Writer) error {
			return assess.Encode(w, collect(), "cnready checklist draft — unfinished; resume with: cnready checklist --from "+draft)
		}); err != nil {
			return fmt.Errorf("saving draft: %w", err)
		}
		if errors.Is(runErr, errInputEnded) {
			return fmt.Errorf("standard input ended before every question was answered; answers so far are in %s (resume with --from %s)", draft, draft)
		}
		fmt.Fprintf(a.io.Err, a.msg("Answers so far saved in %s; resume with: cnready checklist --from %s\n",
			"지금까지의 답변을 %s 에 저장했습니다. 이어서 하려면: cnready checklist --from %s\n"), draft, draft)
		return errInterrupted
	}

	// huh skips validation when input ends early; check again.
	if err := validateSystemID(sys.ID); err != nil {
		return fmt.Errorf("system id: %w", err)
	}
	result := collect()
	result.Path = outputFor(sys.ID)
	r, err := ev.Evaluate(cmd.Context(), result)
	if err != nil {
		return err
	}
	header := fmt.Sprintf("cnready checklist — %s, %s", cl.Title.Ko, time.Now().Format("2006-01-02"))
	if err := atomicfile.Write(result.Path, atomicfile.Options{NoClobber: !o.force}, func(w io.Writer) error {
		return assess.Encode(w, result, header)
	}); err != nil {
		return err
	}
	if o.from != "" && strings.HasSuffix(o.from, ".draft.yaml") && o.from != result.Path {
		_ = os.Remove(o.from) // the draft is finished
	}
	format, err := a.outputFormat(cmd, "")
	if err != nil {
		return err
	}
	if format != "text" {
		return writeData(cmd.OutOrStdout(), format, r)
	}
	a.writeScoreCard(cmd.OutOrStdout(), cl, r)
	fmt.Fprintf(a.io.Err, a.msg("Saved %s\n", "%s 에 저장했습니다\n"), result.Path)
	return nil
}

var errInputEnded = errors.New("input ended")

// draftPath is where unfinished answers go: next to the output, or
// <id>.draft.yaml, or cnready.draft.yaml before an id was given.
func (a *app) draftPath(o *checklistOptions, id string) string {
	if o.from != "" && strings.HasSuffix(o.from, ".draft.yaml") {
		return o.from
	}
	base := o.output
	if base == "" {
		id = strings.TrimSpace(id)
		if validateSystemID(id) != nil {
			id = "cnready"
		}
		base = id + ".yaml"
	}
	ext := filepath.Ext(base)
	return strings.TrimSuffix(base, ext) + ".draft.yaml"
}

func trimSystem(s assess.System) assess.System {
	s.ID = strings.TrimSpace(s.ID)
	s.Name = strings.TrimSpace(s.Name)
	s.Agency = strings.TrimSpace(s.Agency)
	return s
}

// questionnaireForm builds one group for the system and one per goal.
func (a *app) questionnaireForm(cl *checklist.Checklist, sys *assess.System, answers []answerChoice, accessible bool, checkID func(string) error) *huh.Form {
	lang := a.lang
	groups := []*huh.Group{huh.NewGroup(
		huh.NewNote().
			Title(cl.Title.In(lang)).
			Description(cl.Rule.In(lang)),
		huh.NewInput().Title(a.msg("System id (file name, e.g. minwon-portal)", "시스템 ID (파일 이름, 예: minwon-portal)")).
			Value(&sys.ID).Validate(checkID),
		huh.NewInput().Title(a.msg("System name", "시스템 이름")).Value(&sys.Name),
		huh.NewInput().Title(a.msg("Agency", "기관")).Value(&sys.Agency),
	)}
	opts := []huh.Option[answerChoice]{
		huh.NewOption(a.msg("Y (yes)", "Y (예)"), checklist.Yes),
		huh.NewOption(a.msg("N (no)", "N (아니오)"), checklist.No),
		huh.NewOption(a.msg("? (don't know)", "? (모름)"), checklist.Unknown),
	}
	index := map[int]int{}
	for i, it := range cl.Items {
		index[it.Number] = i
	}
	for gi, g := range cl.Goals {
		fields := []huh.Field{}
		for _, it := range cl.ItemsOf(g.ID) {
			title := fmt.Sprintf("%d. %s", it.Number, it.Text.In(lang))
			if h := it.Help.In(lang); accessible && h != "" {
				// Accessible prompts show no descriptions.
				title += "\n   (" + h + ")"
			}
			fields = append(fields, huh.NewSelect[answerChoice]().
				Title(title).
				Description(it.Help.In(lang)).
				Options(opts...).
				Inline(true).
				Value(&answers[index[it.Number]]))
		}
		head := huh.NewNote().Title(fmt.Sprintf("%d/%d  %s", gi+1, len(cl.Goals), g.Name.In(lang)))
		groups = append(groups, huh.NewGroup(append([]huh.Field{head}, fields...)...))
	}
	keys := huh.NewDefaultKeyMap()
	// Esc leaves like Ctrl-C: both keep the answers so far in a draft.
	keys.Quit = key.NewBinding(key.WithKeys("ctrl+c", "esc"), key.WithHelp("esc", "quit"))
	return huh.NewForm(groups...).WithShowHelp(true).WithKeyMap(keys)
}

func newChecklistShowCmd(a *app) *cobra.Command {
	var output string
	var force bool
	cmd := withFormats(&cobra.Command{
		Use:   "show [ID]",
		Short: "Print a checklist (default: the NIA checklist) with help texts and rationales",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := a.outputFormat(cmd, output)
			if err != nil {
				return err
			}
			id := ""
			if len(args) == 1 {
				id = args[0]
			}
			cl, err := checklist.Resolve(a.templateFS(), id)
			if err != nil {
				return err
			}
			return a.writeOutput(cmd, output, force, func(w io.Writer) error {
				if format != "text" {
					return writeData(w, format, cl)
				}
				a.writeChecklistText(w, cl)
				return nil
			})
		},
	}, "text", "json", "yaml")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().BoolVar(&force, "force", false, "replace the output file if it exists")
	return cmd
}
