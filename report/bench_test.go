package report

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/cnready/cnready/assess"
	"github.com/cnready/cnready/templates"
)

// BenchmarkPlanPDF renders the built-in example's plan (evaluated once) as
// PDF; it reports the file size. Goal: under 300 ms and 1.5 MB.
func BenchmarkPlanPDF(b *testing.B) {
	d := examplePlan(b, "ko")
	fonts, err := LoadFonts(templates.Builtin())
	if err != nil {
		b.Fatal(err)
	}
	var size int
	b.ReportAllocs()
	for b.Loop() {
		var buf bytes.Buffer
		if err := WritePDF(&buf, d, fonts); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size)/1024, "KiB")
}

// BenchmarkPlanEndToEnd evaluates the example (scan, source, decision) and
// renders its plan as PDF, as `cnready report --example` does.
func BenchmarkPlanEndToEnd(b *testing.B) {
	ev := evaluator(b, "ko")
	p := prose(b, "ko")
	b.ReportAllocs()
	for b.Loop() {
		r := ev.File(context.Background(), exampleFile)
		if r.Err != nil {
			b.Fatal(r.Err)
		}
		if err := Write(io.Discard, "pdf", Plan(r.Evaluation, p, Options{Date: "2026-11-30"}), templates.Builtin()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPortfolio1000 evaluates 1,000 generated assessments and renders
// their portfolio as PDF: the summary and a page per system. Goal: under
// 30 s on two cores, memory flat (peak RSS in BENCHMARKS.md).
func BenchmarkPortfolio1000(b *testing.B) {
	dir := b.TempDir()
	for i := range 1000 {
		body := fmt.Sprintf("apiVersion: cnready/v1\nkind: Assessment\nsystem:\n  id: sys-%04d\n  name: 행정정보시스템 %d호\n  agency: 기관 %d\n  description: 대국민 민원 처리와 내부 행정 업무를 지원하는 시스템\nchecklist:\n  answers:\n", i, i, i%57)
		for item := 1; item <= 10; item++ {
			body += fmt.Sprintf("    %d: %s\n", item, []string{"Y", "N", "\"?\""}[(i*7+item*3+i/10)%3])
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("sys-%04d.yaml", i)), []byte(body), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	ev := evaluator(b, "ko")
	p := prose(b, "ko")
	var pages int
	b.ReportAllocs()
	for b.Loop() {
		results := ev.Batch(context.Background(), []string{dir}, 0)
		if assess.Failed(results) {
			b.Fatal("a generated assessment failed")
		}
		var buf bytes.Buffer
		if err := Write(&buf, "pdf", Portfolio(results, p, Options{Date: "2026-11-30"}), templates.Builtin()); err != nil {
			b.Fatal(err)
		}
		pages = bytes.Count(buf.Bytes(), []byte("/Type /Page\n"))
	}
	b.ReportMetric(float64(pages), "pages")
}
