package web

import (
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/desk"
	"github.com/isnad-news/isnad/poll"
	"github.com/isnad-news/isnad/store"
)

// Defaults for Options left zero.
const (
	// DefaultMaxBody is the largest request body accepted (32 MiB).
	DefaultMaxBody = 32 << 20
	// DefaultTimeout bounds the handling of one request.
	DefaultTimeout = 30 * time.Second
	// MaxLimit is the largest page size a list accepts.
	MaxLimit = 500
)

// Analyzer runs the analysis pipeline on a document read from an upload or
// a feed.
type Analyzer func(ctx context.Context, d *isnad.Document) error

// Options configure a Server.
type Options struct {
	// Token enables the write endpoints: requests must send it as
	// "Authorization: Bearer TOKEN". Empty means a read-only server.
	Token string
	// Analyze analyses new articles; nil disables uploads.
	Analyze Analyzer
	// Poller, when set, polls feeds; /api/feeds and /feeds show it and the
	// write token adds and removes feeds.
	Poller *poll.Poller
	// Stored, when set, is told how many uploaded articles were added and
	// how many were stored already (for metrics).
	Stored func(added, already int)
	// MaxBody is the largest request body; 0 means DefaultMaxBody.
	MaxBody int64
	// Timeout bounds one request's handling; 0 means DefaultTimeout.
	Timeout time.Duration
	// Logger logs requests that fail; nil discards.
	Logger *slog.Logger
}

// Server is the HTTP handler of the API and the pages. It is safe for
// concurrent use.
type Server struct {
	live   *desk.Live
	st     store.Store
	opt    Options
	log    *slog.Logger
	mux    *http.ServeMux
	static http.Handler
}

//go:embed static templates
var files embed.FS

// New returns a Server for live's stories and st.
func New(live *desk.Live, st store.Store, opt Options) *Server {
	if opt.MaxBody <= 0 {
		opt.MaxBody = DefaultMaxBody
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	s := &Server{live: live, st: st, opt: opt, log: opt.Logger}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	sub, _ := fs.Sub(files, "static")
	s.static = http.StripPrefix("/static/", http.FileServerFS(sub))
	s.routes()
	return s
}

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /api/health", s.apiHealth)
	m.HandleFunc("GET /api/stories", s.apiStories)
	m.HandleFunc("GET /api/stories/{id}", s.apiStory)
	m.HandleFunc("GET /api/articles", s.apiArticles)
	m.HandleFunc("GET /api/articles/{id}", s.apiArticle)
	m.HandleFunc("POST /api/articles", s.write(s.apiUpload))
	m.HandleFunc("GET /api/entities", s.apiEntities)
	m.HandleFunc("GET /api/entities/{id}", s.apiEntity)
	m.HandleFunc("GET /api/outlets", s.apiOutlets)
	m.HandleFunc("GET /api/outlets/{name}", s.apiOutlet)
	m.HandleFunc("GET /api/search", s.apiSearch)
	m.HandleFunc("GET /api/feeds", s.apiFeeds)
	m.HandleFunc("POST /api/feeds", s.write(s.apiAddFeed))
	m.HandleFunc("DELETE /api/feeds", s.write(s.apiRemoveFeed))
	m.HandleFunc("/api/", s.apiMissing)

	m.HandleFunc("GET /{$}", s.pageFront)
	m.HandleFunc("GET /stories/{id}", s.pageStory)
	m.HandleFunc("GET /articles/{id}", s.pageArticle)
	m.HandleFunc("GET /entities", s.pageEntities)
	m.HandleFunc("GET /entities/{id}", s.pageEntity)
	m.HandleFunc("GET /outlets", s.pageOutlets)
	m.HandleFunc("GET /outlets/{name}", s.pageOutlet)
	m.HandleFunc("GET /search", s.pageSearch)
	m.HandleFunc("GET /feeds", s.pageFeeds)
	m.Handle("GET /static/", s.cacheStatic(s.static))
	m.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/static/icon.svg", http.StatusMovedPermanently)
	})
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.notFound(w, r, "لا توجد صفحة بهذا العنوان")
	})
	s.mux = m
}

// apiMissing answers an API request no endpoint takes: 405 with the
// methods the path takes, else 404.
func (s *Server) apiMissing(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{"GET", "POST", "DELETE"} {
		if m == r.Method {
			continue
		}
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "" && pattern != "/api/" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		s.fail(w, r, http.StatusMethodNotAllowed, "%s %s: method not allowed (allowed: %s)", r.Method, r.URL.Path, strings.Join(allow, ", "))
		return
	}
	s.fail(w, r, http.StatusNotFound, "no such endpoint: %s %s (see docs/api.md)", r.Method, r.URL.Path)
}

// ServeHTTP serves one request: security headers, a time limit and a body
// limit, and a recovered panic becomes a 500 instead of a dropped
// connection.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	ctx, cancel := context.WithTimeout(r.Context(), s.opt.Timeout)
	defer cancel()
	r = r.WithContext(ctx)
	r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBody)
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("panic serving request", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
			s.fail(w, r, http.StatusInternalServerError, "internal error")
		}
	}()
	s.mux.ServeHTTP(w, r)
}

func (s *Server) cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}

// apiError is the body of every error answer of the API.
type apiError struct {
	Error struct {
		Status  int    `json:"status"`
		Message string `json:"message"`
	} `json:"error"`
}

// fail writes an error: JSON under /api/, a page elsewhere.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if status >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "status", status, "err", msg)
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		var e apiError
		e.Error.Status, e.Error.Message = status, msg
		writeJSON(w, status, e)
		return
	}
	s.errorPage(w, r, status, msg)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// write wraps a write endpoint: it needs the server's token.
func (s *Server) write(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.opt.Token == "" {
			s.fail(w, r, http.StatusForbidden, "this server is read-only: start isnad serve with -token (or ISNAD_TOKEN) to allow writes")
			return
		}
		scheme, got, _ := strings.Cut(strings.TrimSpace(r.Header.Get("Authorization")), " ")
		if !strings.EqualFold(scheme, "Bearer") || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.opt.Token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="isnad"`)
			s.fail(w, r, http.StatusUnauthorized, "missing or wrong token: send Authorization: Bearer TOKEN")
			return
		}
		h(w, r)
	}
}

// badQuery is a query parameter that cannot be read.
type badQuery struct{ name, value, want string }

func (e *badQuery) Error() string {
	return fmt.Sprintf("query parameter %s=%q: want %s", e.name, e.value, e.want)
}

// page reads limit and offset.
func page(r *http.Request, def int) (limit, offset int, err error) {
	limit, offset = def, 0
	q := r.URL.Query()
	if v := q.Get("limit"); v != "" {
		n, e := strconv.Atoi(v)
		if e != nil || n < 1 || n > MaxLimit {
			return 0, 0, &badQuery{"limit", v, fmt.Sprintf("a whole number from 1 to %d", MaxLimit)}
		}
		limit = n
	}
	if v := q.Get("offset"); v != "" {
		n, e := strconv.Atoi(v)
		if e != nil || n < 0 {
			return 0, 0, &badQuery{"offset", v, "a whole number, 0 or more"}
		}
		offset = n
	}
	return limit, offset, nil
}

// dateParam reads a YYYY-MM-DD query parameter; "" is the zero date.
func dateParam(r *http.Request, name string) (isnad.Date, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return isnad.Date{}, nil
	}
	d, err := isnad.ParseDate(v)
	if err != nil {
		return isnad.Date{}, &badQuery{name, v, "a date YYYY-MM-DD"}
	}
	return d, nil
}

// filter reads outlet, from and to.
func filter(r *http.Request) (store.Filter, error) {
	f := store.Filter{Outlet: r.URL.Query().Get("outlet")}
	var err error
	if f.From, err = dateParam(r, "from"); err != nil {
		return f, err
	}
	if f.To, err = dateParam(r, "to"); err != nil {
		return f, err
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return f, &badQuery{"to", f.To.String(), "a date not before from=" + f.From.String()}
	}
	return f, nil
}

// window returns the part of n items a page shows.
func window(n, limit, offset int) (lo, hi int) {
	lo = min(offset, n)
	hi = min(lo+limit, n)
	return lo, hi
}

func isBadQuery(err error) bool {
	var b *badQuery
	return errors.As(err, &b)
}
