package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/isnad-news/isnad/timex"
)

// evalRef is the reference time of testdata/parse-eval.tsv: a Tuesday.
const evalRef = "2013-02-12T04:30:00-02:00"

// parseFloors are the accuracy floors of the labelled set, per kind. A
// change that drops a figure below its floor fails the test; raise a floor
// when the parsers improve.
var parseFloors = map[string]float64{
	"number":   0.98,
	"ordinal":  0.98,
	"duration": 0.98,
	"date":     0.90,
}

// judge reports whether p holds the expected answer for kind.
func judge(kind, want string, p parsed) bool {
	switch kind {
	case "number", "ordinal":
		v, err := strconv.ParseFloat(want, 64)
		if err != nil {
			return false
		}
		list := p.Numbers
		if kind == "ordinal" {
			list = p.Ordinals
		}
		for _, n := range list {
			if math.Abs(n.Value-v) < 1e-9 {
				return true
			}
		}
	case "duration":
		f := strings.Fields(want)
		if len(f) != 2 {
			return false
		}
		v, err := strconv.ParseFloat(f[0], 64)
		if err != nil {
			return false
		}
		for _, d := range p.Durations {
			if math.Abs(d.Value-v) < 1e-9 && d.Unit == f[1] {
				return true
			}
		}
	case "date":
		for _, d := range p.Dates {
			if d.Value == want || (d.From != "" && d.From+"/"+d.To == want) {
				return true
			}
		}
	}
	return false
}

// TestParseEval runs the labelled expressions of testdata/parse-eval.tsv
// through the parse command's parsers and checks the accuracy floors. Run
// with -v to see the table and every miss.
func TestParseEval(t *testing.T) {
	ref, err := time.Parse(time.RFC3339, evalRef)
	if err != nil {
		t.Fatal(err)
	}
	opt := timex.Options{Ref: ref, HasRef: true, Dir: timex.Future}
	f, err := os.Open("testdata/parse-eval.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	total, right := map[string]int{}, map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("bad line %q", line)
		}
		kind, expr, want := cols[0], cols[1], cols[2]
		p := parseLine(expr, opt)
		total[kind]++
		if judge(kind, want, p) {
			right[kind]++
			continue
		}
		got, _ := json.Marshal(struct {
			N, O any
			Q    any
			D    any
			U    any
		}{p.Numbers, p.Ordinals, p.Quantities, p.Dates, p.Durations})
		t.Logf("miss %-8s %+q want %s, got %s", kind, expr, want, got)
	}
	kinds := make([]string, 0, len(total))
	for k := range total {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var table strings.Builder
	fmt.Fprintf(&table, "%-9s %5s %5s %7s\n", "kind", "right", "total", "acc")
	for _, k := range kinds {
		acc := float64(right[k]) / float64(total[k])
		fmt.Fprintf(&table, "%-9s %5d %5d %6.1f%%\n", k, right[k], total[k], 100*acc)
		if acc < parseFloors[k] {
			t.Errorf("%s accuracy %.1f%% is below the floor %.1f%%", k, 100*acc, 100*parseFloors[k])
		}
	}
	t.Logf("accuracy on testdata/parse-eval.tsv (ref %s):\n%s", evalRef, table.String())
}

func TestParseCommand(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		in       string
		code     int
		contains []string
	}{
		{"quantity and date", []string{"-ref", evalRef}, "وصلت 17 حافلة يوم أمس\n", 0,
			[]string{`"counted":"حافلة"`, `"min":17`, `"value":"2013-02-11"`, `"grain":"day"`}},
		{"one line per input line", []string{"-ref", evalRef}, "ثلاثة\n\nالأول\n", 0,
			[]string{`"text":"ثلاثة"`, `"text":""`, `"ordinals":[{"text":"الأول","value":1`}},
		{"time in the reference offset", []string{"-ref", evalRef}, "الساعة 8 مساء\n", 0,
			[]string{`"value":"2013-02-12T20:00:00-02:00"`, `"grain":"hour"`}},
		{"past direction", []string{"-ref", evalRef, "-dir", "past"}, "الجمعة\n", 0,
			[]string{`"value":"2013-02-08"`}},
		{"bad ref", []string{"-ref", "yesterday"}, "", 2, nil},
		{"bad dir", []string{"-dir", "sideways"}, "", 2, nil},
		{"arguments refused", []string{"file.txt"}, "", 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			m := &Main{Stdin: strings.NewReader(tt.in), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }, Workers: 1}
			code := m.Run(context.Background(), append([]string{"parse"}, tt.args...))
			if code != tt.code {
				t.Fatalf("exit code %d, want %d; stderr: %s", code, tt.code, errb.String())
			}
			for _, s := range tt.contains {
				if !strings.Contains(out.String(), s) {
					t.Errorf("output lacks %s:\n%s", s, out.String())
				}
			}
			if tt.code == 0 && strings.Count(out.String(), "\n") != strings.Count(tt.in, "\n") {
				t.Errorf("got %d output lines for %d input lines", strings.Count(out.String(), "\n"), strings.Count(tt.in, "\n"))
			}
		})
	}
}
