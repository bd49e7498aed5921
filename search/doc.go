// Package search answers a user's query over a store: it analyses the query
// with the same Arabic normalization and stemming used for indexing, asks
// the store for ranked matches, and builds a snippet for each hit from the
// article's original text with the matched words marked.
//
// What goes in: a query string such as "قافلة البوكمال" and a filter. What
// comes out: hits with the article's file, title, outlet, date, score, and
// a snippet whose marked words are byte ranges into the original body.
//
//	hits, err := search.Run(ctx, st, search.Request{Query: "قافلة", Limit: 10})
//	for _, h := range hits {
//		fmt.Println(h.Title, h.Snippet)    // "… وصلت [القافلة] إلى …"
//	}
//
// A query matches a word when their match-level forms are equal (so
// diacritics, alef and yeh variants, Persian letters and teh marbuta do not
// matter) or their light stems are equal (so القافلة, للقافلة and قافلته all
// match قافلة). Every query word must match.
package search
