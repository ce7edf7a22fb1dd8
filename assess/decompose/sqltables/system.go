package sqltables

import "strings"

// systemSchemas are schemas (qualifiers) that hold only a database's own
// catalogue: information_schema.columns or SYS.DUAL never name an
// application table, whatever the last part says.
var systemSchemas = map[string]bool{
	"INFORMATION_SCHEMA": true, "SYS": true, "SYSTEM": true, "SYSTEM_": true, "SYSIBM": true,
	"SYSCAT": true, "SYSSTAT": true, "SYSFUN": true, "PG_CATALOG": true, "MYSQL": true,
	"PERFORMANCE_SCHEMA": true, "SQLITE_MASTER": true, "SYSCS_DIAG": true, "SYS_CATALOG": true,
	"DBA": true, "V$": true,
}

// systemTables are unqualified names of catalogue views and pseudo-tables
// (Oracle/Tibero dictionary views, DUAL and its kin in other products).
// Oracle's USER_/ALL_/DBA_ views are listed one by one rather than by
// prefix: applications often have tables named USER_INFO or USER_ROLE.
var systemTables = map[string]bool{
	"DUAL": true, "SYSDUMMY1": true, "DICTIONARY": true, "DICT": true, "TAB": true, "COLS": true,
	"CAT": true, "SQLITE_MASTER": true, "SQLITE_SCHEMA": true, "SQLITE_SEQUENCE": true,
	"SYSOBJECTS": true, "SYSCOLUMNS": true, "SYSINDEXES": true, "SYSUSERS": true, "SYSCOMMENTS": true,
	"DB_CLASS": true, "DB_ATTRIBUTE": true, "DB_INDEX": true, "_DB_CLASS": true, "_DB_ATTRIBUTE": true,
	"SYS_TABLES_": true, "SYS_COLUMNS_": true, "SYS_USERS_": true,
}

// dictionarySuffixes complete the USER_, ALL_, DBA_ and CDB_ dictionary
// views of Oracle and Tibero.
var dictionarySuffixes = []string{
	"TABLES", "TAB_COLUMNS", "TAB_COLS", "COL_COMMENTS", "TAB_COMMENTS", "CONSTRAINTS",
	"CONS_COLUMNS", "INDEXES", "IND_COLUMNS", "OBJECTS", "SEQUENCES", "VIEWS", "SYNONYMS",
	"TRIGGERS", "SOURCE", "USERS", "ROLE_PRIVS", "TAB_PRIVS", "SYS_PRIVS", "PROCEDURES",
	"ERRORS", "TAB_PARTITIONS", "SEGMENTS", "JOBS", "SCHEDULER_JOBS", "DEPENDENCIES",
	"TABLESPACES", "DB_LINKS", "MVIEWS", "ARGUMENTS", "TYPES", "LOBS", "TAB_STATISTICS",
	"TAB_MODIFICATIONS", "PART_TABLES", "EXTERNAL_TABLES", "ROLES", "DIRECTORIES",
}

func init() {
	for _, p := range []string{"USER_", "ALL_", "DBA_", "CDB_"} {
		for _, s := range dictionarySuffixes {
			systemTables[p+s] = true
		}
	}
}

// IsSystemTable reports whether a name (upper-cased; qualifier is the part
// before the last dot, "" when none) is a database catalogue view or
// pseudo-table rather than an application table: anything in
// information_schema, SYS, pg_catalog and the like, Oracle's dictionary
// views (ALL_TAB_COLUMNS, USER_TABLES ...), dynamic performance views
// (V$SESSION), PostgreSQL's pg_* catalogues and DUAL.
func IsSystemTable(qualifier, name string) bool {
	q := strings.ToUpper(strings.Trim(qualifier, "\"`[]"))
	n := strings.ToUpper(strings.Trim(name, "\"`[]"))
	if systemSchemas[q] || systemTables[n] {
		return true
	}
	return strings.HasPrefix(n, "V$") || strings.HasPrefix(n, "GV$") || strings.HasPrefix(n, "X$") ||
		strings.HasPrefix(n, "PG_") && pgCatalog[n[3:]]
}

// pgCatalog are PostgreSQL catalogue names after "pg_": only these, since
// applications may name tables PG_ORDER (a "page" or "program" prefix).
var pgCatalog = map[string]bool{
	"CLASS": true, "ATTRIBUTE": true, "TABLES": true, "NAMESPACE": true, "INDEX": true,
	"INDEXES": true, "CONSTRAINT": true, "DESCRIPTION": true, "TYPE": true, "PROC": true,
	"VIEWS": true, "STAT_ACTIVITY": true, "DATABASE": true, "ROLES": true, "USER": true,
	"SEQUENCES": true, "SETTINGS": true, "LOCKS": true, "STAT_USER_TABLES": true, "MATVIEWS": true,
}
