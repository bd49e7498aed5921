package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run runs the CLI in-process and returns its exit code, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain()
	m.Stdin, m.Stdout, m.Stderr = strings.NewReader(stdin), &out, &errb
	m.Getenv = func(string) string { return "" }
	code := m.Run(context.Background(), args)
	return code, out.String(), errb.String()
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const article1 = `وصول العبارة إلى الضفة الشرقية

المصدر: صحيفة الضفة

وصلت العبارة التي تقل عائلات نازحة إلى الضفة الشرقية للنهر مساء أمس، بعد أن بقيت عالقة ثلاثة أيام.

وقال مسؤول محلي إن للعبارة طاقما من سبعة بحارة، وإن القافلة البرية ستلحق بها.
`

const article2 = `القافلة تعبر الجسر نحو البوکمال

عبرت قافلته الجسر القديم صباحا باتجاه البوکمال، وسط تحليق طائرات مراقبة.

وأكد شهود أن القافلة ضمت خمس حافلات على الأقل.
`

func TestHelp(t *testing.T) {
	code, out, _ := run(t, "", "help")
	if code != exitOK {
		t.Fatalf("help exit = %d", code)
	}
	for _, c := range commands() {
		if !strings.Contains(out, c.name) {
			t.Errorf("help does not list %s", c.name)
		}
		if c.name == "help" {
			continue
		}
		code, out, _ := run(t, "", c.name, "-h")
		if code != exitOK || !strings.Contains(out, "Usage: isnad "+c.name) {
			t.Errorf("%s -h: exit %d, output %q", c.name, code, out)
		}
	}
	if code, _, _ := run(t, "", "frobnicate"); code != exitUsage {
		t.Errorf("unknown command exit = %d, want %d", code, exitUsage)
	}
}

func TestAnalyzeStdin(t *testing.T) {
	code, out, errs := run(t, article1, "analyze", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out)
	}
	for _, k := range []string{"file", "outlet", "publisher", "title", "author", "published", "body", "problems"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("field %q missing", k)
		}
	}
	if doc["title"] != "وصول العبارة إلى الضفة الشرقية" {
		t.Errorf("title = %v", doc["title"])
	}
	if doc["published"] != nil {
		t.Errorf("published = %v, want null (the text states no date)", doc["published"])
	}
}

func TestIngestSearch(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "store", "isnad.db")
	in := filepath.Join(dir, "in")
	write(t, in, "a.txt", article1)
	write(t, in, "sub/b.txt", article2)

	code, _, errs := run(t, "", "ingest", "-db", db, in)
	if code != exitOK {
		t.Fatalf("ingest exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "added 2") {
		t.Errorf("summary = %q", errs)
	}
	// Ingesting the same directory again stores nothing new.
	code, out, errs := run(t, "", "ingest", "-db", db, "-json", in)
	if code != exitOK {
		t.Fatalf("second ingest exit %d: %s", code, errs)
	}
	var stats ingestStats
	if err := json.Unmarshal([]byte(out), &stats); err != nil {
		t.Fatal(err)
	}
	if stats.Added != 0 || stats.Already != 2 || stats.Total != 2 {
		t.Errorf("second ingest stats = %+v, want 0 added, 2 already, 2 in store", stats)
	}

	tests := []struct {
		name  string
		query []string
		files []string
	}{
		{"persian kaf", []string{"البوكمال"}, []string{"b.txt"}},
		{"word family", []string{"قافلة"}, []string{"a.txt", "b.txt"}},
		{"diacritics", []string{"العَبّارَة"}, []string{"a.txt"}},
		{"outlet filter", []string{"-outlet", "الضفة", "قافلة"}, []string{"a.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"search", "-db", db, "-json"}, tt.query...)
			code, out, errs := run(t, "", args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var files []string
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				if line == "" {
					continue
				}
				var h struct {
					File, Title, Snippet string
					Score                float64
				}
				if err := json.Unmarshal([]byte(line), &h); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(h.Snippet, "[") || h.Score <= 0 || h.Title == "" {
					t.Errorf("hit %+v lacks snippet marks, score or title", h)
				}
				files = append(files, filepath.Base(h.File))
			}
			if strings.Join(sorted(files), ",") != strings.Join(tt.files, ",") {
				t.Errorf("files = %v, want %v", files, tt.files)
			}
		})
	}
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestIngestBadInputs(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "isnad.db")
	good := write(t, dir, "good.txt", article1)
	if code, _, errs := run(t, "", "ingest", "-db", db, good); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	bad := map[string]string{
		"binary.txt":  "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
		"invalid.txt": "نص \xff\xfe\xfd\x80\x81 مكسور \xc3\x28",
		"empty.txt":   "",
		"broken.xml":  `<?xml version="1.0"?><rss version="2.0"><channel><title>خلاصة</title><item><title>خبر`,
	}
	var paths []string
	for name, content := range bad {
		paths = append(paths, write(t, dir, name, content))
	}
	jsonl := write(t, dir, "items.jsonl", `{"title":"خبر أول","text":"عبرت القافلة الجسر القديم صباحا.","outlet":"وكالة الساحل","date":"2023-09-06"}
this is not json
{"title":"خبر ثالث","text":"وصلت العبارة إلى الضفة بعد ظهر اليوم.","outlet":"وكالة الساحل"}
`)
	paths = append(paths, jsonl, write(t, dir, "good2.txt", article2))
	code, _, errs := run(t, "", append([]string{"ingest", "-db", db}, paths...)...)
	if code != exitFailure {
		t.Errorf("exit = %d, want %d", code, exitFailure)
	}
	for name := range bad {
		if !strings.Contains(errs, name) {
			t.Errorf("no error names %s:\n%s", name, errs)
		}
	}
	if !strings.Contains(errs, "items.jsonl:2") {
		t.Errorf("no error names items.jsonl line 2:\n%s", errs)
	}
	// One error line per bad input.
	for name := range bad {
		if n := strings.Count(errs, name); n != 1 {
			t.Errorf("%s named %d times, want once:\n%s", name, n, errs)
		}
	}
	// The good inputs are stored, the first ingest's article kept.
	code, out, _ := run(t, "", "list", "-db", db, "-json")
	if code != exitOK {
		t.Fatal("list failed")
	}
	if n := strings.Count(out, "\n"); n != 4 {
		t.Errorf("stored %d articles, want 4 (good, good2 and two JSONL lines):\n%s\n%s", n, out, errs)
	}
}

func TestAnalyzeFormatText(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.txt", article1)
	code, out, errs := run(t, "", "analyze", "-format", "text", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"═══ وصول العبارة إلى الضفة الشرقية", "outlet صحيفة الضفة", "Figures:", "سبعة بحارة"} {
		if !strings.Contains(out, want) {
			t.Errorf("text view lacks %q:\n%s", want, out)
		}
	}
	if code, _, _ := run(t, "", "analyze", "-format", "yaml", p); code != 2 {
		t.Errorf("-format yaml: exit %d, want 2", code)
	}
}

// TestAnalyzeStories groups the sample corpus into its two events.
func TestAnalyzeStories(t *testing.T) {
	code, out, errs := run(t, "", "analyze", "-stories", "../../testdata/corpus")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Stories []struct {
			ID       string `json:"id"`
			Title    string `json:"title"`
			Articles []struct {
				File     string `json:"file"`
				ID       string `json:"id"`
				RepostOf string `json:"repost_of"`
			} `json:"articles"`
			Comparisons []json.RawMessage `json:"comparisons"`
		} `json:"stories"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(got.Stories) != 2 {
		t.Fatalf("%d stories, want 2 (the ferry and the flood)", len(got.Stories))
	}
	reposts := 0
	for _, s := range got.Stories {
		var ferry, flood int
		for _, a := range s.Articles {
			switch {
			case strings.Contains(a.File, "ferry") || strings.HasSuffix(a.File, "ufuq-feed.xml#1"):
				ferry++
			case strings.Contains(a.File, "flood") || strings.HasSuffix(a.File, "ufuq-feed.xml#2"):
				flood++
			}
			if a.RepostOf != "" {
				reposts++
			}
		}
		if ferry > 0 && flood > 0 {
			t.Errorf("story %s mixes the two events: %+v", s.ID, s.Articles)
		}
		if len(s.Comparisons) == 0 {
			t.Errorf("story %s has no compared claims", s.ID)
		}
	}
	if reposts != 1 {
		t.Errorf("%d reposts found, want 1 (ferry-nabd-repost.txt)", reposts)
	}
}

// TestStoriesCommands re-clusters a store and prints a story's report.
func TestStoriesCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	if code, _, errs := run(t, "", "ingest", "-db", db, "../../testdata/corpus"); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	code, out, errs := run(t, "", "stories", "-db", db)
	if code != 0 || !strings.Contains(out, "  ") || !strings.Contains(out, "claims compared") {
		t.Fatalf("stories: exit %d, %s\n%s", code, errs, out)
	}
	code, out, errs = run(t, "", "stories", "-db", db, "-json")
	var got storiesOut
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || len(got.Stories) < 2 {
		t.Fatalf("stories -json: exit %d, %s\n%s", code, errs, out)
	}
	for _, s := range got.Stories {
		var ferry, flood bool
		for _, a := range s.Articles {
			ferry = ferry || strings.Contains(a.File, "ferry")
			flood = flood || strings.Contains(a.File, "flood")
		}
		if ferry && flood {
			t.Errorf("story %s mixes the ferry and the flood", s.ID)
		}
	}
	code, out, errs = run(t, "", "story", "-db", db, got.Stories[0].ID)
	if code != 0 || !strings.Contains(out, "Claims") || !strings.Contains(out, "Articles:") {
		t.Errorf("story s1: exit %d, %s\n%s", code, errs, out)
	}
	if code, _, errs := run(t, "", "story", "-db", db, "s999"); code != 1 || !strings.Contains(errs, "no such story") {
		t.Errorf("story s999: exit %d, %s", code, errs)
	}
	if code, _, _ := run(t, "", "story", "-db", db); code != 2 {
		t.Errorf("story without an id: exit %d, want 2", code)
	}
}
