// Package scaleout holds the end-to-end test of the scaled-out deployment:
// the sample corpus published many times to NATS JetStream (run
// in-process), several "isnad worker" processes storing it in PostgreSQL,
// one of them killed with SIGKILL mid-run, and the result compared with
// the embedded path (isnad ingest into SQLite). It has no code of its own;
// the test lives here so that it gets its own time budget under go test.
//
// It needs a PostgreSQL server: $ISNAD_POSTGRES_URL (.ci/postgres.sh starts
// one). $ISNAD_SCALE_REPS sets how many times the corpus is published
// (default 1,000).
package scaleout
