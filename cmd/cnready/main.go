// Command cnready assesses whether an information system should move to
// cloud native and writes the documents needed to buy that work.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	// A batch allocates many short-lived decoding trees over a small live
	// heap: collecting less often saves a tenth of the time for a few MB.
	// GOGC, when set, still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	os.Exit(Main(os.Args[1:], system()))
}
