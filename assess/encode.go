package assess

import (
	"fmt"
	"io"
	"strings"

	"gopkg.in/yaml.v3"
)

// Encode writes a as an Assessment YAML file that Decode reads back. header
// lines, if any, are written first as comments.
func Encode(w io.Writer, a *Assessment, header ...string) error {
	for _, h := range header {
		for _, l := range strings.Split(h, "\n") {
			if _, err := fmt.Fprintf(w, "# %s\n", l); err != nil {
				return err
			}
		}
	}
	out := *a
	out.APIVersion, out.Kind = APIVersion, Kind
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(&out); err != nil {
		return err
	}
	return enc.Close()
}
