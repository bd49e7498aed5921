// Package crashtest holds the crash test of the embedded store: "isnad
// ingest" killed with SIGKILL at random points, over and over, and the
// SQLite store checked after every kill. It has no code of its own; the test
// lives here so that it gets its own time budget under go test.
//
// What goes in: a synthetic corpus of a few thousand small Arabic articles
// (JSON Lines files and plain-text files) written to a temporary directory,
// and the isnad binary built from cmd/isnad. What comes out: a pass or a
// failure naming the round, the kill time and what was wrong with the store.
//
// One full ingest of the corpus into a fresh store is the reference. Then,
// round after round, the ingest is started on the crash store and killed
// after a random time between 5 ms and the reference run's duration. After
// each kill the test opens the store, runs its integrity checks and
// requires that
//
//   - every article stored is in the reference, exactly once, and reads back
//     (Get) equal to the reference's copy;
//   - the articles stored are the first whole transactions of the input, in
//     input order (ingest commits 64 documents at a time): a committed
//     transaction is never lost and a killed one leaves nothing behind;
//   - the count never decreases from one kill to the next.
//
// When a round finds the store complete it starts again from an empty
// store, so that most kills land while transactions are being written. At
// the end the ingest is run to completion on the crash store, which must
// then equal the reference exactly.
//
//	go test ./internal/crashtest -v
//	ISNAD_CRASH_KILLS=500 go test ./internal/crashtest -v -timeout 30m
//
// $ISNAD_CRASH_KILLS sets the number of kills (default 100) and
// $ISNAD_CRASH_SEED the seed of the kill times (default: the clock, logged
// so that a failing run can be repeated). The test needs the go command to
// build the binary and is skipped without it, and in -short mode.
package crashtest
