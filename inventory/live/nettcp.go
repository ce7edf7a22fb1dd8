package live

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"net/netip"
	"strconv"
	"strings"
)

// SocketState is the TCP state column ("st") of /proc/net/tcp.
type SocketState uint8

// The states the scanner uses (include/net/tcp_states.h).
const (
	StateEstablished SocketState = 0x01
	StateListen      SocketState = 0x0A
)

// String names the states the scanner reports.
func (s SocketState) String() string {
	switch s {
	case StateEstablished:
		return "established"
	case StateListen:
		return "listen"
	}
	return "0x" + strconv.FormatUint(uint64(s), 16)
}

// Socket is one row of /proc/net/tcp or tcp6.
type Socket struct {
	Local  netip.AddrPort
	Remote netip.AddrPort
	State  SocketState
	UID    int
	// Inode ties the socket to the processes holding it through
	// /proc/<pid>/fd/N -> socket:[inode]; 0 for sockets in TIME_WAIT.
	Inode uint64
}

// maxSocketLines bounds the rows read from one table, so a hostile or
// enormous file cannot exhaust memory.
const maxSocketLines = 1 << 20

// ParseNetTCP reads /proc/net/tcp (IPv4) or /proc/net/tcp6 (IPv6) rows.
// IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are returned as IPv4, so one
// address has one spelling. The kernel prints each 32-bit word of an
// address in the host's byte order; name is used in error messages.
func ParseNetTCP(r io.Reader, name string) ([]Socket, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 64*1024)
	var out []Socket
	line := 0
	for sc.Scan() {
		line++
		if line > maxSocketLines {
			return out, fmt.Errorf("%s: more than %d lines", name, maxSocketLines)
		}
		f := strings.Fields(sc.Text())
		if len(f) == 0 || (line == 1 && !strings.HasSuffix(f[0], ":")) {
			continue
		}
		s, err := parseSocketRow(f)
		if err != nil {
			return out, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// parseSocketRow decodes "sl local rem st tx:rx tr:when retrnsmt uid
// timeout inode ...".
func parseSocketRow(f []string) (Socket, error) {
	var s Socket
	if len(f) < 10 {
		return s, fmt.Errorf("%d fields, want at least 10", len(f))
	}
	var err error
	if s.Local, err = parseHexAddrPort(f[1]); err != nil {
		return s, fmt.Errorf("local address: %w", err)
	}
	if s.Remote, err = parseHexAddrPort(f[2]); err != nil {
		return s, fmt.Errorf("remote address: %w", err)
	}
	st, err := strconv.ParseUint(f[3], 16, 8)
	if err != nil {
		return s, fmt.Errorf("state %q: not hex", f[3])
	}
	s.State = SocketState(st)
	uid, err := strconv.ParseUint(f[7], 10, 32)
	if err != nil {
		return s, fmt.Errorf("uid %q: not a number", f[7])
	}
	s.UID = int(uid)
	if s.Inode, err = strconv.ParseUint(f[9], 10, 64); err != nil {
		return s, fmt.Errorf("inode %q: not a number", f[9])
	}
	return s, nil
}

// parseHexAddrPort decodes "0100007F:1F90" (IPv4) or the 32-hex-digit IPv6
// form.
func parseHexAddrPort(s string) (netip.AddrPort, error) {
	h, p, ok := strings.Cut(s, ":")
	if !ok {
		return netip.AddrPort{}, fmt.Errorf("%q: no port", s)
	}
	port, err := strconv.ParseUint(p, 16, 16)
	if err != nil || len(p) > 4 {
		return netip.AddrPort{}, fmt.Errorf("%q: bad port", s)
	}
	var addr netip.Addr
	switch len(h) {
	case 8:
		w, err := strconv.ParseUint(h, 16, 32)
		if err != nil {
			return netip.AddrPort{}, fmt.Errorf("%q: bad address", s)
		}
		var b [4]byte
		binary.NativeEndian.PutUint32(b[:], uint32(w))
		addr = netip.AddrFrom4(b)
	case 32:
		var b [16]byte
		for i := 0; i < 4; i++ {
			w, err := strconv.ParseUint(h[i*8:i*8+8], 16, 32)
			if err != nil {
				return netip.AddrPort{}, fmt.Errorf("%q: bad address", s)
			}
			binary.NativeEndian.PutUint32(b[i*4:], uint32(w))
		}
		addr = netip.AddrFrom16(b).Unmap()
	default:
		return netip.AddrPort{}, fmt.Errorf("%q: address of %d hex digits", s, len(h))
	}
	return netip.AddrPortFrom(addr, uint16(port)), nil
}
