package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exportDB ingests the sample corpus into a new store and returns its path.
func exportDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "isnad.db")
	if code, _, errs := run(t, "", "ingest", "-db", db, "../../testdata/corpus"); code != exitOK {
		t.Fatalf("ingest exit %d: %s", code, errs)
	}
	return db
}

func TestExport(t *testing.T) {
	db := exportDB(t)
	_, sj, _ := run(t, "", "stories", "-db", db, "-json")
	var stories storiesOut
	if err := json.Unmarshal([]byte(sj), &stories); err != nil {
		t.Fatal(err)
	}
	answers, conflicts := 0, 0
	for _, s := range stories.Stories {
		for _, c := range s.Comparisons {
			answers += len(c.Answers)
			if c.Conflict {
				conflicts++
			}
		}
	}
	tests := []struct {
		name  string
		args  []string
		check func(t *testing.T, out string)
	}{
		{"jsonl", []string{"-format", "jsonl"}, func(t *testing.T, out string) {
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != 11 {
				t.Errorf("%d lines, want 11 articles", len(lines))
			}
			for _, l := range lines {
				var d struct {
					ID         string `json:"id"`
					Body       string `json:"body"`
					Story      string `json:"story"`
					Quantities []struct {
						Start, End int
						Text       string
					} `json:"quantities"`
				}
				if err := json.Unmarshal([]byte(l), &d); err != nil {
					t.Fatal(err)
				}
				if d.ID == "" || !strings.HasPrefix(d.Story, "s") {
					t.Errorf("id %q, story %q", d.ID, d.Story)
				}
				for _, q := range d.Quantities {
					if q.End > len(d.Body) || d.Body[q.Start:q.End] != q.Text {
						t.Errorf("quantity %+q not at %d–%d", q.Text, q.Start, q.End)
					}
				}
			}
		}},
		{"claims-csv", []string{"-format", "claims-csv"}, func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "\uFEFF") {
				t.Fatal("no BOM")
			}
			recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if recs[0][0] != "story_id" || len(recs)-1 != answers {
				t.Errorf("header %q, %d rows; want %d (the answers of isnad stories)", recs[0], len(recs)-1, answers)
			}
			if !strings.Contains(out, "312 راكبا") {
				t.Error("the Arabic figure 312 راكبا is missing")
			}
		}},
		{"geojson", []string{"-format", "geojson"}, func(t *testing.T, out string) {
			var fc struct {
				Type     string `json:"type"`
				Features []struct {
					Geometry struct {
						Coordinates []float64 `json:"coordinates"`
					} `json:"geometry"`
					Properties struct {
						Name string `json:"name"`
					} `json:"properties"`
				} `json:"features"`
			}
			if err := json.Unmarshal([]byte(out), &fc); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, f := range fc.Features {
				if c := f.Geometry.Coordinates; f.Properties.Name == "بغداد" {
					found = c[0] > 44 && c[0] < 45 && c[1] > 33 && c[1] < 34
				}
			}
			if fc.Type != "FeatureCollection" || !found {
				t.Errorf("type %q; بغداد at [lon, lat] found: %v", fc.Type, found)
			}
		}},
		{"claimreview", []string{"-format", "claimreview", "-base-url", "https://isnad.example", "-date", "2024-03-04"}, func(t *testing.T, out string) {
			var rs []struct {
				Context string `json:"@context"`
				Type    string `json:"@type"`
				URL     string `json:"url"`
				Date    string `json:"datePublished"`
				Claim   string `json:"claimReviewed"`
				Rating  struct {
					AlternateName string `json:"alternateName"`
				} `json:"reviewRating"`
			}
			if err := json.Unmarshal([]byte(out), &rs); err != nil {
				t.Fatal(err)
			}
			if len(rs) != conflicts {
				t.Errorf("%d reviews, want %d (the conflicting claims)", len(rs), conflicts)
			}
			for _, r := range rs {
				if r.Context != "https://schema.org" || r.Type != "ClaimReview" || r.Claim == "" || r.Rating.AlternateName != "متعارض" ||
					!strings.HasPrefix(r.URL, "https://isnad.example/stories/s") || r.Date != "2024-03-04" {
					t.Errorf("review %+v", r)
				}
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := run(t, "", append([]string{"export", "-db", db}, tc.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			tc.check(t, out)
			// -o writes the same to a file, and nothing to stdout.
			file := filepath.Join(t.TempDir(), "out."+tc.name)
			code, out2, errs := run(t, "", append([]string{"export", "-db", db, "-o", file}, tc.args...)...)
			if code != exitOK || out2 != "" {
				t.Fatalf("-o: exit %d, stdout %q: %s", code, out2, errs)
			}
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b, []byte(out)) {
				t.Errorf("-o wrote %d bytes, stdout had %d", len(b), len(out))
			}
			left, _ := filepath.Glob(filepath.Join(filepath.Dir(file), ".*.tmp"))
			if len(left) > 0 {
				t.Errorf("temporary files left: %q", left)
			}
		})
	}
}

func TestExportUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "isnad.db")
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"bad format", []string{"-format", "kml"}, `"kml"`},
		{"bad date", []string{"-format", "claimreview", "-date", "أمس"}, "-date"},
		{"arguments", []string{"extra"}, "unexpected arguments"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := run(t, "", append([]string{"export", "-db", db}, tc.args...)...)
			if code != exitUsage || out != "" || !strings.Contains(errs, tc.want) {
				t.Errorf("exit %d (want %d), stdout %q, stderr %q (want %q)", code, exitUsage, out, errs, tc.want)
			}
		})
	}
}

// TestExportFailedWrite checks that a failed -o export leaves no file.
func TestExportFailedWrite(t *testing.T) {
	db := exportDB(t)
	file := filepath.Join(t.TempDir(), "missing-dir", "out.jsonl")
	if code, _, errs := run(t, "", "export", "-db", db, "-format", "jsonl", "-o", file); code != exitFailure || !strings.Contains(errs, "out.jsonl") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Errorf("stat %s: %v, want no file", file, err)
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "claims.csv")
	if err := os.WriteFile(path, []byte("قديم"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		write func(w io.Writer) error
		want  string // the file afterwards
		err   bool
	}{
		{"fails half way", func(w io.Writer) error {
			io.WriteString(w, "نصف")
			return errors.New("disk full")
		}, "قديم", true},
		{"succeeds", func(w io.Writer) error {
			_, err := io.WriteString(w, "جديد")
			return err
		}, "جديد", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := writeFileAtomic(path, tc.write)
			if (err != nil) != tc.err {
				t.Fatalf("error %v, want error %v", err, tc.err)
			}
			b, _ := os.ReadFile(path)
			if string(b) != tc.want {
				t.Errorf("file holds %+q, want %+q", b, tc.want)
			}
			if ents, _ := os.ReadDir(dir); len(ents) != 1 {
				t.Errorf("%d files in the directory, want 1", len(ents))
			}
		})
	}
}
