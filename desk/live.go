package desk

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/isnad-news/isnad/store"
)

// Live keeps the current View of a store and rebuilds it after the store
// changes. Readers always get a complete view: the old one is served until
// the new one is ready. Live is safe for concurrent use.
type Live struct {
	st     store.Store
	log    *slog.Logger
	cur    atomic.Pointer[View]
	wake   chan struct{}
	mu     sync.Mutex // serializes rebuilds
	errMu  sync.Mutex
	lastEr error
}

// NewLive builds the first view of st.
func NewLive(ctx context.Context, st store.Store, log *slog.Logger) (*Live, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	l := &Live{st: st, log: log, wake: make(chan struct{}, 1)}
	if err := l.Rebuild(ctx); err != nil {
		return nil, err
	}
	return l, nil
}

// View returns the current view.
func (l *Live) View() *View { return l.cur.Load() }

// Rebuild builds a new view now and makes it current. On error the
// current view stays.
func (l *Live) Rebuild(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	v, err := Load(ctx, l.st)
	l.errMu.Lock()
	l.lastEr = err
	l.errMu.Unlock()
	if err != nil {
		return err
	}
	l.cur.Store(v)
	a, s, _, _ := v.Counts()
	l.log.Info("stories rebuilt", "articles", a, "stories", s, "took", v.Took)
	return nil
}

// LastError returns the error of the last rebuild, or nil.
func (l *Live) LastError() error {
	l.errMu.Lock()
	defer l.errMu.Unlock()
	return l.lastEr
}

// Changed tells Live the store changed; Run rebuilds the view soon.
func (l *Live) Changed() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// Run rebuilds the view after each Changed, waiting delay first so that a
// burst of changes gives one rebuild, until ctx is done.
func (l *Live) Run(ctx context.Context, delay time.Duration) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-l.wake:
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(delay):
		}
		// Changes during the wait are covered by this rebuild.
		select {
		case <-l.wake:
		default:
		}
		if err := l.Rebuild(ctx); err != nil && ctx.Err() == nil {
			l.log.Error("rebuilding stories", "err", err)
		}
	}
}
