package schema

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/transform"

	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/decompose/sqltables"
)

// headerAliases maps the column headings found in table-definition
// spreadsheets (테이블 정의서, 컬럼 정의서) to the fields read from them.
var headerAliases = map[string]string{
	"테이블명": "table", "테이블": "table", "테이블물리명": "table", "물리테이블명": "table",
	"테이블영문명": "table", "테이블id": "table", "table_name": "table", "tablename": "table",
	"table": "table", "table name": "table", "table_id": "table",
	"테이블설명": "comment", "테이블논리명": "comment", "논리테이블명": "comment", "테이블한글명": "comment",
	"코멘트": "comment", "comment": "comment", "comments": "comment", "table_comment": "comment",
	"table_comments": "comment", "설명": "comment", "테이블코멘트": "comment", "description": "comment",
	"참조테이블": "references", "참조테이블명": "references", "fk테이블": "references",
	"references": "references", "ref_table": "references", "referenced_table": "references",
	"r_table_name": "references",
}

// ParseCSV reads a table-definition CSV: a header row naming at least the
// table column (테이블명, TABLE_NAME, ...), then one row per table or per
// column; rows of one table are merged. UTF-8 (with or without BOM) and
// EUC-KR files are accepted. name labels Table.Source and errors.
func ParseCSV(name string, r io.Reader) ([]decompose.Table, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		dec, _, err := transform.Bytes(korean.EUCKR.NewDecoder(), data)
		if err != nil {
			return nil, fmt.Errorf("%s: neither UTF-8 nor EUC-KR: %w", name, err)
		}
		data = dec
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.TrimLeadingSpace = true
	if firstLine := string(data[:max(0, bytes.IndexByte(data, '\n'))]); strings.Count(firstLine, "\t") > strings.Count(firstLine, ",") {
		cr.Comma = '\t'
	}
	var cols map[string]int
	var tables []decompose.Table
	index := map[string]int{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			return tables, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if cols == nil {
			cols = header(rec)
			if cols == nil && line > 10 {
				return nil, fmt.Errorf("%s: no header row naming the table column (테이블명, TABLE_NAME) in the first 10 lines", name)
			}
			continue
		}
		get := func(f string) string {
			if i, ok := cols[f]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		tn := sqltables.Normalize(get("table"))
		if tn == "" {
			continue
		}
		i, ok := index[tn]
		if !ok {
			i = len(tables)
			index[tn] = i
			tables = append(tables, decompose.Table{Name: tn, Source: fmt.Sprintf("%s:%d", name, line)})
		}
		if c := get("comment"); c != "" && tables[i].Comment == "" {
			tables[i].Comment = c
		}
		if ref := sqltables.Normalize(get("references")); ref != "" && ref != tn {
			tables[i].References = appendUnique(tables[i].References, ref)
		}
	}
	if cols == nil {
		return nil, fmt.Errorf("%s: no header row naming the table column (테이블명, TABLE_NAME)", name)
	}
	return tables, nil
}

// header maps field names to column indexes, or returns nil when rec does
// not name a table column.
func header(rec []string) map[string]int {
	cols := map[string]int{}
	for i, h := range rec {
		k := strings.ToLower(strings.Join(strings.Fields(strings.Trim(h, "\ufeff \t\"")), ""))
		k2 := strings.ToLower(strings.TrimSpace(h))
		f, ok := headerAliases[k]
		if !ok {
			f, ok = headerAliases[k2]
		}
		if ok {
			if _, dup := cols[f]; !dup {
				cols[f] = i
			}
		}
	}
	if _, ok := cols["table"]; !ok {
		return nil
	}
	return cols
}

func appendUnique(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}
