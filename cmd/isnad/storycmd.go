package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/claim"
	"github.com/isnad-news/isnad/desk"
	"github.com/isnad-news/isnad/store"
)

// openStories opens the store at path and returns its stories, re-clustered
// from the store oldest article first (the stories are not stored, so the
// same store always gives the same stories), best ranked first.
func openStories(ctx context.Context, path string) (storiesOut, error) {
	st, err := openStore(ctx, path)
	if err != nil {
		return storiesOut{}, err
	}
	defer st.Close()
	return storedStories(ctx, st)
}

// storedStories returns the stories of st, best ranked first.
func storedStories(ctx context.Context, st store.Store) (storiesOut, error) {
	v, err := desk.Load(ctx, st)
	if err != nil {
		return storiesOut{}, err
	}
	out := storiesOut{Stories: []desk.Story{}}
	for _, s := range v.Stories(desk.StoryFilter{}) {
		out.Stories = append(out.Stories, *s)
	}
	return out, nil
}

func (m *Main) runStories(ctx context.Context, args []string) error {
	fs := m.flags("stories", "[flags]", `
Groups the stored articles into stories (re-clustered from the store, oldest
article first, so the same store always gives the same stories) and lists
them: id, title, dates, outlets, articles, and how many of their compared
claims conflict. "isnad story ID" prints one story's report.`)
	db := m.dbFlag(fs)
	asJSON := fs.Bool("json", false, "print the stories as one JSON object (as analyze -stories)")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(m.Stderr, "isnad stories: unexpected arguments %q\n", fs.Args())
		return errUsage
	}
	out, err := openStories(ctx, *db)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(m.Stdout, out, false)
	}
	for _, s := range out.Stories {
		conflicts := 0
		for _, c := range s.Comparisons {
			if c.Conflict {
				conflicts++
			}
		}
		fmt.Fprintf(m.Stdout, "%s  %s\n    %s … %s · %d articles · %s · %d claims compared, %d in conflict\n",
			s.ID, orDash(s.Title), orDash(s.First.String()), orDash(s.Last.String()), len(s.Articles),
			strings.Join(s.Outlets, "، "), len(s.Comparisons), conflicts)
	}
	return nil
}

func (m *Main) runStory(ctx context.Context, args []string) error {
	fs := m.flags("story", "[flags] ID", `
Prints one story's report: its articles (reposts marked), the claims its
outlets make about the same figures (answers with their chains, conflicts
marked, independent origins counted) and its timeline. ID is one that "isnad
stories" lists.`)
	db := m.dbFlag(fs)
	asJSON := fs.Bool("json", false, "print the story as one JSON object")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(m.Stderr, "isnad story: give one story ID (see isnad stories)")
		fs.Usage()
		return errUsage
	}
	out, err := openStories(ctx, *db)
	if err != nil {
		return err
	}
	for _, s := range out.Stories {
		if s.ID == fs.Arg(0) {
			if *asJSON {
				return writeJSON(m.Stdout, s, false)
			}
			return writeStory(m.Stdout, s)
		}
	}
	return fmt.Errorf("story %q: no such story (isnad stories lists them)", fs.Arg(0))
}

// writeStory writes a story's report for a person.
func writeStory(w io.Writer, s desk.Story) error {
	var b strings.Builder
	fmt.Fprintf(&b, "═══ %s  (%s)\n    %s … %s · outlets: %s\n\n  Articles:\n", orDash(s.Title), s.ID,
		orDash(s.First.String()), orDash(s.Last.String()), strings.Join(s.Outlets, "، "))
	for _, a := range s.Articles {
		rep := ""
		if a.RepostOf != "" {
			rep = "  (repost of " + a.RepostOf + ")"
		}
		fmt.Fprintf(&b, "    • %s  %s%s\n", a.ID, a.File, rep)
	}
	if len(s.Comparisons) > 0 {
		fmt.Fprintf(&b, "\n  Claims (CONFLICT where the answers cannot all be true):\n")
		for _, c := range s.Comparisons {
			mark := "agree"
			if c.Conflict {
				mark = "CONFLICT"
			}
			what := c.Category
			if c.Subject != "" {
				what += " / " + c.Subject
			}
			fmt.Fprintf(&b, "    ▸ %s — %s, %d independent origin(s)\n", what, mark, c.Origins)
			for _, a := range c.Answers {
				fmt.Fprintf(&b, "        %s → %s%s   [%s]\n", oneLine(a.Text), answerRange(a), chain(a.SourceChain), a.File)
			}
		}
	}
	if len(s.Framing) > 1 {
		fmt.Fprintf(&b, "\n  Framing (words an outlet uses more than the others: count here / elsewhere):\n")
		for _, o := range s.Framing {
			var ws []string
			for i, w := range o.Words {
				if i == 8 {
					break
				}
				ws = append(ws, fmt.Sprintf("%s %d/%d", w.Term, w.Count, w.Others))
			}
			if len(ws) == 0 {
				ws = []string{"—"}
			}
			fmt.Fprintf(&b, "    %s: %s\n", o.Name, strings.Join(ws, "، "))
		}
	}
	if len(s.Timeline) > 0 {
		fmt.Fprintf(&b, "\n  Timeline:\n")
		for _, e := range s.Timeline {
			fmt.Fprintf(&b, "    %s  %s  (%s)\n", e.Date, clip(e.Text, 100), strings.Join(e.Outlets(), "، "))
		}
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func answerRange(a claim.Answer) string {
	return rangeText(isnad.Quantity{Min: a.Min, Max: a.Max, Approx: a.Approx})
}

func writeJSON(w io.Writer, v any, pretty bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if pretty {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}
