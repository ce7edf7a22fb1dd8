package probe

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func signals(r *Result) []string {
	var out []string
	for _, s := range r.Signals {
		out = append(out, fmt.Sprintf("%s %s:%d %s", s.Kind, s.Path, s.Line, s.Detail))
	}
	return out
}

func TestDirApp(t *testing.T) {
	r, err := Dir(context.Background(), filepath.Join("testdata", "app"), Options{Display: func(p string) string {
		rel, _ := filepath.Rel("testdata", p)
		return filepath.ToSlash(rel)
	}})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(signals(r), "\n")
	for _, want := range []string{
		"ci app/.github/workflows/ci.yml:1 GitHub Actions",
		"ci app/Jenkinsfile:1 Jenkinsfile",
		"deploy app/Jenkinsfile:11 Jenkinsfile deployment step",
		"deploy app/scripts/deploy.sh:4 deployment script",
		"container app/Dockerfile:2 container image build file",
		"kubernetes app/k8s/deployment.yaml:2 Kubernetes manifest",
		"helm app/chart/Chart.yaml:1 Helm chart",
		"config-external app/src/main/resources/application.yml:3",
		"config-hardcoded app/src/main/resources/egovframework/egovProps/globals.properties:3",
		"service app/pom.xml:20 Spring Boot application",
		"service app/src/main/webapp/WEB-INF/web.xml:1",
		"gateway app/pom.xml:13",
		"egovframe app/pom.xml:8 3.10.0",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	// Build output is not the project's own configuration.
	if strings.Contains(got, "target/") {
		t.Errorf("target/ was read:\n%s", got)
	}
	// The GitHub workflow only builds: no deployment step from it.
	if strings.Contains(got, "deploy app/.github") {
		t.Errorf("a build-only workflow counted as deploying:\n%s", got)
	}
}

func TestDirHosts(t *testing.T) {
	r, err := Dir(context.Background(), filepath.Join("testdata", "hosts"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(signals(r), "\n")
	for _, want := range []string{"ci-host testdata/hosts/ci01/var/lib/jenkins/config.xml:1 Jenkins server",
		"deploy testdata/hosts/ci01/var/lib/jenkins/jobs/portal-deploy/config.xml:4"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

// TestNoSecretsInSignals: a signal never carries the text of the line it
// points at; the planted password must not appear.
func TestNoSecretsInSignals(t *testing.T) {
	r, err := Dir(context.Background(), filepath.Join("testdata", "app"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range signals(r) {
		if strings.Contains(s, "s3cr3t") || strings.Contains(s, "10.10.20.31") {
			t.Errorf("signal leaks file text: %s", s)
		}
	}
}

func TestSpecialFilesNeverBlock(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "Jenkinsfile"), 0o600); err != nil {
		t.Skip(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "Dockerfile")); err != nil {
		t.Fatal(err)
	}
	big := make([]byte, 2<<20)
	copy(big, "FROM x\n")
	if err := os.WriteFile(filepath.Join(dir, "deploy.sh"), big, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan *Result, 1)
	go func() {
		r, err := Dir(context.Background(), dir, Options{})
		if err != nil {
			t.Error(err)
		}
		done <- r
	}()
	select {
	case r := <-done:
		if r != nil && len(r.Signals) != 0 {
			t.Errorf("signals from special or oversized files: %v", signals(r))
		}
		if r != nil && !strings.Contains(strings.Join(r.Skipped, "\n"), "deploy.sh") {
			t.Errorf("oversized file not noted: %v", r.Skipped)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("probe blocked on a special file")
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Dir(ctx, filepath.Join("testdata", "app"), Options{}); err == nil {
		t.Error("cancelled probe succeeded")
	}
}

func FuzzPipeline(f *testing.F) {
	f.Add("stage('Deploy') { sh 'kubectl apply -f x' }")
	f.Add("deploy:\n  script: helm upgrade x")
	f.Fuzz(func(t *testing.T, body string) {
		dir := t.TempDir()
		for _, name := range []string{"Jenkinsfile", "pom.xml", "application.yml", "deploy.sh", "Chart.yaml", "docker-compose.yml"} {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		r, err := Dir(context.Background(), dir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Count(body, "\n") + 1
		for _, s := range r.Signals {
			if s.Line < 1 || s.Line > lines {
				t.Fatalf("signal %+v outside the file's %d lines", s, lines)
			}
			if s.Kind != EgovFrame && strings.Contains(body, s.Detail) && len(s.Detail) > 12 && !strings.Contains(knownDetails, s.Detail) {
				t.Fatalf("detail %q copied from the file", s.Detail)
			}
		}
	})
}

const knownDetails = "Jenkinsfile deployment step|deployment script|Spring Boot application|API gateway dependency|service registry dependency|container image build plugin|compose service|compose file|Helm chart|Kubernetes manifest|connection setting from the environment or a config server|connection setting with a literal address|container image build file"
