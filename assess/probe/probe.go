// Package probe looks through an application source tree, or the
// configuration collected from servers, for the signs of how a system is
// built, delivered and run: CI pipelines and deployment scripts, container
// and Kubernetes files, externalised or hard-coded configuration,
// deployable units, API gateways and the eGovFrame version. Each sign
// carries the file and line that shows it and never the line's text, so no
// secret in a configuration file can leak through it.
package probe

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io/fs"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/cnready/cnready/internal/safeio"
)

// Kind names what a Signal shows.
type Kind string

// The kinds of signal.
const (
	CI         Kind = "ci"         // a CI pipeline definition
	CIHost     Kind = "ci-host"    // a Jenkins or GitLab server among the collected hosts
	Deploy     Kind = "deploy"     // an automated deployment step (pipeline stage or script)
	Container  Kind = "container"  // a Dockerfile, compose file or image build plugin
	Kubernetes Kind = "kubernetes" // Kubernetes manifests, kustomize or a kubelet host
	Helm       Kind = "helm"       // a Helm chart
	ExtConfig  Kind = "config-external"
	HardConfig Kind = "config-hardcoded"
	Service    Kind = "service"   // a deployable unit (Spring Boot application, WAR)
	Gateway    Kind = "gateway"   // an API gateway dependency
	Discovery  Kind = "discovery" // a service registry dependency
	EgovFrame  Kind = "egovframe" // the eGovFrame runtime, with its version
)

// Signal is one sign found in a file.
type Signal struct {
	Kind Kind   `json:"kind" yaml:"kind"`
	Path string `json:"path" yaml:"path"`
	Line int    `json:"line" yaml:"line"`
	// Detail says what was seen, in words chosen here (never file text,
	// except a version number).
	Detail string `json:"detail" yaml:"detail"`
}

// Result is what a probe found.
type Result struct {
	// Roots are the folders looked through.
	Roots   []string `json:"roots" yaml:"roots"`
	Signals []Signal `json:"signals" yaml:"signals"`
	// Files is the number of files looked at; Skipped notes what was not
	// read (special files, files over the limit, the file budget).
	Files   int      `json:"files" yaml:"files"`
	Skipped []string `json:"skipped,omitempty" yaml:"skipped,omitempty"`
}

// Has reports whether a signal of kind k was found.
func (r *Result) Has(k Kind) bool { return len(r.Of(k)) > 0 }

// Of returns the signals of kind k.
func (r *Result) Of(k Kind) []Signal {
	if r == nil {
		return nil
	}
	var out []Signal
	for _, s := range r.Signals {
		if s.Kind == k {
			out = append(out, s)
		}
	}
	return out
}

// Merge adds o's findings to r.
func (r *Result) Merge(o *Result) {
	if o == nil {
		return
	}
	r.Roots = append(r.Roots, o.Roots...)
	r.Signals = append(r.Signals, o.Signals...)
	r.Files += o.Files
	r.Skipped = append(r.Skipped, o.Skipped...)
	r.sort()
}

func (r *Result) sort() {
	sort.SliceStable(r.Signals, func(i, j int) bool {
		a, b := r.Signals[i], r.Signals[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Line < b.Line
	})
}

// Options bound a probe.
type Options struct {
	// MaxFileSize is the largest file read (0: 1 MiB; build and
	// configuration files are small).
	MaxFileSize int64
	// MaxFiles stops the walk after this many files (0: 200,000).
	MaxFiles int
	// Display turns a file's path into the path shown in evidence (default:
	// the path as walked).
	Display func(p string) string
}

// skipDirs hold build output, dependencies or tool state, never the
// project's own delivery files.
var skipDirs = map[string]bool{
	".git": true, ".svn": true, ".hg": true, "node_modules": true, "target": true, "build": true,
	"dist": true, ".gradle": true, ".idea": true, ".vscode": true,
	"vendor": true, ".settings": true, "proc": true, "sys": true, "dev": true,
}

// Dir walks root (symbolic links are not followed) and returns what it found.
func Dir(ctx context.Context, root string, opts Options) (*Result, error) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = 1 << 20
	}
	if opts.MaxFiles <= 0 {
		opts.MaxFiles = 200_000
	}
	display := opts.Display
	if display == nil {
		display = func(p string) string { return p }
	}
	r := &Result{Roots: []string{display(root)}}
	p := &prober{ctx: ctx, opts: opts, res: r, display: display}
	err := filepath.WalkDir(root, func(file string, d fs.DirEntry, err error) error {
		if err != nil {
			if file == root {
				return err
			}
			r.Skipped = append(r.Skipped, display(file)+": "+errText(err))
			return nil
		}
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if d.IsDir() {
			if file != root && skipDirs[d.Name()] {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil // links are not followed; special files never opened
		}
		r.Files++
		if r.Files > opts.MaxFiles {
			r.Skipped = append(r.Skipped, display(root)+": stopped after "+strconv.Itoa(opts.MaxFiles)+" files")
			return filepath.SkipAll
		}
		rel, _ := filepath.Rel(root, file)
		p.file(file, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		return nil, err
	}
	r.sort()
	return r, nil
}

func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

type prober struct {
	ctx     context.Context
	opts    Options
	res     *Result
	display func(string) string
}

func (p *prober) add(k Kind, file string, line int, detail string) {
	p.res.Signals = append(p.res.Signals, Signal{Kind: k, Path: p.display(file), Line: line, Detail: detail})
}

func (p *prober) read(file string) []byte {
	data, err := safeio.ReadFile(p.ctx, file, p.opts.MaxFileSize)
	if err != nil {
		if !errors.Is(err, context.Canceled) {
			p.res.Skipped = append(p.res.Skipped, p.display(file)+": "+errText(err))
		}
		return nil
	}
	return data
}

// file classifies one file by its name and place, reading it only when its
// content decides.
func (p *prober) file(file, rel string) {
	base := path.Base(rel)
	lower := strings.ToLower(base)
	dir := path.Dir(rel)
	switch {
	case lower == "jenkinsfile" || strings.HasPrefix(lower, "jenkinsfile."):
		p.pipeline(file, "Jenkinsfile")
	case lower == ".gitlab-ci.yml":
		p.pipeline(file, "GitLab CI")
	case (strings.HasSuffix(dir, ".github/workflows") || dir == ".github/workflows") && isYAML(lower):
		p.pipeline(file, "GitHub Actions")
	case lower == "azure-pipelines.yml" || lower == "bitbucket-pipelines.yml" || lower == ".travis.yml" ||
		lower == ".drone.yml" || lower == "buildspec.yml" || lower == "cloudbuild.yaml" ||
		(lower == "config.yml" && strings.HasSuffix(dir, ".circleci")) || (strings.HasPrefix(dir, ".tekton") && isYAML(lower)):
		p.pipeline(file, "CI pipeline")
	case lower == "dockerfile" || strings.HasPrefix(lower, "dockerfile.") || strings.HasSuffix(lower, ".dockerfile") || lower == "containerfile":
		p.dockerfile(file)
	case isYAML(lower) && (strings.HasPrefix(lower, "docker-compose") || strings.HasPrefix(lower, "compose.")):
		p.compose(file)
	case lower == "chart.yaml":
		p.chart(file)
	case lower == "kustomization.yaml" || lower == "kustomization.yml":
		p.add(Kubernetes, file, 1, "kustomize configuration")
	case lower == "pom.xml":
		p.buildFile(file, "pom")
	case lower == "build.gradle" || lower == "build.gradle.kts":
		p.buildFile(file, "gradle")
	case lower == "web.xml" && strings.HasSuffix(dir, "WEB-INF"):
		p.add(Service, file, 1, "WAR web application (WEB-INF/web.xml)")
	case lower == "build.xml":
		p.antBuild(file)
	case strings.HasSuffix(lower, ".sh") || strings.HasSuffix(lower, ".bat") || strings.HasSuffix(lower, ".cmd"):
		p.script(file, lower)
	case isYAML(lower) || strings.HasSuffix(lower, ".properties"):
		p.config(file, rel, lower)
	default:
		p.hostMarker(file, rel)
	}
}

func isYAML(name string) bool {
	return strings.HasSuffix(name, ".yml") || strings.HasSuffix(name, ".yaml")
}

// lines calls f with each line (1-based) until f returns false.
func lines(data []byte, f func(n int, line string) bool) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		if !f(n, sc.Text()) {
			return
		}
	}
}

// deployRE matches the steps that put a build on servers: a stage or job
// named deploy/release/배포, kubectl/helm/oc, copying a WAR/JAR/EAR to a
// server, or a WAS's own deploy command.
var deployRE = regexp.MustCompile(`(?i)(stage\s*\(\s*['"][^'"]*(deploy|release|배포)|^\s*-?\s*(deploy|release|배포)[\w-]*\s*:|\bstage:\s*(deploy|release)|kubectl\s+(apply|set|rollout)|\bhelm\s+(upgrade|install)|\boc\s+(apply|rollout)|\b(scp|rsync|sshpass)\b.*\.(war|jar|ear)\b|jeusadmin.*\bdeploy|\bwlst\b|asadmin\s+deploy|weblogic\.Deployer|sshPublisher|deploy\s+adapters|argocd\s+app\s+sync)`)

// pipeline records a CI definition and, when one of its steps deploys, a
// deployment.
func (p *prober) pipeline(file, what string) {
	p.add(CI, file, 1, what)
	data := p.read(file)
	lines(data, func(n int, l string) bool {
		if deployRE.MatchString(l) {
			p.add(Deploy, file, n, what+" deployment step")
			return false
		}
		return true
	})
}

func (p *prober) dockerfile(file string) {
	line := 1
	lines(p.read(file), func(n int, l string) bool {
		if strings.HasPrefix(strings.ToUpper(strings.TrimSpace(l)), "FROM ") {
			line = n
			return false
		}
		return true
	})
	p.add(Container, file, line, "container image build file")
}

var composeServiceRE = regexp.MustCompile(`^  ([A-Za-z0-9_.-]+):\s*$`)

func (p *prober) compose(file string) {
	p.add(Container, file, 1, "compose file")
	inServices := false
	lines(p.read(file), func(n int, l string) bool {
		switch {
		case strings.HasPrefix(l, "services:"):
			inServices = true
		case len(l) > 0 && l[0] != ' ' && l[0] != '#':
			inServices = false
		case inServices && composeServiceRE.MatchString(l):
			p.add(Service, file, n, "compose service")
		}
		return true
	})
}

func (p *prober) chart(file string) {
	data := p.read(file)
	if bytes.Contains(data, []byte("apiVersion:")) && bytes.Contains(data, []byte("name:")) {
		p.add(Helm, file, 1, "Helm chart")
		p.add(Kubernetes, file, 1, "Helm chart")
	}
}

var (
	egovVersionRE  = regexp.MustCompile(`<(egovframework\.rte\.version|egovframe\.version|egov\.version|org\.egovframe\.rte\.version)>\s*([0-9][0-9.]*)`)
	egovArtifactRE = regexp.MustCompile(`(egovframework\.rte|org\.egovframe\.rte)`)
	versionTagRE   = regexp.MustCompile(`<version>\s*([0-9][0-9.]*)`)
	gradleEgovRE   = regexp.MustCompile(`(org\.egovframe\.rte|egovframework\.rte)[^'"]*:([0-9][0-9.]*)`)
)

// buildFile reads a Maven or Gradle build for image plugins, Spring Boot
// applications, gateways, registries and the eGovFrame version.
func (p *prober) buildFile(file, kind string) {
	data := p.read(file)
	egovSeen := false
	egovPending := 0 // line of an eGovFrame artifactId whose <version> follows
	lines(data, func(n int, l string) bool {
		switch {
		case strings.Contains(l, "jib-maven-plugin") || strings.Contains(l, "com.google.cloud.tools.jib") ||
			strings.Contains(l, "dockerfile-maven-plugin") || strings.Contains(l, "docker-maven-plugin") || strings.Contains(l, "bootBuildImage"):
			p.add(Container, file, n, "container image build plugin")
		case strings.Contains(l, "spring-boot-maven-plugin") || strings.Contains(l, "org.springframework.boot") && kind == "gradle" && strings.Contains(l, "id"):
			p.add(Service, file, n, "Spring Boot application")
		case strings.Contains(l, "spring-cloud-starter-gateway") || strings.Contains(l, "spring-cloud-starter-netflix-zuul"):
			p.add(Gateway, file, n, "API gateway dependency")
		case strings.Contains(l, "eureka") || strings.Contains(l, "spring-cloud-starter-consul-discovery") || strings.Contains(l, "nacos-discovery"):
			p.add(Discovery, file, n, "service registry dependency")
		}
		if egovSeen {
			return true
		}
		if m := egovVersionRE.FindStringSubmatch(l); m != nil {
			p.add(EgovFrame, file, n, m[2])
			egovSeen = true
			return true
		}
		if m := gradleEgovRE.FindStringSubmatch(l); m != nil {
			p.add(EgovFrame, file, n, m[2])
			egovSeen = true
			return true
		}
		if egovArtifactRE.MatchString(l) {
			egovPending = n
		}
		if egovPending > 0 {
			if m := versionTagRE.FindStringSubmatch(l); m != nil && n-egovPending <= 3 {
				p.add(EgovFrame, file, n, m[1])
				egovSeen = true
			} else if n-egovPending > 3 {
				egovPending = 0
			}
		}
		return true
	})
}

func (p *prober) antBuild(file string) {
	lines(p.read(file), func(n int, l string) bool {
		if strings.Contains(l, "<scp") || strings.Contains(l, "<sshexec") || deployRE.MatchString(l) {
			p.add(Deploy, file, n, "Ant deployment target")
			return false
		}
		return true
	})
}

// script records shell or batch scripts that deploy a build: by name
// (deploy.sh, 배포.sh) when they also copy or deploy, or by such a step.
func (p *prober) script(file, lower string) {
	lines(p.read(file), func(n int, l string) bool {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "#") || strings.HasPrefix(strings.ToLower(t), "rem ") {
			return true
		}
		if deployRE.MatchString(t) {
			p.add(Deploy, file, n, "deployment script")
			return false
		}
		return true
	})
}

var (
	// placeholderRE is an environment placeholder: ${DB_URL}, ${DB_URL:default}.
	placeholderRE  = regexp.MustCompile(`\$\{[A-Za-z_][A-Za-z0-9_.]*(:[^}]*)?\}`)
	configKeyRE    = regexp.MustCompile(`(?i)(url|host|password|passwd|pwd|username|user|address|addr|endpoint|uri)\s*[:=]`)
	literalAddrRE  = regexp.MustCompile(`(?i)(jdbc:[a-z0-9:]+(//|@)?\s*[a-z0-9.-]*[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+|//[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+|@[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+|jdbc:[a-z0-9:]+//[a-z][a-z0-9.-]+[:/])`)
	configServerRE = regexp.MustCompile(`(?i)(spring\.config\.import\s*[:=]\s*.*configserver:|spring\.cloud\.config\.uri|^\s*config:\s*$|configserver:)`)
	k8sKindRE      = regexp.MustCompile(`^kind:\s*(Deployment|StatefulSet|DaemonSet|Service|Ingress|ConfigMap|CronJob|Job|HorizontalPodAutoscaler|Pod|Route)\s*$`)
)

// config reads application configuration (Spring application*.yml and
// .properties, eGovFrame globals.properties) for externalised or
// hard-coded connection settings, and YAML for Kubernetes manifests.
func (p *prober) config(file, rel, lower string) {
	appConfig := strings.HasPrefix(lower, "application") || strings.HasPrefix(lower, "bootstrap") ||
		strings.HasPrefix(lower, "globals") || strings.Contains(lower, "jdbc") || strings.Contains(lower, "datasource") ||
		strings.HasPrefix(lower, "context")
	data := p.read(file)
	if data == nil {
		return
	}
	isYAMLFile := isYAML(lower)
	apiVersion := isYAMLFile && bytes.Contains(data, []byte("apiVersion:"))
	var ext, hard, k8s bool
	lines(data, func(n int, l string) bool {
		t := strings.TrimSpace(l)
		if t == "" || t[0] == '#' || t[0] == '!' {
			return true
		}
		if apiVersion && !k8s && k8sKindRE.MatchString(l) {
			p.add(Kubernetes, file, n, "Kubernetes manifest")
			k8s = true
		}
		if !appConfig {
			return !k8s || !apiVersion
		}
		if !ext && (configServerRE.MatchString(t) || configKeyRE.MatchString(t) && placeholderRE.MatchString(t)) {
			p.add(ExtConfig, file, n, "connection setting from the environment or a config server")
			ext = true
		}
		if !hard && configKeyRE.MatchString(t) && !placeholderRE.MatchString(t) && literalAddrRE.MatchString(t) {
			p.add(HardConfig, file, n, "connection setting with a literal address")
			hard = true
		}
		return true
	})
	if !appConfig {
		p.hostMarker(file, rel)
	}
}

// hostMarkers are files that show what a collected host runs.
var hostMarkers = []struct {
	suffix string
	kind   Kind
	detail string
}{
	{"var/lib/jenkins/config.xml", CIHost, "Jenkins server"},
	{"etc/sysconfig/jenkins", CIHost, "Jenkins server"},
	{"etc/default/jenkins", CIHost, "Jenkins server"},
	{"usr/share/java/jenkins.war", CIHost, "Jenkins server"},
	{"usr/share/jenkins/jenkins.war", CIHost, "Jenkins server"},
	{"etc/gitlab/gitlab.rb", CIHost, "GitLab server"},
	{"etc/gitlab-runner/config.toml", CIHost, "GitLab Runner"},
	{"etc/docker/daemon.json", Container, "container runtime (Docker)"},
	{"etc/containerd/config.toml", Container, "container runtime (containerd)"},
	{"etc/kubernetes/kubelet.conf", Kubernetes, "Kubernetes node"},
	{"etc/kubernetes/admin.conf", Kubernetes, "Kubernetes control plane"},
	{"etc/rancher/k3s/k3s.yaml", Kubernetes, "Kubernetes node (k3s)"},
}

var jenkinsJobRE = regexp.MustCompile(`(^|/)var/lib/jenkins/jobs/[^/]+/config\.xml$`)

func (p *prober) hostMarker(file, rel string) {
	for _, m := range hostMarkers {
		if rel == m.suffix || strings.HasSuffix(rel, "/"+m.suffix) {
			p.add(m.kind, file, 1, m.detail)
			return
		}
	}
	if jenkinsJobRE.MatchString(rel) {
		p.add(CI, file, 1, "Jenkins job")
		lines(p.read(file), func(n int, l string) bool {
			if deployRE.MatchString(l) {
				p.add(Deploy, file, n, "Jenkins job deployment step")
				return false
			}
			return true
		})
	}
}
