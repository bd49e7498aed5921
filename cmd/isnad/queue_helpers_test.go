package main

import (
	"context"
	"testing"
	"time"

	natsserver "github.com/nats-io/nats-server/v2/server"

	"github.com/isnad-news/isnad/desk"
	"github.com/isnad-news/isnad/queue"
	"github.com/isnad-news/isnad/store"
)

// natsURL starts an in-process NATS server with JetStream.
func natsURL(t *testing.T) string {
	t.Helper()
	srv, err := natsserver.NewServer(&natsserver.Options{Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(), NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server not ready")
	}
	t.Cleanup(srv.Shutdown)
	return srv.ClientURL()
}

// drain waits until the queue holds no job, pending or in flight.
func drain(t *testing.T, q *queue.Queue, limit time.Duration, _ func(queue.Stats)) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		s, err := q.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if s.Pending == 0 && s.InFlight == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue not drained in %s: %+v", limit, s)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// sameStories checks two stores give the same stories.
func sameStories(t *testing.T, a, b store.Store) {
	t.Helper()
	ctx := context.Background()
	va, err := desk.Load(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	vb, err := desk.Load(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	sa, sb := va.Stories(desk.StoryFilter{}), vb.Stories(desk.StoryFilter{})
	if len(sa) != len(sb) {
		t.Fatalf("%d stories, want %d", len(sb), len(sa))
	}
	for i := range sa {
		x, y := sa[i], sb[i]
		if x.ID != y.ID || x.Title != y.Title || len(x.Articles) != len(y.Articles) || len(x.Comparisons) != len(y.Comparisons) {
			t.Errorf("story %d differs: %s %q vs %s %q", i, x.ID, x.Title, y.ID, y.Title)
		}
	}
}
