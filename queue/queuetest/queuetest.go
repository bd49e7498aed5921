// Package queuetest helps tests of code that uses the work queue: an
// in-process NATS server with JetStream, and a wait for a queue to empty.
package queuetest

import (
	"context"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/isnad-news/isnad/queue"
)

// Server starts an in-process NATS server with JetStream and returns its
// URL; it is shut down when the test ends.
func Server(tb testing.TB) string {
	tb.Helper()
	s, err := server.NewServer(&server.Options{
		Host: "127.0.0.1", Port: server.RANDOM_PORT, JetStream: true,
		StoreDir: tb.TempDir(), NoLog: true, NoSigs: true,
	})
	if err != nil {
		tb.Fatalf("nats server: %v", err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		tb.Fatal("nats server not ready")
	}
	tb.Cleanup(func() { s.Shutdown(); s.WaitForShutdown() })
	return s.ClientURL()
}

// Drain waits until q holds no job, pending or in flight, failing the test
// after limit. tick, when not nil, sees the queue's stats at each look.
func Drain(tb testing.TB, q *queue.Queue, limit time.Duration, tick func(queue.Stats)) {
	tb.Helper()
	deadline := time.Now().Add(limit)
	for {
		s, err := q.Stats(context.Background())
		if err != nil {
			tb.Fatal(err)
		}
		if tick != nil {
			tick(s)
		}
		if s.Pending == 0 && s.InFlight == 0 {
			return
		}
		if time.Now().After(deadline) {
			tb.Fatalf("queue not drained in %s: %+v", limit, s)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
