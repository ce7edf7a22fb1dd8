package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/internal/sanitize"
	"github.com/cnready/cnready/inventory"
	"github.com/cnready/cnready/inventory/scan"
)

// scanWidth is the width the text summary keeps to.
const scanWidth = 80

// componentLabel names a component for people: host, product, version,
// and the instance when the host runs several of the same product.
func componentLabel(c inventory.Component, twins map[string]bool) string {
	if c.Tier == inventory.TierExternal {
		s := "external " + strings.TrimPrefix(c.ID, "external:")
		if c.Product != "" {
			s += " " + c.Product
		}
		return s
	}
	s := c.Host + " " + nonEmptyStr(c.Product, "?")
	if c.Version != "" {
		s += " " + c.Version
	}
	if twins[c.Host+" "+c.Product] {
		s += " (" + instanceName(c) + ")"
	}
	return s
}

// instanceName is the last element of the component id's location: the
// WebLogic or JEUS server, the Tomcat base folder, the Oracle SID.
func instanceName(c inventory.Component) string {
	_, loc, ok := strings.Cut(c.ID, ":")
	if !ok {
		return c.ID
	}
	return path.Base(strings.TrimRight(loc, "/"))
}

// twinComponents finds host+product pairs that occur more than once, whose
// labels need the instance to tell them apart.
func twinComponents(cs []inventory.Component) map[string]bool {
	seen := map[string]int{}
	for _, c := range cs {
		seen[c.Host+" "+c.Product]++
	}
	twins := map[string]bool{}
	for k, n := range seen {
		if n > 1 {
			twins[k] = true
		}
	}
	return twins
}

// shortenMiddle keeps s within max columns by cutting the middle of it, so
// an evidence path keeps its host and its file name and line.
func shortenMiddle(s string, max int) string {
	if lipgloss.Width(s) <= max || max < 8 {
		return s
	}
	r := []rune(s)
	keepHead := max / 3
	keepTail := max - keepHead - 1
	for keepTail > 0 && lipgloss.Width(string(r[:keepHead]))+1+lipgloss.Width(string(r[len(r)-keepTail:])) > max {
		keepTail--
	}
	return string(r[:keepHead]) + "…" + string(r[len(r)-keepTail:])
}

func nonEmptyStr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// Limits of the text summary; everything is in --format json.
const (
	scanListMax   = 30 // hosts named in one list
	scanNotesMax  = 5  // notes shown
	scanSystemMax = 40 // components, and links, shown of one system
)

func (a *app) writeScanText(w io.Writer, res *scan.Result, st *styles) error {
	bw := bufio.NewWriter(w)
	fit := st.r.NewStyle().MaxWidth(scanWidth)
	line := func(s string) { fmt.Fprintln(bw, fit.Render(s)) }
	comps := map[string]inventory.Component{}
	for _, c := range res.Components {
		comps[c.ID] = c
	}
	twins := twinComponents(res.Components)
	line(st.Title.Render(a.msg("Inventory", "인벤토리")) + "  " + st.Dim.Render(fmt.Sprintf(
		a.msg("%d hosts · %d components · %d links · %d systems", "호스트 %d · 구성요소 %d · 연계 %d · 시스템 %d"),
		len(res.Hosts), len(res.Components), len(res.Links), len(res.Systems))))
	for _, s := range res.Systems {
		fmt.Fprintln(bw)
		line(st.Heading.Render(shortenMiddle(sanitize.Line(s.ID), scanWidth-12)) + "  " + st.Good.Render(string(s.Pattern)))
		members := map[string]bool{}
		shown := 0
		for _, tier := range []struct {
			name string
			ids  []string
		}{{"web", s.Web}, {"was", s.WAS}, {"db", s.DB}} {
			for _, id := range tier.ids {
				members[id] = true
				if shown++; shown > scanSystemMax {
					continue
				}
				c := comps[id]
				label := shortenMiddle(sanitize.Line(componentLabel(c, twins)), scanWidth-7)
				head := fmt.Sprintf("  %-4s %s", strings.ToUpper(tier.name), label)
				indent := strings.Repeat(" ", scanLabelWidth+7)
				// Listen addresses wrap under each other, never cut; a
				// long label puts them on the next line.
				for i, l := range wrapWords("", "", sanitizeAll(c.Listen), " ", scanWidth-scanLabelWidth-7, 0, "") {
					if i == 0 && lipgloss.Width(head) < scanLabelWidth+7 {
						line(head + indent[lipgloss.Width(head):] + st.Dim.Render(l))
						continue
					}
					if i == 0 {
						line(head)
					}
					line(indent + st.Dim.Render(l))
				}
				if len(c.Listen) == 0 {
					line(head)
				}
			}
		}
		if more := shown - scanSystemMax; more > 0 {
			line(st.Dim.Render(fmt.Sprintf(a.msg("  +%d more components (all in --format json)", "  구성요소 외 %d개 (--format json에 전체)"), more)))
		}
		links := 0
		for _, l := range res.Links {
			if !members[l.From] || !members[l.To] {
				continue
			}
			if links++; links > scanSystemMax {
				continue
			}
			n := len(l.Evidence)
			from, to := sanitize.Line(shortLabel(comps[l.From], twins)), sanitize.Line(shortLabel(comps[l.To], twins))
			tail := "  " + st.Warn.Render(sanitize.Line(l.Protocol)) + "  " + st.Dim.Render(fmt.Sprintf(a.msg("%d evidence", "근거 %d건"), n))
			room := (scanWidth - 4 - 3 - lipgloss.Width(tail)) / 2
			line("    " + shortenMiddle(from, room) + " → " + shortenMiddle(to, room) + tail)
			if n > 0 {
				ev := sanitize.Line(l.Evidence[0].Path) + ":" + strconv.Itoa(l.Evidence[0].Line)
				if n > 1 {
					ev += fmt.Sprintf(" (+%d)", n-1)
				}
				line(st.Dim.Render("      " + shortenMiddle(ev, scanWidth-6)))
			}
		}
		if more := links - scanSystemMax; more > 0 {
			line(st.Dim.Render(fmt.Sprintf(a.msg("    +%d more links (all in --format json)", "    연계 외 %d개 (--format json에 전체)"), more)))
		}
	}
	var idle []string
	used := map[string]bool{}
	for _, c := range res.Components {
		if c.Tier != inventory.TierExternal {
			used[strings.ToLower(c.Host)] = true
		}
	}
	var notes []string
	unread := incompleteHosts(res)
	for _, h := range res.Hosts {
		name := sanitize.Line(h.Name)
		if h.Incomplete == "" && !used[strings.ToLower(h.Name)] {
			// A host not all read is not one where nothing was found.
			idle = append(idle, name)
		}
		for _, n := range h.Notes {
			notes = append(notes, name+": "+sanitize.Line(n))
		}
	}
	if len(unread) > 0 {
		fmt.Fprintln(bw)
		for _, l := range wrapWords(a.msg("Not fully read: ", "다 읽지 못함: "), "  ", unread, ", ", scanWidth, scanListMax, a.msg("+%d more", "외 %d개")) {
			line(st.Bad.Render(l))
		}
	}
	if len(idle) > 0 {
		fmt.Fprintln(bw)
		for _, l := range wrapWords(a.msg("No Web/WAS/DB found on: ", "Web/WAS/DB 없음: "), "  ", idle, ", ", scanWidth, scanListMax, a.msg("+%d more", "외 %d개")) {
			line(st.Dim.Render(l))
		}
	}
	if len(notes) > 0 {
		fmt.Fprintln(bw)
		line(st.Warn.Render(fmt.Sprintf(a.msg("%d notes", "참고 %d건"), len(notes))) + st.Dim.Render(a.msg(
			" (files skipped or unreadable; all in --format json)", " (건너뛰거나 읽지 못한 파일; --format json에 전체)")))
		for _, n := range notes[:min(len(notes), scanNotesMax)] {
			// Notes are sentences: wrapped between words; a path too long
			// for a line keeps its head and tail.
			for _, l := range wrapWords("  ", "    ", strings.Fields(n), " ", scanWidth, 0, "") {
				line(l)
			}
		}
		if more := len(notes) - scanNotesMax; more > 0 {
			line(st.Dim.Render(fmt.Sprintf(a.msg("  +%d more", "  외 %d건"), more)))
		}
	}
	return bw.Flush()
}

// scanLabelWidth is the column listen addresses start after.
const scanLabelWidth = 40

func sanitizeAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = sanitize.Line(s)
	}
	return out
}

// wrapWords lays items out in lines of at most width columns, the first
// starting with first and the others with rest, joined by sep and broken
// only between items (an item wider than a line is cut in its middle,
// keeping head and tail). With limit > 0, items past it are counted in a
// final moreFmt ("+%d more").
func wrapWords(first, rest string, items []string, sep string, width, limit int, moreFmt string) []string {
	more := 0
	if limit > 0 && len(items) > limit {
		items, more = items[:limit], len(items)-limit
	}
	if more > 0 {
		items = append(slices.Clone(items), fmt.Sprintf(moreFmt, more))
	}
	var out []string
	cur, empty := first, true
	for i, it := range items {
		if i < len(items)-1 {
			it += strings.TrimRight(sep, " ")
		}
		it = shortenMiddle(it, width-lipgloss.Width(rest))
		gap := strings.Repeat(" ", len(sep)-len(strings.TrimRight(sep, " ")))
		switch {
		case empty:
			cur += it
		case lipgloss.Width(cur)+len(gap)+lipgloss.Width(it) <= width:
			cur += gap + it
		default:
			out = append(out, cur)
			cur = rest + it
		}
		empty = false
	}
	if !empty {
		out = append(out, cur)
	}
	return out
}

// shortLabel is a component in a link line: host and product (and the
// instance, for twins).
func shortLabel(c inventory.Component, twins map[string]bool) string {
	if c.Tier == inventory.TierExternal {
		return strings.TrimPrefix(c.ID, "external:")
	}
	s := c.Host + " " + nonEmptyStr(c.Product, "?")
	if twins[c.Host+" "+c.Product] {
		s += " (" + instanceName(c) + ")"
	}
	return s
}

// writeScanData writes a scan as JSON or YAML one element at a time, in
// the shape encoding the whole Result would give ({"hosts", "components",
// "links", "systems", "targets"}): encoders that hold the whole document
// took a gigabyte for an asset register of 200,000 hosts.
func writeScanData(w io.Writer, format string, res *scan.Result) error {
	bw := bufio.NewWriter(w)
	sections := []struct {
		key  string
		list func(func(any) error) error
		n    int
	}{
		{"hosts", eachOf(res.Hosts), len(res.Hosts)},
		{"components", eachOf(res.Components), len(res.Components)},
		{"links", eachOf(res.Links), len(res.Links)},
		{"systems", eachOf(res.Systems), len(res.Systems)},
		{"targets", eachOf(res.Targets), len(res.Targets)},
	}
	if format == "json" {
		bw.WriteString("{\n")
	}
	for i, s := range sections {
		var err error
		if format == "json" {
			err = writeJSONSection(bw, s.key, s.list, s.n, i == len(sections)-1)
		} else {
			err = writeYAMLSection(bw, s.key, s.list, s.n)
		}
		if err != nil {
			return err
		}
	}
	if format == "json" {
		bw.WriteString("}\n")
	}
	return bw.Flush()
}

// eachOf calls fn on every element of list.
func eachOf[T any](list []T) func(func(any) error) error {
	return func(fn func(any) error) error {
		for i := range list {
			if err := fn(&list[i]); err != nil {
				return err
			}
		}
		return nil
	}
}

func writeJSONSection(w *bufio.Writer, key string, each func(func(any) error) error, n int, last bool) error {
	sep := ",\n"
	if last {
		sep = "\n"
	}
	if n == 0 {
		fmt.Fprintf(w, "  %q: []%s", key, sep)
		return nil
	}
	fmt.Fprintf(w, "  %q: [\n", key)
	i := 0
	err := each(func(v any) error {
		w.WriteString("    ")
		var b bytes.Buffer
		e := json.NewEncoder(&b)
		e.SetIndent("    ", "  ")
		e.SetEscapeHTML(false)
		if err := e.Encode(v); err != nil {
			return err
		}
		w.Write(bytes.TrimRight(b.Bytes(), "\n"))
		if i++; i < n {
			w.WriteString(",")
		}
		w.WriteString("\n")
		return nil
	})
	fmt.Fprintf(w, "  ]%s", sep)
	return err
}

func writeYAMLSection(w *bufio.Writer, key string, each func(func(any) error) error, n int) error {
	if n == 0 {
		fmt.Fprintf(w, "%s: []\n", key)
		return nil
	}
	fmt.Fprintf(w, "%s:\n", key)
	return each(func(v any) error {
		var b bytes.Buffer
		enc := yaml.NewEncoder(&b)
		enc.SetIndent(2)
		if err := enc.Encode(v); err != nil {
			return err
		}
		if err := enc.Close(); err != nil {
			return err
		}
		for j, l := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
			if j == 0 {
				w.WriteString("  - ")
			} else {
				w.WriteString("    ")
			}
			w.WriteString(l)
			w.WriteString("\n")
		}
		return nil
	})
}
