package metrics

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestMetrics(t *testing.T) {
	m := New()
	m.Stored(3, 1)
	m.Failed(Read, 2)
	m.Failed(Dead, 1)
	m.Stage("quantity", 300*time.Microsecond)
	m.Queue(12, 2)
	h := m.Instrument(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTeapot)
	}))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/x", nil))

	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	tests := []struct{ name, want string }{
		{"added", `isnad_articles_ingested_total{result="added"} 3`},
		{"already", `isnad_articles_ingested_total{result="already"} 1`},
		{"read failures", `isnad_failures_total{kind="read"} 2`},
		{"dead letters", `isnad_failures_total{kind="dead"} 1`},
		{"store failures start at zero", `isnad_failures_total{kind="store"} 0`},
		{"stage latency", `isnad_stage_seconds_count{stage="quantity"} 1`},
		{"queue lag", `isnad_queue_lag 12`},
		{"in flight", `isnad_queue_in_flight 2`},
		{"requests", `isnad_http_requests_total{code="418",method="GET"} 1`},
		{"runtime", `go_goroutines`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(string(body), tc.want) {
				t.Errorf("metrics lack %q", tc.want)
			}
		})
	}
}
