// Package queue is isnad's work queue: ingest jobs on NATS JetStream, taken
// by any number of stateless workers.
//
// What goes in: Jobs, each a file's bytes (Name, ContentType, Data) or a URL
// to fetch, put on the queue by Publish (`isnad ingest -queue nats://…`).
// What comes out: each job handed to a handler by Consume (`isnad worker
// -queue … -db postgres://…`), which analyses it and stores the result; jobs
// that keep failing come out of Dead with their error.
//
//	q, err := queue.Open(ctx, "nats://localhost:4222", queue.Options{})
//	defer q.Close()
//	err = q.Publish(ctx, queue.Job{Name: "خبر.html", ContentType: "text/html", Data: page})
//
//	// in a worker; returns when ctx is cancelled (SIGTERM)
//	err = q.Consume(ctx, 4, func(ctx context.Context, j queue.Job) error {
//		doc, err := analyse(ctx, j)
//		if err != nil {
//			return err // retried after a backoff, dead-lettered after MaxDeliver tries
//		}
//		_, err = st.Put(ctx, doc) // idempotent by content key
//		return err
//	})
//
// # Delivery guarantees
//
// Delivery is at least once, never exactly once. Publish returns after the
// server has stored each job on disk. A job is removed only when a worker
// acks it after its handler returned nil. A job is delivered again when its
// handler fails (after the Backoff delay), when its worker dies or loses
// the connection (after AckWait; a running handler keeps its job with
// in-progress acks), when the ack itself is lost, and when Consume stops
// before starting it. So a handler may see a job whose earlier run already
// stored its result, and must be idempotent: storing by content key (the
// store's Put) makes a redelivered job a no-op, never a duplicate.
//
// Publishing is deduplicated too: each message carries the job's ID as
// Nats-Msg-Id and the server drops a second message with the same ID within
// two minutes. An ID defaults to the SHA-256 of the name and bytes (or the
// URL), so publishing the same file twice is harmless; after the window
// the worker-side idempotence takes over.
//
// A job that fails on its MaxDeliver-th delivery, a message that is not a
// valid Job, and a job delivered more than MaxDeliver times without an ack
// are published to the dead-letter subject as a DeadJob (the job, the error,
// the number of deliveries) and then terminated, so they are never delivered
// again. Read them with Dead; republish by hand after fixing the cause.
//
// # Streams and consumer
//
// Two streams, because jobs and dead letters need different retention:
//
//   - "ISNAD" holds subject "isnad.jobs" with work-queue retention: a job
//     leaves the stream when it is acked (or terminated), so the stream's
//     size is the backlog and finished work does not accumulate. Work-queue
//     streams allow one consumer per subject, the durable pull consumer
//     "workers" that all workers share; the server spreads jobs over
//     whoever pulls, and its MaxAckPending bounds the jobs in flight
//     (back-pressure on fast fetchers, fairness between workers).
//   - "ISNAD_DEAD" holds "isnad.dead" with limits retention: dead letters
//     stay until an operator purges them and can be read any number of
//     times without being consumed, which a work-queue stream would not
//     allow.
//
// One limits stream for both, with the consumer filtering on jobs, would
// also work but keeps every finished job until an age or size limit removes
// it; the work-queue stream says what we mean.
//
// The consumer's own MaxDeliver is unlimited: Consume reads the delivery
// count of each message and dead-letters it itself, which also catches a job
// whose workers die before they can report a failure (the server would
// otherwise stop delivering it and leave it in the stream for good).
package queue
