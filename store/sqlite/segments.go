package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/isnad-news/isnad/store"
)

// The full-text index is split by rowid into segments of SegmentSize
// articles, each its own FTS5 table: articles_fts for the first, then
// articles_fts_1, articles_fts_2 and so on, listed in fts_segments with the
// first rowid each holds. FTS5's bm25 counts, for every query, the documents
// of its whole table that hold each query word; on one table of a million
// articles that alone takes over 100 ms for a common word. Within a segment
// it is bounded by the segment's size, and a search without a filter only
// needs the newest segments.

// SegmentSize is how many articles one full-text segment holds.
const SegmentSize = 1 << 15

// segmentSize is SegmentSize, lowered by tests.
var segmentSize int64 = SegmentSize

const ftsColumns = `title_norm, title_stem, body_norm, body_stem,
		tokenize = "unicode61 remove_diacritics 0"`

// segment is one full-text table and the first rowid it holds.
type segment struct {
	n     int
	first int64
}

// table is the segment's FTS5 table name.
func (g segment) table() string {
	if g.n == 0 {
		return "articles_fts"
	}
	return fmt.Sprintf("articles_fts_%d", g.n)
}

// segments returns the store's segments, oldest first.
func (s *Store) segments(ctx context.Context) ([]segment, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT seg, first_rowid FROM fts_segments ORDER BY seg`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var gs []segment
	for rows.Next() {
		var g segment
		if err := rows.Scan(&g.n, &g.first); err != nil {
			return nil, err
		}
		gs = append(gs, g)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(gs) == 0 || gs[0].n != 0 {
		return nil, errors.New("full-text segments: the first is missing")
	}
	return gs, nil
}

// indexer adds articles to the newest segment within a Put's transaction,
// opening a new segment when the newest is full.
type indexer struct {
	tx   *sql.Tx
	last segment
	ins  *sql.Stmt
}

func newIndexer(ctx context.Context, tx *sql.Tx) (*indexer, error) {
	var g segment
	if err := tx.QueryRowContext(ctx, `SELECT seg, first_rowid FROM fts_segments ORDER BY seg DESC LIMIT 1`).Scan(&g.n, &g.first); err != nil {
		return nil, fmt.Errorf("full-text segments: %w", err)
	}
	return &indexer{tx: tx, last: g}, nil
}

// add indexes the article stored under rowid.
func (x *indexer) add(ctx context.Context, rowid int64, f store.IndexFields) error {
	if rowid-x.last.first >= segmentSize {
		g := segment{n: x.last.n + 1, first: rowid}
		if _, err := x.tx.ExecContext(ctx, `CREATE VIRTUAL TABLE `+g.table()+` USING fts5(`+ftsColumns+`)`); err != nil {
			return fmt.Errorf("new full-text segment %d: %w", g.n, err)
		}
		if _, err := x.tx.ExecContext(ctx, `INSERT INTO fts_segments(seg, first_rowid) VALUES (?, ?)`, g.n, g.first); err != nil {
			return fmt.Errorf("new full-text segment %d: %w", g.n, err)
		}
		if x.ins != nil {
			x.ins.Close()
			x.ins = nil
		}
		x.last = g
	}
	if x.ins == nil {
		ins, err := x.tx.PrepareContext(ctx, `INSERT INTO `+x.last.table()+`(rowid, title_norm, title_stem, body_norm, body_stem) VALUES (?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		x.ins = ins
	}
	_, err := x.ins.ExecContext(ctx, rowid, f.TitleNorm, f.TitleStem, f.BodyNorm, f.BodyStem)
	return err
}

func (x *indexer) close() {
	if x.ins != nil {
		x.ins.Close()
	}
}

// ranked is one match of a segment before its article row is read.
type ranked struct {
	rowid int64
	score float64
	m     store.Match
	date  sql.NullString
}

// byRank orders matches by score, then newest (undated last), then id.
func byRank(a, b ranked) int {
	if c := cmp.Compare(b.score, a.score); c != 0 {
		return c
	}
	if a.date.Valid != b.date.Valid {
		if a.date.Valid {
			return -1
		}
		return 1
	}
	if c := strings.Compare(b.date.String, a.date.String); c != 0 {
		return c
	}
	return strings.Compare(a.m.ID, b.m.ID)
}

// searchRecent is Search without a filter: it ranks the maxRanked most
// recently stored matches, reading segments newest first until it has
// them, scores them in the full-text tables alone, and reads the article
// rows only of the best (the ids and dates that order ties). The cut-off in
// the last segment read comes from the index without scoring.
func (s *Store) searchRecent(ctx context.Context, expr string, limit int) ([]store.Match, error) {
	gs, err := s.segments(ctx)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	var cands []ranked
	need := maxRanked
	for i := len(gs) - 1; i >= 0 && need > 0; i-- {
		t := gs[i].table()
		cond, args := "", []any{expr}
		var cut int64
		err := s.db.QueryRowContext(ctx, `SELECT rowid FROM `+t+` WHERE `+t+` MATCH ?
			ORDER BY rowid DESC LIMIT 1 OFFSET ?`, expr, need-1).Scan(&cut)
		switch {
		case err == nil:
			cond, args = ` AND rowid >= ?`, append(args, cut)
		case !errors.Is(err, sql.ErrNoRows):
			return nil, fmt.Errorf("search: %w", err)
		}
		rows, err := s.db.QueryContext(ctx, `SELECT rowid, -bm25(`+t+`, `+bm25Weights+`) FROM `+t+`
			WHERE `+t+` MATCH ?`+cond, args...)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		for rows.Next() {
			var r ranked
			if err := rows.Scan(&r.rowid, &r.score); err != nil {
				rows.Close()
				return nil, fmt.Errorf("search: %w", err)
			}
			cands = append(cands, r)
			need--
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
	}
	if len(cands) == 0 {
		return nil, nil
	}
	// The best limit matches and any tied with the last of them.
	slices.SortFunc(cands, func(a, b ranked) int { return cmp.Compare(b.score, a.score) })
	n := min(limit, len(cands))
	for n < len(cands) && cands[n].score == cands[n-1].score {
		n++
	}
	best := cands[:n]
	get, err := s.db.PrepareContext(ctx, `SELECT id, published FROM articles WHERE rowid = ?`)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer get.Close()
	for i := range best {
		r := &best[i]
		if err := get.QueryRowContext(ctx, r.rowid).Scan(&r.m.ID, &r.date); err != nil {
			return nil, fmt.Errorf("search: article of index row %d: %w", r.rowid, err)
		}
		r.m.Score = r.score
	}
	slices.SortFunc(best, byRank)
	return matches(best, limit), nil
}

// searchFiltered is Search with a filter. Like searchRecent it ranks at
// most the maxRanked most recently stored matches, here those that pass the
// filter: it reads each segment's matches newest first, joined to their
// article rows for the filter's conditions and scored as they come, and
// stops when it has them. A filter that few matches pass makes it read
// many.
func (s *Store) searchFiltered(ctx context.Context, expr, cond string, args []any, limit int) ([]store.Match, error) {
	gs, err := s.segments(ctx)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	var all []ranked
	need := maxRanked
	for i := len(gs) - 1; i >= 0 && need > 0; i-- {
		t := gs[i].table()
		rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.published, -bm25(`+t+`, `+bm25Weights+`)
			FROM `+t+` JOIN articles a ON a.rowid = `+t+`.rowid
			WHERE `+t+` MATCH ?`+cond+`
			ORDER BY `+t+`.rowid DESC`, append([]any{expr}, args...)...)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		for need > 0 && rows.Next() {
			var r ranked
			if err := rows.Scan(&r.m.ID, &r.date, &r.score); err != nil {
				rows.Close()
				return nil, fmt.Errorf("search: %w", err)
			}
			r.m.Score = r.score
			all = append(all, r)
			need--
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
	}
	slices.SortFunc(all, byRank)
	return matches(all, limit), nil
}

func matches(rs []ranked, limit int) []store.Match {
	ms := make([]store.Match, 0, min(limit, len(rs)))
	for _, r := range rs[:min(limit, len(rs))] {
		ms = append(ms, r.m)
	}
	return ms
}
