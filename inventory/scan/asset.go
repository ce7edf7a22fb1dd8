package scan

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/internal/sets"
	"github.com/cnready/cnready/internal/textenc"
	"github.com/cnready/cnready/internal/yamlnode"
	"github.com/cnready/cnready/inventory"
)

// Asset register columns. Each has English and Korean header names.
const (
	colHost    = "hostname"
	colAddr    = "address"
	colRole    = "role"
	colProduct = "product"
	colVersion = "version"
	colConn    = "connects_to"
	colPort    = "port"
	colSystem  = "system"
)

// assetColumns are the canonical column names, in README order.
var assetColumns = []string{colHost, colAddr, colRole, colProduct, colVersion, colConn, colPort, colSystem}

// assetAliases maps header names (lower-case, spaces and dashes folded to
// underscores) to columns.
var assetAliases = map[string]string{
	"hostname": colHost, "host": colHost, "host_name": colHost, "server": colHost, "name": colHost,
	"호스트명": colHost, "호스트": colHost, "서버명": colHost, "서버": colHost,
	"address": colAddr, "addresses": colAddr, "ip": colAddr, "ip_address": colAddr,
	"ip주소": colAddr, "주소": colAddr, "아이피": colAddr,
	"role": colRole, "tier": colRole, "역할": colRole, "구분": colRole, "티어": colRole,
	"product": colProduct, "software": colProduct, "제품": colProduct, "제품명": colProduct, "소프트웨어": colProduct,
	"version": colVersion, "버전": colVersion,
	"connects_to": colConn, "connects": colConn, "connections": colConn, "targets": colConn,
	"연계대상": colConn, "연결대상": colConn, "연계": colConn,
	"port": colPort, "ports": colPort, "포트": colPort,
	"system": colSystem, "시스템": colSystem, "시스템명": colSystem,
}

func assetColumn(h string) string {
	k := strings.ToLower(strings.TrimSpace(h))
	k = strings.NewReplacer(" ", "_", "-", "_").Replace(k)
	return assetAliases[k]
}

// assetRole reads a role value.
func assetRole(v string) (inventory.Tier, bool) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "":
		return "", true
	case "web", "ws", "웹", "웹서버":
		return inventory.TierWeb, true
	case "was", "app", "ap", "미들웨어", "was서버":
		return inventory.TierWAS, true
	case "db", "dbms", "database", "데이터베이스", "db서버":
		return inventory.TierDB, true
	}
	return "", false
}

// assetRow is one host line of a register, with the line it came from.
type assetRow struct {
	line   int
	fields map[string]string
}

// LoadAssets reads a CSV or YAML asset register (see README-scan.md for
// the columns) into host results. UTF-8 with or without BOM, or
// EUC-KR/CP949 (see textenc). Every bad
// row is reported (file:line), and then nothing of the file is used.
func LoadAssets(r io.Reader, name string, isYAML bool) ([]*HostResult, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	// Excel's Korean "CSV" is CP949: read it when unambiguous, otherwise
	// name the first line that is not UTF-8.
	if data, _, err = textenc.UTF8(name, data); err != nil {
		return nil, err
	}
	var rows []assetRow
	if isYAML {
		rows, err = assetYAMLRows(data, name)
	} else {
		rows, err = assetCSVRows(data, name)
	}
	if err != nil {
		return nil, err
	}
	return assetResults(rows, name)
}

func assetCSVRows(data []byte, name string) ([]assetRow, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.TrimLeadingSpace = true
	if first, _, _ := bytes.Cut(data, []byte("\n")); bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		cr.Comma = ';' // Excel in some locales
	}
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s:1: empty asset register", name)
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	cols := make([]string, len(header))
	known := false
	for i, h := range header {
		cols[i] = assetColumn(h)
		known = known || cols[i] == colHost || cols[i] == colAddr
	}
	if !known {
		return nil, fmt.Errorf("%s:1: no hostname or address column in header %q", name, strings.Join(header, ","))
	}
	var rows []assetRow
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		row := assetRow{line: line, fields: map[string]string{}}
		empty := true
		for i, v := range rec {
			if i < len(cols) && cols[i] != "" {
				row.fields[cols[i]] = strings.TrimSpace(v)
				empty = empty && strings.TrimSpace(v) == ""
			}
		}
		if !empty && !strings.HasPrefix(strings.TrimSpace(rec[0]), "#") {
			rows = append(rows, row)
		}
	}
	return rows, nil
}

func assetYAMLRows(data []byte, name string) ([]assetRow, error) {
	list, err := yamlnode.Parse(name, data)
	if errors.Is(err, yamlnode.ErrEmpty) {
		return nil, fmt.Errorf("%s:1: empty asset register", name)
	}
	if err != nil {
		return nil, err
	}
	if list.Kind == yaml.MappingNode {
		d := &yamlnode.Decoder{Name: name}
		mapping := list
		list = nil
		d.Fields(mapping, "asset register", map[string]func(*yaml.Node){"assets": func(v *yaml.Node) { list = v }})
		if d.Failed() {
			return nil, d.Err()
		}
		if list == nil {
			return nil, fmt.Errorf("%s:%d: no assets list", name, mapping.Line)
		}
	}
	return assetNodeRows(list, name)
}

// AssetsFromYAML reads an asset register given as a YAML list node (the
// inline hosts: of an Assessment file); errors carry name and the node's
// lines.
func AssetsFromYAML(list *yaml.Node, name string) ([]*HostResult, error) {
	rows, err := assetNodeRows(list, name)
	if err != nil {
		return nil, err
	}
	return assetResults(rows, name)
}

func assetNodeRows(list *yaml.Node, name string) ([]assetRow, error) {
	d := &yamlnode.Decoder{Name: name}
	if list.Kind != yaml.SequenceNode {
		d.Errorf(list, "assets must be a list of hosts")
		return nil, d.Err()
	}
	var rows []assetRow
	for _, item := range list.Content {
		if item.Kind != yaml.MappingNode {
			d.Errorf(item, "asset must be a mapping")
			continue
		}
		row := assetRow{line: item.Line, fields: map[string]string{}}
		// Keys are matched through their aliases (Korean headers too),
		// so the handlers are built per key rather than fixed.
		handlers := map[string]func(*yaml.Node){}
		field := func(key, col string) func(*yaml.Node) {
			return func(v *yaml.Node) {
				var parts []string
				d.StrOrList(v, key, &parts)
				row.fields[col] = strings.Join(trimAll(parts), ";")
			}
		}
		for _, col := range assetColumns {
			handlers[col] = field(col, col)
		}
		for i := 0; i+1 < len(item.Content); i += 2 {
			if k := item.Content[i].Value; assetColumn(k) != "" {
				handlers[k] = field(k, assetColumn(k))
			}
		}
		d.Fields(item, "asset", handlers)
		rows = append(rows, row)
	}
	return rows, d.Err()
}

func trimAll(s []string) []string {
	for i := range s {
		s[i] = strings.TrimSpace(s[i])
	}
	return s
}

// splitList splits a cell holding several values (; , space or newline).
func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ';' || r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '|'
	})
}

// splitHostPort reads "host", "host:port", "[v6]:port" or a bare IPv6.
func splitHostPort(s string) (string, int) {
	if strings.HasPrefix(s, "[") {
		if i := strings.Index(s, "]"); i > 0 {
			host := s[1:i]
			p, _ := strconv.Atoi(strings.TrimPrefix(s[i+1:], ":"))
			return host, p
		}
	}
	if strings.Count(s, ":") == 1 {
		h, ps, _ := strings.Cut(s, ":")
		if p, err := strconv.Atoi(ps); err == nil && p > 0 && p < 65536 {
			return h, p
		}
	}
	return s, 0
}

// maxAssetRows bounds one asset register: the largest agencies run some
// thousands of servers, and a register of hundreds of thousands of rows
// (8 MiB of short lines) would take gigabytes to link and print.
const maxAssetRows = 20000

func assetResults(rows []assetRow, name string) ([]*HostResult, error) {
	if len(rows) > maxAssetRows {
		return nil, fmt.Errorf("%s:%d: more than %d hosts in one asset register; split it", name, rows[maxAssetRows].line, maxAssetRows)
	}
	var errs []error
	var out []*HostResult
	byHost := map[string]*HostResult{}
	for _, row := range rows {
		f := row.fields
		where := func(format string, args ...any) {
			errs = append(errs, fmt.Errorf("%s:%d: %s", name, row.line, fmt.Sprintf(format, args...)))
		}
		addrs := splitList(f[colAddr])
		host := f[colHost]
		if host == "" && len(addrs) > 0 {
			host = addrs[0]
		}
		if host == "" {
			where("no hostname or address")
			continue
		}
		if !validHostName(host) {
			where("hostname %q is not a host name", host)
			continue
		}
		tier, ok := assetRole(f[colRole])
		if !ok {
			where("role %q: use web, was or db", f[colRole])
			continue
		}
		port := 0
		if ps := f[colPort]; ps != "" {
			p, err := strconv.Atoi(ps)
			if err != nil || p <= 0 || p > 65535 {
				where("port %q is not a port number", ps)
				continue
			}
			port = p
		}
		key := strings.ToLower(host)
		hr := byHost[key]
		if hr == nil {
			hr = &HostResult{Host: inventory.Host{Name: host, Source: name}, Names: map[string][]string{},
				SystemHint: map[string]string{}}
			byHost[key] = hr
			out = append(out, hr)
		}
		for _, a := range addrs {
			if ip, ok := parseIP(a); ok {
				hr.Host.Addresses = sets.AppendUnique(hr.Host.Addresses, ip)
			} else {
				where("address %q is not an IP address", a)
			}
		}
		if tier == "" {
			if f[colConn] != "" || f[colProduct] != "" {
				where("role is needed for product or connects_to")
			}
			continue
		}
		ev := []inventory.Evidence{{Path: name, Line: row.line}}
		product := strings.ToLower(f[colProduct])
		local := nonEmpty(strings.ReplaceAll(product, " ", "-"), string(tier))
		if port > 0 {
			local += ":" + strconv.Itoa(port)
		}
		id := QualifyID(host, local)
		c := inventory.Component{ID: id, Host: host, Tier: tier, Product: f[colProduct], Version: f[colVersion],
			Listen: []string{}, Evidence: ev}
		if port > 0 {
			c.Listen = []string{strconv.Itoa(port)}
		}
		hr.Components = append(hr.Components, c)
		if s := f[colSystem]; s != "" {
			hr.SystemHint[id] = s
		}
		next, proto := inventory.Tier(""), "tcp"
		switch tier {
		case inventory.TierWeb:
			next, proto = inventory.TierWAS, "http"
		case inventory.TierWAS:
			next, proto = inventory.TierDB, "jdbc"
		}
		for _, c := range splitList(f[colConn]) {
			h, p := splitHostPort(c)
			if !validHostName(h) {
				where("connects_to %q is not a host", c)
				continue
			}
			hr.Targets = append(hr.Targets, TargetRecord{From: id, Host: h, Port: p, Protocol: proto, Tier: next, Evidence: ev})
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for _, hr := range out {
		hr.sort()
	}
	return out, nil
}
