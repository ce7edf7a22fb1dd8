package checklist

// Konveyor questionnaire interop. Konveyor (tackle2-hub, sold as Red Hat
// MTA) keeps assessment questionnaires as YAML; exporting ours lets an agency
// carry its NIA self-diagnosis into Konveyor later, and importing theirs lets
// cnready run a Konveyor questionnaire in the terminal.
//
// How the verdicts map. Konveyor scores a taken questionnaire by the share of
// answers per risk colour, first match wins: red% >= thresholds.red → red;
// yellow% >= thresholds.yellow → yellow; unknown% >= thresholds.unknown →
// unknown; else green (unanswered questions count as unknown). The export
// gives "Y" risk yellow, "N" green and "모름" unknown, so with n items and
// threshold t:
//
//   - red never fires: no answer is red and thresholds.red is 100, and
//     0/n >= 1.0 is false for every n >= 1.
//   - yellow ⇔ recommended, exactly: thresholds.yellow is the largest integer
//     p with t/n >= p/100 > (t-1)/n, computed with Konveyor's own float
//     arithmetic (60 for 6 of 10). Such a p exists whenever n <= 100; for
//     longer checklists the nearest percentage is used and the two rules can
//     disagree at the boundary.
//   - unknown ≈ undetermined, approximately: ours is undetermined when
//     yes < t <= yes+unknown, which depends on yes, while Konveyor only sees
//     unknown >= k. k is the count that makes the fewest (yes, unknown) pairs
//     with yes < t disagree, ties going to the smaller k (flagging too much
//     beats hiding a case). For NIA (n=10, t=6) k=3, thresholds.unknown=30,
//     and they disagree on 9 of the 51 pairs: Konveyor says unknown where we
//     say not-recommended for (yes,unknown) = (0,3..5), (1,3..4), (2,3);
//     Konveyor says green where we say undetermined for (4,2), (5,1), (5,2).
//   - green ≈ not-recommended, the rest.
//
// On import every red or yellow answer counts as "Y", green as "N" and
// unknown as "?", and the threshold is ceil(thresholds.yellow*n/100). A
// Konveyor questionnaire with red answers is therefore scored more simply by
// us than by Konveyor (which would report red once red% reaches
// thresholds.red); conditional questions (includeFor/excludeFor) are always
// asked, and Konveyor's unknown threshold is not kept.

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/cnready/cnready/internal/yamlnode"
)

// Risk is the colour Konveyor gives an answer.
type Risk string

// The four risks Konveyor accepts on an answer.
const (
	RiskRed     Risk = "red"
	RiskYellow  Risk = "yellow"
	RiskGreen   Risk = "green"
	RiskUnknown Risk = "unknown"
)

// Questionnaire is a Konveyor questionnaire. Field names follow tackle2-hub's
// API exactly so the YAML imports into Konveyor unchanged.
type Questionnaire struct {
	Name         string       `yaml:"name" json:"name"`
	Description  string       `yaml:"description" json:"description"`
	Required     bool         `yaml:"required" json:"required"`
	Sections     []Section    `yaml:"sections" json:"sections"`
	Thresholds   Thresholds   `yaml:"thresholds" json:"thresholds"`
	RiskMessages RiskMessages `yaml:"riskMessages" json:"riskMessages"`
	// Builtin is set by Konveyor on its own questionnaires; read only.
	Builtin bool `yaml:"builtin,omitempty" json:"builtin,omitempty"`
}

// Section is a group of questions; cnready maps it to a Goal.
type Section struct {
	Order     uint       `yaml:"order" json:"order"`
	Name      string     `yaml:"name" json:"name"`
	Questions []Question `yaml:"questions" json:"questions"`
	// Comment is filled in when an assessment is taken.
	Comment string `yaml:"comment,omitempty" json:"comment,omitempty"`
}

// Question is one single-choice question; cnready maps it to an Item.
type Question struct {
	Order       uint             `yaml:"order" json:"order"`
	Text        string           `yaml:"text" json:"text"`
	Explanation string           `yaml:"explanation,omitempty" json:"explanation,omitempty"`
	IncludeFor  []CategorizedTag `yaml:"includeFor,omitempty" json:"includeFor,omitempty"`
	ExcludeFor  []CategorizedTag `yaml:"excludeFor,omitempty" json:"excludeFor,omitempty"`
	Answers     []Option         `yaml:"answers" json:"answers"`
}

// Option is one answer a Konveyor question offers (Konveyor calls it an
// answer; in this package Answer is the Y/N/? reply to an item).
type Option struct {
	Order         uint             `yaml:"order" json:"order"`
	Text          string           `yaml:"text" json:"text"`
	Risk          Risk             `yaml:"risk" json:"risk"`
	Rationale     string           `yaml:"rationale,omitempty" json:"rationale,omitempty"`
	Mitigation    string           `yaml:"mitigation,omitempty" json:"mitigation,omitempty"`
	ApplyTags     []CategorizedTag `yaml:"applyTags,omitempty" json:"applyTags,omitempty"`
	AutoAnswerFor []CategorizedTag `yaml:"autoAnswerFor,omitempty" json:"autoAnswerFor,omitempty"`
	// Selected and AutoAnswered exist only in taken assessments.
	Selected     bool `yaml:"selected,omitempty" json:"selected,omitempty"`
	AutoAnswered bool `yaml:"autoAnswered,omitempty" json:"autoAnswered,omitempty"`
}

// CategorizedTag names a Konveyor tag by its category and tag name.
type CategorizedTag struct {
	Category string `yaml:"category" json:"category"`
	Tag      string `yaml:"tag" json:"tag"`
}

// Thresholds are the percentages of answers of a colour at which Konveyor
// gives the whole assessment that colour. There is no green threshold.
type Thresholds struct {
	Red     uint `yaml:"red" json:"red"`
	Yellow  uint `yaml:"yellow" json:"yellow"`
	Unknown uint `yaml:"unknown" json:"unknown"`
}

// RiskMessages are shown by Konveyor next to an assessment's risk.
type RiskMessages struct {
	Red     string `yaml:"red" json:"red"`
	Yellow  string `yaml:"yellow" json:"yellow"`
	Green   string `yaml:"green" json:"green"`
	Unknown string `yaml:"unknown" json:"unknown"`
}

// answerTag is the applyTags suffix per answer, so the item number survives a
// trip through Konveyor (which has no question ids): Q6-Y, Q6-N, Q6-U.
var answerTag = map[string]string{"Y": "Y", "N": "N", "?": "U"}

var numberTag = regexp.MustCompile(`^Q([1-9][0-9]{0,5})-[A-Za-z]+$`)

// defaultOptions are the answer texts for items without Choices. Each must
// read back through ParseAnswer as the answer it stands for.
var defaultOptions = map[string][3]string{
	"ko": {"Y", "N", "모름"},
	"en": {"Y", "N", "Unknown"},
}

// Konveyor returns the checklist as a Konveyor questionnaire in lang ("ko" or
// "en"; texts fall back to Korean): goals become sections and items
// questions. The thresholds reproduce the checklist rule as the comment at
// the top of konveyor.go explains. c must be a validated checklist.
func (c *Checklist) Konveyor(lang string) *Questionnaire {
	n := len(c.Items)
	q := &Questionnaire{
		Name:        c.Title.In(lang),
		Description: c.Rule.In(lang),
		Required:    true,
		Thresholds: Thresholds{
			Red:     100,
			Yellow:  konveyorPercent(c.Threshold, n),
			Unknown: konveyorPercent(unknownCount(c.Threshold, n), n),
		},
		RiskMessages: riskMessages(lang, c.Threshold),
		Sections:     make([]Section, 0, len(c.Goals)),
	}
	for gi, g := range c.Goals {
		s := Section{Order: uint(gi + 1), Name: g.Name.In(lang)}
		for _, it := range c.ItemsOf(g.ID) {
			s.Questions = append(s.Questions, Question{
				Order:       uint(len(s.Questions) + 1),
				Text:        it.Text.In(lang),
				Explanation: it.Help.In(lang),
				Answers:     c.options(it, lang),
			})
		}
		q.Sections = append(q.Sections, s)
	}
	return q
}

// options returns the Konveyor answers of item it: its recorded choices, or
// Y/N/unknown in lang. "Y" answers carry the item's rationale.
func (c *Checklist) options(it Item, lang string) []Option {
	choices := it.Choices
	if len(choices) == 0 {
		d, ok := defaultOptions[lang]
		if !ok {
			d = defaultOptions["ko"]
		}
		choices = []Choice{{Text: d[0], Answer: "Y"}, {Text: d[1], Answer: "N"}, {Text: d[2], Answer: "?"}}
	}
	out := make([]Option, 0, len(choices))
	for i, ch := range choices {
		a, _ := ParseAnswer(ch.Answer) // validated
		o := Option{Order: uint(i + 1), Text: ch.Text, ApplyTags: []CategorizedTag{{
			Category: c.ID, Tag: "Q" + strconv.Itoa(it.Number) + "-" + answerTag[a.String()]}}}
		switch a {
		case Yes:
			// Yellow, never red: Konveyor's yellow share counts only yellow
			// answers, and every "Y" must count towards the threshold.
			o.Risk, o.Rationale = RiskYellow, it.Rationale.In(lang)
		case No:
			o.Risk = RiskGreen
		default:
			o.Risk = RiskUnknown
		}
		out = append(out, o)
	}
	return out
}

// konveyorPercent returns the integer percentage p for which Konveyor's test
// float64(c)/float64(n) >= float64(p)/100 holds exactly when c >= k, for
// counts c of 0..n. It takes the largest such p (the one people expect: 60
// for 6 of 10). When no p separates k-1 from k (n > 100), it returns the
// largest p that still fires at k. It never returns 0, which would always
// fire.
func konveyorPercent(k, n int) uint {
	if n <= 0 || k <= 0 {
		return 1
	}
	if k > n {
		return 100
	}
	fires := func(c, p int) bool { return float64(c)/float64(n) >= float64(p)/float64(100) }
	for p := 100; p >= 1; p-- {
		if fires(k, p) && !fires(k-1, p) {
			return uint(p)
		}
	}
	for p := 100; p >= 1; p-- {
		if fires(k, p) {
			return uint(p)
		}
	}
	return 1
}

// unknownCount returns the number k of unknown answers at which the export
// lets Konveyor say "unknown": the k for which "unknown >= k" and our
// "yes < t <= yes+unknown" disagree on the fewest (yes, unknown) pairs with
// yes < t and yes+unknown <= n; ties go to the smaller k. Only counts an
// integer percentage can express are tried, so the cost is O(100·t) however
// long the checklist.
func unknownCount(t, n int) int {
	if n <= 0 {
		return 1
	}
	t = min(max(t, 1), n)
	best, bestMiss := 1, -1
	for p := 1; p <= 100; p++ {
		// k: the fewest unknown answers that reach p percent.
		k := max((p*n+99)/100, 1)
		miss := 0
		for yes := 0; yes < t; yes++ {
			// Disagreement is unknown in [min(k,b), max(k,b)), b = t-yes,
			// within the n-yes answers left.
			b := t - yes
			lo, hi := min(k, b), min(max(k, b), n-yes+1)
			miss += max(hi-lo, 0)
		}
		if bestMiss < 0 || miss < bestMiss || (miss == bestMiss && k < best) {
			best, bestMiss = k, miss
		}
	}
	return best
}

// riskMessages words the verdicts for Konveyor's risk colours.
func riskMessages(lang string, threshold int) RiskMessages {
	if lang == "en" {
		return RiskMessages{
			Red:     "Not used: no answer in this questionnaire is red",
			Yellow:  fmt.Sprintf("Cloud native recommended: %d or more \"Y\" answers", threshold),
			Green:   fmt.Sprintf("Cloud native not recommended: fewer than %d \"Y\" answers", threshold),
			Unknown: "Undetermined: too many \"Unknown\" answers; find out more and answer again",
		}
	}
	return RiskMessages{
		Red:     "사용하지 않음: 이 설문에는 red 답변이 없습니다",
		Yellow:  fmt.Sprintf("클라우드 네이티브 도입 권장: \"Y\" 응답 %d개 이상", threshold),
		Green:   fmt.Sprintf("클라우드 네이티브 도입 비권장: \"Y\" 응답 %d개 미만", threshold),
		Unknown: "판단 보류: \"모름\" 응답이 많아 추가 확인이 필요합니다",
	}
}

// WriteKonveyor writes q as YAML that Konveyor's questionnaire import accepts.
func WriteKonveyor(w io.Writer, q *Questionnaire) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(q); err != nil {
		return fmt.Errorf("write konveyor questionnaire: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("write konveyor questionnaire: %w", err)
	}
	return nil
}

// hubQuestionnaire accepts the resource fields Konveyor adds when it exports
// a questionnaire, so strict decoding still takes its files; they are
// dropped.
type hubQuestionnaire struct {
	Questionnaire `yaml:",inline"`
	ID            uint   `yaml:"id"`
	CreateUser    string `yaml:"createUser"`
	UpdateUser    string `yaml:"updateUser"`
	CreateTime    string `yaml:"createTime"`
}

// ImportKonveyor reads a Konveyor questionnaire as a custom checklist. name
// is used in error messages ("name:line: message"); all problems found are
// returned joined. Sections become goals (ids: the ASCII slug of the name,
// else "section-N"), questions become items, numbered from their Q<n>-… tags
// when every question has a distinct one (as cnready's export writes) and
// 1..n otherwise. Question text goes to the Korean text (and also to English
// when it holds no Hangul), explanation to help. Red and yellow answers
// count as "Y", green as "N", unknown as "?"; items whose answers do not say
// so themselves record them in Item.Choices. The threshold is
// ceil(thresholds.yellow × questions / 100).
func ImportKonveyor(r io.Reader, name string) (*Checklist, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var hq hubQuestionnaire
	pos, err := yamlnode.Decode(name, data, "questionnaire", &hq)
	if err != nil {
		return nil, err
	}
	q := &hq.Questionnaire
	if err := checkKonveyor(q, name, pos); err != nil {
		return nil, err
	}
	c, paths := fromKonveyor(q)
	err = c.validate(name, func(path string) int { return pos.Line(paths.konveyorPath(path)) })
	if err != nil {
		return nil, err
	}
	return c, nil
}

// checkKonveyor applies the rules Konveyor's own API enforces, plus those
// cnready needs to score the result.
func checkKonveyor(q *Questionnaire, name string, pos yamlnode.Positions) error {
	var errs []error
	bad := func(path string, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", name, pos.Line(path), fmt.Sprintf(format, args...)))
	}
	if strings.TrimSpace(q.Name) == "" {
		bad("name", "questionnaire name is missing")
	}
	if !pos.Has("thresholds") {
		bad("", "thresholds are missing (Konveyor requires red, yellow and unknown percentages)")
	} else if q.Thresholds.Yellow == 0 || q.Thresholds.Yellow > 100 {
		bad("thresholds.yellow", "thresholds.yellow %d must be a percentage from 1 to 100 (0 makes every assessment yellow)", q.Thresholds.Yellow)
	}
	if len(q.Sections) == 0 {
		bad("sections", "questionnaire has no sections")
	}
	for si, s := range q.Sections {
		sp := fmt.Sprintf("sections.%d", si)
		if strings.TrimSpace(s.Name) == "" {
			bad(sp+".name", "section %d has no name", si+1)
		}
		if len(s.Questions) == 0 {
			bad(sp+".questions", "section %d (%s) has no questions", si+1, s.Name)
		}
		for qi, qu := range s.Questions {
			qp := fmt.Sprintf("%s.questions.%d", sp, qi)
			if strings.TrimSpace(qu.Text) == "" {
				bad(qp+".text", "section %d question %d has no text", si+1, qi+1)
			}
			if len(qu.Answers) == 0 {
				bad(qp+".answers", "section %d question %d has no answers", si+1, qi+1)
			}
			meaning := map[string]Answer{}
			for ai, a := range qu.Answers {
				ap := fmt.Sprintf("%s.answers.%d", qp, ai)
				if strings.TrimSpace(a.Text) == "" {
					bad(ap+".text", "section %d question %d answer %d has no text", si+1, qi+1, ai+1)
				}
				m, ok := riskAnswer(a.Risk)
				if !ok {
					bad(ap+".risk", "section %d question %d answer %d: risk %q is not one of red, yellow, green, unknown", si+1, qi+1, ai+1, a.Risk)
					continue
				}
				if prev, dup := meaning[a.Text]; dup && prev != m {
					bad(ap+".text", "section %d question %d: answer %q appears twice with different risks", si+1, qi+1, a.Text)
				}
				meaning[a.Text] = m
			}
		}
	}
	return errors.Join(errs...)
}

// riskAnswer is what an answer of risk r counts as.
func riskAnswer(r Risk) (Answer, bool) {
	switch r {
	case RiskRed, RiskYellow:
		return Yes, true
	case RiskGreen:
		return No, true
	case RiskUnknown:
		return Unknown, true
	}
	return Unknown, false
}

// importPaths maps the checklist paths validate reports back to the
// Konveyor document.
type importPaths struct {
	goals []string // goal index -> "sections.N"
	items []string // item index -> "sections.N.questions.M"
}

func (p importPaths) konveyorPath(path string) string {
	head, rest, _ := strings.Cut(path, ".")
	idx, _, _ := strings.Cut(rest, ".")
	i, err := strconv.Atoi(idx)
	switch {
	case head == "goals" && err == nil && i >= 0 && i < len(p.goals):
		return p.goals[i]
	case head == "items" && err == nil && i >= 0 && i < len(p.items):
		return p.items[i]
	case head == "threshold":
		return "thresholds.yellow"
	case head == "goals" || head == "items":
		return "sections"
	}
	return "name"
}

// fromKonveyor builds the checklist from a checked questionnaire.
func fromKonveyor(q *Questionnaire) (*Checklist, importPaths) {
	c := &Checklist{
		Title: bilingual(q.Name),
		Rule:  bilingual(q.Description),
	}
	var paths importPaths
	takenGoal := map[string]bool{}
	sections := orderOf(len(q.Sections), func(i int) uint { return q.Sections[i].Order })
	var numbers []int // tag number per item, 0 when none
	categories := map[string]bool{}
	for gn, si := range sections {
		s := q.Sections[si]
		id := goalID(s.Name, gn+1, takenGoal)
		c.Goals = append(c.Goals, Goal{ID: id, Name: bilingual(s.Name)})
		paths.goals = append(paths.goals, fmt.Sprintf("sections.%d", si))
		questions := orderOf(len(s.Questions), func(i int) uint { return s.Questions[i].Order })
		for _, qi := range questions {
			qu := s.Questions[qi]
			it := Item{Goal: id, Text: bilingual(qu.Text), Help: bilingual(qu.Explanation)}
			it.Choices, it.Rationale = choicesOf(qu.Answers)
			c.Items = append(c.Items, it)
			paths.items = append(paths.items, fmt.Sprintf("sections.%d.questions.%d", si, qi))
			n, cat := tagNumber(qu.Answers)
			numbers = append(numbers, n)
			if n > 0 {
				categories[cat] = true
			}
		}
	}
	useTags := true
	seen := map[int]bool{}
	for _, n := range numbers {
		if n == 0 || seen[n] {
			useTags = false
			break
		}
		seen[n] = true
	}
	for i := range c.Items {
		if useTags {
			c.Items[i].Number = numbers[i]
		} else {
			c.Items[i].Number = i + 1
		}
	}
	c.ID = checklistID(q.Name, categories, useTags)
	n := len(c.Items)
	c.Threshold = min(max((int(q.Thresholds.Yellow)*n+99)/100, 1), max(n, 1))
	return c, paths
}

// orderOf returns the indexes 0..n-1 sorted by Konveyor's order field, file
// order breaking ties (Konveyor shows sections, questions and answers by
// order).
func orderOf(n int, order func(int) uint) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return order(idx[a]) < order(idx[b]) })
	return idx
}

// choicesOf returns the answers of a question as choices, or nil when every
// answer text already reads (through ParseAnswer) as what its risk means,
// and the rationale of the first "Y" answer that has one (else its
// mitigation).
func choicesOf(options []Option) ([]Choice, Text) {
	idx := orderOf(len(options), func(i int) uint { return options[i].Order })
	choices := make([]Choice, 0, len(options))
	selfEvident := true
	var rationale string
	for _, i := range idx {
		o := options[i]
		a, _ := riskAnswer(o.Risk)
		if p, err := ParseAnswer(o.Text); err != nil || p != a {
			selfEvident = false
		}
		if a == Yes && rationale == "" {
			rationale = o.Rationale
			if strings.TrimSpace(rationale) == "" {
				rationale = o.Mitigation
			}
		}
		choices = append(choices, Choice{Text: o.Text, Answer: a.String()})
	}
	if selfEvident {
		choices = nil
	}
	return choices, bilingual(rationale)
}

// tagNumber returns the item number in the answers' Q<n>-… tags and their
// category, or 0 when there is none or they disagree.
func tagNumber(options []Option) (int, string) {
	num, cat := 0, ""
	for _, o := range options {
		for _, t := range o.ApplyTags {
			m := numberTag.FindStringSubmatch(t.Tag)
			if m == nil {
				continue
			}
			n, _ := strconv.Atoi(m[1])
			if num != 0 && (n != num || t.Category != cat) {
				return 0, ""
			}
			num, cat = n, t.Category
		}
	}
	return num, cat
}

var slugID = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// checklistID names the imported checklist: the category of its number tags
// when they all share one that is a valid id (so an exported checklist comes
// back with its id), else the slug of the name, else a hash of the name.
func checklistID(name string, categories map[string]bool, useTags bool) string {
	if useTags && len(categories) == 1 {
		for cat := range categories {
			if len(cat) <= 64 && slugID.MatchString(cat) {
				return cat
			}
		}
	}
	if s := slug(name); s != "" {
		return s
	}
	h := fnv.New32a()
	h.Write([]byte(name))
	return fmt.Sprintf("konveyor-%08x", h.Sum32())
}

// goalID derives a unique goal id from a section name: its slug when the
// name is plain ASCII, else "section-N".
func goalID(name string, n int, taken map[string]bool) string {
	id := slug(name)
	if id == "" || taken[id] {
		id = "section-" + strconv.Itoa(n)
	}
	for i := 2; taken[id]; i++ {
		id = fmt.Sprintf("section-%d-%d", n, i)
	}
	taken[id] = true
	return id
}

// slug lower-cases an ASCII name and joins its words with hyphens. Names
// with other characters give "" so that no meaning is silently lost.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		switch {
		case r >= utf8.RuneSelf:
			return ""
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
		if b.Len() > 64 {
			return ""
		}
	}
	return b.String()
}

// bilingual puts a Konveyor text into Korean, and into English as well when
// it contains no Hangul (Konveyor questionnaires are usually English).
func bilingual(s string) Text {
	t := Text{Ko: s}
	if s != "" && !strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) {
		t.En = s
	}
	return t
}

// AnswerFor returns what the answer text chosen for the item counts as: by
// its recorded Choices when it has them (exact text first, then ignoring
// case and surrounding space), else by ParseAnswer. It lets a taken Konveyor
// assessment be scored.
func (it Item) AnswerFor(text string) (Answer, error) {
	if len(it.Choices) == 0 {
		return ParseAnswer(text)
	}
	i := slices.IndexFunc(it.Choices, func(ch Choice) bool { return ch.Text == text })
	if i < 0 {
		i = slices.IndexFunc(it.Choices, func(ch Choice) bool {
			return strings.EqualFold(strings.TrimSpace(ch.Text), strings.TrimSpace(text))
		})
	}
	if i < 0 {
		return Unknown, fmt.Errorf("item %d has no answer %q", it.Number, text)
	}
	return ParseAnswer(it.Choices[i].Answer)
}
