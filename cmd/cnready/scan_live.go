package main

import (
	"context"
	"fmt"
	"time"

	"github.com/cnready/cnready/internal/sanitize"
	"github.com/cnready/cnready/inventory/live"
	"github.com/cnready/cnready/inventory/scan"
)

// Environment variables that point --live at another proc file system
// and root: a container's (/proc of the host, root under
// /var/lib/containers/...), a copy collected from a server, or a test
// fixture.
const (
	envProcRoot = "CNREADY_PROC_ROOT"
	envLiveRoot = "CNREADY_LIVE_ROOT"
)

// scanLive scans the host cnready runs on: its processes, sockets and the
// configuration they point at, through the same detectors as a tree scan.
// What it could not read is noted on the host; one status line goes to
// standard error.
func scanLive(ctx context.Context, a *app, opts *scanOptions) (*scan.HostResult, error) {
	lo := live.Options{
		ProcRoot: a.io.Env(envProcRoot),
		RootFS:   a.io.Env(envLiveRoot),
		Scan:     opts.Scan,
	}
	start := time.Now()
	hr, snap, err := live.Scan(ctx, lo)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(a.io.Err, "cnready: live scan of %s: %d processes, %d running products, %d components, %d notes (%s)\n",
		sanitize.Line(hr.Host.Name), snap.Processes, len(snap.Instances), len(hr.Components), len(hr.Host.Notes),
		time.Since(start).Round(time.Millisecond))
	return hr, nil
}
