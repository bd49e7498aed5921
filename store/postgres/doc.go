// Package postgres is the server store: articles and their search index in
// a PostgreSQL database (github.com/jackc/pgx/v5), for several workers
// writing at once. It holds and finds the same articles as the embedded
// store (store/sqlite); storetest.Compare checks that.
//
// What goes in: a connection URL; the schema is the connection's
// search_path. What comes out: a store.Store.
//
//	st, err := postgres.Open(ctx, "postgres://isnad@db.example/isnad")
//	defer st.Close()
//	added, err := st.Put(ctx, docs...)
//	ms, err := st.Search(ctx, store.Query{Terms: terms, Limit: 10})
//
// # Schema
//
// Migrations are numbered and recorded in the isnad_schema table, each
// applied in its own transaction under a transaction-level advisory lock
// keyed by the schema, so that workers opening a fresh database together
// migrate it once. A schema whose version is newer than this program's, or
// that holds an articles table isnad did not create, is refused with
// ErrNotStore and never modified.
//
// Columns are the SQLite store's; meta, problems and annotations are JSONB
// written from the same Go types, so Get returns the same values from both.
// PostgreSQL text cannot hold NUL bytes or invalid UTF-8: a document with
// either is refused (Put fails and stores nothing) where SQLite stores it.
//
// # Search
//
// The index is a tsvector built in Go from store.Index (never by
// PostgreSQL's parsers), with the four fields under the labels A (title
// norms), B (title stems), C (body norms) and D (body stems), and a GIN
// index over it. A query term matches as 'norm':AC | 'stem':BD, the same
// rule as the SQLite store's FTS5 column filters; every term must match.
// Lexemes are quoted and passed as parameters, never written into the SQL.
//
// Ranking is FTS5's BM25 (k1 = 1.2, b = 0.75) computed in SQL with the SQLite
// store's column weights 4, 2, 2, 1. For each phrase (a term's norm or
// stem) it takes the IDF over the whole corpus (counted through the
// tsvector), the document's weighted frequency (from the tf column, a JSONB
// object written by Put: lexeme → [norm, stem] frequency, each occurrence
// weighted by its field) and the document's token count against the
// average (corpus totals are kept in isnad_stats by Put). Scores therefore
// equal SQLite's up to floating point, except that a form SQLite's tokenizer
// splits ("3.5") is matched as all of its parts rather than as a phrase.
// Ties are ordered by publication date, newest first, then id.
//
// Ranking reads the index of every matching document, so a query that
// matches a large share of a big corpus costs time in proportion to it.
// Open turns JIT compilation off for its connections unless the URL sets
// jit: it costs more than these short queries save.
package postgres
