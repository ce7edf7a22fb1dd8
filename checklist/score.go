package checklist

import (
	"fmt"
	"strings"

	"github.com/cnready/cnready/internal/jsonw"
)

// Answer is the reply to one item.
type Answer int

// The three answers an item can have. The zero value is Unknown, so a
// missing answer counts as unknown.
const (
	Unknown Answer = iota
	Yes
	No
)

// String returns the canonical spelling used in Assessment files: Y, N or ?.
func (a Answer) String() string {
	switch a {
	case Yes:
		return "Y"
	case No:
		return "N"
	}
	return "?"
}

// spellings lists, lower case, every way ParseAnswer reads each answer. It
// is the one list: the Assessment JSON Schema's answer pattern is built from
// it too (Spellings).
var spellings = []struct {
	answer Answer
	words  []string
}{
	{Yes, []string{"y", "yes", "true", "예", "네", "o"}},
	{No, []string{"n", "no", "false", "아니오", "아니요", "x"}},
	{Unknown, []string{"", "?", "모름", "unknown", "u", "~", "null"}},
}

var answerOf = func() map[string]Answer {
	m := map[string]Answer{}
	for _, s := range spellings {
		for _, w := range s.words {
			m[w] = s.answer
		}
	}
	return m
}()

// Spellings returns every spelling ParseAnswer reads, in lower case (any
// case is accepted, with surrounding white space).
func Spellings() []string {
	var out []string
	for _, s := range spellings {
		out = append(out, s.words...)
	}
	return out
}

// ParseAnswer reads an answer in any of the accepted spellings, any case:
// Y/N, yes/no, true/false, 예/아니오 (아니요, 네), ?/모름/unknown. An empty
// string is Unknown.
func ParseAnswer(s string) (Answer, error) {
	if a, ok := answerOf[strings.ToLower(strings.TrimSpace(s))]; ok {
		return a, nil
	}
	return Unknown, fmt.Errorf("cannot read answer %q (use Y, N or ?; yes/no, true/false, 예/아니오, 모름 also work)", s)
}

// Verdict is the outcome of the checklist rule.
type Verdict string

// The verdicts. Undetermined means the unknown answers could still tip the
// count over the threshold.
const (
	Recommended    Verdict = "recommended"
	Undetermined   Verdict = "undetermined"
	NotRecommended Verdict = "not-recommended"
)

// GoalScore is the subtotal of one goal.
type GoalScore struct {
	ID      string `json:"id" yaml:"id"`
	Name    string `json:"name" yaml:"name"`
	NameEn  string `json:"name_en,omitempty" yaml:"name_en,omitempty"`
	Yes     int    `json:"yes" yaml:"yes"`
	No      int    `json:"no" yaml:"no"`
	Unknown int    `json:"unknown" yaml:"unknown"`
	Total   int    `json:"total" yaml:"total"`
}

// Score is the scored checklist. Its JSON form is part of the assess
// output contract.
type Score struct {
	Checklist  string      `json:"checklist_id" yaml:"checklist_id"`
	Yes        int         `json:"yes" yaml:"yes"`
	No         int         `json:"no" yaml:"no"`
	Unknown    int         `json:"unknown" yaml:"unknown"`
	Total      int         `json:"total" yaml:"total"`
	Threshold  int         `json:"threshold" yaml:"threshold"`
	Verdict    Verdict     `json:"verdict" yaml:"verdict"`
	Categories []GoalScore `json:"categories" yaml:"categories"`
	// YesItems lists the numbers of the items answered "Y".
	YesItems []int `json:"yes_items" yaml:"yes_items"`
}

// Evaluate applies the rule to counts: recommended when yes >= threshold,
// undetermined when yes < threshold <= yes+unknown, else not recommended.
func Evaluate(yes, unknown, threshold int) Verdict {
	switch {
	case yes >= threshold:
		return Recommended
	case yes+unknown >= threshold:
		return Undetermined
	}
	return NotRecommended
}

// Score counts answers per goal and overall. Items without an answer count
// as unknown; answers to numbers the checklist lacks are ignored (callers
// validate them first).
func (c *Checklist) Score(answers map[int]Answer) Score {
	s := Score{Checklist: c.ID, Threshold: c.Threshold, Total: len(c.Items),
		Categories: make([]GoalScore, len(c.Goals)), YesItems: []int{}}
	gi := make(map[string]int, len(c.Goals))
	for i, g := range c.Goals {
		gi[g.ID] = i
		s.Categories[i] = GoalScore{ID: g.ID, Name: g.Name.Ko, NameEn: g.Name.En}
	}
	for _, it := range c.Items {
		gs := &s.Categories[gi[it.Goal]]
		gs.Total++
		switch answers[it.Number] {
		case Yes:
			s.Yes++
			gs.Yes++
			s.YesItems = append(s.YesItems, it.Number)
		case No:
			s.No++
			gs.No++
		default:
			s.Unknown++
			gs.Unknown++
		}
	}
	s.Verdict = Evaluate(s.Yes, s.Unknown, s.Threshold)
	return s
}

// MarshalYAML writes the canonical spelling, so saved files read Y, N, "?".
func (a Answer) MarshalYAML() (any, error) { return a.String(), nil }

// MarshalText gives JSON and text encoders the canonical spelling.
func (a Answer) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText accepts every spelling ParseAnswer does.
func (a *Answer) UnmarshalText(b []byte) error {
	v, err := ParseAnswer(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// WriteJSON writes s as encoding/json would, without reflection (the
// batch output writes thousands).
func (s *Score) WriteJSON(w *jsonw.Writer) {
	w.BeginObject()
	w.Key("checklist_id")
	w.String(s.Checklist)
	for _, kv := range []struct {
		k string
		v int
	}{{"yes", s.Yes}, {"no", s.No}, {"unknown", s.Unknown}, {"total", s.Total}, {"threshold", s.Threshold}} {
		w.Key(kv.k)
		w.Int(int64(kv.v))
	}
	w.Key("verdict")
	w.String(string(s.Verdict))
	w.Key("categories")
	if s.Categories == nil {
		w.Null()
	} else {
		w.BeginArray()
		for i := range s.Categories {
			g := &s.Categories[i]
			w.BeginObject()
			w.Key("id")
			w.String(g.ID)
			w.Key("name")
			w.String(g.Name)
			if g.NameEn != "" {
				w.Key("name_en")
				w.String(g.NameEn)
			}
			for _, kv := range []struct {
				k string
				v int
			}{{"yes", g.Yes}, {"no", g.No}, {"unknown", g.Unknown}, {"total", g.Total}} {
				w.Key(kv.k)
				w.Int(int64(kv.v))
			}
			w.EndObject()
		}
		w.EndArray()
	}
	w.Key("yes_items")
	w.Ints(s.YesItems)
	w.EndObject()
}
