package assess

import (
	"github.com/cnready/cnready/internal/jsonw"
)

// WriteJSON writes r in its contract form, as MarshalJSON does but without
// reflection for the parts every element has (system, score, decision);
// the inventory and contexts go through encoding/json. TestWriteJSONMatches
// keeps the two byte-identical.
func (r Result) WriteJSON(w *jsonw.Writer) error {
	w.BeginObject()
	w.Key("file")
	w.String(r.File)
	if r.Err != nil {
		w.Key("error")
		w.String(r.Error())
		w.EndObject()
		return nil
	}
	if e := r.Evaluation; e != nil {
		w.Key("system")
		w.BeginObject()
		w.Key("id")
		w.String(e.System.ID)
		w.Key("name")
		w.String(e.System.Name)
		w.Key("agency")
		w.String(e.System.Agency)
		if e.System.Description != "" {
			w.Key("description")
			w.String(e.System.Description)
		}
		w.EndObject()
		w.Key("checklist")
		e.Checklist.WriteJSON(w)
		if e.Inventory != nil {
			w.Key("inventory")
			if err := w.Value(e.Inventory); err != nil {
				return err
			}
		}
		if e.Contexts != nil {
			w.Key("contexts")
			if err := w.Value(e.Contexts); err != nil {
				return err
			}
		}
		w.Key("decision")
		if e.lazy != nil {
			e.lazy.WriteJSON(w)
		} else {
			e.Decision.WriteJSON(w)
		}
	}
	w.EndObject()
	return nil
}
