// Package corpus scores the decomposer against real applications: truth
// files written by reading each application (table → bounded context, with
// a reason per context), three naive baselines a consultant could compute
// in an afternoon, and the agreement measures (adjusted Rand index,
// MoJoFM). It fetches nothing: it reads a checkout it is given.
package corpus

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/decompose/source"
)

// Truth is one application's expected decomposition: the bounded contexts
// a DDD architect draws after reading the application.
type Truth struct {
	// App names the checkout folder under the corpus root.
	App string `yaml:"app"`
	// Repo and Commit say what was read and scored.
	Repo   string `yaml:"repo"`
	Commit string `yaml:"commit"`
	// Style describes the application (framework, persistence, language
	// of its comments), for the benchmark table.
	Style string `yaml:"style"`
	// Src is the folder given to --src, relative to the checkout; "" is
	// the checkout itself.
	Src      string         `yaml:"src,omitempty"`
	Contexts []TruthContext `yaml:"contexts"`
	// Shared are tables that belong to no context; they are left out of
	// the scores.
	Shared []string `yaml:"shared,omitempty"`
}

// TruthContext is one expected context.
type TruthContext struct {
	Name   string   `yaml:"name"`
	Type   string   `yaml:"type,omitempty"`
	Reason string   `yaml:"reason"`
	Tables []string `yaml:"tables"`
}

// ReadTruth reads and checks a truth file: every context has a name, a
// reason and tables, and no table is listed twice.
func ReadTruth(p string) (*Truth, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var t Truth
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	if t.App == "" || t.Repo == "" || t.Commit == "" {
		return nil, fmt.Errorf("%s: app, repo and commit are required", p)
	}
	seen := map[string]string{}
	for _, c := range t.Contexts {
		if c.Name == "" || c.Reason == "" || len(c.Tables) == 0 {
			return nil, fmt.Errorf("%s: context %q needs a name, a reason and tables", p, c.Name)
		}
		for _, tb := range c.Tables {
			u := strings.ToUpper(tb)
			if where, ok := seen[u]; ok {
				return nil, fmt.Errorf("%s: table %s in %s and %s", p, u, where, c.Name)
			}
			seen[u] = c.Name
		}
	}
	for _, tb := range t.Shared {
		u := strings.ToUpper(tb)
		if where, ok := seen[u]; ok {
			return nil, fmt.Errorf("%s: shared table %s also in %s", p, u, where)
		}
		seen[u] = "shared"
	}
	return &t, nil
}

// Partition is the truth as table → context, shared tables left out.
func (t *Truth) Partition() map[string]string {
	p := map[string]string{}
	for _, c := range t.Contexts {
		for _, tb := range c.Tables {
			p[strings.ToUpper(tb)] = c.Name
		}
	}
	return p
}

// Score is the agreement of one partition with the truth.
type Score struct {
	ARI    float64
	MoJoFM float64
	// Missing counts truth tables the partition does not place in a
	// context (shared, unassigned or never found); each counts as a
	// context of its own.
	Missing int
}

// Measure compares got with the truth over the truth's context tables. A
// table got does not place is its own singleton context, so leaving
// tables out never raises a score.
func Measure(truth, got map[string]string) Score {
	full := make(map[string]string, len(truth))
	missing := 0
	for tb := range truth {
		if c, ok := got[tb]; ok {
			full[tb] = "c:" + c
		} else {
			full[tb] = "t:" + tb
			missing++
		}
	}
	return Score{ARI: decompose.AdjustedRand(full, truth), MoJoFM: decompose.MoJoFM(full, truth), Missing: missing}
}

// vote counts weighted labels per table and keeps the largest, ties to
// the lexically first label.
type vote map[string]map[string]float64

func (v vote) add(table, label string, w float64) {
	if v[table] == nil {
		v[table] = map[string]float64{}
	}
	v[table][label] += w
}

func (v vote) partition() map[string]string {
	out := map[string]string{}
	for t, labels := range v {
		keys := make([]string, 0, len(labels))
		for k := range labels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		best, bestN := "", 0.0
		for _, k := range keys {
			if labels[k] > bestN {
				best, bestN = k, labels[k]
			}
		}
		out[t] = best
	}
	return out
}

// MapperBaseline puts each table in the mapper file (MyBatis mapper,
// iBATIS sqlMap, or @Select interface) whose statements use it most:
// "each table goes to the mapper that uses it most". Tables no statement
// uses are left out (each then counts as its own context).
func MapperBaseline(m *decompose.Model) map[string]string {
	v := vote{}
	for _, s := range m.Statements {
		file := s.Source
		if i := strings.LastIndexByte(file, ':'); i > 0 {
			file = file[:i]
		}
		for _, t := range s.Reads {
			v.add(t, file, 1)
		}
		for _, t := range s.Writes {
			v.add(t, file, 1)
		}
	}
	return v.partition()
}

// naiveLayers are the trailing package segments the package baseline
// strips: the layer, not the module.
var naiveLayers = map[string]bool{
	"web": true, "controller": true, "controllers": true, "service": true, "impl": true,
	"dao": true, "mapper": true, "mappers": true, "repository": true, "vo": true, "dto": true,
	"domain": true, "model": true, "entity": true, "persistence": true, "api": true, "rest": true,
}

// PackageBaseline puts each table in the Java package (layer segments
// stripped: a.b.web and a.b.service.impl are both a.b) whose functions use
// it most: "tables go with the module that uses them".
func PackageBaseline(m *decompose.Model) map[string]string {
	v := vote{}
	for _, f := range m.Functions {
		if f.Package == "" {
			continue
		}
		parts := strings.Split(f.Package, ".")
		for len(parts) > 1 && naiveLayers[strings.ToLower(parts[len(parts)-1])] {
			parts = parts[:len(parts)-1]
		}
		pkg := strings.Join(parts, ".")
		for _, t := range f.Reads {
			v.add(t, pkg, 1)
		}
		for _, t := range f.Writes {
			v.add(t, pkg, 1)
		}
	}
	return v.partition()
}

// PrefixBaseline groups tables by name prefix: leading name tokens that
// more than half of all tables share (an application-wide TB_ or
// litemall_) are dropped, then the first remaining token is the group. A
// name of one token (COMTNBBS) is its own group.
func PrefixBaseline(tables []string) map[string]string {
	toks := make(map[string][]string, len(tables))
	for _, t := range tables {
		toks[t] = strings.FieldsFunc(strings.ToUpper(t), func(r rune) bool { return r == '_' || r == '-' || r == '$' })
	}
	for depth := 0; ; depth++ {
		count := map[string]int{}
		for _, ts := range toks {
			if len(ts) > 1 {
				count[ts[0]]++
			}
		}
		common := ""
		for tok, n := range count {
			if 2*n > len(tables) {
				common = tok
			}
		}
		if common == "" || depth > 4 {
			break
		}
		for t, ts := range toks {
			if len(ts) > 1 && ts[0] == common {
				toks[t] = ts[1:]
			}
		}
	}
	out := make(map[string]string, len(tables))
	for t, ts := range toks {
		if len(ts) > 1 {
			out[t] = ts[0]
		} else {
			out[t] = "=" + t
		}
	}
	return out
}

// Src is the folder to read for a truth under root.
func (t *Truth) SrcDir(root string) string {
	return path.Join(root, t.App, t.Src)
}

// Result is one application scored.
type Result struct {
	Cnready, Mapper, Package, Prefix Score
	Decomposition                    *decompose.Result
	Model                            *decompose.Model
}

// Run reads the checkout at dir as `cnready contexts --src DIR` does
// (default options), decomposes it and scores it and the baselines
// against t.
func Run(ctx context.Context, t *Truth, dir string) (*Result, error) {
	m, err := source.Load(ctx, source.Options{Dir: dir})
	if err != nil {
		return nil, err
	}
	res, err := decompose.Decompose(ctx, m, decompose.Options{})
	if err != nil {
		return nil, err
	}
	want := t.Partition()
	names := make([]string, 0, len(m.Tables))
	for _, tb := range m.Tables {
		names = append(names, tb.Name)
	}
	return &Result{
		Cnready:       Measure(want, res.Partition()),
		Mapper:        Measure(want, MapperBaseline(m)),
		Package:       Measure(want, PackageBaseline(m)),
		Prefix:        Measure(want, PrefixBaseline(names)),
		Decomposition: res, Model: m,
	}, nil
}

// Gaps says which tables of the loaded model the truth does not list and
// which truth tables the model lacks ("" when they agree): a truth must
// place every table of the application.
func Gaps(t *Truth, m *decompose.Model) string {
	listed := t.Partition()
	for _, s := range t.Shared {
		listed[strings.ToUpper(s)] = "shared"
	}
	have := map[string]bool{}
	var notInTruth, notFound []string
	for _, tb := range m.Tables {
		have[tb.Name] = true
		if _, ok := listed[tb.Name]; !ok {
			notInTruth = append(notInTruth, tb.Name)
		}
	}
	for tb := range listed {
		if !have[tb] {
			notFound = append(notFound, tb)
		}
	}
	sort.Strings(notFound)
	var parts []string
	if len(notInTruth) > 0 {
		parts = append(parts, "not in the truth: "+strings.Join(notInTruth, " "))
	}
	if len(notFound) > 0 {
		parts = append(parts, "not found in the checkout: "+strings.Join(notFound, " "))
	}
	return strings.Join(parts, "; ")
}
