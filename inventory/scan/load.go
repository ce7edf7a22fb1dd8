package scan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cnready/cnready/internal/yamlnode"
	"github.com/cnready/cnready/inventory"
)

// fileDoc is a scan file as read back: the Result fields, with Targets a
// pointer so a file written without them (by hand, or by another tool) is
// told apart from one with none.
type fileDoc struct {
	Hosts      []inventory.Host      `json:"hosts" yaml:"hosts"`
	Components []inventory.Component `json:"components" yaml:"components"`
	Links      []inventory.Link      `json:"links" yaml:"links"`
	Systems    []inventory.System    `json:"systems" yaml:"systems"`
	Targets    *[]TargetRecord       `json:"targets" yaml:"targets"`
}

// LoadResult reads a scan file written by `cnready scan` (JSON or YAML,
// one host or merged) back into host results, ready to merge with others.
// When the file has targets, links and external components are dropped
// and made again from the targets, so hosts scanned apart link up; a file
// without targets keeps its links and external components as they are.
func LoadResult(r io.Reader, name string) ([]*HostResult, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var doc fileDoc
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, fmt.Errorf("%s:1: empty file", name)
	}
	if trimmed[0] == '{' {
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&doc); err != nil {
			return nil, jsonError(name, data, err)
		}
	} else {
		if _, err := yamlnode.Decode(name, data, "scan file", &doc); err != nil {
			return nil, err
		}
	}
	return doc.hostResults(name)
}

// jsonError adds the line to a JSON decoding error.
func jsonError(name string, data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	off := int64(-1)
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	line := 1
	if off > 0 && off <= int64(len(data)) {
		line += bytes.Count(data[:off], []byte("\n"))
	}
	return fmt.Errorf("%s:%d: %s", name, line, strings.TrimPrefix(err.Error(), "json: "))
}

// maxScanRecords bounds the hosts, components and targets of one scan
// file, for the same reason as maxAssetRows.
const maxScanRecords = 50000

func (doc *fileDoc) hostResults(name string) ([]*HostResult, error) {
	targets := 0
	if doc.Targets != nil {
		targets = len(*doc.Targets)
	}
	if n := max(len(doc.Hosts), len(doc.Components), len(doc.Links), targets); n > maxScanRecords {
		return nil, fmt.Errorf("%s: %d records in one list, more than %d; split the scan", name, n, maxScanRecords)
	}
	var out []*HostResult
	byHost := map[string]*HostResult{}
	get := func(host string) *HostResult {
		key := strings.ToLower(host)
		hr := byHost[key]
		if hr == nil {
			hr = &HostResult{Host: inventory.Host{Name: host, Source: name}, Names: map[string][]string{}}
			byHost[key] = hr
			out = append(out, hr)
		}
		return hr
	}
	for i, h := range doc.Hosts {
		if strings.TrimSpace(h.Name) == "" {
			return nil, fmt.Errorf("%s: hosts[%d] has no name", name, i)
		}
		hr := get(h.Name)
		hr.Host.Addresses = append(hr.Host.Addresses, h.Addresses...)
		hr.Host.Notes = append(hr.Host.Notes, h.Notes...)
		if h.Source != "" {
			hr.Host.Source = h.Source
		}
	}
	retarget := doc.Targets != nil
	var loose *HostResult // external components of a file without targets
	compHost := map[string]string{}
	for i, c := range doc.Components {
		if c.ID == "" {
			return nil, fmt.Errorf("%s: components[%d] has no id", name, i)
		}
		if c.Tier == inventory.TierExternal {
			if retarget {
				continue
			}
			if loose == nil {
				loose = &HostResult{}
				out = append(out, loose)
			}
			loose.Components = append(loose.Components, c)
			continue
		}
		if c.Host == "" {
			return nil, fmt.Errorf("%s: component %s has no host", name, c.ID)
		}
		hr := get(c.Host)
		if len(c.Names) > 0 {
			hr.Names[c.ID] = append(hr.Names[c.ID], c.Names...)
		}
		c.Names = nil
		hr.Components = append(hr.Components, c)
		compHost[c.ID] = c.Host
	}
	if retarget {
		for _, t := range *doc.Targets {
			h, ok := compHost[t.From]
			if !ok {
				return nil, fmt.Errorf("%s: target from unknown component %q", name, t.From)
			}
			t.To = ""
			hr := get(h)
			hr.Targets = append(hr.Targets, t)
		}
	} else if len(doc.Links) > 0 {
		if loose == nil {
			loose = &HostResult{}
			out = append(out, loose)
		}
		loose.Links = append(loose.Links, doc.Links...)
	}
	for _, hr := range out {
		hr.sort()
	}
	return out, nil
}
