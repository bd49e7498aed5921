package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/isnad-news/isnad/queue"
	"github.com/isnad-news/isnad/queue/queuetest"
	"github.com/isnad-news/isnad/store/sqlite"
	"github.com/isnad-news/isnad/store/storetest"
)

// TestQueueWorker publishes the sample corpus with "isnad ingest -queue"
// and runs "isnad worker" into SQLite: the store equals a direct ingest.
func TestQueueWorker(t *testing.T) {
	qurl := queuetest.Server(t)
	ctx := context.Background()
	for range 2 { // published twice: stored once
		code, _, errs := run(t, "", "ingest", "-queue", qurl, "../../testdata/corpus")
		if code != 0 || !strings.Contains(errs, "published 9 jobs") {
			t.Fatalf("ingest -queue: exit %d, %s", code, errs)
		}
	}
	// An input that cannot be read ends, with its error, among the dead
	// letters after its last attempt.
	pq, err := queue.Open(ctx, qurl, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := pq.Publish(ctx, queue.Job{Name: "blank.txt", Data: []byte("   \n  ")}); err != nil {
		t.Fatal(err)
	}
	pq.Close()
	db := filepath.Join(t.TempDir(), "w.db")
	var out bytes.Buffer
	m := NewMain()
	m.Stdout, m.Stderr = &out, &out
	m.Getenv = func(string) string { return "" }
	wctx, cancel := context.WithCancel(ctx)
	exit := make(chan int, 1)
	go func() {
		exit <- m.Run(wctx, []string{"worker", "-queue", qurl, "-db", db, "-workers", "2", "-addr", "", "-max-deliver", "2"})
	}()

	q, err := queue.Open(ctx, qurl, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	queuetest.Drain(t, q, 2*time.Minute, nil)
	dead, err := q.Dead(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 1 || dead[0].Name != "blank.txt" || !strings.Contains(dead[0].Error, "blank.txt") || dead[0].Deliveries != 2 {
		t.Errorf("dead letters: %+v", dead)
	}
	cancel()
	select {
	case code := <-exit:
		if code != 0 {
			t.Fatalf("worker exit %d: %s", code, out.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("worker did not stop")
	}

	direct := filepath.Join(t.TempDir(), "d.db")
	if code, _, errs := run(t, "", "ingest", "-db", direct, "../../testdata/corpus"); code != 0 {
		t.Fatal(errs)
	}
	a, err := sqlite.Open(ctx, direct)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	storetest.Compare(t, a, b, []string{"العبارة", "سيول"})
	storetest.SameStories(t, a, b)
}

func TestWorkerUsage(t *testing.T) {
	if code, _, errs := run(t, "", "worker"); code != 2 || !strings.Contains(errs, "-queue") {
		t.Errorf("no queue: exit %d, %s", code, errs)
	}
	db := filepath.Join(t.TempDir(), "w.db")
	if code, _, errs := run(t, "", "worker", "-queue", "nats://127.0.0.1:1", "-db", db); code != 1 || !strings.Contains(errs, "127.0.0.1:1") {
		t.Errorf("unreachable queue: exit %d, %s", code, errs)
	}
	if code, _, errs := run(t, "", "ingest", "-queue", "nats://127.0.0.1:1", "../../testdata/corpus"); code != 1 || !strings.Contains(errs, "127.0.0.1:1") {
		t.Errorf("ingest to an unreachable queue: exit %d, %s", code, errs)
	}
}
