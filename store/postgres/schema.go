package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// CreateSchema creates the schema named schema in the database at url, for
// a store of its own (give Open the URL with search_path=schema). It is
// meant for tests and for hosting several stores in one database.
func CreateSchema(ctx context.Context, url, schema string) error {
	return schemaExec(ctx, url, `CREATE SCHEMA `+pgx.Identifier{schema}.Sanitize())
}

// DropSchema drops the schema named schema, and every store table in it,
// from the database at url.
func DropSchema(ctx context.Context, url, schema string) error {
	return schemaExec(ctx, url, `DROP SCHEMA IF EXISTS `+pgx.Identifier{schema}.Sanitize()+` CASCADE`)
}

func schemaExec(ctx context.Context, url, sql string) error {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		return fmt.Errorf("%s: %w", sql, err)
	}
	return nil
}
