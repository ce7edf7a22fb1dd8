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

	"github.com/cnready/cnready/checklist"
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
// the columns) into host results. UTF-8 with or without BOM. Every bad
// row is reported (file:line), and then nothing of the file is used.
func LoadAssets(r io.Reader, name string, isYAML bool) ([]*HostResult, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
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
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, checklist.YAMLError(name, err)
	}
	if len(doc.Content) == 0 {
		return nil, fmt.Errorf("%s:1: empty asset register", name)
	}
	list := doc.Content[0]
	if list.Kind == yaml.MappingNode {
		var found *yaml.Node
		for i := 0; i+1 < len(list.Content); i += 2 {
			if list.Content[i].Value == "assets" {
				found = list.Content[i+1]
			} else {
				return nil, fmt.Errorf("%s:%d: unknown key %q (want assets)", name, list.Content[i].Line, list.Content[i].Value)
			}
		}
		if found == nil {
			return nil, fmt.Errorf("%s:%d: no assets list", name, list.Line)
		}
		list = found
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
	if list.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("%s:%d: assets must be a list of hosts", name, list.Line)
	}
	var rows []assetRow
	var errs []error
	for _, item := range list.Content {
		if item.Kind != yaml.MappingNode {
			errs = append(errs, fmt.Errorf("%s:%d: asset must be a mapping", name, item.Line))
			continue
		}
		row := assetRow{line: item.Line, fields: map[string]string{}}
		for i := 0; i+1 < len(item.Content); i += 2 {
			k, v := item.Content[i], item.Content[i+1]
			col := assetColumn(k.Value)
			if col == "" {
				errs = append(errs, fmt.Errorf("%s:%d: unknown asset key %q", name, k.Line, k.Value))
				continue
			}
			switch v.Kind {
			case yaml.ScalarNode:
				row.fields[col] = strings.TrimSpace(v.Value)
			case yaml.SequenceNode:
				var parts []string
				for _, c := range v.Content {
					if c.Kind != yaml.ScalarNode {
						errs = append(errs, fmt.Errorf("%s:%d: %s entries must be text", name, c.Line, k.Value))
						continue
					}
					parts = append(parts, strings.TrimSpace(c.Value))
				}
				row.fields[col] = strings.Join(parts, ";")
			default:
				errs = append(errs, fmt.Errorf("%s:%d: %s must be text or a list", name, v.Line, k.Value))
			}
		}
		rows = append(rows, row)
	}
	return rows, errors.Join(errs...)
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

func assetResults(rows []assetRow, name string) ([]*HostResult, error) {
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
				hr.Host.Addresses = appendUnique(hr.Host.Addresses, ip)
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
