package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// newScanCmd is replaced by the inventory scanner's command.
func newScanCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:    "scan",
		Short:  "Find Web/WAS/DB systems in collected configuration (not built yet)",
		Hidden: true,
		RunE:   func(*cobra.Command, []string) error { return errors.New("scan is not built yet") },
	}
}
