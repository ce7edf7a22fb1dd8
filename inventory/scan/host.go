package scan

import (
	"context"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/cnready/cnready/internal/fserr"
	"github.com/cnready/cnready/internal/sets"
	"github.com/cnready/cnready/inventory"
)

// ScanHost runs the detectors on one host. fsys holds the host's files as
// laid out on the server; paths are the files detectors may start from
// (every file of a collected tree, or the configuration files a live
// process points at). name is the host's name when etc/hostname does not
// give one. Unreadable, binary and oversized files are noted on the host,
// never fatal; a detector that fails or panics is noted and the others go
// on. The error is only the context's.
func ScanHost(ctx context.Context, opts Options, name string, fsys fs.FS, paths []string) (*HostResult, error) {
	sorted := append([]string(nil), paths...)
	sort.Strings(sorted)
	return scanHost(ctx, opts, name, fsys, sorted, matchPaths(opts.detectors(), sorted))
}

// hostMatches are the files of a host: all of them, sorted, and those each
// detector starts from (in the order of Options.detectors).
type hostMatches = [][]string

// matchPaths asks every detector which of the sorted paths it starts from.
func matchPaths(ds []inventory.Detector, sorted []string) hostMatches {
	out := make(hostMatches, len(ds))
	for _, p := range sorted {
		for i, d := range ds {
			if d.Match(p) {
				out[i] = append(out[i], p)
			}
		}
	}
	return out
}

func scanHost(ctx context.Context, opts Options, name string, fsys fs.FS, sorted []string, byDetector hostMatches) (*HostResult, error) {
	r := newHostReader(ctx, fsys, opts.maxFileSize())
	id := readIdentity(r, name)
	hr := &HostResult{
		Host:    inventory.Host{Name: id.Name, Addresses: id.Addresses},
		Names:   map[string][]string{},
		Resolve: id.Resolve,
	}
	r.loadEnv(sorted)
	hc := r.context(id.Name)
	var notes []string
	for i, d := range opts.detectors() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		matched := byDetector[i]
		if len(matched) == 0 {
			continue
		}
		f, err := runDetector(ctx, d, hc, matched)
		if err != nil {
			notes = append(notes, fmt.Sprintf("detector %s: %s", d.Name(), fserr.OneLine(err)))
		}
		notes = append(notes, hr.fillPlaceholders(&f, r.Env)...)
		hr.add(f, id)
		notes = append(notes, f.Notes...)
	}
	notes = append(notes, r.Notes()...)
	for i, n := range notes {
		// Detectors must not put secrets in notes; this is the net under them.
		notes[i] = inventory.RedactText(n)
	}
	hr.Host.Notes = sets.Sorted(notes)
	hr.Host.Incomplete = r.incomplete()
	hr.sort()
	return hr, nil
}

// runDetector calls d.Detect, turning a panic into an error so one
// detector's bug on an odd file cannot stop the scan.
func runDetector(ctx context.Context, d inventory.Detector, hc *inventory.HostContext, paths []string) (f inventory.Findings, err error) {
	defer func() {
		if p := recover(); p != nil {
			f, err = inventory.Findings{}, fmt.Errorf("internal error: %v", p)
		}
	}()
	return d.Detect(ctx, hc, paths)
}

// QualifyID makes a detector's host-local component id unique across
// hosts.
func QualifyID(host, local string) string {
	return host + "/" + local
}

// add merges a detector's findings into the host result.
func (hr *HostResult) add(f inventory.Findings, id hostIdentity) {
	host := hr.Host.Name
	for _, c := range f.Components {
		c.ID = QualifyID(host, c.ID)
		c.Host = host
		c.Evidence = qualifyEvidence(host, c.Evidence)
		hr.Components = append(hr.Components, c)
	}
	for local, names := range f.Names {
		q := QualifyID(host, local)
		for _, n := range names {
			hr.Names[q] = sets.AppendUnique(hr.Names[q], n)
		}
	}
	for _, t := range f.Targets {
		rec := TargetRecord{
			From: QualifyID(host, t.From), Host: strings.TrimSpace(t.Host), Port: t.Port,
			Protocol: t.Protocol, Product: t.Product, Tier: t.Tier, Database: inventory.RedactText(t.Database),
			Registration: t.Registration, Reverse: t.Reverse, Declared: t.Declared,
			Evidence: qualifyEvidence(host, t.Evidence),
		}
		if isSelf(rec.Host) {
			// "localhost" means something else on every host: pin it.
			rec.Host = host
		}
		if a, ok := parseIP(rec.Host); ok {
			rec.Addresses = []string{a}
		} else {
			rec.Addresses = append([]string(nil), id.Resolve[strings.ToLower(rec.Host)]...)
		}
		hr.Targets = append(hr.Targets, rec)
	}
}

// qualifyEvidence writes evidence paths as host:/path, so a link's proof
// names the server it was read on.
func qualifyEvidence(host string, ev []inventory.Evidence) []inventory.Evidence {
	out := make([]inventory.Evidence, len(ev))
	for i, e := range ev {
		p := e.Path
		if !strings.HasPrefix(p, "/") {
			p = "/" + p
		}
		out[i] = inventory.Evidence{Path: host + ":" + p, Line: e.Line}
	}
	return out
}

// isSelf reports whether a target host names the scanned host itself.
func isSelf(h string) bool {
	switch strings.ToLower(h) {
	case "", "localhost", "localhost.localdomain", "localhost4", "localhost6", "ip6-localhost":
		return true
	}
	if a, ok := parseIP(h); ok {
		return isLoopback(a)
	}
	return false
}

// sort puts everything in a stable order.
func (hr *HostResult) sort() {
	for i := range hr.Components {
		normalizeComponent(&hr.Components[i])
	}
	sort.SliceStable(hr.Components, func(i, j int) bool { return hr.Components[i].ID < hr.Components[j].ID })
	for i := range hr.Targets {
		hr.Targets[i].Evidence = inventory.SortEvidence(hr.Targets[i].Evidence)
	}
	sort.SliceStable(hr.Targets, func(i, j int) bool { return targetLess(hr.Targets[i], hr.Targets[j]) })
	for k := range hr.Names {
		sort.Strings(hr.Names[k])
	}
}

func normalizeComponent(c *inventory.Component) {
	if c.Listen == nil {
		c.Listen = []string{}
	}
	c.Listen = sets.Sorted(c.Listen)
	c.Evidence = inventory.SortEvidence(c.Evidence)
}

func targetLess(a, b TargetRecord) bool {
	if a.From != b.From {
		return a.From < b.From
	}
	if a.Host != b.Host {
		return a.Host < b.Host
	}
	if a.Port != b.Port {
		return a.Port < b.Port
	}
	if a.Protocol != b.Protocol {
		return a.Protocol < b.Protocol
	}
	if a.Registration != b.Registration {
		return a.Registration < b.Registration
	}
	return evidenceKey(a.Evidence) < evidenceKey(b.Evidence)
}

func evidenceKey(ev []inventory.Evidence) string {
	if len(ev) == 0 {
		return ""
	}
	return fmt.Sprintf("%s:%09d", ev[0].Path, ev[0].Line)
}
