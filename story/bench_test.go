package story

import (
	"fmt"
	"runtime"
	"testing"
)

// BenchmarkAdd clusters synthetic corpora of 10,000 and 100,000 articles
// (see synthetic: many distinct events, four opening each day) and reports
// the clustering time per article, the number of stories and BCubed F1.
// One op is the whole corpus; run with -benchtime=1x for the large one.
func BenchmarkAdd(b *testing.B) {
	base := corpusSet(b)
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			set := synthetic(base, n, 4)
			gold := make(map[string]string, len(set))
			for _, a := range set {
				gold[a.id] = a.gold
			}
			var got map[string]string
			var stories int
			var heap uint64
			b.ReportAllocs()
			var before runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			for b.Loop() {
				c := NewClusterer(Options{})
				got = make(map[string]string, len(set))
				for _, a := range set {
					got[a.id], _ = c.Add(a.id, a.doc)
				}
				stories = c.Len()
				var ms runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&ms)
				heap = ms.HeapAlloc - min(ms.HeapAlloc, before.HeapAlloc)
				runtime.KeepAlive(c)
			}
			_, _, f := BCubed(gold, got)
			b.ReportMetric(b.Elapsed().Seconds()*1e6/float64(b.N*len(set)), "µs/article")
			b.ReportMetric(float64(stories), "stories")
			b.ReportMetric(f, "bcubed-f1")
			b.ReportMetric(float64(heap)/(1<<20), "clusterer-heap-MiB")
		})
	}
}
