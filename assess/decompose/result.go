package decompose

// Subdomain types, after the seed document's 핵심/지원/일반 (figure 7-6).
const (
	Core       = "core"
	Supporting = "supporting"
	Generic    = "generic"
)

// Relationship kinds in the context map.
const (
	// UpstreamDownstream: From reads tables To owns (From depends on To).
	UpstreamDownstream = "upstream-downstream"
	// OpenHost: as UpstreamDownstream, with To a generic context read by
	// three or more contexts, which should publish an open host service.
	OpenHost = "open-host"
	// SharedKernel: both contexts write the same table.
	SharedKernel = "shared-kernel"
	// Partnership: each context reads tables the other owns.
	Partnership = "partnership"
)

// Result is a proposed decomposition. Its JSON form is the `contexts
// --format json` contract of DESIGN.md: every input table is in exactly one
// context's Tables, in SharedTables or in Unassigned.
type Result struct {
	Contexts      []Context      `json:"contexts" yaml:"contexts"`
	SharedTables  []string       `json:"shared_tables" yaml:"shared_tables"`
	Relationships []Relationship `json:"relationships" yaml:"relationships"`
	Metrics       Metrics        `json:"metrics" yaml:"metrics"`

	// HubTables are the tables set aside before clustering and where each
	// ended up.
	HubTables []HubTable `json:"hub_tables,omitempty" yaml:"hub_tables,omitempty"`
	// Resolution is the join threshold output: the log of the factor by
	// which evidence must raise, over all their pairs, the odds that two
	// groups' tables share a context (ln 2: doubled). Sweep lists every
	// threshold tried with its score.
	Resolution float64      `json:"resolution" yaml:"resolution"`
	Sweep      []SweepPoint `json:"sweep,omitempty" yaml:"sweep,omitempty"`
	// Unassigned are tables in no context and not shared, each with the
	// reason: nothing uses them and nothing ties them to what is used.
	Unassigned []Unassigned `json:"unassigned" yaml:"unassigned"`
	Input      InputSummary `json:"input" yaml:"input"`
	// Problems are input files that could not be read, carried over from
	// the model, and notes on degraded input.
	Problems []string `json:"problems,omitempty" yaml:"problems,omitempty"`
}

// Context is one bounded-context candidate.
type Context struct {
	// Name is an ASCII, kebab-case name unique in the result.
	Name string `json:"name" yaml:"name"`
	// Label is a human label: the comment words most of the context's
	// tables share, else the comment of its most used table.
	Label string `json:"label,omitempty" yaml:"label,omitempty"`
	// NameKo is a Korean name from the tables' comments, when they are
	// Korean and share a word (shown under --lang ko).
	NameKo string `json:"name_ko,omitempty" yaml:"name_ko,omitempty"`
	// NameFrom says which evidence gave the name.
	NameFrom   string `json:"name_from,omitempty" yaml:"name_from,omitempty"`
	Type       string `json:"type" yaml:"type"`
	TypeReason string `json:"type_reason" yaml:"type_reason"`
	// Tables are the tables the context owns.
	Tables []string `json:"tables" yaml:"tables"`
	// Functions are the functions whose home is this context: the context
	// owning most of what they write (writes count three times reads).
	Functions []string `json:"functions" yaml:"functions"`
	// SharedTables are shared tables this context's functions use.
	SharedTables []string `json:"shared_tables,omitempty" yaml:"shared_tables,omitempty"`
	// DependsOn are the contexts owning tables this context's functions
	// read or write (outbound); UsedBy the contexts depending on this one
	// (inbound).
	DependsOn []string `json:"depends_on" yaml:"depends_on"`
	UsedBy    []string `json:"used_by" yaml:"used_by"`
	// Microservices proposes a split of a large context, the 1:N of
	// figure 7-6; empty when the context should stay one service.
	Microservices []Microservice `json:"microservices,omitempty" yaml:"microservices,omitempty"`
}

// Microservice is one part of a context proposed as its own service.
type Microservice struct {
	Name   string   `json:"name" yaml:"name"`
	Tables []string `json:"tables" yaml:"tables"`
}

// Relationship is one edge of the context map.
type Relationship struct {
	From string `json:"from" yaml:"from"`
	To   string `json:"to" yaml:"to"`
	Kind string `json:"kind" yaml:"kind"`
	// Tables are the tables behind the relationship.
	Tables []string `json:"tables,omitempty" yaml:"tables,omitempty"`
}

// HubTable is a table used so widely it was kept out of clustering.
type HubTable struct {
	Table   string `json:"table" yaml:"table"`
	Readers int    `json:"readers" yaml:"readers"`
	Writers int    `json:"writers" yaml:"writers"`
	// Placed is the context it was given, or "shared".
	Placed string `json:"placed" yaml:"placed"`
	Reason string `json:"reason" yaml:"reason"`
}

// Unassigned is a table left out of every context, with the reason.
type Unassigned struct {
	Table  string `json:"table" yaml:"table"`
	Reason string `json:"reason" yaml:"reason"`
}

// SweepPoint is one join threshold tried by the sweep. Contexts counts the
// contexts that resolution gives after unused communities are set aside,
// as output; Chosen marks the one output.
type SweepPoint struct {
	Resolution float64 `json:"resolution" yaml:"resolution"`
	Chosen     bool    `json:"chosen,omitempty" yaml:"chosen,omitempty"`
	Contexts   int     `json:"contexts" yaml:"contexts"`
	Modularity float64 `json:"modularity" yaml:"modularity"`
	CrossWrite float64 `json:"cross_context_write_ratio" yaml:"cross_context_write_ratio"`
	// Score is modularity minus half the cross-context write ratio, for
	// comparing points; the output resolution is fixed (Chosen).
	Score float64 `json:"score" yaml:"score"`
}

// InputSummary says what the decomposition was computed from.
type InputSummary struct {
	Tables     int `json:"tables" yaml:"tables"`
	Functions  int `json:"functions" yaml:"functions"`
	Statements int `json:"statements" yaml:"statements"`
	ForeignKey int `json:"foreign_keys" yaml:"foreign_keys"`
	// Evidence is "functions", "statements" (no functions: each statement
	// stands for one) or "schema" (foreign keys and table-name prefixes
	// only).
	Evidence string `json:"evidence" yaml:"evidence"`
	// Schema says which schema scripts were found and used.
	Schema *SchemaInput `json:"schema,omitempty" yaml:"schema,omitempty"`
}

// Metrics measure a decomposition; MetricsHelp defines each.
type Metrics struct {
	Contexts               int     `json:"contexts" yaml:"contexts"`
	Tables                 int     `json:"tables" yaml:"tables"`
	SharedTables           int     `json:"shared_tables" yaml:"shared_tables"`
	Functions              int     `json:"functions" yaml:"functions"`
	Modularity             float64 `json:"modularity" yaml:"modularity"`
	Cohesion               float64 `json:"cohesion" yaml:"cohesion"`
	Coupling               float64 `json:"coupling" yaml:"coupling"`
	CrossContextWriteRatio float64 `json:"cross_context_write_ratio" yaml:"cross_context_write_ratio"`
	StructuralModularity   float64 `json:"structural_modularity" yaml:"structural_modularity"`
	IFN                    float64 `json:"ifn" yaml:"ifn"`
	NED                    float64 `json:"ned" yaml:"ned"`
}

// MetricsHelp defines the metrics, for --help and the README.
const MetricsHelp = `Metrics (static, computed on the table graph; ↑ higher is better, ↓ lower):
  modularity       ↑ Newman's Q (γ=1) of the contexts on the weighted table
                     graph, shared tables left out
  cohesion         ↑ mean over contexts of the mean, over functions touching
                     the context, of the share of its tables they touch
  coupling         ↓ mean over contexts of Σ |tables of B it uses| / |B|
                     over other contexts B, divided by (contexts−1)
  cross_context_write_ratio
                   ↓ share of writing functions that write tables of more
                     than one context (a shared table counts as its own);
                     each such function needs a distributed transaction
  structural_modularity
                   ↑ SM = mean intra-context edge density (μ/n²) minus the
                     mean inter-context density (σ/2·n·m)
  ifn              ↓ interface number: mean number of a context's tables
                     used by functions of other contexts
  ned              ↓ non-extreme distribution: 1 − share of tables in
                     contexts of 5 to 20 tables`
