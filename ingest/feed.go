package ingest

import (
	"bytes"
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	"github.com/mmcdole/gofeed/rss"

	"github.com/isnad-news/isnad"
)

// parseFeed parses an RSS or Atom feed from UTF-8 text. It never touches the
// network, and turns a panic of the parser into an error so that no input
// can crash the reader.
func parseFeed(text []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", p)
		}
	}()
	fp := gofeed.NewParser()
	fp.KeepOriginalFeed = true
	return fp.Parse(bytes.NewReader(relabelXML(text)))
}

// feedDocs yields one document per feed item.
func feedDocs(e *emitter, s *source, enc string, text []byte) bool {
	feed, err := parseFeed(text)
	if err != nil {
		return e.err(&InputError{Input: s.name, Err: fmt.Errorf("%w: %v", ErrFeed, err)})
	}
	if len(feed.Items) == 0 {
		return e.err(&InputError{Input: s.name, Err: fmt.Errorf("%w: feed has no items", ErrEmpty)})
	}
	sources := itemSources(feed)
	feedTitle := clean(feed.Title)
	feedURL := s.url
	if feedURL == "" {
		feedURL = feed.FeedLink
	}
	for i, item := range feed.Items {
		n := i + 1
		if item == nil {
			continue
		}
		title := clean(item.Title)
		content := item.Content
		if strings.TrimSpace(content) == "" {
			content = item.Description
		}
		content = strings.TrimSpace(content)
		if title == "" && content == "" {
			if !e.err(&InputError{Input: s.name, Item: n, Err: fmt.Errorf("%w: item has no title and no content", ErrEmpty)}) {
				return false
			}
			continue
		}
		doc := &isnad.Document{
			Source: s.name + "#" + strconv.Itoa(n),
			URL:    clean(item.Link),
			Format: isnad.FormatFeedItem,
			Raw:    []byte(strings.ToValidUTF8(content, "\uFFFD")),
			Title:  title,
			Outlet: feedTitle,
		}
		if content == "" {
			doc.Raw = []byte(html.EscapeString(title))
			doc.AddProblem("ingest", "feed item has no content; its title is used as its text")
		}
		if src := sources[i]; src != "" {
			doc.Outlet, doc.Publisher = src, feedTitle
		}
		doc.Author = itemAuthor(item)
		doc.Published = itemDate(doc, item)
		meta := map[string]string{}
		if len(item.Categories) > 0 {
			cats := make([]string, 0, len(item.Categories))
			for _, c := range item.Categories {
				if c = clean(c); c != "" {
					cats = append(cats, c)
				}
			}
			if len(cats) > 0 {
				meta["categories"] = strings.Join(cats, ", ")
			}
		}
		if g := clean(item.GUID); g != "" {
			meta["guid"] = g
		}
		if feedURL != "" {
			meta["feed_url"] = clean(feedURL)
		}
		if len(meta) > 0 {
			doc.Meta = meta
		}
		setEncoding(doc, enc)
		if !e.doc(doc) {
			return false
		}
	}
	return true
}

// itemSources returns, for each item, the title of the feed it came from
// (RSS <source>, Atom <source><title>), or "".
func itemSources(feed *gofeed.Feed) []string {
	out := make([]string, len(feed.Items))
	switch f := feed.OriginalFeed().(type) {
	case *rss.Feed:
		if len(f.Items) == len(out) {
			for i, it := range f.Items {
				if it != nil && it.Source != nil {
					out[i] = clean(it.Source.Title)
				}
			}
		}
	case *atom.Feed:
		if len(f.Entries) == len(out) {
			for i, en := range f.Entries {
				if en != nil && en.Source != nil {
					out[i] = clean(en.Source.Title)
				}
			}
		}
	}
	return out
}

func itemAuthor(item *gofeed.Item) string {
	for _, p := range item.Authors {
		if p != nil {
			if name := clean(p.Name); name != "" {
				return name
			}
		}
	}
	if item.Author != nil {
		return clean(item.Author.Name)
	}
	return ""
}

// itemDate returns the item's publication (else update) date as stated in
// the feed's own time zone, recording a problem on doc when a date is given
// but cannot be read.
func itemDate(doc *isnad.Document, item *gofeed.Item) isnad.Date {
	for _, t := range []*time.Time{item.PublishedParsed, item.UpdatedParsed} {
		if t == nil {
			continue
		}
		if d, ok := isnad.MakeDate(t.Year(), t.Month(), t.Day()); ok {
			return d
		}
	}
	for _, s := range []string{item.Published, item.Updated} {
		if s = clean(s); s != "" {
			if d, ok := parseDate(s); ok {
				return d
			}
			doc.AddProblem("ingest", "feed item date %q not understood", s)
			return isnad.Date{}
		}
	}
	return isnad.Date{}
}

// clean trims white space and replaces invalid UTF-8.
func clean(s string) string {
	return strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD"))
}
