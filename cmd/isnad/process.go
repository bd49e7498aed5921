package main

import (
	"context"
	"fmt"
	"io"
	"sync"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/ingest"
	"github.com/isnad-news/isnad/internal/stages"
)

// newPipeline builds the analysis pipeline every command uses.
func newPipeline() (*isnad.Pipeline, error) { return stages.Pipeline() }

// result is one input's outcome: a processed document or an error naming
// the input.
type result struct {
	doc *isnad.Document
	err error
}

// process reads inputs and runs the pipeline on each document with
// m.Workers workers, calling emit with each result in input order. It stops
// early when emit returns an error or ctx is done, and returns the number of
// inputs that failed.
func (m *Main) process(ctx context.Context, inputs []string, emit func(result) error) (failed int, err error) {
	p, err := newPipeline()
	if err != nil {
		return 0, err
	}
	ctx, cancel := context.WithCancel(ctx)

	reader := ingest.NewReader(ingest.Options{Stdin: m.Stdin})
	workers := max(1, m.Workers)
	// Each read result gets a slot; workers fill the slots, the loop below
	// drains them in order, so output order is input order.
	slots := make(chan chan result, workers*4)
	jobs := make(chan job)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if err := p.Run(ctx, j.doc); err != nil {
					j.out <- result{err: err}
					continue
				}
				j.out <- result{doc: j.doc}
			}
		}()
	}
	go func() {
		defer close(slots)
		defer close(jobs)
		for doc, err := range reader.All(ctx, inputs...) {
			out := make(chan result, 1)
			select {
			case slots <- out:
			case <-ctx.Done():
				return
			}
			if err != nil {
				out <- result{err: err}
				continue
			}
			select {
			case jobs <- job{doc: doc, out: out}:
			case <-ctx.Done():
				return
			}
		}
	}()
	defer func() { cancel(); wg.Wait() }()
	for out := range slots {
		var r result
		select {
		case r = <-out:
		case <-ctx.Done():
			return failed, ctx.Err()
		}
		if r.err != nil {
			failed++
		}
		if err := emit(r); err != nil {
			return failed, err
		}
	}
	return failed, ctx.Err()
}

type job struct {
	doc *isnad.Document
	out chan result
}

// progress writes a one-line counter to w when w is a terminal.
type progress struct {
	w    io.Writer
	on   bool
	verb string
	n    int
}

func newProgress(w io.Writer, verb string) *progress {
	return &progress{w: w, on: isTerminal(w), verb: verb}
}

func (p *progress) add() {
	p.n++
	if p.on && p.n%50 == 0 {
		fmt.Fprintf(p.w, "\r%s %d documents…", p.verb, p.n)
	}
}

func (p *progress) done() {
	if p.on && p.n >= 50 {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
