// Package seedtest reads the shared seed articles (../shared/seeds beside
// the repository: five real articles that may not be copied into the
// project) for the tests of the stages that are judged on them.
//
// Tests call Need first, which skips them where the seeds are absent, then
// Doc for the raw document of one seed or Run to pass it through stages.
package seedtest

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/isnad-news/isnad"
)

// Dir returns the seeds folder: ../shared/seeds beside the repository.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "seeds")
}

// Need skips the test when the seeds are absent.
func Need(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(Dir()); err != nil {
		t.Skipf("no shared seeds: %v", err)
	}
}

// Doc returns the raw document of the seed whose file name starts with
// prefix ("002_"), as the ingest step would give it; it skips the test when
// the seed is absent.
func Doc(t testing.TB, prefix string) *isnad.Document {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(Dir(), prefix+"*.txt"))
	if len(files) != 1 {
		t.Skipf("seed %s*.txt not found", prefix)
	}
	raw, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return &isnad.Document{Source: files[0], Format: isnad.FormatText, Raw: raw}
}

// Run returns the seed's document after the stages, in order.
func Run(t testing.TB, prefix string, stages ...isnad.Stage) *isnad.Document {
	t.Helper()
	doc := Doc(t, prefix)
	for _, s := range stages {
		if err := s.Process(context.Background(), doc); err != nil {
			t.Fatalf("seed %s: %s: %v", prefix, s.Name(), err)
		}
	}
	return doc
}
