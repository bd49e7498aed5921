package worldmap

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

// This file decodes the part of TopoJSON that world-atlas uses
// (https://github.com/topojson/topojson-specification): a Topology with an
// optional quantization transform, delta-encoded arcs when quantized, and a
// GeometryCollection of Polygon and MultiPolygon geometries whose rings are
// lists of arc indexes (a negative index ~i means arc i reversed). Other
// geometry types (points, lines, null) are skipped.

// country is one feature of the countries object.
type country struct {
	id    string // ISO 3166-1 numeric code, "" where Natural Earth has none
	name  string // English name from properties.name
	polys []polygon
	box   bbox
}

// polygon is an outer ring followed by its holes; each ring is interleaved
// lon, lat pairs in degrees, closed (the last point repeats the first).
type polygon struct {
	rings [][]float32
	box   bbox
}

// bbox is a box in degrees.
type bbox struct {
	minLon, minLat, maxLon, maxLat float64
}

func emptyBox() bbox {
	return bbox{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
}

func (b *bbox) add(lon, lat float64) {
	b.minLon = min(b.minLon, lon)
	b.maxLon = max(b.maxLon, lon)
	b.minLat = min(b.minLat, lat)
	b.maxLat = max(b.maxLat, lat)
}

func (b *bbox) union(o bbox) {
	b.minLon = min(b.minLon, o.minLon)
	b.maxLon = max(b.maxLon, o.maxLon)
	b.minLat = min(b.minLat, o.minLat)
	b.maxLat = max(b.maxLat, o.maxLat)
}

func (b bbox) intersects(o bbox) bool {
	return b.minLon <= o.maxLon && o.minLon <= b.maxLon &&
		b.minLat <= o.maxLat && o.minLat <= b.maxLat
}

func (b bbox) contains(lon, lat float64) bool {
	return lon >= b.minLon && lon <= b.maxLon && lat >= b.minLat && lat <= b.maxLat
}

type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Type       string     `json:"type"`
		Geometries []geometry `json:"geometries"`
	} `json:"objects"`
}

type geometry struct {
	Type       string          `json:"type"`
	Arcs       json.RawMessage `json:"arcs"`
	ID         any             `json:"id"` // a string in world-atlas; numbers are accepted too
	Properties struct {
		Name string `json:"name"`
	} `json:"properties"`
}

// errFormat is wrapped by every decoding error about the data's shape.
var errFormat = errors.New("not a TopoJSON topology with Polygon/MultiPolygon geometries")

// decodeTopo reads a TopoJSON document and returns the features of the
// GeometryCollection named object.
func decodeTopo(data []byte, object string) ([]country, error) {
	var t topology
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("decode topojson: %w", err)
	}
	if t.Type != "Topology" {
		return nil, fmt.Errorf("decode topojson: type %q: %w", t.Type, errFormat)
	}
	obj, ok := t.Objects[object]
	if !ok {
		return nil, fmt.Errorf("decode topojson: no object %q: %w", object, errFormat)
	}
	arcs := decodeArcs(&t)
	out := make([]country, 0, len(obj.Geometries))
	for i, g := range obj.Geometries {
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("decode topojson: geometry %d (%s): %w", i, g.Properties.Name, err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("decode topojson: geometry %d (%s): %w", i, g.Properties.Name, err)
			}
		default:
			continue
		}
		c := country{name: g.Properties.Name, box: emptyBox()}
		switch id := g.ID.(type) {
		case string:
			c.id = id
		case float64:
			c.id = fmt.Sprintf("%03d", int(id))
		}
		for _, p := range polys {
			poly := polygon{box: emptyBox()}
			for _, ring := range p {
				r, err := stitch(arcs, ring)
				if err != nil {
					return nil, fmt.Errorf("decode topojson: geometry %d (%s): %w", i, g.Properties.Name, err)
				}
				if len(r) < 6 { // fewer than 3 points: no area
					continue
				}
				r = unwrap(r)
				for j := 0; j < len(r); j += 2 {
					poly.box.add(float64(r[j]), float64(r[j+1]))
				}
				poly.rings = append(poly.rings, r)
			}
			if len(poly.rings) == 0 {
				continue
			}
			c.box.union(poly.box)
			c.polys = append(c.polys, poly)
		}
		if len(c.polys) > 0 {
			out = append(out, c)
		}
	}
	return out, nil
}

// decodeArcs returns each arc as interleaved absolute lon, lat pairs,
// undoing the delta encoding and quantization when there is a transform.
func decodeArcs(t *topology) [][]float32 {
	out := make([][]float32, len(t.Arcs))
	for i, arc := range t.Arcs {
		pts := make([]float32, 0, 2*len(arc))
		var x, y float64
		for _, p := range arc {
			lon, lat := p[0], p[1]
			if tr := t.Transform; tr != nil {
				x += p[0]
				y += p[1]
				lon = x*tr.Scale[0] + tr.Translate[0]
				lat = y*tr.Scale[1] + tr.Translate[1]
			}
			pts = append(pts, float32(lon), float32(lat))
		}
		out[i] = pts
	}
	return out
}

// stitch joins the arcs of one ring; consecutive arcs share an end point,
// which is kept once.
func stitch(arcs [][]float32, ring []int) ([]float32, error) {
	var out []float32
	for _, ai := range ring {
		rev := ai < 0
		if rev {
			ai = ^ai
		}
		if ai >= len(arcs) {
			return nil, fmt.Errorf("arc %d of %d: %w", ai, len(arcs), errFormat)
		}
		a := arcs[ai]
		n := len(a) / 2
		for k := range n {
			j := k
			if rev {
				j = n - 1 - k
			}
			if k == 0 && len(out) > 0 {
				continue // same point as the previous arc's last
			}
			out = append(out, a[2*j], a[2*j+1])
		}
	}
	return out, nil
}

// unwrap makes a ring that crosses the antimeridian continuous, as the
// planar drawing needs: world-atlas keeps such rings spherical (Russia's
// Chukotka, Fiji, Antarctica), so a step from 179.9° to -180° would draw a
// line across the map. Longitudes after such a step are shifted by 360°,
// so the ring may reach past ±180° (the renderer draws shifted copies). A
// ring that crosses an odd number of times goes round a pole
// (Antarctica's coast): it is started after its first crossing and closed
// along the pole instead. Other rings are returned unchanged.
func unwrap(r []float32) []float32 {
	n := len(r) / 2
	crossings, first := 0, -1
	for i := 1; i < n; i++ {
		if d := r[2*i] - r[2*i-2]; d > 180 || d < -180 {
			crossings++
			if first < 0 {
				first = i
			}
		}
	}
	if crossings == 0 {
		return r
	}
	if crossings%2 == 1 {
		// Rotate the open ring (without its closing point) to start
		// after the first crossing.
		open := r[:len(r)-2]
		rot := make([]float32, 0, len(r)+6)
		rot = append(rot, open[2*first:]...)
		rot = append(rot, open[:2*first]...)
		out := shiftRun(rot)
		pole := float32(90)
		if out[1] < 0 {
			pole = -90
		}
		last := out[len(out)-2]
		return append(out, last, pole, out[0], pole, out[0], out[1])
	}
	return shiftRun(append([]float32(nil), r...))
}

// shiftRun shifts longitudes in place by multiples of 360° so that no
// step between neighbours exceeds 180°.
func shiftRun(r []float32) []float32 {
	var off float32
	prev := r[0]
	for i := 2; i < len(r); i += 2 {
		lon := r[i]
		switch d := lon - prev; {
		case d > 180:
			off -= 360
		case d < -180:
			off += 360
		}
		prev = lon
		r[i] = lon + off
	}
	return r
}

// inRing reports whether (lon, lat) lies inside the ring (even-odd rule).
func inRing(r []float32, lon, lat float64) bool {
	in := false
	n := len(r) / 2
	for i, j := 0, n-1; i < n; j, i = i, i+1 {
		xi, yi := float64(r[2*i]), float64(r[2*i+1])
		xj, yj := float64(r[2*j]), float64(r[2*j+1])
		if (yi > lat) != (yj > lat) && lon < (xj-xi)*(lat-yi)/(yj-yi)+xi {
			in = !in
		}
	}
	return in
}

// containsPoint reports whether the polygon (outer ring minus holes)
// contains (lon, lat).
func (p *polygon) containsPoint(lon, lat float64) bool {
	if !p.box.contains(lon, lat) {
		return false
	}
	in := false
	for _, r := range p.rings {
		if inRing(r, lon, lat) {
			in = !in
		}
	}
	return in
}

// containsPoint reports whether one of the country's polygons contains
// (lon, lat), trying the longitude shifted by ±360° for the polygons that
// reach past the antimeridian.
func (c *country) containsPoint(lon, lat float64) bool {
	for _, shift := range shifts {
		l := lon + shift
		if !c.box.contains(l, lat) {
			continue
		}
		for i := range c.polys {
			if c.polys[i].containsPoint(l, lat) {
				return true
			}
		}
	}
	return false
}

// shifts are the longitude offsets under which a polygon is drawn or
// tested, for views and rings that reach past ±180°.
var shifts = [...]float64{0, -360, 360}
