package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/isnad-news/isnad"
)

// jsonFields are the JSON Lines fields that map to Document fields; every
// other field goes to Meta.
var jsonFields = map[string]bool{
	"title": true, "text": true, "outlet": true, "publisher": true,
	"author": true, "date": true, "url": true,
}

// jsonlDocs yields one document per non-blank line of text.
func jsonlDocs(e *emitter, s *source, enc string, text []byte) bool {
	n := 0
	for line := range bytes.Lines(text) {
		n++
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		doc, err := jsonRecord(line)
		if err != nil {
			if !e.err(&InputError{Input: s.name, Line: n, Err: err}) {
				return false
			}
			continue
		}
		doc.Source = s.name + "#" + strconv.Itoa(n)
		setEncoding(doc, enc)
		if !e.doc(doc) {
			return false
		}
	}
	return true
}

// jsonRecord reads one JSON Lines record.
func jsonRecord(line []byte) (*isnad.Document, error) {
	if line[0] != '{' {
		if !json.Valid(line) {
			var v any
			err := json.Unmarshal(line, &v)
			return nil, fmt.Errorf("%w: %v", ErrJSON, err)
		}
		return nil, fmt.Errorf("%w: %s, not an object", ErrJSON, jsonType(line))
	}
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrJSON, err)
	}
	doc := &isnad.Document{Format: isnad.FormatJSON}
	str := func(key string) string {
		raw, ok := rec[key]
		if !ok || string(raw) == "null" {
			return ""
		}
		var v string
		if err := json.Unmarshal(raw, &v); err != nil {
			doc.AddProblem("ingest", "field %q is %s, not a string; ignored", key, jsonType(raw))
			return ""
		}
		return clean(v)
	}
	raw, ok := rec["text"]
	if !ok || string(raw) == "null" {
		return nil, fmt.Errorf(`%w: no "text" field`, ErrJSON)
	}
	var body string
	if err := json.Unmarshal(raw, &body); err != nil {
		return nil, fmt.Errorf(`%w: "text" is %s, not a string`, ErrJSON, jsonType(raw))
	}
	if strings.TrimSpace(body) == "" {
		return nil, fmt.Errorf(`%w: "text" is empty`, ErrJSON)
	}
	doc.Raw = []byte(strings.ToValidUTF8(body, "\uFFFD"))
	doc.Title = str("title")
	doc.Outlet = str("outlet")
	doc.Publisher = str("publisher")
	doc.Author = str("author")
	doc.URL = str("url")
	var meta map[string]string
	if date := str("date"); date != "" {
		if d, ok := parseDate(date); ok {
			doc.Published = d
		} else {
			doc.AddProblem("ingest", "date %q not understood (want YYYY-MM-DD, YYYY/MM/DD or an RFC 3339 date and time); kept in meta", date)
			meta = map[string]string{"date": date}
		}
	}
	for k, v := range rec {
		if jsonFields[k] {
			continue
		}
		if meta == nil {
			meta = map[string]string{}
		}
		var s string
		if err := json.Unmarshal(v, &s); err == nil {
			meta[clean(k)] = strings.ToValidUTF8(s, "\uFFFD")
			continue
		}
		var buf bytes.Buffer
		if err := json.Compact(&buf, v); err != nil {
			buf.Reset()
			buf.Write(v)
		}
		meta[clean(k)] = strings.ToValidUTF8(buf.String(), "\uFFFD")
	}
	doc.Meta = meta
	return doc, nil
}

// jsonType names the type of a valid JSON value for messages.
func jsonType(v []byte) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return "empty"
	}
	switch v[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// dateLayouts are the date forms accepted in JSON Lines and feed dates.
var dateLayouts = []string{
	"2006-1-2",
	"2006/1/2",
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	time.RFC1123Z,
	time.RFC1123,
}

// parseDate reads a date as "YYYY-MM-DD", "YYYY/MM/DD", an RFC 3339 or ISO
// date and time, or an RFC 1123 date, with ASCII, Arabic-Indic or Persian
// digits. A date and time gives the calendar day in its own time zone.
func parseDate(s string) (isnad.Date, bool) {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + r - '٠'
		case r >= '۰' && r <= '۹':
			return '0' + r - '۰'
		}
		return r
	}, strings.TrimSpace(s))
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return isnad.MakeDate(t.Year(), t.Month(), t.Day())
		}
	}
	return isnad.Date{}, false
}
