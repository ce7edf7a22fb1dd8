package live

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/cnready/cnready/inventory"
)

// Process is what the scanner keeps of one process. It never holds a raw
// command line nor any environment variable outside the allow-list.
type Process struct {
	PID  int
	PPID int
	UID  int
	// Comm is /proc/<pid>/comm (the executable name, at most 15 bytes).
	Comm string
	// Exe and Cwd are the targets of the exe and cwd links; "" when they
	// could not be read (another user's process, kernel thread).
	Exe string
	Cwd string
	// Args is the command line after RedactArgs.
	Args []string
	// Env holds only allow-listed variables (AllowedEnv).
	Env map[string]string
	// Inodes are the socket inodes among the open file descriptors.
	Inodes []uint64
	// NetNS is the target of /proc/<pid>/ns/net ("net:[4026531840]").
	NetNS string
	// Unreadable lists what could not be read ("fd", "environ", "cwd").
	Unreadable []string
}

// envAllowed names the environment variables the scanner may read: where
// products live and which instance runs. Everything else stays unread
// because environments hold passwords (PGPASSWORD, SPRING_DATASOURCE_*).
var envAllowed = map[string]bool{
	"ORACLE_SID": true, "TB_SID": true, "CATALINA_BASE": true, "CATALINA_HOME": true,
	"JEUS_HOME": true, "WEBTOBDIR": true, "ALTIBASE_HOME": true, "CUBRID": true,
	"CUBRID_DATABASES": true, "PGDATA": true, "PGPORT": true, "SPRING_CONFIG_LOCATION": true,
	"SPRING_PROFILES_ACTIVE": true, "DOMAIN_HOME": true, "WL_HOME": true, "MW_HOME": true,
	"JBOSS_HOME": true, "JBOSS_BASE_DIR": true, "APACHE_CONFDIR": true, "APACHE_RUN_DIR": true,
	"MYSQL_HOME": true, "TNS_ADMIN": true, "SERVER_NAME": true,
}

// AllowedEnv reports whether the scanner may keep an environment
// variable: the fixed list above or any *_HOME whose name holds no secret
// word.
func AllowedEnv(name string) bool {
	if envAllowed[name] {
		return true
	}
	return strings.HasSuffix(name, "_HOME") && !inventory.IsSecretKey(name) && validEnvName(name)
}

func validEnvName(s string) bool {
	for _, c := range s {
		if !(c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return s != ""
}

// maxProcFile bounds the bytes read from one /proc file (cmdline and
// environ of Java processes can be long, never this long).
const maxProcFile = 1 << 20

// maxFDs bounds the descriptors inspected per process.
const maxFDs = 1 << 16

// readLimited reads at most maxProcFile bytes of a file.
func readLimited(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, maxProcFile))
}

// ParseEnviron keeps the allow-listed variables of a NUL-separated
// environ file and drops the rest without looking at their values.
func ParseEnviron(b []byte) map[string]string {
	env := map[string]string{}
	for len(b) > 0 {
		var kv []byte
		kv, b, _ = bytes.Cut(b, []byte{0})
		k, v, ok := bytes.Cut(kv, []byte{'='})
		if !ok || !AllowedEnv(string(k)) {
			continue
		}
		if inventory.IsSecretValue(string(v)) {
			continue
		}
		env[string(k)] = string(v)
	}
	return env
}

// listPIDs returns the numeric entries of the proc root in order.
func listPIDs(procRoot string) ([]int, error) {
	ents, err := os.ReadDir(procRoot)
	if err != nil {
		return nil, err
	}
	var pids []int
	for _, e := range ents {
		if pid, err := strconv.Atoi(e.Name()); err == nil && pid > 0 {
			pids = append(pids, pid)
		}
	}
	sort.Ints(pids)
	return pids, nil
}

// readProcess reads one process. ok is false when the process vanished or
// is a kernel thread (empty cmdline); permission problems are recorded in
// Unreadable instead of failing.
func readProcess(procRoot string, pid int) (p Process, ok bool) {
	dir := filepath.Join(procRoot, strconv.Itoa(pid))
	p.PID = pid
	cmd, err := readLimited(filepath.Join(dir, "cmdline"))
	if err != nil {
		return p, false
	}
	raw := ParseCmdline(cmd)
	if len(raw) == 0 {
		return p, false // kernel thread or zombie
	}
	p.Args = RedactArgs(raw)
	clear(raw)
	if b, err := readLimited(filepath.Join(dir, "comm")); err == nil {
		p.Comm = strings.TrimRight(string(b), "\n")
	}
	p.PPID, p.UID = readStatus(filepath.Join(dir, "status"))
	if s, err := os.Readlink(filepath.Join(dir, "exe")); err == nil {
		p.Exe = strings.TrimSuffix(s, " (deleted)")
	} else if !errors.Is(err, fs.ErrNotExist) {
		p.Unreadable = append(p.Unreadable, "exe")
	}
	if s, err := os.Readlink(filepath.Join(dir, "cwd")); err == nil {
		p.Cwd = s
	} else {
		p.Unreadable = append(p.Unreadable, "cwd")
	}
	if s, err := os.Readlink(filepath.Join(dir, "ns", "net")); err == nil {
		p.NetNS = s
	}
	if b, err := readLimited(filepath.Join(dir, "environ")); err == nil {
		p.Env = ParseEnviron(b)
		clear(b)
	} else {
		p.Unreadable = append(p.Unreadable, "environ")
	}
	inodes, err := socketInodes(filepath.Join(dir, "fd"))
	if err != nil {
		p.Unreadable = append(p.Unreadable, "fd")
	}
	p.Inodes = inodes
	return p, true
}

// readStatus takes PPid and the real Uid from /proc/<pid>/status.
func readStatus(name string) (ppid, uid int) {
	f, err := os.Open(name)
	if err != nil {
		return 0, -1
	}
	defer f.Close()
	uid = -1
	sc := bufio.NewScanner(io.LimitReader(f, 64*1024))
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), ":")
		fields := strings.Fields(v)
		if len(fields) == 0 {
			continue
		}
		switch k {
		case "PPid":
			ppid, _ = strconv.Atoi(fields[0])
		case "Uid":
			if n, err := strconv.Atoi(fields[0]); err == nil {
				uid = n
			}
		}
	}
	return ppid, uid
}

// socketInodes lists the socket inodes among a process's descriptors.
// Each entry is a link to "socket:[N]"; fake trees used in tests may hold
// regular files with that text instead.
func socketInodes(fdDir string) ([]uint64, error) {
	ents, err := os.ReadDir(fdDir)
	if err != nil {
		return nil, err
	}
	var out []uint64
	for i, e := range ents {
		if i >= maxFDs {
			break
		}
		name := filepath.Join(fdDir, e.Name())
		target, err := os.Readlink(name)
		if err != nil {
			if e.Type().IsRegular() {
				b, rerr := readSmall(name)
				if rerr != nil {
					continue
				}
				target = strings.TrimSpace(string(b))
			} else {
				continue
			}
		}
		if n, ok := parseSocketLink(target); ok {
			out = append(out, n)
		}
	}
	return out, nil
}

func readSmall(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, 256))
}

// parseSocketLink decodes "socket:[12345]".
func parseSocketLink(s string) (uint64, bool) {
	rest, ok := strings.CutPrefix(s, "socket:[")
	if !ok {
		return 0, false
	}
	num, ok := strings.CutSuffix(rest, "]")
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseUint(num, 10, 64)
	return n, err == nil
}

// readSockets reads tcp and tcp6 of one network namespace directory
// (procRoot/net or procRoot/<pid>/net).
func readSockets(netDir string) ([]Socket, []string) {
	var out []Socket
	var notes []string
	for _, n := range []string{"tcp", "tcp6"} {
		name := filepath.Join(netDir, n)
		f, err := os.Open(name)
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				notes = append(notes, fmt.Sprintf("could not read %s: %v", name, errors.Unwrap(err)))
			}
			continue
		}
		s, err := ParseNetTCP(f, name)
		f.Close()
		if err != nil {
			notes = append(notes, err.Error())
		}
		out = append(out, s...)
	}
	return out, notes
}
