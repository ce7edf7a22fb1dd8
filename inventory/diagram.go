package inventory

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/cnready/cnready/internal/sanitize"
)

// Topology diagrams of an inventory. They show ids, hosts, products and
// versions only, so no secret can reach them.

// Escapes for labels, built once: a replacer per label took most of the
// time of a large diagram.
var (
	dotEscaper     = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	mermaidEscaper = strings.NewReplacer(`"`, "#quot;", "\n", "<br/>", "<", "#lt;", ">", "#gt;", "|", "#124;")
)

// dotQuote writes s as a DOT string. Control characters from input are
// made visible first, so a diagram printed to a terminal cannot drive it.
func dotQuote(s string) string {
	return `"` + dotEscaper.Replace(visible(s)) + `"`
}

// visible makes control characters of input-derived text visible, keeping
// the newlines labels are built with.
func visible(s string) string {
	return sanitize.Text(strings.ReplaceAll(s, "\t", " "))
}

// WriteDOT draws the topology for Graphviz: one cluster per system,
// edges labelled by protocol.
func WriteDOT(w io.Writer, inv *Inventory) error {
	bw := bufio.NewWriter(w)
	comps := map[string]Component{}
	for _, c := range inv.Components {
		comps[c.ID] = c
	}
	fmt.Fprintln(bw, "digraph inventory {")
	fmt.Fprintln(bw, "  rankdir=LR;")
	fmt.Fprintln(bw, `  node [shape=box, fontname="sans-serif"];`)
	for i, s := range inv.Systems {
		fmt.Fprintf(bw, "  subgraph cluster_%d {\n", i+1)
		fmt.Fprintf(bw, "    label=%s;\n", dotQuote(s.ID+" ("+string(s.Pattern)+")"))
		for _, ids := range [][]string{s.Web, s.WAS, s.DB} {
			for _, id := range ids {
				c := comps[id]
				attrs := ""
				if c.Tier == TierExternal {
					attrs = ", style=dashed"
				}
				fmt.Fprintf(bw, "    %s [label=%s%s];\n", dotQuote(id), dotQuote(diagramLabel(c)), attrs)
			}
		}
		fmt.Fprintln(bw, "  }")
	}
	for _, l := range inv.Links {
		fmt.Fprintf(bw, "  %s -> %s [label=%s];\n", dotQuote(l.From), dotQuote(l.To), dotQuote(l.Protocol))
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

// diagramLabel is a two-line node label: tier and host, product and version.
func diagramLabel(c Component) string {
	if c.Tier == TierExternal {
		return "external\n" + strings.TrimSpace(strings.TrimPrefix(c.ID, "external:")+" "+c.Product)
	}
	return strings.ToUpper(string(c.Tier)) + " " + c.Host + "\n" + strings.TrimSpace(orUnknown(c.Product)+" "+c.Version)
}

// mermaidText escapes a label for a Mermaid quoted string.
func mermaidText(s string) string {
	return mermaidEscaper.Replace(visible(s))
}

// WriteMermaid draws the topology as a Mermaid flowchart: one subgraph
// per system, edges labelled by protocol.
func WriteMermaid(w io.Writer, inv *Inventory) error {
	bw := bufio.NewWriter(w)
	comps := map[string]Component{}
	ids := map[string]string{}
	for i, c := range inv.Components {
		comps[c.ID] = c
		ids[c.ID] = "c" + strconv.Itoa(i+1)
	}
	fmt.Fprintln(bw, "flowchart LR")
	for i, s := range inv.Systems {
		fmt.Fprintf(bw, "  subgraph s%d[\"%s\"]\n", i+1, mermaidText(s.ID+" ("+string(s.Pattern)+")"))
		for _, list := range [][]string{s.Web, s.WAS, s.DB} {
			for _, id := range list {
				fmt.Fprintf(bw, "    %s[\"%s\"]\n", ids[id], mermaidText(diagramLabel(comps[id])))
			}
		}
		fmt.Fprintln(bw, "  end")
	}
	for _, l := range inv.Links {
		from, to := ids[l.From], ids[l.To]
		if from == "" || to == "" {
			continue
		}
		fmt.Fprintf(bw, "  %s -->|%s| %s\n", from, mermaidText(l.Protocol), to)
	}
	return bw.Flush()
}

// orUnknown stands in "?" for an unknown product.
func orUnknown(s string) string {
	if s == "" {
		return "?"
	}
	return s
}
