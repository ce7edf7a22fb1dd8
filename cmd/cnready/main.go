// Command cnready assesses whether an information system should move to
// cloud native and writes the documents needed to buy that work.
package main

import (
	"os"
	"runtime/debug"
)

// memoryLimit is the soft heap limit cnready runs under.
const memoryLimit = 256 << 20

func main() {
	// A batch allocates many short-lived decoding trees over a small live
	// heap: collecting less often saves a tenth of the time for a few MB.
	// GOGC, when set, still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	// ... but not past a quarter gigabyte: near it the collector runs as
	// often as it must, so a large input costs time rather than memory.
	// GOMEMLIMIT, when set, wins; scan sets its own from its budget.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(Main(os.Args[1:], system()))
}
