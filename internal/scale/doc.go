// Package scale holds the scale benchmark of the embedded store: it
// generates synthetic articles (internal/synth), ingests them with the
// real "isnad ingest" reading JSON Lines files, and reports articles per
// second, the ingest's peak memory, the store's size, search p50/p99 on the
// full store, and clustering time per article at 1k, 10k, 100k and 1M
// articles (reading the store with Scan, in story-building order). It has
// no code of its own.
//
// ISNAD_SCALE_N sets the number of articles (default 3,000 for CI; the
// issue's run is ISNAD_SCALE_N=1000000: about 15 minutes of ingest and 8 of
// clustering on 2 cores). ISNAD_SCALE_DIR keeps the corpus and the store in
// that directory; ISNAD_SCALE_DB=path/scale.db with -run TestSearchStore
// measures search again on a kept store.
package scale
