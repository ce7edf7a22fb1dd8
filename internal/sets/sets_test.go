package sets

import (
	"reflect"
	"testing"
)

func TestSets(t *testing.T) {
	for _, tc := range []struct {
		name      string
		got, want any
	}{
		{"append keeps order of first sight", AppendUnique([]string{"b", "a"}, "a", "c", "", "b", "c"), []string{"b", "a", "c"}},
		{"append to nil", AppendUnique(nil, 3, 3, 0, 1), []int{3, 1}},
		{"sorted", Sorted([]string{"b", "", "a", "b"}), []string{"a", "b"}},
		{"sorted of nil is empty, not nil", Sorted[string](nil), []string{}},
		{"keys", Keys(map[int]bool{3: true, 1: false, 2: true}), []int{1, 2, 3}},
	} {
		if !reflect.DeepEqual(tc.got, tc.want) {
			t.Errorf("%s: got %#v, want %#v", tc.name, tc.got, tc.want)
		}
	}
	in := []string{"b", "a"}
	Sorted(in)
	if in[0] != "b" {
		t.Error("Sorted changed its input")
	}
}
