package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/desk"
	"github.com/isnad-news/isnad/internal/stages"
	"github.com/isnad-news/isnad/metrics"
	"github.com/isnad-news/isnad/poll"
	"github.com/isnad-news/isnad/store"
	"github.com/isnad-news/isnad/web"
)

// listFlag is a flag given several times.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func (m *Main) runServe(ctx context.Context, args []string) error {
	fs := m.flags("serve", "[flags]", `
Serves the store as an Arabic story desk in the browser and as a JSON API
(under /api/, documented in docs/api.md): stories ranked by recency and
coverage, each story's claims compared across outlets with their chains,
its timeline and map, every article with its names, dates, figures and
quotes highlighted. Nothing is loaded from the network.

Writes (POST /api/articles, POST and DELETE /api/feeds) need the token given
with -token or $ISNAD_TOKEN, sent as "Authorization: Bearer TOKEN"; without
one the server is read-only. With -poll, the feeds given with -feed (and
those added through the API, until the server stops) are polled and their
new items analysed and stored. Stops cleanly on Ctrl-C or SIGTERM.`)
	db := m.dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "HOST:PORT to listen on")
	token := fs.String("token", "", "token that allows writes (default $ISNAD_TOKEN; none: read-only)")
	pollOn := fs.Bool("poll", false, "poll RSS/Atom feeds and ingest their new items")
	var feeds listFlag
	fs.Var(&feeds, "feed", "a feed URL to poll (repeat the flag for several; implies -poll)")
	interval := fs.Duration("interval", poll.DefaultInterval, "time between two fetches of one feed")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(m.Stderr, "isnad serve: unexpected arguments %q\n", fs.Args())
		return errUsage
	}
	if *token == "" {
		*token = m.Getenv("ISNAD_TOKEN")
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	return m.serve(ctx, st, ln, serveOptions{token: *token, poll: *pollOn || len(feeds) > 0, feeds: feeds, interval: *interval})
}

type serveOptions struct {
	token    string
	poll     bool
	feeds    []string
	interval time.Duration
	// banner is printed once the server listens, before the URL line.
	banner string
}

// serve serves st on ln until ctx is done or the process gets SIGINT or
// SIGTERM, then shuts down, letting requests in flight finish.
func (m *Main) serve(ctx context.Context, st store.Store, ln net.Listener, o serveOptions) error {
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	met := metrics.New()
	p, err := stages.Timed(met.Stage)
	if err != nil {
		return err
	}
	analyze := func(ctx context.Context, d *isnad.Document) error { return p.Run(ctx, d) }
	log := m.Logger
	live, err := desk.NewLive(ctx, st, log)
	if err != nil {
		return err
	}
	go live.Run(ctx, 2*time.Second)

	opt := web.Options{Token: o.token, Analyze: analyze, Logger: log, Stored: met.Stored}
	if o.poll {
		sink := func(ctx context.Context, feed string, docs []*isnad.Document) (int, error) {
			var ok []*isnad.Document
			for _, d := range docs {
				if err := analyze(ctx, d); err != nil {
					met.Failed(metrics.Analyse, 1)
					log.Warn("feed item not analysed", "feed", feed, "item", d.Source, "err", err)
					continue
				}
				ok = append(ok, d)
			}
			if len(ok) == 0 {
				return 0, nil
			}
			added, err := st.Put(ctx, ok...)
			if err != nil {
				met.Failed(metrics.Store, 1)
				return 0, err
			}
			n := 0
			for _, a := range added {
				if a {
					n++
				}
			}
			if n > 0 {
				live.Changed()
			}
			met.Stored(n, len(added)-n)
			return n, nil
		}
		opt.Poller = poll.New(sink, poll.Options{Interval: o.interval, Logger: log})
		for _, f := range o.feeds {
			if err := opt.Poller.Add(f); err != nil {
				return err
			}
		}
		go func() {
			if err := opt.Poller.Run(ctx); err != nil {
				log.Error("feed poller stopped", "err", err)
			}
		}()
	}
	root := http.NewServeMux()
	root.Handle("GET /metrics", met.Handler())
	root.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		if _, err := st.Count(ctx); err != nil {
			http.Error(w, "store: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	root.Handle("/", met.Instrument(web.New(live, st, opt)))
	srv := &http.Server{
		Handler:           root,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	a, s, _, _ := live.View().Counts()
	if o.banner != "" {
		fmt.Fprint(m.Stdout, o.banner)
	}
	mode := "read-only"
	if o.token != "" {
		mode = "writes allowed with the token"
	}
	fmt.Fprintf(m.Stdout, "isnad serve: %d articles, %d stories, %s\nOpen http://%s/ in a browser (Ctrl-C stops the server).\n", a, s, mode, ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(m.Stdout, "isnad serve: stopped")
	return nil
}
