package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
)

// jsonAliases are the names under which JSON Lines records from other
// tools carry each Document field, the first present winning: "text" or
// "body", "content"…; every other field goes to Meta.
var jsonAliases = map[string][]string{
	"text":      {"text", "body", "content", "article", "full_text", "fulltext"},
	"title":     {"title", "headline"},
	"outlet":    {"outlet", "site", "source_name", "newspaper", "media"},
	"publisher": {"publisher"},
	"author":    {"author", "byline"},
	"date":      {"date", "published", "published_at", "publishedAt", "pubDate", "datetime"},
	"url":       {"url", "link"},
}

// jsonFields are the record fields read into Document fields.
var jsonFields = func() map[string]bool {
	m := map[string]bool{}
	for _, names := range jsonAliases {
		for _, n := range names {
			m[n] = true
		}
	}
	return m
}()

// alias returns the first of field's names present (and not null) in rec.
func alias(rec map[string]json.RawMessage, field string) string {
	for _, n := range jsonAliases[field] {
		if raw, ok := rec[n]; ok && string(raw) != "null" {
			return n
		}
	}
	return jsonAliases[field][0]
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
		v, ok := jsonString(raw)
		if !ok {
			doc.AddProblem("ingest", "field %q is %s, not a string; ignored", key, jsonType(raw))
			return ""
		}
		return clean(v)
	}
	textKey := alias(rec, "text")
	raw, ok := rec[textKey]
	if !ok || string(raw) == "null" {
		return nil, fmt.Errorf(`%w: no "text" field (nor body, content, article)`, ErrJSON)
	}
	body, ok := jsonString(raw)
	if !ok {
		return nil, fmt.Errorf(`%w: %q is %s, not a string`, ErrJSON, textKey, jsonType(raw))
	}
	if strings.TrimSpace(body) == "" {
		return nil, fmt.Errorf(`%w: %q is empty`, ErrJSON, textKey)
	}
	doc.Raw = []byte(strings.ToValidUTF8(body, "\uFFFD"))
	doc.Title = str(alias(rec, "title"))
	doc.Outlet = str(alias(rec, "outlet"))
	doc.Publisher = str(alias(rec, "publisher"))
	doc.Author = str(alias(rec, "author"))
	doc.URL = str(alias(rec, "url"))
	var meta map[string]string
	if date := str(alias(rec, "date")); date != "" {
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
		if s, ok := jsonString(v); ok {
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

// jsonString returns the string a valid JSON value holds, and false when
// it is not a string. It does what json.Unmarshal does (unpaired surrogates
// become U+FFFD) without validating raw a second time.
func jsonString(raw []byte) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	raw = raw[1 : len(raw)-1]
	if bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw) {
		return string(raw), true
	}
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			// Like encoding/json, each invalid byte becomes U+FFFD.
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size == 1 {
				out = utf8.AppendRune(out, r)
			} else {
				out = append(out, raw[i:i+size]...)
			}
			i += size
			continue
		}
		if i+1 >= len(raw) {
			return "", false
		}
		i++
		switch e := raw[i]; e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := hex4(raw[i+1:])
			if !ok {
				return "", false
			}
			i += 4
			if utf16.IsSurrogate(r) {
				r2, ok := rune(-1), false
				if i+2 < len(raw) && raw[i+1] == '\\' && raw[i+2] == 'u' {
					r2, ok = hex4(raw[i+3:])
				}
				if d := utf16.DecodeRune(r, r2); ok && d != utf8.RuneError {
					r = d
					i += 6
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, r)
		default:
			return "", false
		}
		i++
	}
	return string(out), true
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
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
