package main

import (
	"context"

	"github.com/isnad-news/isnad/store"
	"github.com/isnad-news/isnad/store/postgres"
)

// openPostgres opens a PostgreSQL store.
func openPostgres(ctx context.Context, url string) (store.Store, error) {
	return postgres.Open(ctx, url)
}
