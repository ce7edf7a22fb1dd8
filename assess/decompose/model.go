// Package decompose proposes microservice bounded-context candidates for a
// monolith from what its code does to its tables: functions (controller
// handlers or declared business functions) with the tables they read and
// write, the schema's foreign keys, and joins inside one statement.
package decompose

// Table is one database table.
type Table struct {
	Name    string `json:"name" yaml:"name"`
	Comment string `json:"comment,omitempty" yaml:"comment,omitempty"`
	// References lists tables this one has foreign keys to.
	References []string `json:"references,omitempty" yaml:"references,omitempty"`
	// Identifying are the References whose key columns are part of this
	// table's primary key, or that cascade deletes: its rows are parts
	// of the referenced table's (an order's lines), where any other
	// reference points to another aggregate (a loan's patron).
	Identifying []string `json:"identifying,omitempty" yaml:"identifying,omitempty"`
	Source      string   `json:"source,omitempty" yaml:"source,omitempty"`
}

// Function is one unit of business behaviour: a controller handler followed
// to the SQL it runs, or a function declared in an Assessment file.
type Function struct {
	ID      string   `json:"id" yaml:"id"`
	Name    string   `json:"name,omitempty" yaml:"name,omitempty"`
	Package string   `json:"package,omitempty" yaml:"package,omitempty"`
	Path    string   `json:"path,omitempty" yaml:"path,omitempty"` // URL path of a handler
	Reads   []string `json:"reads" yaml:"reads"`
	Writes  []string `json:"writes" yaml:"writes"`
	// Inserts are the Writes the function creates rows in (INSERT,
	// MERGE, persist); the rest of Writes it only updates or deletes.
	// Declared functions may leave it empty: then nothing is known of
	// which writes create.
	Inserts []string `json:"inserts,omitempty" yaml:"inserts,omitempty"`
	Tags    []string `json:"tags,omitempty" yaml:"tags,omitempty"`
	Source  string   `json:"source,omitempty" yaml:"source,omitempty"`
}

// Statement is one SQL statement with the tables it touches; statements
// joining several tables add co-use edges even when no function is known.
type Statement struct {
	ID     string   `json:"id" yaml:"id"`
	Reads  []string `json:"reads" yaml:"reads"`
	Writes []string `json:"writes" yaml:"writes"`
	// Inserts are the Writes whose rows the statement creates.
	Inserts []string `json:"inserts,omitempty" yaml:"inserts,omitempty"`
	// Joins are the sets of tables one query block of the statement
	// combines (FROM list, JOINs, MERGE target and source).
	Joins  [][]string `json:"joins,omitempty" yaml:"joins,omitempty"`
	Source string     `json:"source,omitempty" yaml:"source,omitempty"`
}

// Model is everything the decomposer clusters.
type Model struct {
	Tables     []Table     `json:"tables" yaml:"tables"`
	Functions  []Function  `json:"functions" yaml:"functions"`
	Statements []Statement `json:"statements,omitempty" yaml:"statements,omitempty"`
	// Problems are files that could not be parsed, reported and skipped.
	Problems []string `json:"problems,omitempty" yaml:"problems,omitempty"`
	// Schema says where the tables' definitions came from, when a loader
	// read schema files.
	Schema *SchemaInput `json:"schema,omitempty" yaml:"schema,omitempty"`
}

// SchemaInput says which schema scripts (DDL, comment scripts,
// table-definition CSVs) a model's table list came from.
type SchemaInput struct {
	// Discovered is true when the scripts were found in the source tree
	// rather than named by the user.
	Discovered bool `json:"discovered" yaml:"discovered"`
	// Found is the number of .sql and .ddl files found (every dialect,
	// data scripts included), or of schema files given.
	Found int `json:"found" yaml:"found"`
	// Dialects are the dialects the found scripts' paths name, in
	// preference order; Dialect the one whose scripts were used.
	Dialects []string `json:"dialects,omitempty" yaml:"dialects,omitempty"`
	Dialect  string   `json:"dialect,omitempty" yaml:"dialect,omitempty"`
	// Used are the scripts read, relative to the source tree when found
	// there.
	Used []string `json:"used" yaml:"used"`
	// Tables is the number of tables they define.
	Tables int `json:"tables" yaml:"tables"`
	// Filtered is true when SQL names the schema does not define were
	// dropped (always with a given schema; with a discovered one, when it
	// defines at least half of the tables the SQL names). Unknown counts
	// the SQL names it does not define.
	Filtered bool `json:"filtered" yaml:"filtered"`
	Unknown  int  `json:"unknown" yaml:"unknown"`
}
