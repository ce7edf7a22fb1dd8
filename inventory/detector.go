package inventory

import (
	"context"
	"io/fs"
)

// Target is an outbound reference a detector found in configuration: a
// proxy target, an AJP worker, a JDBC endpoint, a JEUS registration with
// WebtoB. The linker (inventory/scan) turns targets into Links by matching
// them to scanned components, or into external components.
//
// A Target never holds a raw URL or a config line: user names, passwords
// and tokens must not reach it.
type Target struct {
	// From is the id (as in Findings.Components) of the component that
	// makes the connection.
	From string
	// Host is the address as written: an IP, a host name resolved later
	// through etc/hosts, or "" / "localhost" for the same host.
	Host string
	// Port is 0 when unknown (the linker then matches on host and tier).
	Port int
	// Protocol: http, https, ajp, webtob, jdbc, tcp.
	Protocol string
	// Product is the vendor the reference implies, from the JDBC scheme
	// (oracle, tibero, cubrid, altibase, mysql, mariadb, postgresql,
	// sqlserver, db2) or from the kind of connector; never guessed from the
	// port.
	Product string
	// Tier is the tier of the target side (db for JDBC, was for AJP ...).
	Tier Tier
	// Database is the SID, service name or database, for display.
	Database string
	// Registration is a JEUS webtob-connector registration-id: the target
	// is the WebtoB at Host:Port whose *SERVER has this name, and the link
	// reads web -> was (Reverse).
	Registration string
	// Reverse makes the link point from the target to From (JEUS dials
	// WebtoB, yet requests flow web -> was).
	Reverse bool
	// Declared marks a reference that is configured but not live (the
	// eGovFrame globals.properties blocks Globals.DbType does not select).
	// It is reported as a note, not linked.
	Declared bool
	Evidence []Evidence
}

// Findings is what a detector reports for one host.
type Findings struct {
	// Components have ids unique within the host (e.g.
	// "tomcat:/opt/tomcat"); the scanner qualifies them with the host name.
	Components []Component
	Targets    []Target
	// Names maps a component id to extra names it answers to: WebtoB
	// *SERVER names for JEUS registrations, upstream or worker names.
	Names map[string][]string
	// Notes say what was skipped or could not be read (no secrets).
	Notes []string
}

// HostContext is what a detector gets to read one host's files.
type HostContext struct {
	// FS holds the host's files laid out as on the server; names are
	// slash-separated and relative to the host root ("etc/nginx/nginx.conf").
	// Reads must go through ReadFile so size limits and notes apply; the
	// bytes ReadFile returns may be shared and must not be modified.
	FS fs.FS
	// Host is the host's name.
	Host string
	// ReadFile reads a file of the host, refusing files over the size
	// limit, binary files and links out of the root.
	ReadFile func(name string) ([]byte, error)
	// Exists reports whether a file exists (for version files and
	// includes).
	Exists func(name string) bool
	// Glob lists files matching a path.Match pattern (for Include globs).
	Glob func(pattern string) []string
	// Env looks a variable up in the host's environment files
	// (etc/environment, profiles, .env files), to fill template
	// placeholders; nil or false when unknown or ambiguous.
	Env func(name string) (string, bool)
}

// Detector finds the components of one product (or family) on a host.
type Detector interface {
	// Name is a short identifier ("httpd", "tomcat", "oracle").
	Name() string
	// Match reports whether the file at path is one the detector starts
	// from. It is called for every file in a tree and must do no I/O.
	Match(path string) bool
	// Detect reads the matched files (and whatever they include through
	// h) and reports what it found. paths are the matched files in
	// lexical order.
	Detect(ctx context.Context, h *HostContext, paths []string) (Findings, error)
}
