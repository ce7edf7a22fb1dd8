package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/cnready/cnready/checklist"
	"github.com/cnready/cnready/internal/fserr"
	"github.com/cnready/cnready/internal/safeio"
)

// newChecklistExportCmd writes a checklist as cnready YAML or as a Konveyor
// questionnaire.
func newChecklistExportCmd(a *app) *cobra.Command {
	var konveyor, force bool
	var output string
	cmd := withFormats(&cobra.Command{
		Use:   "export [ID]",
		Short: "Write a checklist as YAML, or as a Konveyor questionnaire with --konveyor",
		Long: `Write a checklist (default: the NIA checklist) as cnready checklist YAML, or with
--konveyor as a Konveyor (tackle2) questionnaire: goals become sections, items
questions; "Y" is risk yellow, "N" green, 모름 unknown; the yellow threshold is set
so that Konveyor flags an application exactly when it has at least the checklist's
threshold of "Y" answers. Texts follow --lang.`,
		Example: `  cnready checklist export --konveyor -o nia-questionnaire.yaml
  cnready checklist export > my-checklist.yaml`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := a.outputFormat(cmd, output)
			if err != nil {
				return err
			}
			id := ""
			if len(args) == 1 {
				id = args[0]
			}
			cl, err := checklist.Resolve(a.templateFS(), id)
			if err != nil {
				return err
			}
			return a.writeOutput(cmd, output, force, func(w io.Writer) error {
				if !konveyor {
					return writeData(w, format, cl)
				}
				q := cl.Konveyor(a.lang)
				if format == "json" {
					return writeData(w, "json", q)
				}
				return checklist.WriteKonveyor(w, q)
			})
		},
	}, "yaml", "json")
	cmd.Flags().BoolVar(&konveyor, "konveyor", false, "write a Konveyor questionnaire")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().BoolVar(&force, "force", false, "replace the output file if it exists")
	return cmd
}

// newChecklistImportCmd reads a Konveyor questionnaire as a custom checklist.
func newChecklistImportCmd(a *app) *cobra.Command {
	var force bool
	var output string
	cmd := withFormats(&cobra.Command{
		Use:   "import FILE",
		Short: "Read a Konveyor questionnaire as a custom cnready checklist",
		Long: `Read a Konveyor questionnaire and write it as a cnready checklist. An answer whose
risk is red or yellow counts as "Y", green as "N", unknown as 모름; the threshold
comes from the yellow percentage. Put the result in DIR/checklists/<id>.yaml and
use it with --templates DIR and checklist.id in Assessment files.`,
		Example: `  cnready checklist import legacy-pathfinder.yaml -o my-templates/checklists/pathfinder.yaml
  cnready --templates my-templates assess systems/`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := a.outputFormat(cmd, output)
			if err != nil {
				return err
			}
			data, err := safeio.ReadFile(cmd.Context(), args[0], 0)
			if err != nil {
				return fserr.Path(args[0], err)
			}
			cl, err := checklist.ImportKonveyor(bytes.NewReader(data), args[0])
			if err != nil {
				return err
			}
			if err := a.writeOutput(cmd, output, force, func(w io.Writer) error {
				return writeData(w, format, cl)
			}); err != nil {
				return err
			}
			fmt.Fprintf(a.io.Err, a.msg("Imported checklist %q: %d goals, %d items, threshold %d\n",
				"체크리스트 %q 가져옴: 목표 %d개, 항목 %d개, 기준 %d개\n"), cl.ID, len(cl.Goals), len(cl.Items), cl.Threshold)
			return nil
		},
	}, "yaml", "json")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().BoolVar(&force, "force", false, "replace the output file if it exists")
	return cmd
}
