package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/ingest"
	"github.com/isnad-news/isnad/poll"
)

// upload is one input of a POST /api/articles request.
type upload struct {
	name, contentType string
	data              []byte
}

// uploadResult is the answer to POST /api/articles.
type uploadResult struct {
	Read     int             `json:"read"`
	Added    int             `json:"added"`
	Already  int             `json:"already"`
	Failed   int             `json:"failed"`
	Articles []uploadArticle `json:"articles"`
	Errors   []string        `json:"errors"`
}

type uploadArticle struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Input string `json:"input"`
	Added bool   `json:"added"`
}

// apiUpload adds articles: files in a multipart form, a JSON object or
// array of objects (JSON Lines records), JSON Lines, or one text, HTML or
// feed document as the body.
func (s *Server) apiUpload(w http.ResponseWriter, r *http.Request) {
	if s.opt.Analyze == nil {
		s.fail(w, r, http.StatusServiceUnavailable, "this server does not analyse uploads")
		return
	}
	ups, err := readUploads(r)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.fail(w, r, http.StatusRequestEntityTooLarge, "request body larger than %d bytes", tooBig.Limit)
			return
		}
		s.fail(w, r, http.StatusBadRequest, "%v", err)
		return
	}
	res := uploadResult{Articles: []uploadArticle{}, Errors: []string{}}
	reader := ingest.NewReader(ingest.Options{MaxBytes: s.opt.MaxBody})
	var docs []*isnad.Document
	for _, u := range ups {
		for d, err := range reader.Bytes(r.Context(), u.name, u.contentType, u.data) {
			if err != nil {
				if r.Context().Err() != nil {
					s.fail(w, r, http.StatusServiceUnavailable, "upload not finished in time: %v", err)
					return
				}
				res.Failed++
				res.Errors = append(res.Errors, err.Error())
				continue
			}
			res.Read++
			if err := s.opt.Analyze(r.Context(), d); err != nil {
				res.Failed++
				res.Errors = append(res.Errors, fmt.Sprintf("%s: %v", d.Source, err))
				continue
			}
			docs = append(docs, d)
		}
	}
	if err := r.Context().Err(); err != nil {
		s.fail(w, r, http.StatusServiceUnavailable, "upload not analysed in time (%v): nothing of this request was stored; send fewer articles at once", err)
		return
	}
	if len(docs) == 0 {
		if len(res.Errors) == 0 {
			res.Errors = append(res.Errors, "no article in the request")
		}
		s.fail(w, r, http.StatusBadRequest, "no article could be read: %s", strings.Join(res.Errors, "; "))
		return
	}
	added, err := s.st.Put(r.Context(), docs...)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "storing %d articles: %v (nothing of this request was stored)", len(docs), err)
		return
	}
	for i, d := range docs {
		if added[i] {
			res.Added++
		} else {
			res.Already++
		}
		res.Articles = append(res.Articles, uploadArticle{ID: d.ID, Title: d.Title, Input: d.Source, Added: added[i]})
	}
	if res.Added > 0 {
		s.live.Changed()
	}
	if s.opt.Stored != nil {
		s.opt.Stored(res.Added, res.Already)
	}
	status := http.StatusOK
	if res.Added > 0 {
		status = http.StatusCreated
	}
	writeJSON(w, status, res)
}

// readUploads reads the inputs of an upload request.
func readUploads(r *http.Request) ([]upload, error) {
	ct := r.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	if ct == "" {
		mt, err = "", nil
	}
	if err != nil {
		return nil, fmt.Errorf("Content-Type %q: %v", ct, err)
	}
	name := path.Base("/" + r.URL.Query().Get("name"))
	if name == "/" {
		name = "upload"
	}
	switch {
	case mt == "multipart/form-data":
		if params["boundary"] == "" {
			return nil, fmt.Errorf("Content-Type %q: no boundary", ct)
		}
		return readMultipart(r)
	case mt == "application/json":
		data, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, err
		}
		lines, err := jsonRecords(data)
		if err != nil {
			return nil, err
		}
		return []upload{{name: strings.TrimSuffix(name, path.Ext(name)) + ".jsonl", data: lines}}, nil
	}
	data, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("empty request body: send a file, a JSON object or array, JSON Lines, text, HTML or a feed")
	}
	return []upload{{name: name, contentType: ct, data: data}}, nil
}

// jsonRecords turns a JSON object or an array of objects into JSON Lines.
func jsonRecords(data []byte) ([]byte, error) {
	data = bytes.TrimSpace(data)
	var recs []json.RawMessage
	switch {
	case len(data) == 0:
		return nil, errors.New("empty JSON body")
	case data[0] == '[':
		if err := json.Unmarshal(data, &recs); err != nil {
			return nil, fmt.Errorf("JSON body: %v", err)
		}
	case data[0] == '{':
		var one json.RawMessage
		if err := json.Unmarshal(data, &one); err != nil {
			return nil, fmt.Errorf("JSON body: %v", err)
		}
		recs = []json.RawMessage{one}
	default:
		return nil, errors.New("JSON body: want an object or an array of objects")
	}
	var b bytes.Buffer
	for i, rec := range recs {
		if t := bytes.TrimSpace(rec); len(t) == 0 || t[0] != '{' {
			return nil, fmt.Errorf("JSON body: element %d is not an object", i+1)
		}
		var c bytes.Buffer
		if err := json.Compact(&c, rec); err != nil {
			return nil, fmt.Errorf("JSON body: element %d: %v", i+1, err)
		}
		b.Write(c.Bytes())
		b.WriteByte('\n')
	}
	if b.Len() == 0 {
		return nil, errors.New("JSON body: an empty array")
	}
	return b.Bytes(), nil
}

func readMultipart(r *http.Request) ([]upload, error) {
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, err
	}
	var ups []upload
	seen := map[string]int{}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("multipart body: %w", err)
		}
		if p.FileName() == "" {
			p.Close()
			continue
		}
		data, err := io.ReadAll(p)
		p.Close()
		if err != nil {
			return nil, fmt.Errorf("file %q: %w", p.FileName(), err)
		}
		name := path.Base("/" + strings.ReplaceAll(p.FileName(), "\\", "/"))
		for n := 2; seen[name] > 0; n++ {
			name = fmt.Sprintf("%d-%s", n, path.Base("/"+strings.ReplaceAll(p.FileName(), "\\", "/")))
		}
		seen[name]++
		ups = append(ups, upload{name: name, contentType: p.Header.Get("Content-Type"), data: data})
	}
	if len(ups) == 0 {
		return nil, errors.New("multipart body: no file")
	}
	return ups, nil
}

// apiFeeds lists the polled feeds with their progress and last errors.
func (s *Server) apiFeeds(w http.ResponseWriter, r *http.Request) {
	out := struct {
		Polling bool         `json:"polling"`
		Feeds   []feedStatus `json:"feeds"`
	}{s.opt.Poller != nil, s.feeds()}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiAddFeed(w http.ResponseWriter, r *http.Request) {
	if s.opt.Poller == nil {
		s.fail(w, r, http.StatusServiceUnavailable, "feed polling is off: start isnad serve with -poll")
		return
	}
	var req struct {
		URL string `json:"url"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.fail(w, r, http.StatusRequestEntityTooLarge, "request body larger than %d bytes", tooBig.Limit)
			return
		}
		s.fail(w, r, http.StatusBadRequest, `feed: want a JSON object {"url": "https://…"}: %v`, err)
		return
	}
	if err := s.opt.Poller.Add(req.URL); err != nil {
		s.fail(w, r, http.StatusBadRequest, "%v", err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"url": req.URL, "feeds": s.feeds()})
}

func (s *Server) apiRemoveFeed(w http.ResponseWriter, r *http.Request) {
	if s.opt.Poller == nil {
		s.fail(w, r, http.StatusServiceUnavailable, "feed polling is off: start isnad serve with -poll")
		return
	}
	u := r.URL.Query().Get("url")
	if u == "" {
		s.fail(w, r, http.StatusBadRequest, "%v", &badQuery{"url", u, "the URL of a polled feed"})
		return
	}
	if !s.opt.Poller.Remove(u) {
		s.fail(w, r, http.StatusNotFound, "feed %q: not polled", u)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"removed": u})
}

// feedStatus is one polled feed's progress.
type feedStatus = poll.Status

func (s *Server) feeds() []feedStatus {
	if s.opt.Poller == nil {
		return []feedStatus{}
	}
	st := s.opt.Poller.Status()
	if st == nil {
		st = []feedStatus{}
	}
	return st
}
