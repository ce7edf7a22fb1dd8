package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/sanitize"
)

// The accessible questionnaire is plain line prompts of our own rather than
// huh's accessible mode, which in v1.0.0 panics (index out of range) when
// input ends after an invalid choice, keeps defaults silently when input
// ends early, and buffers piped input away from later fields.

// maxLineBytes bounds one answer line; the rest of a longer line is read
// and dropped, so a line without end cannot exhaust memory.
const maxLineBytes = 4096

// maxRetries bounds the invalid answers in a row to one question when the
// input is not a terminal (`yes abc | cnready checklist --accessible`
// would otherwise ask for ever).
const maxRetries = 100

// inputLine is one line of input, or the error that ended it.
type inputLine struct {
	text    string
	n       int // 1-based line number
	tooLong bool
	err     error // io.EOF at the end of input
}

// lineSource reads input one line at a time, counting lines.
type lineSource struct {
	r *bufio.Reader
	n int
}

func newLineSource(r io.Reader) *lineSource { return &lineSource{r: bufio.NewReader(r)} }

func (s *lineSource) next() inputLine {
	var buf []byte
	tooLong := false
	for {
		chunk, err := s.r.ReadSlice('\n')
		if room := maxLineBytes - len(buf); len(chunk) > room {
			chunk, tooLong = chunk[:max(room, 0)], true
		}
		buf = append(buf, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return inputLine{n: s.n, err: err}
		}
		if err != nil && len(buf) == 0 && !tooLong {
			return inputLine{n: s.n, err: io.EOF}
		}
		break // a line, perhaps the last one without a newline
	}
	s.n++
	text := strings.TrimSuffix(strings.TrimSuffix(string(buf), "\n"), "\r")
	if s.n == 1 {
		text = strings.TrimPrefix(text, "\ufeff") // a BOM from a Windows editor
	}
	return inputLine{text: text, n: s.n, tooLong: tooLong}
}

// lines reads src in a goroutine, so that the prompts can stop on Ctrl-C
// while a read blocks. It stops after the end of input or when done closes.
func (s *lineSource) lines(done <-chan struct{}) <-chan inputLine {
	ch := make(chan inputLine)
	go func() {
		for {
			l := s.next()
			select {
			case ch <- l:
			case <-done:
				return
			}
			if l.err != nil {
				return
			}
		}
	}()
	return ch
}

// inputEnded ends the line prompts when input runs out before the last
// question, or after too many invalid answers in a row.
type inputEnded struct {
	line    int    // the last line read; 0 if none
	invalid string // the complaint about that line, if it was not a valid answer
}

func (e *inputEnded) Error() string {
	if e.invalid != "" {
		return e.invalid
	}
	return "input ended"
}

// linePrompter asks questions on out and reads answers from lines.
type linePrompter struct {
	a       *app
	ctx     context.Context
	out     io.Writer
	lines   <-chan inputLine
	echo    bool // input is not a terminal: show each answer after its prompt
	retries int  // invalid answers in a row allowed; 0: no limit
}

// ask prompts until accept takes a line. label names the question in
// complaints ("item 3").
func (p *linePrompter) ask(prompt, label string, accept func(string) error) error {
	invalid := ""
	for tries := 1; ; tries++ {
		fmt.Fprint(p.out, prompt)
		var l inputLine
		select {
		case <-p.ctx.Done():
			fmt.Fprintln(p.out)
			return p.ctx.Err()
		case l = <-p.lines:
		}
		if errors.Is(l.err, io.EOF) {
			fmt.Fprintln(p.out)
			return &inputEnded{line: l.n, invalid: invalid}
		}
		if l.err != nil {
			return fmt.Errorf("reading standard input: %w", l.err)
		}
		if p.echo {
			fmt.Fprintln(p.out, sanitize.Line(clip(l.text, 60)))
		}
		err := accept(l.text)
		if l.tooLong {
			err = fmt.Errorf(p.a.msg("line longer than %d bytes", "%d바이트보다 긴 줄"), maxLineBytes)
		}
		if err == nil {
			return nil
		}
		invalid = fmt.Sprintf(p.a.msg("line %d: %s: %v", "%d번째 줄: %s: %v"), l.n, label, err)
		fmt.Fprintln(p.out, invalid)
		if p.retries > 0 && tries >= p.retries {
			return &inputEnded{line: l.n, invalid: invalid + fmt.Sprintf(p.a.msg(" (%d invalid answers in a row)", " (연속 %d번 잘못된 답)"), tries)}
		}
	}
}

// clip shortens s to at most n runes for quoting in a message.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// askLines runs the questionnaire as line prompts: the system, then every
// item, goal by goal. An empty line keeps what the sheet already holds.
func (a *app) askLines(ctx context.Context, q *questionnaire, in io.Reader, out io.Writer, inTTY bool) error {
	done := make(chan struct{})
	defer close(done)
	p := &linePrompter{a: a, ctx: ctx, out: out, lines: newLineSource(in).lines(done), echo: !inTTY}
	if !inTTY {
		p.retries = maxRetries
	}
	cl, sh, lang := q.cl, q.sheet, a.lang
	fmt.Fprintln(out, sanitize.Line(cl.Title.In(lang)))
	if r := cl.Rule.In(lang); r != "" {
		fmt.Fprintln(out, sanitize.Line(r))
	}
	fmt.Fprintln(out)

	text := func(title, label string, dst *string, check func(string) error) error {
		prompt := title
		if *dst != "" {
			prompt += " [" + sanitize.Line(clip(*dst, 40)) + "]"
		}
		return p.ask(prompt+": ", label, func(s string) error {
			s = strings.TrimSpace(s)
			if s == "" {
				s = *dst // an empty line keeps the value
			}
			if err := check(s); err != nil {
				return err
			}
			*dst = s
			return nil
		})
	}
	if err := text(q.idTitle(), a.msg("system id", "시스템 ID"), &sh.sys.ID, q.checkID); err != nil {
		return err
	}
	if err := text(q.nameTitle(), a.msg("system name", "시스템 이름"), &sh.sys.Name, a.checkText); err != nil {
		return err
	}
	if err := text(q.agencyTitle(), a.msg("agency", "기관"), &sh.sys.Agency, a.checkText); err != nil {
		return err
	}

	opts := q.options()
	for gi, g := range cl.Goals {
		fmt.Fprintf(out, "\n%d/%d  %s\n\n", gi+1, len(cl.Goals), sanitize.Line(g.Name.In(lang)))
		for _, it := range cl.ItemsOf(g.ID) {
			i := q.index[it.Number]
			fmt.Fprintf(out, "%d. %s\n", it.Number, sanitize.Line(it.Text.In(lang)))
			if h := it.Help.In(lang); h != "" {
				fmt.Fprintf(out, "   (%s)\n", sanitize.Line(h))
			}
			if s, ok := q.suggest[it.Number]; ok {
				fmt.Fprintf(out, "   ▶ %s\n", a.suggestionLine(s))
			}
			for k, o := range opts {
				fmt.Fprintf(out, "%d. %s\n", k+1, o.label)
			}
			prompt := a.msg("Enter 1, 2 or 3", "1, 2, 3 중 하나를 입력하세요")
			if sh.given[i] {
				prompt += fmt.Sprintf(a.msg(" (Enter keeps %s)", " (Enter: %s 유지)"), sh.answers[i])
			}
			label := fmt.Sprintf(a.msg("item %d", "%d번 항목"), it.Number)
			err := p.ask(prompt+": ", label, func(s string) error {
				s = strings.TrimSpace(s)
				if s == "" && sh.given[i] {
					return nil
				}
				ans, ok := parseChoice(s, opts)
				if !ok {
					return a.invalidChoice(s)
				}
				sh.answers[i], sh.given[i] = ans, true
				return nil
			})
			if err != nil {
				return err
			}
			fmt.Fprintln(out)
		}
	}
	return nil
}

// parseChoice reads an answer line: the option's number, or any spelling
// checklist.ParseAnswer reads (Y, n, 예, 모름, ...).
func parseChoice(s string, opts []choice) (checklist.Answer, bool) {
	if s == "" {
		return 0, false
	}
	for k, o := range opts {
		if s == fmt.Sprint(k+1) {
			return o.answer, true
		}
	}
	ans, err := checklist.ParseAnswer(s)
	return ans, err == nil
}

func (a *app) invalidChoice(s string) error {
	if s == "" {
		return errors.New(a.msg("no answer: enter 1 (Y), 2 (N) or 3 (?)", "답이 없습니다: 1(Y), 2(N), 3(?) 중 하나를 입력하세요"))
	}
	return fmt.Errorf(a.msg("invalid answer %q: enter 1 (Y), 2 (N) or 3 (?)", "잘못된 답 %q: 1(Y), 2(N), 3(?) 중 하나를 입력하세요"),
		sanitize.Line(clip(s, 40)))
}
