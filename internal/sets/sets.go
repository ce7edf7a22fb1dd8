// Package sets holds the few slice-as-set operations the inventory
// packages share: small lists (listen addresses, names, notes) kept in
// order of first sight, or sorted without duplicates for output.
package sets

import (
	"cmp"
	"slices"
)

// AppendUnique appends each of v to s unless s already holds it; zero
// values (an empty name) are never added.
func AppendUnique[T comparable](s []T, v ...T) []T {
	var zero T
	for _, x := range v {
		if x != zero && !slices.Contains(s, x) {
			s = append(s, x)
		}
	}
	return s
}

// Sorted returns the members of s sorted, once each, without zero values,
// in a new slice that is never nil (so JSON shows []).
func Sorted[T cmp.Ordered](s []T) []T {
	var zero T
	out := make([]T, 0, len(s))
	for _, x := range s {
		if x != zero {
			out = append(out, x)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Keys returns the keys of m in order.
func Keys[K cmp.Ordered, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
