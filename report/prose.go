package report

import (
	"bytes"
	"fmt"
	"io/fs"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/internal/textenc"
	"github.com/cnready/cnready/internal/yamlnode"
	"github.com/cnready/cnready/templates"
)

// Prose is the plan's text in one language (templates/plan/<lang>.yaml):
// every sentence of a plan that is not data comes from here, so a
// consultant can reword the plan without touching Go. Texts may hold
// placeholders in braces ({system}, {agency}, …); each field's comment
// says which it takes.
type Prose struct {
	Lang string `yaml:"lang"`
	// Title of a one-system plan: {system}.
	Title string `yaml:"title"`
	// ProjectName is the 사업명: {system}.
	ProjectName string `yaml:"project_name"`
	// PortfolioTitle of a portfolio plan: {count}.
	PortfolioTitle string `yaml:"portfolio_title"`
	Labels         Labels `yaml:"labels"`

	Overview     OverviewProse     `yaml:"overview"`
	Current      CurrentProse      `yaml:"current"`
	Diagnosis    DiagnosisProse    `yaml:"diagnosis"`
	Strategy     StrategyProse     `yaml:"strategy"`
	Contexts     ContextsProse     `yaml:"contexts"`
	Direction    StrategyTexts     `yaml:"direction"`
	Scope        StrategyTexts     `yaml:"scope"`
	Budget       BudgetProse       `yaml:"budget"`
	Requirements RequirementsProse `yaml:"requirements"`
	Appendix     AppendixProse     `yaml:"appendix"`
	Portfolio    PortfolioProse    `yaml:"portfolio"`
	Glossary     []Term            `yaml:"glossary"`
}

// Labels are short words used across the document.
type Labels struct {
	Contents    string `yaml:"contents"`     // 목차
	Page        string `yaml:"page"`         // page n / N: "{n} / {total}"
	Date        string `yaml:"date"`         // 작성일
	Agency      string `yaml:"agency"`       // 발주기관
	System      string `yaml:"system"`       // 대상 시스템
	GeneratedBy string `yaml:"generated_by"` // {version}
	Draft       string `yaml:"draft"`        // a line on the cover: a draft to review
	Absent      string `yaml:"absent"`       // 해당 정보 없음 (평가 범위 밖)
	Evidence    string `yaml:"evidence"`     // 근거
	Source      string `yaml:"source"`       // 출처
	Yes         string `yaml:"yes"`
	No          string `yaml:"no"`
	Unknown     string `yaml:"unknown"`
	Total       string `yaml:"total"`        // 합계
	Figure      string `yaml:"figure"`       // 그림 {n}.
	Table       string `yaml:"table"`        // 표 {n}.
	Continued   string `yaml:"continued"`    // (계속)
	AgencyInput string `yaml:"agency_input"` // (기관 입력)
}

// Part is a section's title and its opening paragraphs.
type Part struct {
	Title string   `yaml:"title"`
	Intro []string `yaml:"intro,omitempty"`
}

// OverviewProse is Ⅰ 사업 개요.
type OverviewProse struct {
	Part `yaml:",inline"`
	// Summary rows of the 사업 개요 table, in this order.
	Fields struct {
		Name     string `yaml:"name"`     // 사업명
		Period   string `yaml:"period"`   // 사업기간
		Budget   string `yaml:"budget"`   // 사업예산
		Contract string `yaml:"contract"` // 계약방법
		Target   string `yaml:"target"`   // 사업대상
	} `yaml:"fields"`
	PeriodValue   string `yaml:"period_value"`   // 계약일로부터 ○개월 (기관 입력)
	BudgetValue   string `yaml:"budget_value"`   // {amount}: from the estimate
	BudgetMissing string `yaml:"budget_missing"` // without an estimate
	ContractValue string `yaml:"contract_value"` // 협상에 의한 계약
	TargetValue   string `yaml:"target_value"`   // {system}, {agency}
	Background    Part   `yaml:"background"`     // 추진 배경 및 필요성: intro paragraphs with their sources
	// BackgroundResult: {yes}, {total}, {threshold}, {verdict}.
	BackgroundResult string        `yaml:"background_result"`
	Sources          []Source      `yaml:"sources"`
	Purpose          Part          `yaml:"purpose"` // 사업 목적; intro per strategy below
	PurposeBy        StrategyTexts `yaml:"purpose_by_strategy"`
	Effects          Part          `yaml:"effects"` // 기대효과: intro as bullets
}

// Source is a cited document.
type Source struct {
	ID   string `yaml:"id"`
	Text string `yaml:"text"`
	URL  string `yaml:"url,omitempty"`
}

// StrategyTexts are bullets per 7R strategy id, with a default.
type StrategyTexts struct {
	Title   string              `yaml:"title"`
	Intro   []string            `yaml:"intro,omitempty"`
	Default []string            `yaml:"default"`
	By      map[string][]string `yaml:"by_strategy"`
}

// For returns the bullets for strategy id, or the default.
func (s StrategyTexts) For(id string) []string {
	if b, ok := s.By[id]; ok {
		return b
	}
	return s.Default
}

// CurrentProse is Ⅱ 현황 및 문제점.
type CurrentProse struct {
	Part     `yaml:",inline"`
	Systems  Part `yaml:"systems"`  // 시스템 현황 (table and topology)
	Problems Part `yaml:"problems"` // 문제점
	Columns  struct {
		Tier, Host, Product, Version, Listen, Links string
	} `yaml:"columns"`
	Tiers map[string]string `yaml:"tiers"` // web, was, db, external
	// ItemProblems words the problem behind each "Y" item: item number ->
	// sentence.
	ItemProblems map[int]string `yaml:"item_problems"`
	// EOLProblem: {product}, {version}, {date}, {source}.
	EOLProblem string `yaml:"eol_problem"`
	// Topology is the figure caption.
	Topology string `yaml:"topology"`
	Missing  string `yaml:"missing"` // how to supply an inventory
}

// DiagnosisProse is Ⅲ 자가진단 결과.
type DiagnosisProse struct {
	Part     `yaml:",inline"`
	Columns  struct{ Goal, Number, Item, Answer, Note string } `yaml:"columns"`
	Chart    string                                            `yaml:"chart"`    // caption of the per-goal chart
	Rule     string                                            `yaml:"rule"`     // {threshold}
	Verdicts map[string]string                                 `yaml:"verdicts"` // recommended, undetermined, not-recommended
	// VerdictsShort are the verdicts in a table cell\'s length.
	VerdictsShort map[string]string `yaml:"verdicts_short"`
	// Result: {yes}, {total}, {verdict}.
	Result            string                                            `yaml:"result"`
	Criteria          Part                                              `yaml:"criteria"` // the expert criteria table
	CriteriaColumns   struct{ Criterion, Status, Evidence string }      `yaml:"criteria_columns"`
	Statuses          map[string]string                                 `yaml:"statuses"`    // met, not_met, unknown
	Suggestions       Part                                              `yaml:"suggestions"` // answers the evidence does not support
	SuggestionColumns struct{ Item, Given, Suggested, Evidence string } `yaml:"suggestion_columns"`
	NoDisagreement    string                                            `yaml:"no_disagreement"`
}

// StrategyProse is Ⅳ 전환 전략.
type StrategyProse struct {
	Part      `yaml:",inline"`
	Columns   struct{ Strategy, Name, Summary, Score, Mark string } `yaml:"columns"`
	Chosen    string                                                `yaml:"chosen"`    // mark of the chosen strategy
	RunnerUp  string                                                `yaml:"runner_up"` // mark of the runner-up
	Rationale Part                                                  `yaml:"rationale"`
	Maturity  Part                                                  `yaml:"maturity"`
	// MaturityLine: {current}, {current_name}, {target}, {target_name}.
	MaturityLine string `yaml:"maturity_line"`
	Assumed      string `yaml:"assumed"`
	Architecture Part   `yaml:"architecture"` // target architecture figure
	// Components label the target-architecture diagram.
	Components struct {
		Users, Gateway, Mesh, Orchestration, CICD, Monitoring, Backing, Services, Legacy string
		// Short lane titles; the boxes carry the full names.
		BackingLane  string `yaml:"backing_lane"`
		PlatformLane string `yaml:"platform_lane"`
	} `yaml:"components"`
}

// ContextsProse is Ⅴ MSA 전환 후보.
type ContextsProse struct {
	Part        `yaml:",inline"`
	Columns     struct{ Context, Type, Tables, Functions string } `yaml:"columns"`
	Types       map[string]string                                 `yaml:"types"`        // core, supporting, generic
	Map         string                                            `yaml:"map"`          // caption of the context map
	Metrics     Part                                              `yaml:"metrics"`      // the metrics table
	MetricNames map[string]string                                 `yaml:"metric_names"` // metric id -> one-line definition
	Shared      string                                            `yaml:"shared"`       // {tables}
	Missing     string                                            `yaml:"missing"`
}

// BudgetProse is Ⅷ 소요예산(개략).
type BudgetProse struct {
	Part    `yaml:",inline"`
	Columns struct{ Type, Count, Weight, Points string } `yaml:"columns"`
	Types   map[string]string                            `yaml:"types"` // ilf, eif, ei, eo, eq -> name
	// Formula, Amount ({amount}), UnitPrice ({price}, {year}) lines.
	Formula   string `yaml:"formula"`
	Amount    string `yaml:"amount"`
	UnitPrice string `yaml:"unit_price"`
	// CostItems are the 시스템 구축비 items the agency fills in.
	CostItems []string `yaml:"cost_items"`
	Missing   string   `yaml:"missing"`
}

// RequirementsProse is Ⅸ 요구사항 총괄표 and Ⅹ 상세 요구사항.
type RequirementsProse struct {
	Summary        Part                                              `yaml:"summary"`
	SummaryColumns struct{ Category, English, IDRule, Count string } `yaml:"summary_columns"`
	Detail         Part                                              `yaml:"detail"`
	// Sheet rows of a 상세 요구사항 sheet.
	Sheet struct {
		Category, ID, Name, Description, Definition, Details, Outputs, Related, Source, Because string
	} `yaml:"sheet"`
}

// AppendixProse is 붙임.
type AppendixProse struct {
	Evidence        Part                                 `yaml:"evidence"`
	EvidenceColumns struct{ Number, Where, What string } `yaml:"evidence_columns"`
	Glossary        Part                                 `yaml:"glossary"`
	GlossaryColumns struct{ Term, Definition string }    `yaml:"glossary_columns"`
}

// PortfolioProse is the portfolio summary.
type PortfolioProse struct {
	Part         `yaml:",inline"`
	Columns      struct{ Order, System, Verdict, Strategy, Maturity, Priority, Amount string } `yaml:"columns"`
	Distribution string                                                                        `yaml:"distribution"` // caption of the Y-count chart
	// Total: {count}, {amount}.
	Total   string `yaml:"total"`
	Failed  Part   `yaml:"failed"`
	Systems Part   `yaml:"systems"` // one page per system
}

// Term is a glossary entry.
type Term struct {
	Term       string `yaml:"term"`
	Definition string `yaml:"definition"`
}

// LoadProse reads the prose of lang from a template tree.
func LoadProse(fsys fs.FS, lang string) (*Prose, error) {
	name := "plan/" + lang + ".yaml"
	label := templates.Where(fsys, name)
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", label, err)
	}
	if data, _, err = textenc.UTF8(label, data); err != nil {
		return nil, err
	}
	var p Prose
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&p); err != nil {
		return nil, yamlnode.ErrorIn(label, data, err)
	}
	if p.Lang != lang {
		return nil, fmt.Errorf("%s:1: lang is %q, want %q", label, p.Lang, lang)
	}
	if strings.TrimSpace(p.Title) == "" {
		return nil, fmt.Errorf("%s:1: title is missing", label)
	}
	return &p, nil
}

// fill replaces {name} placeholders in s.
func fill(s string, kv ...string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	r := strings.NewReplacer(func() []string {
		out := make([]string, 0, len(kv))
		for i := 0; i+1 < len(kv); i += 2 {
			out = append(out, "{"+kv[i]+"}", kv[i+1])
		}
		return out
	}()...)
	return r.Replace(s)
}
