package report

import (
	"bufio"
	"fmt"
	"github.com/cnready/cnready/inventory"
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
	topoDotEscaper     = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	topoMermaidEscaper = strings.NewReplacer(`"`, "#quot;", "\n", "<br/>", "<", "#lt;", ">", "#gt;", "|", "#124;")
)

// topoDotQuote writes s as a DOT string. Control characters from input are
// made visible first, so a diagram printed to a terminal cannot drive it.
func topoDotQuote(s string) string {
	return `"` + topoDotEscaper.Replace(topoVisible(s)) + `"`
}

// topoVisible makes control characters of input-derived text visible, keeping
// the newlines labels are built with.
func topoVisible(s string) string {
	return sanitize.Text(strings.ReplaceAll(s, "\t", " "))
}

// WriteTopologyDOT draws the topology for Graphviz: one cluster per system,
// edges labelled by protocol.
func WriteTopologyDOT(w io.Writer, inv *inventory.Inventory) error {
	bw := bufio.NewWriter(w)
	comps := map[string]inventory.Component{}
	for _, c := range inv.Components {
		comps[c.ID] = c
	}
	fmt.Fprintln(bw, "digraph inventory {")
	fmt.Fprintln(bw, "  rankdir=LR;")
	fmt.Fprintln(bw, `  node [shape=box, fontname="sans-serif"];`)
	for i, s := range inv.Systems {
		fmt.Fprintf(bw, "  subgraph cluster_%d {\n", i+1)
		fmt.Fprintf(bw, "    label=%s;\n", topoDotQuote(s.ID+" ("+string(s.Pattern)+")"))
		for _, ids := range [][]string{s.Web, s.WAS, s.DB} {
			for _, id := range ids {
				c := comps[id]
				attrs := ""
				if c.Tier == inventory.TierExternal {
					attrs = ", style=dashed"
				}
				fmt.Fprintf(bw, "    %s [label=%s%s];\n", topoDotQuote(id), topoDotQuote(diagramLabel(c)), attrs)
			}
		}
		fmt.Fprintln(bw, "  }")
	}
	for _, l := range inv.Links {
		fmt.Fprintf(bw, "  %s -> %s [label=%s];\n", topoDotQuote(l.From), topoDotQuote(l.To), topoDotQuote(l.Protocol))
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

// diagramLabel is a two-line node label: tier and host, product and version.
func diagramLabel(c inventory.Component) string {
	if c.Tier == inventory.TierExternal {
		return "external\n" + strings.TrimSpace(strings.TrimPrefix(c.ID, "external:")+" "+c.Product)
	}
	return strings.ToUpper(string(c.Tier)) + " " + c.Host + "\n" + strings.TrimSpace(orUnknown(c.Product)+" "+c.Version)
}

// topoMermaidText escapes a label for a Mermaid quoted string.
func topoMermaidText(s string) string {
	return topoMermaidEscaper.Replace(topoVisible(s))
}

// WriteTopologyMermaid draws the topology as a Mermaid flowchart: one subgraph
// per system, edges labelled by protocol.
func WriteTopologyMermaid(w io.Writer, inv *inventory.Inventory) error {
	bw := bufio.NewWriter(w)
	comps := map[string]inventory.Component{}
	ids := map[string]string{}
	for i, c := range inv.Components {
		comps[c.ID] = c
		ids[c.ID] = "c" + strconv.Itoa(i+1)
	}
	fmt.Fprintln(bw, "flowchart LR")
	for i, s := range inv.Systems {
		fmt.Fprintf(bw, "  subgraph s%d[\"%s\"]\n", i+1, topoMermaidText(s.ID+" ("+string(s.Pattern)+")"))
		for _, list := range [][]string{s.Web, s.WAS, s.DB} {
			for _, id := range list {
				fmt.Fprintf(bw, "    %s[\"%s\"]\n", ids[id], topoMermaidText(diagramLabel(comps[id])))
			}
		}
		fmt.Fprintln(bw, "  end")
	}
	for _, l := range inv.Links {
		from, to := ids[l.From], ids[l.To]
		if from == "" || to == "" {
			continue
		}
		fmt.Fprintf(bw, "  %s -->|%s| %s\n", from, topoMermaidText(l.Protocol), to)
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
