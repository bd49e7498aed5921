package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/gazetteer"
)

// header is the first line of every compiled file: the columns
// gazetteer.Load reads.
const header = "# id\ttype\tcanonical\tenglish\tcountry\tlat\tlon\tpopulation\tfeature\tcapital\taliases\tsource"

// attribution is the source of every GeoNames row.
const attribution = "GeoNames.org (CC BY 4.0)"

func (b *builder) indexPlaces() {
	b.byKey = map[string][]*place{}
	for _, p := range b.places {
		seen := map[string]bool{}
		for _, n := range append(append([]string{p.english, p.ascii}, p.arabic...), p.extra...) {
			k := gazetteer.Key(n)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			b.byKey[k] = append(b.byKey[k], p)
		}
		for _, n := range []string{p.english, p.ascii} {
			if k := squash(n); k != "" && !seen[k] {
				seen[k] = true
				b.byKey[k] = append(b.byKey[k], p)
			}
		}
	}
}

// squash is the key under which Latin names link: letters only, lowercased,
// marked "~" so that it never equals a Key: "Ma'rib" and "Marib" → "~marib".
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r < 128 && unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	if b.Len() < 3 {
		return ""
	}
	return "~" + b.String()
}

// readTSV reads a hand-written table: tab-separated, '#' starts a comment
// line, blank lines skipped; every row must have n columns.
func (b *builder) readTSV(name string, n int) ([][]string, error) {
	path := filepath.Join(b.cfg.src, name)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows [][]string
	for i, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != n {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", path, i+1, len(f), n)
		}
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		rows = append(rows, f)
	}
	return rows, nil
}

func splitAliases(s string) []string {
	if s == "" || s == "-" {
		return nil
	}
	var out []string
	for a := range strings.SplitSeq(s, "|") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// km is the great-circle distance between two points.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	φ1, φ2 := lat1*math.Pi/180, lat2*math.Pi/180
	dφ, dλ := φ2-φ1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dφ/2)*math.Sin(dφ/2) + math.Cos(φ1)*math.Cos(φ2)*math.Sin(dλ/2)*math.Sin(dλ/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

// slug makes an id from an English name: "Ras Baalbek" → "ras-baalbek".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// handPlaces reads src/places.tsv. A PLACE line whose name (any of its
// names) is a GeoNames place of the same country within -link-km merges
// into it: its canonical name and aliases go to the GeoNames entry, which
// keeps its coordinates and population. Other lines become entries of their
// own, returned as rows.
//
// Columns: canonical, english, type (PLACE|REGION), feature, country, lat,
// lon, aliases (|), source.
func (b *builder) handPlaces() ([][]string, error) {
	rows, err := b.readTSV("places.tsv", 9)
	if err != nil {
		return nil, err
	}
	var out [][]string
	ids := map[string]bool{}
	linked := 0
	for _, f := range rows {
		canon, english, typ, feature, country, aliases, source := f[0], f[1], gazetteer.Type(f[2]), f[3], f[4], splitAliases(f[7]), f[8]
		lat, err1 := strconv.ParseFloat(f[5], 64)
		lon, err2 := strconv.ParseFloat(f[6], 64)
		if err1 != nil || err2 != nil || (typ != gazetteer.Place && typ != gazetteer.Region) || (len(country) != 2 && country != "-") || source == "" {
			return nil, fmt.Errorf("src/places.tsv: bad line %q", strings.Join(f, "\t"))
		}
		if country == "-" {
			country = ""
		}
		names := append([]string{canon, english}, aliases...)
		if typ == gazetteer.Place {
			var best *place
			bestKm := math.Inf(1)
			var keys []string
			for _, n := range names {
				keys = append(keys, gazetteer.Key(n), squash(n))
			}
			for _, k := range keys {
				for _, p := range b.byKey[k] {
					if p.country != country {
						continue
					}
					d := km(lat, lon, p.lat, p.lon)
					if d < bestKm {
						best, bestKm = p, d
					}
				}
			}
			if best != nil && bestKm <= b.cfg.linkKm {
				if best.canonical != "" {
					return nil, fmt.Errorf("src/places.tsv: %s and %s both link to geonames:%d", best.canonical, canon, best.id)
				}
				best.canonical, best.source = canon, source
				best.extra = append(best.extra, names...)
				best.keep = true
				linked++
				continue
			}
			if best != nil {
				b.log.Warn("hand place has a same-named GeoNames place far away; kept apart",
					"name", canon, "geonames", best.id, "km", math.Round(bestKm))
			}
		}
		id := "place:" + slug(english)
		if ids[id] {
			return nil, fmt.Errorf("src/places.tsv: duplicate id %s", id)
		}
		ids[id] = true
		out = append(out, []string{id, string(typ), canon, english, country, coord(lat), coord(lon), "", feature, "",
			aliasCol(canon, english, aliases), "hand: " + source})
	}
	b.log.Info("hand places", "lines", len(rows), "merged into GeoNames", linked, "own entries", len(out))
	return out, nil
}

func coord(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// aliasCol joins the distinct names other than canonical and english
// (Display level), in the order given.
func aliasCol(canon, english string, names []string) string {
	seen := map[string]bool{gazetteer.Key(canon): true, gazetteer.Key(english): true}
	var out []string
	for _, n := range names {
		n = arabic.Normalize(arabic.Display, n)
		k := gazetteer.Key(n)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, strings.ReplaceAll(n, "|", " "))
	}
	return strings.Join(out, "|")
}

// adminWords start names that are "the city of X", "the emirate of X".
var adminWords = []string{"مدينة ", "مدينه ", "إمارة ", "محافظة ", "قرية ", "بلدة ", "ناحية ", "قضاء ", "منطقة ", "مخيم "}

// canonicalName picks the name to show among a place's Arabic names: pure
// Arabic letters, no "city of" word, no one-letter word, not ending in alef
// maksura, written with a letter Persian spelling lacks (ة أ إ ؤ ئ) or
// with the article where a twin lacks it (الرياض, not رياض), without
// diacritics, then the shortest, then the first in code-point order.
func canonicalName(names []string) string {
	score := func(n string) []int {
		s := []int{0, 0, 0, 0, 1, len([]rune(n))}
		if !pureArabic(n) || uyghurSpelling(n) {
			s[0] = 1
		}
		if n != arabic.Normalize(arabic.Match, n) && strings.ContainsFunc(n, func(r rune) bool { return r >= 0x064B && r <= 0x0652 }) {
			s[2]++ // diacritics: prefer the plain spelling
		}
		for _, w := range adminWords {
			if strings.HasPrefix(n, w) {
				s[1] = 1
			}
		}
		for w := range strings.FieldsSeq(n) {
			if len([]rune(w)) == 1 {
				s[2] = 1
			}
		}
		if strings.HasSuffix(n, "ى") {
			s[3] = 1
		}
		// Letters Persian spelling does not use: a name with them is
		// written the Arabic way (المدينة rather than مدينه).
		if strings.ContainsAny(n, "ةأإؤئ") {
			s[4] = 0
		}
		return s
	}
	keys := map[string]bool{}
	for _, n := range names {
		keys[gazetteer.Key(n)] = true
	}
	best := ""
	var bs []int
	for _, n := range names {
		n = arabic.Normalize(arabic.Display, n)
		s := score(n)
		// Between رياض and الرياض, خرطوم and الخرطوم, the Arabic name is
		// the one with the article.
		if k := gazetteer.Key(n); !strings.HasPrefix(k, "ال") && keys["ال"+k] {
			s[4]++
		}
		if best == "" || slices.Compare(s, bs) < 0 || (slices.Compare(s, bs) == 0 && n < best) {
			best, bs = n, s
		}
	}
	return best
}

func (b *builder) placeRow(p *place) []string {
	canon := p.canonical
	if canon == "" {
		canon = strings.Map(func(r rune) rune {
			if r >= 0x064B && r <= 0x0652 { // harakat, tanwin, shadda, sukun
				return -1
			}
			return r
		}, canonicalName(p.arabic))
	}
	if canon == "" {
		canon = p.english
	}
	names := append(append([]string{}, p.arabic...), p.extra...)
	names = append(names, p.ascii)
	source := attribution
	if p.source != "" {
		source += "; hand: " + p.source
	}
	pop := ""
	if p.population > 0 {
		pop = strconv.Itoa(p.population)
	}
	return []string{fmt.Sprintf("geonames:%d", p.id), string(gazetteer.Place), canon, p.english, p.country,
		coord(p.lat), coord(p.lon), pop, p.feature, "", aliasCol(canon, p.english, names), source}
}

// countries reads langs/ar.json and langs/en.json from the i18n-iso-countries
// tarball and src/countries.tsv (code, Arabic and English aliases, lat, lon
// for territories without GeoNames places, source).
func (b *builder) countries() ([][]string, error) {
	load := func(lang string) (map[string]any, error) {
		data, err := readFromTgz(b.cfg.countries, "package/langs/"+lang+".json")
		if err != nil {
			return nil, fmt.Errorf("i18n-iso-countries: %w (hint: npm pack i18n-iso-countries@7.14.0, see gazetteer/README.md)", err)
		}
		var v struct {
			Countries map[string]any `json:"countries"`
		}
		if err := json.Unmarshal(data, &v); err != nil {
			return nil, fmt.Errorf("i18n-iso-countries %s.json: %w", lang, err)
		}
		return v.Countries, nil
	}
	ar, err := load("ar")
	if err != nil {
		return nil, err
	}
	en, err := load("en")
	if err != nil {
		return nil, err
	}
	hand, err := b.readTSV("countries.tsv", 5)
	if err != nil {
		return nil, err
	}
	extra := map[string][]string{}
	var codes []string
	for code := range ar {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	for _, f := range hand {
		if _, ok := ar[f[0]]; !ok {
			return nil, fmt.Errorf("src/countries.tsv: unknown code %s", f[0])
		}
		extra[f[0]] = f
	}
	list := func(v any) []string {
		switch v := v.(type) {
		case string:
			return []string{v}
		case []any:
			var out []string
			for _, x := range v {
				if s, ok := x.(string); ok {
					out = append(out, s)
				}
			}
			return out
		}
		return nil
	}
	var out [][]string
	for _, code := range codes {
		arn, enn := list(ar[code]), list(en[code])
		if len(arn) == 0 || len(enn) == 0 {
			return nil, fmt.Errorf("i18n-iso-countries: no name for %s", code)
		}
		var handAliases []string
		if f, has := extra[code]; has {
			handAliases = splitAliases(f[1])
		}
		english := englishName(enn, handAliases)
		names := append(append([]string{}, arn...), enn...)
		source := "i18n-iso-countries (MIT)"
		var lat, lon float64
		ok := false
		if c := b.centres[code]; c != nil {
			lat, lon = c.latLon()
			lat, lon = math.Round(lat*100)/100, math.Round(lon*100)/100
			ok = true
			source += "; centre of its GeoNames.org places"
		}
		if f, has := extra[code]; has {
			names = append(names, splitAliases(f[1])...)
			if f[2] != "" && f[2] != "-" {
				lat, _ = strconv.ParseFloat(f[2], 64)
				lon, _ = strconv.ParseFloat(f[3], 64)
				ok = true
				source = "i18n-iso-countries (MIT); coordinates: " + f[4]
			} else if f[4] != "" {
				source += "; aliases: " + f[4]
			}
		}
		if !ok {
			b.log.Warn("country without coordinates; skipped", "code", code, "name", arn[0])
			continue
		}
		capital := ""
		if p := b.capitals[code]; p != nil {
			capital = fmt.Sprintf("geonames:%d", p.id)
			p.keep = true
		}
		canon := arabic.Normalize(arabic.Display, arn[0])
		out = append(out, []string{"country:" + code, string(gazetteer.Country), canon, english, code,
			coord(lat), coord(lon), "", "", capital, aliasCol(canon, english, names), source})
	}
	return out, nil
}

// simpleTable reads a hand-written table of outlets or organizations.
// Columns: id (without prefix), feature, canonical, english, country,
// aliases (|), source.
func (b *builder) simpleTable(name string, typ gazetteer.Type, prefix string) ([][]string, error) {
	rows, err := b.readTSV(name, 7)
	if err != nil {
		return nil, err
	}
	ids := map[string]bool{}
	var out [][]string
	for _, f := range rows {
		id := prefix + f[0]
		if ids[id] || f[0] == "" || f[2] == "" || f[6] == "" {
			return nil, fmt.Errorf("src/%s: duplicate id or empty field in %q", name, strings.Join(f, "\t"))
		}
		ids[id] = true
		country := f[4]
		if country == "-" {
			country = ""
		}
		canon := arabic.Normalize(arabic.Display, f[2])
		out = append(out, []string{id, string(typ), canon, f[3], country, "", "", "", f[1], "",
			aliasCol(canon, f[3], splitAliases(f[5])), f[6]})
	}
	return out, nil
}

func (b *builder) write(name string, rows [][]string) error {
	var buf bytes.Buffer
	buf.WriteString(header + "\n")
	for _, r := range rows {
		for j, c := range r {
			if strings.ContainsAny(c, "\t\n") {
				return fmt.Errorf("%s: tab or newline in %q", name, c)
			}
			if j > 0 {
				buf.WriteByte('\t')
			}
			buf.WriteString(c)
		}
		buf.WriteByte('\n')
	}
	data := buf.Bytes()
	if strings.HasSuffix(name, ".gz") {
		var z bytes.Buffer
		zw, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
		if err != nil {
			return err
		}
		zw.Write(data)
		if err := zw.Close(); err != nil {
			return err
		}
		data = z.Bytes()
	}
	return os.WriteFile(filepath.Join(b.cfg.out, name), data, 0o644)
}

// englishName picks a country's English name: the first Latin alias of
// src/countries.tsv, else, from i18n-iso-countries' list (formal name
// first), the last that is longer than three letters and has no dots:
// "Russia", "Iran", "United States".
func englishName(list, hand []string) string {
	for _, a := range hand {
		if a != "" && a[0] < 128 {
			return a
		}
	}
	for i := len(list) - 1; i >= 0; i-- {
		if len(list[i]) > 3 && !strings.Contains(list[i], ".") {
			return list[i]
		}
	}
	return list[0]
}

// uyghurSpelling reports whether name is spelled as Uyghur (or another
// language written with Arabic letters) rather than Arabic: a word starting
// with ئ, or ى inside a word (ئاممان, ئالجىر).
func uyghurSpelling(name string) bool {
	for w := range strings.FieldsSeq(name) {
		r := []rune(w)
		if r[0] == 'ئ' {
			return true
		}
		for i, c := range r {
			if c == 'ى' && i < len(r)-1 {
				return true
			}
		}
	}
	return false
}
