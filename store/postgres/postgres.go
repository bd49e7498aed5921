package postgres

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/store"
)

// Store is the PostgreSQL store. It is safe for concurrent use, also by
// several processes sharing one database.
type Store struct {
	pool *pgxpool.Pool
	name string // host/database, for errors; never the password
}

var _ store.Store = (*Store)(nil)

// ErrNotStore is returned by Open for a schema that holds tables isnad did
// not create, or whose isnad schema is newer than this program knows.
var ErrNotStore = errors.New("not an isnad store")

// migrations[i] brings the schema from version i to i+1. Each runs in its
// own transaction, recorded in isnad_schema.
var migrations = []string{
	`CREATE TABLE articles (
		id            text PRIMARY KEY,
		source        text NOT NULL,
		url           text,
		format        text NOT NULL,
		outlet        text,
		publisher     text,
		title         text,
		author        text,
		published     date,
		body          text NOT NULL,
		meta          jsonb,            -- object, NULL when empty
		problems      jsonb,            -- array, NULL when empty
		annotations   jsonb,            -- NULL when no value stage ran
		outlet_key    text NOT NULL,    -- match-level outlet, for filters
		publisher_key text NOT NULL,
		ingested_at   timestamptz NOT NULL,
		tsv           tsvector NOT NULL, -- analysed terms, labels A-D (see index)
		tf            jsonb NOT NULL,    -- lexeme → [norm, stem] weighted counts, for BM25
		ntok          integer NOT NULL   -- number of indexed tokens, for BM25
	);
	-- The index columns are read for every candidate of a search: kept
	-- uncompressed, they cost no decompression.
	ALTER TABLE articles ALTER COLUMN tsv SET STORAGE EXTERNAL, ALTER COLUMN tf SET STORAGE EXTERNAL;
	CREATE INDEX articles_published ON articles (published DESC NULLS LAST, title COLLATE "C" NULLS FIRST);
	CREATE INDEX articles_tsv ON articles USING gin (tsv);
	-- Corpus totals for BM25, kept by Put in the same transaction.
	CREATE TABLE isnad_stats (
		one    boolean PRIMARY KEY DEFAULT true CHECK (one),
		docs   bigint NOT NULL,
		tokens bigint NOT NULL
	);
	INSERT INTO isnad_stats (one, docs, tokens) VALUES (true, 0, 0);`,
	// 2: Scan pages by (published, id).
	`CREATE INDEX articles_scan ON articles (published, id COLLATE "C");`,
}

// Open connects to the database at url (a postgres:// URL or a key=value
// string, as pgx accepts; the schema is the connection's search_path) and
// migrates the isnad schema to the current version. Several processes may
// Open the same database at once: migrations run once, under an advisory
// lock.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// pgx's parse errors do not repeat the password.
		return nil, fmt.Errorf("open store: %w", err)
	}
	name := cfg.ConnConfig.Host + "/" + cfg.ConnConfig.Database
	if _, ok := cfg.ConnConfig.RuntimeParams["jit"]; !ok {
		// JIT compilation costs more than the short queries here save
		// (0.8 s of a 0.9 s search in a test), unless the URL asks for it.
		cfg.ConnConfig.RuntimeParams["jit"] = "off"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	s := &Store{pool: pool, name: name}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	return s, nil
}

// Close closes the connection pool. Closing twice is harmless.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

func (s *Store) migrate(ctx context.Context) error {
	for {
		done, err := s.migrateStep(ctx)
		if err != nil || done {
			return err
		}
	}
}

// migrateStep applies the next migration, if any, in one transaction that
// holds the schema's advisory lock, and reports whether the schema is
// current.
func (s *Store) migrateStep(ctx context.Context) (done bool, err error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return false, err
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('isnad migrate ' || coalesce(current_schema(), '')))`); err != nil {
		return false, err
	}
	var hasVersions, hasArticles bool
	if err := tx.QueryRow(ctx, `SELECT to_regclass('isnad_schema') IS NOT NULL, to_regclass('articles') IS NOT NULL`).Scan(&hasVersions, &hasArticles); err != nil {
		return false, err
	}
	version := 0
	if hasVersions {
		if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM isnad_schema`).Scan(&version); err != nil {
			return false, err
		}
	} else {
		if hasArticles {
			return false, fmt.Errorf("%w: the schema already holds an articles table (hint: give the URL another database or search_path)", ErrNotStore)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE isnad_schema (
			version    integer PRIMARY KEY,
			applied_at timestamptz NOT NULL DEFAULT now()
		)`); err != nil {
			return false, err
		}
	}
	if version > len(migrations) {
		return false, fmt.Errorf("%w: schema version %d is newer than this isnad knows (%d); upgrade isnad", ErrNotStore, version, len(migrations))
	}
	if version == len(migrations) {
		return true, tx.Commit(ctx)
	}
	if _, err := tx.Exec(ctx, migrations[version]); err != nil {
		return false, fmt.Errorf("migrate to schema %d: %w", version+1, err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO isnad_schema (version) VALUES ($1)`, version+1); err != nil {
		return false, fmt.Errorf("migrate to schema %d: %w", version+1, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return false, fmt.Errorf("migrate to schema %d: %w", version+1, err)
	}
	return version+1 == len(migrations), nil
}

// docAnnotations returns d's annotations to store: JSON text, or nil.
func docAnnotations(d *isnad.Document) (*string, error) {
	js, ok, err := store.EncodeAnnotations(d)
	if !ok {
		return nil, err
	}
	return &js, nil
}

func jsonOrNull[T any](v T, empty bool) (*string, error) {
	if empty {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	js := string(b)
	return &js, nil
}

func nullString(v string) *string {
	if v == "" {
		return nil
	}
	return &v
}

const insertArticle = `INSERT INTO articles
	(id, source, url, format, outlet, publisher, title, author, published, body,
	 meta, problems, outlet_key, publisher_key, ingested_at, annotations, tsv, tf, ntok)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::date, $10,
	 $11::text::jsonb, $12::text::jsonb, $13, $14, $15, $16::text::jsonb, $17::text::tsvector, $18::text::jsonb, $19)
	ON CONFLICT (id) DO NOTHING`

// Put implements store.Store. The documents are written in the order of
// their ids, so that concurrent Puts of overlapping sets (from any number of
// processes) wait for each other instead of deadlocking.
func (s *Store) Put(ctx context.Context, docs ...*isnad.Document) ([]bool, error) {
	added := make([]bool, len(docs))
	if len(docs) == 0 {
		return added, nil
	}
	order := make([]int, len(docs))
	for i, d := range docs {
		d.ID = d.Key()
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(docs[a].ID, docs[b].ID) })

	var (
		batch   pgx.Batch
		ntoks   = make([]int, len(docs))
		updates = make([]bool, len(docs))
	)
	now := time.Now().UTC()
	for _, i := range order {
		d := docs[i]
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
		tsv, tf, ntok, err := index(store.Index(d))
		if err != nil {
			return nil, fmt.Errorf("store put %s: index: %w", d.Source, err)
		}
		ntoks[i] = ntok
		batch.Queue(insertArticle, d.ID, d.Source, nullString(d.URL), string(d.Format),
			nullString(d.Outlet), nullString(d.Publisher), nullString(d.Title), nullString(d.Author),
			nullString(d.Published.String()), d.Body, meta, problems,
			store.Key(d.Outlet), store.Key(d.Publisher), now, ann, tsv, tf, ntok)
		if ann != nil {
			// An article stored before the value stages existed gets
			// their annotations now; nothing else changes. (A row the
			// insert above just wrote already has them: no-op.)
			batch.Queue(`UPDATE articles SET annotations = $1::text::jsonb WHERE id = $2 AND annotations IS NULL`, ann, d.ID)
			updates[i] = true
		}
	}

	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("store put: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	res := tx.SendBatch(ctx, &batch)
	var nDocs, nTokens int64
	for _, i := range order {
		tag, err := res.Exec()
		if err != nil {
			res.Close()
			return nil, fmt.Errorf("store put %s: %w", docs[i].Source, err)
		}
		if tag.RowsAffected() == 1 {
			added[i] = true
			nDocs++
			nTokens += int64(ntoks[i])
		}
		if updates[i] {
			if _, err := res.Exec(); err != nil {
				res.Close()
				return nil, fmt.Errorf("store put %s: %w", docs[i].Source, err)
			}
		}
	}
	if err := res.Close(); err != nil {
		return nil, fmt.Errorf("store put: %w", err)
	}
	if nDocs > 0 {
		if _, err := tx.Exec(ctx, `UPDATE isnad_stats SET docs = docs + $1, tokens = tokens + $2`, nDocs, nTokens); err != nil {
			return nil, fmt.Errorf("store put: %w", err)
		}
	}
	// Decide here, not half way through the commit: once the commit is
	// sent, a cancelled ctx must not leave the caller unsure of the result.
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store put: %w", err)
	}
	if err := tx.Commit(context.WithoutCancel(ctx)); err != nil {
		return nil, fmt.Errorf("store put: commit: %w", err)
	}
	return added, nil
}

const docColumns = `id, source, url, format, outlet, publisher, title, author, to_char(published, 'YYYY-MM-DD'), meta::text, problems::text`

func scanDoc(sc pgx.Row, withBody bool) (*isnad.Document, error) {
	var (
		d                                                              isnad.Document
		url, outlet, publisher, title, author, published, meta, probls *string
		ann                                                            *string
		format                                                         string
	)
	dest := []any{&d.ID, &d.Source, &url, &format, &outlet, &publisher, &title, &author, &published, &meta, &probls}
	if withBody {
		dest = append(dest, &d.Body, &ann)
	}
	if err := sc.Scan(dest...); err != nil {
		return nil, err
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	d.URL, d.Format, d.Outlet, d.Publisher = str(url), isnad.Format(format), str(outlet), str(publisher)
	d.Title, d.Author = str(title), str(author)
	if published != nil {
		p, err := isnad.ParseDate(*published)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", d.ID, err)
		}
		d.Published = p
	}
	if meta != nil {
		if err := json.Unmarshal([]byte(*meta), &d.Meta); err != nil {
			return nil, fmt.Errorf("article %s: meta: %w", d.ID, err)
		}
	}
	if probls != nil {
		if err := json.Unmarshal([]byte(*probls), &d.Problems); err != nil {
			return nil, fmt.Errorf("article %s: problems: %w", d.ID, err)
		}
	}
	if ann != nil {
		if err := store.DecodeAnnotations(&d, *ann); err != nil {
			return nil, fmt.Errorf("article %s: annotations: %w", d.ID, err)
		}
	}
	return &d, nil
}

// Get implements store.Store.
func (s *Store) Get(ctx context.Context, id string) (*isnad.Document, error) {
	row := s.pool.QueryRow(ctx, `SELECT `+docColumns+`, body, annotations::text FROM articles WHERE id = $1`, id)
	d, err := scanDoc(row, true)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("get article %s: %w", id, err)
	}
	return d, nil
}

// scanPage is store.ScanPage, lowered by tests.
var scanPage = store.ScanPage

// Scan implements store.Store.
func (s *Store) Scan(ctx context.Context, fn func(*isnad.Document) error) error {
	return store.ScanByKey(ctx, scanPage, s.readPage, fn)
}

// readPage reads one page of Scan (see store.PageReader).
func (s *Store) readPage(ctx context.Context, dated bool, afterDate, afterID string, limit int) ([]*isnad.Document, error) {
	const cols = `SELECT ` + docColumns + `, body, annotations::text FROM articles `
	var (
		docs []*isnad.Document
		err  error
	)
	if dated {
		if afterDate == "" { // the first page: a date column takes no ""
			afterDate = "0001-01-01"
		}
		docs, err = s.queryDocs(ctx, true, cols+`WHERE published IS NOT NULL AND (published, id COLLATE "C") > ($1::text::date, $2 COLLATE "C")
			ORDER BY published, id COLLATE "C" LIMIT `+strconv.Itoa(limit), afterDate, afterID)
	} else {
		docs, err = s.queryDocs(ctx, true, cols+`WHERE published IS NULL AND id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT `+strconv.Itoa(limit), afterID)
	}
	if err != nil {
		return nil, fmt.Errorf("scan articles: %w", err)
	}
	return docs, nil
}

// Count implements store.Store.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

// where returns the SQL conditions for f over table alias a, numbering its
// parameters after those already in args.
func where(f store.Filter, args []any) (string, []any) {
	var conds []string
	param := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	if k := store.Key(f.Outlet); k != "" {
		p := param(k)
		conds = append(conds, `(strpos(a.outlet_key, `+p+`) > 0 OR strpos(a.publisher_key, `+p+`) > 0)`)
	}
	if !f.From.IsZero() {
		conds = append(conds, `a.published >= `+param(f.From.String())+`::text::date`)
	}
	if !f.To.IsZero() {
		conds = append(conds, `a.published <= `+param(f.To.String())+`::text::date`)
	}
	if len(conds) == 0 {
		return "", args
	}
	return " AND " + strings.Join(conds, " AND "), args
}

// List implements store.Store. The order is SQLite's: newest first, undated
// last, then by title in code point order, then by id.
func (s *Store) List(ctx context.Context, f store.Filter, limit, offset int) ([]*isnad.Document, error) {
	if limit <= 0 {
		limit = 50
	}
	cond, args := where(f, nil)
	q := `SELECT ` + docColumns + ` FROM articles a WHERE true` + cond +
		` ORDER BY a.published DESC NULLS LAST, a.title COLLATE "C" NULLS FIRST, a.id` +
		` LIMIT ` + strconv.Itoa(limit) + ` OFFSET ` + strconv.Itoa(max(offset, 0))
	docs, err := s.queryDocs(ctx, false, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return docs, nil
}

// queryDocs runs q, which selects docColumns (and body and annotations
// when withBody), and reads every row as a document.
func (s *Store) queryDocs(ctx context.Context, withBody bool, q string, args ...any) ([]*isnad.Document, error) {
	rows, err := s.pool.Query(ctx, q, args...)
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

// Search implements store.Store. See the package documentation for how
// documents are matched and ranked.
func (s *Store) Search(ctx context.Context, q store.Query) ([]store.Match, error) {
	m, impossible := buildQuery(q.Terms)
	if m.tsquery == "" && !impossible {
		return nil, fmt.Errorf("search: no terms")
	}
	if impossible {
		return nil, nil
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	args := []any{m.tsquery, m.lexemes, m.kinds, m.queries}
	cond, args := where(q.Filter, args)
	args = append(args, limit)
	query := searchSQL(cond) + ` LIMIT $` + strconv.Itoa(len(args))
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var ms []store.Match
	for rows.Next() {
		var m store.Match
		if err := rows.Scan(&m.ID, &m.Score); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		ms = append(ms, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return ms, nil
}

// searchSQL returns the ranked search over the documents that match $1 and
// cond. $2, $3 and $4 are BM25's phrases: lexeme, kind (0 norm, 1 stem) and
// the tsquery that finds the documents holding it.
func searchSQL(cond string) string {
	return `WITH phrase AS MATERIALIZED (
		SELECT p.lex, p.kind,
			greatest(ln((c.n - h.hits + 0.5) / (h.hits + 0.5)), 1e-6) AS idf,
			c.avgdl
		FROM unnest($2::text[], $3::int[], $4::text[]) AS p(lex, kind, q)
		CROSS JOIN (SELECT docs::float8 AS n,
			CASE WHEN docs > 0 THEN tokens::float8 / docs ELSE 1 END AS avgdl
			FROM isnad_stats LIMIT 1) c
		CROSS JOIN LATERAL (SELECT count(*)::float8 AS hits FROM articles WHERE tsv @@ p.q::tsquery) h
	)
	SELECT a.id, (
		SELECT coalesce(sum(p.idf * x.f * (` + k1 + ` + 1) /
			(x.f + ` + k1 + ` * (1 - ` + b + ` + ` + b + ` * a.ntok / p.avgdl))), 0)
		FROM phrase p
		CROSS JOIN LATERAL (SELECT coalesce((a.tf -> p.lex ->> p.kind)::float8, 0) AS f) x
	) AS score
	FROM articles a
	WHERE a.tsv @@ $1::tsquery` + cond + `
	ORDER BY score DESC, a.published DESC NULLS LAST, a.id`
}

// BM25 parameters: FTS5's.
const (
	k1 = "1.2"
	b  = "0.75"
)

// The SQLite store's bm25 column weights: exact forms count more than stems,
// titles more than bodies.
const (
	weightTitleNorm = 4
	weightTitleStem = 2
	weightBodyNorm  = 2
	weightBodyStem  = 1
)

// Check verifies that the schema is at the version this program writes,
// that every article has its index (a non-empty tsvector when it has
// indexed tokens) and that the corpus totals BM25 uses match the articles.
func (s *Store) Check(ctx context.Context) error {
	var version int
	if err := s.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM isnad_schema`).Scan(&version); err != nil {
		return fmt.Errorf("check store %s: %w", s.name, err)
	}
	if version != len(migrations) {
		return fmt.Errorf("check store %s: schema version %d, want %d", s.name, version, len(migrations))
	}
	var unindexed int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM articles WHERE ntok > 0 AND length(tsv) = 0`).Scan(&unindexed); err != nil {
		return fmt.Errorf("check store %s: %w", s.name, err)
	}
	if unindexed > 0 {
		return fmt.Errorf("check store %s: %d articles have no index terms", s.name, unindexed)
	}
	var docs, tokens, wantDocs, wantTokens int64
	if err := s.pool.QueryRow(ctx, `SELECT s.docs, s.tokens, a.n, a.t FROM isnad_stats s,
		(SELECT count(*) AS n, coalesce(sum(ntok), 0) AS t FROM articles) a`).Scan(&docs, &tokens, &wantDocs, &wantTokens); err != nil {
		return fmt.Errorf("check store %s: %w", s.name, err)
	}
	if docs != wantDocs || tokens != wantTokens {
		return fmt.Errorf("check store %s: corpus totals say %d articles and %d tokens, the articles %d and %d", s.name, docs, tokens, wantDocs, wantTokens)
	}
	return nil
}

// maxLexeme is the longest lexeme PostgreSQL accepts, in bytes.
const maxLexeme = 2046

// parts splits an analysed form the way SQLite's unicode61 tokenizer splits
// the indexed text: into runs of letters, numbers, marks and private-use
// characters. Nearly every form is one part; "3.5" is two.
func parts(form string) []string {
	return strings.FieldsFunc(form, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) || unicode.Is(unicode.Co, r))
	})
}

// index returns an article's index: the tsvector literal that search
// matches against, the JSON object of weighted term frequencies that BM25
// reads, and the number of indexed tokens.
//
// Each lexeme of the tsvector carries a label per field it occurs in: A
// title norms, B title stems, C body norms, D body stems (positions 1-4 only
// hold the labels; no query here depends on word order). The frequencies map
// each lexeme to two sums: its occurrences as a norm, weighted 4 in the
// title and 2 in the body, and as a stem, weighted 2 and 1, which are what
// FTS5's bm25 adds up for a phrase restricted to the norm or stem columns.
func index(f store.IndexFields) (tsv, tf string, ntok int, err error) {
	type entry struct {
		labels [4]bool
		freq   [2]int
	}
	lex := map[string]*entry{}
	var order []string
	for i, field := range []struct {
		text   string
		kind   int // 0 norm, 1 stem
		weight int
	}{{f.TitleNorm, 0, weightTitleNorm}, {f.TitleStem, 1, weightTitleStem}, {f.BodyNorm, 0, weightBodyNorm}, {f.BodyStem, 1, weightBodyStem}} {
		for _, p := range parts(field.text) {
			ntok++
			p = strings.ToLower(p)
			if len(p) > maxLexeme {
				continue
			}
			e := lex[p]
			if e == nil {
				e = &entry{}
				lex[p] = e
				order = append(order, p)
			}
			e.labels[i] = true
			e.freq[field.kind] += field.weight
		}
	}
	var sb strings.Builder
	freqs := make(map[string][2]int, len(lex))
	for i, p := range order {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(quoteLexeme(p))
		sb.WriteByte(':')
		sep := ""
		for j, on := range lex[p].labels {
			if on {
				sb.WriteString(sep + strconv.Itoa(j+1) + string(rune('A'+j)))
				sep = ","
			}
		}
		freqs[p] = lex[p].freq
	}
	js, err := json.Marshal(freqs)
	if err != nil {
		return "", "", 0, err
	}
	return sb.String(), string(js), ntok, nil
}

// quoteLexeme quotes s for a tsvector or tsquery literal.
func quoteLexeme(s string) string {
	return "'" + lexemeEscaper.Replace(s) + "'"
}

var lexemeEscaper = strings.NewReplacer(`\`, `\\`, `'`, `''`)

// match is a search's query: the tsquery that selects the documents (every
// term, by its norm in A/C or its stem in B/D) and BM25's phrases, one per
// part of each term's norm and stem, as parallel arrays.
type match struct {
	tsquery          string
	lexemes, queries []string
	kinds            []int // 0 norm, 1 stem
}

// buildQuery returns the query for terms; impossible is set when a term has
// text but nothing to match (only punctuation), so that nothing matches.
func buildQuery(terms []store.Term) (m match, impossible bool) {
	var all []string
	for _, t := range terms {
		var alts []string
		for kind, form := range []struct {
			text, labels string
		}{{t.Norm, "AC"}, {t.Stem, "BD"}} {
			ps := parts(strings.ToLower(form.text))
			if len(ps) == 0 || slices.ContainsFunc(ps, func(p string) bool { return len(p) > maxLexeme }) {
				continue
			}
			and := make([]string, len(ps))
			for i, p := range ps {
				and[i] = quoteLexeme(p) + ":" + form.labels
				m.lexemes = append(m.lexemes, p)
				m.kinds = append(m.kinds, kind)
				m.queries = append(m.queries, and[i])
			}
			alts = append(alts, "("+strings.Join(and, " & ")+")")
		}
		if len(alts) == 0 {
			if t.Norm != "" || t.Stem != "" {
				impossible = true
			}
			continue
		}
		all = append(all, "("+strings.Join(alts, " | ")+")")
	}
	m.tsquery = strings.Join(all, " & ")
	return m, impossible
}
