package main

import (
	"github.com/spf13/cobra"

	"github.com/cnready/cnready/assess"
)

func newSchemaCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the Assessment file",
		Long: `Print the JSON Schema (draft 2020-12) of the Assessment file, for editors:
  cnready schema > assessment.schema.json
then, in VS Code with the YAML extension, start a file with
  # yaml-language-server: $schema=./assessment.schema.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := a.checkFormat("json", "yaml")
			if err != nil {
				return err
			}
			return writeData(cmd.OutOrStdout(), format, assess.Schema())
		},
	}
}
