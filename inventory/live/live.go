// Package live inventories the host it runs on: it reads /proc for the
// processes of known Web, WAS and DB products, ties them to their TCP
// sockets through /proc/<pid>/fd, finds the configuration files their
// command lines point at and hands those files to the same detectors a
// tree scan uses. Running products become components even when their
// configuration cannot be read; listen addresses come from the real
// sockets, and established outbound connections become targets so that
// per-host results merge into links across hosts.
//
// It works without root: what it cannot read (other users' descriptors,
// environments, working directories, configuration files) is noted on the
// host, never fatal. Raw command lines are never kept: arguments are
// redacted as they are read, and only allow-listed environment variables
// (product homes and instance names) are looked at.
package live

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/netip"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/cnready/cnready/internal/sets"
	"github.com/cnready/cnready/inventory/scan"
)

// Options say where the live host is and how to scan its files.
type Options struct {
	// ProcRoot is the proc file system ("" means "/proc").
	ProcRoot string
	// RootFS is the root of the host's files ("" means "/"). Paths read
	// from /proc (cwd, exe, -Dcatalina.base ...) are taken relative to it.
	RootFS string
	// HostName overrides the host's name (default: the kernel's).
	HostName string
	// Scan holds the detectors and file limits passed to scan.ScanHost.
	Scan scan.Options
	// MaxProcesses bounds the processes inspected (0: DefaultMaxProcesses).
	MaxProcesses int
}

// DefaultMaxProcesses bounds a scan on hosts with runaway process counts.
const DefaultMaxProcesses = 100000

func (o Options) procRoot() string {
	if o.ProcRoot == "" {
		return "/proc"
	}
	return o.ProcRoot
}

func (o Options) rootFS() string {
	if o.RootFS == "" {
		return "/"
	}
	return o.RootFS
}

// Instance is one running product instance: the processes sharing a
// product and key (nginx master and workers, the PostgreSQL postmaster
// and its backends), their sockets and the configuration files found.
type Instance struct {
	Signature
	// PIDs are the instance's processes, the first being the oldest
	// ancestor seen.
	PIDs []int
	// Listen are the listening sockets, Outbound the established
	// connections the instance opened (its local port is not one it
	// listens on).
	Listen   []netip.AddrPort
	Outbound []netip.AddrPort
	// Files are the configuration files found, relative to RootFS.
	Files []string
	// SocketsUnknown is set when some process's descriptors could not be
	// read, so the socket lists may be incomplete.
	SocketsUnknown bool
}

// Snapshot is what Inspect saw of the host.
type Snapshot struct {
	HostName  string
	Addresses []string
	Processes int
	Sockets   []Socket
	Instances []*Instance
	// UnownedListen are listening sockets no readable process holds
	// (their owners' descriptors were unreadable).
	UnownedListen []Socket
	Notes         []string
}

// Inspect reads processes and sockets and groups the recognised processes
// into instances. It fails only when the proc root itself cannot be
// listed or ctx ends.
func Inspect(ctx context.Context, opts Options) (*Snapshot, error) {
	proc := opts.procRoot()
	pids, err := listPIDs(proc)
	if err != nil {
		return nil, fmt.Errorf("live scan: %w", err)
	}
	max := opts.MaxProcesses
	if max <= 0 {
		max = DefaultMaxProcesses
	}
	snap := &Snapshot{HostName: opts.HostName}
	if len(pids) > max {
		snap.Notes = append(snap.Notes, fmt.Sprintf("%d processes, only the first %d inspected", len(pids), max))
		pids = pids[:max]
	}
	if snap.HostName == "" {
		if b, err := readLimited(filepath.Join(proc, "sys/kernel/hostname")); err == nil {
			snap.HostName = strings.TrimSpace(string(b))
		}
	}
	if snap.HostName == "" {
		snap.HostName, _ = os.Hostname()
	}
	snap.Addresses = localAddresses(proc)

	procs := map[int]*Process{}
	sigs := map[int]Signature{}
	var unreadableFD []int
	for _, pid := range pids {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		p, ok := readProcess(proc, pid)
		if !ok {
			continue
		}
		snap.Processes++
		procs[pid] = &p
		if sig, ok := Classify(&p); ok {
			sigs[pid] = sig
			if len(p.Unreadable) > 0 {
				snap.Notes = append(snap.Notes, fmt.Sprintf("%s process %d: could not read %s (not permitted)",
					sig.Product, pid, strings.Join(p.Unreadable, ", ")))
			}
		}
		if slices.Contains(p.Unreadable, "fd") {
			unreadableFD = append(unreadableFD, pid)
		}
	}
	if n := len(unreadableFD); n > 0 {
		snap.Notes = append(snap.Notes, fmt.Sprintf("descriptors of %d processes could not be read (other users' processes; run as root for their sockets)", n))
	}

	// Sockets, once per network namespace: the scanner's own, then any
	// other namespace a recognised process lives in (containers).
	owner := map[uint64]int{}
	for pid, p := range procs {
		for _, in := range p.Inodes {
			if old, ok := owner[in]; !ok || pid < old {
				owner[in] = pid
			}
		}
	}
	self, _ := os.Readlink(filepath.Join(proc, "self/ns/net"))
	socks, notes := readSockets(filepath.Join(proc, "net"))
	snap.Notes = append(snap.Notes, notes...)
	seenNS := map[string]bool{self: true}
	for _, pid := range sets.Keys(sigs) {
		ns := procs[pid].NetNS
		if ns == "" || seenNS[ns] {
			continue
		}
		seenNS[ns] = true
		s, notes := readSockets(filepath.Join(proc, strconv.Itoa(pid), "net"))
		snap.Notes = append(snap.Notes, notes...)
		socks = append(socks, s...)
	}
	snap.Sockets = socks

	snap.Instances = group(procs, sigs)
	bySock := map[uint64][]Socket{}
	for _, s := range socks {
		if s.Inode != 0 {
			bySock[s.Inode] = append(bySock[s.Inode], s)
		}
	}
	owned := map[uint64]bool{}
	for _, in := range snap.Instances {
		listenPorts := map[uint16]bool{}
		var est []Socket
		for _, pid := range in.PIDs {
			p := procs[pid]
			if slices.Contains(p.Unreadable, "fd") {
				in.SocketsUnknown = true
			}
			for _, inode := range p.Inodes {
				for _, s := range bySock[inode] {
					owned[inode] = true
					switch s.State {
					case StateListen:
						in.Listen = append(in.Listen, s.Local)
						listenPorts[s.Local.Port()] = true
					case StateEstablished:
						est = append(est, s)
					}
				}
			}
		}
		for _, s := range est {
			if !listenPorts[s.Local.Port()] {
				in.Outbound = append(in.Outbound, s.Remote)
			}
		}
		in.Listen = uniqueAddrPorts(in.Listen)
		in.Outbound = uniqueAddrPorts(in.Outbound)
	}
	// Oracle's listener serves the instances of its home: give its
	// sockets to them when it is the only listener of the product.
	attachListeners(snap)
	for _, s := range socks {
		if s.State == StateListen && !owned[s.Inode] {
			snap.UnownedListen = append(snap.UnownedListen, s)
		}
	}
	findFiles(opts.rootFS(), snap)
	return snap, nil
}

// group folds processes into instances: a process whose ancestor is of
// the same product (and compatible key) joins the ancestor's instance;
// processes of the same product and non-empty key join each other.
func group(procs map[int]*Process, sigs map[int]Signature) []*Instance {
	byKey := map[string]*Instance{}
	var out []*Instance
	root := func(pid int) int {
		sig := sigs[pid]
		r := pid
		for i, cur := 0, procs[pid].PPID; i < 64 && cur > 0; i++ {
			ps, ok := sigs[cur]
			if !ok || ps.Product != sig.Product || ps.Listener != sig.Listener {
				break
			}
			if sig.Key != "" && ps.Key != "" && ps.Key != sig.Key {
				break
			}
			r = cur
			p := procs[cur]
			if p == nil {
				break
			}
			cur = p.PPID
		}
		return r
	}
	for _, pid := range sets.Keys(sigs) {
		r := root(pid)
		rs := sigs[r]
		key := rs.Product + "\x00" + rs.Key
		if rs.Key == "" {
			key += "\x00pid" + strconv.Itoa(r)
		}
		if rs.Listener {
			key += "\x00listener"
		}
		in := byKey[key]
		if in == nil {
			in = &Instance{Signature: rs}
			byKey[key] = in
			out = append(out, in)
		}
		in.PIDs = append(in.PIDs, pid)
		if r != pid {
			// A child may know more files (a worker's own -c); keep both.
			in.Configs = sets.AppendUnique(in.Configs, sigs[pid].Configs...)
			in.Globs = sets.AppendUnique(in.Globs, sigs[pid].Globs...)
		}
	}
	for _, in := range out {
		sort.Ints(in.PIDs)
	}
	return out
}

// attachListeners moves listener-only instances' sockets to the
// product's instances when there is exactly one listener of the product.
func attachListeners(snap *Snapshot) {
	var kept []*Instance
	for _, l := range snap.Instances {
		if !l.Listener {
			kept = append(kept, l)
			continue
		}
		var targets []*Instance
		for _, in := range snap.Instances {
			if !in.Listener && in.Product == l.Product {
				targets = append(targets, in)
			}
		}
		if len(targets) == 0 {
			kept = append(kept, l)
			continue
		}
		for _, in := range targets {
			in.Listen = uniqueAddrPorts(append(in.Listen, l.Listen...))
			in.Configs = sets.AppendUnique(in.Configs, l.Configs...)
			in.PIDs = append(in.PIDs, l.PIDs...)
			in.SocketsUnknown = in.SocketsUnknown || l.SocketsUnknown
		}
	}
	snap.Instances = kept
}

// findFiles keeps the configuration files that exist under root, noting
// those that exist but cannot be read.
func findFiles(root string, snap *Snapshot) {
	fsys := os.DirFS(root)
	for _, in := range snap.Instances {
		cands := append([]string(nil), in.Configs...)
		for _, g := range in.Globs {
			rel := strings.TrimPrefix(g, "/")
			if !fs.ValidPath(rel) {
				continue
			}
			m, _ := fs.Glob(fsys, rel)
			if len(m) > 256 {
				m = m[:256]
			}
			for _, x := range m {
				cands = append(cands, "/"+x)
			}
		}
		for _, c := range cands {
			rel := strings.TrimPrefix(path.Clean(c), "/")
			if !path.IsAbs(c) || !fs.ValidPath(rel) || rel == "." {
				continue
			}
			f, err := fsys.Open(rel)
			if err != nil {
				if !errors.Is(err, fs.ErrNotExist) {
					snap.Notes = append(snap.Notes, fmt.Sprintf("%s process %d: configuration %s unreadable: %v",
						in.Product, in.PIDs[0], c, errors.Unwrap(err)))
				}
				continue
			}
			st, err := f.Stat()
			f.Close()
			if err != nil || !st.Mode().IsRegular() {
				continue
			}
			in.Files = sets.AppendUnique(in.Files, rel)
		}
	}
}

// localAddresses lists the host's own IPv4 (fib_trie LOCAL) and IPv6
// (if_inet6) addresses, leaving out loopback and link-local ones.
func localAddresses(proc string) []string {
	set := map[string]bool{}
	if b, err := readLimited(filepath.Join(proc, "net/fib_trie")); err == nil {
		var last string
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			l := strings.TrimSpace(sc.Text())
			if a, ok := strings.CutPrefix(l, "|-- "); ok {
				last = a
				continue
			}
			if strings.HasPrefix(l, "/32 host LOCAL") {
				if a, err := netip.ParseAddr(last); err == nil && usableAddr(a) {
					set[a.String()] = true
				}
			}
		}
	}
	if b, err := readLimited(filepath.Join(proc, "net/if_inet6")); err == nil {
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) == 0 || len(f[0]) != 32 {
				continue
			}
			var raw [16]byte
			ok := true
			for i := 0; i < 16; i++ {
				v, err := strconv.ParseUint(f[0][i*2:i*2+2], 16, 8)
				if err != nil {
					ok = false
					break
				}
				raw[i] = byte(v)
			}
			if a := netip.AddrFrom16(raw); ok && usableAddr(a) {
				set[a.String()] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for a := range set {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

func usableAddr(a netip.Addr) bool {
	return a.IsValid() && !a.IsLoopback() && !a.IsUnspecified() && !a.IsLinkLocalUnicast() && !a.IsMulticast()
}

func uniqueAddrPorts(in []netip.AddrPort) []netip.AddrPort {
	slices.SortFunc(in, netip.AddrPort.Compare)
	return slices.Compact(in)
}
