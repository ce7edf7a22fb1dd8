package main

import (
	"github.com/spf13/cobra"
)

func newAssessCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "assess", Short: "Score assessment files", Hidden: true}
}
