package assess

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/cnready/cnready/checklist"
)

// Schema returns the JSON Schema (draft 2020-12) of the Assessment file, so
// editors can validate and complete it (`cnready schema`).
func Schema() map[string]any {
	str := func(desc string) map[string]any { return map[string]any{"type": "string", "description": desc} }
	strList := func(desc string) map[string]any {
		return map[string]any{"type": "array", "items": map[string]any{"type": "string"}, "description": desc}
	}
	strOrList := func(desc string) map[string]any {
		return map[string]any{"description": desc, "anyOf": []any{map[string]any{"type": "string"}, strList("")}}
	}
	strMap := func(desc string) map[string]any {
		return map[string]any{"type": "object", "description": desc, "additionalProperties": map[string]any{"type": "string", "minLength": 1}}
	}
	answer := map[string]any{
		"description": "Y / N / ? (also yes/no, true/false, 예/아니오, 모름; any case)",
		"anyOf": []any{
			map[string]any{"type": "boolean"},
			map[string]any{"type": "null"},
			map[string]any{"type": "string", "pattern": AnswerPattern()},
		},
	}
	obj := func(desc string, props map[string]any, required ...string) map[string]any {
		m := map[string]any{"type": "object", "description": desc, "properties": props, "additionalProperties": false}
		if len(required) > 0 {
			m["required"] = required
		}
		return m
	}
	function := obj("a business function and the tables it uses", map[string]any{
		"id":     str("unique function id"),
		"name":   str("readable name"),
		"reads":  strList("tables read"),
		"writes": strList("tables written"),
		"tags":   strList("free tags, e.g. the business area"),
	}, "id")
	return map[string]any{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  "https://cnready.dev/schema/assessment-v1.json",
		"title":                "cnready Assessment (apiVersion cnready/v1)",
		"type":                 "object",
		"required":             []string{"apiVersion", "kind", "system"},
		"description":          "One information system's cloud-native self-diagnosis and the inputs for its report.",
		"additionalProperties": false,
		"properties": map[string]any{
			"apiVersion": map[string]any{"const": APIVersion},
			"kind":       map[string]any{"const": Kind},
			"system": obj("the information system", map[string]any{
				"id":          map[string]any{"type": "string", "minLength": 1, "description": "unique key in a portfolio"},
				"name":        str("system name, e.g. 민원포털"),
				"agency":      str("owning agency, e.g. 행정안전부"),
				"description": str("what the system does"),
			}, "id"),
			"checklist": obj("answers to the self-diagnosis checklist", map[string]any{
				"id": str("checklist id; default nia-2023 (the built-in NIA checklist)"),
				"answers": map[string]any{
					"type": "object", "description": "item number -> answer; a missing item counts as unknown",
					"propertyNames":        map[string]any{"pattern": "^[0-9]+$"},
					"additionalProperties": answer,
				},
				"notes": map[string]any{
					"type": "object", "description": "item number -> note",
					"propertyNames":        map[string]any{"pattern": "^[0-9]+$"},
					"additionalProperties": map[string]any{"type": "string"},
				},
			}),
			"inventory": obj("inventory produced by `cnready scan`", map[string]any{
				"files": strList("scan result files (JSON or YAML), relative to this file"),
				"hosts": map[string]any{"type": "array", "description": "hosts written inline, as in an asset register",
					"items": map[string]any{"type": "object", "description": "hostname, address, role (web|was|db), product, version, connects_to, port, system (Korean names work)"}},
			}),
			"decomposition": obj("input for bounded-context candidates (`cnready contexts`)", map[string]any{
				"source":  str("application source tree, relative to this file"),
				"ddl":     strOrList("DDL file(s): CREATE TABLE, foreign keys, COMMENT ON TABLE"),
				"csv":     strOrList("table definition CSV file(s) (테이블 정의서)"),
				"dialect": str("preferred SQL dialect among mapper copies, e.g. oracle"),
				"tables": map[string]any{"type": "array", "description": "declared tables", "items": obj("a table", map[string]any{
					"name":       str("table name"),
					"comment":    str("table comment, e.g. 급여신청"),
					"references": strList("tables this one has foreign keys to"),
				}, "name")},
				"functions": map[string]any{"type": "array", "items": function, "description": "declared business functions"},
				"overrides": obj("corrections to the proposed contexts", map[string]any{
					"pin":    strMap("table -> context it must belong to"),
					"rename": strMap("proposed context name -> new name"),
					"type": map[string]any{"type": "object", "description": "context -> subdomain type",
						"additionalProperties": map[string]any{"enum": []string{"core", "supporting", "generic"}}},
				}),
			}),
		},
	}
}

// AnswerPattern is the schema's pattern for an answer string: every
// spelling checklist.ParseAnswer reads, in any case, with surrounding white
// space. JSON Schema patterns are ECMAScript regular expressions, which have
// no inline flags such as (?i), so case is spelled out as [yY]; the result
// means the same in ECMAScript (with or without the u flag), Python and Go.
func AnswerPattern() string {
	var alts []string
	for _, w := range checklist.Spellings() {
		var b strings.Builder
		for _, r := range w {
			if up, lo := unicode.ToUpper(r), unicode.ToLower(r); up != lo {
				b.WriteString("[" + string(lo) + string(up) + "]")
				continue
			}
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
		alts = append(alts, b.String())
	}
	return `^\s*(?:` + strings.Join(alts, "|") + `)\s*$`
}

// ResultSchema returns the JSON Schema (draft 2020-12) of one element of
// `cnready assess --format json`: a file and its evaluation (system,
// checklist score, inventory, contexts, decision) or its error. The
// decision object is described field by field; inventory and contexts are
// the scan and contexts contracts (objects).
func ResultSchema() map[string]any {
	str := func(desc string) map[string]any { return map[string]any{"type": "string", "description": desc} }
	num := func(desc string) map[string]any { return map[string]any{"type": "number", "description": desc} }
	integer := func(desc string) map[string]any { return map[string]any{"type": "integer", "description": desc} }
	arr := func(desc string, items any) map[string]any {
		return map[string]any{"type": "array", "description": desc, "items": items}
	}
	obj := func(desc string, props map[string]any, required ...string) map[string]any {
		m := map[string]any{"type": "object", "description": desc, "properties": props, "additionalProperties": false}
		if len(required) > 0 {
			m["required"] = required
		}
		return m
	}
	strategies := []string{"retire", "retain", "relocate", "rehost", "replatform", "repurchase", "refactor"}
	evidence := obj("what a claim rests on: a file (or the assessment) at a line, or a metric and its value; never file text", map[string]any{
		"path":   str("file, as host:/path for collected configuration, relative to the assessment otherwise"),
		"line":   integer("line in path"),
		"metric": str("a metric or fact name"),
		"value":  str("its value"),
		"why":    str("what it shows"),
	}, "why")
	evidences := arr("evidence", evidence)
	scores := map[string]any{}
	for _, s := range strategies {
		scores[s] = integer(s + " score")
	}
	weights := obj("average weights per function type", map[string]any{"ilf": num(""), "eif": num(""), "ei": num(""), "eo": num(""), "eq": num("")})
	decision := obj("how the system should move to cloud native, every claim with its evidence", map[string]any{
		"criteria": arr("the seed's three expert criteria", obj("an expert criterion", map[string]any{
			"id":       map[string]any{"enum": []string{"complexity", "boundaries", "scale_limit"}},
			"name":     str("name (서비스 복잡도가 높은 시스템, …)"),
			"basis":    str("the expert opinion it comes from"),
			"status":   map[string]any{"enum": []string{"met", "not_met", "unknown"}},
			"points":   integer("points of the signals that held"),
			"met_at":   integer("points needed"),
			"evidence": evidences,
		}, "id", "name", "status", "evidence")),
		"maturity": obj("성숙도 단계 (L0 기존 환경 … L3 클라우드 네이티브)", map[string]any{
			"level":       map[string]any{"type": "integer", "minimum": 0, "maximum": 3},
			"name":        str("level name"),
			"target":      map[string]any{"type": "integer", "minimum": 0, "maximum": 3, "description": "level the chosen strategy reaches"},
			"target_name": str("target level name"),
			"assumed":     map[string]any{"type": "boolean", "description": "nothing was scanned or probed: the level is assumed"},
			"evidence":    evidences,
		}, "level", "name", "evidence"),
		"strategy": obj("the 7R strategy", map[string]any{
			"chosen":         map[string]any{"enum": strategies},
			"chosen_name":    str("its Korean (or English) label"),
			"runner_up":      map[string]any{"enum": strategies},
			"runner_up_name": str(""),
			"rationale":      arr("why, in words", map[string]any{"type": "string"}),
			"scores":         obj("score of every strategy", scores),
			"excluded":       arr("strategies a constraint ruled out", map[string]any{"enum": strategies}),
			"rules": arr("rules and constraints that fired", obj("a fired rule", map[string]any{
				"id":      str("rule id in templates/decision/rules.yaml"),
				"adds":    map[string]any{"type": "object", "additionalProperties": map[string]any{"type": "integer"}},
				"exclude": arr("", map[string]any{"type": "string"}),
				"choose":  str(""),
				"reads":   arr("facts it read", map[string]any{"type": "string"}),
				"why":     str(""),
			}, "id", "reads", "why")),
		}, "chosen", "runner_up", "rationale", "scores"),
		"suggestions": arr("checklist answers the evidence supports; they never change an answer", obj("a suggestion", map[string]any{
			"item":     integer("checklist item"),
			"answer":   map[string]any{"enum": []string{"Y", "N"}},
			"given":    map[string]any{"enum": []string{"Y", "N", "?"}},
			"agrees":   map[string]any{"type": []string{"boolean", "null"}, "description": "null when the item is unanswered"},
			"rule":     str("rule id"),
			"why":      str(""),
			"evidence": evidences,
		}, "item", "answer", "agrees", "evidence")),
		"requirements": arr("RFP requirements selected for the system", obj("a selected requirement", map[string]any{
			"id":       map[string]any{"type": "string", "pattern": "^[A-Z]{3}-[0-9]{3}$"},
			"category": str("ECR, SFR, PER, SIR, DAR, TER, SER, QUR, COR, PMR, PSR, CSR"),
			"title":    str(""),
			"because":  str("the rule (ID/select[n]) and the facts that fired it"),
			"evidence": evidences,
		}, "id", "title", "because")),
		"estimate": obj("first-cut size and cost: function points (simplified method) × the published unit price; before adjustment, expenses, profit and VAT", map[string]any{
			"method": str("method, or none without a decomposition"),
			"fp": obj("counts per function type and the total function points", map[string]any{
				"ilf": integer("internal logical files"), "eif": integer("external interface files"), "ei": integer("external inputs"),
				"eo": integer("external outputs"), "eq": integer("external inquiries"), "total": num("Σ count × weight"),
			}),
			"weights":    weights,
			"unit_price": integer("KRW per function point"),
			"price_year": integer("year of the price"),
			"amount":     integer("KRW"),
			"currency":   map[string]any{"const": "KRW"},
			"source":     str("where the price and weights come from"),
			"formula":    str("the computation with every count"),
			"basis":      str("what was counted"),
			"note":       str(""),
		}, "method", "fp", "unit_price", "price_year", "amount"),
		"priority": obj("portfolio priority", map[string]any{
			"score": map[string]any{"type": "integer", "minimum": 0, "maximum": 100},
			"factors": arr("its parts", obj("a factor", map[string]any{
				"id": str(""), "points": num(""), "why": str(""),
			}, "id", "points")),
		}, "score", "factors"),
		"end_of_life": arr("scanned components past their end of support", obj("an ended component", map[string]any{
			"component": str(""), "product": str(""), "version": str(""), "ended": str("YYYY-MM-DD"), "source": str(""), "evidence": evidence,
		})),
	}, "criteria", "maturity", "strategy", "suggestions", "requirements", "estimate", "priority")
	return map[string]any{
		"$schema":     "https://json-schema.org/draft/2020-12/schema",
		"$id":         "https://cnready.dev/schema/assess-result-v1.json",
		"title":       "cnready assess result (one element of `cnready assess --format json`)",
		"type":        "object",
		"required":    []string{"file"},
		"description": "A file and its evaluation, or the file and its error.",
		"properties": map[string]any{
			"file":  str("the Assessment file"),
			"error": str("file:line: message, when the file could not be assessed"),
			"system": obj("the system", map[string]any{
				"id": str(""), "name": str(""), "agency": str(""), "description": str(""),
			}, "id"),
			"checklist": map[string]any{"type": "object", "description": "the checklist score: checklist_id, yes, no, unknown, total, threshold, verdict, categories, yes_items"},
			"inventory": map[string]any{"type": "object", "description": "the scan contract: hosts, components, links, systems"},
			"contexts":  map[string]any{"type": "object", "description": "the contexts contract: contexts, shared_tables, unassigned, relationships, metrics"},
			"decision":  decision,
		},
		"additionalProperties": false,
	}
}
