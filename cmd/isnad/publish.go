package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/isnad-news/isnad/ingest"
	"github.com/isnad-news/isnad/queue"
)

// publishStats counts what ingest -queue did.
type publishStats struct {
	Published int `json:"published"`
	Failed    int `json:"failed"`
}

// publish puts one job per input file (directories walked as ingest walks
// them), URL or standard input on the work queue.
func (m *Main) publish(ctx context.Context, url string, inputs []string, asJSON bool) error {
	files, err := ingest.Files(inputs...)
	if err != nil {
		return err
	}
	q, err := queue.Open(ctx, url, queue.Options{Logger: m.Logger})
	if err != nil {
		return err
	}
	defer q.Close()
	var stats publishStats
	var batch []queue.Job
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := q.Publish(ctx, batch...)
		if errors.Is(err, queue.ErrTooLarge) || errors.Is(err, queue.ErrInvalidJob) {
			// One job of the batch is refused: publish them one by one so
			// only that one fails.
			for _, j := range batch {
				if err := q.Publish(ctx, j); err != nil {
					if !errors.Is(err, queue.ErrTooLarge) && !errors.Is(err, queue.ErrInvalidJob) {
						return err
					}
					fmt.Fprintf(m.Stderr, "isnad ingest: %v\n", err)
					stats.Failed++
					continue
				}
				stats.Published++
			}
			batch = batch[:0]
			return nil
		}
		if err != nil {
			return err
		}
		stats.Published += len(batch)
		batch = batch[:0]
		return nil
	}
	for _, in := range files {
		j, err := m.job(in)
		if err != nil {
			fmt.Fprintf(m.Stderr, "isnad ingest: %v\n", err)
			stats.Failed++
			continue
		}
		batch = append(batch, j)
		if len(batch) == 64 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	if asJSON {
		if err := json.NewEncoder(m.Stdout).Encode(stats); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(m.Stderr, "isnad ingest: published %d jobs to %s, %d inputs failed\n", stats.Published, url, stats.Failed)
	}
	if stats.Failed > 0 {
		return errPartial
	}
	return nil
}

// job makes the queue job for one input.
func (m *Main) job(in string) (queue.Job, error) {
	if ingest.IsURL(in) {
		return queue.Job{Name: in, URL: in}, nil
	}
	var (
		data []byte
		err  error
	)
	if in == "-" {
		data, err = io.ReadAll(io.LimitReader(m.Stdin, ingest.DefaultMaxBytes+1))
		in = "stdin"
	} else {
		data, err = os.ReadFile(in)
	}
	if err != nil {
		return queue.Job{}, fmt.Errorf("ingest %s: %w", in, err)
	}
	if len(data) > ingest.DefaultMaxBytes {
		return queue.Job{}, fmt.Errorf("ingest %s: larger than %d bytes", in, ingest.DefaultMaxBytes)
	}
	return queue.Job{Name: in, Data: data}, nil
}
