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

// ranked is one match; ID and date are read from its article row.
type ranked struct {
	rowid int64
	m     store.Match
	date  sql.NullString
}

// byRank orders matches by score, then newest (undated last), then id.
func byRank(a, b ranked) int {
	if c := cmp.Compare(b.m.Score, a.m.Score); c != 0 {
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

// newest returns the maxRanked most recently stored matches of expr that
// pass cond (with its args; "" for none), scored. It reads segments newest
// first, each one's matches newest first, scored as they come, and stops
// when it has them. Without a condition the full-text tables alone are
// read, and the matches' ids and dates are left for fill; with one, the
// article rows are joined for it. A condition that few matches pass makes
// it read many.
func (s *Store) newest(ctx context.Context, expr, cond string, args []any) ([]ranked, error) {
	gs, err := s.segments(ctx)
	if err != nil {
		return nil, err
	}
	var out []ranked
	need := maxRanked
	for i := len(gs) - 1; i >= 0 && need > 0; i-- {
		t := gs[i].table()
		q := `SELECT ` + t + `.rowid, NULL, NULL, -bm25(` + t + `, ` + bm25Weights + `) FROM ` + t
		if cond != "" {
			q = `SELECT ` + t + `.rowid, a.id, a.published, -bm25(` + t + `, ` + bm25Weights + `)
				FROM ` + t + ` JOIN articles a ON a.rowid = ` + t + `.rowid`
		}
		rows, err := s.db.QueryContext(ctx, q+` WHERE `+t+` MATCH ?`+cond+` ORDER BY `+t+`.rowid DESC`,
			append([]any{expr}, args...)...)
		if err != nil {
			return nil, err
		}
		for need > 0 && rows.Next() {
			var (
				r  ranked
				id sql.NullString
			)
			if err := rows.Scan(&r.rowid, &id, &r.date, &r.m.Score); err != nil {
				rows.Close()
				return nil, err
			}
			r.m.ID = id.String
			out = append(out, r)
			need--
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// fill keeps the best limit of rs and any tied with the last of them, and
// reads their ids and dates (which order ties) from their article rows.
func (s *Store) fill(ctx context.Context, rs []ranked, limit int) ([]ranked, error) {
	slices.SortFunc(rs, func(a, b ranked) int { return cmp.Compare(b.m.Score, a.m.Score) })
	n := min(limit, len(rs))
	for n < len(rs) && rs[n].m.Score == rs[n-1].m.Score {
		n++
	}
	rs = rs[:n]
	if n == 0 {
		return rs, nil
	}
	get, err := s.db.PrepareContext(ctx, `SELECT id, published FROM articles WHERE rowid = ?`)
	if err != nil {
		return nil, err
	}
	defer get.Close()
	for i := range rs {
		if err := get.QueryRowContext(ctx, rs[i].rowid).Scan(&rs[i].m.ID, &rs[i].date); err != nil {
			return nil, fmt.Errorf("article of index row %d: %w", rs[i].rowid, err)
		}
	}
	return rs, nil
}
