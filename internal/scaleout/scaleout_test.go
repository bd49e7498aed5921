package scaleout

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/isnad-news/isnad/ingest"
	"github.com/isnad-news/isnad/queue"
	"github.com/isnad-news/isnad/queue/queuetest"
	"github.com/isnad-news/isnad/store/postgres"
	"github.com/isnad-news/isnad/store/postgres/pgtest"
	"github.com/isnad-news/isnad/store/sqlite"
	"github.com/isnad-news/isnad/store/storetest"
)

// buildIsnad builds the isnad binary for subprocess workers.
func buildIsnad(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "isnad")
	out, err := exec.Command("go", "build", "-o", bin, "../../cmd/isnad").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// corpusJobs returns one job per sample-corpus file, reps times, each
// repetition with its own job id (so JetStream's dedup does not drop it:
// the store's idempotence must).
func corpusJobs(t *testing.T, reps int) []queue.Job {
	t.Helper()
	files, err := ingest.Files(corpus)
	if err != nil {
		t.Fatal(err)
	}
	var base []queue.Job
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		base = append(base, queue.Job{Name: f, Data: data})
	}
	var jobs []queue.Job
	for r := range reps {
		for i, j := range base {
			j.ID = fmt.Sprintf("corpus-%d-%d", r, i)
			jobs = append(jobs, j)
		}
	}
	return jobs
}

type workerProc struct {
	cmd *exec.Cmd
	log *os.File
}

func startWorker(t *testing.T, bin, qurl, db string, n int) *workerProc {
	t.Helper()
	log, err := os.Create(filepath.Join(t.TempDir(), fmt.Sprintf("worker-%d.log", n)))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "worker", "-queue", qurl, "-db", db, "-workers", "1", "-addr", "", "-ack-wait", "5s")
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w := &workerProc{cmd: cmd, log: log}
	t.Cleanup(func() { w.cmd.Process.Kill(); w.cmd.Wait(); log.Close() })
	return w
}

// scaleReps is how many times the sample corpus is published; 1,000 as
// the issue asks, ISNAD_SCALE_REPS to change it.
func scaleReps() int {
	if n, err := strconv.Atoi(os.Getenv("ISNAD_SCALE_REPS")); err == nil && n > 0 {
		return n
	}
	return 1000
}

// TestScaleOut publishes the sample corpus many times to JetStream, has
// subprocess workers store it in PostgreSQL (with 1, 2 and 3 workers, and
// once with a worker killed by SIGKILL mid-run and restarted), and checks
// the stored articles and the stories equal those of the embedded path.
func TestScaleOut(t *testing.T) {
	pgtest.Schema(t) // skips without PostgreSQL
	bin := buildIsnad(t)
	ctx := context.Background()
	reps := scaleReps()

	// The embedded path: isnad ingest into SQLite.
	embedded := filepath.Join(t.TempDir(), "embedded.db")
	if out, err := exec.Command(bin, "ingest", "-db", embedded, corpus).CombinedOutput(); err != nil {
		t.Fatalf("embedded ingest: %v\n%s", err, out)
	}
	want, err := sqlite.Open(ctx, embedded)
	if err != nil {
		t.Fatal(err)
	}
	defer want.Close()

	check := func(t *testing.T, db string) {
		t.Helper()
		got, err := postgres.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer got.Close()
		if err := got.Check(ctx); err != nil {
			t.Fatal(err)
		}
		storetest.Compare(t, want, got, []string{"العبارة", "سيول", "معبر أم الطيور", "الصفصاف"})
		storetest.SameStories(t, want, got)
	}

	for _, workers := range []int{1, 2, 3} {
		t.Run(fmt.Sprintf("%d workers", workers), func(t *testing.T) {
			db := pgtest.Schema(t)
			start := time.Now()
			qurl, q, jobs := queued(t, reps)
			for n := range workers {
				startWorker(t, bin, qurl, db, n)
			}
			queuetest.Drain(t, q, 15*time.Minute, nil)
			took := time.Since(start)
			t.Logf("%d workers: %d jobs (%d articles) in %s: %.0f articles/s", workers, len(jobs), reps*11, took.Round(time.Millisecond), float64(reps*11)/took.Seconds())
			if s, _ := q.Stats(ctx); s.Dead != 0 {
				t.Errorf("%d jobs dead-lettered", s.Dead)
			}
			check(t, db)
		})
	}

	t.Run("worker killed mid-run", func(t *testing.T) {
		db := pgtest.Schema(t)
		qurl, q, jobs := queued(t, reps)
		var ws []*workerProc
		for n := range 3 {
			ws = append(ws, startWorker(t, bin, qurl, db, n))
		}
		killed := false
		queuetest.Drain(t, q, 15*time.Minute, func(s queue.Stats) {
			if !killed && s.Pending < len(jobs)*2/3 {
				// SIGKILL: no shutdown, jobs in flight are not acknowledged.
				ws[0].cmd.Process.Signal(syscall.SIGKILL)
				ws[0].cmd.Wait()
				killed = true
				t.Logf("killed worker 0 with %d jobs pending, %d in flight", s.Pending, s.InFlight)
				ws[0] = startWorker(t, bin, qurl, db, 3)
			}
		})
		if !killed {
			t.Fatal("the run ended before a worker could be killed")
		}
		check(t, db)
	})
}

// queued starts a JetStream server for t and publishes the corpus jobs
// (corpusJobs) to it; the queue is closed at t's cleanup.
func queued(t *testing.T, reps int) (qurl string, q *queue.Queue, jobs []queue.Job) {
	t.Helper()
	ctx := context.Background()
	qurl = queuetest.Server(t)
	q, err := queue.Open(ctx, qurl, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	jobs = corpusJobs(t, reps)
	for i := 0; i < len(jobs); i += 500 {
		if err := q.Publish(ctx, jobs[i:min(i+500, len(jobs))]...); err != nil {
			t.Fatal(err)
		}
	}
	return qurl, q, jobs
}

// corpus is the sample corpus, from this package's directory.
const corpus = "../../testdata/corpus"
