package assess

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cnready/cnready/internal/jsonw"
	"gopkg.in/yaml.v3"
)

// genAssessments writes n realistic Assessment files (mixed spellings,
// notes, descriptions) into dir.
func genAssessments(tb testing.TB, dir string, n int) []string {
	tb.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	spell := [][]string{{"Y", "yes", "예", "true"}, {"N", "no", "아니오", "false"}, {`"?"`, "모름"}}
	agencies := []string{"행정안전부", "보건복지부", "국토교통부", "세종특별자치시", "인사혁신처"}
	paths := make([]string, n)
	for i := range n {
		var b strings.Builder
		fmt.Fprintf(&b, "# 생성된 진단 파일 %d\napiVersion: cnready/v1\nkind: Assessment\nsystem:\n  id: sys-%05d\n  name: 정보시스템 %d호\n  agency: %s\n  description: 대국민 서비스, 전자정부 표준프레임워크 기반\nchecklist:\n  answers:\n",
			i, i, i, agencies[i%len(agencies)])
		for item := 1; item <= 10; item++ {
			kind := rng.IntN(3)
			fmt.Fprintf(&b, "    %d: %s\n", item, spell[kind][rng.IntN(len(spell[kind]))])
		}
		fmt.Fprintf(&b, "  notes:\n    1: \"유지보수비 연 %d%%\"\n", 10+rng.IntN(15))
		paths[i] = filepath.Join(dir, fmt.Sprintf("sys-%05d.yaml", i))
		if err := os.WriteFile(paths[i], []byte(b.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return paths
}

// plainFile mirrors the Assessment layout for the yaml.v3-only baseline.
type plainFile struct {
	APIVersion string `yaml:"apiVersion"`
	Kind       string `yaml:"kind"`
	System     struct {
		ID, Name, Agency, Description string
	} `yaml:"system"`
	Checklist struct {
		Answers map[int]string `yaml:"answers"`
		Notes   map[int]string `yaml:"notes"`
	} `yaml:"checklist"`
}

// decodeOnly reads and yaml.v3-decodes every file with the same worker
// count the batch runner uses: the baseline the issue compares against.
func decodeOnly(tb testing.TB, paths []string) {
	var wg sync.WaitGroup
	work := make(chan string)
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range work {
				data, err := os.ReadFile(p)
				if err != nil {
					tb.Error(err)
					continue
				}
				var f plainFile
				if err := yaml.Unmarshal(data, &f); err != nil {
					tb.Error(err)
				}
			}
		}()
	}
	for _, p := range paths {
		work <- p
	}
	close(work)
	wg.Wait()
}

// BenchmarkAssess10k scores 10,000 generated files per iteration through
// the batch runner, and in the same iteration decodes them with yaml.v3
// alone, reporting files/s and the ratio of the two times.
func BenchmarkAssess10k(b *testing.B) {
	dir := b.TempDir()
	paths := genAssessments(b, dir, 10000)
	ev := DefaultEvaluator()
	ctx := context.Background()
	var scoreT, decodeT time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		t0 := time.Now()
		decodeOnly(b, paths)
		t1 := time.Now()
		rs := ev.Batch(ctx, []string{dir}, 0)
		t2 := time.Now()
		if len(rs) != len(paths) || Failed(rs) {
			b.Fatalf("batch: %d results, failed=%v", len(rs), Failed(rs))
		}
		decodeT += t1.Sub(t0)
		scoreT += t2.Sub(t1)
	}
	n := float64(b.N)
	b.ReportMetric(float64(len(paths))*n/scoreT.Seconds(), "files/s")
	b.ReportMetric(scoreT.Seconds()/decodeT.Seconds(), "score/decode")
	b.ReportMetric(float64(scoreT.Milliseconds())/n, "score-ms")
	b.ReportMetric(float64(decodeT.Milliseconds())/n, "decode-ms")
}

// BenchmarkDecide10k measures what deciding adds to a batch of 10,000
// checklist-only files: the same batch with and without the decision,
// alternately, every result held (Batch).
func BenchmarkDecide10k(b *testing.B) {
	benchDecide(b, func(ctx context.Context, e *Evaluator, dir string) { e.Batch(ctx, []string{dir}, 0) })
}

// BenchmarkDecideStream10k is BenchmarkDecide10k over Each, as `assess
// --format json` and the table formats run: each evaluation is dropped once
// used, so what deciding costs is not blurred by holding 10,000 of them.
func BenchmarkDecideStream10k(b *testing.B) {
	benchDecide(b, func(ctx context.Context, e *Evaluator, dir string) {
		_ = Each(ctx, e, []string{dir}, 0, func(r Result) Summary { return r.Summary() }, func(Result, Summary) error { return nil })
	})
}

// BenchmarkDecideJSON10k is BenchmarkDecideStream10k writing each result
// as `assess --format json` does when not at a terminal (compact, one per
// line, through a buffer): what deciding adds there includes writing the
// decision.
func BenchmarkDecideJSON10k(b *testing.B) {
	pool := sync.Pool{New: func() any {
		w := jsonw.New("", "")
		w.Grow(16 << 10)
		return w
	}}
	benchDecide(b, func(ctx context.Context, e *Evaluator, dir string) {
		out := bufio.NewWriterSize(io.Discard, 64<<10)
		_ = EachJSON(ctx, e, Expand([]string{dir}), 0, func() *jsonw.Writer {
			jw := pool.Get().(*jsonw.Writer)
			jw.Reset()
			return jw
		}, func(_ Summary, jw *jsonw.Writer) error {
			defer pool.Put(jw)
			out.WriteString(",\n")
			_, err := jw.WriteTo(out)
			return err
		})
		out.Flush()
	})
}

// BenchmarkDecideSummaries10k is BenchmarkDecide10k over Summaries, as
// `assess` writes its table and CSV: each decision's headline, its
// evidence not cited.
func BenchmarkDecideSummaries10k(b *testing.B) {
	benchDecide(b, func(ctx context.Context, e *Evaluator, dir string) {
		_ = Summaries(ctx, e, Expand([]string{dir}), 0)
	})
}

func benchDecide(b *testing.B, run func(context.Context, *Evaluator, string)) {
	dir := b.TempDir()
	genAssessments(b, dir, 10000)
	// The GC setting cnready runs with (main sets GOGC=400 unless given).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	ctx := context.Background()
	// Alternate the two, each run from a fresh evaluator and a clean heap
	// as a cnready process starts, and report the median of the paired
	// ratios: on a shared machine a stall lands on one side at random. CPU
	// time (user+system) is reported beside wall time: it does not count
	// the other processes' turns.
	var wall, cpu []float64
	var withT, withoutT time.Duration
	timed := func(e *Evaluator) (time.Duration, time.Duration) {
		runtime.GC()
		c0, t0 := cpuTime(), time.Now()
		run(ctx, e, dir)
		return time.Since(t0), cpuTime() - c0
	}
	fresh := func(decide bool) *Evaluator {
		e, err := NewEvaluator(Config{})
		if err != nil {
			b.Fatal(err)
		}
		e.noDecision = !decide
		return e
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		// The decider of a fresh evaluator has no templates to replay
		// (decision/replay.go), as in a cnready process. The order turns
		// each time: whichever runs second may find caches otherwise.
		var wt, wc, dt, dc time.Duration
		if i%2 == 0 {
			wt, wc = timed(fresh(false))
			dt, dc = timed(fresh(true))
		} else {
			dt, dc = timed(fresh(true))
			wt, wc = timed(fresh(false))
		}
		i++
		withT, withoutT = withT+dt, withoutT+wt
		wall = append(wall, dt.Seconds()/wt.Seconds())
		if wc > 0 {
			cpu = append(cpu, dc.Seconds()/wc.Seconds())
		}
	}
	b.ReportMetric(median(wall), "with/without")
	if len(cpu) > 0 {
		b.ReportMetric(median(cpu), "cpu-with/without")
	}
	n := float64(len(wall))
	b.ReportMetric(float64(withT.Microseconds())/1000/n, "with-ms")
	b.ReportMetric(float64(withoutT.Microseconds())/1000/n, "without-ms")
}

func median(v []float64) float64 {
	v = slices.Clone(v)
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// BenchmarkDecodeBytes measures decoding one file in memory.
func BenchmarkDecodeBytes(b *testing.B) {
	dir := b.TempDir()
	p := genAssessments(b, dir, 1)[0]
	data, _ := os.ReadFile(p)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeBytes(data, p, builtin); err != nil {
			b.Fatal(err)
		}
	}
}
