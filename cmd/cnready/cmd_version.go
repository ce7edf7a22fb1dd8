package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is set with -ldflags "-X main.version=v1.2.3".
var version = ""

type versionInfo struct {
	Version string `json:"version" yaml:"version"`
	Commit  string `json:"commit,omitempty" yaml:"commit,omitempty"`
	Go      string `json:"go" yaml:"go"`
}

func buildVersion() versionInfo {
	v := versionInfo{Version: version, Go: runtime.Version()}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v.Version == "" && bi.Main.Version != "" {
			v.Version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				v.Commit = s.Value
			}
		}
	}
	if v.Version == "" {
		v.Version = "(devel)"
	}
	return v
}

func newVersionCmd(a *app) *cobra.Command {
	return withFormats(&cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := a.outputFormat(cmd, "")
			if err != nil {
				return err
			}
			v := buildVersion()
			if format != "text" {
				return writeData(cmd.OutOrStdout(), format, v)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "cnready %s", v.Version)
			if v.Commit != "" {
				fmt.Fprintf(cmd.OutOrStdout(), " (%.12s)", v.Commit)
			}
			fmt.Fprintf(cmd.OutOrStdout(), " %s\n", v.Go)
			return nil
		},
	}, "text", "json", "yaml")
}
