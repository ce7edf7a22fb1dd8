package main

import (
	"github.com/spf13/cobra"
)

func newSchemaCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "schema", Short: "Print the JSON Schema of the Assessment file", Hidden: true}
}
