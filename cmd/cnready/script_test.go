package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets testscript run the CLI in-process as the "cnready" command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"cnready": func() { os.Exit(Main(os.Args[1:], system())) },
	})
}

// TestScript runs the end-to-end scripts in testdata/script.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:  "testdata/script",
		Cmds: scriptCmds,
		Setup: func(env *testscript.Env) error {
			// Fixed locale and no colour, so output is stable.
			env.Setenv("LANG", "en_US.UTF-8")
			env.Setenv("NO_COLOR", "1")
			root, err := os.Getwd()
			if err != nil {
				return err
			}
			env.Setenv("REPO", root+"/../..")
			return nil
		},
	})
}
