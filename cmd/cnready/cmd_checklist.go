package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/spf13/cobra"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/assess/decision"
	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/atomicfile"
	"github.com/cnready/cnready/internal/fserr"
	"github.com/cnready/cnready/internal/safeio"
	"github.com/cnready/cnready/internal/sanitize"
)

type checklistOptions struct {
	output   string
	force    bool
	from     string
	id       string // checklist id for a new assessment
	evidence evidenceOptions
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

The system id names the file (<id>.yaml unless -o says): letters (Hangul too),
digits, '.', '_' and '-'. -o must name a .yaml or .yml file.

--from FILE pre-fills every answer from an Assessment (or a draft) for editing.
--scan PATH and --src DIR (or the inventory and decomposition sections of --from)
show beside items 2, 6, 8 and 9 the answer the evidence supports, pre-selected where
the item has no answer yet; the score card lists the answers it does not support,
and the saved file keeps the sections.
Ctrl-C or Esc keeps the answers given so far in a draft file (nothing is saved
when nothing was answered); resume it with --from, which finishes into the -o the
draft was started with. Items not answered stay out of the draft ("?" means 모름).
--accessible (or ACCESSIBLE=1) asks with plain numbered line prompts, which also
read answers piped on standard input: 1/2/3 or Y/N/? (예/아니오/모름 too); an empty
line keeps a pre-filled answer. An invalid answer is reported with its line number
and asked again; if input ends first, the answers so far go to a draft and the
exit status is 1. Without --accessible, standard input must be a terminal.`,
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
	o.evidence.flags(a, cmd)
	cmd.AddCommand(newChecklistShowCmd(a), newChecklistExportCmd(a), newChecklistImportCmd(a), newChecklistSuggestCmd(a))
	return cmd
}

// choice is one option of an item: its label and the answer it records.
type choice struct {
	label  string
	answer checklist.Answer
}

// sheet is what the questionnaire fills in. given tells which items have
// an answer, pre-filled or chosen: an item never reached stays absent from
// the file rather than "?", which is an explicit 모름.
type sheet struct {
	sys     assess.System
	answers []checklist.Answer
	given   []bool
}

func newSheet(cl *checklist.Checklist, asm *assess.Assessment) *sheet {
	s := &sheet{sys: asm.System, answers: make([]checklist.Answer, len(cl.Items)), given: make([]bool, len(cl.Items))}
	for i, it := range cl.Items {
		s.answers[i], s.given[i] = asm.Checklist.Answers[it.Number]
	}
	return s
}

func (s *sheet) clone() *sheet {
	return &sheet{sys: s.sys, answers: slices.Clone(s.answers), given: slices.Clone(s.given)}
}

// same reports whether s holds what o does, ignoring white space around the
// system fields (which is not kept).
func (s *sheet) same(o *sheet) bool {
	if trimSystem(s.sys) != trimSystem(o.sys) || !slices.Equal(s.given, o.given) {
		return false
	}
	for i := range s.answers {
		if s.given[i] && s.answers[i] != o.answers[i] {
			return false
		}
	}
	return true
}

// assessment is base with the sheet's system and given answers.
func (s *sheet) assessment(cl *checklist.Checklist, base *assess.Assessment) *assess.Assessment {
	out := assess.New(trimSystem(s.sys), base.Checklist.ID)
	out.Checklist.Notes = base.Checklist.Notes
	out.Inventory, out.Decomposition = base.Inventory, base.Decomposition
	for i, it := range cl.Items {
		if s.given[i] {
			out.Checklist.Answers[it.Number] = s.answers[i]
		}
	}
	return out
}

func trimSystem(s assess.System) assess.System {
	s.ID = strings.TrimSpace(s.ID)
	s.Name = strings.TrimSpace(s.Name)
	s.Agency = strings.TrimSpace(s.Agency)
	return s
}

// questionnaire is what the full-screen form and the line prompts share:
// the checklist, the sheet they fill in, and the checks on what is typed.
type questionnaire struct {
	a       *app
	cl      *checklist.Checklist
	sheet   *sheet
	index   map[int]int // item number -> index in cl.Items
	checkID func(string) error
	// suggest holds the answers the evidence supports, by item.
	suggest map[int]decision.Suggestion
}

// help is an item's help text, with the evidence's suggestion when there
// is one.
func (q *questionnaire) help(it checklist.Item) string {
	h := sanitize.Text(it.Help.In(q.a.lang))
	if s, ok := q.suggest[it.Number]; ok {
		if h != "" {
			h += "\n"
		}
		h += "▶ " + q.a.suggestionLine(s)
	}
	return h
}

func (q *questionnaire) idTitle() string {
	return q.a.msg("System id (file name, e.g. minwon-portal)", "시스템 ID (파일 이름, 예: minwon-portal)")
}
func (q *questionnaire) nameTitle() string   { return q.a.msg("System name", "시스템 이름") }
func (q *questionnaire) agencyTitle() string { return q.a.msg("Agency", "기관") }

func (q *questionnaire) options() []choice {
	a := q.a
	return []choice{
		{a.msg("Y (yes)", "Y (예)"), checklist.Yes},
		{a.msg("N (no)", "N (아니오)"), checklist.No},
		{a.msg("? (don't know)", "? (모름)"), checklist.Unknown},
	}
}

// Limits on what is typed: the id names a file (with ".draft.yaml" it
// stays under 255 bytes), and names are one line of a report.
const (
	maxIDRunes   = 64
	maxTextRunes = 200
)

// checkSystemID accepts an id that can name the output file: letters of any
// script (Hangul too), digits, '.', '_' and '-', starting with a letter or
// digit.
func (a *app) checkSystemID(id string) error {
	id = strings.TrimSpace(id)
	if id == "" {
		return errors.New(a.msg("empty system id: enter one (it names the file)", "시스템 ID가 비어 있습니다: 입력하세요 (파일 이름이 됩니다)"))
	}
	if n := utf8.RuneCountInString(id); n > maxIDRunes {
		return fmt.Errorf(a.msg("system id of %d characters: use at most %d", "시스템 ID가 %d자입니다: %d자 이하로 입력하세요"), n, maxIDRunes)
	}
	for i, r := range id {
		ok := unicode.IsLetter(r) || unicode.IsDigit(r) || (i > 0 && strings.ContainsRune("._-", r))
		if !ok {
			return fmt.Errorf(a.msg("system id %q: use letters (Hangul too), digits, '.', '_' or '-', starting with a letter or digit (it names the file)",
				"시스템 ID %q: 문자(한글 포함), 숫자, '.', '_', '-'만 쓸 수 있고 문자나 숫자로 시작해야 합니다 (파일 이름이 됩니다)"), clip(id, 40))
		}
	}
	return nil
}

// checkText accepts one line of printable text for a name or an agency.
func (a *app) checkText(s string) error {
	if n := utf8.RuneCountInString(s); n > maxTextRunes {
		return fmt.Errorf(a.msg("%d characters: use at most %d", "%d자입니다: %d자 이하로 입력하세요"), n, maxTextRunes)
	}
	if sanitize.Line(s) != s {
		return errors.New(a.msg("control characters or invalid UTF-8: type plain text", "제어 문자나 잘못된 UTF-8이 있습니다: 일반 텍스트로 입력하세요"))
	}
	return nil
}

func (a *app) runQuestionnaire(cmd *cobra.Command, o *checklistOptions) error {
	ctx := cmd.Context()
	if f := formatOfPath(o.output); f != "" && f != "yaml" {
		return usagef("-o %s: the Assessment file is YAML; name it .yaml or .yml", o.output)
	}
	format, err := a.outputFormat(cmd, "")
	if err != nil {
		return err
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
	output := o.output
	if o.from != "" {
		// Read here rather than with ev.Load: a draft's header comment
		// names the output it was started for.
		data, err := safeio.ReadFile(ctx, o.from, 0)
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
		if output == "" && isDraft(o.from) {
			// Finish where the draft was started for.
			output = draftOutput(o.from, data)
		}
	}
	cl, err := ev.Checklists(asm.Checklist.ID)
	if err != nil {
		return err
	}
	if output != "" && !o.force {
		if _, err := os.Lstat(output); err == nil {
			return fmt.Errorf("%s: %w (use --force to replace it)", output, atomicfile.ErrExists)
		}
	}
	outputFor := func(id string) string {
		if output != "" {
			return output
		}
		return strings.TrimSpace(id) + ".yaml"
	}
	o.evidence.attach(asm)
	suggest, err := suggestionsFor(ctx, ev, asm)
	if err != nil {
		return err
	}
	q := &questionnaire{a: a, cl: cl, sheet: newSheet(cl, asm), index: map[int]int{}, suggest: suggest}
	for i, it := range cl.Items {
		q.index[it.Number] = i
		// Pre-select what the evidence suggests where nothing is answered.
		if s, ok := suggest[it.Number]; ok && !q.sheet.given[i] {
			if ans, err := checklist.ParseAnswer(s.Answer); err == nil {
				q.sheet.answers[i] = ans
			}
		}
	}
	q.checkID = func(id string) error {
		if err := a.checkSystemID(id); err != nil {
			return err
		}
		if p := outputFor(id); !o.force {
			if _, err := os.Lstat(p); err == nil {
				return fmt.Errorf(a.msg("%s exists: choose another id, or rerun with --force or -o",
					"%s 파일이 이미 있습니다: 다른 ID를 고르거나 --force 또는 -o 를 쓰세요"), sanitize.Line(p))
			}
		}
		return nil
	}
	initial := q.sheet.clone()
	if accessible {
		err = a.askLines(ctx, q, a.io.In, a.io.Err, a.io.InTTY)
	} else {
		err = a.askForm(ctx, q)
	}
	if err != nil {
		return a.keepUnfinished(ctx, err, q, initial, asm, o.from != "", draftFor(o.from, output, q.sheet.sys.ID, a))
	}

	// The form keeps the id valid; check again all the same.
	if err := a.checkSystemID(q.sheet.sys.ID); err != nil {
		return err
	}
	result := q.sheet.assessment(cl, asm)
	result.Path = outputFor(result.System.ID)
	if o.evidence.given() {
		relativeTo(result, filepath.Dir(result.Path))
	}
	r, err := ev.Evaluate(ctx, result)
	if err != nil {
		return err
	}
	header := fmt.Sprintf("cnready checklist — %s, %s", cl.Title.Ko, time.Now().Format("2006-01-02"))
	if err := atomicfile.Write(result.Path, atomicfile.Options{NoClobber: !o.force}, func(w io.Writer) error {
		return assess.Encode(w, result, header)
	}); err != nil {
		return err
	}
	if isDraft(o.from) && o.from != result.Path {
		_ = os.Remove(o.from) // the draft is finished
	}
	if format != "text" {
		return writeData(cmd.OutOrStdout(), format, assess.Result{File: result.Path, Evaluation: r})
	}
	a.writeScoreCard(cmd.OutOrStdout(), cl, r)
	a.writeDisagreements(cmd.OutOrStdout(), r.Decision.Suggestions)
	fmt.Fprintf(a.io.Err, a.msg("Saved %s\n", "%s 에 저장했습니다\n"), sanitize.Line(result.Path))
	return nil
}

// keepUnfinished ends a questionnaire that stopped early (Ctrl-C, input
// that ran out or was invalid, a failing form): the answers given are kept
// in a draft, unless nothing changed (resumed: since --from), and the
// reason is reported.
func (a *app) keepUnfinished(ctx context.Context, cause error, q *questionnaire, initial *sheet, asm *assess.Assessment, resumed bool, d draft) error {
	where := a.msg("nothing was answered, so nothing was saved", "답변이 없어 아무것도 저장하지 않았습니다")
	if resumed {
		where = a.msg("nothing was changed, so nothing was saved", "바뀐 답변이 없어 아무것도 저장하지 않았습니다")
	}
	if !q.sheet.same(initial) {
		header := "cnready checklist draft — unfinished; resume with: cnready checklist --from " + d.path
		if d.output != "" {
			header += "\n" + draftOutputKey + d.output
		}
		if err := atomicfile.Write(d.path, atomicfile.Options{}, func(w io.Writer) error {
			return assess.Encode(w, q.sheet.assessment(q.cl, asm), header)
		}); err != nil {
			return fmt.Errorf("saving draft: %w", err)
		}
		where = fmt.Sprintf(a.msg("answers so far are in %s (resume with: cnready checklist --from %s)",
			"지금까지의 답변을 %s 에 저장했습니다 (이어서 하려면: cnready checklist --from %s)"), sanitize.Line(d.path), sanitize.Line(d.path))
	}
	var ended *inputEnded
	switch {
	case errors.Is(cause, huh.ErrUserAborted) || ctx.Err() != nil:
		fmt.Fprintln(a.io.Err, where)
		return errInterrupted
	case errors.As(cause, &ended) && ended.invalid != "":
		return fmt.Errorf("%s; %s", ended.invalid, where)
	case errors.As(cause, &ended) && ended.line == 0:
		return fmt.Errorf(a.msg("standard input is empty; %s", "표준 입력이 비어 있습니다; %s"), where)
	case errors.As(cause, &ended):
		return fmt.Errorf(a.msg("standard input ended after line %d, before every question was answered; %s",
			"표준 입력이 %d번째 줄에서 끝나 모든 질문에 답하지 못했습니다; %s"), ended.line, where)
	}
	return fmt.Errorf("%w; %s", cause, where)
}

// draft is where unfinished answers go, and the -o they were started for.
type draft struct {
	path   string
	output string // relative to the draft's folder; "" when none was given
}

// draftOutputKey marks, in a draft's header comment, the -o the
// questionnaire was started with, so --from finishes there.
const draftOutputKey = "output: "

func isDraft(path string) bool { return strings.HasSuffix(path, ".draft.yaml") }

// draftFor names the draft: the one resumed, else next to the output, else
// <id>.draft.yaml, or cnready.draft.yaml before a valid id was given.
func draftFor(from, output, id string, a *app) draft {
	d := draft{path: from}
	if !isDraft(from) {
		base := output
		if base == "" {
			base = "cnready.yaml"
			if a.checkSystemID(id) == nil {
				base = strings.TrimSpace(id) + ".yaml"
			}
		}
		d.path = strings.TrimSuffix(base, filepath.Ext(base)) + ".draft.yaml"
	}
	if output != "" {
		if rel, err := filepath.Rel(filepath.Dir(d.path), output); err == nil {
			d.output = filepath.ToSlash(rel)
		}
	}
	return d
}

// draftOutput reads back the -o a draft records, as a path from here. Only
// a relative path of plain text is taken: a draft is a file anyone may hand
// over, and it should not aim the questionnaire at, say, /etc.
func draftOutput(path string, data []byte) string {
	for line := range strings.Lines(string(data)) {
		line = strings.TrimRight(line, "\r\n")
		if !strings.HasPrefix(line, "#") {
			break
		}
		v, ok := strings.CutPrefix(strings.TrimSpace(strings.TrimPrefix(line, "#")), draftOutputKey)
		if ok && v != "" && !filepath.IsAbs(filepath.FromSlash(v)) && sanitize.Line(v) == v {
			return filepath.Join(filepath.Dir(path), filepath.FromSlash(v))
		}
	}
	return ""
}

// askForm runs the full-screen form on the terminal. A panic inside the
// form library becomes an error, so the answers so far are still kept.
func (a *app) askForm(ctx context.Context, q *questionnaire) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("questionnaire failed: %v", r)
		}
	}()
	form := a.questionnaireForm(q)
	// What huh's Form.RunWithContext does, around fittedForm.
	form.SubmitCmd, form.CancelCmd = tea.Quit, tea.Interrupt
	p := tea.NewProgram(fittedForm{form}, tea.WithContext(ctx), tea.WithInput(a.io.In), tea.WithOutput(a.io.Err), tea.WithReportFocus())
	_, err = p.Run()
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case form.State == huh.StateAborted || errors.Is(err, tea.ErrInterrupted):
		return huh.ErrUserAborted
	}
	return err
}

// fittedForm passes the form a terminal one line shorter than it is: huh
// v1.0.0 fits a group to the terminal's height and then adds a blank line
// above the help, so a group taller than the screen lost its top line (the
// first screen's title, the focused question's first line). Bubble Tea's
// renderer still sees the real size.
type fittedForm struct{ form *huh.Form }

func (m fittedForm) Init() tea.Cmd { return m.form.Init() }
func (m fittedForm) View() string  { return m.form.View() }
func (m fittedForm) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok && ws.Height > 2 {
		ws.Height--
		msg = ws
	}
	_, cmd := m.form.Update(msg)
	return m, cmd
}

// questionnaireForm builds one group for the system and one per goal.
func (a *app) questionnaireForm(q *questionnaire) *huh.Form {
	lang, cl, sh := a.lang, q.cl, q.sheet
	// Titles go in group headers, which stay in view above the scrolled
	// fields, rather than in notes that scroll away on a small terminal.
	groups := []*huh.Group{huh.NewGroup(
		huh.NewInput().Title(q.idTitle()).CharLimit(maxIDRunes).Value(&sh.sys.ID).Validate(q.checkID),
		huh.NewInput().Title(q.nameTitle()).CharLimit(maxTextRunes).Value(&sh.sys.Name).Validate(a.checkText),
		huh.NewInput().Title(q.agencyTitle()).CharLimit(maxTextRunes).Value(&sh.sys.Agency).Validate(a.checkText),
	).Title(sanitize.Line(cl.Title.In(lang))).Description(sanitize.Text(cl.Rule.In(lang)))}
	var opts []huh.Option[checklist.Answer]
	for _, c := range q.options() {
		opts = append(opts, huh.NewOption(c.label, c.answer))
	}
	for gi, g := range cl.Goals {
		var fields []huh.Field
		for _, it := range cl.ItemsOf(g.ID) {
			i := q.index[it.Number]
			fields = append(fields, huh.NewSelect[checklist.Answer]().
				Title(fmt.Sprintf("%d. %s", it.Number, sanitize.Line(it.Text.In(lang)))).
				Description(q.help(it)).
				Options(opts...).
				Inline(true).
				Value(&sh.answers[i]).
				// huh validates a field as it is left (Enter, Tab,
				// Shift-Tab): that is when an answer counts as given.
				Validate(func(checklist.Answer) error { sh.given[i] = true; return nil }))
		}
		groups = append(groups, huh.NewGroup(fields...).Title(fmt.Sprintf("%d/%d  %s", gi+1, len(cl.Goals), sanitize.Line(g.Name.In(lang)))))
	}
	keys := huh.NewDefaultKeyMap()
	// Esc leaves like Ctrl-C: both keep the answers so far in a draft.
	keys.Quit = key.NewBinding(key.WithKeys("ctrl+c", "esc"), key.WithHelp("esc", "quit"))
	// No "/" filter: on a three-option inline select it recorded the wrong
	// answer ("/n" chose "? (모름)"). A binding without keys never matches
	// and is never shown, even when huh re-enables it.
	keys.Select.Filter, keys.Select.SetFilter, keys.Select.ClearFilter = key.NewBinding(), key.NewBinding(), key.NewBinding()
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
