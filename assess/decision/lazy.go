package decision

import (
	"bytes"
	"strconv"
	"sync"

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
	w.Raw(segs[0].json)
	for _, s := range segs[1:] {
		ev := resolve(l.in, l.lang, Evidence{Path: refPath, Line: s.ref})
		appendEvidence(w, &ev)
		w.Append(s.json)
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
		w := jsonw.New("", "")
		d := t.dec
		d.tpl = nil // written member by member, references and all
		d.WriteJSON(w)
		t.holeJSON = cutHoles(w.Bytes())
	})
	return t.holeJSON
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

// cutHoles cuts b at each reference it holds.
func cutHoles(b []byte) []hole {
	ref := refJSON()
	out := []hole{{}}
	for {
		i := bytes.Index(b, ref[0])
		if i < 0 {
			break
		}
		out[len(out)-1].json = bytes.Clone(b[:i])
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
	out[len(out)-1].json = bytes.Clone(b)
	return out
}

// appendEvidence continues w's value with e as writeOneEvidence writes it.
func appendEvidence(w *jsonw.Writer, e *Evidence) {
	w.AppendRaw(`{`)
	sep := false
	if e.Path != "" {
		w.AppendRaw(`"path":`)
		w.AppendString(e.Path)
		sep = true
	}
	if e.Line != 0 {
		if sep {
			w.AppendRaw(`,`)
		}
		w.AppendRaw(`"line":`)
		w.AppendInt(int64(e.Line))
		sep = true
	}
	if e.Metric != "" {
		if sep {
			w.AppendRaw(`,`)
		}
		w.AppendRaw(`"metric":`)
		w.AppendString(e.Metric)
		sep = true
	}
	if e.Value != "" {
		if sep {
			w.AppendRaw(`,`)
		}
		w.AppendRaw(`"value":`)
		w.AppendString(e.Value)
		sep = true
	}
	if sep {
		w.AppendRaw(`,`)
	}
	w.AppendRaw(`"why":`)
	w.AppendString(e.Why)
	w.AppendRaw(`}`)
}
