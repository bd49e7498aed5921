// Package poll keeps a set of RSS and Atom feeds read: it fetches each feed
// on an interval and hands the items to a Sink, which stores them. isnad
// serve uses it to keep its store up to date and to show each feed's
// progress and errors.
//
// What goes in: feed URLs (Poller.Add, Poller.Remove) and a Sink. What comes
// out: calls of the Sink with the documents of each fetch, as ingest reads
// them (one *isnad.Document per item, Format FeedItem; a URL that answers
// with an HTML page gives one HTML document, and the sink decides what to do
// with it), and a Status per feed (Poller.Status) with counts, times and the
// last error.
//
//	p := poll.New(sink, poll.Options{Interval: 10 * time.Minute, Logger: logger})
//	if err := p.Add(feedURL); err != nil {
//		return err // poll: add "example.org/rss": not an absolute http or https URL ...
//	}
//	go p.Run(ctx) // until ctx is done
//	...
//	st, err := p.PollNow(ctx, feedURL) // a "refresh" button
//
// # Scheduling
//
// Run is one goroutine with one timer: it fetches the feeds that are due,
// one at a time, earliest first, and sleeps until the next is due or a feed
// is added. A new feed is due at once; a fetched feed is due Interval after
// its fetch ended. PollNow fetches a feed in its caller's goroutine, but
// still one fetch at a time, so the Sink is never called concurrently.
//
// # Errors
//
// A fetch fails when the feed cannot be read (network error or timeout, an
// HTTP status other than 2xx, a body that does not parse as a feed) or the
// Sink returns an error. A failure is counted and its text kept in
// Status.LastError, and the feed backs off: after n failures in a row its
// next fetch is min(Interval×2^n, 6 h) later. A failing feed never stops the
// others. Problems with single items (an item with neither title nor
// content) and an empty feed are not failures: the other items are still
// passed on, and the problems are kept in LastError. At most
// Options.MaxItems documents are taken per fetch, which bounds memory.
//
// The package has no global state and logs only to the Options.Logger.
package poll
