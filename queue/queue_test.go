package queue_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"

	"github.com/isnad-news/isnad/queue"
)

// Test content of our own writing.
var articles = []string{
	"أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة الزرقاء بسعة مئتي سرير.",
	"قال المتحدث باسم الحكومة إن أسعار الخبز لن ترتفع قبل نهاية العام.",
	"سجّلت محطة الرصد هطول ٤٥ ملم من الأمطار خلال ليلة أمس في المرتفعات الشمالية.",
	"نقلت وكالة الأنباء عن مصدر مطّلع أن المفاوضات ستُستأنف الأسبوع المقبل.",
	"افتُتح معرض الكتاب بمشاركة أكثر من ثلاثمئة دار نشر عربية وأجنبية.",
}

// runServer starts an in-process NATS server with JetStream and returns its
// URL; it is shut down when the test ends.
func runServer(tb testing.TB) string {
	tb.Helper()
	s, err := server.NewServer(&server.Options{
		Host:      "127.0.0.1",
		Port:      server.RANDOM_PORT,
		JetStream: true,
		StoreDir:  tb.TempDir(),
		NoLog:     true,
		NoSigs:    true,
	})
	if err != nil {
		tb.Fatalf("nats server: %v", err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		tb.Fatal("nats server not ready")
	}
	tb.Cleanup(func() { s.Shutdown(); s.WaitForShutdown() })
	return s.ClientURL()
}

func open(tb testing.TB, url string, opt queue.Options) *queue.Queue {
	tb.Helper()
	q, err := queue.Open(context.Background(), url, opt)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { q.Close() })
	return q
}

// consume runs q.Consume in the background; stop cancels it and returns its
// error and how long it took to return.
func consume(t *testing.T, q *queue.Queue, workers int, h func(context.Context, queue.Job) error) (stop func() (error, time.Duration)) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- q.Consume(ctx, workers, h) }()
	var once sync.Once
	var err error
	var took time.Duration
	stop = func() (error, time.Duration) {
		once.Do(func() {
			start := time.Now()
			cancel()
			select {
			case err = <-errc:
			case <-time.After(30 * time.Second):
				err = errors.New("Consume did not return within 30 s")
			}
			took = time.Since(start)
		})
		return err, took
	}
	t.Cleanup(func() { stop() })
	return stop
}

func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func stats(t *testing.T, q *queue.Queue) queue.Stats {
	t.Helper()
	st, err := q.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// tally counts handler calls per job name.
type tally struct {
	mu    sync.Mutex
	calls map[string]int
}

func (c *tally) add(name string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.calls == nil {
		c.calls = map[string]int{}
	}
	c.calls[name]++
	return c.calls[name]
}

func (c *tally) get(name string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.calls[name]
}

func (c *tally) total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, v := range c.calls {
		n += v
	}
	return n
}

func jobs(n int) []queue.Job {
	out := make([]queue.Job, n)
	for i := range out {
		out[i] = queue.Job{
			Name:        fmt.Sprintf("خبر-%03d.txt", i),
			ContentType: "text/plain; charset=utf-8",
			Data:        []byte(articles[i%len(articles)]),
		}
	}
	return out
}

func TestPublishConsume(t *testing.T) {
	url := runServer(t)
	q := open(t, url, queue.Options{})
	const n = 50
	js := jobs(n)
	js = append(js, queue.Job{Name: "رابط", URL: "https://example.com/ar/news/1"})
	if err := q.Publish(context.Background(), js...); err != nil {
		t.Fatal(err)
	}
	if st := stats(t, q); st.Pending != n+1 {
		t.Fatalf("Pending = %d after publish, want %d", st.Pending, n+1)
	}
	var c tally
	var running, peak atomic.Int32
	stop := consume(t, q, 3, func(ctx context.Context, j queue.Job) error {
		r := running.Add(1)
		defer running.Add(-1)
		for p := peak.Load(); r > p && !peak.CompareAndSwap(p, r); p = peak.Load() {
		}
		if j.ID == "" || (j.URL == "" && string(j.Data) == "") {
			return fmt.Errorf("job %+q arrived empty", j.Name)
		}
		time.Sleep(time.Millisecond)
		c.add(j.Name)
		return nil
	})
	waitFor(t, 10*time.Second, "every job handled", func() bool { return stats(t, q).Processed == n+1 })
	if err, _ := stop(); err != nil {
		t.Fatal(err)
	}
	for _, j := range js {
		if got := c.get(j.Name); got != 1 {
			t.Errorf("job %+q handled %d times, want 1", j.Name, got)
		}
	}
	if p := peak.Load(); p > 3 {
		t.Errorf("%d handlers ran at once, want at most 3", p)
	}
	st := stats(t, q)
	if st.Pending != 0 || st.InFlight != 0 || st.Failed != 0 || st.Dead != 0 {
		t.Errorf("stats after draining = %+v, want no pending, in-flight, failed or dead", st)
	}
}

func TestDuplicatePublish(t *testing.T) {
	a := queue.Job{Name: "بيان.txt", Data: []byte(articles[0])}
	sameID := queue.Job{ID: "بيان-١", Name: "بيان.txt", Data: []byte(articles[0])}
	sameIDOther := sameID
	sameIDOther.Data = []byte(articles[1])
	tests := []struct {
		name    string
		batches [][]queue.Job
	}{
		{"same job in one call", [][]queue.Job{{a, a}}},
		{"same job in two calls", [][]queue.Job{{a}, {a}}},
		{"same explicit id, other data", [][]queue.Job{{sameID}, {sameIDOther}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := open(t, runServer(t), queue.Options{})
			for _, b := range tt.batches {
				if err := q.Publish(context.Background(), b...); err != nil {
					t.Fatal(err)
				}
			}
			if st := stats(t, q); st.Pending != 1 {
				t.Errorf("Pending = %d, want 1 (stored once)", st.Pending)
			}
			var c tally
			stop := consume(t, q, 2, func(ctx context.Context, j queue.Job) error { c.add(j.ID); return nil })
			waitFor(t, 5*time.Second, "the job handled", func() bool { return c.total() >= 1 })
			time.Sleep(300 * time.Millisecond)
			stop()
			if got := c.total(); got != 1 {
				t.Errorf("handled %d times, want 1", got)
			}
		})
	}
}

func TestRetryThenSucceed(t *testing.T) {
	tests := []struct {
		name string
		fail func(call int) // runs on each call; may panic
		errs int            // calls that fail
	}{
		{"error twice", func(call int) {}, 2},
		{"panic once", func(call int) {
			if call == 1 {
				panic("انهيار المحلّل")
			}
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := open(t, runServer(t), queue.Options{Backoff: []time.Duration{10 * time.Millisecond}})
			if err := q.Publish(context.Background(), jobs(1)...); err != nil {
				t.Fatal(err)
			}
			var c tally
			consume(t, q, 3, func(ctx context.Context, j queue.Job) error {
				call := c.add(j.Name)
				tt.fail(call)
				if call <= tt.errs {
					return fmt.Errorf("محاولة %d فشلت", call)
				}
				return nil
			})
			waitFor(t, 5*time.Second, "the job processed", func() bool { return stats(t, q).Processed == 1 })
			st := stats(t, q)
			want := queue.Stats{Processed: 1, Failed: tt.errs, Redelivered: tt.errs}
			if st != want {
				t.Errorf("stats = %+v, want %+v", st, want)
			}
			if got := c.total(); got != tt.errs+1 {
				t.Errorf("handled %d times, want %d", got, tt.errs+1)
			}
		})
	}
}

func TestDeadAfterMaxDeliver(t *testing.T) {
	q := open(t, runServer(t), queue.Options{MaxDeliver: 3, Backoff: []time.Duration{10 * time.Millisecond}})
	job := queue.Job{Name: "معطوب.html", ContentType: "text/html", Data: []byte("<p>" + articles[2] + "</p>")}
	if err := q.Publish(context.Background(), job); err != nil {
		t.Fatal(err)
	}
	var c tally
	consume(t, q, 2, func(ctx context.Context, j queue.Job) error {
		c.add(j.Name)
		return errors.New("ترميز غير معروف")
	})
	var dead []queue.DeadJob
	waitFor(t, 5*time.Second, "a dead letter", func() bool {
		var err error
		dead, err = q.Dead(context.Background(), 10)
		if err != nil {
			t.Fatal(err)
		}
		return len(dead) > 0
	})
	time.Sleep(500 * time.Millisecond) // a redelivery would come within this
	if got := c.get(job.Name); got != 3 {
		t.Errorf("handled %d times, want 3", got)
	}
	if len(dead) != 1 {
		t.Fatalf("%d dead letters, want 1", len(dead))
	}
	d := dead[0]
	if d.Name != job.Name || string(d.Data) != string(job.Data) || d.ID != queue.JobID(job) {
		t.Errorf("dead job = %+q, want %+q", d.Job, job)
	}
	if d.Error != "ترميز غير معروف" || d.Deliveries != 3 || d.At.IsZero() {
		t.Errorf("dead letter: error %+q, deliveries %d, at %v; want the handler's error, 3, a time", d.Error, d.Deliveries, d.At)
	}
	st := stats(t, q)
	want := queue.Stats{Dead: 1, Failed: 3, DeadLettered: 1, Redelivered: 2}
	if st != want {
		t.Errorf("stats = %+v, want %+v", st, want)
	}
}

func TestGarbageIsDeadAtOnce(t *testing.T) {
	tests := []struct {
		name string
		body string
		err  string
	}{
		{"not json", "هذا ليس JSON", "invalid job"},
		{"no id", `{"name":"خبر.txt","data":"2KfYrtio2KfYsQ=="}`, "no id"},
		{"no name or url", `{"id":"x1"}`, "no name and no url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := runServer(t)
			q := open(t, url, queue.Options{Backoff: []time.Duration{10 * time.Millisecond}})
			nc, err := nats.Connect(url)
			if err != nil {
				t.Fatal(err)
			}
			defer nc.Close()
			if err := nc.Publish("isnad.jobs", []byte(tt.body)); err != nil {
				t.Fatal(err)
			}
			var calls atomic.Int32
			consume(t, q, 1, func(ctx context.Context, j queue.Job) error { calls.Add(1); return nil })
			var dead []queue.DeadJob
			waitFor(t, 5*time.Second, "a dead letter", func() bool {
				dead, _ = q.Dead(context.Background(), 0)
				return len(dead) > 0
			})
			d := dead[0]
			if string(d.Raw) != tt.body || d.Deliveries != 1 || !strings.Contains(d.Error, tt.err) {
				t.Errorf("dead letter = raw %+q, deliveries %d, error %+q; want the body, 1, an error with %+q", d.Raw, d.Deliveries, d.Error, tt.err)
			}
			if calls.Load() != 0 {
				t.Errorf("handler called %d times, want 0", calls.Load())
			}
			if st := stats(t, q); st.Pending != 0 || st.InFlight != 0 || st.DeadLettered != 1 {
				t.Errorf("stats = %+v, want nothing pending or in flight, 1 dead-lettered", st)
			}
		})
	}
}

func TestBackPressure(t *testing.T) {
	q := open(t, runServer(t), queue.Options{MaxAckPending: 2})
	const n = 8
	if err := q.Publish(context.Background(), jobs(n)...); err != nil {
		t.Fatal(err)
	}
	var running, peak, done atomic.Int32
	var peakInFlight atomic.Int32
	consume(t, q, 6, func(ctx context.Context, j queue.Job) error {
		r := running.Add(1)
		defer running.Add(-1)
		for p := peak.Load(); r > p && !peak.CompareAndSwap(p, r); p = peak.Load() {
		}
		time.Sleep(150 * time.Millisecond)
		done.Add(1)
		return nil
	})
	waitFor(t, 10*time.Second, "every job handled", func() bool {
		if f := int32(stats(t, q).InFlight); f > peakInFlight.Load() {
			peakInFlight.Store(f)
		}
		return done.Load() == n
	})
	if p := peak.Load(); p > 2 {
		t.Errorf("%d handlers ran at once, want at most MaxAckPending 2", p)
	}
	if p := peak.Load(); p < 2 {
		t.Errorf("at most %d handler ran at once, want 2 (6 workers)", p)
	}
	if p := peakInFlight.Load(); p > 2 {
		t.Errorf("server reported %d in flight, want at most 2", p)
	}
}

func TestGracefulStop(t *testing.T) {
	url := runServer(t)
	q1 := open(t, url, queue.Options{})
	const n = 6
	if err := q1.Publish(context.Background(), jobs(n)...); err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{}, n)
	var finished atomic.Int32
	var c tally
	var cancelledEarly atomic.Bool
	stop := consume(t, q1, 2, func(ctx context.Context, j queue.Job) error {
		c.add(j.Name)
		started <- struct{}{}
		time.Sleep(500 * time.Millisecond) // still running when Consume is told to stop
		if ctx.Err() != nil {
			cancelledEarly.Store(true)
		}
		finished.Add(1)
		return nil
	})
	<-started
	<-started
	err, took := stop()
	if err != nil {
		t.Fatal(err)
	}
	if took > 5*time.Second {
		t.Errorf("Consume took %v to return, want < 5 s", took)
	}
	if finished.Load() != 2 || cancelledEarly.Load() {
		t.Errorf("%d in-flight handlers finished (context cancelled early: %v), want 2 (false)", finished.Load(), cancelledEarly.Load())
	}
	if st := stats(t, q1); st.Processed != 2 || st.InFlight != 0 || st.Pending != n-2 {
		t.Errorf("stats after stop = %+v, want 2 processed, none in flight, %d pending", st, n-2)
	}

	q2 := open(t, url, queue.Options{})
	consume(t, q2, 2, func(ctx context.Context, j queue.Job) error { c.add(j.Name); return nil })
	waitFor(t, 5*time.Second, "the rest handled by a second consumer", func() bool { return stats(t, q2).Processed == n-2 })
	for _, j := range jobs(n) {
		if got := c.get(j.Name); got != 1 {
			t.Errorf("job %+q handled %d times, want 1", j.Name, got)
		}
	}
}

func TestStopGraceExpires(t *testing.T) {
	url := runServer(t)
	q1 := open(t, url, queue.Options{StopGrace: 200 * time.Millisecond})
	if err := q1.Publish(context.Background(), jobs(1)...); err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	defer close(release)
	started := make(chan struct{}, 1)
	stop := consume(t, q1, 1, func(ctx context.Context, j queue.Job) error {
		started <- struct{}{}
		<-release // ignores ctx
		return nil
	})
	<-started
	err, took := stop()
	if err != nil || took > 3*time.Second {
		t.Fatalf("Consume returned %v after %v, want nil within 3 s", err, took)
	}
	q2 := open(t, url, queue.Options{})
	var got atomic.Int32
	consume(t, q2, 1, func(ctx context.Context, j queue.Job) error { got.Add(1); return nil })
	// Nak'ed at the end of the grace period: back at once, not after AckWait (2 min).
	waitFor(t, 3*time.Second, "the unfinished job redelivered", func() bool { return got.Load() == 1 })
}

func TestWorkerDiesWithoutAck(t *testing.T) {
	url := runServer(t)
	opt := queue.Options{AckWait: time.Second, StopGrace: 100 * time.Millisecond}
	q1 := open(t, url, opt)
	q2 := open(t, url, opt)
	job := queue.Job{Name: "طويل.txt", Data: []byte(articles[3])}
	if err := q1.Publish(context.Background(), job); err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{}, 1)
	ctx1, cancel1 := context.WithCancel(context.Background())
	defer cancel1()
	err1 := make(chan error, 1)
	go func() {
		err1 <- q1.Consume(ctx1, 1, func(ctx context.Context, j queue.Job) error {
			started <- struct{}{}
			<-ctx.Done() // blocks until Consume gives up on it
			return ctx.Err()
		})
	}()
	<-started
	var got atomic.Int32
	consume(t, q2, 1, func(ctx context.Context, j queue.Job) error { got.Add(1); return nil })

	// In-progress acks keep the job with the first worker past AckWait.
	time.Sleep(2500 * time.Millisecond)
	if got.Load() != 0 {
		t.Fatal("job redelivered while its first worker was still running")
	}
	died := time.Now()
	q1.Close()
	waitFor(t, 5*time.Second, "the job redelivered to the second worker", func() bool { return got.Load() == 1 })
	if d := time.Since(died); d < 500*time.Millisecond {
		t.Errorf("redelivered %v after the worker died, want about AckWait (1 s)", d)
	}
	select {
	case err := <-err1:
		if err == nil {
			t.Error("Consume on a closed connection returned nil, want an error")
		}
	case <-time.After(5 * time.Second):
		t.Error("Consume did not return after its connection closed")
	}
	if st := stats(t, q2); st.Processed != 1 || st.Redelivered != 1 {
		t.Errorf("second worker stats = %+v, want 1 processed, 1 redelivered", st)
	}
}

func TestPublishRefuses(t *testing.T) {
	q := open(t, runServer(t), queue.Options{MaxJobBytes: 1024})
	small := queue.Job{Name: "صغير.txt", Data: []byte(articles[0])}
	tests := []struct {
		name string
		job  queue.Job
		want error
		text string
	}{
		{"oversize", queue.Job{Name: "ضخم.pdf", Data: make([]byte, 2000)}, queue.ErrTooLarge, "ضخم.pdf"},
		{"no name or url", queue.Job{Data: []byte(articles[1])}, queue.ErrInvalidJob, "job 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := q.Publish(context.Background(), small, tt.job)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.text) {
				t.Fatalf("Publish = %v, want %v naming %+q", err, tt.want, tt.text)
			}
			if st := stats(t, q); st.Pending != 0 {
				t.Errorf("Pending = %d after a refused call, want 0 (nothing published)", st.Pending)
			}
		})
	}
}

func TestOpenBadURL(t *testing.T) {
	tests := []struct {
		name   string
		url    string
		want   string
		secret string
	}{
		{"refused", "nats://127.0.0.1:1", "nats://127.0.0.1:1", ""},
		{"password redacted", "nats://isnad:sirr@127.0.0.1:1", "127.0.0.1:1", "sirr"},
		{"not a url", "nats://[::1", "nats://[::1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			q, err := queue.Open(context.Background(), tt.url, queue.Options{})
			if err == nil {
				q.Close()
				t.Fatal("Open succeeded")
			}
			if d := time.Since(start); d > 6*time.Second {
				t.Errorf("Open took %v to fail", d)
			}
			if !strings.Contains(err.Error(), tt.want) || (tt.secret != "" && strings.Contains(err.Error(), tt.secret)) {
				t.Errorf("error %q: want it to name %q without the password", err, tt.want)
			}
		})
	}
}

func TestOpenWithoutJetStream(t *testing.T) {
	s, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: server.RANDOM_PORT, NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	defer s.Shutdown()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server not ready")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	q, err := queue.Open(ctx, s.ClientURL(), queue.Options{})
	if err == nil {
		q.Close()
		t.Fatal("Open succeeded on a server without JetStream")
	}
	if !strings.Contains(err.Error(), s.ClientURL()) {
		t.Errorf("error %q does not name the URL", err)
	}
}

func BenchmarkPublishConsume(b *testing.B) {
	q := open(b, runServer(b), queue.Options{MaxAckPending: 256})
	var handled atomic.Int64
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		errc <- q.Consume(ctx, 16, func(context.Context, queue.Job) error { handled.Add(1); return nil })
	}()
	defer func() { cancel(); <-errc }()

	body := []byte(strings.Repeat(strings.Join(articles, " ")+"\n", 4)) // ~2 KB
	const batch = 256
	js := make([]queue.Job, batch)
	seq := 0
	b.SetBytes(int64(batch * len(body)))
	b.ReportAllocs()
	start := time.Now()
	for b.Loop() {
		for i := range js {
			seq++
			js[i] = queue.Job{ID: fmt.Sprint("bench-", seq), Name: "خبر.txt", Data: body}
		}
		if err := q.Publish(ctx, js...); err != nil {
			b.Fatal(err)
		}
		for handled.Load() < int64(seq) {
			time.Sleep(100 * time.Microsecond)
		}
	}
	b.ReportMetric(float64(seq)/time.Since(start).Seconds(), "jobs/s")
}
