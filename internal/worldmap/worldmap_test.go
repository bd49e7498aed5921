package worldmap

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

var (
	bukamal = Place{Name: "البوكمال", Lat: 34.45, Lon: 40.92, Weight: 4}
	deir    = Place{Name: "دير الزور", Lat: 35.33, Lon: 40.14, Weight: 2}
	sukhna  = Place{Name: "السخنة", Lat: 34.88, Lon: 38.87, Weight: 1}
	qaim    = Place{Name: "القائم", Lat: 34.37, Lon: 41.09, Weight: 1}
)

// render returns Render's output, failing the test on an error or when the
// output is not one well-formed <svg> element.
func render(t testing.TB, places []Place, opt Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, places, opt); err != nil {
		t.Fatalf("Render: %v", err)
	}
	if err := wellFormed(buf.Bytes()); err != nil {
		t.Fatalf("output is not well-formed XML: %v\n%.2000s", err, buf.String())
	}
	return buf.String()
}

// wellFormed parses out as XML and checks it is one <svg> element.
func wellFormed(out []byte) error {
	if !utf8.Valid(out) {
		return errors.New("invalid UTF-8")
	}
	d := xml.NewDecoder(bytes.NewReader(out))
	depth, roots := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
				if e.Name.Local != "svg" || e.Name.Space != "http://www.w3.org/2000/svg" {
					return errors.New("root is not svg: " + e.Name.Space + " " + e.Name.Local)
				}
			}
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 0 && len(bytes.TrimSpace(e)) > 0 {
				return errors.New("text outside the svg element")
			}
		}
	}
	if roots != 1 {
		return errors.New("want exactly one root element, got " + strconv.Itoa(roots))
	}
	return nil
}

// svgAttr returns the named attribute of the root element.
func svgAttr(t *testing.T, out, name string) string {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(out))
	for {
		tok, err := d.Token()
		if err != nil {
			t.Fatalf("no root element: %v", err)
		}
		if e, ok := tok.(xml.StartElement); ok {
			for _, a := range e.Attr {
				if a.Name.Local == name {
					return a.Value
				}
			}
			return ""
		}
	}
}

// texts returns the character data of every element with the given local
// name, in order.
func texts(t *testing.T, out, elem string) []string {
	t.Helper()
	var got []string
	d := xml.NewDecoder(strings.NewReader(out))
	in := false
	var cur strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return got
		}
		if err != nil {
			t.Fatal(err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if e.Name.Local == elem {
				in = true
				cur.Reset()
			}
		case xml.CharData:
			if in {
				cur.Write(e)
			}
		case xml.EndElement:
			if e.Name.Local == elem && in {
				got = append(got, cur.String())
				in = false
			}
		}
	}
}

func TestDecode(t *testing.T) {
	cs, err := countries()
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) < 230 {
		t.Errorf("decoded %d countries, want about 241", len(cs))
	}
	byName := map[string]*country{}
	for i := range cs {
		byName[cs[i].name] = &cs[i]
	}
	for _, tc := range []struct {
		name, id string
		box      bbox // must lie inside the country's box
	}{
		{"Syria", "760", bbox{36, 33, 42, 37}},
		{"Iraq", "368", bbox{39, 30, 48, 37}},
		{"Russia", "643", bbox{-179, 42, 179, 81}},
		{"Yemen", "887", bbox{43, 13, 53, 18}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := byName[tc.name]
			if c == nil {
				t.Fatalf("no country %q", tc.name)
			}
			if c.id != tc.id {
				t.Errorf("id = %q, want %q", c.id, tc.id)
			}
			b := c.box
			if b.minLon > tc.box.minLon || b.minLat > tc.box.minLat || b.maxLon < tc.box.maxLon || b.maxLat < tc.box.maxLat {
				t.Errorf("box %+v does not cover %+v", b, tc.box)
			}
			for _, p := range c.polys {
				for _, r := range p.rings {
					n := len(r)
					if r[0] != r[n-2] || r[1] != r[n-1] {
						t.Fatalf("ring of %d points is not closed", n/2)
					}
				}
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"not json", `{`},
		{"not a topology", `{"type":"FeatureCollection"}`},
		{"no countries", `{"type":"Topology","objects":{},"arcs":[]}`},
		{"arc out of range", `{"type":"Topology","objects":{"countries":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[5]]}]}},"arcs":[]}`},
		{"bad arcs", `{"type":"Topology","objects":{"countries":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":"x"}]}},"arcs":[]}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := decodeTopo([]byte(tc.in), "countries"); err == nil {
				t.Errorf("decodeTopo(%s): no error", tc.in)
			}
		})
	}
}

// TestDecodeSmall checks delta decoding, reversed arcs and holes on a
// hand-written topology: a 10×10 square with a 2×2 hole, sharing its
// left edge (arc 0, reversed) with a second square.
func TestDecodeSmall(t *testing.T) {
	const topo = `{"type":"Topology",
	"transform":{"scale":[1,1],"translate":[0,0]},
	"arcs":[
		[[10,0],[0,10]],
		[[10,10],[10,0],[0,-10],[-10,0]],
		[[14,4],[2,0],[0,2],[-2,0],[0,-2]],
		[[10,0],[-10,0],[0,10],[10,0]]
	],
	"objects":{"countries":{"type":"GeometryCollection","geometries":[
		{"type":"Polygon","arcs":[[0,1],[2]],"id":"1","properties":{"name":"Right"}},
		{"type":"MultiPolygon","arcs":[[[3,-1]]],"id":"2","properties":{"name":"Left"}},
		{"type":"Point","coordinates":[0,0]}
	]}}}`
	cs, err := decodeTopo([]byte(topo), "countries")
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 {
		t.Fatalf("got %d countries, want 2", len(cs))
	}
	for _, tc := range []struct {
		name     string
		lon, lat float64
		want     string
	}{
		{"right square", 12, 2, "Right"},
		{"in the hole", 15, 5, ""},
		{"left square", 5, 5, "Left"},
		{"outside", 25, 5, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for i := range cs {
				if cs[i].containsPoint(tc.lon, tc.lat) {
					got = cs[i].name
				}
			}
			if got != tc.want {
				t.Errorf("point (%v, %v) in %q, want %q", tc.lon, tc.lat, got, tc.want)
			}
		})
	}
}

func TestContains(t *testing.T) {
	for _, tc := range []struct {
		name     string
		lat, lon float64
		want     string
	}{
		{"السخنة", 34.88, 38.87, "Syria"},
		{"البوكمال", 34.45, 40.92, "Syria"},
		{"دير الزور", 35.33, 40.14, "Syria"},
		{"القائم", 34.37, 41.09, "Iraq"},
		{"بعلبك", 34.01, 36.21, "Lebanon"},
		{"غزة", 31.50, 34.47, "Palestine"},
		{"القاهرة", 30.04, 31.24, "Egypt"},
		{"صنعاء", 15.35, 44.21, "Yemen"},
		{"بيروت on the coast", 33.89, 35.50, "Lebanon"},
		{"سوفا on the coast", -18.14, 178.44, "Fiji"},
		{"البحر المتوسط", 34.0, 20.0, ""},
		{"20 km off Beirut", 33.89, 35.30, ""},
		{"NaN", math.NaN(), 40, ""},
		{"Inf", 34, math.Inf(1), ""},
		{"out of range", 91, 0, ""},
		{"Fiji island across 180", -16.49, -179.96, "Fiji"},
		{"Wrangel Island east of 180", 71.25, 179.5, "Russia"},
		{"Chukotka west of -180", 66.0, -172.0, "Russia"},
		{"Antarctica near the pole", -89.5, 10, "Antarctica"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := Contains(tc.lat, tc.lon)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("Contains(%v, %v) = %q, %v; want %q", tc.lat, tc.lon, got, ok, tc.want)
			}
		})
	}
}

func TestRender(t *testing.T) {
	for _, tc := range []struct {
		name    string
		places  []Place
		opt     Options
		groups  int      // <g class="place"> elements
		hits    []string // data-name of highlighted countries, in output order
		must    []string // substrings that must appear
		mustNot []string
	}{
		{
			name:   "syria",
			places: []Place{bukamal, deir, sukhna},
			groups: 3,
			hits:   []string{"Syria"},
			must:   []string{`data-places="3"`, `viewBox="0 0 640 400"`, `aria-label="خريطة الأماكن"`, "البوكمال", "دير الزور", "السخنة", `class="sea"`, `text-anchor="start"`},
		},
		{
			name:   "syria and iraq",
			places: []Place{bukamal, qaim},
			groups: 2,
			hits:   []string{"Syria", "Iraq"}, // data order
		},
		{
			name:   "one place",
			places: []Place{sukhna},
			opt:    Options{Width: 300, Height: 300, Title: "أماكن الخبر"},
			groups: 1,
			hits:   []string{"Syria"},
			must:   []string{`viewBox="0 0 300 300"`, `aria-label="أماكن الخبر"`, `class="country"`},
		},
		{
			name:    "escaped names",
			places:  []Place{{Name: `<script>alert("x")</script> & 'co'`, Lat: 34.45, Lon: 40.92}, {Name: "a\x00b\x1fc\xffd\ne", Lat: 35, Lon: 40}},
			opt:     Options{Title: `<b>"map" & co</b>`},
			groups:  2,
			hits:    []string{"Syria"},
			must:    []string{"&lt;script&gt;", "&amp; &#39;co&#39;", `aria-label="&lt;b&gt;&quot;map&quot; &amp; co&lt;/b&gt;"`, "abc\uFFFDd e"},
			mustNot: []string{"<script", "<b>"},
		},
		{
			name:   "no places",
			groups: 0,
			must:   []string{`data-places="0"`, `data-places="0" `},
		},
		{
			name:    "non-finite coordinates skipped",
			places:  []Place{{Name: "nan", Lat: math.NaN(), Lon: 40}, {Name: "inf", Lat: 30, Lon: math.Inf(-1)}, {Name: "far", Lat: 100, Lon: 500}, sukhna},
			groups:  1,
			hits:    []string{"Syria"},
			must:    []string{`data-places="1"`},
			mustNot: []string{"NaN", "Inf", ">nan<", ">inf<"},
		},
		{
			name:   "antimeridian and pole",
			places: []Place{{Name: "شرق", Lat: -16.5, Lon: 179.9, Weight: 1}, {Name: "قطب", Lat: -89, Lon: 0, Weight: 1000000}, {Name: "غرب", Lat: 65, Lon: -179.9}},
			groups: 3,
			hits:   []string{"Fiji", "Antarctica"},
		},
		{
			name:   "pole alone",
			places: []Place{{Name: "قطب", Lat: 90, Lon: 180}},
			groups: 1,
		},
		{
			name:   "oversized",
			places: []Place{sukhna},
			opt:    Options{Width: 100000, Height: -1},
			groups: 1,
			hits:   []string{"Syria"},
			must:   []string{`viewBox="0 0 640 400"`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := render(t, tc.places, tc.opt)
			if got := strings.Count(out, `<g class="place">`); got != tc.groups {
				t.Errorf("%d place groups, want %d", got, tc.groups)
			}
			if got := svgAttr(t, out, "data-places"); got != strconv.Itoa(tc.groups) {
				t.Errorf("data-places = %q, want %d", got, tc.groups)
			}
			var hits []string
			for _, part := range strings.Split(out, `class="country hit" data-name="`)[1:] {
				hits = append(hits, part[:strings.IndexByte(part, '"')])
			}
			if strings.Join(hits, ",") != strings.Join(tc.hits, ",") {
				t.Errorf("highlighted %q, want %q", hits, tc.hits)
			}
			for _, s := range tc.must {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %+q", s)
				}
			}
			for _, s := range tc.mustNot {
				if strings.Contains(out, s) {
					t.Errorf("output has %+q", s)
				}
			}
			checkViewBox(t, out)
		})
	}
}

// checkViewBox checks the viewBox is "0 0 W H" with W and H matching the
// width and height attributes, and every circle and label lies inside it.
func checkViewBox(t *testing.T, out string) {
	t.Helper()
	f := strings.Fields(svgAttr(t, out, "viewBox"))
	if len(f) != 4 || f[0] != "0" || f[1] != "0" {
		t.Fatalf("viewBox %q", f)
	}
	w, err1 := strconv.ParseFloat(f[2], 64)
	h, err2 := strconv.ParseFloat(f[3], 64)
	if err1 != nil || err2 != nil || w <= 0 || h <= 0 {
		t.Fatalf("viewBox %q", f)
	}
	if svgAttr(t, out, "width") != f[2] || svgAttr(t, out, "height") != f[3] {
		t.Errorf("width/height %q/%q differ from viewBox %q", svgAttr(t, out, "width"), svgAttr(t, out, "height"), f)
	}
	d := xml.NewDecoder(strings.NewReader(out))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		e, ok := tok.(xml.StartElement)
		if !ok || (e.Name.Local != "circle" && e.Name.Local != "text") {
			continue
		}
		for _, a := range e.Attr {
			var lim float64
			switch a.Name.Local {
			case "cx", "x":
				lim = w
			case "cy", "y":
				lim = h
			default:
				continue
			}
			v, err := strconv.ParseFloat(a.Value, 64)
			if err != nil || v < 0 || v > lim {
				t.Errorf("<%s %s=%q> outside the viewBox 0..%v", e.Name.Local, a.Name.Local, a.Value, lim)
			}
		}
	}
}

func TestRenderLabels(t *testing.T) {
	out := render(t, []Place{sukhna, {Name: strings.Repeat("ب", 300), Lat: 35, Lon: 40}}, Options{})
	ts := texts(t, out, "text")
	if len(ts) != 2 {
		t.Fatalf("got %d labels, want 2", len(ts))
	}
	// السخنة (Weight 1) is drawn before the long name (Weight 0).
	if got := utf8.RuneCountInString(ts[1]); got != maxLabel+1 || !strings.HasSuffix(ts[1], "…") {
		t.Errorf("long label has %d runes (%+q), want %d ending in …", got, ts[1], maxLabel+1)
	}
	titles := texts(t, out, "title")
	if len(titles) != 2 || titles[0] != "السخنة" || utf8.RuneCountInString(titles[1]) != maxTitle+1 {
		t.Errorf("titles %+q", titles)
	}
}

func TestRadius(t *testing.T) {
	for _, tc := range []struct {
		name   string
		weight int
		want   float64
	}{
		{"zero", 0, 3},
		{"negative", -5, 3},
		{"one", 1, 5},
		{"three", 3, 7},
		{"capped", 1 << 30, maxRadius},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := radius(tc.weight); got != tc.want {
				t.Errorf("radius(%d) = %v, want %v", tc.weight, got, tc.want)
			}
		})
	}
}

// TestRenderWorld checks the view without places spans the world.
func TestRenderWorld(t *testing.T) {
	v := fit(nil, DefaultWidth, DefaultHeight)
	if v.box.minLon > -180 || v.box.maxLon < 180 || v.box.minLat > -90 || v.box.maxLat < 90 {
		t.Errorf("world view %+v", v.box)
	}
	out := render(t, nil, Options{})
	// Islands smaller than a pixel or two at this scale are left out.
	if n := strings.Count(out, `class="country"`); n < 180 {
		t.Errorf("world view draws %d countries, want over 180", n)
	}
}

// TestRenderConcurrent renders from several goroutines (run with -race).
func TestRenderConcurrent(t *testing.T) {
	done := make(chan string)
	for range 4 {
		go func() {
			var buf bytes.Buffer
			if err := Render(&buf, []Place{bukamal, qaim}, Options{}); err != nil {
				done <- err.Error()
				return
			}
			done <- buf.String()
		}()
	}
	first := <-done
	for range 3 {
		if got := <-done; got != first {
			t.Error("concurrent renders differ")
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestRenderWriteError(t *testing.T) {
	err := Render(failWriter{}, []Place{sukhna}, Options{})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Render to a failing writer: %v", err)
	}
}

func FuzzRender(f *testing.F) {
	f.Add("البوكمال", 34.45, 40.92, 3)
	f.Add("<script>&", 179.9, -89.0, 0)
	f.Add("\xff\x00", math.NaN(), math.Inf(1), -1)
	f.Add("", 90.0, -180.0, 1<<40)
	f.Fuzz(func(t *testing.T, name string, lat, lon float64, weight int) {
		places := []Place{{Name: name, Lat: lat, Lon: lon, Weight: weight}, {Name: name, Lat: lon, Lon: lat}}
		var buf bytes.Buffer
		if err := Render(&buf, places, Options{Title: name}); err != nil {
			t.Fatal(err)
		}
		if err := wellFormed(buf.Bytes()); err != nil {
			t.Fatalf("not well-formed: %v\n%.1000s", err, buf.String())
		}
		Contains(lat, lon)
	})
}

// TestRenderLabelsApart checks that labels of nearby places (البوكمال and
// القائم are 15 km apart) do not overlap each other.
func TestRenderLabelsApart(t *testing.T) {
	for _, tc := range []struct {
		name   string
		places []Place
	}{
		{"middle east", middleEast},
		{"same point", []Place{bukamal, {Name: "البوكمال", Lat: 34.45, Lon: 40.92}, {Name: "مدينة البوكمال", Lat: 34.45, Lon: 40.92}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := render(t, tc.places, Options{})
			var boxes []rect
			d := xml.NewDecoder(strings.NewReader(out))
			for {
				tok, err := d.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				e, ok := tok.(xml.StartElement)
				if !ok || e.Name.Local != "text" {
					continue
				}
				var x, y float64
				var anchor string
				for _, a := range e.Attr {
					switch a.Name.Local {
					case "x":
						x, _ = strconv.ParseFloat(a.Value, 64)
					case "y":
						y, _ = strconv.ParseFloat(a.Value, 64)
					case "text-anchor":
						anchor = a.Value
					}
				}
				tok, _ = d.Token()
				cd, _ := tok.(xml.CharData)
				tw := float64(utf8.RuneCount(cd)) * charWidth
				b := rect{x - tw, y - fontSize, x, y + fontSize/3}
				if anchor == "end" {
					b = rect{x, y - fontSize, x + tw, y + fontSize/3}
				}
				for _, o := range boxes {
					if b.overlaps(o) {
						t.Errorf("label %+q at %v overlaps %v", string(cd), b, o)
					}
				}
				boxes = append(boxes, b)
			}
			if len(boxes) != len(tc.places) {
				t.Errorf("%d labels, want %d", len(boxes), len(tc.places))
			}
		})
	}
}

// TestRenderMany checks a story with many places renders quickly, labels
// at most maxLabels of them, and stays well-formed.
func TestRenderMany(t *testing.T) {
	places := make([]Place, 2000)
	for i := range places {
		places[i] = Place{Name: "مكان " + strconv.Itoa(i), Lat: 30 + float64(i%40)*0.2, Lon: 35 + float64(i/40)*0.2, Weight: i % 7}
	}
	out := render(t, places, Options{})
	if got := strings.Count(out, `<g class="place">`); got != len(places) {
		t.Errorf("%d place groups, want %d", got, len(places))
	}
	if got := strings.Count(out, "<text "); got != maxLabels {
		t.Errorf("%d labels, want %d", got, maxLabels)
	}
}
