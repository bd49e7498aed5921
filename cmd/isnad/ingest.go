package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/store"
)

// batchSize is how many documents one store transaction holds.
const batchSize = 64

// ingestStats counts what an ingest did.
type ingestStats struct {
	Read    int `json:"read"`
	Added   int `json:"added"`
	Already int `json:"already_stored"`
	Failed  int `json:"failed"`
	Total   int `json:"total_in_store"`
}

func (m *Main) runIngest(ctx context.Context, args []string) error {
	fs := m.flags("ingest", "[flags] PATH|URL|- ...", `
Reads articles like "isnad analyze", analyses them and adds them to the
store. Ingest is idempotent: an article already stored (same outlet, title
and body) is not stored again.

Each input that cannot be read is reported on standard error, naming the
input (and line); the rest are still stored, and the exit code is 1. A
summary is printed at the end.`)
	db := m.dbFlag(fs)
	asJSON := fs.Bool("json", false, "print the summary as a JSON object on standard output")
	qurl := fs.String("queue", "", "publish one job per input file or URL to this NATS JetStream server (nats://HOST:PORT) for isnad worker, instead of storing here")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(m.Stderr, "isnad ingest: give at least one PATH, URL or - (standard input)")
		fs.Usage()
		return errUsage
	}
	if *qurl != "" {
		return m.publish(ctx, *qurl, fs.Args(), *asJSON)
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	stats, err := m.ingest(ctx, st, fs.Args())
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		if err := enc.Encode(stats); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(m.Stderr, "isnad ingest: read %d, added %d, already stored %d, failed %d; %d articles in %s\n",
			stats.Read, stats.Added, stats.Already, stats.Failed, stats.Total, *db)
	}
	if stats.Failed > 0 {
		return errPartial
	}
	return nil
}

// ingest reads inputs into st, reporting each failed input on m.Stderr.
// Batches are written by a goroutine of their own while the next batch is
// analysed; a failed write stops the ingest and is its error.
func (m *Main) ingest(ctx context.Context, st store.Store, inputs []string) (ingestStats, error) {
	var (
		stats ingestStats
		batch []*isnad.Document
	)
	pctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan []*isnad.Document, 1)
	written := make(chan error, 1)
	go func() {
		var werr error
		for b := range batches {
			if werr != nil {
				continue
			}
			added, err := st.Put(ctx, b...)
			if err != nil {
				werr = err
				cancel()
				continue
			}
			for _, a := range added {
				if a {
					stats.Added++
				} else {
					stats.Already++
				}
			}
		}
		written <- werr
	}()
	prog := newProgress(m.Stderr, "ingested")
	failed, err := m.process(pctx, inputs, func(r result) error {
		if r.err != nil {
			fmt.Fprintf(m.Stderr, "isnad ingest: %v\n", r.err)
			return nil
		}
		stats.Read++
		prog.add()
		batch = append(batch, r.doc)
		if len(batch) >= batchSize {
			batches <- batch
			batch = make([]*isnad.Document, 0, batchSize)
		}
		return nil
	})
	prog.done()
	if err == nil && len(batch) > 0 {
		batches <- batch
	}
	close(batches)
	if werr := <-written; werr != nil {
		err = werr // the write's error, not the cancellation it caused
	}
	stats.Failed = failed
	if err != nil {
		return stats, err
	}
	stats.Total, err = st.Count(ctx)
	return stats, err
}
