package source

import (
	"context"
	"path"
	"slices"
	"strings"

	"github.com/cnready/cnready/assess/decompose"
	"github.com/cnready/cnready/assess/decompose/schema"
	"github.com/cnready/cnready/internal/safeio"
)

// schemaExts are the extensions of schema scripts looked for in a tree.
var schemaExts = []string{".sql", ".ddl"}

// scriptDialect is the dialect a schema script's path names: any part of
// it (a folder such as ddl/oracle/, a file such as com_DDL_mysql.sql or
// jpetstore-hsqldb-schema.sql), the file's own name first. "" when none
// does: such a script is written for every database.
func scriptDialect(rel string) string {
	parts := strings.Split(rel, "/")
	for i := len(parts) - 1; i >= 0; i-- {
		p := parts[i]
		if i == len(parts)-1 {
			p = strings.TrimSuffix(p, path.Ext(p))
		}
		toks := strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return r == '_' || r == '-' || r == '.' || r == ' ' })
		for j := len(toks) - 1; j >= 0; j-- {
			if d, ok := dialectAliases[toks[j]]; ok {
				return d
			}
		}
	}
	return ""
}

// parsedScript is one schema script found in the tree and parsed.
type parsedScript struct {
	rel     string
	dialect string
	schema  schema.Schema
}

// discoverSchema reads the schema scripts found in the tree: CREATE TABLE,
// ALTER TABLE and COMMENT ON scripts wherever a Java project keeps them
// (script/ddl/<dbms>/, src/main/resources/**, sql/, db/, docs ...). When
// the same schema comes in several dialects, one dialect is used: the
// preferred one when given and present, else the first of
// DefaultDialects found; scripts whose path names no dialect are always
// used. Files with no table are data scripts and are not counted.
func (l *loader) discoverSchema(ctx context.Context, paths []string) error {
	byDialect := map[string][]string{}
	var dialects []string
	for _, p := range paths {
		d := scriptDialect(l.rel(p))
		if _, ok := byDialect[d]; !ok && d != "" {
			dialects = append(dialects, d)
		}
		byDialect[d] = append(byDialect[d], p)
	}
	rank := dialectRank(l.opts.Dialect)
	slices.SortStableFunc(dialects, func(a, b string) int { return rank(a) - rank(b) })
	parse := func(files []string) ([]parsedScript, error) {
		out := make([]parsedScript, len(files))
		problems := make([]string, len(files))
		err := parallel(ctx, len(files), func(i int) {
			data, err := safeio.ReadFile(ctx, files[i], l.schemaLimit())
			if err != nil {
				problems[i] = l.readProblem(files[i], err)
				return
			}
			rel := l.rel(files[i])
			out[i] = parsedScript{rel: rel, dialect: scriptDialect(rel), schema: schema.Parse(files[i], decodeText(data))}
		})
		for _, p := range problems {
			if p != "" {
				l.problems = append(l.problems, p)
			}
		}
		var kept []parsedScript
		for _, s := range out {
			if len(s.schema.Tables) > 0 || len(s.schema.Views) > 0 {
				kept = append(kept, s)
			}
		}
		return kept, err
	}
	info := &decompose.SchemaInput{Discovered: true, Used: []string{}, Found: len(paths)}
	use, err := parse(byDialect[""])
	if err != nil {
		return err
	}
	// Dialects in preference order: the first whose scripts define a
	// table is used; the others are not read (a tree may carry the same
	// schema for eight databases, with their data scripts).
	info.Dialects = dialects
	for _, d := range dialects {
		got, err := parse(byDialect[d])
		if err != nil {
			return err
		}
		if len(got) > 0 {
			info.Dialect = d
			use = append(use, got...)
			break
		}
	}
	if l.opts.Dialect != "" && len(info.Dialects) > 0 && info.Dialect != dialectAliases[strings.ToLower(l.opts.Dialect)] {
		l.problemf("schema: no %s scripts found; used %s", l.opts.Dialect, info.Dialect)
	}
	slices.SortFunc(use, func(a, b parsedScript) int { return strings.Compare(a.rel, b.rel) })
	for _, s := range use {
		info.Used = append(info.Used, s.rel)
		l.addSchema(s.schema)
	}
	if len(use) == 0 {
		return nil
	}
	info.Tables = len(l.tables)
	l.schemaInfo = info
	return nil
}
