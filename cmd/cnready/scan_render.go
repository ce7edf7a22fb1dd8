package main

import (
	"bufio"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"

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

// ports lists a component's listen ports compactly.
func ports(c inventory.Component) string {
	return strings.Join(c.Listen, " ")
}

func (a *app) writeScanText(w io.Writer, res *scan.Result, st *styles) error {
	bw := bufio.NewWriter(w)
	fit := st.r.NewStyle().MaxWidth(scanWidth)
	wrap := st.r.NewStyle().Width(scanWidth)
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
		line(st.Heading.Render(s.ID) + "  " + st.Good.Render(string(s.Pattern)))
		members := map[string]bool{}
		for _, tier := range []struct {
			name string
			ids  []string
		}{{"web", s.Web}, {"was", s.WAS}, {"db", s.DB}} {
			for _, id := range tier.ids {
				members[id] = true
				c := comps[id]
				label := componentLabel(c, twins)
				pad := 40 - lipgloss.Width(label)
				if pad < 1 {
					pad = 1
				}
				line(fmt.Sprintf("  %-4s %s%s%s", strings.ToUpper(tier.name), label, strings.Repeat(" ", pad), st.Dim.Render(ports(c))))
			}
		}
		for _, l := range res.Links {
			if !members[l.From] || !members[l.To] {
				continue
			}
			n := len(l.Evidence)
			line(fmt.Sprintf("    %s → %s  %s  %s", shortLabel(comps[l.From], twins), shortLabel(comps[l.To], twins),
				st.Warn.Render(l.Protocol), st.Dim.Render(fmt.Sprintf(a.msg("%d evidence", "근거 %d건"), n))))
			if n > 0 {
				ev := l.Evidence[0].Path + ":" + strconv.Itoa(l.Evidence[0].Line)
				if n > 1 {
					ev += fmt.Sprintf(" (+%d)", n-1)
				}
				line(st.Dim.Render("      " + shortenMiddle(ev, scanWidth-6)))
			}
		}
	}
	var idle []string
	used := map[string]bool{}
	for _, c := range res.Components {
		if c.Tier != inventory.TierExternal {
			used[strings.ToLower(c.Host)] = true
		}
	}
	notes := 0
	for _, h := range res.Hosts {
		if !used[strings.ToLower(h.Name)] {
			idle = append(idle, h.Name)
		}
		notes += len(h.Notes)
	}
	if len(idle) > 0 {
		fmt.Fprintln(bw)
		line(st.Dim.Render(a.msg("No Web/WAS/DB found on: ", "Web/WAS/DB 없음: ") + strings.Join(idle, ", ")))
	}
	if notes > 0 {
		fmt.Fprintln(bw)
		line(st.Warn.Render(fmt.Sprintf(a.msg("%d notes", "참고 %d건"), notes)) + st.Dim.Render(a.msg(
			" (files skipped or unreadable; all in --format json)", " (건너뛰거나 읽지 못한 파일; --format json에 전체)")))
		shown := 0
		for _, h := range res.Hosts {
			for _, n := range h.Notes {
				if shown == 5 {
					break
				}
				// Notes are sentences: wrap them rather than cut.
				fmt.Fprintln(bw, indentAfterFirst(wrap.Render("  "+h.Name+": "+n), "    "))
				shown++
			}
		}
	}
	return bw.Flush()
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
