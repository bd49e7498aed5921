package web

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// browserFacts is what e2e/e2e.mjs reports.
type browserFacts struct {
	Dialogs         int      `json:"dialogs"`
	RequestsOutside []string `json:"requestsOutside"`
	ConsoleErrors   []string `json:"consoleErrors"`
	Screenshots     []string `json:"screenshots"`
	Front           struct {
		Dir, Direction, Lang string
		Font                 bool
		FontsLoaded          int
		Stories              int
	}
	Story struct {
		URL, Direction string
		Claims         int
		Conflicts      int
		ConflictValues []string
		ConflictColor  string
		Timeline, Map  struct{ Width, Height float64 }
		TimelineDots   int
		TimelineLabels int
		MapPaths       int
		MapPlaces      int
		Speakers       int
	}
	Article struct {
		Clicked, Hash, Detail string
		Shown                 bool
		Marks                 int
	}
	Hostile struct {
		Heading, Title, BodyDirection string
		Scripts, Images               int
	}
}

// chromium finds Debian's Chromium and the script's node_modules, or skips
// (fails when ISNAD_BROWSER=required, as .ci/run sets it).
func chromium(t *testing.T) string {
	t.Helper()
	skip := func(why string) {
		if os.Getenv("ISNAD_BROWSER") == "required" {
			t.Fatalf("ISNAD_BROWSER=required, but %s", why)
		}
		t.Skip(why)
	}
	path := os.Getenv("ISNAD_CHROMIUM")
	if path == "" {
		path, _ = exec.LookPath("chromium")
	}
	if path == "" {
		skip("no Chromium (Debian package chromium) installed")
	}
	if _, err := exec.LookPath("node"); err != nil {
		skip("no node to run playwright-core")
	}
	if _, err := os.Stat("e2e/node_modules/playwright-core"); err != nil {
		skip("playwright-core not installed: cd web/e2e && npm ci")
	}
	return path
}

// TestBrowser opens the demo store in headless Chromium: the front page,
// then a story followed from it (claims table with the conflicting values,
// timeline and map drawn), an article whose figure is clicked, and an
// article full of markup and bidi overrides. Screenshots are saved in
// $ISNAD_ARTIFACTS (default: a directory under the system's temporary
// one).
func TestBrowser(t *testing.T) {
	browser := chromium(t)
	f := demoStore(t)
	ts := httptest.NewServer(f.srv)
	defer ts.Close()
	out := os.Getenv("ISNAD_ARTIFACTS")
	if out == "" {
		out = filepath.Join(os.TempDir(), "isnad-e2e")
	}
	out, _ = filepath.Abs(out)
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", "e2e.mjs")
	cmd.Dir = "e2e"
	cmd.Env = append(os.Environ(), "ISNAD_URL="+ts.URL, "ISNAD_STORY="+f.story, "ISNAD_ARTICLE="+f.art,
		"ISNAD_HOSTILE="+f.bad, "ISNAD_ARTIFACTS="+out, "ISNAD_CHROMIUM="+browser)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("e2e.mjs: %v\n%s", err, stderr.String())
	}
	var got browserFacts
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("e2e.mjs output: %v\n%s", err, stdout.String())
	}
	t.Logf("screenshots: %s", strings.Join(got.Screenshots, " "))

	fr := got.Front
	if fr.Dir != "rtl" || fr.Direction != "rtl" || fr.Lang != "ar" {
		t.Errorf("front page: dir %q, direction %q, lang %q", fr.Dir, fr.Direction, fr.Lang)
	}
	if !fr.Font || fr.FontsLoaded == 0 {
		t.Errorf("embedded font: check %v, %d faces loaded", fr.Font, fr.FontsLoaded)
	}
	if fr.Stories < 2 {
		t.Errorf("front page lists %d stories", fr.Stories)
	}
	st := got.Story
	if st.URL != "/stories/"+f.story || st.Direction != "rtl" {
		t.Errorf("story page %q, direction %q", st.URL, st.Direction)
	}
	if st.Conflicts == 0 || st.Claims < st.Conflicts {
		t.Errorf("claims table: %d claims, %d in conflict", st.Claims, st.Conflicts)
	}
	for _, v := range []string{"312", "نحو 300", "نحو 350"} {
		if !slices.Contains(st.ConflictValues, v) {
			t.Errorf("conflicting values %q lack %q", st.ConflictValues, v)
		}
	}
	if st.ConflictColor != "rgb(176, 65, 62)" {
		t.Errorf("conflicting values are not highlighted: color %s", st.ConflictColor)
	}
	if st.Timeline.Width < 300 || st.Timeline.Height < 40 || st.TimelineDots == 0 || st.TimelineLabels == 0 {
		t.Errorf("timeline: %+v, %d dots, %d labels", st.Timeline, st.TimelineDots, st.TimelineLabels)
	}
	if st.Map.Width < 300 || st.Map.Height < 100 || st.MapPaths == 0 || st.MapPlaces == 0 {
		t.Errorf("map: %+v, %d country paths, %d places", st.Map, st.MapPaths, st.MapPlaces)
	}
	if st.Speakers == 0 {
		t.Error("no quotes grouped by speaker")
	}
	a := got.Article
	if !a.Shown || !strings.Contains(a.Detail, "القيمة") || !strings.HasPrefix(a.Hash, "#a-n") {
		t.Errorf("clicking the figure %q: hash %q, details shown %v: %q", a.Clicked, a.Hash, a.Shown, a.Detail)
	}
	h := got.Hostile
	if !strings.Contains(h.Heading, "<script>alert(") || h.Scripts != 1 || h.Images != 0 || got.Dialogs != 0 {
		t.Errorf("hostile article: heading %q, %d scripts, %d images, %d dialogs", h.Heading, h.Scripts, h.Images, got.Dialogs)
	}
	if strings.ContainsRune(h.Title, '\u202e') {
		t.Errorf("page title keeps a bidi override: %+q", h.Title)
	}
	if len(got.RequestsOutside) > 0 {
		t.Errorf("pages asked for outside resources: %q", got.RequestsOutside)
	}
	if len(got.ConsoleErrors) > 0 {
		t.Errorf("console errors: %q", got.ConsoleErrors)
	}
}
