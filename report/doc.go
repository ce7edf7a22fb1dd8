// Package report turns an assess evaluation into documents: the
// procurement plan (발주 계획) an agency takes to its procurement office, in
// the form of the NIA 발주자 안내서, for one system or a portfolio. It builds
// a Document (sections, paragraphs, bullets, tables, key-value sheets,
// figures described as data, evidence) from assess results and the plan's
// prose under templates/plan, and renders it as PDF, Markdown, HTML or
// JSON. It decides nothing: every judgement comes from assess.
package report
