package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/search"
	"github.com/isnad-news/isnad/store"
)

// filterFlags adds -outlet, -from and -to and returns a function that reads
// them into a store.Filter.
func (m *Main) filterFlags(fs interface {
	String(name, value, usage string) *string
}) func() (store.Filter, error) {
	outlet := fs.String("outlet", "", "only articles whose outlet or publisher contains this text")
	from := fs.String("from", "", "only articles published on or after this date (YYYY-MM-DD)")
	to := fs.String("to", "", "only articles published on or before this date (YYYY-MM-DD)")
	return func() (store.Filter, error) {
		f := store.Filter{Outlet: *outlet}
		var err error
		if *from != "" {
			if f.From, err = isnad.ParseDate(*from); err != nil {
				return f, fmt.Errorf("-from: %w", err)
			}
		}
		if *to != "" {
			if f.To, err = isnad.ParseDate(*to); err != nil {
				return f, fmt.Errorf("-to: %w", err)
			}
		}
		return f, nil
	}
}

func (m *Main) runSearch(ctx context.Context, args []string) error {
	fs := m.flags("search", "[flags] QUERY...", `
Searches the store. Every query word must match a word of the article: words
match when they are equal after Arabic normalization (diacritics, alef and
yeh forms, Persian letters, teh marbuta and tatweel do not matter) or share a
light stem (قافلة finds القافلة, للقافلة, قافلته). Hits are ranked by BM25,
title words counting more than body words and exact forms more than stems.
Each hit shows a snippet of the original text with matched words in [ ].`)
	db := m.dbFlag(fs)
	filter := m.filterFlags(fs)
	limit := fs.Int("n", 10, "the most hits to show")
	asJSON := fs.Bool("json", false, "print one JSON object per hit (id, file, url, title, outlet, publisher, published, score, snippet, matches)")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	f, err := filter()
	if err != nil {
		fmt.Fprintf(m.Stderr, "isnad search: %v\n", err)
		return errUsage
	}
	query := strings.Join(fs.Args(), " ")
	if len(search.Terms(query)) == 0 {
		fmt.Fprintln(m.Stderr, "isnad search: give a QUERY with at least one word")
		fs.Usage()
		return errUsage
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	hits, err := search.Run(ctx, st, search.Request{Query: query, Filter: f, Limit: *limit})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetEscapeHTML(false)
		for _, h := range hits {
			if err := enc.Encode(h); err != nil {
				return err
			}
		}
		return nil
	}
	printHits(m.Stdout, hits)
	if len(hits) == 0 {
		fmt.Fprintf(m.Stderr, "isnad search: no article matches %q\n", query)
	}
	return nil
}

// printHits writes hits for a person to read.
func printHits(w io.Writer, hits []search.Hit) {
	for i, h := range hits {
		fmt.Fprintf(w, "%d. %s  (score %.3g)\n", i+1, orDash(h.Title), h.Score)
		fmt.Fprintf(w, "   %s\n", strings.Join(describe(h.Outlet, h.Publisher, h.Published, h.File), " · "))
		fmt.Fprintf(w, "   %s\n\n", h.Snippet)
	}
}

// describe lists what is known of an article's provenance.
func describe(outlet, publisher string, published isnad.Date, file string) []string {
	var parts []string
	if outlet != "" {
		parts = append(parts, outlet)
	}
	if publisher != "" && publisher != outlet {
		parts = append(parts, "via "+publisher)
	}
	if !published.IsZero() {
		parts = append(parts, published.String())
	}
	return append(parts, file)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
