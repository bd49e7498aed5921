// Package gazetteer names places, countries, news outlets and organizations
// in Arabic news and gives places their coordinates.
//
// What goes in: a name as written in a text ("بالبوكمال", "أ.ف.ب", "تنظيم
// الدولة"), or the Match-level forms of a run of tokens (isnad.Token.Norm).
//
// What comes out: Entries, each with a stable ID ("geonames:174448",
// "country:SY", "media:reuters", "org:isis"), a Type (PLACE, REGION,
// COUNTRY, MEDIA, ORG), a canonical Arabic name, an English name, its
// aliases, a country code and, for places, regions and countries,
// coordinates and (from GeoNames) population.
//
//   - Default(): the gazetteer compiled into the package (data/, through
//     embed), loaded on first use and shared; safe for concurrent use.
//   - Lookup(name): every entry with that name. Names are compared by Key
//     (arabic.Match level, tokens joined by one space); when the whole form
//     names nothing, the proclitics و ف ب ل ك and the article (ال, لل) are
//     taken off the first word. Spacing variants of compound names (البو
//     كمال / البوكمال / أبو كمال, أبو ظبي / أبوظبي, عبد الله / عبدالله) are
//     indexed.
//   - HasName(name): whether an entry has that name as written, no clitic
//     taken off (لبنان, not لحزب الله), for entity linking.
//   - Longest(norms, i): the longest name starting at token i, for the NER
//     feature hook and entity linking.
//   - Resolve(name, countryHint): the one place a name most likely means,
//     by country context, then population (السخنة is the Syrian town in a
//     Syria story, the Yemeni one in a Yemen story).
//
// For example:
//
//	g := gazetteer.Default()
//	e, _ := g.Resolve("بالبوكمال", []string{"SY"})
//	fmt.Println(e.ID, e.Canonical, e.Lat, e.Lon) // geonames:174448 البوكمال 34.45226 40.91854
//	for _, e := range g.Lookup("الميادين") {
//		fmt.Println(e.Type, e.ID) // MEDIA media:almayadeen, PLACE geonames:173480
//	}
//
// The data comes from GeoNames (CC BY 4.0, attribution: GeoNames.org),
// i18n-iso-countries (MIT) and hand-written tables in src/; it is compiled
// by gazetteer/internal/build, whose use, sources and licences are in
// README.md and data/ATTRIBUTION.md.
package gazetteer
