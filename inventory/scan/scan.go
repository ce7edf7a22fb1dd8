// Package scan runs inventory detectors over hosts' files — collected
// trees, archives, a live root — and merges the per-host results into one
// inventory: host names resolved through etc/hosts, proxy, AJP, WebtoB and
// JDBC targets linked to the components that answer them, unmatched targets
// kept as external components, and connected components grouped into
// systems. It never writes to what it scans and prints nothing.
package scan

import (
	"github.com/cnready/cnready/internal/safeio"
	"github.com/cnready/cnready/inventory"
	"github.com/cnready/cnready/inventory/detect"
)

// DefaultMaxFileSize is the largest file a detector may read: configuration
// files are small, and a multi-megabyte log or dump named like one is not
// worth holding in memory.
const DefaultMaxFileSize = safeio.DefaultLimit

// DefaultMaxArchiveMemory bounds how many bytes of file content a
// compressed tar scan keeps in memory at once (a gzip stream cannot be
// re-read, so what detectors may read is held). With the detectors' own
// work and the garbage collector's headroom, a scan stays under about
// this figure plus 130 MiB when the process sets MemoryLimit. Configuration
// is small: held first, it rarely comes near.
const DefaultMaxArchiveMemory = 64 << 20

// Options tune a scan. The zero value scans with every detector and the
// default limits; it is the one place those defaults are decided.
type Options struct {
	// Detectors are run on every host (nil: detect.All()).
	Detectors []inventory.Detector
	// MaxFileSize is the largest file read (0: DefaultMaxFileSize).
	MaxFileSize int64
	// MaxArchiveMemory bounds the content a compressed tar scan keeps (0:
	// DefaultMaxArchiveMemory).
	MaxArchiveMemory int64
}

func (o Options) detectors() []inventory.Detector {
	if o.Detectors == nil {
		return detect.All()
	}
	return o.Detectors
}

// wanted reports whether a file (any path, as in an archive) is one a
// detector starts from or one that names the host: such files are held
// first when an archive must be held in memory.
func (o Options) wanted() func(name string) bool {
	ds := o.detectors()
	return func(name string) bool {
		if identityFile(name) || envFile(name) {
			return true
		}
		for _, d := range ds {
			if d.Match(name) {
				return true
			}
		}
		return false
	}
}

func (o Options) maxFileSize() int64 {
	if o.MaxFileSize > 0 {
		return o.MaxFileSize
	}
	return DefaultMaxFileSize
}

// MemoryLimit is the soft memory limit (runtime/debug.SetMemoryLimit) a
// process running scans with these options should set: what an archive
// may hold, what the hosts scanned at once may parse, and the rest of the
// program. Without it the garbage collector lets the heap grow to twice
// what is live.
func (o Options) MemoryLimit() int64 {
	return o.maxArchiveMemory() + hostMemory + 64<<20
}

func (o Options) maxArchiveMemory() int64 {
	if o.MaxArchiveMemory > 0 {
		return o.MaxArchiveMemory
	}
	return DefaultMaxArchiveMemory
}

// HostResult is what one host yields before merging: the host, its
// components with host-qualified ids, the targets they point at (not yet
// linked) and the names they answer to. It is written and read back as the
// scan JSON/YAML (see Result), so hosts scanned apart merge later.
type HostResult struct {
	Host       inventory.Host
	Components []inventory.Component
	Targets    []TargetRecord
	// Names maps a component id to the extra names it answers to (WebtoB
	// *SERVER names that JEUS registers with).
	Names map[string][]string
	// Links are links taken as given (from a scan file written without
	// targets); they are kept when both ends exist after merging.
	Links []inventory.Link
	// Resolve maps names to addresses as the host's etc/hosts says; Merge
	// pools every host's table to resolve names used in configs.
	Resolve map[string][]string
	// SystemHint maps a component id to a system name given by an asset
	// register; components sharing a hint are grouped together.
	SystemHint map[string]string
}

// TargetRecord is a target as the scan output carries it: the detector's
// Target with its source component qualified by host, the address it was
// resolved to, and the component it was linked to. It holds no raw URL.
type TargetRecord struct {
	From     string         `json:"from" yaml:"from"`
	Host     string         `json:"host" yaml:"host"`
	Port     int            `json:"port" yaml:"port"`
	Protocol string         `json:"protocol" yaml:"protocol"`
	Product  string         `json:"product,omitempty" yaml:"product,omitempty"`
	Tier     inventory.Tier `json:"tier,omitempty" yaml:"tier,omitempty"`
	Database string         `json:"database,omitempty" yaml:"database,omitempty"`
	// Registration is a JEUS registration-id matched against web
	// components' names.
	Registration string `json:"registration,omitempty" yaml:"registration,omitempty"`
	Reverse      bool   `json:"reverse,omitempty" yaml:"reverse,omitempty"`
	Declared     bool   `json:"declared,omitempty" yaml:"declared,omitempty"`
	// Addresses are what Host resolved to on the scanned host itself
	// (its etc/hosts); Merge adds other hosts' tables.
	Addresses []string `json:"addresses,omitempty" yaml:"addresses,omitempty"`
	// To is the component the target was linked to ("" before Merge or
	// when declared only).
	To       string               `json:"to,omitempty" yaml:"to,omitempty"`
	Evidence []inventory.Evidence `json:"evidence" yaml:"evidence"`
}

// Result is a merged scan: the DESIGN.md inventory contract
// {"hosts","components","links","systems"} plus the targets every link was
// made from, so that a written scan can be read back and merged again.
type Result struct {
	inventory.Inventory `yaml:",inline"`
	Targets             []TargetRecord `json:"targets" yaml:"targets"`
}
