package live

import (
	"context"
	"fmt"
	"net/netip"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/cnready/cnready/internal/sets"
	"github.com/cnready/cnready/inventory"
	"github.com/cnready/cnready/inventory/scan"
)

// Scan inspects the live host and returns its result the way a tree scan
// of the same host would, completed from the running processes: the
// detectors read the configuration files the processes point at;
// components they find take their listen addresses from the real sockets;
// running products whose configuration gave nothing become components of
// their own; outbound connections become targets with protocol "tcp".
func Scan(ctx context.Context, opts Options) (*scan.HostResult, *Snapshot, error) {
	snap, err := Inspect(ctx, opts)
	if err != nil {
		return nil, nil, err
	}
	var files []string
	for _, in := range snap.Instances {
		files = sets.AppendUnique(files, in.Files...)
	}
	sort.Strings(files)
	hr, err := scan.ScanHost(ctx, opts.Scan, snap.HostName, os.DirFS(opts.rootFS()), files)
	if err != nil {
		return nil, nil, err
	}
	complete(hr, snap)
	return hr, snap, nil
}

// procEvidence points at the command line a component was recognised
// from; the line number is 0 because cmdline has no lines.
func procEvidence(host string, pid int) inventory.Evidence {
	return inventory.Evidence{Path: host + ":/proc/" + strconv.Itoa(pid) + "/cmdline"}
}

// complete merges the snapshot into a detector result.
func complete(hr *scan.HostResult, snap *Snapshot) {
	host := hr.Host.Name
	for _, a := range snap.Addresses {
		hr.Host.Addresses = sets.AppendUnique(hr.Host.Addresses, a)
	}
	sort.Strings(hr.Host.Addresses)
	hr.Host.Source = "live"
	notes := append([]string(nil), hr.Host.Notes...)
	notes = append(notes, snap.Notes...)

	unowned := map[uint16][]netip.AddrPort{}
	for _, s := range snap.UnownedListen {
		unowned[s.Local.Port()] = append(unowned[s.Local.Port()], s.Local)
	}
	claimed := map[int]bool{}
	for _, in := range snap.Instances {
		idx := matchComponents(hr, in, claimed)
		if len(idx) == 0 {
			id := scan.QualifyID(host, localID(in))
			c := inventory.Component{ID: id, Host: host, Tier: in.Tier, Product: in.Product,
				Listen: listenStrings(in.Listen), Evidence: []inventory.Evidence{procEvidence(host, in.PIDs[0])}}
			hr.Components = append(hr.Components, c)
			idx = []int{len(hr.Components) - 1}
			claimed[idx[0]] = true
			if len(in.Files) > 0 {
				notes = append(notes, fmt.Sprintf("%s process %d: detectors found nothing in %s", in.Product, in.PIDs[0], strings.Join(in.Files, ", ")))
			}
		}
		for _, i := range idx {
			c := &hr.Components[i]
			c.Evidence = append(c.Evidence, procEvidence(host, in.PIDs[0]))
			switch {
			case len(in.Listen) > 0:
				c.Listen = listenStrings(in.Listen)
			case in.SocketsUnknown:
				// Descriptors unreadable: confirm configured ports that
				// some process does listen on.
				var confirmed []netip.AddrPort
				for _, l := range c.Listen {
					if p, ok := listenPort(l); ok {
						confirmed = append(confirmed, unowned[p]...)
					}
				}
				if len(confirmed) > 0 {
					c.Listen = listenStrings(uniqueAddrPorts(confirmed))
				}
			}
		}
		from := hr.Components[idx[0]].ID
		for _, r := range in.Outbound {
			addTarget(hr, from, host, in.PIDs[0], r)
		}
	}
	hr.Host.Notes = sets.Sorted(notes)
	sort.SliceStable(hr.Components, func(i, j int) bool { return hr.Components[i].ID < hr.Components[j].ID })
	for i := range hr.Components {
		c := &hr.Components[i]
		if c.Listen == nil {
			c.Listen = []string{}
		}
		c.Evidence = inventory.SortEvidence(c.Evidence)
	}
}

// matchComponents finds the detector components an instance explains:
// those whose evidence lies in the instance's configuration files. When
// several do (a JEUS domain with many servers), the ones named by the
// instance's server or listening on its ports are preferred.
func matchComponents(hr *scan.HostResult, in *Instance, claimed map[int]bool) []int {
	if len(in.Files) == 0 {
		return nil
	}
	files := map[string]bool{}
	for _, f := range in.Files {
		files["/"+f] = true
	}
	var cands []int
	for i, c := range hr.Components {
		for _, e := range c.Evidence {
			_, p, ok := strings.Cut(e.Path, ":")
			if ok && files[p] {
				cands = append(cands, i)
				break
			}
		}
	}
	if len(cands) <= 1 {
		return cands
	}
	if _, srv, ok := strings.Cut(in.Key, "#"); ok && srv != "" {
		var named []int
		for _, i := range cands {
			if strings.Contains(hr.Components[i].ID, srv) {
				named = append(named, i)
			}
		}
		if len(named) > 0 {
			return named
		}
	}
	ports := map[uint16]bool{}
	for _, l := range in.Listen {
		ports[l.Port()] = true
	}
	var byPort []int
	for _, i := range cands {
		for _, l := range hr.Components[i].Listen {
			if p, ok := listenPort(l); ok && ports[p] {
				byPort = append(byPort, i)
				break
			}
		}
	}
	if len(byPort) > 0 {
		return byPort
	}
	var free []int
	for _, i := range cands {
		if !claimed[i] {
			free = append(free, i)
		}
	}
	if len(free) > 0 {
		claimed[free[0]] = true
		return free[:1]
	}
	return cands[:1]
}

// localID names a component found only from its processes, in the
// detectors' "product:home" style.
func localID(in *Instance) string {
	if in.Key != "" {
		return in.Product + ":" + in.Key
	}
	return in.Product + ":pid" + strconv.Itoa(in.PIDs[0])
}

// wellKnown hints at the tier of a server port. It is only a hint: the
// target keeps protocol "tcp" and no product, because eGovFrame and real
// deployments move ports (detection catalogue §4, §11).
var wellKnown = map[uint16]inventory.Tier{
	1521: inventory.TierDB, 8629: inventory.TierDB, 33000: inventory.TierDB, 1523: inventory.TierDB,
	20300: inventory.TierDB, 3306: inventory.TierDB, 5432: inventory.TierDB, 1433: inventory.TierDB,
	50000: inventory.TierDB, 22581: inventory.TierDB,
	8009: inventory.TierWAS, 8080: inventory.TierWAS, 7001: inventory.TierWAS, 9080: inventory.TierWAS,
	9736: inventory.TierWAS, 8088: inventory.TierWAS, 8808: inventory.TierWAS,
	80: inventory.TierWeb, 443: inventory.TierWeb, 9900: inventory.TierWeb, 9999: inventory.TierWeb,
}

var tierOrder = map[inventory.Tier]int{inventory.TierWeb: 1, inventory.TierWAS: 2, inventory.TierDB: 3}

// addTarget records an established outbound connection, unless a
// detector's target from the same component already names that address
// and port (the configured one says more).
func addTarget(hr *scan.HostResult, from, host string, pid int, remote netip.AddrPort) {
	addr := remote.Addr().Unmap()
	ip := addr.String()
	th := ip
	addrs := []string{ip}
	if addr.IsLoopback() || addr.IsUnspecified() {
		th = host
		addrs = append([]string(nil), hr.Host.Addresses...)
	}
	port := int(remote.Port())
	for i, t := range hr.Targets {
		if t.From == from && t.Port == port && (t.Host == th || slices.Contains(t.Addresses, ip)) {
			hr.Targets[i].Evidence = append(hr.Targets[i].Evidence, procNetEvidence(host, pid))
			return
		}
	}
	rec := scan.TargetRecord{From: from, Host: th, Port: port, Protocol: "tcp", Addresses: addrs,
		Evidence: []inventory.Evidence{procNetEvidence(host, pid)}}
	if t, ok := wellKnown[remote.Port()]; ok {
		rec.Tier = t
		for _, c := range hr.Components {
			if c.ID == from && tierOrder[c.Tier] > tierOrder[t] {
				// JEUS dials WebtoB's JSV port; requests still flow web -> was.
				rec.Reverse = true
			}
		}
	}
	hr.Targets = append(hr.Targets, rec)
}

func procNetEvidence(host string, pid int) inventory.Evidence {
	return inventory.Evidence{Path: host + ":/proc/" + strconv.Itoa(pid) + "/net/tcp"}
}

// listenStrings spells listen sockets the way the detectors do:
// "0.0.0.0:80", "*:80" for the IPv6 wildcard (which also takes IPv4),
// "127.0.0.1:5432", "[::1]:8009".
func listenStrings(l []netip.AddrPort) []string {
	out := make([]string, 0, len(l))
	for _, a := range l {
		addr := a.Addr().Unmap()
		if addr.Is6() && addr.IsUnspecified() {
			out = append(out, "*:"+strconv.Itoa(int(a.Port())))
			continue
		}
		out = append(out, netip.AddrPortFrom(addr, a.Port()).String())
	}
	sort.Strings(out)
	return out
}

// listenPort takes the port of a listen entry written by a detector:
// "8080", ":8080", "0.0.0.0:8080", "[::1]:8080" or "*:80".
func listenPort(s string) (uint16, bool) {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, ':'); i >= 0 {
		s = s[i+1:]
	}
	n, err := strconv.ParseUint(s, 10, 16)
	return uint16(n), err == nil && n > 0
}
