// Package store defines where isnad keeps analysed articles and how they are
// searched: the Store interface every backend implements, the query and
// match types, and the index terms every backend derives from a document
// with the same Go-side Arabic analysis (so backends agree on hits).
//
// What goes in: documents that have been through the pipeline (KindText and
// KindTokens provided). What comes out: stored documents by id, counts, and
// ranked matches for analysed query terms.
//
//	st, err := sqlite.Open(ctx, "isnad.db")
//	added, err := st.Put(ctx, doc)            // added[0] is false if already stored
//	ms, err := st.Search(ctx, store.Query{Terms: terms, Limit: 10})
//
// Backends live in subpackages (store/sqlite). The search package turns a
// user's query into Terms and the matches into hits with snippets.
package store
