// Package bench compares the speed of isnad's Arabic analysis with Bleve's
// Arabic analyzer on the same article. It is a module of its own
// (github.com/isnad-news/isnad/bench) so that Bleve is never a dependency of
// isnad itself.
//
// What goes in: ../arabic/testdata/article.txt, a news article of about
// 5 KB written for isnad's tests. What comes out: two benchmarks,
// BenchmarkIsnad (arabic.Tokenize: normalization, tokenization and light
// stemming) and BenchmarkBleve (Bleve v2's "ar" analyzer: Unicode
// tokenizer, lowercase, NFKC, Arabic stop words, normalization and light
// stemming), and a test that both find a comparable number of tokens.
//
// Run, from this directory:
//
//	go test -bench . -benchtime=2s
//
// The package has no code of its own; see bench_test.go.
package bench
