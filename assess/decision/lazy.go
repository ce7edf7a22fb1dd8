package decision

import (
	"bytes"
	"strconv"
	"sync"
	"unsafe"

	"github.com/cnready/cnready/internal/jsonw"
)

// Lazy is a decision not yet filled with its input's evidence: the
// template it replays and the input (replay.go), or a decision made in
// full. What writes a decision once and drops it (`assess --format json`
// over a folder) takes this rather than a Decision: filling copies the
// template's slices that cite the input (some 3 KB a system, and the
// collector's time to reclaim them), where WriteJSON writes the
// template's JSON with the input's evidence put in its holes.
type Lazy struct {
	full Decision
	t    *template
	in   *Input
	lang string
}

// DecideLazy is Decide, the evidence left to put in when the decision is
// used.
func (d *Decider) DecideLazy(in *Input, lang string) Lazy {
	if !d.replayable(in) {
		return Lazy{full: d.Decide(in, lang)}
	}
	t, full := d.template(in, lang)
	if t == nil {
		return Lazy{full: full}
	}
	return Lazy{t: t, in: in, lang: lang}
}

// Decision returns the decision, its evidence put in.
func (l *Lazy) Decision() Decision {
	if l.t == nil {
		return l.full
	}
	return l.t.fill(l.in, l.lang)
}

// Headline returns the decision's headline; a template's needs no
// evidence.
func (l *Lazy) Headline() Headline {
	if l.t == nil {
		return l.full.Headline()
	}
	return l.t.head
}

// WriteJSON writes the decision as Decision.WriteJSON does.
func (l *Lazy) WriteJSON(w *jsonw.Writer) {
	if l.t == nil || !w.Compact() {
		d := l.Decision()
		d.WriteJSON(w)
		return
	}
	segs := l.t.holes()
	w.RawRef(segs[0].json)
	for _, s := range segs[1:] {
		ev := resolve(l.in, l.lang, Evidence{Path: refPath, Line: s.ref})
		appendEvidence(w, &ev)
		w.AppendRef(s.json)
	}
}

// hole is a stretch of a template's JSON and, before it, the input
// evidence (fact id ref) that goes there; the first has none.
type hole struct {
	ref  int
	json []byte
}

// holes returns the template's decision as compact JSON cut where it cites
// the input, made on first use.
func (t *template) holes() []hole {
	t.holeOnce.Do(func() {
		w := scratch.Get().(*jsonw.Writer)
		defer scratch.Put(w)
		w.Reset()
		d := t.dec
		d.tpl = nil // written member by member, references and all
		d.writeJSON(w, t.entries)
		t.holeJSON = cutHoles(w.Bytes())
	})
	return t.holeJSON
}

// scratch holds the writers templates are written with (some 5-10 KB
// each, then cut and copied).
var scratch = sync.Pool{New: func() any {
	w := jsonw.New("", "")
	w.Grow(16 << 10)
	return w
}}

// entryCache holds requirement entries as JSON by what they are made of.
// The catalogue's strings and the wording of why an entry was chosen
// (Alternative.because keeps each wording once) are shared by every
// decision choosing it, so their addresses and lengths identify an
// entry's text; its evidence, when it cites the input alone, is
// references. Templates of a batch, hundreds of them, choose the same
// entries over and over.
type entryCache struct {
	mu sync.Mutex
	m  map[entryKey][]byte
	w  *jsonw.Writer
}

// maxEntries bounds an entryCache (the built-in catalogue and rules make
// a few hundred entries).
const maxEntries = 4096

type entryKey struct {
	id, category, title, because *byte
	lens                         [4]int
	refs                         [2]int // the evidence's references, 0 past their number
	n                            int    // evidence entries
}

func newEntryCache() *entryCache {
	return &entryCache{m: map[entryKey][]byte{}, w: jsonw.New("", "")}
}

// key returns r's key; false when its evidence is not references alone
// or is longer than a key holds.
func (c *entryCache) key(r *Selected) (entryKey, bool) {
	k := entryKey{id: unsafe.StringData(r.ID), category: unsafe.StringData(r.Category), title: unsafe.StringData(r.Title),
		because: unsafe.StringData(r.Because), lens: [4]int{len(r.ID), len(r.Category), len(r.Title), len(r.Because)}, n: len(r.Evidence)}
	if len(r.Evidence) > len(k.refs) {
		return k, false
	}
	for i := range r.Evidence {
		e := &r.Evidence[i]
		if !isRef(e) {
			return k, false
		}
		k.refs[i] = e.Line
	}
	return k, true
}

// write writes r as writeRequirement does.
func (c *entryCache) write(w *jsonw.Writer, r *Selected) {
	k, ok := c.key(r)
	if !ok {
		writeRequirement(w, r)
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	b, ok := c.m[k]
	if !ok {
		c.w.Reset()
		writeRequirement(c.w, r)
		b = bytes.Clone(c.w.Bytes())
		if len(c.m) < maxEntries {
			c.m[k] = b
		}
	}
	w.Raw(b)
}

// refJSON is a reference as writeOneEvidence writes it, cut around its
// line: a string cannot hold it (quotes in strings are escaped), so
// finding it finds a reference.
var refJSON = sync.OnceValue(func() [2][]byte {
	w := jsonw.New("", "")
	writeOneEvidence(w, &Evidence{Path: refPath, Line: 7})
	b := w.Bytes()
	i := bytes.LastIndexByte(b, '7')
	return [2][]byte{bytes.Clone(b[:i]), bytes.Clone(b[i+1:])}
})

// cutHoles cuts b at each reference it holds; the stretches share one
// copy of b.
func cutHoles(b []byte) []hole {
	ref := refJSON()
	b = bytes.Clone(b)
	out := []hole{{}}
	for {
		i := bytes.Index(b, ref[0])
		if i < 0 {
			break
		}
		out[len(out)-1].json = b[:i:i]
		b = b[i+len(ref[0]):]
		n := 0
		for n < len(b) && b[n] >= '0' && b[n] <= '9' {
			n++
		}
		id, err := strconv.Atoi(string(b[:n]))
		if err != nil || !bytes.HasPrefix(b[n:], ref[1]) {
			panic("decision: a reference without its line") // written by writeOneEvidence above
		}
		b = b[n+len(ref[1]):]
		out = append(out, hole{ref: id})
	}
	out[len(out)-1].json = b
	return out
}

// appendEvidence continues w's value with e as writeOneEvidence writes it.
func appendEvidence(w *jsonw.Writer, e *Evidence) {
	sep := "{"
	key := func(k string) {
		w.AppendRaw(sep)
		w.AppendRaw(k)
		sep = ","
	}
	if e.Path != "" {
		key(`"path":`)
		w.AppendString(e.Path)
	}
	if e.Line != 0 {
		key(`"line":`)
		w.AppendInt(int64(e.Line))
	}
	if e.Metric != "" {
		key(`"metric":`)
		w.AppendString(e.Metric)
	}
	if e.Value != "" {
		key(`"value":`)
		w.AppendString(e.Value)
	}
	key(`"why":`)
	w.AppendString(e.Why)
	w.AppendRaw("}")
}
