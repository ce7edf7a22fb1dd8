package decision

import (
	"strings"
	"testing"
)

func TestLoadCatalogueErrors(t *testing.T) {
	base := `categories:
  - {code: CSR, name: {ko: 클라우드 서비스 요구사항, en: Cloud}, id_rule: CSR-000}
  - {code: SER, name: {ko: 보안 요구사항}, id_rule: SER-000}
requirements:
  - id: CSR-001
    category: CSR
    title: {ko: 클라우드 서비스 공통}
    definition: {ko: 정의}
    details: {ko: [하나, 둘]}
    outputs: {ko: [설계서]}
    related: [SER-001]
    source: {ko: 출처}
    select:
      - always: true
  - id: SER-001
    category: SER
    title: {ko: 보안}
    definition: {ko: 정의}
    details: {ko: [하나]}
    outputs: {ko: [점검표]}
    source: {ko: 출처}
    select:
      - when: [{fact: strategy.chosen, in: [refactor, replatform]}]
`
	for _, tc := range []struct{ name, from, to, want string }{
		{"ok", "", "", ""},
		{"duplicate id", "  - id: SER-001", "  - id: CSR-001", `c.yaml:15: duplicate requirement id "CSR-001" (first at line 5)`},
		{"unknown category", "    category: SER", "    category: XYZ", `c.yaml:16: requirement SER-001: unknown category "XYZ"`},
		{"dangling related", "related: [SER-001]", "related: [SER-009]", `c.yaml:11: requirement CSR-001: related requirement "SER-009" does not exist`},
		{"prefix differs", "  - id: SER-001", "  - id: SER-00X", `c.yaml:15: requirement id "SER-00X" is not of the form ABC-000`},
		{"unknown fact", "fact: strategy.chosen", "fact: strategy.picked", `c.yaml:23: unknown fact "strategy.picked"`},
		{"bad strategy", "in: [refactor, replatform]", "in: [refactor, rewrite]", `c.yaml:23: strategy.chosen is one of`},
		{"unknown key", "    source: {ko: 출처}\n    select:\n      - always", "    source: {ko: 출처}\n    colour: red\n    select:\n      - always", "c.yaml:13: field colour not found"},
		{"empty select", "    select:\n      - always: true\n", "    select: []\n", "c.yaml:5: requirement CSR-001 has no select rule"},
		{"ko/en details", "details: {ko: [하나, 둘]}", "details: {ko: [하나, 둘], en: [one]}", "c.yaml:9: requirement CSR-001: 2 Korean and 1 English details"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := base
			if tc.from != "" {
				if !strings.Contains(text, tc.from) {
					t.Fatalf("fixture lacks %q", tc.from)
				}
				text = strings.Replace(text, tc.from, tc.to, 1)
			}
			_, err := LoadCatalogue([]byte(text), "c.yaml", items)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v\nwant %q", err, tc.want)
			}
		})
	}
}

// TestBuiltinCatalogue: the shipped catalogue covers the twelve categories
// and the requirements the guide names, in Korean and English.
func TestBuiltinCatalogue(t *testing.T) {
	c, err := LoadCatalogue(builtinData(t, CataloguePath), CataloguePath, items)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Requirements) < 24 {
		t.Errorf("%d requirements, want at least 24", len(c.Requirements))
	}
	used := map[string]bool{}
	for _, r := range c.Requirements {
		used[r.Category] = true
		if r.Title.En == "" || len(r.Details.En) == 0 {
			t.Errorf("%s has no English", r.ID)
		}
	}
	for _, code := range []string{"ECR", "SFR", "PER", "SIR", "DAR", "TER", "SER", "QUR", "COR", "PMR", "PSR", "CSR"} {
		if _, ok := c.Category(code); !ok || !used[code] {
			t.Errorf("category %s missing or unused", code)
		}
	}
	for id, title := range map[string]string{"CSR-003": "서비스 메시", "CSR-004": "API 게이트웨이"} {
		r, ok := c.Requirement(id)
		if !ok || !strings.Contains(r.Title.Ko, title) {
			t.Errorf("%s is not the guide's %s requirement: %+v", id, title, r.Title)
		}
	}
}
