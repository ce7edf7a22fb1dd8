package report

import (
	"bufio"
	"fmt"
	"github.com/cnready/cnready/assess/decompose"
	"io"
	"math"
	"strings"
	"unicode"
)

// relationVerb is the short human name of a relationship kind.
var relationVerb = map[string]string{
	decompose.UpstreamDownstream: "reads",
	decompose.OpenHost:           "reads (open host)",
	decompose.SharedKernel:       "shared kernel",
	decompose.Partnership:        "partnership",
}

// WriteContextsMarkdown writes r as a Markdown section titled title.
func WriteContextsMarkdown(w io.Writer, r *decompose.Result, title string) error {
	b := bufio.NewWriter(w)
	if title == "" {
		title = "Bounded-context candidates"
	}
	fmt.Fprintf(b, "# %s\n\n", ctxMDEscape(title))
	// Resolution is the log of the odds factor at which groups were joined.
	fmt.Fprintf(b, "%d contexts over %d tables (%d shared) from %s; joined where evidence raises the odds ×%.1f.\n\n",
		len(r.Contexts), r.Metrics.Tables, len(r.SharedTables), r.Input.Evidence, math.Exp(r.Resolution))
	b.WriteString("| context | label | type | tables | functions | depends on |\n|---|---|---|---:|---:|---|\n")
	for _, c := range r.Contexts {
		fmt.Fprintf(b, "| %s | %s | %s | %d | %d | %s |\n", ctxMDEscape(c.Name), ctxMDEscape(c.Label), c.Type,
			len(c.Tables), len(c.Functions), ctxMDEscape(strings.Join(c.DependsOn, ", ")))
	}
	for _, c := range r.Contexts {
		fmt.Fprintf(b, "\n## %s", ctxMDEscape(c.Name))
		if c.Label != "" {
			fmt.Fprintf(b, " — %s", ctxMDEscape(c.Label))
		}
		fmt.Fprintf(b, "\n\n- type: **%s** — %s\n", c.Type, ctxMDEscape(c.TypeReason))
		if c.NameKo != "" {
			fmt.Fprintf(b, "- Korean name: %s\n", ctxMDEscape(c.NameKo))
		}
		if c.NameFrom != "" {
			fmt.Fprintf(b, "- named from: %s\n", ctxMDEscape(c.NameFrom))
		}
		fmt.Fprintf(b, "- tables: %s\n", mdCode(c.Tables))
		if len(c.SharedTables) > 0 {
			fmt.Fprintf(b, "- shared tables used: %s\n", mdCode(c.SharedTables))
		}
		if len(c.Functions) > 0 {
			fmt.Fprintf(b, "- functions (%d): %s\n", len(c.Functions), mdCode(c.Functions))
		}
		if len(c.DependsOn) > 0 {
			fmt.Fprintf(b, "- depends on: %s\n", ctxMDEscape(strings.Join(c.DependsOn, ", ")))
		}
		if len(c.UsedBy) > 0 {
			fmt.Fprintf(b, "- used by: %s\n", ctxMDEscape(strings.Join(c.UsedBy, ", ")))
		}
		for _, m := range c.Microservices {
			fmt.Fprintf(b, "- microservice candidate %s: %s\n", ctxMDEscape(m.Name), mdCode(m.Tables))
		}
	}
	if len(r.SharedTables) > 0 {
		fmt.Fprintf(b, "\n## Shared tables\n\nWritten by several contexts; a shared kernel to split or to own by one context: %s\n", mdCode(r.SharedTables))
	}
	if len(r.Unassigned) > 0 {
		b.WriteString("\n## Unassigned tables\n\n| table | why |\n|---|---|\n")
		for _, u := range r.Unassigned {
			fmt.Fprintf(b, "| `%s` | %s |\n", ctxMDEscape(u.Table), ctxMDEscape(u.Reason))
		}
	}
	if len(r.Relationships) > 0 {
		b.WriteString("\n## Context map\n\n| from | to | relationship | tables |\n|---|---|---|---|\n")
		for _, rel := range r.Relationships {
			fmt.Fprintf(b, "| %s | %s | %s | %s |\n", ctxMDEscape(rel.From), ctxMDEscape(rel.To), relationVerb[rel.Kind], mdCode(rel.Tables))
		}
	}
	m := r.Metrics
	b.WriteString("\n## Metrics\n\n| metric | value | better |\n|---|---:|---|\n")
	for _, row := range []struct {
		name string
		v    float64
		dir  string
	}{
		{"modularity Q", m.Modularity, "higher"}, {"cohesion", m.Cohesion, "higher"}, {"coupling", m.Coupling, "lower"},
		{"cross-context write ratio", m.CrossContextWriteRatio, "lower"}, {"structural modularity SM", m.StructuralModularity, "higher"},
		{"IFN", m.IFN, "lower"}, {"NED", m.NED, "lower"},
	} {
		fmt.Fprintf(b, "| %s | %.4f | %s |\n", row.name, row.v, row.dir)
	}
	if len(r.HubTables) > 0 {
		b.WriteString("\n## Hub tables\n\n| table | readers | writers | placed | why |\n|---|---:|---:|---|---|\n")
		for _, h := range r.HubTables {
			fmt.Fprintf(b, "| `%s` | %d | %d | %s | %s |\n", h.Table, h.Readers, h.Writers, ctxMDEscape(h.Placed), ctxMDEscape(h.Reason))
		}
	}
	if len(r.Problems) > 0 {
		b.WriteString("\n## Problems\n\n")
		for _, p := range r.Problems {
			fmt.Fprintf(b, "- %s\n", ctxMDEscape(p))
		}
	}
	return b.Flush()
}

func ctxMDEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "*", `\*`, "_", `\_`, "<", "&lt;").Replace(s)
}

func mdCode(items []string) string {
	if len(items) == 0 {
		return "—"
	}
	parts := make([]string, len(items))
	for i, s := range items {
		parts[i] = "`" + strings.ReplaceAll(s, "`", "'") + "`"
	}
	return strings.Join(parts, ", ")
}

// WriteContextsMermaid writes the context map as a Mermaid flowchart.
func WriteContextsMermaid(w io.Writer, r *decompose.Result) error {
	b := bufio.NewWriter(w)
	b.WriteString("flowchart LR\n")
	id := map[string]string{}
	for i, c := range r.Contexts {
		id[c.Name] = fmt.Sprintf("c%d", i)
		label := c.Name
		if c.Label != "" {
			label += "<br/>" + c.Label
		}
		label += fmt.Sprintf("<br/>%s · %d tables", c.Type, len(c.Tables))
		fmt.Fprintf(b, "  c%d[\"%s\"]:::%s\n", i, ctxMermaidEscape(label), c.Type)
	}
	if len(r.SharedTables) > 0 {
		fmt.Fprintf(b, "  shared[(\"shared<br/>%s\")]\n", ctxMermaidEscape(strings.Join(r.SharedTables, "<br/>")))
	}
	for _, rel := range r.Relationships {
		switch rel.Kind {
		case decompose.SharedKernel, decompose.Partnership:
			fmt.Fprintf(b, "  %s <-->|%s| %s\n", id[rel.From], relationVerb[rel.Kind], id[rel.To])
		default:
			fmt.Fprintf(b, "  %s -->|%s| %s\n", id[rel.From], relationVerb[rel.Kind], id[rel.To])
		}
	}
	for i, c := range r.Contexts {
		if len(c.SharedTables) > 0 {
			fmt.Fprintf(b, "  c%d -.- shared\n", i)
		}
	}
	b.WriteString("  classDef core fill:#fde2e1,stroke:#c0392b\n")
	b.WriteString("  classDef supporting fill:#e1ecfd,stroke:#2e5c9a\n")
	b.WriteString("  classDef generic fill:#eeeeee,stroke:#777777\n")
	return b.Flush()
}

func ctxMermaidEscape(s string) string {
	return strings.NewReplacer(`"`, "#quot;", "\n", " ").Replace(s)
}

// WriteContextsDOT writes the context map as a Graphviz digraph.
func WriteContextsDOT(w io.Writer, r *decompose.Result) error {
	b := bufio.NewWriter(w)
	b.WriteString("digraph contexts {\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fontname=\"NanumGothic\"];\n  edge [fontname=\"NanumGothic\", fontsize=10];\n")
	fill := map[string]string{decompose.Core: "#fde2e1", decompose.Supporting: "#e1ecfd", decompose.Generic: "#eeeeee"}
	for _, c := range r.Contexts {
		label := c.Name
		if c.Label != "" {
			label += "\n" + c.Label
		}
		label += fmt.Sprintf("\n%s · %d tables", c.Type, len(c.Tables))
		fmt.Fprintf(b, "  %s [label=%s, fillcolor=%q];\n", ctxDotQuote(c.Name), ctxDotQuote(label), fill[c.Type])
	}
	if len(r.SharedTables) > 0 {
		fmt.Fprintf(b, "  %s [shape=cylinder, label=%s, fillcolor=\"#fff5cc\"];\n", ctxDotQuote("shared tables"), ctxDotQuote("shared\n"+strings.Join(r.SharedTables, "\n")))
	}
	for _, rel := range r.Relationships {
		attrs := "label=" + ctxDotQuote(relationVerb[rel.Kind])
		if rel.Kind == decompose.SharedKernel || rel.Kind == decompose.Partnership {
			attrs += ", dir=both, style=dashed"
		}
		fmt.Fprintf(b, "  %s -> %s [%s];\n", ctxDotQuote(rel.From), ctxDotQuote(rel.To), attrs)
	}
	for _, c := range r.Contexts {
		if len(c.SharedTables) > 0 {
			fmt.Fprintf(b, "  %s -> %s [style=dotted, arrowhead=none];\n", ctxDotQuote(c.Name), ctxDotQuote("shared tables"))
		}
	}
	b.WriteString("}\n")
	return b.Flush()
}

func ctxDotQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

// cmlKeywords are Context Mapper and Sculptor keywords an identifier must
// not be (they are escaped with ^).
var cmlKeywords = map[string]bool{}

func init() {
	for _, k := range strings.Fields(`Domain Subdomain BoundedContext ContextMap Aggregate Entity ValueObject
		DomainEvent CommandEvent Event Command Service Repository Module Application Flow Trait Enum
		BasicType DataTransferObject UseCase UserStory Stakeholders ValueRegister String Integer Long
		Boolean Date DateTime Timestamp BigDecimal BigInteger Double Float Key List Set Bag Collection
		Map Object Blob Clob decompose.Partnership Shared Upstream Downstream Customer Supplier type state
		contains implements realizes refines key hint owner import def abstract extends gap nogap
		scaffold hint cache inverse opposite aggregateRoot databaseTable databaseColumn Resource
		Consumer Specification SYSTEM_LANDSCAPE ORGANIZATIONAL AS_IS TO_BE FEATURE APPLICATION SYSTEM
		TEAM CORE_DOMAIN SUPPORTING_DOMAIN GENERIC_SUBDOMAIN U D OHS PL ACL CF SK P C S`) {
		cmlKeywords[k] = true
	}
}

// cmlID turns text into a Context Mapper identifier: ASCII letters and
// digits in PascalCase (Korean goes into strings, never identifiers).
func cmlID(s, fallback string) string {
	var b strings.Builder
	upper := true
	for _, r := range s {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if b.Len() == 0 && unicode.IsDigit(r) {
				b.WriteString("N")
			}
			if upper {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			upper = false
			continue
		}
		upper = true
	}
	if b.Len() == 0 {
		return fallback
	}
	return b.String()
}

func cmlString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", " ", "\r", " ").Replace(s) + `"`
}

// cmlNames hands out identifiers unique in the whole model.
type cmlNames map[string]bool

func (u cmlNames) take(id string) string {
	base := id
	for n := 2; u[id] || cmlKeywords[id]; n++ {
		id = fmt.Sprintf("%s%d", base, n)
	}
	u[id] = true
	return id
}

var cmlSubdomainType = map[string]string{decompose.Core: "CORE_DOMAIN", decompose.Supporting: "SUPPORTING_DOMAIN", decompose.Generic: "GENERIC_SUBDOMAIN"}

// WriteContextsCML writes r in Context Mapper's CML: one Domain with a Subdomain per
// context (the ideal 1:1 of figure 7-6), a BoundedContext per context with
// an Aggregate of its tables, and a ContextMap holding every context and
// relationship. Identifiers are ASCII and unique; Korean labels go into
// domainVisionStatement strings.
func WriteContextsCML(w io.Writer, r *decompose.Result, domain string) error {
	b := bufio.NewWriter(w)
	used := cmlNames{}
	domainID := used.take(cmlID(domain, "System"))
	ctxID := map[string]string{}
	subID := map[string]string{}
	for _, c := range r.Contexts {
		base := cmlID(c.Name, "Context")
		ctxID[c.Name] = used.take(base + "Context")
		subID[c.Name] = used.take(base + "Subdomain")
	}
	fmt.Fprintf(b, "/* Bounded-context candidates proposed by cnready from %s. */\n", r.Input.Evidence)
	if len(r.SharedTables) > 0 {
		fmt.Fprintf(b, "/* Shared tables (written by several contexts): %s */\n", strings.ReplaceAll(strings.Join(r.SharedTables, ", "), "*/", "* /"))
	}
	fmt.Fprintf(b, "\nDomain %s {\n  domainVisionStatement = %s\n", domainID, cmlString(domain))
	for _, c := range r.Contexts {
		vision := c.Label
		if vision == "" {
			vision = c.Name
		}
		fmt.Fprintf(b, "  Subdomain %s {\n    type = %s\n    domainVisionStatement = %s\n  }\n",
			subID[c.Name], cmlSubdomainType[c.Type], cmlString(vision+" — "+c.TypeReason))
	}
	b.WriteString("}\n")
	for _, c := range r.Contexts {
		fmt.Fprintf(b, "\nBoundedContext %s implements %s {\n  type = FEATURE\n", ctxID[c.Name], subID[c.Name])
		vision := c.Name
		if c.Label != "" {
			vision = c.Label
		}
		fmt.Fprintf(b, "  domainVisionStatement = %s\n", cmlString(vision+" ("+strings.Join(c.Tables, ", ")+")"))
		if len(c.Functions) > 0 {
			resp := make([]string, len(c.Functions))
			for i, f := range c.Functions {
				resp[i] = cmlString(f)
			}
			fmt.Fprintf(b, "  responsibilities = %s\n", strings.Join(resp, ", "))
		}
		fmt.Fprintf(b, "  Aggregate %s {\n", used.take(cmlID(c.Name, "Context")+"Aggregate"))
		for i, t := range c.Tables {
			root := ""
			if i == 0 {
				root = "aggregateRoot "
			}
			fmt.Fprintf(b, "    Entity %s { %sdatabaseTable = %s }\n", used.take(cmlID(t, "Table")), root, cmlString(t))
		}
		b.WriteString("  }\n}\n")
	}
	fmt.Fprintf(b, "\nContextMap %s {\n  type = SYSTEM_LANDSCAPE\n  state = TO_BE\n", used.take(domainID+"Map"))
	if len(r.Contexts) > 0 {
		names := make([]string, len(r.Contexts))
		for i, c := range r.Contexts {
			names[i] = ctxID[c.Name]
		}
		fmt.Fprintf(b, "  contains %s\n", strings.Join(names, ", "))
	}
	for _, rel := range r.Relationships {
		from, to := ctxID[rel.From], ctxID[rel.To]
		if from == "" || to == "" || from == to {
			continue
		}
		switch rel.Kind {
		case decompose.SharedKernel:
			fmt.Fprintf(b, "  %s [SK]<->[SK] %s\n", from, to)
		case decompose.Partnership:
			fmt.Fprintf(b, "  %s [P]<->[P] %s\n", from, to)
		case decompose.OpenHost:
			fmt.Fprintf(b, "  %s [D,CF]<-[U,OHS,PL] %s\n", from, to)
		default:
			fmt.Fprintf(b, "  %s [D]<-[U] %s\n", from, to)
		}
	}
	b.WriteString("}\n")
	return b.Flush()
}
