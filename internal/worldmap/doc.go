// Package worldmap draws a story's places as an inline SVG map, from
// country boundaries compiled into the package: fully offline, with no
// tiles and nothing fetched at run time.
//
// What goes in: Places (a name, usually Arabic and untrusted, degrees of
// latitude and longitude, and a Weight, the number of mentions) and
// Options (viewBox size, default 640×400, and the aria-label).
//
// What comes out: Render writes one <svg> element:
//
//   - an equirectangular projection, its x scaled by the cosine of the
//     middle latitude, fitted to the places' bounding box with padding (at
//     least 6° each way, so a single place shows its surroundings) and
//     widened to the viewBox's aspect ratio, across the antimeridian when
//     that is shorter; with no places, the world;
//   - a <rect class="sea">, then one <path class="country"> per country in
//     view, with class="country hit" (and data-name, the English name) for
//     the countries that contain a place;
//   - one <g class="place"> per place with a <title> (the name), a
//     <circle> whose radius grows with Weight (3 + 2·log2(1+w), at most
//     12) and a right-to-left <text> label, left of the dot where there is
//     room, kept inside the viewBox and off other labels and dots where
//     possible (heavier places first; only the 50 heaviest get a label);
//   - data-places on the svg: how many places were drawn (places with
//     NaN, infinite or out-of-range coordinates are skipped).
//
// Every element carries inline fill and stroke defaults (light blue sea,
// light grey countries with white borders, a warm tint for hit countries,
// dark red dots), so the map renders without CSS; the page may restyle
// the classes. Names are escaped, so the output is well-formed XML.
//
// Contains(lat, lon) names the country whose boundary holds a point (or
// lies within 0.1° of it, for coastal cities); the same test picks the
// highlighted countries.
//
// For example:
//
//	var buf bytes.Buffer
//	err := worldmap.Render(&buf, []worldmap.Place{
//		{Name: "البوكمال", Lat: 34.45, Lon: 40.92, Weight: 3},
//		{Name: "دير الزور", Lat: 35.33, Lon: 40.14, Weight: 1},
//	}, worldmap.Options{Title: "أماكن الخبر"})
//	// buf holds <svg … data-places="2"> with Syria highlighted.
//	name, _ := worldmap.Contains(34.88, 38.87) // "Syria"
//
// The boundaries are Natural Earth's Admin 0 countries at 1:50m (public
// domain), as TopoJSON from the npm package world-atlas@2.0.2 (ISC),
// embedded unchanged in data/ and decoded once on first use (about 50 ms).
// Provenance, licences and the command that refreshes them are in
// data/ATTRIBUTION.md. Boundaries and names are Natural Earth's.
package worldmap
