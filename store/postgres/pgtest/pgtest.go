// Package pgtest gives tests a PostgreSQL schema of their own on the server
// at $ISNAD_POSTGRES_URL (.ci/postgres.sh starts one and prints its URL).
//
// What goes in: a test. What comes out: a connection URL whose search_path
// is a fresh, empty schema, dropped when the test ends; or the test skipped
// when no server is given (failed instead when $ISNAD_POSTGRES is
// "required", as in CI).
//
//	func TestX(t *testing.T) {
//		st, err := postgres.Open(ctx, pgtest.Schema(t))
//		…
//	}
package pgtest

import (
	"context"
	"crypto/rand"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/isnad-news/isnad/store/postgres"
)

// Server returns $ISNAD_POSTGRES_URL, skipping tb without it (or failing it
// when $ISNAD_POSTGRES is "required").
func Server(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv("ISNAD_POSTGRES_URL")
	if u == "" {
		if os.Getenv("ISNAD_POSTGRES") == "required" {
			tb.Fatal("ISNAD_POSTGRES=required but ISNAD_POSTGRES_URL is not set (hint: export ISNAD_POSTGRES_URL=$(.ci/postgres.sh))")
		}
		tb.Skip("ISNAD_POSTGRES_URL not set: PostgreSQL tests skipped (.ci/postgres.sh starts a server)")
	}
	return u
}

// Schema creates an empty schema, dropped at tb's cleanup, and returns the
// server's URL with that schema as the search_path.
func Schema(tb testing.TB) string {
	tb.Helper()
	base := Server(tb)
	name := "test_" + strings.ToLower(rand.Text()[:12])
	if err := postgres.CreateSchema(context.Background(), base, name); err != nil {
		tb.Fatalf("%s: %v", redact(base), err)
	}
	tb.Cleanup(func() {
		if err := postgres.DropSchema(context.Background(), base, name); err != nil {
			tb.Error(err)
		}
	})
	return withSearchPath(base, name)
}

// withSearchPath returns the connection string base (a URL or key=value
// pairs) with schema as its search_path.
func withSearchPath(base, schema string) string {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		// A key=value connection string.
		return base + " search_path=" + schema
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// redact returns the connection string without its password, for messages.
func redact(u string) string {
	if p, err := url.Parse(u); err == nil {
		return p.Redacted()
	}
	return "(connection string)"
}
