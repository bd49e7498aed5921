package isnad

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// nopStage provides KindText and does nothing.
type nopStage struct{}

func (nopStage) Name() string                             { return "nop" }
func (nopStage) Requires() []Kind                         { return []Kind{KindRaw} }
func (nopStage) Provides() []Kind                         { return []Kind{KindText} }
func (nopStage) Process(context.Context, *Document) error { return nil }

// TestRunContextError: an error from a done context names the document,
// like every other Run error, and still matches the context's error.
func TestRunContextError(t *testing.T) {
	p, err := NewPipeline(nopStage{})
	if err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	expired, cancel2 := context.WithTimeout(context.Background(), -1)
	defer cancel2()
	tests := []struct {
		name string
		ctx  context.Context
		want error
	}{
		{"cancelled", cancelled, context.Canceled},
		{"deadline", expired, context.DeadlineExceeded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := p.Run(tt.ctx, &Document{Source: "feed.xml#3"})
			if !errors.Is(err, tt.want) || err == nil || !strings.Contains(err.Error(), "feed.xml#3") {
				t.Errorf("Run: %v, want %v naming feed.xml#3", err, tt.want)
			}
		})
	}
}
