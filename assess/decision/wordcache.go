package decision

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
)

// wordCache remembers strings worded from a few fact values (why a
// requirement was chosen, how an answer reads): a batch of thousands of
// systems meets the same few combinations again and again. Reads take no
// lock: the map is replaced, never changed, when a new entry is added, and
// entries are few.
type wordCache struct {
	m  atomic.Pointer[map[uint64]wordEntry]
	mu sync.Mutex // serialises writers
}

type wordEntry struct {
	key, val string
}

var wordSeed = maphash.MakeSeed()

// get returns the string stored under key.
func (c *wordCache) get(key []byte) (string, bool) {
	m := c.m.Load()
	if m == nil {
		return "", false
	}
	e, ok := (*m)[maphash.Bytes(wordSeed, key)]
	if !ok || e.key != string(key) {
		return "", false
	}
	return e.val, true
}

// put stores val under key; a hash collision keeps the first entry (the
// caller words the other one each time, correctly, just slower).
func (c *wordCache) put(key []byte, val string) {
	h := maphash.Bytes(wordSeed, key)
	c.mu.Lock()
	defer c.mu.Unlock()
	old := c.m.Load()
	if old != nil {
		if _, ok := (*old)[h]; ok {
			return
		}
		if len(*old) >= maxWordEntries {
			return // unbounded variety (free text): stop remembering
		}
	}
	m := make(map[uint64]wordEntry, 1+lenOf(old))
	if old != nil {
		for k, v := range *old {
			m[k] = v
		}
	}
	m[h] = wordEntry{key: string(key), val: val}
	c.m.Store(&m)
}

// maxWordEntries bounds a cache: copying on write stays cheap, and values
// from free text cannot grow it without end.
const maxWordEntries = 512

func lenOf(m *map[uint64]wordEntry) int {
	if m == nil {
		return 0
	}
	return len(*m)
}
