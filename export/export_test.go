package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io/fs"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/claim"
	"github.com/isnad-news/isnad/desk"
	"github.com/isnad-news/isnad/ingest"
	"github.com/isnad-news/isnad/internal/stages"
)

// ownArticles are two invented articles about one invented event in
// Baghdad, written for these tests: their outlets give different figures
// for the injured, from different sources.
var ownArticles = fstest.MapFS{
	"bridge-nakheel.txt": {Data: []byte(`انهيار جزئي لجسر المشاة قرب ساحة التحرير في بغداد
صحيفة النخيل اليومية - هدى الساعدي
3 آذار 2024

انهار جزء من جسر المشاة القريب من ساحة التحرير في بغداد صباح السبت، 2 آذار 2024، ما أدى إلى إصابة 12 شخصا بجروح طفيفة، بحسب مديرية الدفاع المدني.

وقال شهود عيان إن نحو 40 سيارة علقت تحت الجسر لساعات قبل أن تفتح الشرطة طريقا بديلا.
`)},
	"bridge-rafidain.txt": {Data: []byte(`إصابة العشرات في انهيار جسر للمشاة وسط بغداد
وكالة الرافدين برس - علي الزبيدي
3 آذار 2024

أصيب 35 شخصا على الأقل في انهيار جسر المشاة قرب ساحة التحرير في بغداد صباح السبت، 2 آذار 2024، وفق ما أعلنه المتحدث باسم وزارة الصحة سامر الكناني.

وأضاف الكناني أن فرق الإنقاذ نقلت المصابين إلى مستشفى الكندي، فيما أغلقت الشرطة الطرق المؤدية إلى الساحة.
`)},
}

// viewOf analyses every article of fsys and builds their view.
func viewOf(fsys fs.FS) (*desk.View, error) {
	ctx := context.Background()
	p, err := stages.Pipeline()
	if err != nil {
		return nil, err
	}
	b := desk.NewBuilder()
	for d, err := range ingest.NewReader(ingest.Options{}).FS(ctx, fsys, ".") {
		if err != nil {
			return nil, err
		}
		if err := p.Run(ctx, d); err != nil {
			return nil, err
		}
		b.Add(d)
	}
	return desk.NewView(b), nil
}

var (
	sampleView = sync.OnceValues(func() (*desk.View, error) { return viewOf(isnad.SampleCorpus()) })
	ownView    = sync.OnceValues(func() (*desk.View, error) { return viewOf(ownArticles) })
)

// views returns the test views by name: the sample corpus and ownArticles.
func views(t *testing.T) []struct {
	name string
	v    *desk.View
} {
	t.Helper()
	s, err := sampleView()
	if err != nil {
		t.Fatal(err)
	}
	o, err := ownView()
	if err != nil {
		t.Fatal(err)
	}
	return []struct {
		name string
		v    *desk.View
	}{{"sample corpus", s}, {"own articles", o}}
}

func TestJSONL(t *testing.T) {
	for _, tc := range views(t) {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := JSONL(&buf, tc.v); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
			articles, _, _, _ := tc.v.Counts()
			if len(lines) != articles {
				t.Fatalf("%d lines, want %d (one per article)", len(lines), articles)
			}
			var prev isnad.Date
			for i, line := range lines {
				var got isnad.Document
				if err := json.Unmarshal([]byte(line), &got); err != nil {
					t.Fatalf("line %d: %v", i+1, err)
				}
				want := tc.v.Article(got.ID)
				if want == nil {
					t.Fatalf("line %d: no article %q", i+1, got.ID)
				}
				for _, f := range []struct {
					name      string
					got, want any
				}{
					{"quantities", got.Quantities, want.Quantities},
					{"dates", got.Dates, want.Dates},
					{"durations", got.Durations, want.Durations},
					{"entities", got.Entities, want.Entities},
					{"quotes", got.Quotes, want.Quotes},
					{"citations", got.Citations, want.Citations},
					{"body", got.Body, want.Body},
					{"outlet", got.Outlet, want.Outlet},
				} {
					if !reflect.DeepEqual(f.got, f.want) {
						t.Errorf("line %d (%s): %s differ after the round trip", i+1, got.ID, f.name)
					}
				}
				for _, q := range got.Quantities {
					if q.Start < 0 || q.End > len(got.Body) || q.Start > q.End || got.Body[q.Start:q.End] != q.Text {
						t.Errorf("line %d: quantity %+q at %d–%d not in the body", i+1, q.Text, q.Start, q.End)
					}
				}
				for _, e := range got.Entities {
					if e.Start < 0 || e.End > len(got.Body) || e.Start > e.End {
						t.Errorf("line %d: entity %+q at %d–%d out of the body", i+1, e.Text, e.Start, e.End)
					}
				}
				// The document's fields are its own JSON's, plus "story".
				var fields, own map[string]json.RawMessage
				if err := json.Unmarshal([]byte(line), &fields); err != nil {
					t.Fatal(err)
				}
				ownJSON, _ := json.Marshal(want)
				json.Unmarshal(ownJSON, &own)
				var story string
				if err := json.Unmarshal(fields["story"], &story); err != nil || story != tc.v.StoryOf(got.ID) || story == "" {
					t.Errorf("line %d: story %s, want %q", i+1, fields["story"], tc.v.StoryOf(got.ID))
				}
				delete(fields, "story")
				if !reflect.DeepEqual(fields, own) {
					t.Errorf("line %d: fields other than story differ from the document's JSON", i+1)
				}
				if i > 0 && !prev.IsZero() && !got.Published.IsZero() && prev.Before(got.Published) {
					t.Errorf("line %d: published %s after the line before's %s (want newest first)", i+1, got.Published, prev)
				}
				prev = got.Published
			}
		})
	}
}

func TestWithStory(t *testing.T) {
	tests := []struct {
		name, in, id, want string
		err                bool
	}{
		{"fields", `{"id":"a","body":"نص"}`, "s1", `{"id":"a","body":"نص","story":"s1"}`, false},
		{"empty object", `{}`, "s1", `{"story":"s1"}`, false},
		{"no story", `{"id":"a"}`, "", `{"id":"a","story":null}`, false},
		{"trailing newline", "{\"id\":\"a\"}\n", "s2", `{"id":"a","story":"s2"}`, false},
		{"not an object", `[1]`, "s1", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := withStory([]byte(tc.in), tc.id)
			if (err != nil) != tc.err {
				t.Fatalf("error %v, want error %v", err, tc.err)
			}
			if string(got) != tc.want {
				t.Errorf("got %+q, want %+q", got, tc.want)
			}
		})
	}
}

// readCSV checks the BOM and reads ClaimsCSV's output.
func readCSV(t *testing.T, v *desk.View) [][]string {
	t.Helper()
	var buf bytes.Buffer
	if err := ClaimsCSV(&buf, v); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte{0xEF, 0xBB, 0xBF}) {
		t.Fatalf("no BOM: starts %q", buf.Bytes()[:min(8, buf.Len())])
	}
	recs, err := csv.NewReader(bytes.NewReader(buf.Bytes()[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) == 0 || !reflect.DeepEqual(recs[0], ClaimsHeader) {
		t.Fatalf("header %q, want %q", recs[0], ClaimsHeader)
	}
	return recs
}

func TestClaimsCSV(t *testing.T) {
	for _, tc := range views(t) {
		t.Run(tc.name, func(t *testing.T) {
			recs := readCSV(t, tc.v)
			col := map[string]int{}
			for i, h := range ClaimsHeader {
				col[h] = i
			}
			answers := 0
			for _, s := range tc.v.Stories(desk.StoryFilter{}) {
				for _, c := range s.Comparisons {
					answers += len(c.Answers)
				}
			}
			if len(recs)-1 != answers || answers == 0 {
				t.Fatalf("%d rows, want %d (one per answer)", len(recs)-1, answers)
			}
			conflicts := 0
			for _, r := range recs[1:] {
				if r[col["conflict"]] == "true" {
					conflicts++
				} else if r[col["conflict"]] != "false" {
					t.Errorf("conflict %q, want true or false", r[col["conflict"]])
				}
				for _, c := range []string{"min", "max"} {
					if s := r[col[c]]; s != "" {
						if _, err := strconv.ParseFloat(s, 64); err != nil {
							t.Errorf("%s %q: %v", c, s, err)
						}
					}
				}
				if r[col["min"]] == "" && r[col["max"]] == "" {
					t.Errorf("row %q has neither min nor max", r)
				}
				d := tc.v.Article(r[col["article_id"]])
				if d == nil {
					t.Fatalf("row names no article: %q", r)
				}
				start, err1 := strconv.Atoi(r[col["span_start"]])
				end, err2 := strconv.Atoi(r[col["span_end"]])
				if err1 != nil || err2 != nil || start < 0 || end > len(d.Body) || start >= end {
					t.Errorf("span %s–%s outside the body of %s", r[col["span_start"]], r[col["span_end"]], d.ID)
				}
				if r[col["outlet"]] != desk.OutletName(d) || !strings.HasSuffix(r[col["source_chain"]], desk.OutletName(d)) {
					t.Errorf("outlet %+q, chain %+q: want the article's outlet %+q last", r[col["outlet"]], r[col["source_chain"]], desk.OutletName(d))
				}
			}
			if conflicts == 0 {
				t.Error("no conflicting rows")
			}
		})
	}
}

func TestClaimsCSVRows(t *testing.T) {
	sv, err := sampleView()
	if err != nil {
		t.Fatal(err)
	}
	ov, err := ownView()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		v    *desk.View
		// want are cells a row must have, by column.
		want map[string]string
	}{
		{"police figure", sv, map[string]string{"text": "312 راكبا", "outlet": "وكالة الوادي للأنباء", "min": "312", "max": "312",
			"approx": "false", "conflict": "true", "claim": "people", "counted": "راكب", "source_chain": "مديرية شرطة الأنهار ← وكالة الوادي للأنباء"}},
		{"open range", sv, map[string]string{"text": "أكثر من 120 منزلا", "min": "120", "max": "", "conflict": "false"}},
		{"approximate", sv, map[string]string{"text": "نحو 300 راكب", "approx": "true", "outlet": "صحيفة المنارة الجديدة", "source_chain": "شهود عيان ← صحيفة المنارة الجديدة"}},
		{"own: the civil defence's figure", ov, map[string]string{"text": "12 شخصا", "outlet": "صحيفة النخيل اليومية", "published": "2024-03-03",
			"min": "12", "conflict": "true", "source_chain": "مديرية الدفاع المدني ← صحيفة النخيل اليومية",
			"story_title": "انهيار جزئي لجسر المشاة قرب ساحة التحرير في بغداد"}},
		{"own: at least", ov, map[string]string{"text": "35 شخصا على الأقل", "min": "35", "max": "", "source_chain": "سامر الكناني ← وكالة الرافدين برس"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			recs := readCSV(t, tc.v)
		rows:
			for _, r := range recs[1:] {
				for i, h := range ClaimsHeader {
					if w, ok := tc.want[h]; ok && r[i] != w {
						continue rows
					}
				}
				return
			}
			t.Errorf("no row with %+q", tc.want)
		})
	}
}

func TestGeoJSON(t *testing.T) {
	for _, tc := range views(t) {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := GeoJSON(&buf, tc.v); err != nil {
				t.Fatal(err)
			}
			var fc struct {
				Type     string `json:"type"`
				Features []struct {
					Type     string `json:"type"`
					Geometry struct {
						Type        string    `json:"type"`
						Coordinates []float64 `json:"coordinates"`
					} `json:"geometry"`
					Properties map[string]any `json:"properties"`
				} `json:"features"`
			}
			if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
				t.Fatal(err)
			}
			if fc.Type != "FeatureCollection" || len(fc.Features) == 0 {
				t.Fatalf("type %q with %d features", fc.Type, len(fc.Features))
			}
			baghdad := false
			for _, f := range fc.Features {
				c := f.Geometry.Coordinates
				if f.Type != "Feature" || f.Geometry.Type != "Point" || len(c) != 2 {
					t.Fatalf("feature %q, geometry %q %v", f.Type, f.Geometry.Type, c)
				}
				if math.Abs(c[0]) > 180 || math.Abs(c[1]) > 90 {
					t.Errorf("%v out of range", c)
				}
				p := f.Properties
				for _, k := range []string{"story_id", "story_title", "entity_id", "name", "type", "mentions", "articles"} {
					if _, ok := p[k]; !ok {
						t.Errorf("feature %v has no %s", p["name"], k)
					}
				}
				if p["type"] != "LOC" && p["type"] != "GPE" {
					t.Errorf("%v is a %v, not a place", p["name"], p["type"])
				}
				if n, _ := p["mentions"].(float64); n < 1 {
					t.Errorf("%v: %v mentions", p["name"], p["mentions"])
				}
				arts, _ := p["articles"].([]any)
				if len(arts) == 0 {
					t.Errorf("%v: no articles", p["name"])
				}
				for _, a := range arts {
					if id, _ := a.(string); tc.v.StoryOf(id) != p["story_id"] {
						t.Errorf("%v: article %v is not in story %v", p["name"], a, p["story_id"])
					}
				}
				if p["name"] == "بغداد" {
					baghdad = true
					if math.Abs(c[0]-44.4) > 0.1 || math.Abs(c[1]-33.3) > 0.1 {
						t.Errorf("بغداد at %v, want [lon≈44.4, lat≈33.3]", c)
					}
				}
			}
			if !baghdad {
				t.Error("بغداد not among the places")
			}
		})
	}
}

func TestValidCoords(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	tests := []struct {
		name     string
		lat, lon *float64
		want     bool
	}{
		{"baghdad", f(33.34), f(44.4), true},
		{"edges", f(-90), f(180), true},
		{"no lat", nil, f(44.4), false},
		{"lat out of range", f(91), f(44.4), false},
		{"lon out of range", f(33), f(-181), false},
		{"nan", f(math.NaN()), f(1), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := validCoords(tc.lat, tc.lon); got != tc.want {
				t.Errorf("validCoords = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestClaimReview(t *testing.T) {
	date := isnad.Date{Year: 2024, Month: 3, Day: 4}
	for _, tc := range views(t) {
		for _, opt := range []Options{{Date: date}, {Date: date, BaseURL: "https://isnad.example/", Publisher: "مرصد الأرقام"}} {
			t.Run(tc.name+"/"+opt.publisher(), func(t *testing.T) {
				var buf bytes.Buffer
				if err := ClaimReview(&buf, tc.v, opt); err != nil {
					t.Fatal(err)
				}
				var reviews []map[string]any
				if err := json.Unmarshal(buf.Bytes(), &reviews); err != nil {
					t.Fatal(err)
				}
				var conflicting []claim.Comparison
				var storyOf []string
				for _, s := range tc.v.Stories(desk.StoryFilter{}) {
					for _, c := range s.Comparisons {
						if c.Conflict {
							conflicting = append(conflicting, c)
							storyOf = append(storyOf, s.ID)
						}
					}
				}
				if len(reviews) != len(conflicting) || len(reviews) == 0 {
					t.Fatalf("%d reviews, want %d (one per conflicting claim)", len(reviews), len(conflicting))
				}
				for i, r := range reviews {
					if r["@context"] != "https://schema.org" || r["@type"] != "ClaimReview" {
						t.Errorf("review %d: @context %v, @type %v", i, r["@context"], r["@type"])
					}
					if s, _ := r["claimReviewed"].(string); !strings.Contains(s, conflicting[i].Answers[0].Text) {
						t.Errorf("review %d: claimReviewed %+q lacks the figure %+q", i, s, conflicting[i].Answers[0].Text)
					}
					rating, _ := r["reviewRating"].(map[string]any)
					if rating["@type"] != "Rating" || rating["alternateName"] != "متعارض" {
						t.Errorf("review %d: rating %v", i, rating)
					}
					expl, _ := rating["ratingExplanation"].(string)
					for _, a := range conflicting[i].Answers {
						if !strings.Contains(expl, a.Text) || !strings.Contains(expl, chainText(a.SourceChain)) {
							t.Errorf("review %d: explanation %+q lacks %+q or its chain", i, expl, a.Text)
						}
					}
					item, _ := r["itemReviewed"].(map[string]any)
					apps, _ := item["appearance"].([]any)
					if item["@type"] != "Claim" || len(apps) == 0 {
						t.Errorf("review %d: itemReviewed %v", i, item)
					}
					for _, a := range apps {
						w, _ := a.(map[string]any)
						pub, _ := w["publisher"].(map[string]any)
						if w["@type"] != "CreativeWork" || w["headline"] == nil || pub["name"] == nil {
							t.Errorf("review %d: appearance %v", i, w)
						}
					}
					author, _ := r["author"].(map[string]any)
					if author["@type"] != "Organization" || author["name"] != opt.publisher() {
						t.Errorf("review %d: author %v, want %q", i, author, opt.publisher())
					}
					if r["datePublished"] != "2024-03-04" {
						t.Errorf("review %d: datePublished %v", i, r["datePublished"])
					}
					wantURL := ""
					if opt.BaseURL != "" {
						wantURL = "https://isnad.example/stories/" + storyOf[i]
					}
					if u, _ := r["url"].(string); u != wantURL {
						t.Errorf("review %d: url %q, want %q", i, u, wantURL)
					}
				}
			})
		}
	}
}

func TestOrigin(t *testing.T) {
	outlet := isnad.Source{Name: "وكالة الرافدين برس", Type: "OUTLET"}
	tests := []struct {
		name  string
		chain []isnad.Source
		want  Agent
		ok    bool
	}{
		{"person", []isnad.Source{{Name: "سامر الكناني", Type: "PER"}, outlet}, Agent{"Person", "سامر الكناني"}, true},
		{"body", []isnad.Source{{Name: "مديرية الدفاع المدني", Type: "ORG"}, outlet}, Agent{"Organization", "مديرية الدفاع المدني"}, true},
		{"agency", []isnad.Source{{Name: "الوادي للأنباء", Type: "MEDIA"}, outlet}, Agent{"Organization", "الوادي للأنباء"}, true},
		{"unnamed", []isnad.Source{{Name: "مصدر مطلع", Type: "UNNAMED"}, outlet}, Agent{}, false},
		{"outlet only", []isnad.Source{outlet}, Agent{}, false},
		{"none", nil, Agent{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := origin(tc.chain)
			if got != tc.want || ok != tc.ok {
				t.Errorf("origin = %+v, %v; want %+v, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestRangeText(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	tests := []struct {
		name string
		a    claim.Answer
		want string
	}{
		{"exact", claim.Answer{Min: f(312), Max: f(312)}, "312"},
		{"approx", claim.Answer{Min: f(300), Max: f(300), Approx: true}, "300 تقريبا"},
		{"range", claim.Answer{Min: f(250), Max: f(400)}, "250–400"},
		{"at least", claim.Answer{Min: f(35)}, "35 أو أكثر"},
		{"at most", claim.Answer{Max: f(50)}, "حتى 50"},
		{"fraction", claim.Answer{Min: f(1.5), Max: f(1.5)}, "1.5"},
		{"unbounded", claim.Answer{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := rangeText(tc.a); got != tc.want {
				t.Errorf("rangeText = %+q, want %+q", got, tc.want)
			}
		})
	}
}

func TestWrite(t *testing.T) {
	v, err := ownView()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   Format
		prefix string
		err    error
	}{
		{FormatJSONL, "{", nil},
		{FormatClaimsCSV, BOM + "story_id,", nil},
		{FormatGeoJSON, "{\n  \"type\": \"FeatureCollection\"", nil},
		{FormatClaimReview, "[\n  {\n    \"@context\"", nil},
		{"kml", "", ErrFormat},
		{"", "", ErrFormat},
	}
	for _, tc := range tests {
		t.Run(string(tc.name), func(t *testing.T) {
			var buf bytes.Buffer
			err := Write(&buf, v, tc.name, Options{})
			if !errors.Is(err, tc.err) {
				t.Fatalf("error %v, want %v", err, tc.err)
			}
			if !strings.HasPrefix(buf.String(), tc.prefix) || (tc.err != nil && buf.Len() > 0) {
				t.Errorf("output starts %+q, want %+q", buf.String()[:min(40, buf.Len())], tc.prefix)
			}
		})
	}
}

// TestEmpty checks that an empty view exports valid, empty documents.
func TestEmpty(t *testing.T) {
	v := desk.NewView(desk.NewBuilder())
	tests := []struct {
		name Format
		want string
	}{
		{FormatJSONL, ""},
		{FormatClaimsCSV, BOM + strings.Join(ClaimsHeader, ",") + "\n"},
		{FormatGeoJSON, "{\n  \"type\": \"FeatureCollection\",\n  \"features\": []\n}\n"},
		{FormatClaimReview, "[]\n"},
	}
	for _, tc := range tests {
		t.Run(string(tc.name), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, v, tc.name, Options{}); err != nil {
				t.Fatal(err)
			}
			if buf.String() != tc.want {
				t.Errorf("got %+q, want %+q", buf.String(), tc.want)
			}
		})
	}
}

// failAfter fails every write after n bytes.
type failAfter struct{ n int }

var errDisk = errors.New("disk full")

func (f *failAfter) Write(b []byte) (int, error) {
	if len(b) > f.n {
		n := f.n
		f.n = 0
		return n, errDisk
	}
	f.n -= len(b)
	return len(b), nil
}

func TestWriteError(t *testing.T) {
	v, err := sampleView()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range Formats() {
		t.Run(string(f), func(t *testing.T) {
			if err := Write(&failAfter{n: 100}, v, f, Options{}); !errors.Is(err, errDisk) {
				t.Errorf("error %v, want %v", err, errDisk)
			}
		})
	}
}
