package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/desk"
	"github.com/isnad-news/isnad/search"
	"github.com/isnad-news/isnad/store"
)

// demoSearches are the searches the demo runs, each showing one thing the
// Arabic analysis does.
var demoSearches = []struct {
	req   search.Request
	shows string
}{
	{search.Request{Query: "العبارة"}, "one word family: العبّارة, للعبّارة, عبّارتهم, عبّارتنا share a light stem; the shadda does not matter"},
	{search.Request{Query: "معبر أم الطيور"}, "every word must match; the Persian-letter article writes الطیور with Persian yeh"},
	{search.Request{Query: "السُّيُول"}, "a query with diacritics finds text without them"},
	{search.Request{Query: "سيول", Filter: store.Filter{Outlet: "الشرفة"}}, "filtered by outlet (-outlet الشرفة)"},
}

func (m *Main) runDemo(ctx context.Context, args []string) error {
	fs := m.flags("demo", "[flags]", `
Runs isnad end to end on its own sample corpus (testdata/corpus, built into
the program): writes the articles to a temporary directory, ingests them
into a temporary store (or the one given with -db, which is kept), prints
what was read, runs a few searches that show the Arabic matching, and then
serves the store in the browser (as isnad serve) until Ctrl-C.`)
	db := fs.String("db", "", "keep the demo store at this path instead of a temporary one")
	addr := fs.String("addr", "127.0.0.1:8080", "HOST:PORT to serve the demo on (another free port when it is taken)")
	serveIt := fs.Bool("serve", true, "serve the demo store in the browser at the end")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "isnad-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	dir := filepath.Join(tmp, "corpus")
	if err := os.CopyFS(dir, isnad.SampleCorpus()); err != nil {
		return fmt.Errorf("write sample corpus: %w", err)
	}
	path := *db
	if path == "" {
		path = filepath.Join(tmp, "isnad.db")
	}
	st, err := openStore(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()

	out := m.Stdout
	fmt.Fprintf(out, "isnad demo: ingesting the sample corpus (%d files) into %s\n\n", countFiles(dir), displayPath(path, tmp))
	stats, err := m.ingest(ctx, st, []string{dir})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "read %d articles: %d added, %d already stored, %d inputs failed\n\n",
		stats.Read, stats.Added, stats.Already, stats.Failed)

	docs, err := st.List(ctx, store.Filter{}, 1000, 0)
	if err != nil {
		return err
	}
	for _, d := range docs {
		fmt.Fprintf(out, "• %s\n", orDash(d.Title))
		fmt.Fprintf(out, "  file %s (%s)", strings.TrimPrefix(d.Source, tmp+string(filepath.Separator)), d.Format)
		if enc := d.Meta["encoding"]; enc != "" {
			fmt.Fprintf(out, ", encoding %s", enc)
		}
		fmt.Fprintln(out)
		fmt.Fprintf(out, "  outlet %s · publisher %s · author %s · published %s\n",
			orDash(d.Outlet), orDash(d.Publisher), orDash(d.Author), orDash(d.Published.String()))
		for _, p := range d.Problems {
			fmt.Fprintf(out, "  problem (%s): %s\n", p.Stage, p.Message)
		}
	}
	if err := demoFigures(ctx, out, st, docs); err != nil {
		return err
	}
	if err := demoEntities(ctx, out, st); err != nil {
		return err
	}
	if err := demoQuotes(ctx, out, st, docs); err != nil {
		return err
	}
	if err := demoStories(ctx, out, st); err != nil {
		return err
	}
	for _, s := range demoSearches {
		cmdline := s.req.Query
		if s.req.Outlet != "" {
			cmdline = "-outlet " + s.req.Outlet + " " + cmdline
		}
		fmt.Fprintf(out, "\n$ isnad search %s\n  (%s)\n\n", cmdline, s.shows)
		s.req.Limit = 5
		hits, err := search.Run(ctx, st, s.req)
		if err != nil {
			return err
		}
		for i := range hits {
			hits[i].File = strings.TrimPrefix(hits[i].File, tmp+string(filepath.Separator))
		}
		printHits(out, hits)
		if len(hits) == 0 {
			fmt.Fprintln(out, "  no hits")
		}
	}
	if *db != "" {
		fmt.Fprintf(out, "\nThe store is kept at %s; try: isnad search -db %s QUERY\n", path, path)
	}
	if *serveIt {
		ln, err := net.Listen("tcp", *addr)
		if err != nil {
			// The port is taken: any free port on the same host will do.
			host, _, _ := net.SplitHostPort(*addr)
			if ln, err = net.Listen("tcp", net.JoinHostPort(host, "0")); err != nil {
				return fmt.Errorf("listen on %s: %w", *addr, err)
			}
		}
		if err := m.serve(ctx, st, ln, serveOptions{banner: "\n"}); err != nil {
			return err
		}
	}
	if stats.Failed > 0 {
		return errPartial
	}
	return nil
}

func countFiles(dir string) int {
	n := 0
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasPrefix(d.Name(), ".") {
			n++
		}
		return nil
	})
	return n
}

func displayPath(path, tmp string) string {
	if strings.HasPrefix(path, tmp) {
		return "a temporary store"
	}
	return path
}

// demoFigures prints, per article, the figures and dates the value stages
// found, resolved: the raw material of claim comparison.
func demoFigures(ctx context.Context, out io.Writer, st store.Store, docs []*isnad.Document) error {
	fmt.Fprintf(out, "\nFigures and dates, resolved against each article's publication date:\n")
	for _, d := range docs {
		full, err := st.Get(ctx, d.ID)
		if err != nil {
			return err
		}
		var figures, dates []string
		for _, q := range full.Quantities {
			if q.Counted == "" || q.Group == "time" {
				continue
			}
			figures = append(figures, figureText(q))
		}
		for _, x := range full.Dates {
			dates = append(dates, fmt.Sprintf("%s → %s (%s)", oneLine(x.Text), dateValue(x), x.Grain))
		}
		if len(figures)+len(dates) == 0 {
			continue
		}
		fmt.Fprintf(out, "\n  %s (%s)\n", orDash(d.Outlet), orDash(d.Published.String()))
		for _, list := range [][]string{figures, dates} {
			for i, p := range list {
				if i == 4 {
					fmt.Fprintf(out, "    … and %d more\n", len(list)-i)
					break
				}
				fmt.Fprintf(out, "    %s\n", p)
			}
		}
	}
	return nil
}

// rangeText writes a quantity's range: "312", "≥250", "300–500", "~300".
func rangeText(q isnad.Quantity) string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	var s string
	switch {
	case q.Min != nil && q.Max != nil && *q.Min == *q.Max:
		s = f(*q.Min)
	case q.Min != nil && q.Max != nil:
		s = f(*q.Min) + "–" + f(*q.Max)
	case q.Min != nil:
		s = "≥" + f(*q.Min)
	case q.Max != nil:
		s = "≤" + f(*q.Max)
	}
	if q.Approx {
		s = "~" + s
	}
	return s
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// demoEntities prints the entities named in most articles, with the
// spellings merged into each: within an article, and across the articles
// of a story (the desk's entities).
func demoEntities(ctx context.Context, out io.Writer, st store.Store) error {
	v, err := desk.Load(ctx, st)
	if err != nil {
		return err
	}
	ents := slices.Clone(v.Entities("", ""))
	slices.SortStableFunc(ents, func(a, b *desk.Entity) int { return cmp.Compare(len(b.Articles), len(a.Articles)) })
	fmt.Fprintf(out, "\nEntities named in the most articles (spellings merged; places geocoded):\n\n")
	for i, e := range ents {
		if i == 10 {
			break
		}
		var sp []string
		for _, a := range e.Aliases {
			if t := oneLine(a.Text); !slices.Contains(sp, t) {
				sp = append(sp, t)
			}
		}
		slices.Sort(sp)
		where := ""
		if e.Lat != nil && e.Lon != nil {
			where = fmt.Sprintf(" at %.2f,%.2f", *e.Lat, *e.Lon)
		}
		if e.Country != "" {
			where += " (" + e.Country + ")"
		}
		fmt.Fprintf(out, "  %-5s %s%s: %d articles, written %s\n", e.Type, e.Canonical, where, len(e.Articles), strings.Join(sp, " / "))
	}
	return nil
}

// demoQuotes prints quotes whose chain passes through another source
// first, then others, a few per article: who says so, through whom.
func demoQuotes(ctx context.Context, out io.Writer, st store.Store, docs []*isnad.Document) error {
	type line struct {
		chained bool
		text    string
	}
	var lines []line
	for _, d := range docs {
		full, err := st.Get(ctx, d.ID)
		if err != nil {
			return err
		}
		n := 0
		for _, q := range full.Quotes {
			if q.Speaker == "" || n == 2 {
				continue
			}
			n++
			lines = append(lines, line{len(q.Via) > 1, fmt.Sprintf("  %s\n    «%s»\n", path(full, q.Via), clip(q.Text, 90))})
		}
	}
	sort.SliceStable(lines, func(a, b int) bool { return lines[a].chained && !lines[b].chained })
	fmt.Fprintf(out, "\nWho says so, through whom (the chain from the article to the speaker):\n\n")
	for i, l := range lines {
		if i == 6 {
			break
		}
		fmt.Fprint(out, l.text)
	}
	return nil
}

// demoStories groups the corpus into stories and shows, for each, the
// claims its outlets disagree on.
func demoStories(ctx context.Context, out io.Writer, st store.Store) error {
	stories, err := storedStories(ctx, st)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "\nStories, and the figures their outlets disagree on (isnad stories, isnad story ID):\n")
	for _, s := range stories.Stories {
		fmt.Fprintf(out, "\n  %s  %s\n     %d articles from %s\n", s.ID, s.Title, len(s.Articles), strings.Join(s.Outlets, "، "))
		n := 0
		for _, c := range s.Comparisons {
			if !c.Conflict || n == 3 {
				continue
			}
			n++
			var answers []string
			for _, a := range c.Answers {
				answers = append(answers, oneLine(a.Text))
			}
			fmt.Fprintf(out, "     ✗ %s: %s (%d independent origins)\n", c.Category, strings.Join(answers, " / "), c.Origins)
		}
	}
	return nil
}
