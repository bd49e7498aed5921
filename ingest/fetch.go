package ingest

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
)

// IsURL reports whether an input is an http or https URL (which Reader.All
// fetches) rather than a path.
func IsURL(in string) bool {
	lower := strings.ToLower(in)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// genericTypes are Content-Types that say nothing about an input's shape.
var genericTypes = map[string]bool{
	"": true, "text/plain": true, "application/octet-stream": true,
	"binary/octet-stream": true, "application/xml": true, "text/xml": true,
}

// fetch GETs a URL and yields its documents.
func (r *Reader) fetch(ctx context.Context, rawURL string, e *emitter) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return e.err(&InputError{Input: rawURL, Err: err})
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5")
	resp, err := r.client.Do(req)
	if err != nil {
		if !e.alive() {
			return false
		}
		// The InputError names the URL; keep only the operation and cause.
		if ue, ok := errors.AsType[*url.Error](err); ok {
			err = fmt.Errorf("%s: %w", ue.Op, ue.Err)
		}
		return e.err(&InputError{Input: rawURL, Err: err})
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return e.err(&InputError{Input: rawURL, Err: fmt.Errorf("%w: %s", ErrHTTP, resp.Status)})
	}
	if resp.ContentLength > r.max {
		return e.err(&InputError{Input: rawURL, Err: tooLarge(r.max)})
	}
	data, err := readLimited(resp.Body, r.max)
	if err != nil {
		if !e.alive() {
			return false
		}
		return e.err(&InputError{Input: rawURL, Err: err})
	}
	final := rawURL
	if resp.Request != nil && resp.Request.URL != nil {
		final = resp.Request.URL.String()
	}
	s := &source{name: rawURL, url: final, contentType: resp.Header.Get("Content-Type"), data: data}
	mt, _, _ := mime.ParseMediaType(s.contentType)
	if genericTypes[mt] {
		// The Content-Type does not say; the URL's extension may.
		if u, err := url.Parse(final); err == nil {
			s.ext = strings.ToLower(path.Ext(u.Path))
		}
	}
	return r.process(e, s)
}
