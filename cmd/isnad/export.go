package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/desk"
	"github.com/isnad-news/isnad/export"
)

func (m *Main) runExport(ctx context.Context, args []string) error {
	var names []string
	for _, f := range export.Formats() {
		names = append(names, string(f))
	}
	fs := m.flags("export", "[flags]", `
Writes the stored articles, their stories' claims or places in a format other
tools read (re-clustered from the store as "isnad stories" does):

  jsonl        every article as "isnad analyze" prints it, plus its "story" id,
               one JSON object per line, newest first
  claims-csv   one row per figure of every compared claim (UTF-8 with a BOM,
               for spreadsheets)
  geojson      a FeatureCollection of the places each story names
  claimreview  schema.org ClaimReview JSON-LD for each conflicting claim

Writes standard output, or -o FILE (written whole or not at all).`)
	db := m.dbFlag(fs)
	format := fs.String("format", string(export.FormatJSONL), "output format: "+strings.Join(names, ", "))
	out := fs.String("o", "", "write to this file instead of standard output")
	baseURL := fs.String("base-url", "", "claimreview: the desk's address, to link each review to its story page")
	publisher := fs.String("publisher", "", `claimreview: the reviews' publisher (default "isnad")`)
	date := fs.String("date", "", "claimreview: the reviews' date, YYYY-MM-DD (default today)")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(m.Stderr, "isnad export: unexpected arguments %q\n", fs.Args())
		return errUsage
	}
	f := export.Format(*format)
	if !slices.Contains(export.Formats(), f) {
		fmt.Fprintf(m.Stderr, "isnad export: unknown -format %q (want one of %s)\n", *format, strings.Join(names, ", "))
		return errUsage
	}
	opt := export.Options{Publisher: *publisher, BaseURL: *baseURL}
	if *date != "" {
		d, err := isnad.ParseDate(*date)
		if err != nil {
			fmt.Fprintf(m.Stderr, "isnad export: -date: %v\n", err)
			return errUsage
		}
		opt.Date = d
	} else {
		now := time.Now()
		opt.Date = isnad.Date{Year: now.Year(), Month: now.Month(), Day: now.Day()}
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	v, err := desk.Load(ctx, st)
	if err != nil {
		return err
	}
	if *out == "" {
		return export.Write(m.Stdout, v, f, opt)
	}
	return writeFileAtomic(*out, func(w io.Writer) error { return export.Write(w, v, f, opt) })
}

// writeFileAtomic writes path through write: to a temporary file in the same
// directory, renamed over path only when everything was written, so a failed
// write never leaves half a file.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
