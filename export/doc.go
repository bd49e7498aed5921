// Package export writes a story desk's articles, claims and places in
// formats other tools read: JSON Lines, CSV for spreadsheets, GeoJSON for
// maps and schema.org ClaimReview JSON-LD for fact-checking tools.
//
// What goes in: a *desk.View (desk.Load of a store, or desk.NewView of
// analysed documents) and an io.Writer.
//
// What comes out, one writer per format (Write picks one by name):
//
//   - JSONL ("jsonl"): every article, newest first, one JSON object per
//     line: exactly the document JSON "isnad analyze" prints (docs/schema.md)
//     with one field added, "story", the id of the article's story (null
//     when it is in none).
//   - ClaimsCSV ("claims-csv"): one row per answer of every compared claim
//     of every story, best ranked story first; UTF-8 with a byte-order mark
//     so spreadsheet tools show the Arabic (see ClaimsHeader for the
//     columns).
//   - GeoJSON ("geojson"): a FeatureCollection of Point features, one per
//     story and geocoded place (LOC or GPE) its articles name; coordinates
//     are [lon, lat] as GeoJSON (RFC 7946) orders them.
//   - ClaimReview ("claimreview"): a JSON array of schema.org ClaimReview
//     objects (JSON-LD), one per conflicting claim, rated "متعارض"
//     (conflicting) and listing each outlet's figure and its chain of
//     sources. Nothing is added that the articles do not state.
//
// The writers never change the view and are safe for concurrent use; they
// return the writer's first error, wrapped with the format's name. The
// output of one view is always the same (ClaimReview's date comes from
// Options, not the clock).
//
// For example:
//
//	v, err := desk.Load(ctx, st)
//	if err != nil {
//		return err
//	}
//	f, err := os.Create("claims.csv")
//	if err != nil {
//		return err
//	}
//	defer f.Close()
//	return export.ClaimsCSV(f, v)
package export
