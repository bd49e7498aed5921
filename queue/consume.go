package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// fetchWait is how long one pull request waits for jobs. It bounds how late
// Consume notices that its context is done while the queue is idle.
const fetchWait = time.Second

// settleTimeout bounds acks and dead-letter publishes, which run on a context
// of their own so that they still happen while Consume is stopping.
const settleTimeout = 5 * time.Second

// delivery is one message handed to a handler; settled makes sure it is
// acked, nak'ed or terminated once, by the handler's goroutine or by
// Consume when the stop grace period is over.
type delivery struct {
	msg     jetstream.Msg
	settled atomic.Bool
}

func (d *delivery) settle() bool { return d.settled.CompareAndSwap(false, true) }

// Consume takes jobs and runs handle on each, with up to workers handlers at
// once, until ctx is done or the connection is closed. handle must be
// idempotent: a job can be delivered more than once (see the package doc).
//
// A nil error acks the job (and waits for the server to confirm). An error,
// or a panic (recovered), is a failure: the job is redelivered after the
// Backoff delay, and a job failing on its MaxDeliver-th delivery is published
// to the dead-letter subject with the error and terminated. A message that is
// not a valid Job is dead-lettered at once; one delivered more than
// MaxDeliver times (its workers died or timed out without acking) is
// dead-lettered without running handle. While a handler runs, Consume tells
// the server it is in progress, so AckWait does not expire under it.
//
// Handlers get a context that is not ctx: when ctx is done Consume stops
// fetching, naks jobs fetched but not started, and lets running handlers
// finish; only StopGrace later is the handlers' context cancelled, and jobs
// still running a moment after that are nak'ed for another worker (a handler
// that ignores its context may then still be running when Consume returns;
// its result is discarded). Consume returns nil after a stop through ctx, and
// an error if the connection was closed or workers < 1.
func (q *Queue) Consume(ctx context.Context, workers int, handle func(ctx context.Context, j Job) error) error {
	if workers < 1 {
		return fmt.Errorf("queue: consume: %d workers: need at least 1", workers)
	}
	if handle == nil {
		return errors.New("queue: consume: nil handler")
	}
	hctx, cancelHandlers := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelHandlers()

	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		inflight = map[*delivery]struct{}{}
		slots    = make(chan struct{}, workers) // a token per running handler
	)
	start := func(msg jetstream.Msg) {
		d := &delivery{msg: msg}
		mu.Lock()
		inflight[d] = struct{}{}
		mu.Unlock()
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			q.process(hctx, d, handle)
			mu.Lock()
			delete(inflight, d)
			mu.Unlock()
		}()
	}

	var runErr error
fetching:
	for ctx.Err() == nil {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			break fetching
		case <-q.closed:
			runErr = fmt.Errorf("queue: consume: %w", jetstream.ErrConnectionClosed)
			break fetching
		}
		n := 1
	more:
		for n < workers {
			select {
			case slots <- struct{}{}:
				n++
			default:
				break more
			}
		}
		batch, err := q.cons.Fetch(n, jetstream.FetchMaxWait(fetchWait))
		if err == nil {
			for msg := range batch.Messages() {
				if ctx.Err() != nil {
					_ = msg.Nak() // fetched after the stop: another worker takes it now
					continue
				}
				n--
				start(msg)
			}
			err = batch.Error()
		}
		for ; n > 0; n-- {
			<-slots
		}
		if q.nc.IsClosed() {
			runErr = fmt.Errorf("queue: consume: %w", jetstream.ErrConnectionClosed)
			break
		}
		if err != nil && ctx.Err() == nil && !errors.Is(err, jetstream.ErrNoMessages) {
			q.opt.Logger.Warn("queue: fetch", "err", err)
			select { // disconnected, or the server is busy: try again shortly
			case <-time.After(fetchWait):
			case <-ctx.Done():
			case <-q.closed:
			}
		}
	}

	// Stopping: let running handlers finish, within the grace period.
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	grace := time.NewTimer(q.opt.StopGrace)
	defer grace.Stop()
	select {
	case <-done:
		return runErr
	case <-grace.C:
	}
	cancelHandlers()
	select {
	case <-done:
		return runErr
	case <-time.After(time.Second):
	}
	mu.Lock()
	defer mu.Unlock()
	for d := range inflight {
		if d.settle() {
			_ = d.msg.Nak()
			q.opt.Logger.Warn("queue: handler did not stop; job returned to the queue", "subject", d.msg.Subject())
		}
	}
	return runErr
}

// process runs one delivery to the end: decode, handle, then ack, nak or
// dead-letter.
func (q *Queue) process(hctx context.Context, d *delivery, handle func(context.Context, Job) error) {
	msg := d.msg
	meta, err := msg.Metadata()
	if err != nil { // not a JetStream delivery; cannot happen from a pull consumer
		q.opt.Logger.Error("queue: message without metadata", "err", err)
		if d.settle() {
			_ = msg.Term()
		}
		return
	}
	n := int(meta.NumDelivered)
	if n > 1 {
		q.redelivered.Add(1)
	}
	job, err := decode(msg.Data())
	if err != nil {
		q.bury(d, meta, DeadJob{Raw: msg.Data(), Error: err.Error(), Deliveries: n})
		return
	}
	if n > q.opt.MaxDeliver {
		q.bury(d, meta, DeadJob{Job: job, Deliveries: n,
			Error: fmt.Sprintf("delivered %d times without an ack (worker died or exceeded AckWait)", n)})
		return
	}

	err = q.run(hctx, msg, job, handle)
	switch {
	case err == nil:
		if !d.settle() {
			return
		}
		actx, cancel := context.WithTimeout(context.WithoutCancel(hctx), settleTimeout)
		defer cancel()
		if aerr := msg.DoubleAck(actx); aerr != nil {
			// The job will come back after AckWait; handle is idempotent.
			q.opt.Logger.Warn("queue: ack", "job", job.label(), "err", aerr)
			return
		}
		q.processed.Add(1)
	case hctx.Err() != nil:
		// Stopped from outside, not the job's fault: give it back at once.
		if d.settle() {
			_ = msg.Nak()
		}
	default:
		q.failed.Add(1)
		q.opt.Logger.Warn("queue: job failed", "job", job.label(), "delivery", n, "err", err)
		if n >= q.opt.MaxDeliver {
			q.bury(d, meta, DeadJob{Job: job, Error: err.Error(), Deliveries: n})
			return
		}
		if d.settle() {
			_ = msg.NakWithDelay(q.opt.Backoff[min(n, len(q.opt.Backoff))-1])
		}
	}
}

// run calls handle, turning a panic into an error and telling the server the
// job is in progress while it runs.
func (q *Queue) run(ctx context.Context, msg jetstream.Msg, job Job, handle func(context.Context, Job) error) (err error) {
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		t := time.NewTicker(max(q.opt.AckWait/3, 50*time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-t.C:
				_ = msg.InProgress()
			case <-stop:
				return
			}
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("handler panic: %v\n%s", r, debug.Stack())
		}
	}()
	return handle(ctx, job)
}

// bury publishes a dead letter and terminates the delivery. If the dead
// letter cannot be published the job is nak'ed and tried again later.
func (q *Queue) bury(d *delivery, meta *jetstream.MsgMetadata, dj DeadJob) {
	if !d.settle() {
		return
	}
	dj.At = time.Now().UTC()
	data, err := json.Marshal(dj)
	if err == nil && len(data) > q.maxPayload-headerRoom {
		omitted := len(dj.Data) + len(dj.Raw)
		dj.Data, dj.Raw = nil, nil
		dj.Error += fmt.Sprintf(" (%d bytes of data omitted from this record)", omitted)
		data, err = json.Marshal(dj)
	}
	if err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), settleTimeout)
		defer cancel()
		// One dead letter per stream message, even if this delivery is retried.
		id := "dead-" + strconv.FormatUint(meta.Sequence.Stream, 10)
		_, err = q.js.Publish(ctx, q.deadSubject, data, jetstream.WithMsgID(id))
	}
	if err != nil {
		q.opt.Logger.Error("queue: dead letter", "job", dj.label(), "err", err)
		_ = d.msg.NakWithDelay(q.opt.Backoff[len(q.opt.Backoff)-1])
		return
	}
	q.deadLettered.Add(1)
	q.opt.Logger.Warn("queue: job dead-lettered", "job", dj.label(), "deliveries", dj.Deliveries, "err", dj.Error)
	_ = d.msg.Term()
}

// decode parses a message body into a valid Job.
func decode(data []byte) (Job, error) {
	var j Job
	if err := json.Unmarshal(data, &j); err != nil {
		return Job{}, fmt.Errorf("invalid job: %w", err)
	}
	if j.ID == "" {
		return Job{}, errors.New("invalid job: no id")
	}
	if j.Name == "" && j.URL == "" {
		return Job{}, errors.New("invalid job: no name and no url")
	}
	return j, nil
}
