package main

import (
	"context"
	"encoding/json"
	"fmt"
)

func (m *Main) runAnalyze(ctx context.Context, args []string) error {
	fs := m.flags("analyze", "[flags] PATH|URL|- ...", `
Reads articles (plain text, HTML, RSS/Atom feeds, JSON Lines; directories are
walked recursively; "-" reads standard input; http(s) URLs are fetched),
extracts and cleans each one, finds its figures, dates, names, quotes and
sources, and prints it as one JSON object per line on standard output (or,
with -format text, as a page to read: each claim with its chain). With
-stories it groups the articles into stories instead and prints one JSON
object: {"stories": [{"id", "title", "articles": [{"file", "id"}],
"comparisons": [...], "timeline": [...]}]}, where an article's id is its JSON
Lines record's own "id" or else its content key. No store is needed. The fields are documented in
docs/schema.md.

Inputs that cannot be read are reported on standard error, one line each
naming the input (and line); the others are still printed, and the exit code
is 1.`)
	tokens := fs.Bool("tokens", false, "include each document's tokens (offsets, normalized form, stem)")
	pretty := fs.Bool("pretty", false, "indent the JSON (one object spans several lines)")
	format := fs.String("format", "json", "json (one object per line) or text (each claim with its chain, for reading)")
	stories := fs.Bool("stories", false, "group the articles into stories and print them as one JSON object: articles, compared claims, timeline")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if *format != "json" && *format != "text" {
		fmt.Fprintf(m.Stderr, "isnad analyze: -format %q: want json or text\n", *format)
		return errUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(m.Stderr, "isnad analyze: give at least one PATH, URL or - (standard input)")
		fs.Usage()
		return errUsage
	}
	enc := json.NewEncoder(m.Stdout)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	var sb *storyBuilder
	if *stories {
		sb = newStoryBuilder()
	}
	failed, err := m.process(ctx, fs.Args(), func(r result) error {
		if r.err != nil {
			fmt.Fprintf(m.Stderr, "isnad analyze: %v\n", r.err)
			return nil
		}
		if sb != nil {
			sb.add(r.doc)
			return nil
		}
		if *format == "text" {
			return writeText(m.Stdout, r.doc)
		}
		if !*tokens {
			r.doc.Tokens = nil
		}
		return enc.Encode(r.doc)
	})
	if err != nil {
		return err
	}
	if sb != nil {
		if err := sb.write(m.Stdout, *pretty); err != nil {
			return err
		}
	}
	if failed > 0 {
		fmt.Fprintf(m.Stderr, "isnad analyze: %d input(s) failed\n", failed)
		return errPartial
	}
	return nil
}
