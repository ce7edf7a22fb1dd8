package detect

import (
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/cnready/cnready/inventory"
)

// egovGroupRE matches the Maven groups of the eGovFrame runtime: 4.x
// (org.egovframe.rte, org.egovframe.boot) and 2.x/3.x
// (egovframework.rte).
var egovGroupRE = regexp.MustCompile(`^(org\.egovframe(\.rte|\.boot)?|egovframework\.rte)(\.|$)`)

// egovJarRE matches the runtime's jars as an application ships them:
// org.egovframe.rte.fdl.cmmn-4.1.0.jar, egovframework.rte.ptl.mvc-3.10.0.jar.
var egovJarRE = regexp.MustCompile(`^(?:org\.egovframe\.rte|egovframework\.rte)\.[a-z.]+-(\d+(?:\.\d+){1,3})[^/]*\.jar$`)

// egovGradleRE matches a Gradle dependency on the runtime and its version.
var egovGradleRE = regexp.MustCompile(`["'](?:org\.egovframe\.rte|egovframework\.rte)[\w.]*:[\w.-]+:([^"'\s]+)["']`)

// egovFramework tells whether the application rooted at dir is built on
// eGovFrame, and its version: from the build file (pom.xml, build.gradle)
// or from the framework jars it ships (WEB-INF/lib, BOOT-INF/lib). ok is
// false when none of them says so.
func egovFramework(h *inventory.HostContext, dir string) (version string, e inventory.Evidence, ok bool) {
	if p := path.Join(dir, "pom.xml"); h.Exists(p) {
		if text, err := readText(h, p); err == nil {
			if v, line, found := egovPOM(text); found {
				return v, ev(p, line), true
			}
		}
	}
	for _, b := range []string{"build.gradle", "build.gradle.kts"} {
		p := path.Join(dir, b)
		if !h.Exists(p) {
			continue
		}
		text, err := readText(h, p)
		if err != nil {
			continue
		}
		for i, l := range lines(text) {
			if m := egovGradleRE.FindStringSubmatch(l); m != nil {
				return gradleVersion(h, dir, text, m[1]), ev(p, i+1), true
			}
		}
	}
	if h.Glob != nil {
		var jars []string
		for _, lib := range []string{"WEB-INF/lib", "BOOT-INF/lib", "lib"} {
			jars = append(jars, h.Glob(path.Join(dir, lib, "*.jar"))...)
		}
		sort.Strings(jars)
		for _, j := range jars {
			if m := egovJarRE.FindStringSubmatch(path.Base(j)); m != nil {
				return m[1], ev(j, 1), true
			}
		}
	}
	return "", inventory.Evidence{}, false
}

// egovPOM reads a pom.xml: whether it depends on the eGovFrame runtime
// (or has it as parent), the version it asks for (properties expanded)
// and the line that says so.
func egovPOM(text string) (string, int, bool) {
	root, err := parseXML(text)
	if err != nil || root.Name != "project" {
		return "", 0, false
	}
	props := map[string]string{}
	for _, p := range root.at("properties").children() {
		props[p.Name] = p.Text
	}
	lookup := func(k string) (string, bool) { v, ok := props[strings.ToLower(k)]; return v, ok }
	deps := []*xnode{root.kid("parent")}
	deps = append(deps, root.at("dependencies").kidsNamed("dependency")...)
	deps = append(deps, root.at("dependencymanagement", "dependencies").kidsNamed("dependency")...)
	for _, d := range deps {
		g, line := d.text("groupid")
		if d == nil || !egovGroupRE.MatchString(g) {
			continue
		}
		v, vl := d.text("version")
		v = expandVars(v, lookup)
		if vl > 0 {
			line = vl
		}
		if inventory.HasPlaceholder(v) {
			v = ""
		}
		return v, line, true
	}
	return "", 0, false
}

// gradleVersion resolves a Gradle version reference ("${egovVersion}",
// "$egovVersion") from the build file or gradle.properties.
func gradleVersion(h *inventory.HostContext, dir, build, v string) string {
	name := strings.Trim(strings.TrimPrefix(v, "$"), "{}")
	if name == v {
		return v
	}
	re := regexp.MustCompile(`(?m)^\s*(?:def\s+|val\s+|ext\.)?` + regexp.QuoteMeta(name) + `\s*=\s*["']?([\w.-]+)`)
	if m := re.FindStringSubmatch(build); m != nil {
		return m[1]
	}
	if p := path.Join(dir, "gradle.properties"); h.Exists(p) {
		if text, err := readText(h, p); err == nil {
			if pr, ok := parseProperties(text).get(name); ok {
				return pr.Value
			}
		}
	}
	return ""
}
