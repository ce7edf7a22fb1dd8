// Package inventory finds the Web/WAS/DB components of information systems
// in collected configuration trees, archives, live hosts and asset
// registers, links them into tiers and groups them into systems. Every claim
// carries the file and line that proves it. It prints nothing.
package inventory

import (
	"slices"
	"strings"
)

// Tier is the role a component plays in a 3-tier system.
type Tier string

// The tiers. External marks a link target that matches no scanned host; it
// is kept so that nothing is dropped silently.
const (
	TierWeb      Tier = "web"
	TierWAS      Tier = "was"
	TierDB       Tier = "db"
	TierExternal Tier = "external"
)

// Evidence points at the file and line that proves a claim. It never holds
// the line's text, so secrets cannot leak through it.
type Evidence struct {
	Path string `json:"path" yaml:"path"`
	Line int    `json:"line" yaml:"line"`
}

// Host is one server.
type Host struct {
	Name      string   `json:"name" yaml:"name"`
	Addresses []string `json:"addresses" yaml:"addresses"`
	// Source is the folder, archive or live scan the host came from.
	Source string `json:"source,omitempty" yaml:"source,omitempty"`
	// Notes say what could not be read or was skipped.
	Notes []string `json:"notes,omitempty" yaml:"notes,omitempty"`
	// Incomplete says why the host was not fully read (its folder could
	// not be listed, an archive's memory budget ran out): what the scan
	// says of it may be missing components, and the scan fails.
	Incomplete string `json:"incomplete,omitempty" yaml:"incomplete,omitempty"`
}

// Component is one Web server, WAS or DBMS instance on a host.
type Component struct {
	ID       string     `json:"id" yaml:"id"`
	Host     string     `json:"host" yaml:"host"`
	Tier     Tier       `json:"tier" yaml:"tier"`
	Product  string     `json:"product" yaml:"product"`
	Version  string     `json:"version" yaml:"version"`
	Listen   []string   `json:"listen" yaml:"listen"`
	Evidence []Evidence `json:"evidence" yaml:"evidence"`
	// Names are other names the component answers to (WebtoB *SERVER
	// names that JEUS registers with, upstream and worker names); kept so
	// a written scan can be merged again.
	Names []string `json:"names,omitempty" yaml:"names,omitempty"`
}

// Link is a connection between two components (by id), read as the request
// flows: web -> was -> db.
type Link struct {
	From     string     `json:"from" yaml:"from"`
	To       string     `json:"to" yaml:"to"`
	Protocol string     `json:"protocol" yaml:"protocol"`
	Evidence []Evidence `json:"evidence" yaml:"evidence"`
}

// Pattern is the shape of a system.
type Pattern string

// The patterns: 3-tier when web, was and db are all present; 2-tier for
// was+db or web+was; single otherwise.
const (
	Pattern3Tier  Pattern = "3-tier"
	Pattern2Tier  Pattern = "2-tier"
	PatternSingle Pattern = "single"
)

// System is a connected group of components.
type System struct {
	ID      string   `json:"id" yaml:"id"`
	Pattern Pattern  `json:"pattern" yaml:"pattern"`
	Web     []string `json:"web" yaml:"web"`
	WAS     []string `json:"was" yaml:"was"`
	DB      []string `json:"db" yaml:"db"`
}

// Inventory is the result of a scan. Its JSON form is a contract
// (DESIGN.md): {"hosts","components","links","systems"}.
type Inventory struct {
	Hosts      []Host      `json:"hosts" yaml:"hosts"`
	Components []Component `json:"components" yaml:"components"`
	Links      []Link      `json:"links" yaml:"links"`
	Systems    []System    `json:"systems" yaml:"systems"`
}

// SortEvidence returns ev ordered by path and line, each proof once, in a
// new slice that is never nil.
func SortEvidence(ev []Evidence) []Evidence {
	out := slices.Clone(ev)
	if out == nil {
		out = []Evidence{}
	}
	slices.SortFunc(out, func(a, b Evidence) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
	return slices.Compact(out)
}
