// Package assess reads Assessment files (apiVersion cnready/v1), evaluates
// them — checklist score, inventory, decomposition — and runs batches of
// them concurrently. It renders nothing.
package assess

import (
	"path/filepath"

	"github.com/cnready/cnready/checklist"
)

// APIVersion and Kind identify an Assessment file.
const (
	APIVersion = "cnready/v1"
	Kind       = "Assessment"
)

// System identifies the information system being assessed.
type System struct {
	ID          string `json:"id" yaml:"id"`
	Name        string `json:"name" yaml:"name"`
	Agency      string `json:"agency" yaml:"agency"`
	Description string `json:"description,omitempty" yaml:"description,omitempty"`
}

// Answers holds the checklist section of an Assessment.
type Answers struct {
	// ID names the checklist; empty means the built-in NIA checklist.
	ID      string                   `yaml:"id,omitempty"`
	Answers map[int]checklist.Answer `yaml:"answers"`
	Notes   map[int]string           `yaml:"notes,omitempty"`

	// Line is the line of the checklist section and Lines the line of each
	// answer, for evidence that cites them; zero when not read from a file.
	Line  int         `yaml:"-"`
	Lines map[int]int `yaml:"-"`
}

// Assessment is one system's assessment file.
type Assessment struct {
	APIVersion    string             `yaml:"apiVersion"`
	Kind          string             `yaml:"kind"`
	System        System             `yaml:"system"`
	Checklist     Answers            `yaml:"checklist"`
	Inventory     *InventorySpec     `yaml:"inventory,omitempty"`
	Decomposition *DecompositionSpec `yaml:"decomposition,omitempty"`

	// Path is the file the assessment was read from; relative paths inside
	// it are resolved against its directory.
	Path string `yaml:"-"`

	// resolved is the checklist the answers were checked against when
	// decoding, so evaluation does not resolve it again.
	resolved *checklist.Checklist
}

// rel resolves a path written in the assessment against its folder.
func (a *Assessment) rel(p string) string {
	if p == "" || filepath.IsAbs(p) || a.Path == "" {
		return p
	}
	return filepath.Join(filepath.Dir(a.Path), p)
}

// New returns an empty assessment for the given system.
func New(sys System, checklistID string) *Assessment {
	return &Assessment{APIVersion: APIVersion, Kind: Kind, System: sys,
		Checklist: Answers{ID: checklistID, Answers: map[int]checklist.Answer{}}}
}
