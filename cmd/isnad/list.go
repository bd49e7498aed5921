package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
)

func (m *Main) runList(ctx context.Context, args []string) error {
	fs := m.flags("list", "[flags]", `
Lists stored articles, newest publication date first (undated last).`)
	db := m.dbFlag(fs)
	filter := m.filterFlags(fs)
	limit := fs.Int("n", 50, "the most articles to list")
	offset := fs.Int("offset", 0, "skip this many articles first")
	asJSON := fs.Bool("json", false, "print one JSON object per article (the analyze schema, without body)")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	f, err := filter()
	if err != nil {
		fmt.Fprintf(m.Stderr, "isnad list: %v\n", err)
		return errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(m.Stderr, "isnad list: unexpected arguments %q\n", fs.Args())
		return errUsage
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	docs, err := st.List(ctx, f, *limit, *offset)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(m.Stdout)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		if *asJSON {
			if err := enc.Encode(d); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintf(m.Stdout, "%s  %s\n    %s\n", d.ID[:12], orDash(d.Title),
			strings.Join(describe(d.Outlet, d.Publisher, d.Published, d.Source), " · "))
	}
	return nil
}
