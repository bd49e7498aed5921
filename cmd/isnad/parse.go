package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/numeral"
	"github.com/isnad-news/isnad/quantity"
	"github.com/isnad-news/isnad/timex"
)

// parsed is the JSON line isnad parse prints for one input line.
type parsed struct {
	Text       string           `json:"text"`
	Numbers    []parsedNumber   `json:"numbers"`
	Ordinals   []parsedNumber   `json:"ordinals"`
	Quantities []isnad.Quantity `json:"quantities"`
	Dates      []parsedDate     `json:"dates"`
	Durations  []parsedDur      `json:"durations"`
}

type parsedNumber struct {
	Text  string   `json:"text"`
	Value float64  `json:"value"`
	Kind  string   `json:"kind"`
	Min   *float64 `json:"min,omitempty"`
	Max   *float64 `json:"max,omitempty"`
	Start int      `json:"start"`
	End   int      `json:"end"`
}

type parsedDate struct {
	Text  string `json:"text"`
	Value string `json:"value,omitempty"`
	Grain string `json:"grain"`
	From  string `json:"from,omitempty"`
	To    string `json:"to,omitempty"`
	// Instant is the start of the value or interval as a full RFC 3339
	// time in the reference's offset, whatever the grain.
	Instant string `json:"instant"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

type parsedDur struct {
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Start int     `json:"start"`
	End   int     `json:"end"`
}

func (m *Main) runParse(ctx context.Context, args []string) error {
	fs := m.flags("parse", "[flags] < LINES", `
Reads one Arabic expression or sentence per line from standard input and
prints, for each line, one JSON object with every number, ordinal, quantity,
date or time and duration found in it:

  numbers     text, value, kind (cardinal, fraction, percent), min/max for
              vague quantifiers (عشرات = 20–99)
  ordinals    text, value
  quantities  text, min, max (null = unbounded), approx, counted (lemma),
              category, group, unit
  dates       text, value (ISO 8601 at the grain) and grain, or from/to for
              an interval (to is exclusive: "من 5 إلى 7 أيلول" is from the
              5th to the 8th), and instant (the start as a full RFC 3339 time)
  durations   text, value, unit (second, minute, hour, day, week, month, year)

Offsets (start, end) are byte offsets into the line. Dates and times are
resolved against -ref and written in its UTC offset. With -dir future (the
default) a bare weekday or a day without a year means the next one; with -dir
past (how news articles use them) the most recent one.`)
	refFlag := fs.String("ref", "", "reference time, RFC 3339 (default: now)")
	dirFlag := fs.String("dir", "future", "how to read a bare weekday or a date without a year: future or past")
	pretty := fs.Bool("pretty", false, "indent the JSON")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(m.Stderr, "isnad parse: reads standard input; give no arguments")
		fs.Usage()
		return errUsage
	}
	opt := timex.Options{Ref: time.Now(), HasRef: true}
	if *refFlag != "" {
		t, err := time.Parse(time.RFC3339, *refFlag)
		if err != nil {
			fmt.Fprintf(m.Stderr, "isnad parse: -ref %q: want an RFC 3339 time such as 2013-02-12T04:30:00-02:00\n", *refFlag)
			return errUsage
		}
		opt.Ref = t
	}
	switch *dirFlag {
	case "future":
		opt.Dir = timex.Future
	case "past":
		opt.Dir = timex.Past
	default:
		fmt.Fprintf(m.Stderr, "isnad parse: -dir %q: want future or past\n", *dirFlag)
		return errUsage
	}
	enc := json.NewEncoder(m.Stdout)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	sc := bufio.NewScanner(m.Stdin)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		line := strings.TrimRight(sc.Text(), "\r")
		if err := enc.Encode(parseLine(line, opt)); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("standard input: %w", err)
	}
	return nil
}

// parseLine runs the number, quantity and date parsers over one line.
func parseLine(line string, opt timex.Options) parsed {
	out := parsed{
		Text:       line,
		Numbers:    []parsedNumber{},
		Ordinals:   []parsedNumber{},
		Quantities: []isnad.Quantity{},
		Dates:      []parsedDate{},
		Durations:  []parsedDur{},
	}
	type key struct {
		start, end int
		value      float64
		ordinal    bool
	}
	seen := map[key]bool{}
	add := func(n numeral.Number) {
		k := key{n.Start, n.End, n.Value, n.Kind == numeral.Ordinal}
		if seen[k] || n.Start < 0 || n.End > len(line) || n.Start > n.End {
			return
		}
		seen[k] = true
		p := parsedNumber{Text: line[n.Start:n.End], Value: n.Value, Kind: n.Kind.String(), Start: n.Start, End: n.End}
		if n.Vague {
			p.Min, p.Max = ptr(n.Min), ptr(n.Max)
		}
		if n.Kind == numeral.Ordinal {
			out.Ordinals = append(out.Ordinals, p)
		} else {
			out.Numbers = append(out.Numbers, p)
		}
	}
	for _, n := range numeral.Find(line) {
		add(n)
	}
	// A line that is one expression may read several ways ("العشرين" is
	// twenty and the twentieth): list every reading.
	trimmed := strings.TrimSpace(line)
	if off := strings.Index(line, trimmed); trimmed != "" {
		for _, n := range numeral.Readings(trimmed) {
			n.Start += off
			n.End += off
			add(n)
		}
	}
	for _, q := range quantity.Find(line) {
		out.Quantities = append(out.Quantities, isnad.Quantity{
			Span: isnad.Span{Start: q.Start, End: q.End}, Text: line[q.Start:q.End],
			Min: q.Min, Max: q.Max, Approx: q.Approx,
			Counted: q.Counted, Category: q.Category, Group: q.Group, Unit: q.Unit,
		})
		// A dual noun carries the number two on its own ("حافلتين").
		add(q.Number)
	}
	exprs, durs := timex.Find(line, opt)
	for _, e := range exprs {
		d := parsedDate{Text: line[e.Start:e.End], Grain: e.Grain.String(), Start: e.Start, End: e.End}
		if e.Interval {
			d.From, d.To = timex.Format(e.From, e.Grain), timex.Format(e.To, e.Grain)
			d.Instant = e.From.Format(time.RFC3339)
		} else {
			d.Value = e.ISO()
			d.Instant = e.Value.Format(time.RFC3339)
		}
		out.Dates = append(out.Dates, d)
	}
	for _, u := range durs {
		out.Durations = append(out.Durations, parsedDur{
			Text: line[u.Start:u.End], Value: u.Value, Unit: u.Unit.String(), Start: u.Start, End: u.End,
		})
	}
	return out
}

func ptr(f float64) *float64 { return &f }
