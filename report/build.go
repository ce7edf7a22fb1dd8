package report

import (
	"cmp"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/assess/decision"
	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/inventory"
)

// Options say how a document is dated and stamped.
type Options struct {
	// Date is printed on the cover and in the footer (YYYY-MM-DD); the
	// caller fixes it for reproducible output.
	Date string
	// Version is cnready's version, printed on the cover.
	Version string
}

// roman numbers the main sections.
var roman = []string{"Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ", "Ⅸ", "Ⅹ", "Ⅺ", "Ⅻ"}

// builder assembles one document.
type builder struct {
	p    *Prose
	lang string
	doc  *Document
	ev   map[string]int // evidence key -> number
	figN int
}

func newBuilder(p *Prose, title string, opts Options) *builder {
	b := &builder{p: p, lang: p.Lang, ev: map[string]int{}}
	b.doc = &Document{Lang: p.Lang, Title: title, Evidence: []EvidenceItem{},
		Cover: Cover{Title: title, Date: opts.Date, Version: opts.Version,
			Lines: []string{fill(p.Labels.GeneratedBy, "version", opts.Version), p.Labels.Draft}}}
	return b
}

// cite numbers a piece of evidence for the appendix, once per place and
// meaning, and returns its number.
func (b *builder) cite(e decision.Evidence) int {
	where := evidenceWhere(e)
	key := where + "\x00" + e.Why
	if n, ok := b.ev[key]; ok {
		return n
	}
	n := len(b.doc.Evidence) + 1
	b.ev[key] = n
	b.doc.Evidence = append(b.doc.Evidence, EvidenceItem{N: n, Where: where, What: e.Why})
	return n
}

func (b *builder) citeAll(ev []decision.Evidence) []int {
	var out []int
	for _, e := range ev {
		if e.Path == "" && e.Metric == "" {
			continue // words, not a place: nothing to cite
		}
		if n := b.cite(e); !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

func evidenceWhere(e decision.Evidence) string {
	switch {
	case e.Path != "" && e.Line > 0:
		return e.Path + ":" + strconv.Itoa(e.Line)
	case e.Path != "":
		return e.Path
	case e.Metric != "":
		return e.Metric + " = " + e.Value
	}
	return "—"
}

// marks writes citations as "[1][4]".
func marks(ns []int) string {
	var sb strings.Builder
	for _, n := range ns {
		sb.WriteString("[" + strconv.Itoa(n) + "]")
	}
	return sb.String()
}

func (b *builder) figure(caption string) string {
	b.figN++
	return fill(b.p.Labels.Figure, "n", strconv.Itoa(b.figN)) + " " + caption
}

func section(id, number, title string, blocks ...Block) *Section {
	return &Section{ID: id, Number: number, Title: title, Blocks: blocks}
}

func paragraphs(texts []string) []Block {
	out := make([]Block, 0, len(texts))
	for _, t := range texts {
		out = append(out, &Paragraph{Text: t})
	}
	return out
}

func (b *builder) absent(how string) []Block {
	return []Block{&Paragraph{Text: b.p.Labels.Absent, Note: true}, &Paragraph{Text: how, Note: true}}
}

// Plan builds the procurement plan of one evaluated system.
func Plan(e *assess.Evaluation, p *Prose, opts Options) *Document {
	name := e.System.Name
	if name == "" {
		name = e.System.ID
	}
	b := newBuilder(p, fill(p.Title, "system", name), opts)
	b.doc.Cover.System = name
	b.doc.Cover.Agency = e.System.Agency
	parts := []func(*assess.Evaluation) *Section{
		b.overview, b.current, b.diagnosis, b.strategy, b.contexts, b.direction, b.scope, b.budget,
		b.requirementsSummary, b.requirementsDetail,
	}
	for i, part := range parts {
		s := part(e)
		s.Number = roman[i]
		s.NewPage = true
		b.doc.Sections = append(b.doc.Sections, s)
	}
	b.doc.Sections = append(b.doc.Sections, b.appendixEvidence("1"), b.appendixGlossary("2"))
	return b.doc
}

func (b *builder) overview(e *assess.Evaluation) *Section {
	p := b.p.Overview
	d := e.Decision
	name := e.System.Name
	if name == "" {
		name = e.System.ID
	}
	budget := p.BudgetMissing
	if d.Estimate.Method != "none" && d.Estimate.Amount > 0 {
		budget = fill(p.BudgetValue, "amount", decision.Thousands(d.Estimate.Amount))
	}
	agency := e.System.Agency
	if agency == "" {
		agency = b.p.Labels.AgencyInput
	}
	summary := &Sheet{Rows: []SheetRow{
		{Label: p.Fields.Name, Lines: []string{fill(b.p.ProjectName, "system", name)}},
		{Label: p.Fields.Period, Lines: []string{p.PeriodValue}},
		{Label: p.Fields.Budget, Lines: []string{budget}},
		{Label: p.Fields.Contract, Lines: []string{p.ContractValue}},
		{Label: p.Fields.Target, Lines: []string{strings.TrimSpace(fill(p.TargetValue, "system", name, "agency", agency))}},
	}}
	s := section("overview", "", p.Title, append(paragraphs(p.Intro), summary)...)
	sc := e.Checklist
	bg := section("background", "1", p.Background.Title, paragraphs(p.Background.Intro)...)
	bg.Blocks = append(bg.Blocks, &Paragraph{Text: fill(p.BackgroundResult, "yes", strconv.Itoa(sc.Yes), "total", strconv.Itoa(sc.Total),
		"threshold", strconv.Itoa(sc.Threshold), "verdict", b.p.Diagnosis.Verdicts[string(sc.Verdict)])})
	var sources []string
	for _, src := range p.Sources {
		line := "[" + src.ID + "] " + src.Text
		if src.URL != "" {
			line += " — " + src.URL
		}
		sources = append(sources, line)
	}
	if len(sources) > 0 {
		bg.Blocks = append(bg.Blocks, &Paragraph{Text: b.p.Labels.Source, Note: true}, &Bullets{Items: sources})
	}
	purpose := section("purpose", "2", p.Purpose.Title, paragraphs(p.Purpose.Intro)...)
	purpose.Blocks = append(purpose.Blocks, &Bullets{Items: p.PurposeBy.For(d.Strategy.Chosen)})
	effects := section("effects", "3", p.Effects.Title, &Bullets{Items: p.Effects.Intro})
	s.Sections = []*Section{bg, purpose, effects}
	return s
}

var tierOrder = map[inventory.Tier]int{inventory.TierWeb: 0, inventory.TierWAS: 1, inventory.TierDB: 2, inventory.TierExternal: 3}

func (b *builder) current(e *assess.Evaluation) *Section {
	p := b.p.Current
	s := section("current", "", p.Title, paragraphs(p.Intro)...)
	systems := section("systems", "1", p.Systems.Title, paragraphs(p.Systems.Intro)...)
	if e.Inventory == nil {
		systems.Blocks = append(systems.Blocks, b.absent(p.Missing)...)
	} else {
		inv := e.Inventory
		comps := slices.Clone(inv.Components)
		slices.SortStableFunc(comps, func(x, y inventory.Component) int {
			if tierOrder[x.Tier] != tierOrder[y.Tier] {
				return tierOrder[x.Tier] - tierOrder[y.Tier]
			}
			return strings.Compare(x.ID, y.ID)
		})
		links := map[string]int{}
		for _, l := range inv.Links {
			links[l.From]++
			links[l.To]++
		}
		t := &Table{Header: []string{p.Columns.Tier, p.Columns.Host, p.Columns.Product, p.Columns.Version, p.Columns.Listen, p.Columns.Links},
			Widths: []float64{1.2, 1.8, 1.6, 1.2, 2.4, 0.8}}
		for _, c := range comps {
			tier := p.Tiers[string(c.Tier)]
			if tier == "" {
				tier = string(c.Tier)
			}
			ver := c.Version
			if ver == "" {
				ver = "—"
			}
			cites := b.citeAll(componentEvidence(c))
			t.Rows = append(t.Rows, []string{tier, c.Host, c.Product + " " + marks(cites), ver, strings.Join(c.Listen, ", "), strconv.Itoa(links[c.ID])})
		}
		systems.Blocks = append(systems.Blocks, t, b.topology(inv))
	}
	problems := section("problems", "2", p.Problems.Title, paragraphs(p.Problems.Intro)...)
	var items []string
	for _, n := range e.Checklist.YesItems {
		if text, ok := p.ItemProblems[n]; ok {
			items = append(items, fmt.Sprintf("%s (%s %d)", text, b.itemWord(), n))
		}
	}
	for _, eol := range e.Decision.EndOfLife {
		n := b.cite(eol.Evidence)
		items = append(items, fill(p.EOLProblem, "product", eol.Product, "version", eol.Version, "date", eol.Ended, "source", eol.Source)+" "+marks([]int{n}))
	}
	if len(items) == 0 {
		problems.Blocks = append(problems.Blocks, &Paragraph{Text: b.p.Labels.Absent, Note: true})
	} else {
		problems.Blocks = append(problems.Blocks, &Bullets{Items: items})
	}
	s.Sections = []*Section{systems, problems}
	return s
}

func (b *builder) itemWord() string {
	if b.lang == "en" {
		return "item"
	}
	return "자가진단 문항"
}

func componentEvidence(c inventory.Component) []decision.Evidence {
	var out []decision.Evidence
	for _, ev := range c.Evidence[:min(2, len(c.Evidence))] {
		out = append(out, decision.Evidence{Path: ev.Path, Line: ev.Line, Why: c.Product + " " + c.Version})
	}
	return out
}

// topology draws the Web → WAS → DB lanes of the scanned components.
func (b *builder) topology(inv *inventory.Inventory) *Figure {
	p := b.p.Current
	lanes := map[inventory.Tier]*Lane{}
	var order []inventory.Tier
	for _, t := range []inventory.Tier{inventory.TierWeb, inventory.TierWAS, inventory.TierDB, inventory.TierExternal} {
		title := p.Tiers[string(t)]
		if title == "" {
			title = string(t)
		}
		lanes[t] = &Lane{Title: title}
		order = append(order, t)
	}
	for _, c := range inv.Components {
		l, ok := lanes[c.Tier]
		if !ok {
			continue
		}
		label := c.Product
		if c.Version != "" {
			label += " " + c.Version
		}
		style := ""
		if c.Tier == inventory.TierExternal {
			style = "muted"
		}
		l.Nodes = append(l.Nodes, Node{ID: c.ID, Label: label, Sub: c.Host, Style: style})
	}
	d := &Diagram{}
	for _, t := range order {
		if len(lanes[t].Nodes) > 0 {
			d.Lanes = append(d.Lanes, *lanes[t])
		}
	}
	for _, l := range inv.Links {
		d.Edges = append(d.Edges, Edge{From: l.From, To: l.To, Label: l.Protocol})
	}
	return &Figure{Caption: b.figure(p.Topology), Diagram: d}
}

func (b *builder) answerWord(a checklist.Answer) string {
	switch a {
	case checklist.Yes:
		return b.p.Labels.Yes
	case checklist.No:
		return b.p.Labels.No
	}
	return b.p.Labels.Unknown
}

func (b *builder) diagnosis(e *assess.Evaluation) *Section {
	p := b.p.Diagnosis
	s := section("diagnosis", "", p.Title, paragraphs(p.Intro)...)
	cl := e.Definition
	t := &Table{Header: []string{p.Columns.Goal, p.Columns.Number, p.Columns.Item, p.Columns.Answer, p.Columns.Note},
		Widths: []float64{1.3, 0.6, 5, 1.05, 2}}
	var answers map[int]checklist.Answer
	var notes map[int]string
	var lines map[int]int
	file := ""
	if a := e.Assessment; a != nil {
		answers, notes, lines = a.Checklist.Answers, a.Checklist.Notes, a.Checklist.Lines
		file = filepath.Base(a.Path)
	}
	if cl != nil {
		lastGoal := ""
		for _, it := range cl.Items {
			goal := ""
			if it.Goal != lastGoal {
				if g, ok := cl.Goal(it.Goal); ok {
					goal = g.Name.In(b.lang)
				}
				lastGoal = it.Goal
			}
			answer := b.answerWord(answers[it.Number])
			if l := lines[it.Number]; l > 0 && file != "" {
				answer += " " + marks([]int{b.cite(decision.Evidence{Path: file, Line: l,
					Why: fmt.Sprintf(b.word("item %d answered %s", "%d번 문항 답변 %s"), it.Number, answers[it.Number])})})
			}
			t.Rows = append(t.Rows, []string{goal, strconv.Itoa(it.Number), it.Text.In(b.lang), answer, notes[it.Number]})
		}
	}
	sc := e.Checklist
	chart := &Chart{Max: 0}
	for _, g := range sc.Categories {
		name := g.Name
		if b.lang == "en" && g.NameEn != "" {
			name = g.NameEn
		}
		chart.Bars = append(chart.Bars, Bar{Label: name, Value: float64(g.Yes), Text: fmt.Sprintf("%d / %d", g.Yes, g.Total)})
		chart.Max = max(chart.Max, float64(g.Total))
	}
	s.Blocks = append(s.Blocks, t, &Figure{Caption: b.figure(p.Chart), Chart: chart},
		&Paragraph{Text: fill(p.Rule, "threshold", strconv.Itoa(sc.Threshold))},
		&Paragraph{Text: fill(p.Result, "yes", strconv.Itoa(sc.Yes), "total", strconv.Itoa(sc.Total), "verdict", p.Verdicts[string(sc.Verdict)])})

	crit := section("criteria", "1", p.Criteria.Title, paragraphs(p.Criteria.Intro)...)
	ct := &Table{Header: []string{p.CriteriaColumns.Criterion, p.CriteriaColumns.Status, p.CriteriaColumns.Evidence}, Widths: []float64{2.2, 1, 5.5}}
	for _, c := range e.Decision.Criteria {
		var why []string
		for _, ev := range c.Evidence {
			switch {
			case ev.Metric == "points":
			case ev.Path == "" && ev.Metric == "":
				// A signal's own words: what it found, not where.
				why = append(why, ev.Why)
			default:
				why = append(why, ev.Why+" "+marks([]int{b.cite(ev)}))
			}
		}
		ct.Rows = append(ct.Rows, []string{c.Name + "\n" + c.Basis, p.Statuses[c.Status], strings.Join(why, "\n")})
	}
	crit.Blocks = append(crit.Blocks, ct)

	sug := section("suggestions", "2", p.Suggestions.Title, paragraphs(p.Suggestions.Intro)...)
	st := &Table{Header: []string{p.SuggestionColumns.Item, p.SuggestionColumns.Given, p.SuggestionColumns.Suggested, p.SuggestionColumns.Evidence},
		Widths: []float64{0.7, 0.9, 0.9, 6}}
	for _, sg := range e.Decision.Suggestions {
		if sg.Agrees != nil && *sg.Agrees {
			continue
		}
		given, _ := checklist.ParseAnswer(sg.Given)
		suggested, _ := checklist.ParseAnswer(sg.Answer)
		st.Rows = append(st.Rows, []string{strconv.Itoa(sg.Item), b.answerWord(given), b.answerWord(suggested),
			sg.Why + " " + marks(b.citeAll(sg.Evidence))})
	}
	if len(st.Rows) == 0 {
		sug.Blocks = append(sug.Blocks, &Paragraph{Text: p.NoDisagreement, Note: true})
	} else {
		sug.Blocks = append(sug.Blocks, st)
	}
	s.Sections = []*Section{crit, sug}
	return s
}

func (b *builder) strategy(e *assess.Evaluation) *Section {
	p := b.p.Strategy
	d := e.Decision
	s := section("strategy", "", p.Title, paragraphs(p.Intro)...)
	t := &Table{Header: []string{p.Columns.Strategy, p.Columns.Name, p.Columns.Summary, p.Columns.Score, p.Columns.Mark},
		Widths: []float64{1.3, 2.3, 3.8, 0.7, 1.1}}
	for _, id := range decision.Strategies {
		info, _ := e.Decider.Rules.StrategyByID(id)
		mark := ""
		switch id {
		case d.Strategy.Chosen:
			mark = p.Chosen
		case d.Strategy.RunnerUp:
			mark = p.RunnerUp
		}
		t.Rows = append(t.Rows, []string{id, info.Name.In(b.lang), info.Summary.In(b.lang), strconv.Itoa(d.Strategy.Scores.Get(id)), mark})
		t.Emphasis = append(t.Emphasis, id == d.Strategy.Chosen)
	}
	s.Blocks = append(s.Blocks, t)
	rat := section("rationale", "1", p.Rationale.Title, paragraphs(p.Rationale.Intro)...)
	rat.Blocks = append(rat.Blocks, &Bullets{Items: d.Strategy.Rationale})

	m := d.Maturity
	mat := section("maturity", "2", p.Maturity.Title, paragraphs(p.Maturity.Intro)...)
	mat.Blocks = append(mat.Blocks, &Paragraph{Text: fill(p.MaturityLine, "current", "L"+strconv.Itoa(m.Level), "current_name", m.Name,
		"target", "L"+strconv.Itoa(m.Target), "target_name", m.TargetName), Cites: b.citeAll(m.Evidence)})
	if m.Assumed {
		mat.Blocks = append(mat.Blocks, &Paragraph{Text: p.Assumed, Note: true})
	}
	lt := &Table{Header: []string{"", p.Columns.Name, p.Columns.Summary, p.Columns.Mark}, Widths: []float64{0.6, 1.8, 5.3, 1.3}}
	for _, l := range e.Decider.Rules.Maturity.Levels {
		mark := ""
		if l.Level == m.Level {
			mark = b.word("current", "현재")
		}
		if l.Level == m.Target && m.Target != m.Level {
			mark = b.word("target", "목표")
		}
		lt.Rows = append(lt.Rows, []string{"L" + strconv.Itoa(l.Level), l.Name.In(b.lang), l.Description.In(b.lang), mark})
		lt.Emphasis = append(lt.Emphasis, l.Level == m.Target)
	}
	mat.Blocks = append(mat.Blocks, lt)

	arch := section("architecture", "3", p.Architecture.Title, paragraphs(p.Architecture.Intro)...)
	arch.Blocks = append(arch.Blocks, b.architecture(e))
	s.Sections = []*Section{rat, mat, arch}
	return s
}

func (b *builder) word(en, ko string) string {
	if b.lang == "en" {
		return en
	}
	return ko
}

// architecture draws the target cloud-native architecture: users, API
// gateway, the microservices (the context candidates when known) in a
// service mesh, backing services, over the platform (orchestration, CI/CD,
// monitoring).
func (b *builder) architecture(e *assess.Evaluation) *Figure {
	c := b.p.Strategy.Components
	var services []Node
	if e.Contexts != nil {
		for _, ctx := range e.Contexts.Contexts {
			label := ctx.Name
			if ctx.Label != "" {
				label = ctx.Label
			}
			style := ""
			if ctx.Type == decompose.Core {
				style = "accent"
			}
			services = append(services, Node{ID: "svc:" + ctx.Name, Label: label, Sub: ctx.Name, Style: style})
			if len(services) == 6 {
				break
			}
		}
	}
	if len(services) == 0 {
		for i := 1; i <= 3; i++ {
			services = append(services, Node{ID: "svc:" + strconv.Itoa(i), Label: c.Services + " " + string(rune('A'+i-1))})
		}
	}
	d := &Diagram{Lanes: []Lane{
		{Title: c.Users, Nodes: []Node{{ID: "users", Label: c.Users}}},
		{Title: c.Gateway, Nodes: []Node{{ID: "gateway", Label: c.Gateway, Style: "accent"}}},
		{Title: c.Mesh, Nodes: services},
		{Title: cmp.Or(c.BackingLane, c.Backing), Nodes: []Node{{ID: "backing", Label: c.Backing}}},
		{Title: cmp.Or(c.PlatformLane, c.Orchestration), Nodes: []Node{
			{ID: "k8s", Label: c.Orchestration, Style: "muted"},
			{ID: "cicd", Label: c.CICD, Style: "muted"},
			{ID: "monitoring", Label: c.Monitoring, Style: "muted"},
		}},
	}}
	d.Edges = append(d.Edges, Edge{From: "users", To: "gateway"})
	for _, s := range services {
		d.Edges = append(d.Edges, Edge{From: "gateway", To: s.ID}, Edge{From: s.ID, To: "backing", Dashed: true})
	}
	return &Figure{Caption: b.figure(b.p.Strategy.Architecture.Title), Diagram: d}
}

func (b *builder) contexts(e *assess.Evaluation) *Section {
	p := b.p.Contexts
	s := section("contexts", "", p.Title, paragraphs(p.Intro)...)
	r := e.Contexts
	if r == nil {
		s.Blocks = append(s.Blocks, b.absent(p.Missing)...)
		return s
	}
	comments := map[string]string{}
	if e.Model != nil {
		for _, t := range e.Model.Tables {
			if t.Comment != "" {
				comments[strings.ToUpper(t.Name)] = t.Comment
			}
		}
	}
	t := &Table{Header: []string{p.Columns.Context, p.Columns.Type, p.Columns.Tables, p.Columns.Functions}, Widths: []float64{2, 0.8, 5.5, 0.8}}
	for _, c := range r.Contexts {
		name := c.Name
		if c.Label != "" {
			name = c.Label + "\n(" + c.Name + ")"
		}
		var tables []string
		for i, tn := range c.Tables {
			if i == 12 {
				tables = append(tables, fmt.Sprintf(b.word("… +%d more", "… 외 %d개"), len(c.Tables)-12))
				break
			}
			if cm := comments[strings.ToUpper(tn)]; cm != "" {
				tn += "(" + cm + ")"
			}
			tables = append(tables, tn)
		}
		t.Rows = append(t.Rows, []string{name, p.Types[c.Type], strings.Join(tables, ", "), strconv.Itoa(len(c.Functions))})
		t.Emphasis = append(t.Emphasis, c.Type == decompose.Core)
	}
	s.Blocks = append(s.Blocks, t)
	if len(r.SharedTables) > 0 {
		s.Blocks = append(s.Blocks, &Paragraph{Text: fill(p.Shared, "tables", strings.Join(r.SharedTables, ", "))})
	}
	s.Blocks = append(s.Blocks, b.contextMap(r))
	if len(r.Relationships) > 0 {
		s.Blocks = append(s.Blocks, b.relationships(r))
	}
	mt := section("metrics", "1", p.Metrics.Title, paragraphs(p.Metrics.Intro)...)
	m := r.Metrics
	tab := &Table{Header: []string{b.word("metric", "지표"), b.word("value", "값"), b.word("definition", "정의")}, Widths: []float64{2.2, 0.9, 6}}
	for _, kv := range []struct {
		id string
		v  float64
	}{{"modularity", m.Modularity}, {"cohesion", m.Cohesion}, {"coupling", m.Coupling}, {"cross_context_write_ratio", m.CrossContextWriteRatio},
		{"structural_modularity", m.StructuralModularity}, {"ifn", m.IFN}, {"ned", m.NED}} {
		tab.Rows = append(tab.Rows, []string{kv.id, strconv.FormatFloat(kv.v, 'f', 3, 64), p.MetricNames[kv.id]})
	}
	mt.Blocks = append(mt.Blocks, tab)
	s.Sections = []*Section{mt}
	return s
}

// contextMap draws the contexts in lanes by subdomain type, with their
// relationships.
func (b *builder) contextMap(r *decompose.Result) *Figure {
	p := b.p.Contexts
	d := &Diagram{}
	for _, typ := range []string{decompose.Core, decompose.Supporting, decompose.Generic} {
		lane := Lane{Title: p.Types[typ]}
		for _, c := range r.Contexts {
			if c.Type != typ {
				continue
			}
			style := map[string]string{decompose.Core: "accent", decompose.Generic: "muted"}[typ]
			label := c.Name
			if c.Label != "" {
				label = c.Label
			}
			lane.Nodes = append(lane.Nodes, Node{ID: c.Name, Label: label, Sub: fmt.Sprintf("%s · %d", c.Name, len(c.Tables)), Style: style})
		}
		if len(lane.Nodes) > 0 {
			d.Lanes = append(d.Lanes, lane)
		}
	}
	// Kinds are listed in the table under the map; on the arrows they
	// would overlap where contexts stack.
	for _, rel := range r.Relationships {
		d.Edges = append(d.Edges, Edge{From: rel.From, To: rel.To, Dashed: rel.Kind == decompose.UpstreamDownstream})
	}
	return &Figure{Caption: b.figure(p.Map), Diagram: d}
}

// relationships lists the context map's edges with their kind and the
// tables behind them.
func (b *builder) relationships(r *decompose.Result) *Table {
	t := &Table{Header: []string{b.word("from", "출발"), b.word("to", "도착"), b.word("relationship", "관계"), b.word("tables", "관련 테이블")},
		Widths: []float64{1.6, 1.6, 1.8, 4}}
	kinds := map[string][2]string{
		decompose.UpstreamDownstream: {"upstream-downstream (reads its data)", "상류-하류 (데이터 조회)"},
		decompose.OpenHost:           {"open host (a published service)", "공개 호스트 (공개 서비스)"},
		decompose.SharedKernel:       {"shared kernel (both write)", "공유 커널 (공동 쓰기)"},
		decompose.Partnership:        {"partnership (mutual reads)", "파트너십 (상호 조회)"},
	}
	for _, rel := range r.Relationships {
		kind := rel.Kind
		if k, ok := kinds[rel.Kind]; ok {
			kind = b.word(k[0], k[1])
		}
		tables := rel.Tables
		more := ""
		if len(tables) > 6 {
			more = fmt.Sprintf(" +%d", len(tables)-6)
			tables = tables[:6]
		}
		t.Rows = append(t.Rows, []string{rel.From, rel.To, kind, strings.Join(tables, ", ") + more})
	}
	return t
}

func (b *builder) direction(e *assess.Evaluation) *Section {
	p := b.p.Direction
	s := section("direction", "", p.Title, paragraphs(p.Intro)...)
	s.Blocks = append(s.Blocks, &Bullets{Items: p.For(e.Decision.Strategy.Chosen)})
	return s
}

func (b *builder) scope(e *assess.Evaluation) *Section {
	p := b.p.Scope
	s := section("scope", "", p.Title, paragraphs(p.Intro)...)
	s.Blocks = append(s.Blocks, &Bullets{Items: p.For(e.Decision.Strategy.Chosen)})
	return s
}

func (b *builder) budget(e *assess.Evaluation) *Section {
	p := b.p.Budget
	s := section("budget", "", p.Title, paragraphs(p.Intro)...)
	est := e.Decision.Estimate
	if est.Method == "none" {
		s.Blocks = append(s.Blocks, b.absent(p.Missing)...)
	} else {
		w := est.Weights
		t := &Table{Header: []string{p.Columns.Type, p.Columns.Count, p.Columns.Weight, p.Columns.Points}, Widths: []float64{3, 1, 1, 1.2}}
		for _, row := range []struct {
			id     string
			n      int
			weight float64
		}{{"ilf", est.FP.ILF, w.ILF}, {"eif", est.FP.EIF, w.EIF}, {"ei", est.FP.EI, w.EI}, {"eo", est.FP.EO, w.EO}, {"eq", est.FP.EQ, w.EQ}} {
			t.Rows = append(t.Rows, []string{p.Types[row.id], strconv.Itoa(row.n), num(row.weight), num(float64(row.n) * row.weight)})
			t.Emphasis = append(t.Emphasis, false)
		}
		t.Rows = append(t.Rows, []string{b.p.Labels.Total, "", "", num(est.FP.Total)})
		t.Emphasis = append(t.Emphasis, true)
		s.Blocks = append(s.Blocks, t,
			&Paragraph{Text: p.Formula + ": " + est.Formula},
			&Paragraph{Text: fill(p.Amount, "amount", decision.Thousands(est.Amount))},
			&Paragraph{Text: fill(p.UnitPrice, "price", decision.Thousands(est.UnitPrice), "year", strconv.Itoa(est.PriceYear))},
			&Paragraph{Text: b.p.Labels.Source + ": " + est.Source, Note: true},
			&Paragraph{Text: est.Note, Note: true})
	}
	if len(p.CostItems) > 0 {
		items := make([]string, len(p.CostItems))
		for i, c := range p.CostItems {
			items[i] = c + ": " + b.p.Labels.AgencyInput
		}
		s.Blocks = append(s.Blocks, &Bullets{Items: items})
	}
	return s
}

// num writes a number with at most one decimal: 91.80000000000001 → 91.8.
func num(f float64) string { return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64) }

func (b *builder) requirementsSummary(e *assess.Evaluation) *Section {
	p := b.p.Requirements
	s := section("requirements-summary", "", p.Summary.Title, paragraphs(p.Summary.Intro)...)
	cat := e.Decider.Catalogue
	count := map[string]int{}
	for _, r := range e.Decision.Requirements {
		count[r.Category]++
	}
	t := &Table{Header: []string{p.SummaryColumns.Category, p.SummaryColumns.English, p.SummaryColumns.IDRule, p.SummaryColumns.Count},
		Widths: []float64{3, 3.5, 1.5, 1.2}}
	total := 0
	for _, c := range cat.Categories {
		t.Rows = append(t.Rows, []string{c.Name.In(b.lang), c.Name.En, c.IDRule, strconv.Itoa(count[c.Code])})
		t.Emphasis = append(t.Emphasis, false)
		total += count[c.Code]
	}
	t.Rows = append(t.Rows, []string{b.p.Labels.Total, "", "", strconv.Itoa(total)})
	t.Emphasis = append(t.Emphasis, true)
	s.Blocks = append(s.Blocks, t)
	return s
}

func (b *builder) requirementsDetail(e *assess.Evaluation) *Section {
	p := b.p.Requirements
	s := section("requirements-detail", "", p.Detail.Title, paragraphs(p.Detail.Intro)...)
	cat := e.Decider.Catalogue
	for _, sel := range e.Decision.Requirements {
		r, ok := cat.Requirement(sel.ID)
		if !ok {
			continue
		}
		catName := r.Category
		if c, ok := cat.Category(r.Category); ok {
			catName = c.Name.In(b.lang)
		}
		because := sel.Because
		if cites := b.citeAll(sel.Evidence); len(cites) > 0 {
			because += " " + marks(cites)
		}
		related := strings.Join(r.Related, ", ")
		if related == "" {
			related = "—"
		}
		s.Blocks = append(s.Blocks, &Sheet{Rows: []SheetRow{
			{Label: p.Sheet.Category, Lines: []string{catName}},
			{Label: p.Sheet.ID, Lines: []string{r.ID}},
			{Label: p.Sheet.Name, Lines: []string{r.Title.In(b.lang)}},
			{Label: p.Sheet.Description, Sub: p.Sheet.Definition, Lines: []string{r.Definition.In(b.lang)}},
			{Label: p.Sheet.Description, Sub: p.Sheet.Details, Lines: r.Details.In(b.lang), Bullets: true},
			{Label: p.Sheet.Outputs, Lines: []string{strings.Join(r.Outputs.In(b.lang), ", ")}},
			{Label: p.Sheet.Related, Lines: []string{related}},
			{Label: p.Sheet.Source, Lines: []string{r.Source.In(b.lang)}},
			{Label: p.Sheet.Because, Lines: []string{because}},
		}})
	}
	if len(e.Decision.Requirements) == 0 {
		s.Blocks = append(s.Blocks, &Paragraph{Text: b.p.Labels.Absent, Note: true})
	}
	return s
}

func (b *builder) appendixEvidence(n string) *Section {
	p := b.p.Appendix
	s := section("evidence", b.word("Annex "+n, "붙임 "+n), p.Evidence.Title, paragraphs(p.Evidence.Intro)...)
	s.NewPage = true
	t := &Table{Header: []string{p.EvidenceColumns.Number, p.EvidenceColumns.Where, p.EvidenceColumns.What}, Widths: []float64{0.6, 4.2, 4.2}}
	for _, ev := range b.doc.Evidence {
		t.Rows = append(t.Rows, []string{"[" + strconv.Itoa(ev.N) + "]", ev.Where, ev.What})
	}
	if len(t.Rows) == 0 {
		s.Blocks = append(s.Blocks, &Paragraph{Text: b.p.Labels.Absent, Note: true})
	} else {
		s.Blocks = append(s.Blocks, t)
	}
	return s
}

func (b *builder) appendixGlossary(n string) *Section {
	p := b.p.Appendix
	s := section("glossary", b.word("Annex "+n, "붙임 "+n), p.Glossary.Title, paragraphs(p.Glossary.Intro)...)
	s.NewPage = true
	t := &Table{Header: []string{p.GlossaryColumns.Term, p.GlossaryColumns.Definition}, Widths: []float64{2.2, 7}}
	for _, term := range b.p.Glossary {
		t.Rows = append(t.Rows, []string{term.Term, term.Definition})
	}
	s.Blocks = append(s.Blocks, t)
	return s
}
