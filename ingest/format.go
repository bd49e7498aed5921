package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime"
	"strings"

	"github.com/isnad-news/isnad"
)

// kind is the shape of a whole input.
type kind int

const (
	kindText  kind = iota // plain text, one document
	kindHTML              // an HTML page, one document
	kindFeed              // RSS or Atom, one document per item
	kindJSONL             // JSON Lines, one document per line
	kindJSON              // .json: JSON Lines when its first line is an object
)

// extFormats maps lower-case file extensions to input shapes.
var extFormats = map[string]kind{
	".txt": kindText, ".text": kindText,
	".html": kindHTML, ".htm": kindHTML, ".xhtml": kindHTML,
	".xml": kindFeed, ".rss": kindFeed, ".atom": kindFeed, ".feed": kindFeed,
	".jsonl": kindJSONL, ".ndjson": kindJSONL,
	".json": kindJSON,
}

// source is one whole input as read.
type source struct {
	name        string // cleaned path, URL as given, or "-"
	ext         string // lower-case extension of the path, or ""
	contentType string // HTTP Content-Type, or ""
	url         string // final URL fetched, or ""
	data        []byte
}

// charset returns the charset parameter of the Content-Type, or "".
func (s *source) charset() string {
	if s.contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(s.contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// process decodes s, finds its shape and yields its documents. It returns
// false when reading must stop.
func (r *Reader) process(e *emitter, s *source) bool {
	text, enc, err := decode(s.data, s.charset())
	if err != nil {
		return e.err(&InputError{Input: s.name, Err: err})
	}
	k, err := detect(s, text)
	if err != nil {
		return e.err(&InputError{Input: s.name, Err: err})
	}
	switch k {
	case kindFeed:
		return feedDocs(e, s, enc, text)
	case kindJSONL:
		return jsonlDocs(e, s, enc, text)
	}
	doc := &isnad.Document{Source: s.name, URL: s.url, Format: isnad.FormatText, Raw: text}
	if k == kindHTML {
		doc.Format = isnad.FormatHTML
		if enc != "" {
			doc.Raw = relabelHTML(text)
		}
	}
	setEncoding(doc, enc)
	return e.doc(doc)
}

func setEncoding(doc *isnad.Document, enc string) {
	if enc == "" {
		return
	}
	if doc.Meta == nil {
		doc.Meta = map[string]string{}
	}
	doc.Meta["encoding"] = enc
}

// detect returns the shape of s from its extension, then its Content-Type,
// then its content.
func detect(s *source, text []byte) (kind, error) {
	if k, ok := extFormats[s.ext]; ok {
		if k == kindJSON {
			return jsonKind(text)
		}
		return k, nil
	}
	if s.contentType != "" {
		mt, _, _ := mime.ParseMediaType(s.contentType)
		switch mt {
		case "text/html", "application/xhtml+xml":
			return kindHTML, nil
		case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml":
			return kindFeed, nil
		case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines":
			return kindJSONL, nil
		case "application/json":
			return jsonKind(text)
		}
	}
	return sniff(text), nil
}

// jsonKind accepts JSON that is JSON Lines.
func jsonKind(text []byte) (kind, error) {
	if firstLineObject(text) {
		return kindJSONL, nil
	}
	return 0, fmt.Errorf("%w: JSON that is not JSON Lines (want one object per line)", ErrFormat)
}

// sniff guesses the shape of text from its first bytes.
func sniff(text []byte) kind {
	t := bytes.TrimLeft(text, " \t\r\n\f")
	if len(t) == 0 {
		return kindText
	}
	if t[0] == '{' {
		if firstLineObject(t) {
			return kindJSONL
		}
		return kindText
	}
	if t[0] != '<' {
		return kindText
	}
	head := strings.ToLower(string(t[:min(len(t), 1024)]))
	feedAt := -1
	for _, name := range []string{"rss", "feed", "rdf:rdf"} {
		if i := tagAt(head, name); i >= 0 && (feedAt < 0 || i < feedAt) {
			feedAt = i
		}
	}
	htmlAt := tagAt(head, "html")
	if strings.HasPrefix(head, "<!doctype html") {
		htmlAt = 0
	}
	switch {
	case feedAt >= 0 && (htmlAt < 0 || feedAt < htmlAt):
		return kindFeed
	case htmlAt >= 0:
		return kindHTML
	}
	return kindText
}

// tagAt returns the offset of the first start tag <name in head (followed by
// white space, ">" or "/"), or -1.
func tagAt(head, name string) int {
	open := "<" + name
	for off := 0; ; {
		i := strings.Index(head[off:], open)
		if i < 0 {
			return -1
		}
		end := off + i + len(open)
		if end == len(head) || strings.ContainsRune(" \t\r\n\f>/", rune(head[end])) {
			return off + i
		}
		off = end
	}
}

// firstLineObject reports whether the first non-blank line of text is a JSON
// object.
func firstLineObject(text []byte) bool {
	for line := range bytes.Lines(text) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		return line[0] == '{' && json.Valid(line)
	}
	return false
}
