package assess

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"

	"github.com/cnready/cnready/internal/jsonw"
)

// exampleResults evaluates every example and fixture assessment there is.
func exampleResults(t testing.TB) []Result {
	var paths []string
	for _, glob := range []string{"../testdata/assess/examples/*.yaml", "../testdata/assess/batch/*.yaml", "../testdata/decompose/*/assessment.yaml", "../templates/example/assessment.yaml"} {
		m, _ := filepath.Glob(glob)
		paths = append(paths, m...)
	}
	return DefaultEvaluator().Batch(context.Background(), paths, 0)
}

// TestWriteJSONMatches: the hand-written encoder writes exactly what
// encoding/json writes, compact and indented, for every example, an error
// and a result in English.
func TestWriteJSONMatches(t *testing.T) {
	rs := exampleResults(t)
	rs = append(rs, Result{File: "x.yaml", Err: errors.New("x.yaml:3: bad\nsecond")})
	en, err := NewEvaluator(Config{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	rs = append(rs, en.File(context.Background(), "../testdata/assess/examples/library-booking.yaml"))
	for _, r := range rs {
		for _, ind := range [][2]string{{"", ""}, {"  ", "  "}} {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			enc.SetIndent(ind[0], ind[1])
			if err := enc.Encode(r); err != nil {
				t.Fatal(err)
			}
			w := jsonw.New(ind[0], ind[1])
			if err := r.WriteJSON(w); err != nil {
				t.Fatal(err)
			}
			got := string(w.Bytes()) + "\n"
			if got != want.String() {
				i := 0
				for i < len(got) && i < want.Len() && got[i] == want.String()[i] {
					i++
				}
				lo := max(0, i-80)
				t.Fatalf("%s (indent %q): WriteJSON differs from encoding/json at byte %d:\ngot  …%s\nwant …%s", r.File, ind[1], i,
					got[lo:min(len(got), i+80)], want.String()[lo:min(want.Len(), i+80)])
			}
		}
	}
}
