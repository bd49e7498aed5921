// Package sqlite is the embedded store: one SQLite file (modernc.org/sqlite,
// pure Go, no cgo) holding articles and an FTS5 index of their analysed
// terms.
//
// What goes in: a file path. What comes out: a store.Store.
//
//	st, err := sqlite.Open(ctx, "/home/me/.local/share/isnad/isnad.db")
//	defer st.Close()
//
// The schema is versioned with PRAGMA user_version and migrated forward on
// Open, each migration in its own transaction. A file that is not an isnad
// store (or is from a newer isnad) is refused, never modified.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/store"

	_ "modernc.org/sqlite" // database/sql driver "sqlite"
)

// Store is the SQLite store. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
}

var _ store.Store = (*Store)(nil)

// ErrNotStore is returned by Open for a file that is not an isnad store.
var ErrNotStore = errors.New("not an isnad store")

// migrations[i] brings the schema from version i to i+1.
var migrations = []string{
	`CREATE TABLE articles (
		id            TEXT PRIMARY KEY,
		source        TEXT NOT NULL,
		url           TEXT,
		format        TEXT NOT NULL,
		outlet        TEXT,
		publisher     TEXT,
		title         TEXT,
		author        TEXT,
		published     TEXT,            -- YYYY-MM-DD or NULL
		body          TEXT NOT NULL,
		meta          TEXT,            -- JSON object or NULL
		problems      TEXT,            -- JSON array or NULL
		outlet_key    TEXT NOT NULL,   -- match-level outlet, for filters
		publisher_key TEXT NOT NULL,
		ingested_at   TEXT NOT NULL
	);
	CREATE INDEX articles_published ON articles(published);
	CREATE INDEX articles_outlet_key ON articles(outlet_key);
	CREATE VIRTUAL TABLE articles_fts USING fts5(
		title_norm, title_stem, body_norm, body_stem,
		tokenize = "unicode61 remove_diacritics 0"
	);
	CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
	INSERT INTO meta(key, value) VALUES ('application', 'isnad');`,
	// 2: the value stages' annotations (quantities, dates, durations) as one
	// JSON object; NULL for articles stored before they existed.
	`ALTER TABLE articles ADD COLUMN annotations TEXT;`,
	// 3: Scan pages by (published, id).
	`CREATE INDEX articles_published_id ON articles(published, id);
	DROP INDEX articles_published;`,
	// 4: the full-text index in segments (see segments.go); articles_fts
	// is the first.
	`CREATE TABLE fts_segments (seg INTEGER PRIMARY KEY, first_rowid INTEGER NOT NULL);
	INSERT INTO fts_segments(seg, first_rowid) VALUES (0, 1);`,
}

// docAnnotations returns d's annotations to store: JSON text, or nil.
func docAnnotations(d *isnad.Document) (any, error) {
	js, ok, err := store.EncodeAnnotations(d)
	if !ok {
		return nil, err
	}
	return js, nil
}

// Open opens or creates the store at path, creating its directory, and
// migrates its schema to the current version.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("open store: empty path")
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	}
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// Path returns the store's file path.
func (s *Store) Path() string { return s.path }

func (s *Store) migrate(ctx context.Context) error {
	var version int
	if err := s.db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		if strings.Contains(err.Error(), "not a database") {
			return fmt.Errorf("%w: the file is not a SQLite database (hint: give -db a new file name or an existing isnad store)", ErrNotStore)
		}
		return err
	}
	if version > len(migrations) {
		return fmt.Errorf("%w: schema version %d is newer than this isnad knows (%d); upgrade isnad", ErrNotStore, version, len(migrations))
	}
	if version == 0 {
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema`).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("%w: the SQLite file already holds other tables (hint: give -db a new file name)", ErrNotStore)
		}
	}
	for v := version; v < len(migrations); v++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to schema %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, v+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to schema %d: %w", v+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrate to schema %d: %w", v+1, err)
		}
	}
	return nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func nullString(v string) any {
	if v == "" {
		return nil
	}
	return v
}

func jsonOrNull[T any](v T, empty bool) (any, error) {
	if empty {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// Put implements store.Store.
func (s *Store) Put(ctx context.Context, docs ...*isnad.Document) ([]bool, error) {
	added := make([]bool, len(docs))
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store put: %w", err)
	}
	defer tx.Rollback()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO articles
		(id, source, url, format, outlet, publisher, title, author, published, body, meta, problems, outlet_key, publisher_key, ingested_at, annotations)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO NOTHING`)
	if err != nil {
		return nil, fmt.Errorf("store put: %w", err)
	}
	defer ins.Close()
	idx, err := newIndexer(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("store put: %w", err)
	}
	defer idx.close()
	upd, err := tx.PrepareContext(ctx, `UPDATE articles SET annotations = ? WHERE id = ? AND annotations IS NULL`)
	if err != nil {
		return nil, fmt.Errorf("store put: %w", err)
	}
	defer upd.Close()
	now := time.Now().UTC().Format(time.RFC3339)
	for i, d := range docs {
		d.ID = d.Key()
		meta, err := jsonOrNull(d.Meta, len(d.Meta) == 0)
		if err != nil {
			return nil, fmt.Errorf("store put %s: %w", d.Source, err)
		}
		problems, err := jsonOrNull(d.Problems, len(d.Problems) == 0)
		if err != nil {
			return nil, fmt.Errorf("store put %s: %w", d.Source, err)
		}
		ann, err := docAnnotations(d)
		if err != nil {
			return nil, fmt.Errorf("store put %s: %w", d.Source, err)
		}
		res, err := ins.ExecContext(ctx, d.ID, d.Source, nullString(d.URL), string(d.Format),
			nullString(d.Outlet), nullString(d.Publisher), nullString(d.Title), nullString(d.Author),
			nullString(d.Published.String()), d.Body, meta, problems,
			store.Key(d.Outlet), store.Key(d.Publisher), now, ann)
		if err != nil {
			return nil, fmt.Errorf("store put %s: %w", d.Source, err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return nil, fmt.Errorf("store put %s: %w", d.Source, err)
		}
		if n == 0 {
			// Already stored. An article stored before the value stages
			// existed gets their annotations now; nothing else changes.
			if ann != nil {
				if _, err := upd.ExecContext(ctx, ann, d.ID); err != nil {
					return nil, fmt.Errorf("store put %s: %w", d.Source, err)
				}
			}
			continue
		}
		rowid, err := res.LastInsertId()
		if err != nil {
			return nil, fmt.Errorf("store put %s: %w", d.Source, err)
		}
		if err := idx.add(ctx, rowid, store.Index(d)); err != nil {
			return nil, fmt.Errorf("store put %s: index: %w", d.Source, err)
		}
		added[i] = true
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store put: commit: %w", err)
	}
	return added, nil
}

const docColumns = `id, source, url, format, outlet, publisher, title, author, published, meta, problems`

func scanDoc(sc interface{ Scan(...any) error }, withBody bool) (*isnad.Document, error) {
	var (
		d                                                              isnad.Document
		url, outlet, publisher, title, author, published, meta, probls sql.NullString
		format                                                         string
	)
	var ann sql.NullString
	dest := []any{&d.ID, &d.Source, &url, &format, &outlet, &publisher, &title, &author, &published, &meta, &probls}
	if withBody {
		dest = append(dest, &d.Body, &ann)
	}
	if err := sc.Scan(dest...); err != nil {
		return nil, err
	}
	d.URL, d.Format, d.Outlet, d.Publisher = url.String, isnad.Format(format), outlet.String, publisher.String
	d.Title, d.Author = title.String, author.String
	if published.Valid {
		p, err := isnad.ParseDate(published.String)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", d.ID, err)
		}
		d.Published = p
	}
	if meta.Valid {
		if err := json.Unmarshal([]byte(meta.String), &d.Meta); err != nil {
			return nil, fmt.Errorf("article %s: meta: %w", d.ID, err)
		}
	}
	if probls.Valid {
		if err := json.Unmarshal([]byte(probls.String), &d.Problems); err != nil {
			return nil, fmt.Errorf("article %s: problems: %w", d.ID, err)
		}
	}
	if ann.Valid {
		if err := store.DecodeAnnotations(&d, ann.String); err != nil {
			return nil, fmt.Errorf("article %s: annotations: %w", d.ID, err)
		}
	}
	return &d, nil
}

// Get implements store.Store.
func (s *Store) Get(ctx context.Context, id string) (*isnad.Document, error) {
	row := s.db.QueryRowContext(ctx, `SELECT `+docColumns+`, body, annotations FROM articles WHERE id = ?`, id)
	d, err := scanDoc(row, true)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("get article %s: %w", id, err)
	}
	return d, nil
}

// Count implements store.Store.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

// where returns the SQL conditions and arguments for f over table alias a.
func where(f store.Filter) (string, []any) {
	var (
		conds []string
		args  []any
	)
	if k := store.Key(f.Outlet); k != "" {
		like := "%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(k) + "%"
		conds = append(conds, `(a.outlet_key LIKE ? ESCAPE '\' OR a.publisher_key LIKE ? ESCAPE '\')`)
		args = append(args, like, like)
	}
	if !f.From.IsZero() {
		conds = append(conds, `a.published >= ?`)
		args = append(args, f.From.String())
	}
	if !f.To.IsZero() {
		conds = append(conds, `a.published <= ?`)
		args = append(args, f.To.String())
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " AND " + strings.Join(conds, " AND "), args
}

// List implements store.Store.
func (s *Store) List(ctx context.Context, f store.Filter, limit, offset int) ([]*isnad.Document, error) {
	if limit <= 0 {
		limit = 50
	}
	cond, args := where(f)
	q := `SELECT ` + docColumns + ` FROM articles a WHERE 1=1` + cond +
		` ORDER BY a.published IS NULL, a.published DESC, a.title, a.id LIMIT ? OFFSET ?`
	docs, err := s.queryDocs(ctx, false, q, append(args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return docs, nil
}

// queryDocs runs q, which selects docColumns (and body and annotations
// when withBody), and reads every row as a document.
func (s *Store) queryDocs(ctx context.Context, withBody bool, q string, args ...any) ([]*isnad.Document, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var docs []*isnad.Document
	for rows.Next() {
		d, err := scanDoc(rows, withBody)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, rows.Err()
}

// scanPage is store.ScanPage, lowered by tests.
var scanPage = store.ScanPage

// Scan implements store.Store.
func (s *Store) Scan(ctx context.Context, fn func(*isnad.Document) error) error {
	return store.ScanByKey(ctx, scanPage, s.readPage, fn)
}

// readPage reads one page of Scan (see store.PageReader).
func (s *Store) readPage(ctx context.Context, dated bool, afterDate, afterID string, limit int) ([]*isnad.Document, error) {
	const cols = `SELECT ` + docColumns + `, body, annotations FROM articles `
	var (
		docs []*isnad.Document
		err  error
	)
	if dated {
		docs, err = s.queryDocs(ctx, true, cols+`WHERE published IS NOT NULL AND (published, id) > (?, ?) ORDER BY published, id LIMIT ?`, afterDate, afterID, limit)
	} else {
		docs, err = s.queryDocs(ctx, true, cols+`WHERE published IS NULL AND id > ? ORDER BY id LIMIT ?`, afterID, limit)
	}
	if err != nil {
		return nil, fmt.Errorf("scan articles: %w", err)
	}
	return docs, nil
}

// ftsString quotes s as an FTS5 string.
func ftsString(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// matchExpr builds the FTS5 query: every term must match, by its Norm in
// the norm columns or by its Stem in the stem columns.
func matchExpr(terms []store.Term) string {
	parts := make([]string, 0, len(terms))
	for _, t := range terms {
		var alts []string
		if t.Norm != "" {
			alts = append(alts, `{title_norm body_norm}: `+ftsString(t.Norm))
		}
		if t.Stem != "" {
			alts = append(alts, `{title_stem body_stem}: `+ftsString(t.Stem))
		}
		if len(alts) > 0 {
			parts = append(parts, "("+strings.Join(alts, " OR ")+")")
		}
	}
	return strings.Join(parts, " AND ")
}

// Column weights for bm25: exact forms count more than stems, titles more
// than bodies.
const bm25Weights = "4.0, 2.0, 2.0, 1.0"

// MaxRanked is how many matching articles a search without a filter ranks
// at most: the most recently stored ones. Smaller corpora, and searches
// with a filter, rank every match.
const MaxRanked = 2000

// maxRanked is MaxRanked, lowered by tests.
var maxRanked = MaxRanked

// Search implements store.Store.
func (s *Store) Search(ctx context.Context, q store.Query) ([]store.Match, error) {
	expr := matchExpr(q.Terms)
	if expr == "" {
		return nil, fmt.Errorf("search: no terms")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	// Only the most recent matches are ranked (see segments.go): bm25 costs
	// a little for every match, and a common word matches most articles.
	cond, args := where(q.Filter)
	rs, err := s.newest(ctx, expr, cond, args)
	if err == nil && cond == "" {
		rs, err = s.fill(ctx, rs, limit)
	}
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	slices.SortFunc(rs, byRank)
	ms := make([]store.Match, 0, min(limit, len(rs)))
	for _, r := range rs[:min(limit, len(rs))] {
		ms = append(ms, r.m)
	}
	return ms, nil
}

// Check runs SQLite's integrity check and the FTS index's own check.
func (s *Store) Check(ctx context.Context) error {
	var res string
	if err := s.db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil {
		return fmt.Errorf("check store %s: %w", s.path, err)
	}
	if res != "ok" {
		return fmt.Errorf("check store %s: %s", s.path, res)
	}
	gs, err := s.segments(ctx)
	if err != nil {
		return fmt.Errorf("check store %s: %w", s.path, err)
	}
	for _, g := range gs {
		t := g.table()
		if _, err := s.db.ExecContext(ctx, `INSERT INTO `+t+`(`+t+`, rank) VALUES ('integrity-check', 1)`); err != nil {
			return fmt.Errorf("check store %s: index %s: %w", s.path, t, err)
		}
	}
	return nil
}
