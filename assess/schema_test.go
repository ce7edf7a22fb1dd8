package assess

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/checklist"
)

// TestSchemaCoversFixtures checks every Assessment the repository ships
// (examples, batch fixtures that decode, decomposition apps) against the
// published schema's object keys, so the schema cannot fall behind the
// decoder unnoticed.
func TestSchemaCoversFixtures(t *testing.T) {
	var files []string
	for _, pat := range []string{"../testdata/assess/*/*.yaml", "../testdata/decompose/*/*.yaml", "../testdata/*/*.yaml"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	checked := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeBytes(data, f, builtin); err != nil {
			continue // not an Assessment, or a deliberately broken one
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		checkAgainst(t, f, doc.Content[0], Schema(), "")
		checked++
	}
	if checked < 5 {
		t.Fatalf("only %d assessments checked", checked)
	}
}

// checkAgainst walks n beside schema s, reporting keys the schema does not
// list where it forbids additional properties.
func checkAgainst(t *testing.T, file string, n *yaml.Node, s map[string]any, path string) {
	t.Helper()
	if alts, ok := s["anyOf"].([]any); ok && n.Kind == yaml.SequenceNode {
		for _, a := range alts {
			if m := a.(map[string]any); m["type"] == "array" {
				s = m
			}
		}
	}
	switch n.Kind {
	case yaml.MappingNode:
		props, _ := s["properties"].(map[string]any)
		extra, _ := s["additionalProperties"].(map[string]any)
		closed := s["additionalProperties"] == false
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i].Value, n.Content[i+1]
			if sub, ok := props[k].(map[string]any); ok {
				checkAgainst(t, file, v, sub, path+"."+k)
				continue
			}
			if closed {
				t.Errorf("%s:%d: key %s%s is not in the schema", file, n.Content[i].Line, path+".", k)
				continue
			}
			if extra != nil {
				checkAgainst(t, file, v, extra, path+"."+k)
			}
		}
	case yaml.SequenceNode:
		if items, ok := s["items"].(map[string]any); ok {
			for i, c := range n.Content {
				checkAgainst(t, file, c, items, path+"["+strconv.Itoa(i)+"]")
			}
		}
	}
}

// schemaPatterns collects every regular expression in schema s: "pattern"
// values and "patternProperties" keys.
func schemaPatterns(s any) []string {
	var out []string
	switch v := s.(type) {
	case map[string]any:
		for k, sub := range v {
			switch k {
			case "pattern":
				if p, ok := sub.(string); ok {
					out = append(out, p)
				}
			case "patternProperties":
				for p := range sub.(map[string]any) {
					out = append(out, p)
				}
			}
			out = append(out, schemaPatterns(sub)...)
		}
	case []any:
		for _, sub := range v {
			out = append(out, schemaPatterns(sub)...)
		}
	}
	return out
}

// answerCases are strings to try against the answer pattern: every
// spelling in several cases and with white space around, and near misses.
func answerCases() []string {
	cases := []string{"yess", "nope", "y n", "??", "0", "1", "예예", "모 름", "y\\n", "(?i)y", "Y|N", ".", "yes\n", "\tno\u3000", "\u00a0?"}
	for _, w := range checklist.Spellings() {
		cases = append(cases, w, strings.ToUpper(w), " "+w+" ", w+"\t", "x"+w, w+"s")
		if w != "" {
			cases = append(cases, strings.ToUpper(w[:1])+w[1:])
		}
	}
	return cases
}

// TestSchemaPatternsECMAScript compiles every pattern of the schema in a
// real JavaScript engine, as editors (VS Code's YAML extension, ajv) do,
// with and without the u flag, and checks that the answer pattern accepts
// exactly what the decoder reads. JSON Schema patterns are ECMAScript
// regular expressions: Go-only syntax such as (?i) breaks validation.
func TestSchemaPatternsECMAScript(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node is needed to check the schema's patterns (install nodejs)")
		}
		t.Skip("node not installed")
	}
	patterns := append(schemaPatterns(Schema()), schemaPatterns(ResultSchema())...)
	if len(patterns) < 2 {
		t.Fatalf("only %d patterns found", len(patterns))
	}
	cases := answerCases()
	in, _ := json.Marshal(map[string]any{"patterns": patterns, "answer": AnswerPattern(), "cases": cases})
	const script = `
const {patterns, answer, cases} = JSON.parse(require("fs").readFileSync(0, "utf8"));
const errors = [];
for (const p of patterns) for (const flags of ["", "u"]) {
  try { new RegExp(p, flags); } catch (e) { errors.push(p + " /" + flags + ": " + e.message); }
}
let matches = [];
try { const re = new RegExp(answer, "u"); matches = cases.map(c => re.test(c)); } catch (e) {}
process.stdout.write(JSON.stringify({errors, matches}));
`
	cmd := exec.Command(node, "-e", script)
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var res struct {
		Errors  []string `json:"errors"`
		Matches []bool   `json:"matches"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("node output %q: %v", out, err)
	}
	for _, e := range res.Errors {
		t.Errorf("pattern does not compile in JavaScript: %s", e)
	}
	if len(res.Matches) != len(cases) {
		t.Fatalf("answer pattern: %d results for %d cases", len(res.Matches), len(cases))
	}
	for i, c := range cases {
		_, err := checklist.ParseAnswer(c)
		if res.Matches[i] != (err == nil) {
			t.Errorf("answer %q: JavaScript match %v, decoder accepts %v", c, res.Matches[i], err == nil)
		}
	}
}

// TestAnswerPatternMatchesDecoder is the same agreement in Go's regexp
// engine, so it holds where node is missing. Go's \s is ASCII white space
// only (ECMAScript's is Unicode), so cases with other spaces are left to
// the JavaScript test.
func TestAnswerPatternMatchesDecoder(t *testing.T) {
	re := regexp.MustCompile(AnswerPattern())
	for _, c := range answerCases() {
		if strings.ContainsAny(c, "\u00a0\u3000") {
			continue
		}
		_, err := checklist.ParseAnswer(c)
		if m := re.MatchString(c); m != (err == nil) {
			t.Errorf("answer %q: pattern match %v, decoder accepts %v", c, m, err == nil)
		}
	}
}

// TestResultSchemaDescribesOutput validates real `assess --format json`
// elements — checklist-only, with inventory and source, an error — against
// ResultSchema: types, required fields, enums, no field the schema does not
// name.
func TestResultSchemaDescribesOutput(t *testing.T) {
	schema := ResultSchema()
	for _, r := range exampleResults(t) {
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
		for _, p := range validate(v, schema, "") {
			t.Errorf("%s: %s", r.File, p)
		}
	}
	// The checker is not blind: a field the schema does not name, a wrong
	// enum and a missing required field are caught.
	bad := map[string]any{"file": "x", "colour": 1, "decision": map[string]any{"maturity": map[string]any{"level": 1}}}
	if got := validate(bad, schema, ""); len(got) < 3 {
		t.Errorf("validate found %v in a bad element", got)
	}
}

// validate is a small JSON Schema checker: enough of draft 2020-12 for
// the schemas cnready writes (type, const, enum, required, properties,
// additionalProperties false or a schema, items, pattern).
func validate(v any, s map[string]any, path string) (problems []string) {
	errorf := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	if c, ok := s["const"]; ok && v != c {
		errorf("%s: %v is not the constant %v", path, v, c)
	}
	if enum, ok := s["enum"].([]string); ok {
		str, _ := v.(string)
		if !slices.Contains(enum, str) {
			errorf("%s: %v not in %v", path, v, enum)
		}
	}
	typeOK := func(typ string) bool {
		switch typ {
		case "object":
			_, ok := v.(map[string]any)
			return ok
		case "array":
			_, ok := v.([]any)
			return ok
		case "string":
			_, ok := v.(string)
			return ok
		case "integer":
			f, ok := v.(float64)
			return ok && f == float64(int64(f))
		case "number":
			_, ok := v.(float64)
			return ok
		case "boolean":
			_, ok := v.(bool)
			return ok
		case "null":
			return v == nil
		}
		return true
	}
	switch typ := s["type"].(type) {
	case string:
		if !typeOK(typ) {
			errorf("%s: %v is not a %s", path, v, typ)
			return
		}
	case []string:
		if !slices.ContainsFunc(typ, typeOK) {
			errorf("%s: %v is none of %v", path, v, typ)
			return
		}
	}
	if p, ok := s["pattern"].(string); ok {
		if str, ok := v.(string); ok && !regexp.MustCompile(p).MatchString(str) {
			errorf("%s: %q does not match %s", path, str, p)
		}
	}
	switch x := v.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, req := range toStrings(s["required"]) {
			if _, ok := x[req]; !ok {
				errorf("%s: required %q missing", path, req)
			}
		}
		for k, val := range x {
			if ps, ok := props[k].(map[string]any); ok {
				problems = append(problems, validate(val, ps, path+"."+k)...)
				continue
			}
			switch ap := s["additionalProperties"].(type) {
			case bool:
				if !ap {
					errorf("%s: %q is not in the schema", path, k)
				}
			case map[string]any:
				problems = append(problems, validate(val, ap, path+"."+k)...)
			}
		}
	case []any:
		if items, ok := s["items"].(map[string]any); ok {
			for i, e := range x {
				problems = append(problems, validate(e, items, fmt.Sprintf("%s[%d]", path, i))...)
			}
		}
	}
	return problems
}

func toStrings(v any) []string {
	switch x := v.(type) {
	case []string:
		return x
	}
	return nil
}
