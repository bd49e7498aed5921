package main

import (
	"context"
	"strings"

	"github.com/isnad-news/isnad/store"
	"github.com/isnad-news/isnad/store/sqlite"
)

// isPostgres reports whether db names a PostgreSQL server rather than a
// SQLite file.
func isPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// openStore opens the store db names: a postgres:// URL or a SQLite file
// path.
func openStore(ctx context.Context, db string) (store.Store, error) {
	if isPostgres(db) {
		return openPostgres(ctx, db)
	}
	return sqlite.Open(ctx, db)
}
