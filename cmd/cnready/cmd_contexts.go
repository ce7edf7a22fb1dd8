package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// newContextsCmd is replaced by the decomposer's command.
func newContextsCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:    "contexts",
		Short:  "Propose bounded contexts (not built yet)",
		Hidden: true,
		RunE:   func(*cobra.Command, []string) error { return errors.New("contexts is not built yet") },
	}
}
