package main

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/ingest"
	"github.com/isnad-news/isnad/internal/stages"
	"github.com/isnad-news/isnad/metrics"
	"github.com/isnad-news/isnad/queue"
	"github.com/isnad-news/isnad/store"
)

func (m *Main) runWorker(ctx context.Context, args []string) error {
	fs := m.flags("worker", "[flags]", `
Takes ingest jobs from the NATS JetStream work queue (put there by
"isnad ingest -queue"), reads, analyses and stores each, and acknowledges it
once stored. Any number of workers, on any machines, can share one queue and
one store (PostgreSQL, -db postgres://…): delivery is at least once and
storing is idempotent, so a job delivered twice is stored once. A job that
keeps failing goes, with its error, to the dead-letter subject.

Health (/healthz) and Prometheus metrics (/metrics: articles ingested,
failures by kind, queue lag, stage latencies) are served on -addr. SIGTERM
or Ctrl-C stops taking jobs, lets those in flight finish, and returns the
rest to the queue.`)
	db := m.dbFlag(fs)
	qurl := fs.String("queue", "", "NATS server URL, e.g. nats://127.0.0.1:4222 (default $ISNAD_QUEUE)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "jobs processed in parallel")
	addr := fs.String("addr", "127.0.0.1:9090", "HOST:PORT for /healthz and /metrics (empty: none)")
	ackWait := fs.Duration("ack-wait", 30*time.Second, "how long a job taken by a worker that died waits before it is redelivered (running jobs renew it)")
	maxDeliver := fs.Int("max-deliver", queue.DefaultMaxDeliver, "attempts before a failing job goes to the dead-letter subject")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(m.Stderr, "isnad worker: unexpected arguments %q\n", fs.Args())
		return errUsage
	}
	if *qurl == "" {
		*qurl = m.Getenv("ISNAD_QUEUE")
	}
	if *qurl == "" {
		fmt.Fprintln(m.Stderr, "isnad worker: give the queue with -queue nats://HOST:PORT (or $ISNAD_QUEUE)")
		return errUsage
	}
	if *workers < 1 {
		fmt.Fprintf(m.Stderr, "isnad worker: -workers %d: want 1 or more\n", *workers)
		return errUsage
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	q, err := queue.Open(ctx, *qurl, queue.Options{Logger: m.Logger, AckWait: *ackWait, MaxDeliver: *maxDeliver})
	if err != nil {
		return err
	}
	defer q.Close()
	met := metrics.New()
	p, err := stages.Timed(met.Stage)
	if err != nil {
		return err
	}
	w := &worker{st: st, p: p, met: met, log: m.Logger, reader: ingest.NewReader(ingest.Options{})}

	if *addr != "" {
		ln, err := net.Listen("tcp", *addr)
		if err != nil {
			return fmt.Errorf("listen on %s: %w", *addr, err)
		}
		srv := &http.Server{Handler: w.mux(q), ReadHeaderTimeout: 5 * time.Second}
		go srv.Serve(ln)
		defer srv.Close()
		fmt.Fprintf(m.Stdout, "isnad worker: health and metrics at http://%s/healthz and /metrics\n", ln.Addr())
	}
	go func() {
		t := time.NewTicker(2 * time.Second)
		defer t.Stop()
		for {
			if s, err := q.Stats(ctx); err == nil {
				met.Queue(s.Pending, s.InFlight)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	fmt.Fprintf(m.Stdout, "isnad worker: %d workers on %s, storing in %s\n", *workers, *qurl, redact(*db))
	if err := q.Consume(ctx, *workers, w.handle); err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, "isnad worker: stopped")
	return nil
}

// worker processes queue jobs into a store.
type worker struct {
	st     store.Store
	p      *isnad.Pipeline
	met    *metrics.Metrics
	log    *slog.Logger
	reader *ingest.Reader
}

// handle reads one job's documents, analyses them and stores them in one
// transaction. A job whose input cannot be read at all, or whose documents
// cannot be stored, fails (and is retried, then dead-lettered); a bad line
// or item of an input is logged and counted, and the rest is stored.
func (w *worker) handle(ctx context.Context, j queue.Job) error {
	var seq iter.Seq2[*isnad.Document, error]
	if j.URL != "" {
		seq = w.reader.All(ctx, j.URL)
	} else {
		seq = w.reader.Bytes(ctx, j.Name, j.ContentType, j.Data)
	}
	var (
		docs    []*isnad.Document
		readErr error
	)
	for d, err := range seq {
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			var ie *ingest.InputError
			if errors.As(err, &ie) && (ie.Line > 0 || ie.Item > 0) {
				w.met.Failed(metrics.Read, 1)
				w.log.Warn("input item not read", "job", j.ID, "err", err)
				continue
			}
			readErr = err
			continue
		}
		if err := w.p.Run(ctx, d); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			w.met.Failed(metrics.Analyse, 1)
			w.log.Warn("article not analysed", "job", j.ID, "source", d.Source, "err", err)
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		if readErr != nil {
			w.met.Failed(metrics.Read, 1)
			return readErr
		}
		return nil // nothing in it, and nothing wrong that a retry would mend
	}
	added, err := w.st.Put(ctx, docs...)
	if err != nil {
		w.met.Failed(metrics.Store, 1)
		return err
	}
	n := 0
	for _, a := range added {
		if a {
			n++
		}
	}
	w.met.Stored(n, len(added)-n)
	return nil
}

// mux serves /healthz and /metrics.
func (w *worker) mux(q *queue.Queue) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", w.met.Handler())
	mux.HandleFunc("GET /healthz", func(rw http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		if _, err := w.st.Count(ctx); err != nil {
			http.Error(rw, "store: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		if _, err := q.Stats(ctx); err != nil {
			http.Error(rw, "queue: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(rw, "ok")
	})
	return mux
}

// redact hides a database URL's password.
func redact(db string) string {
	if !isPostgres(db) {
		return db
	}
	if u, err := url.Parse(db); err == nil {
		return u.Redacted()
	}
	return "postgres://…"
}
