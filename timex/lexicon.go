package timex

import (
	"strings"

	"github.com/isnad-news/isnad/arabic"
)

// The word lists below were written for this package from the usage of
// Arabic news sites (Levantine and Iraqi, Egyptian and Gulf, Moroccan,
// Algerian and Tunisian month names; Umm al-Qura Hijri month names) and
// common grammar; they are ours, under the project's licence. Keys are
// written as people write them and folded to the arabic.Match level when the
// tables are built.

// monthInfo is one month name.
type monthInfo struct {
	m     int  // 1–12
	hijri bool // a Hijri month
	weak  bool // also an ordinary word: needs a day, a year or "شهر" next to it
}

// months maps a one-word month name to its month.
var months = fold(map[string]monthInfo{
	// Levantine and Iraqi (Syriac) names.
	"شباط": {m: 2}, "آذار": {m: 3}, "اذار": {m: 3}, "نيسان": {m: 4}, "أيار": {m: 5}, "ايار": {m: 5},
	"حزيران": {m: 6}, "تموز": {m: 7}, "آب": {m: 8}, "أيلول": {m: 9}, "ايلول": {m: 9},
	// Egyptian and Gulf names.
	"يناير": {m: 1}, "فبراير": {m: 2}, "مارس": {m: 3, weak: true}, "أبريل": {m: 4}, "إبريل": {m: 4}, "ابريل": {m: 4},
	"مايو": {m: 5}, "يونيو": {m: 6}, "يونيه": {m: 6}, "يوليو": {m: 7}, "يوليه": {m: 7},
	"أغسطس": {m: 8}, "أغسطوس": {m: 8}, "آغسطس": {m: 8}, "سبتمبر": {m: 9}, "أكتوبر": {m: 10},
	"نوفمبر": {m: 11}, "ديسمبر": {m: 12}, "ديسيمبر": {m: 12},
	// Moroccan names.
	"ماي": {m: 5, weak: true}, "يوليوز": {m: 7}, "غشت": {m: 8}, "شتنبر": {m: 9}, "نونبر": {m: 11}, "دجنبر": {m: 12},
	// Algerian and Tunisian names.
	"جانفي": {m: 1}, "فيفري": {m: 2}, "أفريل": {m: 4}, "جوان": {m: 6, weak: true}, "جويلية": {m: 7},
	"جويليه": {m: 7}, "أوت": {m: 8, weak: true},
	// Hijri months; all are also names or ordinary words.
	"محرم": {m: 1, hijri: true, weak: true}, "صفر": {m: 2, hijri: true, weak: true},
	"رجب": {m: 7, hijri: true, weak: true}, "شعبان": {m: 8, hijri: true, weak: true},
	"رمضان": {m: 9, hijri: true, weak: true}, "شوال": {m: 10, hijri: true, weak: true},
})

// months2 maps two-word month names (first word, second word).
var months2 = map[string]map[string]monthInfo{
	// Levantine speech also drops the article: "كانون ثاني", "تشرين أول".
	n("كانون"): fold(map[string]monthInfo{"الثاني": {m: 1}, "الأول": {m: 12}, "الاول": {m: 12},
		"ثاني": {m: 1}, "ثانى": {m: 1}, "أول": {m: 12}, "اول": {m: 12}}),
	n("تشرين"): fold(map[string]monthInfo{"الأول": {m: 10}, "الاول": {m: 10}, "الثاني": {m: 11},
		"أول": {m: 10}, "اول": {m: 10}, "ثاني": {m: 11}, "ثانى": {m: 11}}),
	n("ربيع"): fold(map[string]monthInfo{"الأول": {m: 3, hijri: true}, "الثاني": {m: 4, hijri: true},
		"الآخر": {m: 4, hijri: true}, "الاخر": {m: 4, hijri: true}}),
	n("جمادى"): fold(map[string]monthInfo{"الأولى": {m: 5, hijri: true}, "الأول": {m: 5, hijri: true},
		"الآخرة": {m: 6, hijri: true}, "الثانية": {m: 6, hijri: true}, "الاخرة": {m: 6, hijri: true}, "الثاني": {m: 6, hijri: true}}),
	n("جمادي"): fold(map[string]monthInfo{"الأولى": {m: 5, hijri: true}, "الآخرة": {m: 6, hijri: true}, "الثانية": {m: 6, hijri: true}}),
	n("ذو"):    fold(map[string]monthInfo{"القعدة": {m: 11, hijri: true}, "الحجة": {m: 12, hijri: true}}),
	n("ذي"):    fold(map[string]monthInfo{"القعدة": {m: 11, hijri: true}, "الحجة": {m: 12, hijri: true}}),
}

// weekdays maps a weekday name to time.Weekday values (Sunday 0). Forms
// without ال are used in "احد الاسبوع الماضي" and after "يوم".
var weekdays = fold(map[string]int{
	"الأحد": 0, "الاحد": 0, "الإثنين": 1, "الاثنين": 1, "الاتنين": 1, "الثلاثاء": 2, "الثلاثا": 2,
	"الأربعاء": 3, "الاربعاء": 3, "الاربعا": 3, "الخميس": 4, "الجمعة": 5, "الجمعه": 5, "السبت": 6,
})

var weekdaysBare = fold(map[string]int{
	"أحد": 0, "احد": 0, "اثنين": 1, "إثنين": 1, "ثلاثاء": 2, "ثلاثا": 2, "أربعاء": 3, "اربعاء": 3, "اربعا": 3,
	"خميس": 4, "جمعة": 5, "سبت": 6,
})

// unitInfo is one form of a unit of time.
type unitInfo struct {
	g    Grain
	dual bool // the dual form: two units
	sing bool // the singular: one unit when it stands alone
	def  bool // written with ال
	mult float64
}

// units maps the forms of the units of time.
var units = fold(map[string]unitInfo{
	"ثانية": {g: Second, sing: true}, "ثانيه": {g: Second, sing: true}, "ثوان": {g: Second}, "ثواني": {g: Second}, "ثوانٍ": {g: Second},
	"ثانيتين": {g: Second, dual: true}, "ثانيتان": {g: Second, dual: true}, "لحظة": {g: Second, sing: true},
	"دقيقة": {g: Minute, sing: true}, "دقائق": {g: Minute}, "دقيقتين": {g: Minute, dual: true}, "دقيقتان": {g: Minute, dual: true},
	"ساعة": {g: Hour, sing: true}, "ساعات": {g: Hour}, "ساعتين": {g: Hour, dual: true}, "ساعتان": {g: Hour, dual: true},
	"يوم": {g: Day, sing: true}, "يوما": {g: Day}, "أيام": {g: Day}, "ايام": {g: Day}, "يومين": {g: Day, dual: true}, "يومان": {g: Day, dual: true},
	"أسبوع": {g: Week, sing: true}, "اسبوع": {g: Week, sing: true}, "أسبوعا": {g: Week}, "أسابيع": {g: Week}, "اسابيع": {g: Week},
	"أسبوعين": {g: Week, dual: true}, "أسبوعان": {g: Week, dual: true},
	"شهر": {g: Month, sing: true}, "شهرا": {g: Month}, "أشهر": {g: Month}, "شهور": {g: Month}, "شهرين": {g: Month, dual: true}, "شهران": {g: Month, dual: true},
	"سنة": {g: Year, sing: true}, "سنوات": {g: Year}, "سنين": {g: Year}, "سنتين": {g: Year, dual: true}, "سنتان": {g: Year, dual: true},
	"عام": {g: Year, sing: true}, "عاما": {g: Year}, "أعوام": {g: Year}, "عامين": {g: Year, dual: true}, "عامان": {g: Year, dual: true},
	"عقد": {g: Year, sing: true, mult: 10}, "عقدا": {g: Year, sing: true, mult: 10}, "عقود": {g: Year, mult: 10}, "عقدين": {g: Year, dual: true, mult: 10}, "عقدان": {g: Year, dual: true, mult: 10},
	"قرن": {g: Year, sing: true, mult: 100}, "قرون": {g: Year, mult: 100}, "قرنين": {g: Year, dual: true, mult: 100}, "قرنان": {g: Year, dual: true, mult: 100},
	// Definite plurals, used in "الساعات الـ72 الماضية", "الأيام الثلاثة المقبلة".
	"الساعات": {g: Hour, def: true}, "الأيام": {g: Day, def: true}, "الايام": {g: Day, def: true}, "الأسابيع": {g: Week, def: true},
	"الاسابيع": {g: Week, def: true}, "الأشهر": {g: Month, def: true}, "الشهور": {g: Month, def: true}, "السنوات": {g: Year, def: true},
	"الأعوام": {g: Year, def: true}, "الدقائق": {g: Minute, def: true},
})

// Parts of the day.
const (
	partNone      = iota
	partDawn      // فجر: times as written (am)
	partMorning   // صباح: am
	partNoon      // ظهر: 12, and 1–6 read as pm
	partAfternoon // عصر، بعد الظهر: pm
	partEvening   // مساء، بعد المغرب: pm
	partNight     // ليل: pm from 6 to 11, am otherwise
	partBeforeNoon
)

// parts maps part-of-day words.
var parts = fold(map[string]int{
	"فجر": partDawn, "فجرا": partDawn, "الفجر": partDawn, "صباح": partMorning, "صباحا": partMorning,
	"الصباح": partMorning, "الصبح": partMorning, "صبحا": partMorning, "ظهر": partNoon, "ظهرا": partNoon, "الظهر": partNoon,
	"الظهيرة": partNoon, "عصر": partAfternoon, "عصرا": partAfternoon, "العصر": partAfternoon,
	"مساء": partEvening, "مساءا": partEvening, "المساء": partEvening, "العشاء": partEvening, "المغرب": partEvening,
	"ليل": partNight, "ليلا": partNight, "الليل": partNight, "ليلة": partNight, "الليلة": partNight,
})

// relDays maps words for days counted from today.
var relDays = fold(map[string]int{
	"اليوم": 0, "امس": -1, "أمس": -1, "البارحة": -1, "امبارح": -1, "مبارح": -1,
	"غدا": 1, "غد": 1, "الغد": 1, "بكرة": 1, "بكرا": 1, "باكر": 1,
})

// Directions of modifiers like الماضي, المقبل, الحالي.
const (
	modNone = iota
	modPast
	modNext
	modThis
	modSoon // not a word: a bare weekday after a future cue (on or after the reference day)
)

var modifiers = fold(map[string]int{
	"الماضي": modPast, "الماضية": modPast, "الماض": modPast, "السابق": modPast, "السابقة": modPast,
	"المنصرم": modPast, "المنصرمة": modPast, "الفائت": modPast, "الفائتة": modPast, "المنقضي": modPast,
	"القادم": modNext, "القادمة": modNext, "المقبل": modNext, "المقبلة": modNext, "التالي": modNext,
	"التالية": modNext, "الجاي": modNext, "الآتي": modNext, "الاتي": modNext,
	"الحالي": modThis, "الحالية": modThis, "الجاري": modThis, "الجارية": modThis, "هذا": modThis, "هذه": modThis,
})

// ordinals maps ordinal words (masculine and feminine) to 1–10, and the
// cardinal words to their values; "عشر"/"عشرة" after a unit adds ten.
var ordinals = fold(map[string]int{
	"الأول": 1, "الاول": 1, "الأولى": 1, "اول": 1, "أول": 1, "الحادي": 1, "الحادية": 1, "حادي": 1, "الواحدة": 1,
	"الثاني": 2, "الثانية": 2, "ثاني": 2, "ثان": 2, "الثالث": 3, "الثالثة": 3, "ثالث": 3, "الرابع": 4, "الرابعة": 4, "رابع": 4,
	"الخامس": 5, "الخامسة": 5, "خامس": 5, "السادس": 6, "السادسة": 6, "سادس": 6, "السابع": 7, "السابعة": 7, "سابع": 7,
	"الثامن": 8, "الثامنة": 8, "ثامن": 8, "التاسع": 9, "التاسعة": 9, "تاسع": 9, "العاشر": 10, "العاشرة": 10, "عاشر": 10,
	"العشرون": 20, "العشرين": 20, "الثلاثون": 30, "الثلاثين": 30,
})

var cardinals = fold(map[string]int{
	"واحد": 1, "واحدة": 1, "احد": 1, "احدى": 1, "إحدى": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنتا": 2, "اثنا": 2, "اثني": 2, "ثنتين": 2,
	"ثلاث": 3, "ثلاثة": 3, "اربع": 4, "أربع": 4, "اربعة": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7,
	"ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
	"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "اربعون": 40, "أربعين": 40, "اربعين": 40,
	"خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
	"تسعون": 90, "تسعين": 90, "مئة": 100, "مائة": 100, "مئات": 0, "مية": 100,
})

// fractions maps the fraction words used with units and clock times.
var fractions = fold(map[string]float64{"نصف": 0.5, "نص": 0.5, "النصف": 0.5, "ربع": 0.25, "ربعا": 0.25, "الربع": 0.25, "ثلث": 1.0 / 3, "ثلثا": 1.0 / 3, "الثلث": 1.0 / 3})

// zones maps the places of "بتوقيت …" to fixed UTC offsets in minutes,
// without daylight saving time.
var zones = fold(map[string]int{
	"غرينتش": 0, "غرينيتش": 0, "جرينتش": 0, "جرينيتش": 0, "gmt": 0, "utc": 0, "لندن": 0,
	"مكة": 180, "المكرمة": 180, "الرياض": 180, "السعودية": 180, "بغداد": 180, "الكويت": 180, "الدوحة": 180, "موسكو": 180, "انقرة": 180, "أنقرة": 180,
	"بيروت": 120, "دمشق": 120, "القدس": 120, "عمان": 120, "القاهرة": 120, "طرابلس": 120,
	"أبوظبي": 240, "ابوظبي": 240, "دبي": 240, "الإمارات": 240, "طهران": 210, "تونس": 60, "الجزائر": 60, "الرباط": 60,
})

// n folds one key.
func n(s string) string { return arabic.Normalize(arabic.Match, s) }

// fold returns m with its keys folded to the Match level.
func fold[V any](m map[string]V) map[string]V {
	out := make(map[string]V, len(m))
	for k, v := range m {
		out[n(k)] = v
	}
	return out
}

var noTok tok

// Bits of tok.hit: the lexicons a form of the word is in. They are set
// once by scan, so that the rules test membership without hashing.
const (
	bWeekday uint32 = 1 << iota
	bWeekdayBare
	bMonth
	bMonth2
	bPart
	bRelDay
	bOrdinal
	bCardinal
	bUnit
	bUnitAl
	bCardinalAl
	bModifier
	bFraction
	bZone
	bTrig
	bWeak // a function word that starts a mention only before a number or a trigger
)

// weakStarts are the function words that begin mentions ("في 2017", "من
// 5 إلى 7", "بعد يومين") but only when a number or a trigger word follows
// them; Find skips them otherwise without trying the rules.
var weakStarts = []string{"في", "من", "بين", "بعد", "قبل", "منذ", "خلال", "حتى", "لغاية", "عند", "هذا", "هذه",
	"نحو", "حوالي", "قرابة", "زهاء", "بحدود", "غضون", "وقت", "على"}

// unitsAl and cardinalsAl are units and cardinals with ال written before
// them ("اليومين", "الثلاثة").
var (
	unitsAl     = withAl(units)
	cardinalsAl = withAl(cardinals)
)

func withAl[V any](m map[string]V) map[string]V {
	out := make(map[string]V, len(m))
	for k, v := range m {
		out[wAl+k] = v
	}
	return out
}

// lexBits maps each form to the lexicons it is in (bTrig: a mention may
// start with it).
var lexBits = func() map[string]lexHit {
	b := map[string]lexHit{}
	set := func(bit uint32, keys func(yield func(string) bool)) {
		for k := range keys {
			e := b[k]
			e.bits |= bit
			b[k] = e
		}
	}
	set(bWeekday, keysOf(weekdays))
	set(bWeekdayBare, keysOf(weekdaysBare))
	set(bMonth, keysOf(months))
	set(bMonth2, keysOf(months2))
	set(bPart, keysOf(parts))
	set(bRelDay, keysOf(relDays))
	set(bOrdinal, keysOf(ordinals))
	set(bCardinal, keysOf(cardinals))
	set(bUnit, keysOf(units))
	set(bUnitAl, keysOf(unitsAl))
	set(bCardinalAl, keysOf(cardinalsAl))
	set(bModifier, keysOf(modifiers))
	set(bFraction, keysOf(fractions))
	set(bZone, keysOf(zones))
	set(bTrig, keysOf(triggers))
	for _, k := range weakStarts {
		e := b[n(k)]
		e.bits |= bWeak
		b[n(k)] = e
	}
	// The rules each form may start (see ruleStart).
	for i, r := range rules {
		for _, w := range strings.Fields(r.words) {
			e := b[n(w)]
			e.rules |= 1 << i
			b[n(w)] = e
		}
		for k, e := range b {
			if e.bits&r.lex != 0 {
				e.rules |= 1 << i
				b[k] = e
			}
		}
	}
	return b
}()

// lexHit is what lexBits knows of a form.
type lexHit struct {
	bits  uint32 // the lexicons (b… bits)
	rules uint32 // the rules that may start at it (bit i: rules[i])
}

func keysOf[V any](m map[string]V) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// lk finds token t's word, or the word without its clitics, in m, whose
// bit in tok.hit is bit.
func lk[V any](m map[string]V, bit uint32, t *tok) (V, bool) {
	if t.any&bit != 0 {
		for f := range t.nf {
			if t.hit[f]&bit != 0 {
				return m[t.fs[f]], true
			}
		}
	}
	var zero V
	return zero, false
}

// exact finds token t's word as written (clitics and all) in m.
func exact[V any](m map[string]V, bit uint32, t *tok) (V, bool) {
	if t.nf > 0 && t.hit[0]&bit != 0 {
		return m[t.fs[0]], true
	}
	var zero V
	return zero, false
}

// afterWa finds token t's word without its leading و in m; the caller has
// checked that it starts with و.
func afterWa[V any](m map[string]V, bit uint32, t *tok) (V, bool) {
	if t.nf > 1 && t.hit[1]&bit != 0 && len(t.w) > 2 && t.fs[1] == t.w[2:] {
		return m[t.fs[1]], true
	}
	var zero V
	return zero, false
}

// triggers are the words a mention can start with; other words are skipped
// without trying the rules.
var triggers = func() map[string]bool {
	t := map[string]bool{}
	for k := range months {
		t[k] = true
	}
	for k := range months2 {
		t[k] = true
	}
	for _, m := range []map[string]int{weekdays, weekdaysBare, parts, relDays, ordinals, cardinals} {
		for k := range m {
			t[k] = true
		}
	}
	for k := range units {
		t[k] = true
		t["ال"+k] = true
	}
	for k := range fractions {
		t[k] = true
	}
	for _, k := range []string{"من", "بين", "في", "يوم", "اليوم", "شهر", "الشهر", "عام", "العام", "سنة", "السنة",
		"عامي", "سنتي", "العامين", "الأسبوع", "الاسبوع", "هذا", "هذه", "الساعة", "عند", "حوالي", "بحدود", "قرابة",
		"نحو", "زهاء", "بعد", "قبل", "منذ", "خلال", "غضون", "أول", "حتى", "لغاية", "منتصف", "نص", "نصف", "بداية",
		"مطلع", "نهاية", "أوائل", "أواسط", "أواخر", "عيد", "رأس", "الآن", "حالا", "اب", "الليلة", "امبارح",
		"آخر", "آخرة", "عطلة", "إجازة", "تمام", "وقت"} {
		t[n(k)] = true
	}
	return t
}()
