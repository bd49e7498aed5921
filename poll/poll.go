package poll

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/ingest"
)

// Defaults used when Options leaves a field zero, and the limits enforced.
const (
	// DefaultInterval is the time between polls of one feed when
	// Options.Interval is 0.
	DefaultInterval = 15 * time.Minute
	// MinInterval is the shortest Options.Interval accepted; shorter ones
	// are raised to it.
	MinInterval = 10 * time.Second
	// MaxBackoff bounds the wait after failed fetches (unless Interval is
	// longer still).
	MaxBackoff = 6 * time.Hour
	// DefaultTimeout is the timeout of the HTTP client used when
	// Options.Client is nil.
	DefaultTimeout = 30 * time.Second
	// DefaultMaxItems is the most items taken per fetch when
	// Options.MaxItems is 0.
	DefaultMaxItems = 200
)

// ErrUnknownFeed is returned by PollNow for a URL that was not added (or was
// removed).
var ErrUnknownFeed = errors.New("feed not added")

// Sink stores documents read from a feed and returns how many were new (not
// stored before). It is called from the goroutine running Run, or from
// PollNow's caller, and never concurrently with itself. docs holds at most
// Options.MaxItems documents of one fetch of feedURL (never none), in feed
// order, fresh from ingest (Source, Format, Raw, Title, URL, ... set); the
// sink may keep or change them. An error is recorded in the feed's Status as a
// failed fetch (the feed backs off); added is counted even then.
type Sink func(ctx context.Context, feedURL string, docs []*isnad.Document) (added int, err error)

// Options configures a Poller. The zero Options is ready to use.
type Options struct {
	// Interval is the time between polls of one feed; 0 means 15 min.
	// Anything below 10 s is raised to 10 s.
	Interval time.Duration
	// Client fetches the feeds; nil means a client with a 30 s timeout.
	// Set a timeout: a server that never answers holds up every feed,
	// since feeds are fetched one at a time.
	Client *http.Client
	// Logger receives one record per fetch; nil means no logging.
	Logger *slog.Logger
	// MaxItems is the most items taken per fetch (the first ones in the
	// feed); 0 means 200.
	MaxItems int
}

// Status is the state of one feed, as shown by isnad serve.
type Status struct {
	// URL is the feed's address, as given to Add.
	URL string `json:"url"`
	// Added is when the feed was added.
	Added time.Time `json:"added"`
	// LastFetch is when the latest finished fetch started.
	LastFetch time.Time `json:"last_fetch,omitzero"`
	// LastSuccess is when the latest fetch that failed neither in ingest
	// nor in the sink started.
	LastSuccess time.Time `json:"last_success,omitzero"`
	// NextFetch is when Run fetches the feed next: the end of the latest
	// fetch plus Interval, or plus the backoff after failures. It is zero
	// until the first fetch, which is due at once.
	NextFetch time.Time `json:"next_fetch,omitzero"`
	// Fetches counts the finished fetches, failed or not.
	Fetches int `json:"fetches"`
	// Failures counts the fetches that failed: the feed could not be read
	// (network, HTTP status, not parseable) or the sink returned an error.
	Failures int `json:"failures"`
	// Items counts the items read in all fetches.
	Items int `json:"items"`
	// New counts the items the sink reported new.
	New int `json:"new"`
	// LastError is the error of the latest fetch, or its problems with
	// single items (an item without title and content, an empty feed), or
	// "" when it had none.
	LastError string `json:"last_error,omitempty"`
	// Running reports that a fetch is in progress.
	Running bool `json:"running"`
}

// Poller polls feeds on an interval and hands their items to a sink. Feeds
// are fetched one at a time, in one goroutine (Run's); a Poller is safe for
// concurrent use.
type Poller struct {
	sink     Sink
	reader   *ingest.Reader
	log      *slog.Logger
	interval time.Duration
	maxItems int

	wake chan struct{} // Add → Run: a feed is due now
	turn chan struct{} // holds a token while a fetch runs: one at a time

	mu      sync.Mutex
	feeds   map[string]*feed
	running bool // Run is running
}

// feed is one feed's state, guarded by Poller.mu.
type feed struct {
	st     Status
	streak int // failed fetches in a row
}

// New returns a Poller that passes the items of its feeds to sink, with opt's
// defaults filled in. It has no feeds until Add, and polls nothing until Run
// or PollNow.
func New(sink Sink, opt Options) *Poller {
	p := &Poller{
		sink:     sink,
		log:      opt.Logger,
		interval: opt.Interval,
		maxItems: opt.MaxItems,
		wake:     make(chan struct{}, 1),
		turn:     make(chan struct{}, 1),
		feeds:    make(map[string]*feed),
	}
	client := opt.Client
	if client == nil {
		client = &http.Client{Timeout: DefaultTimeout}
	}
	p.reader = ingest.NewReader(ingest.Options{Client: client})
	if p.log == nil {
		p.log = slog.New(slog.DiscardHandler)
	}
	if p.interval == 0 {
		p.interval = DefaultInterval
	}
	p.interval = max(p.interval, MinInterval)
	if p.maxItems <= 0 {
		p.maxItems = DefaultMaxItems
	}
	return p
}

// Add adds a feed, to be fetched promptly (within a second when Run is
// running) and then every Interval. rawURL must be an absolute http or https
// URL, else Add returns an error naming it; it is kept as given and is the
// feed's key. Adding a feed already there does nothing and returns nil.
func (p *Poller) Add(rawURL string) error {
	u, err := url.Parse(rawURL)
	if err != nil {
		return fmt.Errorf("poll: add %q: %w", rawURL, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("poll: add %q: not an absolute http or https URL (write it like https://example.org/rss)", rawURL)
	}
	p.mu.Lock()
	if _, ok := p.feeds[rawURL]; ok {
		p.mu.Unlock()
		return nil
	}
	p.feeds[rawURL] = &feed{st: Status{URL: rawURL, Added: time.Now()}}
	p.mu.Unlock()
	p.nudge()
	return nil
}

// nudge wakes Run to choose the next feed again.
func (p *Poller) nudge() {
	select {
	case p.wake <- struct{}{}:
	default: // a wake-up is already pending
	}
}

// Remove removes a feed and reports whether it was there. A fetch of it in
// progress finishes (its items still reach the sink) but is not recorded.
func (p *Poller) Remove(rawURL string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, ok := p.feeds[rawURL]
	delete(p.feeds, rawURL)
	return ok
}

// Status returns a copy of every feed's status, sorted by URL.
func (p *Poller) Status() []Status {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]Status, 0, len(p.feeds))
	for _, f := range p.feeds {
		out = append(out, f.st)
	}
	slices.SortFunc(out, func(a, b Status) int { return strings.Compare(a.URL, b.URL) })
	return out
}

// Run polls the feeds until ctx is done, then returns nil. Each feed is
// fetched when it is due (at once when added, then every Interval, later
// after failures: Interval×2^n for n failures in a row, up to 6 h), at most
// once per Interval, one feed at a time. A failing feed is recorded in its
// Status and never stops the others. A fetch in progress when ctx is done
// is abandoned and not counted. Run returns an error only when another Run
// of p is running.
func (p *Poller) Run(ctx context.Context) error {
	p.mu.Lock()
	if p.running {
		p.mu.Unlock()
		return errors.New("poll: Run is already running")
	}
	p.running = true
	p.mu.Unlock()
	defer func() {
		p.mu.Lock()
		p.running = false
		p.mu.Unlock()
	}()

	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		// Fetch the due feeds, earliest first, choosing again after each
		// fetch since feeds may be added or removed meanwhile.
		for ctx.Err() == nil {
			u, wait := p.next(time.Now())
			if u == "" || wait > 0 {
				break
			}
			p.poll(ctx, u)
		}
		if ctx.Err() != nil {
			return nil
		}
		_, wait := p.next(time.Now())
		if wait < 0 {
			// No feeds: sleep until Add wakes us.
			wait = time.Hour
		}
		timer.Reset(wait)
		select {
		case <-ctx.Done():
			return nil
		case <-p.wake:
		case <-timer.C:
		}
	}
}

// next returns the feed due soonest and how long until it is due (0 when
// due now), or "" and -1 when there are no feeds. A feed being fetched (by
// PollNow) is skipped.
func (p *Poller) next(now time.Time) (string, time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var best *feed
	for _, f := range p.feeds {
		if f.st.Running {
			continue
		}
		if best == nil || f.st.NextFetch.Before(best.st.NextFetch) ||
			f.st.NextFetch.Equal(best.st.NextFetch) && f.st.URL < best.st.URL {
			best = f
		}
	}
	if best == nil {
		return "", -1
	}
	return best.st.URL, max(best.st.NextFetch.Sub(now), 0)
}

// PollNow fetches one added feed now and waits for it, after any fetch in
// progress. It returns the feed's new Status and the fetch's error: the
// *ingest.InputError when the feed could not be read, or the sink's error,
// wrapped; problems with single items are only in Status.LastError. It
// returns ErrUnknownFeed for a URL not added, and ctx.Err() when ctx is done
// first. The feed's next fetch by Run is Interval (or the backoff) later.
func (p *Poller) PollNow(ctx context.Context, rawURL string) (Status, error) {
	p.mu.Lock()
	_, ok := p.feeds[rawURL]
	p.mu.Unlock()
	if !ok {
		return Status{}, fmt.Errorf("poll %s: %w (call Add first)", rawURL, ErrUnknownFeed)
	}
	st, err := p.poll(ctx, rawURL)
	p.nudge() // Run may have skipped the feed while this fetch ran
	return st, err
}

// poll fetches one feed, waiting for its turn, and records the outcome.
func (p *Poller) poll(ctx context.Context, rawURL string) (Status, error) {
	select {
	case p.turn <- struct{}{}:
	case <-ctx.Done():
		return Status{}, ctx.Err()
	}
	defer func() { <-p.turn }()

	start := time.Now()
	p.mu.Lock()
	f, ok := p.feeds[rawURL]
	if !ok { // removed while waiting for the turn
		p.mu.Unlock()
		return Status{}, fmt.Errorf("poll %s: %w", rawURL, ErrUnknownFeed)
	}
	f.st.Running = true
	p.mu.Unlock()

	r := p.fetch(ctx, rawURL)

	p.mu.Lock()
	defer p.mu.Unlock()
	f.st.Running = false
	if r.canceled {
		p.log.DebugContext(ctx, "poll canceled", "feed", rawURL)
		return f.st, ctx.Err()
	}
	end := time.Now()
	f.st.LastFetch = start
	f.st.Fetches++
	f.st.Items += r.items
	f.st.New += r.added
	f.st.LastError = r.problem
	delay := p.interval
	if r.err != nil {
		f.st.Failures++
		f.st.LastError = r.err.Error()
		f.streak++
		delay = p.backoff(f.streak)
		p.log.WarnContext(ctx, "poll failed", "feed", rawURL, "items", r.items,
			"failures_in_a_row", f.streak, "retry_in", delay, "err", r.err)
	} else {
		f.st.LastSuccess = start
		f.streak = 0
		attrs := []any{"feed", rawURL, "items", r.items, "new", r.added, "took", end.Sub(start)}
		if r.problem != "" {
			attrs = append(attrs, "problem", r.problem)
		}
		p.log.InfoContext(ctx, "poll", attrs...)
	}
	// A feed removed during the fetch is updated all the same, but is no
	// longer in p.feeds: only the caller sees this Status.
	f.st.NextFetch = end.Add(delay)
	return f.st, r.err
}

// backoff returns the wait after n failed fetches in a row:
// min(Interval×2^n, 6 h), but never less than Interval.
func (p *Poller) backoff(n int) time.Duration {
	d := p.interval
	for range n {
		if d >= MaxBackoff {
			break
		}
		d *= 2
	}
	return max(min(d, MaxBackoff), p.interval)
}

// result is the outcome of one fetch.
type result struct {
	items    int    // documents read (and passed to the sink)
	added    int    // documents the sink reported new
	problem  string // item-level problems, "" when none
	err      error  // the feed could not be read, or the sink failed
	canceled bool   // ctx was done: nothing to record
}

// fetch reads one feed through ingest and passes its documents to the sink.
func (p *Poller) fetch(ctx context.Context, rawURL string) result {
	var (
		r        result
		docs     []*isnad.Document
		problems []error
	)
	for doc, err := range p.reader.All(ctx, rawURL) {
		if err != nil {
			ie, ok := errors.AsType[*ingest.InputError](err)
			switch {
			case !ok: // ctx.Err(), All's last value
				return result{canceled: true}
			case ie.Item > 0 || errors.Is(err, ingest.ErrEmpty):
				// One bad item, or a feed with no items: a problem, not
				// a failure.
				problems = append(problems, err)
			case ctx.Err() != nil:
				return result{canceled: true}
			default:
				r.err = err
			}
			continue
		}
		docs = append(docs, doc)
		if len(docs) >= p.maxItems {
			p.log.DebugContext(ctx, "poll: item limit reached", "feed", rawURL, "max_items", p.maxItems)
			break
		}
	}
	if ctx.Err() != nil {
		return result{canceled: true}
	}
	r.items = len(docs)
	r.problem = summarize(problems)
	if r.err != nil || len(docs) == 0 {
		return r
	}
	added, err := p.sink(ctx, rawURL, docs)
	r.added = max(added, 0)
	if err != nil {
		if ctx.Err() != nil {
			return result{canceled: true}
		}
		r.err = fmt.Errorf("poll %s: sink: %w", rawURL, err)
	}
	return r
}

// summarize joins item problems into one line: the first in full and how
// many more there were.
func summarize(errs []error) string {
	switch len(errs) {
	case 0:
		return ""
	case 1:
		return errs[0].Error()
	}
	return fmt.Sprintf("%v (and %d more problems)", errs[0], len(errs)-1)
}
