package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/cnready/cnready/assess"
)

func newSchemaCmd(a *app) *cobra.Command {
	var output string
	var force, result bool
	cmd := withFormats(&cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the Assessment file",
		Long: `Print the JSON Schema (draft 2020-12) of the Assessment file, for editors. Its
patterns are ECMAScript regular expressions, as JSON Schema requires, so editors
written in JavaScript (VS Code's YAML extension) and Python validators compile them.
  cnready schema -o assessment.schema.json
then, in VS Code with the YAML extension, start an Assessment file with
  # yaml-language-server: $schema=./assessment.schema.json
--result prints the schema of what 'cnready assess --format json' writes for each
file, with the decision object (criteria, maturity, strategy, suggestions,
requirements, estimate, priority) described field by field.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := a.outputFormat(cmd, output)
			if err != nil {
				return err
			}
			return a.writeOutput(cmd, output, force, func(w io.Writer) error {
				if result {
					return writeData(w, format, assess.ResultSchema())
				}
				return writeData(w, format, assess.Schema())
			})
		},
	}, "json", "yaml")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output (.json or .yaml picks the format)")
	cmd.Flags().BoolVar(&force, "force", false, "replace the output file if it exists")
	cmd.Flags().BoolVar(&result, "result", false, "print the schema of an 'assess --format json' element instead (system, checklist, decision, …)")
	return cmd
}
