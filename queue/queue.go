package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Job is one input to ingest: a file's bytes (Name, ContentType, Data) or a
// URL to fetch. A valid job has an ID and a Name or a URL.
type Job struct {
	// ID is the idempotency key. Publish fills it with the hex SHA-256 of
	// Name, a NUL byte and Data (or of the URL when Data is empty) when it is
	// empty; JetStream's Nats-Msg-Id deduplication uses it.
	ID          string `json:"id"`
	Name        string `json:"name"`
	ContentType string `json:"content_type,omitempty"`
	Data        []byte `json:"data,omitempty"`
	URL         string `json:"url,omitempty"`
}

// DeadJob is a job that was given up on, as stored on the dead-letter subject.
type DeadJob struct {
	Job
	// Raw holds the message body when it was not a valid Job (then Job is
	// zero). Data or Raw is omitted when the record would not fit in one
	// message; Error then says so.
	Raw        []byte    `json:"raw,omitempty"`
	Error      string    `json:"error"`
	Deliveries int       `json:"deliveries"` // how often the job was delivered
	At         time.Time `json:"at"`         // when it was dead-lettered
}

// Options configures a Queue. The zero value is usable: every zero field takes
// its default.
type Options struct {
	// Stream names the JetStream stream of jobs; default "ISNAD". Jobs go on
	// subject "<stream>.jobs" and dead letters on "<stream>.dead" (stream name
	// lower-cased), kept in a second stream "<Stream>_DEAD".
	Stream string
	// MaxDeliver is how many times a job is tried; default 5. A job that fails
	// on its MaxDeliver-th delivery goes to the dead-letter subject.
	MaxDeliver int
	// AckWait is how long the server waits for an ack before it redelivers;
	// default 2 min. Consume sends in-progress acks while a handler runs, so a
	// long job is not redelivered; a worker that dies is.
	AckWait time.Duration
	// MaxAckPending bounds the jobs delivered and not yet acked, summed over
	// all workers of the consumer; default 64. It is the back-pressure.
	MaxAckPending int
	// Backoff are the redelivery delays after the 1st, 2nd, … failure; the
	// last repeats. Default 1 s, 5 s, 30 s.
	Backoff []time.Duration
	// MaxJobBytes bounds one encoded job (JSON, so Data counts 4/3); default
	// 8 MiB, and never more than the server's max_payload (default 1 MiB;
	// raise it in the server's config for larger files) less 512 bytes.
	MaxJobBytes int
	// StopGrace is how long in-flight handlers may go on after Consume's
	// context is done before their own context is cancelled; default 10 s.
	StopGrace time.Duration
	// Logger receives connection events and failures; default discards.
	Logger *slog.Logger
}

// Defaults of Options.
const (
	DefaultStream        = "ISNAD"
	DefaultMaxDeliver    = 5
	DefaultAckWait       = 2 * time.Minute
	DefaultMaxAckPending = 64
	DefaultMaxJobBytes   = 8 << 20
	DefaultStopGrace     = 10 * time.Second
)

// DefaultBackoff are the default redelivery delays after a failure.
var DefaultBackoff = []time.Duration{time.Second, 5 * time.Second, 30 * time.Second}

// ConsumerName is the durable pull consumer every worker shares.
const ConsumerName = "workers"

// ErrTooLarge is returned (wrapped, naming the job) by Publish for a job over
// the size limit.
var ErrTooLarge = errors.New("job too large")

// ErrInvalidJob is returned (wrapped, naming the job) by Publish for a job
// with neither a Name nor a URL.
var ErrInvalidJob = errors.New("invalid job")

func (o Options) withDefaults() (Options, error) {
	if o.Stream == "" {
		o.Stream = DefaultStream
	}
	if strings.ContainsAny(o.Stream, ".*> \t\r\n/\\") {
		return o, fmt.Errorf("queue: stream name %q: must not contain '.', '*', '>', '/', '\\' or spaces", o.Stream)
	}
	if o.MaxDeliver == 0 {
		o.MaxDeliver = DefaultMaxDeliver
	}
	if o.AckWait == 0 {
		o.AckWait = DefaultAckWait
	}
	if o.MaxAckPending == 0 {
		o.MaxAckPending = DefaultMaxAckPending
	}
	if len(o.Backoff) == 0 {
		o.Backoff = DefaultBackoff
	}
	if o.MaxJobBytes == 0 {
		o.MaxJobBytes = DefaultMaxJobBytes
	}
	if o.StopGrace == 0 {
		o.StopGrace = DefaultStopGrace
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	switch {
	case o.MaxDeliver < 1:
		return o, fmt.Errorf("queue: MaxDeliver %d: must be at least 1", o.MaxDeliver)
	case o.AckWait < 0, o.StopGrace < 0:
		return o, errors.New("queue: AckWait and StopGrace must not be negative")
	case o.MaxAckPending < 1:
		return o, fmt.Errorf("queue: MaxAckPending %d: must be at least 1", o.MaxAckPending)
	case o.MaxJobBytes < 1:
		return o, fmt.Errorf("queue: MaxJobBytes %d: must be at least 1", o.MaxJobBytes)
	}
	for _, d := range o.Backoff {
		if d < 0 {
			return o, fmt.Errorf("queue: Backoff %v: must not be negative", d)
		}
	}
	return o, nil
}

// Queue is a connection to the job queue. Its methods are safe for
// concurrent use; Consume may run several times at once (in one process or
// many), all sharing the one durable consumer.
type Queue struct {
	opt         Options
	nc          *nats.Conn
	js          jetstream.JetStream
	jobs        jetstream.Stream
	dead        jetstream.Stream
	cons        jetstream.Consumer
	jobsSubject string
	deadSubject string
	maxBytes    int           // min(opt.MaxJobBytes, server max_payload)
	maxPayload  int           // server max_payload
	closed      chan struct{} // closed when the connection is closed for good

	processed, failed, deadLettered, redelivered atomic.Int64
}

// Open connects to the NATS server(s) at url (comma-separated "nats://host:port"
// list), creates or updates the jobs stream, the dead-letter stream and the
// durable pull consumer "workers", and returns the Queue. The server must
// have JetStream enabled. A server that does not answer fails within about
// 5 s (or ctx's deadline, if sooner); the error names url (password
// redacted). Once connected, the Queue reconnects on its own for ever.
func Open(ctx context.Context, url string, opt Options) (*Queue, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return nil, err
	}
	where := redact(url)
	timeout := 5 * time.Second
	if dl, ok := ctx.Deadline(); ok && time.Until(dl) < timeout {
		timeout = max(time.Until(dl), time.Millisecond)
	}
	log := opt.Logger
	closed := make(chan struct{})
	nc, err := nats.Connect(url,
		nats.Name("isnad"),
		nats.Timeout(timeout),
		nats.MaxReconnects(-1),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil { // nil: closed on purpose
				log.Warn("queue: disconnected", "url", where, "err", err)
			}
		}),
		nats.ReconnectHandler(func(c *nats.Conn) {
			log.Info("queue: reconnected", "url", redact(c.ConnectedUrl()))
		}),
		nats.ClosedHandler(func(*nats.Conn) { close(closed) }),
	)
	if err != nil {
		return nil, fmt.Errorf("queue: connect %s: %w (is nats-server running with -js?)", where, err)
	}
	q, err := setup(ctx, nc, opt, closed)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue: open %s: %w", where, err)
	}
	return q, nil
}

func setup(ctx context.Context, nc *nats.Conn, opt Options, closed chan struct{}) (*Queue, error) {
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, err
	}
	prefix := strings.ToLower(opt.Stream)
	q := &Queue{
		opt:         opt,
		nc:          nc,
		js:          js,
		jobsSubject: prefix + ".jobs",
		deadSubject: prefix + ".dead",
		maxPayload:  int(nc.MaxPayload()),
		closed:      closed,
	}
	q.maxBytes = min(opt.MaxJobBytes, q.maxPayload-headerRoom)

	// Jobs: work-queue retention, so an acked job is removed from the stream
	// and the stream empties as work is done.
	q.jobs, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        opt.Stream,
		Description: "isnad ingest jobs",
		Subjects:    []string{q.jobsSubject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  2 * time.Minute,
	})
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w (JetStream enabled on the server?)", opt.Stream, err)
	}
	// Dead letters: limits retention, so they stay until an operator purges
	// them and can be read any number of times.
	q.dead, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        opt.Stream + "_DEAD",
		Description: "isnad ingest jobs that failed for good",
		Subjects:    []string{q.deadSubject},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  2 * time.Minute,
	})
	if err != nil {
		return nil, fmt.Errorf("stream %s_DEAD: %w", opt.Stream, err)
	}
	q.cons, err = q.jobs.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{
		Durable:       ConsumerName,
		Description:   "isnad workers",
		FilterSubject: q.jobsSubject,
		AckPolicy:     jetstream.AckExplicitPolicy,
		DeliverPolicy: jetstream.DeliverAllPolicy,
		AckWait:       opt.AckWait,
		// Unlimited on the server: Consume counts deliveries itself and
		// dead-letters a job past MaxDeliver, so a job whose worker keeps
		// dying is dead-lettered instead of stuck in the stream.
		MaxDeliver:    -1,
		MaxAckPending: opt.MaxAckPending,
	})
	if err != nil {
		return nil, fmt.Errorf("consumer %s: %w", ConsumerName, err)
	}
	return q, nil
}

// redact drops passwords from a comma-separated list of server URLs.
func redact(urls string) string {
	parts := strings.Split(urls, ",")
	for i, p := range parts {
		if u, err := url.Parse(strings.TrimSpace(p)); err == nil && u.User != nil {
			parts[i] = u.Redacted()
		}
	}
	return strings.Join(parts, ",")
}

// JobID is the idempotency key Publish gives a job without one: the hex
// SHA-256 of Name, a NUL byte and Data, or of URL when Data is empty.
func JobID(j Job) string {
	h := sha256.New()
	if len(j.Data) == 0 && j.URL != "" {
		h.Write([]byte(j.URL))
	} else {
		h.Write([]byte(j.Name))
		h.Write([]byte{0})
		h.Write(j.Data)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (j Job) label() string {
	name := j.Name
	if name == "" {
		name = j.URL
	}
	if len(j.ID) > 12 {
		return fmt.Sprintf("%q (id %s…)", name, j.ID[:12])
	}
	return fmt.Sprintf("%q (id %s)", name, j.ID)
}

// headerRoom is kept free of max_payload for the message headers
// (Nats-Msg-Id and the ones JetStream adds).
const headerRoom = 512

// publishWindow bounds the acks one Publish call waits for at once.
const publishWindow = 256

// Publish puts jobs on the queue and returns once the server has stored
// (acked) every one of them. A job without an ID gets JobID(j). Jobs are
// checked first: if one is too large (ErrTooLarge) or has neither Name nor
// URL (ErrInvalidJob), nothing is published and the error names it. A job
// whose ID the server saw within the last 2 minutes is dropped by the server
// as a duplicate, which is not an error. If publishing fails part-way some
// jobs may be stored; publishing them again is safe. Safe for concurrent use.
func (q *Queue) Publish(ctx context.Context, jobs ...Job) error {
	msgs := make([]*nats.Msg, len(jobs))
	labels := make([]string, len(jobs))
	for i, j := range jobs {
		if j.Name == "" && j.URL == "" {
			return fmt.Errorf("queue: publish job %d: %w: no name and no URL", i, ErrInvalidJob)
		}
		if j.ID == "" {
			j.ID = JobID(j)
		}
		data, err := json.Marshal(j)
		if err != nil {
			return fmt.Errorf("queue: publish %s: %w", j.label(), err)
		}
		if len(data) > q.maxBytes {
			return fmt.Errorf("queue: publish %s: %w: %d bytes encoded, limit %d (MaxJobBytes %d, server max_payload %d)",
				j.label(), ErrTooLarge, len(data), q.maxBytes, q.opt.MaxJobBytes, q.maxPayload)
		}
		msgs[i] = &nats.Msg{Subject: q.jobsSubject, Data: data, Header: nats.Header{}}
		msgs[i].Header.Set(jetstream.MsgIDHeader, j.ID)
		labels[i] = j.label()
	}
	type pending struct {
		f     jetstream.PubAckFuture
		label string
	}
	var window []pending
	var errs []error
	wait := func(p pending) error {
		select {
		case <-p.f.Ok():
			return nil
		case err := <-p.f.Err():
			return fmt.Errorf("queue: publish %s: %w", p.label, err)
		case <-ctx.Done():
			return fmt.Errorf("queue: publish %s: %w", p.label, ctx.Err())
		}
	}
	for i, m := range msgs {
		if ctx.Err() != nil {
			break
		}
		if len(window) == publishWindow {
			if err := wait(window[0]); err != nil {
				errs = append(errs, err)
			}
			window = window[1:]
		}
		f, err := q.js.PublishMsgAsync(m)
		if err != nil {
			errs = append(errs, fmt.Errorf("queue: publish %s: %w", labels[i], err))
			break
		}
		window = append(window, pending{f, labels[i]})
	}
	for _, p := range window {
		if err := wait(p); err != nil {
			errs = append(errs, err)
			if ctx.Err() != nil {
				break
			}
		}
	}
	if len(errs) == 0 && ctx.Err() != nil {
		errs = append(errs, fmt.Errorf("queue: publish: %w", ctx.Err()))
	}
	return errors.Join(errs...)
}

// Dead returns up to limit dead letters (all if limit <= 0), oldest first.
// Reading does not remove them.
func (q *Queue) Dead(ctx context.Context, limit int) ([]DeadJob, error) {
	info, err := q.dead.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue: dead letters: %w", err)
	}
	var out []DeadJob
	for seq := info.State.FirstSeq; seq != 0 && seq <= info.State.LastSeq; seq++ {
		if limit > 0 && len(out) >= limit {
			break
		}
		m, err := q.dead.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return out, fmt.Errorf("queue: dead letter %d: %w", seq, err)
		}
		var d DeadJob
		if err := json.Unmarshal(m.Data, &d); err != nil {
			d = DeadJob{Raw: m.Data, Error: "undecodable dead letter: " + err.Error()}
		}
		if d.At.IsZero() {
			d.At = m.Time
		}
		out = append(out, d)
	}
	return out, nil
}

// Stats is a snapshot of the queue. Pending, InFlight and Dead come from the
// server and cover all workers; the counters below them are this Queue's
// since Open.
type Stats struct {
	Pending  int // jobs not yet delivered (the consumer's NumPending)
	InFlight int // jobs delivered and not yet acked, over all workers (NumAckPending)
	Dead     int // messages in the dead-letter stream

	Processed    int // jobs handled and acked
	Failed       int // handler failures (errors and panics), including ones retried later
	DeadLettered int // jobs this Queue sent to the dead-letter subject
	Redelivered  int // deliveries that were not a job's first
}

// Stats asks the server for the consumer's and dead stream's state and adds
// this Queue's counters.
func (q *Queue) Stats(ctx context.Context) (Stats, error) {
	ci, err := q.cons.Info(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("queue: stats: consumer %s: %w", ConsumerName, err)
	}
	di, err := q.dead.Info(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("queue: stats: dead stream: %w", err)
	}
	return Stats{
		Pending:      int(ci.NumPending),
		InFlight:     ci.NumAckPending,
		Dead:         int(di.State.Msgs),
		Processed:    int(q.processed.Load()),
		Failed:       int(q.failed.Load()),
		DeadLettered: int(q.deadLettered.Load()),
		Redelivered:  int(q.redelivered.Load()),
	}, nil
}

// Close closes the connection. Jobs a running Consume still holds are not
// acked and come back after AckWait; stop Consume first (cancel its context
// and wait for it) for a clean shutdown. Close is idempotent.
func (q *Queue) Close() error {
	q.nc.Close()
	return nil
}
