// Package checklist models a self-diagnosis checklist (by default the NIA
// 정보시스템 자가진단 체크리스트), loads and validates custom ones, and scores
// answers against it. It knows nothing of terminals or files: callers hand
// it readers and get values back.
package checklist

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"

	"github.com/cnready/cnready/internal/safeio"
	"github.com/cnready/cnready/internal/yamlnode"
	"github.com/cnready/cnready/templates"
)

// Text is a string in Korean and English. Korean is the source language and
// must be present; English falls back to Korean when missing.
type Text struct {
	Ko string `yaml:"ko" json:"ko"`
	En string `yaml:"en,omitempty" json:"en,omitempty"`
}

// In returns the text in lang ("ko" or "en"), falling back to Korean.
func (t Text) In(lang string) string {
	if lang == "en" && t.En != "" {
		return t.En
	}
	return t.Ko
}

// Goal groups items under one of the checklist's aims (구분(목표)).
type Goal struct {
	ID   string `yaml:"id" json:"id"`
	Name Text   `yaml:"name" json:"name"`
}

// Item is one yes/no question.
type Item struct {
	Number int    `yaml:"number" json:"number"`
	Goal   string `yaml:"goal" json:"goal"`
	Text   Text   `yaml:"text" json:"text"`
	// Help says what to consider before answering.
	Help Text `yaml:"help,omitempty" json:"help,omitempty"`
	// Rationale says what a "Y" means for the transition.
	Rationale Text `yaml:"rationale,omitempty" json:"rationale,omitempty"`
	// Choices, when set, are the answers the item offers in its source's
	// words (an imported Konveyor questionnaire) and what each counts as.
	// Without them the item is answered Y, N or ?.
	Choices []Choice `yaml:"choices,omitempty" json:"choices,omitempty"`
}

// Choice is one worded answer of an item and the reply it counts as.
type Choice struct {
	Text string `yaml:"text" json:"text"`
	// Answer is "Y", "N" or "?" (any spelling ParseAnswer reads).
	Answer string `yaml:"answer" json:"answer"`
}

// Checklist is a set of items in goals with the number of "Y" answers that
// recommends cloud-native adoption.
type Checklist struct {
	ID        string `yaml:"id" json:"id"`
	Title     Text   `yaml:"title" json:"title"`
	Source    Text   `yaml:"source,omitempty" json:"source,omitempty"`
	Rule      Text   `yaml:"rule,omitempty" json:"rule,omitempty"`
	Threshold int    `yaml:"threshold" json:"threshold"`
	Goals     []Goal `yaml:"goals" json:"goals"`
	Items     []Item `yaml:"items" json:"items"`

	byNumber map[int]int // item number -> index in Items
}

// Item returns the item with the given number.
func (c *Checklist) Item(number int) (Item, bool) {
	i, ok := c.byNumber[number]
	if !ok {
		return Item{}, false
	}
	return c.Items[i], true
}

// Goal returns the goal with the given id.
func (c *Checklist) Goal(id string) (Goal, bool) {
	for _, g := range c.Goals {
		if g.ID == id {
			return g, true
		}
	}
	return Goal{}, false
}

// ItemsOf returns the items of goal id in checklist order.
func (c *Checklist) ItemsOf(id string) []Item {
	var out []Item
	for _, it := range c.Items {
		if it.Goal == id {
			out = append(out, it)
		}
	}
	return out
}

// Load reads and validates a checklist in YAML. name is used in error
// messages ("name:line: message"). All problems found are returned joined.
func Load(r io.Reader, name string) (*Checklist, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var c Checklist
	pos, err := yamlnode.Decode(name, data, "checklist", &c)
	if err != nil {
		return nil, err
	}
	if err := c.validate(name, pos.Line); err != nil {
		return nil, err
	}
	return &c, nil
}

// validate checks the rules a checklist must keep and indexes its items.
// line gives the source line of a path such as "items.3.goal".
func (c *Checklist) validate(name string, line func(path string) int) error {
	var errs []error
	bad := func(path string, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", name, line(path), fmt.Sprintf(format, args...)))
	}
	if strings.TrimSpace(c.ID) == "" {
		bad("id", "checklist id is missing")
	}
	if strings.TrimSpace(c.Title.Ko) == "" {
		bad("title", "title.ko (Korean title) is missing")
	}
	if len(c.Items) == 0 {
		bad("items", "checklist has no items")
	}
	if len(c.Goals) == 0 {
		bad("goals", "checklist has no goals")
	}
	goals := map[string]bool{}
	for i, g := range c.Goals {
		p := fmt.Sprintf("goals.%d", i)
		switch {
		case strings.TrimSpace(g.ID) == "":
			bad(p, "goal %d has no id", i+1)
		case goals[g.ID]:
			bad(p+".id", "duplicate goal id %q", g.ID)
		}
		goals[g.ID] = true
		if strings.TrimSpace(g.Name.Ko) == "" {
			bad(p, "goal %q has no Korean name (name.ko)", g.ID)
		}
	}
	c.byNumber = make(map[int]int, len(c.Items))
	used := map[string]bool{}
	for i, it := range c.Items {
		p := fmt.Sprintf("items.%d", i)
		if it.Number < 1 {
			bad(p, "item %d: number must be a positive integer", i+1)
		} else if _, dup := c.byNumber[it.Number]; dup {
			bad(p+".number", "duplicate item number %d", it.Number)
		} else {
			c.byNumber[it.Number] = i
		}
		switch {
		case it.Goal == "":
			bad(p, "item %d is in no goal", it.Number)
		case !goals[it.Goal]:
			bad(p+".goal", "item %d names unknown goal %q", it.Number, it.Goal)
		default:
			used[it.Goal] = true
		}
		if strings.TrimSpace(it.Text.Ko) == "" {
			bad(p, "item %d has no Korean text (text.ko)", it.Number)
		}
		for j, ch := range it.Choices {
			cp := fmt.Sprintf("%s.choices.%d", p, j)
			if strings.TrimSpace(ch.Text) == "" {
				bad(cp, "item %d choice %d has no text", it.Number, j+1)
			}
			if _, err := ParseAnswer(ch.Answer); err != nil || strings.TrimSpace(ch.Answer) == "" {
				bad(cp+".answer", "item %d choice %d: answer %q must be Y, N or ?", it.Number, j+1, ch.Answer)
			}
		}
	}
	for i, g := range c.Goals {
		if g.ID != "" && !used[g.ID] {
			bad(fmt.Sprintf("goals.%d", i), "goal %q has no items", g.ID)
		}
	}
	if c.Threshold < 1 || c.Threshold > len(c.Items) {
		bad("threshold", "threshold %d must be between 1 and the number of items (%d)", c.Threshold, len(c.Items))
	}
	return errors.Join(errs...)
}

var (
	builtinOnce sync.Once
	builtinList *Checklist
	builtinErr  error
)

// Builtin returns the embedded NIA checklist. The value is shared: callers
// must not modify it.
func Builtin() *Checklist {
	builtinOnce.Do(func() {
		builtinList, builtinErr = FromFS(templates.Builtin(), templates.DefaultChecklist)
	})
	if builtinErr != nil {
		// The embedded file is part of the build and covered by tests.
		panic("built-in checklist: " + builtinErr.Error())
	}
	return builtinList
}

// FromFS loads the checklist at path in fsys. Only a regular file of at
// most safeio.DefaultLimit bytes is read: a FIFO in a --templates folder
// cannot block, nor /dev/zero exhaust memory.
func FromFS(fsys fs.FS, path string) (*Checklist, error) {
	data, err := safeio.ReadFS(context.Background(), fsys, path, 0)
	if err != nil {
		return nil, err
	}
	return Load(bytes.NewReader(data), path)
}

// Resolve returns the checklist with the given id from the template tree
// (empty id: the default). The built-in one is served from cache.
func Resolve(fsys fs.FS, id string) (*Checklist, error) {
	if id == "" {
		id = Builtin().ID
	}
	if fsys == templates.Builtin() && id == Builtin().ID {
		return Builtin(), nil
	}
	c, err := FromFS(fsys, templates.ChecklistPath(id))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("unknown checklist %q", id)
	}
	return c, err
}
