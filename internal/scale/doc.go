// Package scale holds the scale benchmark of the embedded store: it
// generates synthetic articles (internal/synth), ingests them with the
// real "isnad ingest" reading JSON Lines from standard input, and reports
// articles per second, the ingest's peak memory, the store's size,
// clustering time per article at 10k, 100k and 1M articles, and search
// p50/p99 on the full store. It has no code of its own.
//
// ISNAD_SCALE_N sets the number of articles (default 3,000 for CI; the
// issue's run is ISNAD_SCALE_N=1000000, which takes hours on 2 cores).
package scale
