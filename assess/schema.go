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
