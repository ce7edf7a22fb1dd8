package main

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cnready/cnready/internal/atomicfile"
	"github.com/cnready/cnready/internal/sanitize"
	"github.com/cnready/cnready/inventory/scan"
	"github.com/cnready/cnready/report"
)

// scanOptions are the flags and arguments of `cnready scan`.
type scanOptions struct {
	Paths       []string
	Output      string
	Force       bool
	Live        bool
	MaxFileSize string
	// ArchiveMemory bounds what a compressed archive scan holds.
	ArchiveMemory string
	// Scan is filled from the flags before inputs are read.
	Scan scan.Options
}

// scanFormats are the formats of `scan`; the first is the default.
var scanFormats = []string{"text", "json", "yaml", "dot", "mermaid"}

func newScanCmd(a *app) *cobra.Command {
	opts := &scanOptions{}
	cmd := withFormats(&cobra.Command{
		Use:   "scan PATH... | --live",
		Short: "Find Web/WAS/DB systems in collected configuration, archives, asset registers or this host",
		Long: `Scan finds the Web, WAS and DB components of information systems, how they
connect, and which hosts form which system — with the file and line behind each
claim. Nothing scanned is changed, and no password, secret or token is printed.

Each PATH is one of:
  DIR                 collected configuration: one folder per host laid out as on
                      the server (etc/..., opt/...), or one host's root itself
  .tar .tar.gz .tgz   the same, packed; read in place, never unpacked to disk
  .zip
  .csv .yaml          an asset register (hostname, address, role, product,
                      version, connects_to, port, system; Korean headers work)
  .json .yaml         a scan written earlier with --format json|yaml, so hosts
                      scanned apart (e.g. with --live) are merged and linked

--live scans the host cnready runs on (processes, sockets, their configuration).

Formats: text (summary per system), json and yaml (hosts, components, links,
systems, targets), dot and mermaid (topology diagrams).`,
		Example: `  cnready scan collected/ --format json -o inventory.json
  cnready scan agency1.tar.gz
  cnready scan --live -o web01.json && cnready scan web01.json was01.json db01.json
  cnready scan assets.csv --format mermaid`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			return scanRun(cmd.Context(), a, opts)
		},
	}, scanFormats...)
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "", "write the result to `FILE` (atomically) instead of standard output")
	f.BoolVar(&opts.Force, "force", false, "replace the output file if it exists")
	f.BoolVar(&opts.Live, "live", false, "scan this host: running processes, listening sockets, their configuration")
	f.StringVar(&opts.MaxFileSize, "max-file-size", "8MiB", "skip (and note) files larger than `SIZE` (e.g. 512KiB, 8MiB)")
	f.StringVar(&opts.ArchiveMemory, "archive-memory", "64MiB", "hold at most `SIZE` of a .tar.gz's files in memory; hosts left unread fail the scan")
	return cmd
}

// parseSize reads a byte count with an optional K/M/G (iB) suffix.
func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10},
		{"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<40)/mult {
		return 0, fmt.Errorf("%q is not a size", s)
	}
	return n * mult, nil
}

func scanRun(ctx context.Context, a *app, opts *scanOptions) error {
	format, err := a.formatFor("cnready scan", scanFormats, opts.Output)
	if err != nil {
		return err
	}
	if len(opts.Paths) == 0 && !opts.Live {
		return usagef("scan needs a PATH or --live")
	}
	max, err := parseSize(opts.MaxFileSize)
	if err != nil {
		return usagef("--max-file-size: %v", err)
	}
	budget, err := parseSize(opts.ArchiveMemory)
	if err != nil {
		return usagef("--archive-memory: %v", err)
	}
	opts.Scan = scan.Options{MaxFileSize: max, MaxArchiveMemory: budget}
	if a.io.Env("GOMEMLIMIT") == "" {
		// Keep the heap near what the scan holds rather than twice that.
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(opts.Scan.MemoryLimit()))
	}

	var results []*scan.HostResult
	failed := false
	for _, p := range opts.Paths {
		if err := ctx.Err(); err != nil {
			return errInterrupted
		}
		hrs, err := scan.LoadPath(ctx, opts.Scan, p)
		if err != nil {
			if ctx.Err() != nil {
				return errInterrupted
			}
			fmt.Fprintf(a.io.Err, "cnready: %s\n", a.errLine(err))
			failed = true
			continue
		}
		results = append(results, hrs...)
	}
	if opts.Live {
		hr, err := scanLive(ctx, a, opts)
		if err != nil {
			if ctx.Err() != nil {
				return errInterrupted
			}
			fmt.Fprintf(a.io.Err, "cnready: --live: %s\n", a.errLine(err))
			failed = true
		} else {
			results = append(results, hr)
		}
	}
	res := scan.Merge(results...)
	if unread := incompleteHosts(res); len(unread) > 0 {
		// The hosts are listed in every format (JSON: "incomplete"); the
		// status says the scan is not whole.
		fmt.Fprintf(a.io.Err, "cnready: %d hosts not fully read: %s\n", len(unread),
			strings.Join(wrapWords("", "", unread, ", ", 1<<20, 10, "+%d more"), ""))
		failed = true
	}
	write := func(w io.Writer, color bool) error { return a.writeScan(w, format, res, color) }
	if opts.Output != "" && opts.Output != "-" {
		if err := atomicfile.Write(opts.Output, atomicfile.Options{NoClobber: !opts.Force}, func(w io.Writer) error { return write(w, false) }); err != nil {
			return err
		}
	} else if err := write(a.io.Out, a.color(a.io.OutTTY)); err != nil {
		return err
	}
	if failed {
		return errFailed
	}
	return nil
}

// incompleteHosts names the hosts the scan could not read whole, with why.
func incompleteHosts(res *scan.Result) []string {
	var out []string
	for _, h := range res.Hosts {
		if h.Incomplete != "" {
			out = append(out, sanitize.Line(h.Name)+" ("+sanitize.Line(h.Incomplete)+")")
		}
	}
	return out
}

func (a *app) writeScan(w io.Writer, format string, res *scan.Result, color bool) error {
	switch format {
	case "json", "yaml":
		return writeScanData(w, format, res)
	case "dot":
		return report.WriteTopologyDOT(w, &res.Inventory)
	case "mermaid":
		return report.WriteTopologyMermaid(w, &res.Inventory)
	}
	return a.writeScanText(w, res, newStyles(w, color))
}
