package main

import (
	"github.com/spf13/cobra"
)

func newChecklistCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "checklist", Short: "Answer the self-diagnosis checklist", Hidden: true}
}
