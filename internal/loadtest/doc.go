// Package loadtest holds the HTTP load test of "isnad serve": a store of
// synthetic articles (internal/synth) served by the real binary on
// loopback, hit by a Go load generator on the front page, story pages,
// search and the API, while slow clients hold connections open and
// oversize uploads are refused. It reports p50/p99 latencies and fails on
// any error. It has no code of its own.
//
// ISNAD_LOAD=full uses a store of 10,000 articles and more requests; the
// default (CI) size is 2,000 articles.
package loadtest
