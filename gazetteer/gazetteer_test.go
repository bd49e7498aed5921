package gazetteer

import (
	"math"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/isnad-news/isnad/arabic"
)

func ids(es []Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

func near(e Entry, lat, lon, tol float64) bool {
	return math.Abs(e.Lat-lat) <= tol && math.Abs(e.Lon-lon) <= tol
}

// TestResolve checks the places of the seed story and the spellings news
// uses for them.
func TestResolve(t *testing.T) {
	g := Default()
	tests := []struct {
		name     string
		in       string
		hint     []string
		country  string
		lat, lon float64
	}{
		{name: "albukamal joined", in: "البوكمال", country: "SY", lat: 34.45, lon: 40.92},
		{name: "albukamal spaced", in: "البو كمال", country: "SY", lat: 34.45, lon: 40.92},
		{name: "albukamal persian kaf", in: "البوکمال", country: "SY", lat: 34.45, lon: 40.92},
		{name: "albukamal abu", in: "أبو كمال", country: "SY", lat: 34.45, lon: 40.92},
		{name: "albukamal with bi", in: "بالبوكمال", country: "SY", lat: 34.45, lon: 40.92},
		{name: "albukamal with wa bi", in: "وبالبوكمال", country: "SY", lat: 34.45, lon: 40.92},
		{name: "raqqa with wa", in: "والرقة", country: "SY", lat: 35.95, lon: 39.01},
		{name: "raqqa with lil", in: "للرقة", country: "SY", lat: 35.95, lon: 39.01},
		{name: "sukhnah hint SY", in: "السخنة", hint: []string{"SY"}, country: "SY", lat: 34.89, lon: 38.87},
		{name: "sukhnah hint YE", in: "السخنة", hint: []string{"YE"}, country: "YE", lat: 14.79, lon: 43.44},
		{name: "sukhnah no hint prefers the news place", in: "السخنة", country: "SY", lat: 34.89, lon: 38.87},
		{name: "deir ez-zor", in: "دير الزور", country: "SY", lat: 35.34, lon: 40.14},
		{name: "deir ez-zor joined", in: "ديرالزور", country: "SY", lat: 35.34, lon: 40.14},
		{name: "mayadin", in: "الميادين", country: "SY", lat: 35.02, lon: 40.45},
		{name: "qaim", in: "القائم", country: "IQ", lat: 34.39, lon: 40.99},
		{name: "qaim with fa", in: "فالقائم", country: "IQ", lat: 34.39, lon: 40.99},
		{name: "arsal (hand)", in: "عرسال", country: "LB", lat: 34.18, lon: 36.42},
		{name: "tanf (hand)", in: "التنف", country: "SY", lat: 33.50, lon: 38.66},
		{name: "qalamoun (hand region)", in: "القلمون", country: "SY", lat: 33.90, lon: 36.55},
		{name: "dahieh (hand)", in: "الضاحية الجنوبية", country: "LB", lat: 33.85, lon: 35.50},
		{name: "tripoli hint LB", in: "طرابلس", hint: []string{"LB"}, country: "LB", lat: 34.43, lon: 35.84},
		{name: "tripoli no hint", in: "طرابلس", country: "LY", lat: 32.89, lon: 13.19},
		{name: "country", in: "سوريا", country: "SY", lat: 35, lon: 37.1},
		{name: "country variant", in: "سورية", country: "SY", lat: 35, lon: 37.1},
		{name: "country with clitic", in: "وأمريكا", country: "US", lat: 39.6, lon: -90.2},
		{name: "world capital", in: "لندن", country: "GB", lat: 51.51, lon: -0.13},
		{name: "english name", in: "Mosul", country: "IQ", lat: 36.34, lon: 43.12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := g.Resolve(tt.in, tt.hint)
			if !ok {
				t.Fatalf("Resolve(%+q, %v): not found", tt.in, tt.hint)
			}
			if e.Country != tt.country || !near(e, tt.lat, tt.lon, 0.1) {
				t.Errorf("Resolve(%+q, %v) = %s %+q %s (%.2f, %.2f), want %s near (%.2f, %.2f)",
					tt.in, tt.hint, e.ID, e.Canonical, e.Country, e.Lat, e.Lon, tt.country, tt.lat, tt.lon)
			}
		})
	}
}

// TestHasName checks names as written against forms that Lookup reaches
// only by taking clitics off.
func TestHasName(t *testing.T) {
	g := Default()
	tests := []struct {
		in   string
		want bool
	}{
		{"لبنان", true},
		{"حزب الله", true},
		{"البوكمال", true},
		{"البو كمال", true},
		{"سورية", true},
		{"Mosul", true},
		{"لحزب الله", false},
		{"بالبوكمال", false},
		{"وأمريكا", false},
		{"لبنانن", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := g.HasName(tt.in); got != tt.want {
			t.Errorf("HasName(%+q) = %v, want %v (Lookup finds %d)", tt.in, got, tt.want, len(g.Lookup(tt.in)))
		}
	}
}

// TestSameEntity checks that spellings and aliases reach one id.
func TestSameEntity(t *testing.T) {
	g := Default()
	tests := []struct {
		name  string
		names []string
		typ   Type
		id    string
	}{
		{name: "isis", typ: Org, id: "org:isis",
			names: []string{"داعش", "وداعش", "لداعش", "تنظيم الدولة", "الدولة الإسلامية", "تنظيم الدولة الإسلامية", "الدولة الإسلامية في العراق والشام", "تنظيم داعش", "ISIS"}},
		{name: "albukamal", typ: Place, id: "geonames:174448",
			names: []string{"البوكمال", "البو كمال", "البوکمال", "أبو كمال", "بالبوكمال", "Abu Kamal"}},
		{name: "reuters", typ: Media, id: "media:reuters", names: []string{"رويترز", "لرويترز", "وكالة رويترز", "Reuters"}},
		{name: "afp", typ: Media, id: "media:afp", names: []string{"فرانس برس", "أ ف ب", "أ.ف.ب", "AFP"}},
		{name: "sdf", typ: Org, id: "org:sdf", names: []string{"قسد", "قوات سوريا الديمقراطية", "قوات سورية الديمقراطية"}},
		{name: "pentagon", typ: Org, id: "org:pentagon", names: []string{"البنتاغون", "وزارة الدفاع الأمريكية", "وزارة الدفاع الأميركية"}},
		{name: "houthis", typ: Org, id: "org:houthis", names: []string{"أنصار الله", "الحوثيون", "والحوثيين"}},
		{name: "sohr", typ: Org, id: "org:sohr", names: []string{"المرصد السوري لحقوق الإنسان", "المرصد السوري"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, n := range tt.names {
				var got []string
				found := false
				for _, e := range g.Lookup(n) {
					got = append(got, e.ID)
					if e.ID == tt.id && e.Type == tt.typ {
						found = true
					}
				}
				if !found {
					t.Errorf("Lookup(%+q) = %v, want %s (%s) among them", n, got, tt.id, tt.typ)
				}
			}
		})
	}
}

// TestPlaceAndOutlet: الميادين is a town and a channel.
func TestPlaceAndOutlet(t *testing.T) {
	types := map[Type]bool{}
	for _, e := range Default().Lookup("الميادين") {
		types[e.Type] = true
	}
	if !types[Place] || !types[Media] {
		t.Errorf("Lookup(الميادين) types = %v, want PLACE and MEDIA", types)
	}
}

func TestLongest(t *testing.T) {
	g := Default()
	tests := []struct {
		name  string
		text  string
		at    int
		n     int
		id    string
		found bool
	}{
		{name: "two words", text: "وصل إلى دير الزور أمس", at: 2, n: 2, id: "geonames:170794", found: true},
		{name: "spaced compound", text: "في البو كمال", at: 1, n: 2, id: "geonames:174448", found: true},
		{name: "clitic on first word", text: "وبالبوكمال قتلى", at: 0, n: 1, id: "geonames:174448", found: true},
		{name: "longest wins", text: "قال المرصد السوري لحقوق الإنسان إن", at: 1, n: 4, id: "org:sohr", found: true},
		{name: "long alias", text: "عناصر الدولة الإسلامية في العراق والشام", at: 1, n: 5, id: "org:isis", found: true},
		{name: "nothing", text: "قال إن", at: 0},
		{name: "out of range", text: "قال", at: 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es, n := g.Longest(tokenNorms(tt.text), tt.at)
			if !tt.found {
				if n != 0 || es != nil {
					t.Errorf("Longest(%+q, %d) = %v, %d, want nothing", tt.text, tt.at, ids(es), n)
				}
				return
			}
			if n != tt.n || !slices.Contains(ids(es), tt.id) {
				t.Errorf("Longest(%+q, %d) = %v, %d, want %s over %d tokens", tt.text, tt.at, ids(es), n, tt.id, tt.n)
			}
		})
	}
}

// tokenNorms returns the Match-level forms of the tokens of text, the input
// of Longest.
func tokenNorms(text string) []string {
	var norms []string
	for _, tok := range arabic.Tokenize(text) {
		norms = append(norms, tok.Norm)
	}
	return norms
}

func TestStripClitics(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{name: "wa bi al", in: "وبالبوكمال", want: []string{"بالبوكمال", "البوكمال", "بوكمال"}},
		{name: "lil", in: "للرقه", want: []string{"الرقه", "رقه"}},
		{name: "too short", in: "وب", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, n, _ := stripClitics(tt.in)
			if got := out[:n]; !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
				t.Errorf("stripClitics(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
		})
	}
}

func TestVariants(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{name: "albu spaced", in: "البو كمال", want: []string{"البوكمال", "ابو كمال"}},
		{name: "albu joined", in: "البوكمال", want: []string{"البو كمال", "ابو كمال"}},
		{name: "abu spaced", in: "ابو ظبي", want: []string{"ابوظبي"}},
		{name: "abu joined", in: "ابوظبي", want: []string{"ابو ظبي"}},
		{name: "abd inside", in: "مدينه عبد الله", want: []string{"مدينه عبدالله"}},
		{name: "none", in: "دير الزور", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := appendVariants(nil, tt.in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("appendVariants(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
		})
	}
}

// TestData checks that the compiled files parse and hold what the package
// documents.
func TestData(t *testing.T) {
	g := Default()
	count := map[Type]int{}
	seen := map[string]bool{}
	for e := range g.Entries {
		count[e.Type]++
		if seen[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		seen[e.ID] = true
		if e.Type == Country && e.Capital != "" {
			if _, ok := g.ByID(e.Capital); !ok {
				t.Errorf("%s: capital %s not in the gazetteer", e.ID, e.Capital)
			}
		}
		for _, a := range e.Aliases {
			if a == "" || strings.ContainsAny(a, "|\t") {
				t.Errorf("%s: bad alias %q", e.ID, a)
			}
		}
	}
	floors := map[Type]int{Place: 12000, Region: 50, Country: 240, Media: 120, Org: 100}
	for typ, floor := range floors {
		if count[typ] < floor {
			t.Errorf("%d %s entries, want at least %d", count[typ], typ, floor)
		}
	}
	t.Logf("entries by type: %v", count)
}

func TestLoadErrors(t *testing.T) {
	row := "x:1\tPLACE\tمكان\tPlace\tSY\t34.5\t40.1\t10\tPPL\t\t\tsource"
	tests := []struct {
		name, data, err string
	}{
		{name: "ok", data: row + "\n"},
		{name: "columns", data: "a\tb\n", err: "columns"},
		{name: "type", data: strings.Replace(row, "PLACE", "THING", 1), err: "unknown type"},
		{name: "latitude", data: strings.Replace(row, "34.5", "95", 1), err: "latitude"},
		{name: "no coordinates", data: strings.Replace(row, "34.5\t40.1", "\t", 1), err: "without coordinates"},
		{name: "population", data: strings.Replace(row, "\t10\t", "\t-3\t", 1), err: "population"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"a.tsv": {Data: []byte(tt.data)}})
			if tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
				t.Errorf("Load: %v, want error containing %q", err, tt.err)
			}
		})
	}
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"البوكمال", "وبالبوكمال", "للرقة", "أ.ف.ب", "", "ال", "لل", "و", "\xff\xfe", "البو", "ابو ", "عبد"} {
		f.Add(s)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range g.Lookup(s) {
			if e.ID == "" {
				t.Fatalf("Lookup(%+q): entry without id", s)
			}
		}
		g.Resolve(s, []string{"SY"})
		norms := tokenNorms(s)
		for i := range norms {
			if _, n := g.Longest(norms, i); n < 0 || i+n > len(norms) {
				t.Fatalf("Longest(%+q, %d) covers %d tokens", s, i, n)
			}
		}
	})
}

// TestConcurrent uses one gazetteer from several goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	g := Default()
	done := make(chan bool)
	for range 4 {
		go func() {
			for range 200 {
				g.Lookup("بالبوكمال")
				g.Resolve("السخنة", []string{"SY"})
				g.Longest([]string{"دير", "الزور"}, 0)
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
}
