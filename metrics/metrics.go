// Package metrics holds isnad's operational metrics in the Prometheus
// format: articles ingested, failures by kind, queue lag, stage latencies
// and HTTP requests. `isnad worker` and `isnad serve` expose them at
// /metrics, with /healthz beside them.
//
// What goes in: observations from the pipeline (Stage), the worker (Stored,
// Failed, Queue) and the HTTP server (Handler wraps it). What comes out: an
// http.Handler serving the Prometheus text format.
//
//	m := metrics.New()
//	p, _ := stages.Timed(m.Stage)
//	http.Handle("/metrics", m.Handler())
package metrics

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Failure kinds for Failed.
const (
	Read    = "read"    // the input could not be read or decoded
	Analyse = "analyse" // a pipeline stage failed
	Store   = "store"   // the store refused or failed
	Dead    = "dead"    // a job was dead-lettered after its last attempt
)

// Metrics is one process's metrics, on its own registry. It is safe for
// concurrent use.
type Metrics struct {
	reg        *prometheus.Registry
	ingested   *prometheus.CounterVec
	failures   *prometheus.CounterVec
	stage      *prometheus.HistogramVec
	queueLag   prometheus.Gauge
	inFlight   prometheus.Gauge
	requests   *prometheus.CounterVec
	reqSeconds *prometheus.HistogramVec
}

// New returns metrics registered on a new registry, with the Go runtime's
// and the process's own.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		ingested: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "isnad_articles_ingested_total",
			Help: "Articles analysed and stored, by result: added (new) or already (stored before).",
		}, []string{"result"}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "isnad_failures_total",
			Help: "Inputs that failed, by kind: read, analyse, store, dead.",
		}, []string{"kind"}),
		stage: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "isnad_stage_seconds",
			Help:    "Time one pipeline stage takes on one article.",
			Buckets: prometheus.ExponentialBuckets(0.00005, 2.5, 12),
		}, []string{"stage"}),
		queueLag: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "isnad_queue_lag",
			Help: "Jobs waiting in the work queue, not yet delivered.",
		}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "isnad_queue_in_flight",
			Help: "Jobs delivered and not yet acknowledged.",
		}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "isnad_http_requests_total",
			Help: "HTTP requests served, by method and status code.",
		}, []string{"method", "code"}),
		reqSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "isnad_http_request_seconds",
			Help:    "Time to serve one HTTP request, by method.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2.5, 12),
		}, []string{"method"}),
	}
	m.reg.MustRegister(m.ingested, m.failures, m.stage, m.queueLag, m.inFlight, m.requests, m.reqSeconds,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	// Kinds and results start at zero, so dashboards see them before the
	// first event.
	for _, r := range []string{"added", "already"} {
		m.ingested.WithLabelValues(r)
	}
	for _, k := range []string{Read, Analyse, Store, Dead} {
		m.failures.WithLabelValues(k)
	}
	return m
}

// Stage records that a pipeline stage took d on one article.
func (m *Metrics) Stage(name string, d time.Duration) {
	m.stage.WithLabelValues(name).Observe(d.Seconds())
}

// Stored records articles stored: added new, already stored before.
func (m *Metrics) Stored(added, already int) {
	m.ingested.WithLabelValues("added").Add(float64(added))
	m.ingested.WithLabelValues("already").Add(float64(already))
}

// Failed records n failures of a kind (Read, Analyse, Store, Dead).
func (m *Metrics) Failed(kind string, n int) {
	m.failures.WithLabelValues(kind).Add(float64(n))
}

// Queue records the work queue's lag and in-flight jobs.
func (m *Metrics) Queue(pending, inFlight int) {
	m.queueLag.Set(float64(pending))
	m.inFlight.Set(float64(inFlight))
}

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// Instrument wraps h to count its requests and time them.
func (m *Metrics) Instrument(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
		h.ServeHTTP(rec, r)
		m.requests.WithLabelValues(r.Method, strconv.Itoa(rec.code)).Inc()
		m.reqSeconds.WithLabelValues(r.Method).Observe(time.Since(start).Seconds())
	})
}

type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.code = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }
