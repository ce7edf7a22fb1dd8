package decision

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/probe"
	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/inventory"
)

// Input is what a decision is made from. Inventory, Probe and Contexts are
// nil when their input was not given; facts that depend on them are then
// absent (unknown), never false.
type Input struct {
	// File is the assessment file as evidence shows it.
	File      string
	Checklist *checklist.Checklist
	Answers   map[int]checklist.Answer
	// AnswerLines are the lines of the answers in File; ChecklistLine the
	// line of the checklist section (for unanswered items).
	AnswerLines   map[int]int
	ChecklistLine int
	Score         checklist.Score
	SystemText    string
	Inventory     *inventory.Inventory
	Probe         *probe.Result
	Contexts      *decompose.Result
	Model         *decompose.Model
	// Now dates the end-of-support check.
	Now time.Time
	// Display shows a file path of the decomposition's input as evidence
	// (relative to the assessment, say); nil keeps paths as they are.
	Display func(string) string
	// Explain also gathers what only a full explanation shows: the
	// evidence of every strategy rule that fired and the answers bearing on
	// an unknown criterion (a batch of thousands does without).
	Explain bool
}

// Indexes of the facts every decision states.
var (
	idChecklistYes     = factIDs["checklist.yes"]
	idChecklistUnknown = factIDs["checklist.unknown"]
	idChecklistVerdict = factIDs["checklist.verdict"]
	idSystemText       = factIDs["system.text"]
)

var countWhys, verdictWhys wordCache

// langKey is the language as msg picks it, for cache keys.
func langKey(lang string) byte {
	if lang == "en" {
		return 'e'
	}
	return 'k'
}

// countWhy says "Y 6개 / 10개 (기준 6개 이상)", made once per count.
func countWhy(lang string, yes, total, threshold int) string {
	key := []byte{langKey(lang), byte(yes), byte(yes >> 8), byte(total), byte(total >> 8), byte(threshold), byte(threshold >> 8)}
	if s, ok := countWhys.get(key); ok {
		return s
	}
	s := fmt.Sprintf(msg(lang, "%d of %d answered Y (rule: %d or more)", "Y %d개 / %d개 (기준 %d개 이상)"), yes, total, threshold)
	countWhys.put(key, s)
	return s
}

// verdictWhy says "자가진단 판정: recommended", made once per verdict.
func verdictWhy(lang, verdict string) string {
	var buf [32]byte
	key := append(append(buf[:0], langKey(lang)), verdict...)
	if s, ok := verdictWhys.get(key); ok {
		return s
	}
	s := fmt.Sprintf(msg(lang, "checklist verdict: %s", "자가진단 판정: %s"), verdict)
	verdictWhys.put(key, s)
	return s
}

// answerWhys holds answerWhy's strings by language (ko, en), item and
// answer ("", Y, N, ?), made on first use.
var answerWhys [2][maxItems + 1][4]atomic.Pointer[string]

// answerWhy says "8번 문항 답변 Y" (or that the item is unanswered), made
// once per item, answer and language.
func answerWhy(lang string, item int, answer string) string {
	var slot *atomic.Pointer[string]
	a := -1
	switch answer {
	case "":
		a = 0
	case "Y":
		a = 1
	case "N":
		a = 2
	case "?":
		a = 3
	}
	if a >= 0 && item >= 0 && item <= maxItems {
		l := 0
		if lang == "en" {
			l = 1
		}
		slot = &answerWhys[l][item][a]
		if p := slot.Load(); p != nil {
			return *p
		}
	}
	var s string
	if answer == "" {
		s = fmt.Sprintf(msg(lang, "item %d unanswered", "%d번 문항 미응답"), item)
	} else {
		s = fmt.Sprintf(msg(lang, "item %d answered %s", "%d번 문항 답변 %s"), item, answer)
	}
	if slot != nil {
		slot.Store(&s)
	}
	return s
}

// checklistFacts states the answers, the checklist's counts and verdict
// and the system's text, without their evidence: the facts of an
// assessment that has answers alone.
func checklistFacts(f Facts, in *Input) {
	for _, it := range in.Checklist.Items {
		if it.Number > 0 && it.Number <= maxItems {
			f.setID(answerBase+it.Number, answerValue(in, it.Number), nil)
		}
	}
	for _, id := range []int{idChecklistYes, idChecklistUnknown, idChecklistVerdict, idSystemText} {
		f.setID(id, inputValue(in, id), nil)
	}
}

// answerValue is the fact answer.<item>: Y, N or ? (unanswered is Unknown,
// the zero Answer).
func answerValue(in *Input, item int) Value { return StringValue(in.Answers[item].String()) }

// inputValue is the value of the fact id among the checklist's counts and
// verdict and the system's text.
func inputValue(in *Input, id int) Value {
	switch id {
	case idChecklistYes:
		return intValue(in.Score.Yes)
	case idChecklistUnknown:
		return intValue(in.Score.Unknown)
	case idChecklistVerdict:
		return StringValue(string(in.Score.Verdict))
	}
	return StringValue(in.SystemText)
}

// answerEvidence cites the answer to item in the file. An answer not read
// from a file (the questionnaire) has no line of its own: it is still the
// answer, cited at the checklist.
func answerEvidence(in *Input, lang string, item int) Evidence {
	a, given := in.Answers[item]
	ev := Evidence{Path: in.File, Line: in.AnswerLines[item]}
	if ev.Line == 0 {
		ev.Line = in.ChecklistLine
	}
	if !given {
		ev.Why = answerWhy(lang, item, "")
	} else {
		ev.Why = answerWhy(lang, item, a.String())
	}
	return ev
}

// checklistEvidence cites the Y count (id idChecklistYes) or the verdict
// (idChecklistVerdict) at the checklist line.
func checklistEvidence(in *Input, lang string, id int) Evidence {
	s := in.Score
	if id == idChecklistYes {
		return Evidence{Path: in.File, Line: in.ChecklistLine, Metric: "checklist.yes", Value: strconv.Itoa(s.Yes),
			Why: countWhy(lang, s.Yes, s.Total, s.Threshold)}
	}
	return Evidence{Path: in.File, Line: in.ChecklistLine, Metric: "checklist.verdict",
		Value: string(s.Verdict), Why: verdictWhy(lang, string(s.Verdict))}
}

// itemEvidence holds per-element evidence of list facts, so "has jeus"
// cites the JEUS component rather than the whole list.
type itemEvidence map[string][]Evidence

// facts states everything the rules may read about the input.
func (d *Decider) facts(in *Input, lang string) (Facts, map[string]itemEvidence) {
	f := getFacts(len(in.Checklist.Items)).withMemo(d)
	var items map[string]itemEvidence
	if in.Inventory != nil {
		items = map[string]itemEvidence{}
	}
	checklistFacts(f, in)
	// One array holds every answer's evidence, another the checklist's
	// two: a decision states them all.
	answerEv := make([]Evidence, len(in.Checklist.Items))
	for i, it := range in.Checklist.Items {
		if it.Number > 0 && it.Number <= maxItems {
			answerEv[i] = answerEvidence(in, lang, it.Number)
			f.vals[answerBase+it.Number].Evidence = answerEv[i : i+1 : i+1]
		}
	}
	cl := []Evidence{checklistEvidence(in, lang, idChecklistYes), checklistEvidence(in, lang, idChecklistVerdict)}
	f.vals[idChecklistYes].Evidence = cl[0:1:1]
	f.vals[idChecklistVerdict].Evidence = cl[1:2:2]
	if in.Inventory != nil {
		d.inventoryFacts(f, items, in, lang)
	}
	if in.Probe != nil {
		probeFacts(f, in.Probe, lang)
	}
	if in.Contexts != nil {
		display := in.Display
		if display == nil {
			display = func(p string) string { return p }
		}
		contextFacts(f, in.Contexts, in.Model, lang, display)
	}
	// The eGovFrame version may come from a scanned WAS as well.
	if _, ok := f.Get("app.egovframe_major"); !ok && in.Inventory != nil {
		for _, c := range in.Inventory.Components {
			if c.Product == "egovframe" {
				if major, ok := majorVersion(c.Version); ok {
					f.set("app.egovframe_major", NumberValue(major), componentEvidence(c, "eGovFrame "+c.Version))
					break
				}
			}
		}
	}
	return f, items
}

func componentEvidence(c inventory.Component, why string) Evidence {
	ev := Evidence{Path: c.Host, Why: why}
	if len(c.Evidence) > 0 {
		ev.Path, ev.Line = c.Evidence[0].Path, c.Evidence[0].Line
	}
	return ev
}

func describeComponent(c inventory.Component) string {
	s := c.Product
	if c.Version != "" {
		s += " " + c.Version
	}
	return s + " @ " + c.Host
}

func (d *Decider) inventoryFacts(f Facts, items map[string]itemEvidence, in *Input, lang string) {
	inv := in.Inventory
	f.set("inventory.present", BoolValue(true))
	f.set("inventory.hosts", intValue(len(inv.Hosts)))
	byTier := map[inventory.Tier][]inventory.Component{}
	byID := map[string]inventory.Component{}
	products := itemEvidence{}
	var productList []string
	eol := itemEvidence{}
	var eolList []string
	var eolEv []Evidence
	for _, c := range inv.Components {
		byID[c.ID] = c
		byTier[c.Tier] = append(byTier[c.Tier], c)
		p := strings.ToLower(c.Product)
		if p == "" {
			continue
		}
		if _, seen := products[p]; !seen {
			productList = append(productList, p)
		}
		products[p] = append(products[p], componentEvidence(c, describeComponent(c)))
		if c.Tier == inventory.TierExternal {
			continue
		}
		if r, ended := d.Lifecycle.Ended(p, c.Version, in.Now); ended {
			if _, seen := eol[p]; !seen {
				eolList = append(eolList, p)
			}
			ev := componentEvidence(c, fmt.Sprintf(msg(lang, "%s: support ended %s (%s)", "%s: 지원 종료 %s (%s)"), describeComponent(c), r.EOL, r.Source))
			eol[p] = append(eol[p], ev)
			eolEv = append(eolEv, ev)
		}
	}
	sort.Strings(productList)
	sort.Strings(eolList)
	var all []Evidence
	for _, p := range productList {
		all = append(all, products[p]...)
	}
	f.set("inventory.products", ListValue(productList), all...)
	items["inventory.products"] = products
	f.set("inventory.eol", ListValue(eolList), eolEv...)
	items["inventory.eol"] = eol
	f.set("inventory.eol_count", intValue(len(eolEv)), eolEv...)
	tierFact := func(name string, t inventory.Tier, label string) {
		var ev []Evidence
		for _, c := range byTier[t] {
			ev = append(ev, componentEvidence(c, label+" "+describeComponent(c)))
		}
		f.set(name, intValue(len(byTier[t])), ev...)
	}
	tierFact("inventory.web", inventory.TierWeb, "web")
	tierFact("inventory.was", inventory.TierWAS, "WAS")
	tierFact("inventory.db", inventory.TierDB, "DB")

	// Load balancing: one web component sends requests to two or more
	// WAS, or two or more web servers take them.
	targets := map[string][]inventory.Link{}
	for _, l := range inv.Links {
		from, to := byID[l.From], byID[l.To]
		if from.Tier == inventory.TierWeb && to.Tier == inventory.TierWAS {
			targets[l.From] = append(targets[l.From], l)
		}
	}
	var lbEv []Evidence
	for _, from := range slices.Sorted(mapKeys(targets)) {
		ls := targets[from]
		if len(ls) >= 2 {
			for _, l := range ls {
				ev := Evidence{Why: fmt.Sprintf(msg(lang, "%s forwards to %s", "%s → %s 분산"), describeComponent(byID[l.From]), describeComponent(byID[l.To]))}
				if len(l.Evidence) > 0 {
					ev.Path, ev.Line = l.Evidence[0].Path, l.Evidence[0].Line
				}
				lbEv = append(lbEv, ev)
			}
		}
	}
	if len(byTier[inventory.TierWeb]) >= 2 {
		for _, c := range byTier[inventory.TierWeb] {
			lbEv = append(lbEv, componentEvidence(c, msg(lang, "one of several web servers: ", "복수 웹서버 중 하나: ")+describeComponent(c)))
		}
	}
	if len(lbEv) > 0 {
		f.set("inventory.load_balancer", BoolValue(true), lbEv...)
	} else {
		why := msg(lang, "no web server spreads requests over two or more WAS", "2대 이상의 WAS로 요청을 분산하는 웹서버 없음")
		f.set("inventory.load_balancer", BoolValue(false), Evidence{Metric: "inventory.web", Value: strconv.Itoa(len(byTier[inventory.TierWeb])), Why: why})
	}
	dbs := map[string][]inventory.Component{}
	for _, c := range byTier[inventory.TierDB] {
		dbs[c.Product] = append(dbs[c.Product], c)
	}
	var repEv []Evidence
	for _, p := range slices.Sorted(mapKeys(dbs)) {
		if len(dbs[p]) >= 2 {
			for _, c := range dbs[p] {
				repEv = append(repEv, componentEvidence(c, msg(lang, "one of several instances: ", "복수 인스턴스 중 하나: ")+describeComponent(c)))
			}
		}
	}
	if len(repEv) > 0 {
		f.set("inventory.db_replica", BoolValue(true), repEv...)
	} else {
		var ev []Evidence
		for _, c := range byTier[inventory.TierDB] {
			ev = append(ev, componentEvidence(c, msg(lang, "single DBMS instance: ", "단일 DBMS 인스턴스: ")+describeComponent(c)))
		}
		f.set("inventory.db_replica", BoolValue(false), ev...)
	}
}

// endOfLife lists the scanned components past their end of support.
func (d *Decider) endOfLife(in *Input, lang string) []EndOfLife {
	if in.Inventory == nil {
		return nil
	}
	var out []EndOfLife
	for _, c := range in.Inventory.Components {
		if c.Tier == inventory.TierExternal {
			continue
		}
		if r, ended := d.Lifecycle.Ended(strings.ToLower(c.Product), c.Version, in.Now); ended {
			out = append(out, EndOfLife{Component: c.ID, Product: c.Product, Version: c.Version, Ended: r.EOL, Source: r.Source,
				Evidence: componentEvidence(c, fmt.Sprintf(msg(lang, "%s: support ended %s", "%s: 지원 종료 %s"), describeComponent(c), r.EOL))})
		}
	}
	return out
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func signalEvidence(s probe.Signal) Evidence {
	return Evidence{Path: s.Path, Line: s.Line, Why: s.Detail}
}

// probeFacts states what the source and host probe found; a sign that was
// looked for and not found is false, with the searched folders as
// evidence.
func probeFacts(f Facts, p *probe.Result, lang string) {
	f.set("source.present", BoolValue(true))
	searched := func(what string) []Evidence {
		var ev []Evidence
		for _, r := range p.Roots {
			ev = append(ev, Evidence{Path: r, Why: fmt.Sprintf(msg(lang, "looked for %s: none found", "%s 찾지 못함"), what)})
		}
		return ev
	}
	boolFact := func(name, what string, kinds ...probe.Kind) {
		var ev []Evidence
		for _, k := range kinds {
			for _, s := range p.Of(k) {
				ev = append(ev, signalEvidence(s))
			}
		}
		if len(ev) > 0 {
			f.set(name, BoolValue(true), ev...)
		} else {
			f.set(name, BoolValue(false), searched(what)...)
		}
	}
	boolFact("delivery.ci", msg(lang, "a CI pipeline (Jenkinsfile, .gitlab-ci.yml, .github/workflows, Jenkins/GitLab host)",
		"CI 파이프라인(Jenkinsfile, .gitlab-ci.yml, .github/workflows, Jenkins/GitLab 서버)"), probe.CI, probe.CIHost)
	boolFact("delivery.deploy", msg(lang, "an automated deployment step", "자동 배포 단계"), probe.Deploy)
	boolFact("platform.container", msg(lang, "Dockerfiles or a container runtime", "Dockerfile 또는 컨테이너 런타임"), probe.Container)
	boolFact("platform.kubernetes", msg(lang, "Kubernetes manifests or Helm charts", "쿠버네티스 매니페스트 또는 Helm 차트"), probe.Kubernetes, probe.Helm)
	boolFact("platform.helm", msg(lang, "Helm charts", "Helm 차트"), probe.Helm)
	boolFact("config.externalised", msg(lang, "externalised connection settings", "외부화된 연결 설정"), probe.ExtConfig)
	boolFact("config.hardcoded", msg(lang, "hard-coded connection addresses", "하드코딩된 연결 주소"), probe.HardConfig)
	boolFact("app.gateway", msg(lang, "an API gateway", "API 게이트웨이"), probe.Gateway)
	boolFact("app.discovery", msg(lang, "a service registry", "서비스 레지스트리"), probe.Discovery)
	var svc []Evidence
	for _, s := range p.Of(probe.Service) {
		svc = append(svc, signalEvidence(s))
	}
	f.set("app.services", intValue(len(svc)), svc...)
	for _, s := range p.Of(probe.EgovFrame) {
		if major, ok := majorVersion(s.Detail); ok {
			f.set("app.egovframe_major", NumberValue(major), Evidence{Path: s.Path, Line: s.Line, Why: "eGovFrame " + s.Detail})
			break
		}
	}
}

func majorVersion(v string) (float64, bool) {
	head, _, _ := strings.Cut(strings.TrimSpace(v), ".")
	n, err := strconv.Atoi(head)
	if err != nil {
		return 0, false
	}
	return float64(n), true
}

// contextFacts states the decomposition's metrics; the count carries the
// largest contexts with the file and line of one of their tables.
func contextFacts(f Facts, r *decompose.Result, m *decompose.Model, lang string, display func(string) string) {
	mt := r.Metrics
	f.set("contexts.present", BoolValue(true))
	metric := func(name string, v float64, why string) {
		f.set(name, NumberValue(v), Evidence{Metric: name, Value: formatNumber(v), Why: why})
	}
	src := map[string]string{}
	if m != nil {
		for _, t := range m.Tables {
			if t.Source != "" {
				src[strings.ToUpper(t.Name)] = t.Source
			}
		}
	}
	ctxs := slices.Clone(r.Contexts)
	sort.SliceStable(ctxs, func(i, j int) bool { return len(ctxs[i].Tables) > len(ctxs[j].Tables) })
	countEv := []Evidence{{Metric: "contexts.count", Value: strconv.Itoa(len(r.Contexts)),
		Why: fmt.Sprintf(msg(lang, "%d bounded-context candidates", "바운디드 컨텍스트 후보 %d개"), len(r.Contexts))}}
	for _, c := range ctxs[:min(3, len(ctxs))] {
		ev := Evidence{Why: fmt.Sprintf(msg(lang, "context %s (%s): %d tables, %d functions", "컨텍스트 %s (%s): 테이블 %d개, 기능 %d개"),
			c.Name, c.Type, len(c.Tables), len(c.Functions))}
		for _, t := range c.Tables {
			if s, ok := src[strings.ToUpper(t)]; ok {
				ev.Path, ev.Line = splitSource(s)
				ev.Path = display(ev.Path)
				ev.Why += " — " + t
				break
			}
		}
		countEv = append(countEv, ev)
	}
	f.set("contexts.count", intValue(len(r.Contexts)), countEv...)
	metric("contexts.tables", float64(mt.Tables), fmt.Sprintf(msg(lang, "%d tables", "테이블 %d개"), mt.Tables))
	metric("contexts.functions", float64(mt.Functions), fmt.Sprintf(msg(lang, "%d functions", "기능 %d개"), mt.Functions))
	metric("contexts.modularity", mt.Modularity, msg(lang, "modularity of the contexts (higher: cleaner boundaries)", "컨텍스트 모듈성(높을수록 경계 명확)"))
	metric("contexts.cross_write_ratio", mt.CrossContextWriteRatio, msg(lang, "share of writing functions that write several contexts", "여러 컨텍스트에 쓰는 기능의 비율"))
	metric("contexts.coupling", mt.Coupling, msg(lang, "coupling between contexts (lower is better)", "컨텍스트 간 결합도(낮을수록 좋음)"))
	shared := len(r.SharedTables)
	sharedEv := []Evidence{{Metric: "contexts.shared_tables", Value: strconv.Itoa(shared),
		Why: fmt.Sprintf(msg(lang, "%d tables written by several contexts", "여러 컨텍스트가 쓰는 공유 테이블 %d개"), shared)}}
	for _, t := range r.SharedTables[:min(3, len(r.SharedTables))] {
		if s, ok := src[strings.ToUpper(t)]; ok {
			p, l := splitSource(s)
			p = display(p)
			sharedEv = append(sharedEv, Evidence{Path: p, Line: l, Why: msg(lang, "shared table ", "공유 테이블 ") + t})
		}
	}
	f.set("contexts.shared_tables", intValue(shared), sharedEv...)
	ratio := 0.0
	if mt.Tables > 0 {
		ratio = float64(shared) / float64(mt.Tables)
	}
	metric("contexts.shared_ratio", round3(ratio), msg(lang, "shared tables over all tables", "전체 테이블 중 공유 테이블 비율"))
}

// splitSource reads "path:line" (the path may hold colons).
func splitSource(s string) (string, int) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, 0
	}
	n, err := strconv.Atoi(s[i+1:])
	if err != nil {
		return s, 0
	}
	return filepath.ToSlash(s[:i]), n
}

func round3(x float64) float64 { return float64(int64(x*1000+0.5)) / 1000 }
