package assess

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/decompose/source"
)

// DecompositionSpec is the decomposition section of an Assessment: where to
// find the input for bounded-context candidates, declared tables and
// business functions, and the user's corrections.
//
//	decomposition:
//	  source: ./src                  # application source tree
//	  ddl: [schema.sql]              # or one file as a string
//	  csv: 테이블정의서.csv
//	  dialect: oracle
//	  tables:                        # declared tables (comments, foreign keys)
//	    - {name: TB_BNF_APPL, comment: 급여신청, references: [TB_RCP_PERSON]}
//	  functions:                     # declared business functions
//	    - {id: bnf.appl.register, name: 급여신청 접수, reads: [TB_RCP_PERSON], writes: [TB_BNF_APPL], tags: [core]}
//	  overrides:
//	    pin: {TB_CMM_ATCH_FILE: common}
//	    rename: {bnf: benefit-application}
//	    type: {benefit-application: core}
type DecompositionSpec struct {
	Source    string               `yaml:"source,omitempty"`
	DDL       []string             `yaml:"ddl,omitempty"`
	CSV       []string             `yaml:"csv,omitempty"`
	Dialect   string               `yaml:"dialect,omitempty"`
	Tables    []decompose.Table    `yaml:"tables,omitempty"`
	Functions []decompose.Function `yaml:"functions,omitempty"`
	Overrides decompose.Overrides  `yaml:"overrides,omitempty"`
}

func (d *decoder) decomposition(n *yaml.Node) *DecompositionSpec {
	s := &DecompositionSpec{}
	d.Fields(n, "decomposition", map[string]func(*yaml.Node){
		"source":  func(v *yaml.Node) { d.Str(v, "decomposition.source", &s.Source) },
		"ddl":     func(v *yaml.Node) { d.StrOrList(v, "decomposition.ddl", &s.DDL) },
		"csv":     func(v *yaml.Node) { d.StrOrList(v, "decomposition.csv", &s.CSV) },
		"dialect": func(v *yaml.Node) { d.Str(v, "decomposition.dialect", &s.Dialect) },
		"tables":  func(v *yaml.Node) { s.Tables = d.declTables(v) },
		"functions": func(v *yaml.Node) {
			s.Functions = d.declFunctions(v)
		},
		"overrides": func(v *yaml.Node) {
			d.Fields(v, "decomposition.overrides", map[string]func(*yaml.Node){
				"pin":    func(v *yaml.Node) { s.Overrides.Pin = d.StrMap(v, "decomposition.overrides.pin", nil) },
				"rename": func(v *yaml.Node) { s.Overrides.Rename = d.StrMap(v, "decomposition.overrides.rename", nil) },
				"type": func(v *yaml.Node) {
					s.Overrides.Type = d.StrMap(v, "decomposition.overrides.type", func(k, v *yaml.Node) {
						switch strings.ToLower(v.Value) {
						case decompose.Core, decompose.Supporting, decompose.Generic:
						default:
							d.Errorf(v, "decomposition.overrides.type: %q for %q is not core, supporting or generic", v.Value, k.Value)
						}
					})
				},
			})
		},
	})
	return s
}

func (d *decoder) declTables(n *yaml.Node) []decompose.Table {
	if n.Kind != yaml.SequenceNode {
		d.Errorf(n, "decomposition.tables must be a list")
		return nil
	}
	var out []decompose.Table
	seen := map[string]int{}
	for _, item := range n.Content {
		var t decompose.Table
		d.Fields(item, "decomposition.tables entry", map[string]func(*yaml.Node){
			"name":       func(v *yaml.Node) { d.Str(v, "table name", &t.Name) },
			"comment":    func(v *yaml.Node) { d.Str(v, "table comment", &t.Comment) },
			"references": func(v *yaml.Node) { d.Strs(v, "table references", &t.References) },
		})
		if item.Kind != yaml.MappingNode {
			continue
		}
		if strings.TrimSpace(t.Name) == "" {
			d.Errorf(item, "decomposition.tables entry has no name")
			continue
		}
		key := strings.ToUpper(t.Name)
		if line, dup := seen[key]; dup {
			d.Errorf(item, "table %q declared twice (first at line %d)", t.Name, line)
			continue
		}
		seen[key] = item.Line
		t.Source = fmt.Sprintf("%s:%d", d.Name, item.Line)
		out = append(out, t)
	}
	return out
}

func (d *decoder) declFunctions(n *yaml.Node) []decompose.Function {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.Errorf(n, "decomposition.functions must be a list")
		return nil
	}
	var out []decompose.Function
	seen := map[string]int{}
	for _, item := range n.Content {
		var f decompose.Function
		d.Fields(item, "decomposition.functions entry", map[string]func(*yaml.Node){
			"id":     func(v *yaml.Node) { d.Str(v, "function id", &f.ID) },
			"name":   func(v *yaml.Node) { d.Str(v, "function name", &f.Name) },
			"reads":  func(v *yaml.Node) { d.Strs(v, "function reads", &f.Reads) },
			"writes": func(v *yaml.Node) { d.Strs(v, "function writes", &f.Writes) },
			"tags":   func(v *yaml.Node) { d.Strs(v, "function tags", &f.Tags) },
		})
		if item.Kind != yaml.MappingNode {
			continue
		}
		if strings.TrimSpace(f.ID) == "" {
			d.Errorf(item, "decomposition.functions entry has no id")
			continue
		}
		if line, dup := seen[f.ID]; dup {
			d.Errorf(item, "function %q declared twice (first at line %d)", f.ID, line)
			continue
		}
		if len(f.Reads)+len(f.Writes) == 0 {
			d.Errorf(item, "function %q reads and writes no table", f.ID)
			continue
		}
		seen[f.ID] = item.Line
		if f.Reads == nil {
			f.Reads = []string{}
		}
		if f.Writes == nil {
			f.Writes = []string{}
		}
		f.Source = fmt.Sprintf("%s:%d", d.Name, item.Line)
		out = append(out, f)
	}
	return out
}

// DecompositionModel builds the decomposer's input for an assessment:
// the source tree and schema files it names (relative to the file) plus its
// declared tables and functions.
func DecompositionModel(ctx context.Context, a *Assessment) (*decompose.Model, error) {
	return decompositionModel(ctx, a, source.Options{})
}

// decompositionModel is DecompositionModel reading with the limits of
// base (MaxFileSize, NoDiscovery, Fallback); the files come from a.
func decompositionModel(ctx context.Context, a *Assessment, base source.Options) (*decompose.Model, error) {
	s := a.Decomposition
	m := &decompose.Model{}
	if s == nil {
		return m, nil
	}
	rel := a.rel
	if s.Source != "" || len(s.DDL) > 0 || len(s.CSV) > 0 {
		opts := base
		opts.Dir, opts.Dialect, opts.DDL, opts.CSV = rel(s.Source), s.Dialect, nil, nil
		for _, f := range s.DDL {
			opts.DDL = append(opts.DDL, rel(f))
		}
		for _, f := range s.CSV {
			opts.CSV = append(opts.CSV, rel(f))
		}
		loaded, err := source.Load(ctx, opts)
		if err != nil {
			return nil, fmt.Errorf("decomposition: %w", err)
		}
		m = loaded
	}
	m.Tables = append(m.Tables, s.Tables...)
	m.Functions = append(m.Functions, s.Functions...)
	return m, nil
}

// evaluateDecomposition runs the decomposer on the assessment's input and
// keeps its result and its input model.
func (e *Evaluator) evaluateDecomposition(ctx context.Context, a *Assessment, ev *Evaluation) error {
	if a.Decomposition == nil {
		return nil
	}
	res, m, err := e.Contexts(ctx, a)
	if err != nil {
		return fmt.Errorf("decomposition: %w", err)
	}
	ev.Contexts, ev.Model = res, m
	return nil
}

// ErrNoDecomposition is Contexts' error for an assessment without a
// decomposition section.
var ErrNoDecomposition = errors.New("no decomposition section (give source, ddl, csv, tables or functions)")

// Contexts proposes the bounded contexts of an assessment's decomposition
// section alone, with the evaluator's decomposer settings and the file's
// overrides: what Evaluate puts in Evaluation.Contexts, for `cnready
// contexts FILE`. The model is returned even when decomposing fails, so
// its reading problems can be shown.
func (e *Evaluator) Contexts(ctx context.Context, a *Assessment) (*decompose.Result, *decompose.Model, error) {
	if a.Decomposition == nil {
		return nil, nil, ErrNoDecomposition
	}
	m, err := decompositionModel(ctx, a, e.cfg.Source)
	if err != nil {
		return nil, nil, err
	}
	opts := e.cfg.Decompose
	opts.Overrides = a.Decomposition.Overrides
	res, err := decompose.Decompose(ctx, m, opts)
	return res, m, err
}

// ContextsOf proposes the bounded contexts of source and schema files
// given directly (`cnready contexts --src DIR --ddl FILE`), with the same
// decomposer settings as Contexts. The model is returned even when
// decomposing fails.
func (e *Evaluator) ContextsOf(ctx context.Context, in source.Options) (*decompose.Result, *decompose.Model, error) {
	m, err := source.Load(ctx, in)
	if err != nil {
		return nil, nil, err
	}
	res, err := decompose.Decompose(ctx, m, e.cfg.Decompose)
	return res, m, err
}
