package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromium finds Debian's headless browser; without it the test is
// skipped, except under CI (.ci/run installs it), where it fails.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is required under CI (.ci/packages)")
	}
	t.Skip("chromium not installed")
	return ""
}

// TestReportHTMLInBrowser renders the example plan as HTML with the CLI,
// loads it in headless Chromium, and checks that the page logs nothing to
// the console and that its DOM holds every section of the plan.
func TestReportHTMLInBrowser(t *testing.T) {
	browser := chromium(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "plan.html")
	var stderr bytes.Buffer
	s := &streams{In: strings.NewReader(""), Out: &bytes.Buffer{}, Err: &stderr, Env: func(string) string { return "" }}
	if code := Main([]string{"report", "--example", "--date", "2026-11-30", "-o", out}, s); code != 0 {
		t.Fatalf("report: exit %d: %s", code, stderr.String())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--enable-logging=stderr", "--v=0", "--dump-dom", "file://"+out)
	var dom, log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &dom, &log
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, log.String())
	}
	for _, line := range strings.Split(log.String(), "\n") {
		if strings.Contains(line, ":CONSOLE") {
			t.Errorf("console message: %s", line)
		}
	}
	ids := regexp.MustCompile(`<section id="([^"]+)"`).FindAllStringSubmatch(dom.String(), -1)
	found := map[string]bool{}
	for _, m := range ids {
		found[m[1]] = true
	}
	for _, id := range []string{"overview", "background", "current", "systems", "problems", "diagnosis", "criteria", "strategy",
		"maturity", "architecture", "contexts", "direction", "scope", "budget", "requirements-summary", "requirements-detail", "evidence", "glossary"} {
		if !found[id] {
			t.Errorf("the rendered DOM has no section %q", id)
		}
	}
	if !strings.Contains(dom.String(), "민원포털 클라우드 네이티브 전환 사업 발주 계획(안)") {
		t.Error("the rendered DOM lacks the Korean title")
	}
	if n := strings.Count(dom.String(), "<svg"); n < 4 {
		t.Errorf("%d SVG figures in the DOM, want the topology, chart, architecture and context map", n)
	}
}
