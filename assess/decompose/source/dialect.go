package source

import (
	"path"
	"slices"
	"strings"
)

// DefaultDialects is the preference order among dialect copies of one
// logical mapper: Oracle first (the public sector's usual database), then
// its compatible Tibero, then the other products seen in eGovFrame trees.
var DefaultDialects = []string{
	"oracle", "tibero", "cubrid", "altibase", "postgres", "mysql", "mariadb",
	"goldilocks", "mssql", "db2", "h2", "hsql", "derby",
}

// dialectAliases maps every spelling found in file or directory names to a
// canonical dialect.
var dialectAliases = map[string]string{
	"oracle": "oracle", "ora": "oracle", "tibero": "tibero", "cubrid": "cubrid",
	"altibase": "altibase", "postgres": "postgres", "postgresql": "postgres",
	"pgsql": "postgres", "mysql": "mysql", "maria": "mariadb", "mariadb": "mariadb",
	"goldilocks": "goldilocks", "mssql": "mssql", "sqlserver": "mssql",
	"db2": "db2", "h2": "h2", "hsql": "hsql", "hsqldb": "hsql", "derby": "derby",
}

// splitDialect returns the logical key of a mapper path (the path with its
// dialect marker removed) and the dialect it names. Markers are a suffix of
// the file name (_oracle.xml, -mysql.xml, .tibero.xml) or a whole directory
// name (mapper/oracle/...).
func splitDialect(p string) (key, dialect string) {
	dir, file := path.Split(p)
	base := strings.TrimSuffix(file, path.Ext(file))
	ext := file[len(base):]
	if i := strings.LastIndexAny(base, "_-."); i > 0 {
		if d, ok := dialectAliases[strings.ToLower(base[i+1:])]; ok {
			file = base[:i] + "{dialect}" + ext
			dialect = d
		}
	}
	parts := strings.Split(strings.TrimSuffix(dir, "/"), "/")
	for i := len(parts) - 1; i >= 0; i-- {
		if d, ok := dialectAliases[strings.ToLower(parts[i])]; ok {
			parts[i] = "{dialect}"
			if dialect == "" {
				dialect = d
			}
			break
		}
	}
	if dialect == "" {
		return p, ""
	}
	if dir == "" {
		return file, dialect
	}
	return strings.Join(parts, "/") + "/" + file, dialect
}

func dialectOf(p string) string {
	_, d := splitDialect(p)
	return d
}

// dialectRank orders dialects by preference: the preferred one first, then
// DefaultDialects, then unknown ones, then files without a dialect marker
// (which are never dialect copies, so they never compete).
func dialectRank(preferred string) func(string) int {
	order := DefaultDialects
	if p, ok := dialectAliases[strings.ToLower(preferred)]; ok {
		order = append([]string{p}, slices.DeleteFunc(slices.Clone(DefaultDialects), func(d string) bool { return d == p })...)
	}
	return func(d string) int {
		if i := slices.Index(order, d); i >= 0 {
			return i
		}
		return len(order)
	}
}

// pickDialects keeps one mapper per logical mapper: files whose paths
// differ only in their dialect markers. It returns the kept mappers in path order
// and the number of copies dropped.
func pickDialects(ms []*Mapper, preferred string) ([]*Mapper, int) {
	rank := dialectRank(preferred)
	better := func(a, b *Mapper) bool {
		ra, rb := rank(a.Dialect), rank(b.Dialect)
		if ra != rb {
			return ra < rb
		}
		return a.Path < b.Path
	}
	best := map[string]*Mapper{}
	var keys []string
	for _, m := range ms {
		key, d := splitDialect(m.Path)
		if d == "" {
			key = "path:" + m.Path
		}
		if cur, ok := best[key]; !ok {
			best[key] = m
			keys = append(keys, key)
		} else if better(m, cur) {
			best[key] = m
		}
	}
	out := make([]*Mapper, 0, len(keys))
	for _, k := range keys {
		out = append(out, best[k])
	}
	slices.SortFunc(out, func(a, b *Mapper) int { return strings.Compare(a.Path, b.Path) })
	return out, len(ms) - len(out)
}
