package decision

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/cnready/cnready/assess/decompose"
)

// EstimateParams are the function-point parameters of
// templates/decision/estimate.yaml: the simplified method's average
// weights and the published unit price, each with its source and year.
type EstimateParams struct {
	Method        Text    `yaml:"method"`
	Weights       Weights `yaml:"weights"`
	WeightsSource Text    `yaml:"weights_source"`
	UnitPrice     int64   `yaml:"unit_price"`
	PriceYear     int     `yaml:"price_year"`
	PriceSource   Text    `yaml:"price_source"`
	Note          Text    `yaml:"note"`
	// OutputWords mark a reading function as an external output (EO: it
	// derives or formats data, e.g. statistics, reports, downloads) rather
	// than an inquiry (EQ); matched in the function's id, name and path.
	OutputWords []string `yaml:"output_words"`
	// Missing explains an estimate without a decomposition.
	Missing Text `yaml:"missing"`
}

// Weights are the average weights per function type.
type Weights struct {
	ILF float64 `yaml:"ilf" json:"ilf"`
	EIF float64 `yaml:"eif" json:"eif"`
	EI  float64 `yaml:"ei" json:"ei"`
	EO  float64 `yaml:"eo" json:"eo"`
	EQ  float64 `yaml:"eq" json:"eq"`
}

// LoadEstimate reads and validates the estimate parameters.
func LoadEstimate(data []byte, name string) (*EstimateParams, error) {
	var e EstimateParams
	if err := decodeStrict(data, name, &e); err != nil {
		return nil, err
	}
	ln := newLines(data)
	p := &problems{name: name}
	w := e.Weights
	if w.ILF <= 0 || w.EIF <= 0 || w.EI <= 0 || w.EO <= 0 || w.EQ <= 0 {
		p.addf(ln.at("weights"), "every weight (ilf, eif, ei, eo, eq) must be positive")
	}
	if e.UnitPrice <= 0 {
		p.addf(ln.at("unit_price"), "unit_price must be positive")
	}
	if e.PriceYear < 2000 {
		p.addf(ln.at("price_year"), "price_year %d is not a year", e.PriceYear)
	}
	if e.PriceSource.Ko == "" || e.WeightsSource.Ko == "" {
		p.addf(1, "price_source and weights_source are required: an estimate must cite them")
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return &e, nil
}

// Estimate is a first-cut size and cost: function points by the
// simplified method times the published unit price. It is the cost before
// adjustment factors, direct expenses, profit and VAT.
type Estimate struct {
	Method    string   `json:"method" yaml:"method"`
	FP        FP       `json:"fp" yaml:"fp"`
	Weights   *Weights `json:"weights,omitempty" yaml:"weights,omitempty"`
	UnitPrice int64    `json:"unit_price" yaml:"unit_price"`
	PriceYear int      `json:"price_year" yaml:"price_year"`
	Amount    int64    `json:"amount" yaml:"amount"`
	Currency  string   `json:"currency" yaml:"currency"`
	Source    string   `json:"source,omitempty" yaml:"source,omitempty"`
	// Formula shows the computation with every count, weight and the
	// price, e.g. "(12×7.5 + 3×5.4 + …) = 182.3 FP × 605,784원 = …".
	Formula string `json:"formula,omitempty" yaml:"formula,omitempty"`
	// Basis says what was counted (functions or statements).
	Basis string `json:"basis,omitempty" yaml:"basis,omitempty"`
	Note  string `json:"note" yaml:"note"`
}

// FP holds the counts per function type and the total function points
// (Σ count × weight).
type FP struct {
	ILF   int     `json:"ilf" yaml:"ilf"`
	EIF   int     `json:"eif" yaml:"eif"`
	EI    int     `json:"ei" yaml:"ei"`
	EO    int     `json:"eo" yaml:"eo"`
	EQ    int     `json:"eq" yaml:"eq"`
	Total float64 `json:"total" yaml:"total"`
}

// estimate counts function points from a decomposition: a table a context
// owns is an internal logical file (ILF) of its service, a table of another
// context its functions read is an external interface file (EIF) of it,
// a function that writes is an external input (EI), and one that only
// reads an external output (EO) when its name says it derives a report,
// else an external inquiry (EQ). Without functions, SQL statements stand
// for them.
func (e *EstimateParams) estimate(res *decompose.Result, m *decompose.Model, lang string) Estimate {
	est := Estimate{Method: "none", UnitPrice: e.UnitPrice, PriceYear: e.PriceYear, Currency: "KRW", Note: e.Missing.In(lang)}
	if res == nil || len(res.Contexts)+len(res.SharedTables) == 0 {
		return est
	}
	w := e.Weights
	est.Method, est.Weights = e.Method.In(lang), &w
	est.Source = e.PriceSource.In(lang) + "; " + e.WeightsSource.In(lang)
	owner := map[string]string{}
	for _, c := range res.Contexts {
		for _, t := range c.Tables {
			owner[strings.ToUpper(t)] = c.Name
		}
	}
	est.FP.ILF = len(owner) + len(res.SharedTables)

	type unit struct {
		id, name, path string
		reads, writes  []string
	}
	var units []unit
	home := map[string]string{}
	for _, c := range res.Contexts {
		for _, f := range c.Functions {
			home[f] = c.Name
		}
	}
	if m != nil && len(m.Functions) > 0 {
		est.Basis = msg(lang, "business functions", "업무 기능")
		for _, f := range m.Functions {
			units = append(units, unit{f.ID, f.Name, f.Path, f.Reads, f.Writes})
		}
	} else if m != nil {
		est.Basis = msg(lang, "SQL statements standing for functions (an overestimate)", "기능 대신 SQL 문 (과대 추정 가능)")
		for _, s := range m.Statements {
			units = append(units, unit{s.ID, "", "", s.Reads, s.Writes})
		}
	}
	eif := map[string]bool{}
	for _, u := range units {
		if len(u.writes) > 0 {
			est.FP.EI++
		} else if len(u.reads) > 0 {
			if e.isOutput(u.id + " " + u.name + " " + u.path) {
				est.FP.EO++
			} else {
				est.FP.EQ++
			}
		}
		ctx := home[u.id]
		if ctx == "" {
			continue
		}
		for _, t := range u.reads {
			t = strings.ToUpper(t)
			if o, ok := owner[t]; ok && o != ctx {
				eif[ctx+"\x00"+t] = true
			}
		}
	}
	est.FP.EIF = len(eif)
	total := float64(est.FP.ILF)*w.ILF + float64(est.FP.EIF)*w.EIF + float64(est.FP.EI)*w.EI +
		float64(est.FP.EO)*w.EO + float64(est.FP.EQ)*w.EQ
	est.FP.Total = math.Round(total*10) / 10
	est.Amount = int64(math.Round(est.FP.Total * float64(e.UnitPrice)))
	cur := msg(lang, " KRW", "원")
	est.Formula = fmt.Sprintf("(ILF %d×%s + EIF %d×%s + EI %d×%s + EO %d×%s + EQ %d×%s) = %s FP × %s%s = %s%s",
		est.FP.ILF, formatNumber(w.ILF), est.FP.EIF, formatNumber(w.EIF), est.FP.EI, formatNumber(w.EI),
		est.FP.EO, formatNumber(w.EO), est.FP.EQ, formatNumber(w.EQ),
		formatNumber(est.FP.Total), Thousands(e.UnitPrice), cur, Thousands(est.Amount), cur)
	est.Note = e.Note.In(lang)
	return est
}

func (e *EstimateParams) isOutput(s string) bool {
	s = strings.ToLower(s)
	return slices.ContainsFunc(e.OutputWords, func(w string) bool { return strings.Contains(s, strings.ToLower(w)) })
}

// Thousands writes n with thousands separators: 605784 → "605,784".
func Thousands(n int64) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
