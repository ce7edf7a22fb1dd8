// Command cnready assesses whether an information system should move to
// cloud native and writes the documents needed to buy that work.
package main

import "os"

func main() {
	os.Exit(Main(os.Args[1:], system()))
}
