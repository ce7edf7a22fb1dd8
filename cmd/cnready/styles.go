package main

import (
	"io"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// styles holds every colour and style cnready prints with, built for one
// writer so colour follows that writer (and --no-color / NO_COLOR).
type styles struct {
	r       *lipgloss.Renderer
	Title   lipgloss.Style
	Heading lipgloss.Style
	Dim     lipgloss.Style
	Good    lipgloss.Style
	Warn    lipgloss.Style
	Bad     lipgloss.Style
	Box     lipgloss.Style
	BarOn   lipgloss.Style
	BarOff  lipgloss.Style
}

// newStyles returns styles for w; colour only when color is true.
func newStyles(w io.Writer, color bool) *styles {
	r := lipgloss.NewRenderer(w)
	if color {
		// Fixed colours: AdaptiveColor would query the terminal.
		r.SetColorProfile(termenv.ANSI256)
	} else {
		r.SetColorProfile(termenv.Ascii)
	}
	s := &styles{r: r}
	s.Title = r.NewStyle().Bold(true).Foreground(lipgloss.Color("39"))
	s.Heading = r.NewStyle().Bold(true)
	s.Dim = r.NewStyle().Foreground(lipgloss.Color("245"))
	s.Good = r.NewStyle().Bold(true).Foreground(lipgloss.Color("34"))
	s.Warn = r.NewStyle().Bold(true).Foreground(lipgloss.Color("214"))
	s.Bad = r.NewStyle().Bold(true).Foreground(lipgloss.Color("196"))
	s.Box = r.NewStyle().Border(lipgloss.RoundedBorder()).Padding(0, 1)
	if color {
		s.Box = s.Box.BorderForeground(lipgloss.Color("39"))
	}
	s.BarOn = r.NewStyle().Foreground(lipgloss.Color("39"))
	s.BarOff = r.NewStyle().Foreground(lipgloss.Color("240"))
	return s
}

// stdoutStyles picks colour from standard output's TTY-ness and the
// colour flags.
func (a *app) stdoutStyles() *styles { return newStyles(a.io.Out, a.color(a.io.OutTTY)) }

func (a *app) color(tty bool) bool {
	if a.noColor {
		return false
	}
	if f := a.io.Env("CLICOLOR_FORCE"); f != "" && f != "0" {
		return true
	}
	return tty && a.io.Env("TERM") != "dumb"
}
