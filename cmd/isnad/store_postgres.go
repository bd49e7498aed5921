package main

import (
	"context"
	"errors"

	"github.com/isnad-news/isnad/store"
)

// openPostgres opens a PostgreSQL store.
func openPostgres(ctx context.Context, url string) (store.Store, error) {
	return nil, errors.New("postgres store: not built yet")
}
