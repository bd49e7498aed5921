package worldmap

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"
)

// Place is one point to draw.
type Place struct {
	Name     string  // label, usually Arabic; untrusted (escaped on output)
	Lat, Lon float64 // degrees; places with non-finite or out-of-range coordinates are skipped
	Weight   int     // number of mentions; sets the dot's size (values below 0 count as 0)
}

// Options sets the size and the accessible name of the map.
type Options struct {
	Width, Height int    // viewBox size in pixels; if either is 0 or less, 640×400; each at most 4096
	Title         string // aria-label of the svg element; "" means DefaultTitle
}

// Defaults for Options.
const (
	DefaultWidth  = 640
	DefaultHeight = 400
	DefaultTitle  = "خريطة الأماكن"
)

// Drawing constants.
const (
	maxSize     = 4096
	minSpan     = 6.0  // degrees: the smallest view, so one place shows its surroundings
	padFrac     = 0.15 // of the places' span, added on each side
	minKx       = 0.25 // floor of cos(mid-latitude), so polar views stay usable
	minStep     = 0.5  // pixels: a path point closer than this to the previous one is dropped
	fontSize    = 12.0
	charWidth   = 0.55 * fontSize // rough advance of one Arabic letter, for clamping labels
	maxLabel    = 40              // runes of a label; longer names are cut with "…" (the title keeps more)
	maxTitle    = 200             // runes of a place's <title>
	maxLabels   = 50              // places labelled, heaviest first; the rest get a dot and a <title>
	maxRadius   = 12.0
	labelMargin = 2.0
)

// Inline presentation defaults, so the map renders without the page's CSS.
const (
	seaFill     = "#dbe9f4"
	landFill    = "#e3e3de"
	hitFill     = "#f2cf9c"
	borderColor = "#ffffff"
	dotFill     = "#a3161a"
	textFill    = "#222222"
)

// view maps lon/lat degrees to viewBox pixels: an equirectangular
// projection whose x is scaled by kx = cos(mid-latitude).
type view struct {
	kx, s  float64 // x factor; pixels per projected degree
	x0, y0 float64 // projected left edge (lon·kx) and top edge (lat)
	box    bbox    // degrees in view
}

func (v *view) project(lon, lat float64) (x, y float64) {
	return (lon*v.kx - v.x0) * v.s, (v.y0 - lat) * v.s
}

// shifted returns the view through which a polygon is drawn shifted by
// shift degrees of longitude; its box is the view's in unshifted degrees.
func (v view) shifted(shift float64) view {
	v.x0 -= shift * v.kx
	v.box.minLon -= shift
	v.box.maxLon -= shift
	return v
}

// fit returns the view of the places' bounding box, padded, at least
// minSpan degrees each way, and widened along one axis to the w:h aspect
// ratio; with no places, the whole world.
func fit(places []Place, w, h float64) view {
	b := bbox{-180, -90, 180, 90}
	kx := 1.0
	if len(places) > 0 {
		b = emptyBox()
		for _, p := range places {
			b.add(p.Lon, p.Lat)
		}
		grow := func(lo, hi float64) (float64, float64) {
			c, span := (lo+hi)/2, hi-lo
			span = max(span, minSpan)
			span += 2 * padFrac * span
			return c - span/2, c + span/2
		}
		b.minLon, b.maxLon = grow(b.minLon, b.maxLon)
		b.minLat, b.maxLat = grow(b.minLat, b.maxLat)
		mid := max(-90, min(90, (b.minLat+b.maxLat)/2))
		kx = max(minKx, math.Cos(mid*math.Pi/180))
	}
	cx, cy := (b.minLon+b.maxLon)/2*kx, (b.minLat+b.maxLat)/2
	pw, ph := (b.maxLon-b.minLon)*kx, b.maxLat-b.minLat
	if pw/ph > w/h {
		ph = pw * h / w
	} else {
		pw = ph * w / h
	}
	v := view{kx: kx, s: w / pw, x0: cx - pw/2, y0: cy + ph/2}
	v.box = bbox{minLon: v.x0 / kx, maxLon: (v.x0 + pw) / kx, minLat: v.y0 - ph, maxLat: v.y0}
	return v
}

// acrossAntimeridian moves the places west of 0° by +360° when that
// makes their longitudes span less (Fiji and Samoa in one story), so the
// view is fitted across the antimeridian instead of around the world.
func acrossAntimeridian(places []Place) {
	if len(places) < 2 {
		return
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	lo2, hi2 := math.Inf(1), math.Inf(-1)
	for _, p := range places {
		lo, hi = min(lo, p.Lon), max(hi, p.Lon)
		l := p.Lon
		if l < 0 {
			l += 360
		}
		lo2, hi2 = min(lo2, l), max(hi2, l)
	}
	if hi2-lo2 >= hi-lo {
		return
	}
	for i := range places {
		if places[i].Lon < 0 {
			places[i].Lon += 360
		}
	}
}

// Render writes one <svg> element showing the places on the country
// boundaries around them (the whole world when there are none). Places
// whose coordinates are not finite or out of range are skipped; the svg's
// data-places attribute counts those drawn. The output is well-formed XML
// whatever the names hold. The error is from decoding the embedded data
// (ruled out by the tests) or from w. Safe for concurrent use.
func Render(w io.Writer, places []Place, opt Options) error {
	cs, err := countries()
	if err != nil {
		return err
	}
	width, height := opt.Width, opt.Height
	if width <= 0 || height <= 0 {
		width, height = DefaultWidth, DefaultHeight
	}
	width, height = min(width, maxSize), min(height, maxSize)
	title := opt.Title
	if title == "" {
		title = DefaultTitle
	}

	valid := make([]Place, 0, len(places))
	for _, p := range places {
		if validCoord(p.Lat, p.Lon) {
			valid = append(valid, p)
		}
	}
	// Heavier places first, so smaller dots are drawn on top and heavier
	// ones get the better label positions.
	slices.SortStableFunc(valid, func(a, b Place) int { return cmp.Compare(b.Weight, a.Weight) })
	acrossAntimeridian(valid)

	fw, fh := float64(width), float64(height)
	v := fit(valid, fw, fh)

	hit := make([]bool, len(cs))
	for _, p := range valid {
		if i := locate(cs, p.Lon, p.Lat); i >= 0 {
			hit[i] = true
		}
	}

	b := make([]byte, 0, 64<<10)
	b = append(b, `<svg xmlns="http://www.w3.org/2000/svg" class="worldmap" viewBox="0 0 `...)
	b = strconv.AppendInt(b, int64(width), 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(height), 10)
	b = append(b, `" width="`...)
	b = strconv.AppendInt(b, int64(width), 10)
	b = append(b, `" height="`...)
	b = strconv.AppendInt(b, int64(height), 10)
	b = append(b, `" role="img" aria-label="`...)
	b = appendEscaped(b, title, maxTitle)
	b = append(b, `" data-places="`...)
	b = strconv.AppendInt(b, int64(len(valid)), 10)
	b = append(b, `" font-family="sans-serif">`...)
	b = fmt.Appendf(b, `<rect class="sea" x="0" y="0" width="%d" height="%d" fill="%s"/>`, width, height, seaFill)

	// Countries: those without a place first, then the highlighted ones so
	// their outline is not covered.
	for _, want := range []bool{false, true} {
		for i := range cs {
			if hit[i] != want {
				continue
			}
			b = appendCountry(b, &cs[i], &v, want)
		}
	}

	dots := make([]dot, len(valid))
	l := labeler{w: fw, h: fh, dots: make([]rect, len(valid))}
	for i, p := range valid {
		x, y := v.project(p.Lon, p.Lat)
		r := radius(p.Weight)
		dots[i] = dot{x, y, r}
		l.dots[i] = rect{x - r, y - r, x + r, y + r}
	}
	for i, p := range valid {
		b = appendPlace(b, p, dots[i], &l, i < maxLabels)
	}
	b = append(b, "</svg>"...)
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("worldmap: write svg: %w", err)
	}
	return nil
}

// appendCountry appends one <path> for the country's polygons in view;
// nothing when none of them has a visible ring.
func appendCountry(b []byte, c *country, v *view, hit bool) []byte {
	start := len(b)
	if hit {
		b = append(b, `<path class="country hit" data-name="`...)
		b = appendEscaped(b, c.name, maxTitle)
		b = append(b, `" fill="`+hitFill+`"`...)
	} else {
		b = append(b, `<path class="country" fill="`+landFill+`"`...)
	}
	b = append(b, ` stroke="`+borderColor+`" stroke-width="0.5" stroke-linejoin="round" d="`...)
	dStart := len(b)
	for _, shift := range shifts {
		sv := v.shifted(shift)
		if !c.box.intersects(sv.box) {
			continue
		}
		for pi := range c.polys {
			p := &c.polys[pi]
			if !p.box.intersects(sv.box) {
				continue
			}
			for _, r := range p.rings {
				b = appendRing(b, r, &sv)
			}
		}
	}
	if len(b) == dStart {
		return b[:start]
	}
	return append(b, `"/>`...)
}

// appendRing appends "Mx y x y …Z" for one ring, dropping points closer
// than minStep pixels to the last one kept, and nothing when fewer than
// three points remain.
func appendRing(b []byte, r []float32, v *view) []byte {
	start := len(b)
	kept := 0
	var lx, ly float64
	for i := 0; i < len(r); i += 2 {
		x, y := v.project(float64(r[i]), float64(r[i+1]))
		if kept > 0 {
			dx, dy := x-lx, y-ly
			if dx*dx+dy*dy < minStep*minStep {
				continue
			}
			b = append(b, ' ')
		} else {
			b = append(b, 'M')
		}
		b = appendCoord(b, x)
		b = append(b, ' ')
		b = appendCoord(b, y)
		lx, ly = x, y
		kept++
	}
	if kept < 3 {
		return b[:start]
	}
	return append(b, 'Z')
}

// appendCoord appends v rounded to one decimal, without a trailing ".0"
// or a negative zero.
func appendCoord(b []byte, v float64) []byte {
	v = math.Round(v*10) / 10
	if v == 0 {
		v = 0 // no "-0"
	}
	return strconv.AppendFloat(b, v, 'f', -1, 64)
}

// radius is the dot size for a weight: 3 + 2·log2(1+w), at most maxRadius.
func radius(weight int) float64 {
	return min(maxRadius, 3+2*math.Log2(1+float64(max(weight, 0))))
}

// rect is a box in viewBox pixels.
type rect struct{ x1, y1, x2, y2 float64 }

func (a rect) overlaps(b rect) bool {
	return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2
}

// dot is a place in viewBox pixels.
type dot struct {
	x, y, r float64
}

// labeler places labels one at a time, avoiding the dots and the labels
// placed before.
type labeler struct {
	w, h   float64
	dots   []rect
	placed []rect
}

// label returns where the label of a dot goes: x, y of the text and its
// text-anchor. The label is right-to-left (direction="rtl"), so anchor
// "start" puts its right edge at x, left of the dot, and "end" its left
// edge, right of the dot. Positions are tried left, right, then one and
// two lines above and below each; the first that stays inside the viewBox and
// overlaps no dot or earlier label wins, else the first inside the
// viewBox, else the left one clamped inside.
func (l *labeler) label(d dot, runes int) (x, y float64, anchor string) {
	tw := float64(runes) * charWidth
	type cand struct {
		x, y   float64
		anchor string
		box    rect
	}
	base := d.y + fontSize/3
	var first *cand
	try := func(c cand) bool {
		if c.box.x1 < labelMargin || c.box.x2 > l.w-labelMargin || c.box.y1 < 0 || c.box.y2 > l.h {
			return false
		}
		if first == nil {
			first = &c
		}
		for _, o := range l.dots {
			// Dots over this one's centre (itself, or places at the
			// same spot) cannot be avoided.
			if c.box.overlaps(o) && !o.overlaps(rect{d.x, d.y, d.x, d.y}) {
				return false
			}
		}
		for _, o := range l.placed {
			if c.box.overlaps(o) {
				return false
			}
		}
		l.placed = append(l.placed, c.box)
		x, y, anchor = c.x, c.y, c.anchor
		return true
	}
	for _, dy := range [...]float64{0, -fontSize, fontSize, -2 * fontSize, 2 * fontSize} {
		cy := base + dy
		lx := d.x - d.r - 3
		if try(cand{lx, cy, "start", rect{lx - tw, cy - fontSize, lx, cy + fontSize/3}}) {
			return x, y, anchor
		}
		rx := d.x + d.r + 3
		if try(cand{rx, cy, "end", rect{rx, cy - fontSize, rx + tw, cy + fontSize/3}}) {
			return x, y, anchor
		}
	}
	if first != nil {
		l.placed = append(l.placed, first.box)
		return first.x, first.y, first.anchor
	}
	x = max(min(d.x-d.r-3, l.w-labelMargin), min(l.w-labelMargin, tw+labelMargin))
	y = max(fontSize, min(l.h-3, base))
	return x, y, "start"
}

// appendPlace appends <g class="place"> with the dot, its <title> and,
// if withLabel, a label placed by l.
func appendPlace(b []byte, p Place, d dot, l *labeler, withLabel bool) []byte {
	b = append(b, `<g class="place"><title>`...)
	b = appendEscaped(b, p.Name, maxTitle)
	b = append(b, `</title><circle cx="`...)
	b = appendCoord(b, d.x)
	b = append(b, `" cy="`...)
	b = appendCoord(b, d.y)
	b = append(b, `" r="`...)
	b = appendCoord(b, d.r)
	b = append(b, `" fill="`+dotFill+`" fill-opacity="0.85" stroke="`+borderColor+`" stroke-width="1"/>`...)

	if !withLabel {
		return append(b, "</g>"...)
	}
	label := appendEscaped(nil, p.Name, maxLabel)
	if len(label) > 0 {
		x, y, anchor := l.label(d, min(utf8.RuneCountInString(p.Name), maxLabel+1))
		b = append(b, `<text x="`...)
		b = appendCoord(b, x)
		b = append(b, `" y="`...)
		b = appendCoord(b, y)
		b = append(b, `" text-anchor="`...)
		b = append(b, anchor...)
		b = append(b, `" direction="rtl" font-size="12" fill="`+textFill+`" stroke="`+borderColor+`" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`...)
		b = append(b, label...)
		b = append(b, "</text>"...)
	}
	return append(b, "</g>"...)
}

// appendEscaped appends s escaped for XML text and attribute values, with
// at most maxRunes runes (then "…"). Invalid UTF-8 becomes U+FFFD, runes
// XML 1.0 does not allow are dropped, and tabs and newlines become spaces.
func appendEscaped(b []byte, s string, maxRunes int) []byte {
	n := 0
	for _, r := range s { // invalid bytes arrive as utf8.RuneError
		if n == maxRunes {
			return append(b, "…"...)
		}
		switch {
		case r == '&':
			b = append(b, "&amp;"...)
		case r == '<':
			b = append(b, "&lt;"...)
		case r == '>':
			b = append(b, "&gt;"...)
		case r == '"':
			b = append(b, "&quot;"...)
		case r == '\'':
			b = append(b, "&#39;"...)
		case r == '\t' || r == '\n' || r == '\r':
			b = append(b, ' ')
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF || (r >= 0xD800 && r <= 0xDFFF):
			continue
		default:
			b = utf8.AppendRune(b, r)
		}
		n++
	}
	return b
}
