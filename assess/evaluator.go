package assess

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/cnready/cnready/assess/decision"
	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/decompose/source"
	"github.com/cnready/cnready/assess/probe"
	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/fserr"
	"github.com/cnready/cnready/internal/safeio"
	"github.com/cnready/cnready/inventory/detect"
	"github.com/cnready/cnready/inventory/scan"
	"github.com/cnready/cnready/templates"
)

// Config configures an Evaluator. The command line builds one from its
// flags; every command then evaluates through the same Evaluator.
type Config struct {
	// Templates is the template tree (checklists, decision rules,
	// requirement catalogue); nil means the built-in one.
	Templates fs.FS
	// Scan is how inventory files and trees are scanned (detectors,
	// per-file limit, archive budget).
	Scan scan.Options
	// Decompose tunes the decomposer.
	Decompose decompose.Options
	// Source bounds how decomposition sources are read (MaxFileSize,
	// NoDiscovery, Fallback); which files is each assessment's business.
	Source source.Options
	// Lang is the language of the decision's texts: "ko" (default) or "en".
	Lang string
	// MaxFileSize limits an Assessment file (0: safeio.DefaultLimit).
	MaxFileSize int64
	// Now dates the end-of-support checks (nil: time.Now).
	Now func() time.Time
	// Explain keeps in each decision what only a full explanation shows
	// (every fired rule's evidence, answers bearing on unknown criteria).
	Explain bool
}

// Evaluator evaluates assessments. It is safe for concurrent use.
type Evaluator struct {
	cfg     Config
	decider *decision.Decider

	mu         sync.Mutex
	checklists map[string]checklistEntry

	// noDecision skips deciding; benchmarks set it to measure what
	// deciding adds.
	noDecision bool
}

type checklistEntry struct {
	cl  *checklist.Checklist
	err error
}

// NewEvaluator loads and validates the decision data of the template tree;
// a broken rules file or catalogue is an error naming file and line.
func NewEvaluator(cfg Config) (*Evaluator, error) {
	if cfg.Templates == nil {
		cfg.Templates = templates.Builtin()
	}
	if cfg.Lang == "" {
		cfg.Lang = "ko"
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Scan.Detectors == nil {
		cfg.Scan.Detectors = detect.All()
	}
	e := &Evaluator{cfg: cfg, checklists: map[string]checklistEntry{}}
	def, err := e.Checklists("")
	if err != nil {
		return nil, err
	}
	if e.decider, err = decision.Load(cfg.Templates, len(def.Items)); err != nil {
		return nil, err
	}
	return e, nil
}

var (
	defaultOnce sync.Once
	defaultEval *Evaluator
)

// DefaultEvaluator evaluates with the built-in templates, in Korean. The
// built-in data is validated by tests, so a failure here is a broken build.
func DefaultEvaluator() *Evaluator {
	defaultOnce.Do(func() {
		var err error
		if defaultEval, err = NewEvaluator(Config{}); err != nil {
			panic("built-in templates: " + err.Error())
		}
	})
	return defaultEval
}

// Decider returns the loaded decision rules and requirement catalogue.
func (e *Evaluator) Decider() *decision.Decider { return e.decider }

// Lang returns the language of the decision's texts.
func (e *Evaluator) Lang() string { return e.cfg.Lang }

// Checklists resolves a checklist id (empty: the built-in default) from the
// template tree, once per id.
func (e *Evaluator) Checklists(id string) (*checklist.Checklist, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if c, ok := e.checklists[id]; ok {
		return c.cl, c.err
	}
	var c checklistEntry
	if id == "" || id == checklist.Builtin().ID {
		if _, err := fs.Stat(e.cfg.Templates, templates.DefaultChecklist); err == nil && e.cfg.Templates != templates.Builtin() {
			c.cl, c.err = checklist.Resolve(e.cfg.Templates, id)
		} else {
			c.cl = checklist.Builtin()
		}
	} else {
		c.cl, c.err = checklist.Resolve(e.cfg.Templates, id)
	}
	e.checklists[id] = c
	return c.cl, c.err
}

// Load reads and decodes one Assessment file: only a regular file, within
// the size limit, resolving its checklist once.
func (e *Evaluator) Load(ctx context.Context, path string) (*Assessment, error) {
	return e.load(ctx, Input{Path: path})
}

func (e *Evaluator) load(ctx context.Context, in Input) (*Assessment, error) {
	path := in.Path
	read := safeio.ReadFile
	if in.Listed {
		read = safeio.ReadListed
	}
	data, err := read(ctx, path, e.cfg.MaxFileSize)
	if err != nil {
		if safeio.IsTooLarge(err) {
			return nil, fmt.Errorf("%s: %w (an Assessment file is small; raise the limit with --max-file-size)", path, errors.Unwrap(err))
		}
		return nil, fserr.Path(path, err)
	}
	return DecodeBytes(data, path, e.Checklists)
}

// File loads and evaluates one file. Errors are returned in the Result so
// a batch goes on.
func (e *Evaluator) File(ctx context.Context, path string) Result {
	return e.file(ctx, Input{Path: path})
}

func (e *Evaluator) file(ctx context.Context, in Input) Result {
	path := in.Path
	a, err := e.load(ctx, in)
	if err != nil {
		return Result{File: path, Err: err}
	}
	ev, err := e.Evaluate(ctx, a)
	if err != nil {
		return Result{File: path, Err: fmt.Errorf("%s: %w", path, err)}
	}
	return Result{File: path, Evaluation: ev}
}

// Evaluate scores a decoded assessment, evaluates its optional sections
// and decides.
func (e *Evaluator) Evaluate(ctx context.Context, a *Assessment) (*Evaluation, error) {
	return e.evaluate(ctx, a, nil)
}

// evaluate is Evaluate; with lazy given, the decision goes there with its
// evidence not put in (decision.Lazy), for a caller that writes the
// evaluation once or shows the headline alone, and the evaluation's
// Decision stays empty: such an evaluation is not handed out.
func (e *Evaluator) evaluate(ctx context.Context, a *Assessment, lazy *decision.Lazy) (*Evaluation, error) {
	cl := a.resolved
	if cl == nil {
		var err error
		if cl, err = e.Checklists(a.Checklist.ID); err != nil {
			return nil, err
		}
	}
	ev := &Evaluation{System: a.System, Checklist: cl.Score(a.Checklist.Answers), Assessment: a,
		Definition: cl, Decider: e.decider}
	if err := e.evaluateInventory(ctx, a, ev); err != nil {
		return nil, err
	}
	if err := e.evaluateDecomposition(ctx, a, ev); err != nil {
		return nil, err
	}
	if err := e.probe(ctx, a, ev); err != nil {
		return nil, err
	}
	if e.noDecision {
		return ev, nil
	}
	text := a.System.Name
	if a.System.Description != "" {
		text += " " + a.System.Description
	}
	in := &decision.Input{
		File: e.display(a, a.Path), Checklist: cl, Answers: a.Checklist.Answers,
		AnswerLines: a.Checklist.Lines, ChecklistLine: a.Checklist.Line, Score: ev.Checklist,
		SystemText: text, Inventory: ev.Inventory, Probe: ev.Probe, Contexts: ev.Contexts, Model: ev.Model,
		Now: e.cfg.Now(), Explain: e.cfg.Explain,
	}
	if ev.Contexts != nil {
		in.Display = func(p string) string { return e.display(a, p) }
	}
	if lazy != nil {
		*lazy = e.decider.DecideLazy(in, e.cfg.Lang)
		ev.lazy = lazy
	} else {
		ev.Decision = e.decider.Decide(in, e.cfg.Lang)
	}
	return ev, nil
}

// display shows a path relative to the assessment's folder when it lies
// inside it, so evidence reads the same wherever the tree is.
func (e *Evaluator) display(a *Assessment, p string) string {
	if p == a.Path {
		// The element names its file; the evidence names the answers.
		return filepath.Base(p)
	}
	base := filepath.Dir(a.Path)
	if a.Path == "" {
		// Not read from a file (the questionnaire, suggest): relative to
		// the working folder.
		wd, err := os.Getwd()
		if err != nil {
			return filepath.ToSlash(p)
		}
		base = wd
	}
	if abs, err := filepath.Abs(p); err == nil && filepath.IsAbs(base) {
		p = abs
	}
	if rel, err := filepath.Rel(base, p); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(p)
}

// probe looks through the source tree and the collected host trees of the
// assessment for delivery and platform signs. Nothing is probed when the
// assessment names neither.
func (e *Evaluator) probe(ctx context.Context, a *Assessment, ev *Evaluation) error {
	var roots []string
	if a.Decomposition != nil && a.Decomposition.Source != "" {
		roots = append(roots, a.rel(a.Decomposition.Source))
	}
	if a.Inventory != nil {
		for _, f := range a.Inventory.Files {
			roots = append(roots, a.rel(f))
		}
	}
	opts := probe.Options{Display: func(p string) string { return e.display(a, p) }}
	var res *probe.Result
	for _, root := range roots {
		// Only folders are probed: scan files, archives and registers are
		// not trees. A linked folder is probed like the folder.
		if info, err := os.Stat(root); err != nil || !info.IsDir() {
			continue
		}
		if real, err := filepath.EvalSymlinks(root); err == nil {
			root = real
		}
		r, err := probe.Dir(ctx, root, opts)
		if errors.Is(err, context.Canceled) {
			return err
		}
		if err != nil {
			return fmt.Errorf("probe %s: %w", root, err)
		}
		if res == nil {
			res = r
		} else {
			res.Merge(r)
		}
	}
	ev.Probe = res
	return nil
}
