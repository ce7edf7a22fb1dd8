package scan

import (
	"io/fs"
	"sync"
)

// hostMemory bounds the working memory of the hosts scanned at once, in
// the weight hostWeight gives them: detectors parse a file into several
// times its size, and a machine with many cores would otherwise parse as
// many large files at once. A host heavier than the bound runs alone.
const hostMemory = 64 << 20

// parseFactor is how many bytes of memory detectors take per byte of the
// files they start from, at most: measured on 8 MiB files, about 3 for a
// server.xml, 11 for nginx.conf, 16 for a WebtoB http.m of 200,000
// entries. With it, two hosts of such files are not parsed at once.
const parseFactor = 16

// memGate admits hosts while the sum of their weights stays within a
// bound.
type memGate struct {
	mu   sync.Mutex
	cond *sync.Cond
	free int64
	max  int64
}

func newMemGate(max int64) *memGate {
	g := &memGate{free: max, max: max}
	g.cond = sync.NewCond(&g.mu)
	return g
}

// acquire waits until w fits (w is capped to the bound) and takes it;
// release gives back what acquire returned.
func (g *memGate) acquire(w int64) int64 {
	w = min(w, g.max)
	g.mu.Lock()
	for g.free < w {
		g.cond.Wait()
	}
	g.free -= w
	g.mu.Unlock()
	return w
}

func (g *memGate) release(w int64) {
	g.mu.Lock()
	g.free += w
	g.mu.Unlock()
	g.cond.Broadcast()
}

// hostWeight estimates the memory detectors need for a host: the size of
// the files they start from, times parseFactor, each file counted once and
// up to the size limit.
func hostWeight(fsys fs.FS, byDetector hostMatches, opts Options) int64 {
	seen := map[string]bool{}
	var w int64
	for _, paths := range byDetector {
		for _, p := range paths {
			if seen[p] {
				continue
			}
			seen[p] = true
			if info, err := fs.Stat(fsys, p); err == nil && info.Mode().IsRegular() {
				w += min(info.Size(), opts.maxFileSize()) * parseFactor
			}
		}
	}
	return w
}
