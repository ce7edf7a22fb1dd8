package scan

import (
	"context"
	"strconv"
	"strings"

	"github.com/cnready/cnready/inventory"
)

// fakeDetector reads a toy config format so the scanner core can be tested
// without the real product detectors:
//
//	listen 8009
//	target HOST PORT PROTO TIER PRODUCT
//	register HOST PORT NAME        (JEUS-style registration, reversed)
//	declared HOST PORT PRODUCT
//	name NAME
//	version V
type fakeDetector struct {
	name    string
	suffix  string
	tier    inventory.Tier
	product string
	panics  bool
}

func (d fakeDetector) Name() string        { return d.name }
func (d fakeDetector) Match(p string) bool { return strings.HasSuffix(p, d.suffix) }
func (d fakeDetector) Detect(ctx context.Context, h *inventory.HostContext, paths []string) (inventory.Findings, error) {
	if d.panics {
		panic("boom")
	}
	var f inventory.Findings
	for _, p := range paths {
		data, err := h.ReadFile(p)
		if err != nil {
			continue
		}
		id := d.name + ":" + p
		c := inventory.Component{ID: id, Tier: d.tier, Product: d.product,
			Evidence: []inventory.Evidence{{Path: p, Line: 1}}}
		for i, l := range strings.Split(string(data), "\n") {
			ev := []inventory.Evidence{{Path: p, Line: i + 1}}
			fl := strings.Fields(l)
			if len(fl) < 2 {
				continue
			}
			port := func(s string) int { n, _ := strconv.Atoi(s); return n }
			switch fl[0] {
			case "listen":
				c.Listen = append(c.Listen, fl[1])
			case "version":
				c.Version = fl[1]
			case "name":
				if f.Names == nil {
					f.Names = map[string][]string{}
				}
				f.Names[id] = append(f.Names[id], fl[1])
			case "target":
				if len(fl) >= 6 {
					f.Targets = append(f.Targets, inventory.Target{From: id, Host: fl[1], Port: port(fl[2]),
						Protocol: fl[3], Tier: inventory.Tier(fl[4]), Product: fl[5], Evidence: ev})
				}
			case "register":
				if len(fl) >= 4 {
					f.Targets = append(f.Targets, inventory.Target{From: id, Host: fl[1], Port: port(fl[2]),
						Protocol: "webtob", Tier: inventory.TierWeb, Registration: fl[3], Reverse: true, Evidence: ev})
				}
			case "declared":
				if len(fl) >= 4 {
					f.Targets = append(f.Targets, inventory.Target{From: id, Host: fl[1], Port: port(fl[2]),
						Protocol: "jdbc", Tier: inventory.TierDB, Product: fl[3], Declared: true, Evidence: ev})
				}
			}
		}
		f.Components = append(f.Components, c)
	}
	return f, nil
}

func fakeDetectors() []inventory.Detector {
	return []inventory.Detector{
		fakeDetector{name: "fweb", suffix: "fweb.conf", tier: inventory.TierWeb, product: "fweb"},
		fakeDetector{name: "fwas", suffix: "fwas.conf", tier: inventory.TierWAS, product: "fwas"},
		fakeDetector{name: "fdb", suffix: "fdb.conf", tier: inventory.TierDB, product: "oracle"},
	}
}
