package entity

import (
	"strings"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/extract"
	"github.com/isnad-news/isnad/internal/seedtest"
	"github.com/isnad-news/isnad/timex"
)

// seedNames are the people, organizations, outlets and places a reader of
// each seed article would list (our reading of the articles; names are
// facts). A name counts as found when an entity's text or canonical name
// has the same variant key as the whole name, or, for a one-word name, when
// a word of a canonical name has ("العبادي" in "حيدر العبادي").
var seedNames = map[string][]string{
	"000_": {"واشنطن", "داعش", "دير الزور", "نيويورك تايمز", "حزب الله", "الجيش السوري", "سوريا",
		"بريت ماكغورك", "التحالف الدولي", "العراق", "روسيا", "بغداد", "الولايات المتحدة", "الميادين",
		"البوكمال", "القائم", "الأنبار", "ريان ديلون", "الحكومة السورية", "السخنة", "دمشق"},
	"001_": {"داعش", "التحالف الدولي", "واشنطن", "دير الزور", "الأناضول", "النظام السوري", "حزب الله",
		"جرود رأس بعلبك", "القاع", "عرسال", "القوات البريطانية", "الأزرق", "الأردن", "روسيا", "RT", "القلمون",
		"البوكمال", "رويترز", "العربية نت", "المرصد السوري لحقوق الإنسان", "القلمون الغربي",
		"احمد سمير معتوق", "صير الغربية", "لبنان"},
	"002_": {"الأنباط", "القلمون", "البوكمال", "دير الزور", "حزب الله", "داعش", "التحالف الدولي",
		"نوري المالكي", "الحرس الثوري الإيراني", "العبادي", "العراق", "سوريا", "إيران", "كردستان", "طهران",
		"بغداد", "دمشق", "الضاحية الجنوبية", "بيروت", "ريان ديلون", "الجيش السوري", "البادية السورية",
		"ستيفن تاونسند", "سبوتنيك", "السخنة", "الجيش اللبناني", "لبنان", "نيويورك تايمز", "تلعفر",
		"القلمون الغربي", "قوات سوريا الديمقراطية", "الرقة", "البنتاغون", "فورين بوليسي", "بريت ماكغورك",
		"تويتر", "موسكو", "روسيا", "الولايات المتحدة"},
	"003_": {"وزارة الدفاع الروسية", "التحالف الدولي", "الولايات المتحدة", "داعش", "العراق",
		"إيغور كوناشينكوف", "دير الزور", "الفرات", "الجيش السوري", "مسعود البرزاني"},
	"004_": {"واشنطن", "سوريا", "العراق", "البوكمال", "داعش", "دير الزور", "الحشد الشعبي", "الجيش السوري",
		"الولايات المتحدة", "قسد", "التنف", "مطار الشعيرات", "حمص", "روسيا", "فاليري اسابوف", "الجيش العراقي"},
}

// seedRecallFloor is the share of seedNames the stage must find.
const seedRecallFloor = 0.90

// analyseSeeds runs the pipeline up to the entity stage on each seed.
func analyseSeeds(t *testing.T) map[string]*isnad.Document {
	t.Helper()
	seedtest.Need(t)
	st, err := NewStage(Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*isnad.Document{}
	for prefix := range seedNames {
		docs[prefix] = seedtest.Run(t, prefix, extract.New(extract.Options{}), arabic.NewTokenizer(), timex.NewStage(), st)
	}
	return docs
}

// TestSeedNames measures the recall of the names a reader would list in
// the seed articles. Run with -v for the misses.
func TestSeedNames(t *testing.T) {
	docs := analyseSeeds(t)
	found, total := 0, 0
	for prefix, names := range seedNames {
		have := map[string]bool{}  // variant keys of whole texts and canonical names
		words := map[string]bool{} // variant keys of the words of canonical names
		for _, e := range docs[prefix].Entities {
			have[Key(coreName(e.Text))] = true
			have[Key(e.Canonical)] = true
			for _, w := range strings.Fields(e.Canonical) {
				words[Key(w)] = true
			}
		}
		for _, n := range names {
			total++
			k := Key(n)
			if have[k] || len(strings.Fields(n)) == 1 && words[k] {
				found++
			} else {
				t.Logf("%s: missed %s", prefix, n)
			}
		}
	}
	r := float64(found) / float64(total)
	t.Logf("seed names found: %d/%d (%.1f%%)", found, total, 100*r)
	if r < seedRecallFloor {
		t.Errorf("recall %.3f is below %.2f", r, seedRecallFloor)
	}
}

// TestSeedMerging checks that spellings of one name are one entity and
// that the convoy's places are geocoded to Syria and Iraq.
func TestSeedMerging(t *testing.T) {
	docs := analyseSeeds(t)
	ids := map[string]map[string]bool{} // Match-level text → ids
	byText := map[string]isnad.Entity{}
	for _, d := range docs {
		for _, e := range d.Entities {
			k := arabic.Normalize(arabic.Match, e.Text)
			if ids[k] == nil {
				ids[k] = map[string]bool{}
			}
			ids[k][e.ID] = true
			byText[k] = e
		}
	}
	one := func(name string, spellings ...string) {
		t.Run(name, func(t *testing.T) {
			seen := map[string]bool{}
			for _, s := range spellings {
				got := ids[arabic.Normalize(arabic.Match, s)]
				if len(got) == 0 {
					t.Errorf("%s not found", s)
				}
				for id := range got {
					seen[id] = true
				}
			}
			if len(seen) != 1 {
				t.Errorf("%d entities for %q: %v", len(seen), spellings, seen)
			}
		})
	}
	one("Townsend", "تاونزند", "ستيفن تاونزند", "ستيفن تاونسند")
	one("Albu Kamal", "البوكمال", "البو كمال", "البوکمال")
	one("ISIS", "داعش", "تنظيم الدولة", "الدولة الإسلامية", "تنظيم الدولة الإسلامية")
	places := []struct {
		name, country string
		lat, lon      float64
	}{
		{"السخنة", "SY", 34.9, 38.9},
		{"دير الزور", "SY", 35.3, 40.1},
		{"البوكمال", "SY", 34.45, 40.9},
		{"الميادين", "SY", 35.0, 40.45},
		{"القائم", "IQ", 34.4, 41.0},
	}
	for _, p := range places {
		t.Run("geocode "+p.name, func(t *testing.T) {
			e, ok := byText[arabic.Normalize(arabic.Match, p.name)]
			if !ok {
				t.Fatalf("%s not found", p.name)
			}
			if e.Country != p.country || e.Lat == nil || e.Lon == nil || abs(*e.Lat-p.lat) > 0.5 || abs(*e.Lon-p.lon) > 0.5 {
				t.Errorf("%s: %s %v %v, want %s near %.2f,%.2f", p.name, e.Country, deref(e.Lat), deref(e.Lon), p.country, p.lat, p.lon)
			}
		})
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

func deref(f *float64) float64 {
	if f == nil {
		return 0
	}
	return *f
}
