//go:build ignore

// gendict writes dict.txt.gz, the word list of the dictionary features (see
// dict.go), from ar.dic of the Ayaspell Arabic Hunspell dictionary (Debian
// package hunspell-ar, 3.2-1; tri-licensed GPL 2.0 / LGPL 2.1 / MPL 1.1,
// used here under the MPL 1.1: see README.md).
//
// It keeps the base words (the part before "/"), normalized with
// arabic.Match, of at least two letters and made only of Arabic letters,
// deduplicated and sorted, in two sections: [proper] for the dictionary's
// continents, countries, capitals and given names, [common] for everything
// else (stop words, particles, nouns, adjectives, verbs). The credits at the
// end of the noun part (the line "#####" and what follows it) are left out.
//
// Run it from the ner directory (see README.md for where ar.dic comes from):
//
//	go run gendict.go -dic /tmp/hunar/usr/share/hunspell/ar.dic -out dict.txt.gz
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/isnad-news/isnad/arabic"
)

// properHeads are the comment lines of ar.dic that open its proper-name
// parts; the first other comment line after them ends them.
var properHeads = map[string]bool{
	"###أسماء":        true,
	"#القارات":        true,
	"#البلدان":        true,
	"#العواصم":        true,
	"##اسماء،أشخاص##": true,
}

func main() {
	dic := flag.String("dic", "/tmp/hunar/usr/share/hunspell/ar.dic", "Ayaspell ar.dic")
	out := flag.String("out", "dict.txt.gz", "output file")
	flag.Parse()
	f, err := os.Open(*dic)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	common, proper := map[string]bool{}, map[string]bool{}
	inProper, credits := false, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		head, _, _ := strings.Cut(line, "\t")
		switch {
		case strings.HasPrefix(line, "::::"):
			inProper, credits = false, false
			continue
		case head == "#####" && line == head:
			credits = true
			continue
		case strings.HasPrefix(line, "#"):
			inProper = properHeads[head]
			continue
		case credits:
			continue
		}
		w, _, _ := strings.Cut(head, "/")
		w = arabic.Normalize(arabic.Match, w)
		if !arabicWord(w) {
			continue
		}
		if inProper {
			proper[w] = true
		} else {
			common[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	o, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(o, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "# Derived from ar.dic of Ayaspell (hunspell-ar 3.2), MPL 1.1: see README.md.\n")
	for _, sec := range []struct {
		name  string
		words map[string]bool
	}{{"proper", proper}, {"common", common}} {
		fmt.Fprintf(bw, "[%s]\n", sec.name)
		ws := make([]string, 0, len(sec.words))
		for w := range sec.words {
			ws = append(ws, w)
		}
		slices.Sort(ws)
		for _, w := range ws {
			fmt.Fprintln(bw, w)
		}
	}
	if err := bw.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := o.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d proper, %d common words", *out, len(proper), len(common))
}

// arabicWord reports whether w has at least two runes, all Arabic letters.
func arabicWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.Is(unicode.Arabic, r) || !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 2
}
