package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedsDir is ../shared/seeds beside the repository; tests using it skip
// when it is absent.
const seedsDir = "../../../shared/seeds"

func TestSeedsSearch(t *testing.T) {
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skipf("%s not found: %v", seedsDir, err)
	}
	db := filepath.Join(t.TempDir(), "isnad.db")
	if code, _, errs := run(t, "", "ingest", "-db", db, seedsDir); code != exitOK {
		t.Fatalf("ingest seeds: exit %d: %s", code, errs)
	}
	if code, _, errs := run(t, "", "ingest", "-db", db, seedsDir); code != exitOK || !strings.Contains(errs, "added 0, already stored 5") {
		t.Errorf("second ingest of the seeds: exit %d: %s", code, errs)
	}
	hitFiles := func(query ...string) map[string]string {
		code, out, errs := run(t, "", append([]string{"search", "-db", db, "-json", "-n", "20"}, query...)...)
		if code != exitOK {
			t.Fatalf("search %v: exit %d: %s", query, code, errs)
		}
		files := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if line == "" {
				continue
			}
			var h struct{ File, Snippet string }
			if err := json.Unmarshal([]byte(line), &h); err != nil {
				t.Fatal(err)
			}
			files[filepath.Base(h.File)[:3]] = h.Snippet
		}
		return files
	}
	// 004 writes البوکمال with a Persian kaf.
	if got := hitFiles("البوكمال"); !strings.Contains(got["004"], "[البوکمال]") {
		t.Errorf("search البوكمال: hits %v, want 004 with البوکمال marked", got)
	}
	// قافلة finds القافلة, للقافلة (001) and قافلته... in whatever seeds use them.
	got := hitFiles("قافلة")
	for _, f := range []string{"000", "001", "002"} {
		if _, ok := got[f]; !ok {
			t.Errorf("search قافلة: %s missing from hits %v", f, got)
		}
	}
	if !strings.Contains(got["001"], "[") {
		t.Errorf("search قافلة: 001 snippet has no marked word: %q", got["001"])
	}
	// A query with diacritics matches text without them.
	if got := hitFiles("القَافِلَةُ"); len(got) < 3 {
		t.Errorf("search with diacritics: %d hits, want ≥ 3", len(got))
	}
}
