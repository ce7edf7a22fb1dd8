package main

import (
	"context"
	"errors"
	"fmt"
	"github.com/cnready/cnready/report"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/cnready/cnready/assess"
)

// Exit codes, documented in --help.
const (
	exitOK          = 0
	exitFailed      = 1 // some input failed
	exitUsage       = 2
	exitInterrupted = 130
)

const exitCodesHelp = `Exit status:
  0    success
  1    error: some input failed (each failure is reported)
  2    usage error (bad flag, argument or option value)
  130  interrupted (Ctrl-C)`

// streams are the process's standard streams, injected so tests can use
// buffers and scripted input.
type streams struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	InTTY  bool // stdin is a terminal
	OutTTY bool // stdout is a terminal
	ErrTTY bool
	// OutCols is the width of the terminal on stdout; 0 when it is none.
	OutCols int
	Env     func(string) string
}

func system() *streams {
	s := &streams{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		InTTY:  term.IsTerminal(int(os.Stdin.Fd())),
		OutTTY: term.IsTerminal(int(os.Stdout.Fd())),
		ErrTTY: term.IsTerminal(int(os.Stderr.Fd())),
		Env:    os.Getenv,
	}
	if s.OutTTY {
		if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil {
			s.OutCols = w
		}
	}
	return s
}

// app carries the root flags and streams to every command.
type app struct {
	io         *streams
	lang       string
	format     string
	accessible bool
	noColor    bool
	templates  string
	proseCache *report.Prose
	// maxInput is --max-input-size of the commands that evaluate: the
	// largest configuration or source file an assessment's sections (or
	// --scan/--src) read; "" keeps the scanner's and reader's defaults.
	maxInput string
}

// inputLimitFlag adds --max-input-size to a command that evaluates
// assessments, so the files their inventory and decomposition sections
// name are read under a limit the user sets, as `scan` and `contexts` do.
func (a *app) inputLimitFlag(cmd *cobra.Command) {
	cmd.Flags().StringVar(&a.maxInput, "max-input-size", "", "skip (and note) scanned or source files larger than `SIZE` that assessments name (default 8MiB; schema scripts 64MiB)")
}

// usageError marks errors that exit with status 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// errFailed is returned by commands that reported their failures already
// (per file in a batch) and only need the exit status 1.
var errFailed = errors.New("some inputs failed")

// errInterrupted means the user pressed Ctrl-C or Esc; it is the library's
// own, so a batch interrupted inside assess reads the same.
var errInterrupted = assess.ErrInterrupted

// Main runs the command line and returns the exit status.
func Main(args []string, s *streams) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return run(ctx, args, s)
}

// run is Main under a given context; cancelling it is Ctrl-C.
func run(ctx context.Context, args []string, s *streams) int {
	a := &app{io: s}
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFailed):
		return exitFailed
	case errors.Is(err, errInterrupted) || errors.Is(err, context.Canceled):
		fmt.Fprintln(s.Err, "cnready: interrupted")
		return exitInterrupted
	}
	// Errors quote file names and values from the input: show their
	// control characters rather than let them drive the terminal.
	fmt.Fprintln(s.Err, "cnready: "+a.errText(err))
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		return exitUsage
	}
	return exitFailed
}

// isCobraUsage recognises cobra's own flag and argument errors, which it
// returns as plain errors.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag",
		"invalid argument", "flag needs an argument", "accepts ", "requires at least",
		"requires at most", "required flag", "if any flags in the group"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "cnready",
		Short: "Cloud-native readiness for public information systems (클라우드 네이티브 전환 진단)",
		Long: `cnready tells a public agency whether, and how, to move an information system to
cloud native: it scores the NIA self-diagnosis checklist (정보시스템 자가진단 체크리스트),
assesses many systems from YAML files, scans configuration for Web/WAS/DB tiers, and
proposes microservice bounded contexts.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			return a.init(cmd)
		},
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(&a.lang, "lang", "", "language of messages and reports: ko or en (default from LC_ALL/LANG)")
	pf.StringVar(&a.format, "format", "", "output format: text, json or yaml (some commands add more)")
	pf.BoolVar(&a.accessible, "accessible", false, "plain line prompts for screen readers and dumb terminals (also ACCESSIBLE=1)")
	pf.BoolVar(&a.noColor, "no-color", false, "no colour in output (also NO_COLOR)")
	pf.StringVar(&a.templates, "templates", "", "directory overriding the built-in templates (same layout)")
	// One completion for the persistent --format: each command declares its
	// own values (withFormats). cobra keys completions by flag, so a
	// subcommand cannot register its own for an inherited flag.
	_ = root.RegisterFlagCompletionFunc("format", completeFormat)
	_ = root.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions([]string{"ko", "en"}, cobra.ShellCompDirectiveNoFileComp))
	_ = root.RegisterFlagCompletionFunc("templates", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return nil, cobra.ShellCompDirectiveFilterDirs
	})
	root.SetUsageTemplate(root.UsageTemplate() + "\n" + exitCodesHelp + "\n")

	root.AddCommand(
		newVersionCmd(a),
		newSchemaCmd(a),
		newChecklistCmd(a),
		newAssessCmd(a),
		newScanCmd(a),
		newContextsCmd(a),
		newReportCmd(a),
	)
	return root
}

// init settles the root flags after parsing: language from the locale,
// accessibility and colour from the environment.
func (a *app) init(cmd *cobra.Command) error {
	env := a.io.Env
	switch a.lang {
	case "":
		a.lang = langFromLocale(env)
	case "ko", "en":
	default:
		return usagef("--lang %q: use ko or en", a.lang)
	}
	if v := env("ACCESSIBLE"); v != "" && v != "0" && v != "false" {
		a.accessible = true
	}
	if env("NO_COLOR") != "" {
		a.noColor = true
	}
	return nil
}

// langFromLocale picks Korean for ko_* locales, English otherwise, reading
// the variables in POSIX precedence.
func langFromLocale(env func(string) string) string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := env(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "ko") {
				return "ko"
			}
			return "en"
		}
	}
	return "en"
}
