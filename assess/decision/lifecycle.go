package decision

import (
	"fmt"
	"strings"
	"time"
)

// Lifecycle is the end-of-support table of templates/decision/lifecycle.yaml.
type Lifecycle struct {
	Products []ProductLifecycle `yaml:"products"`
}

// ProductLifecycle lists the ended release lines of one product.
type ProductLifecycle struct {
	Product  string         `yaml:"product"`
	Releases []ReleaseEnded `yaml:"releases"`
}

// ReleaseEnded is a release line (a version prefix such as "8.5" or "7")
// and the date its support ended, with the source.
type ReleaseEnded struct {
	Version string `yaml:"version"`
	EOL     string `yaml:"eol"` // YYYY-MM-DD
	Source  string `yaml:"source"`
	eol     time.Time
}

// LoadLifecycle reads and validates the end-of-support table.
func LoadLifecycle(data []byte, name string) (*Lifecycle, error) {
	var l Lifecycle
	if err := decodeStrict(data, name, &l); err != nil {
		return nil, err
	}
	ln := newLines(data)
	p := &problems{name: name}
	for i := range l.Products {
		pr := &l.Products[i]
		if pr.Product == "" {
			p.addf(ln.at("products", i), "product has no name")
		}
		for j := range pr.Releases {
			r := &pr.Releases[j]
			t, err := time.Parse("2006-01-02", r.EOL)
			if err != nil {
				p.addf(ln.at("products", i, "releases", j), "%s %s: eol %q is not YYYY-MM-DD", pr.Product, r.Version, r.EOL)
			}
			if r.Version == "" || r.Source == "" {
				p.addf(ln.at("products", i, "releases", j), "%s: a release needs a version and a source", pr.Product)
			}
			r.eol = t
		}
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return &l, nil
}

// Ended returns the release line of product that version belongs to and
// whose support ended on or before now; the longest matching prefix wins
// ("8.5" before "8").
func (l *Lifecycle) Ended(product, version string, now time.Time) (ReleaseEnded, bool) {
	if l == nil || version == "" {
		return ReleaseEnded{}, false
	}
	var best ReleaseEnded
	found := false
	for _, p := range l.Products {
		if !strings.EqualFold(p.Product, product) {
			continue
		}
		for _, r := range p.Releases {
			if versionIn(version, r.Version) && (!found || len(r.Version) > len(best.Version)) {
				best, found = r, true
			}
		}
	}
	if !found || best.eol.After(now) {
		return ReleaseEnded{}, false
	}
	return best, true
}

// versionIn reports whether version is in the release line prefix: equal,
// or continuing it after a dot ("8.5.51" is in "8.5" and "8", not "8.0").
func versionIn(version, prefix string) bool {
	return version == prefix || strings.HasPrefix(version, prefix+".")
}

func (r ReleaseEnded) String() string { return fmt.Sprintf("%s (%s)", r.Version, r.EOL) }
