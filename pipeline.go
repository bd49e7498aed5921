package isnad

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Stage is one step of the pipeline.
//
// Process adds what the stage provides to doc. It must not change Body once
// KindText is provided, must record non-fatal problems with
// doc.AddProblem instead of failing, and returns an error only when the
// document cannot be processed at all (or ctx is done). Process is safe to
// call concurrently on different documents; running it twice on the same
// document gives the same result.
type Stage interface {
	// Name is the stage's short name, used in errors and problems.
	Name() string
	// Requires lists what must be on a document before Process runs.
	Requires() []Kind
	// Provides lists what Process adds.
	Provides() []Kind
	// Process analyses doc in place.
	Process(ctx context.Context, doc *Document) error
}

// ErrUnmetRequirement is returned by NewPipeline when a stage requires a kind
// no earlier stage provides.
var ErrUnmetRequirement = errors.New("unmet requirement")

// Pipeline runs stages in order.
type Pipeline struct {
	stages []Stage
}

// NewPipeline checks that every stage's requirements are provided by the
// ingest step (KindRaw) or an earlier stage, and returns the pipeline.
func NewPipeline(stages ...Stage) (*Pipeline, error) {
	have := map[Kind]bool{KindRaw: true}
	for _, s := range stages {
		var missing []string
		for _, k := range s.Requires() {
			if !have[k] {
				missing = append(missing, string(k))
			}
		}
		if len(missing) > 0 {
			return nil, fmt.Errorf("pipeline: stage %s needs %s: %w (add a stage that provides it before %s)",
				s.Name(), strings.Join(missing, ", "), ErrUnmetRequirement, s.Name())
		}
		for _, k := range s.Provides() {
			have[k] = true
		}
	}
	return &Pipeline{stages: stages}, nil
}

// Stages returns the stage names in order.
func (p *Pipeline) Stages() []string {
	names := make([]string, len(p.stages))
	for i, s := range p.stages {
		names[i] = s.Name()
	}
	return names
}

// Run runs every stage on doc in order, stopping at the first error, which is
// wrapped with the stage's name and the document's source.
func (p *Pipeline) Run(ctx context.Context, doc *Document) error {
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("%s: %w", doc.Source, err)
		}
		if err := s.Process(ctx, doc); err != nil {
			return fmt.Errorf("%s: %s: %w", s.Name(), doc.Source, err)
		}
	}
	return nil
}
