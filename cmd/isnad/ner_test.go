package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/isnad-news/isnad/ner"
)

func TestNER(t *testing.T) {
	tests := []struct {
		name  string
		input string
		// lines is the number of output lines; blank the indices of the
		// lines that must be blank.
		lines int
		blank []int
		want  map[int]string // line index → "token\tTAG"
	}{
		{"two sentences", "قال\tO\nماكرون\tB-PERS\n.\tO\n\nزار\nبيروت\n", 6, []int{3},
			map[int]string{1: "ماكرون\tB-PERS", 5: "بيروت\tB-LOC"}},
		{"crlf and trailing spaces", "زار  \r\nبيروت O  \r\n\r\n", 3, []int{2},
			map[int]string{0: "زار\tO", 1: "بيروت\tB-LOC"}},
		{"no final newline", "زار\nبيروت", 2, nil, map[int]string{1: "بيروت\tB-LOC"}},
		{"blank lines kept", "\n\nزار\n\n\n", 5, []int{0, 1, 3, 4}, nil},
		{"empty input", "", 0, nil, nil},
		{"spaces only line is blank", "زار\n   \nبيروت\n", 3, []int{1}, nil},
		// The second sentence alone tags مرزوك O; the first names him.
		{"context of the sentences around",
			"التقى\nوزير\nالخارجية\nالموريتاني\nمحمد\nسالم\nولد\nمرزوك\nنظيره\n.\n\nوبحث\nمرزوك\nمع\nنظيره\nالعلاقات\n.\n",
			17, []int{10}, map[int]string{4: "محمد\tB-PERS", 12: "مرزوك\tB-PERS"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, tt.input, "ner")
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var lines []string
			if out != "" {
				lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			}
			if len(lines) != tt.lines {
				t.Fatalf("%d lines, want %d: %+q", len(lines), tt.lines, out)
			}
			for _, i := range tt.blank {
				if lines[i] != "" {
					t.Errorf("line %d: %+q, want blank", i, lines[i])
				}
			}
			for i, w := range tt.want {
				if lines[i] != w {
					t.Errorf("line %d: %+q, want %+q", i, lines[i], w)
				}
			}
			for i, l := range lines {
				if l == "" {
					continue
				}
				tok, tag, ok := strings.Cut(l, "\t")
				if !ok || tok == "" || strings.Contains(tag, "\t") {
					t.Errorf("line %d: %+q is not token<TAB>TAG", i, l)
				}
			}
		})
	}
}

func TestNERLongSentence(t *testing.T) {
	in := strings.Repeat("ذهب\nأحمد\nإلى\nدمشق\n،\n", 20000)
	code, out, errs := run(t, in, "ner")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if got := strings.Count(out, "\n"); got != 100000 {
		t.Errorf("%d lines, want 100000", got)
	}
}

func TestNERUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"argument", []string{"ner", "file.conll"}, exitUsage},
		{"bad flag", []string{"ner", "-nope"}, exitUsage},
		{"missing model", []string{"ner", "-model", "/nonexistent/model.gz"}, exitFailure},
		{"help", []string{"ner", "-h"}, exitOK},
		{"train without data", []string{"train-ner"}, exitUsage},
		{"train missing file", []string{"train-ner", "-data", "/nonexistent.conll"}, exitFailure},
		{"train bad update rule", []string{"train-ner", "-data", "/nonexistent.conll", "-update", "sgd"}, exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, errs := run(t, "زار\n", tt.args...); code != tt.code {
				t.Errorf("exit %d, want %d: %s", code, tt.code, errs)
			}
		})
	}
}

func TestTrainNER(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	names := []string{"سامر", "ليلى", "كريم", "هدى", "وليد"}
	places := []string{"حمص", "صيدا", "وهران", "صفاقس", "إربد"}
	for i := range 30 {
		b.WriteString("سافر O\n" + names[i%5] + " B-PERS\nإلى O\n" + places[i%5] + " B-LOC\n. O\n\n")
	}
	data := write(t, dir, "train.conll", b.String())
	model := dir + "/m.gz"
	code, out, errs := run(t, "", "train-ner", "-data", data, "-epochs", "2", "-all", "-out", model)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"dev 3 sentences", "micro", "PERS", "wrote"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, errs = run(t, "سافر\nكريم\nإلى\nصيدا\n", "ner", "-model", model)
	if code != exitOK || !strings.Contains(out, "كريم\tB-PERS") {
		t.Errorf("exit %d, output %q, %s", code, out, errs)
	}
}

// TestNERStream checks that isnad ner tags its input as one stream of
// sentences, like ner.TagSentences, whatever the size of the pieces it
// tags at a time, and keeps the blank lines where they were.
func TestNERStream(t *testing.T) {
	sents := [][]string{
		{"التقى", "وزير", "الخارجية", "الموريتاني", "محمد", "سالم", "ولد", "مرزوك", "نظيره", "."},
		{"وبحث", "مرزوك", "مع", "نظيره", "العلاقات", "."},
		{"قال", "ماكرون", "في", "باريس", "."},
		{"زار", "ماكرون", "بيروت", "."},
		{"ماكرون", "يصل", "."},
		{"التقى", "الرئيس", "اللبناني", "في", "بيروت", "."},
		{"قال", "البنك", "الدولي", "إن", "النمو", "تراجع", "."},
	}
	// A club the tagger finds after "نادي" and, 31 sentences on, misses
	// alone: label consistency tags the repeat, so a piece of the stream
	// must reach back that far (ner.StreamContext), not just the 15
	// sentences of the document-context features.
	club := strings.Fields("وقال رئيس نادي الوحدة العربي إن الفريق جاهز .")
	repeat := strings.Fields("وفاز الوحدة العربي أمس .")
	filler := strings.Fields("ارتفعت الأسعار في السوق اليوم .")
	var stream [][]string
	for i := range 150 { // more than 2×ner.StreamContext sentences
		stream = append(stream, sents[i%len(sents)])
	}
	stream = append(stream, club)
	for range 30 {
		stream = append(stream, filler)
	}
	stream = append(stream, repeat)
	for i := range 70 {
		stream = append(stream, sents[i%len(sents)])
	}
	var in strings.Builder
	var all [][]string
	in.WriteString("\n")
	for i, s := range stream {
		all = append(all, s)
		for _, w := range s {
			in.WriteString(w + "\tO\n")
		}
		in.WriteString(strings.Repeat("\n", 1+i%3))
	}
	tg, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	whole := tg.TagSentences(all)
	if got := whole[150+1+30]; !slices.Equal(got, []string{"O", "B-ORG", "I-ORG", "O", "O"}) {
		t.Fatalf("tagged whole, the far repeat of the club is %v: the input no longer needs context beyond 15 sentences", got)
	}
	var want strings.Builder
	want.WriteString("\n")
	for i, tags := range whole {
		for k, tag := range tags {
			want.WriteString(all[i][k] + "\t" + tag + "\n")
		}
		want.WriteString(strings.Repeat("\n", 1+i%3))
	}
	defer func(n int) { nerChunk = n }(nerChunk)
	for _, chunk := range []int{1, 2, 5, 1000} {
		t.Run(fmt.Sprint("chunk ", chunk), func(t *testing.T) {
			nerChunk = chunk
			code, out, errs := run(t, in.String(), "ner")
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if out != want.String() {
				t.Errorf("got\n%s\nwant\n%s", out, want.String())
			}
		})
	}
}
