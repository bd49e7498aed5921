package extract

import (
	"strconv"
	"time"

	"github.com/isnad-news/isnad"
)

// Dates are read from tokens (see tokenize), so Arabic-Indic digits,
// alef and yeh spellings and diacritics do not matter. Recognized forms:
//
//	2017-09-16, 2017/9/16, 2017.09.16, 2017-09-16T10:00:00+03:00   year first
//	16/9/2017, 16-09-2017, 16.09.2017                              day first (month first only when the day is over 12)
//	16 أيلول 2017, 16 سبتمبر 2017, 16 أيلول/سبتمبر 2017, 16 سبتمبر (أيلول)، 2017م
//	September 16, 2017, سبتمبر 16، 2017                            month first
//
// with a weekday, a time, a Hijri date and labels such as "نشر في:" around
// them in date lines. Years must be 1900–2100: Hijri years and stray numbers
// are not Gregorian dates.

// monthNames maps folded month names to months: the Levantine and Iraqi
// names, the Egyptian and Gulf names, the Maghreb spellings (Algeria,
// Tunisia, Morocco) and English names and abbreviations. Two-word names are
// in monthPairs. Compiled for this package from common usage.
var monthNames = foldMonths(map[string]time.Month{
	// Levantine.
	"شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
	// Egyptian and Gulf, with spelling variants.
	"يناير": 1, "فبراير": 2, "فبرایر": 2, "فبرير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "أبرايل": 4,
	"مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "أغسطوس": 8, "اغسطس": 8,
	"سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
	// Maghreb.
	"جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "جويليه": 7, "أوت": 8,
	"يوليوز": 7, "غشت": 8, "أغشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
	// English.
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
})

// monthPairs maps the first word of a two-word Levantine month name to its
// second words: كانون الثاني is January, كانون الأول December, تشرين الأول
// October and تشرين الثاني November (also written without the article).
var monthPairs = map[string]map[string]time.Month{
	fold("كانون"): foldMonths(map[string]time.Month{"الثاني": 1, "ثاني": 1, "الأول": 12, "أول": 12}),
	fold("تشرين"): foldMonths(map[string]time.Month{"الأول": 10, "أول": 10, "الثاني": 11, "ثاني": 11}),
}

func foldMonths(m map[string]time.Month) map[string]time.Month {
	out := make(map[string]time.Month, len(m))
	for k, v := range m {
		out[fold(k)] = v
	}
	return out
}

// weekdays are the day names that may precede a date.
var weekdays = newWordSet(
	"الأحد", "أحد", "الاثنين", "الإثنين", "الاتنين", "اثنين", "الثلاثاء", "ثلاثاء", "الأربعاء", "أربعاء",
	"الخميس", "خميس", "الجمعة", "جمعة", "السبت", "سبت",
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
)

// dateFillers are the words a date line may hold besides the date: labels,
// time-of-day and time-zone words, and the words of a Hijri date.
var dateFillers = newWordSet(
	// Labels.
	"نشر", "نشرت", "نُشر", "منشور", "النشر", "تاريخ", "بتاريخ", "التاريخ", "أضيف", "أضيفت", "الإضافة",
	"في", "تم", "يوم", "بيوم", "اليوم", "الموافق", "الساعة", "الساعه", "آخر", "اخر", "تحديث", "التحديث",
	"محدث", "محدّث", "حدث", "تعديل", "التعديل", "published", "posted", "updated", "last", "modified",
	"on", "at", "date", "created", "رقم", "العدد", "عدد",
	// Time of day and zones.
	"ص", "م", "صباحا", "صباحاً", "مساء", "مساءً", "مساءا", "ظهرا", "ظهراً", "فجرا", "ليلا", "عصرا",
	"am", "pm", "gmt", "utc", "t", "z", "ت", "غ", "بتوقيت", "توقيت", "غرينتش", "غرينيتش", "جرينتش",
	"مكة", "المكرمة", "القدس", "بيروت", "دمشق", "القاهرة", "بغداد", "الرياض", "عمان", "الدوحة", "أبوظبي",
	// Hijri months and era.
	"هـ", "ه", "محرم", "صفر", "ربيع", "الأول", "الثاني", "الآخر", "الاخر", "جمادى", "جمادي", "الأولى",
	"الآخرة", "الاخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذي", "القعدة", "الحجة",
)

// updateWords mark a date line as the last-update date.
var updateWords = newWordSet("تحديث", "التحديث", "محدث", "محدّث", "حدث", "تعديل", "التعديل", "updated", "modified")

// parseDate returns the first Gregorian date written anywhere in s.
func parseDate(s string) (isnad.Date, bool) {
	toks := tokenize(s)
	for i := range toks {
		if d, _, ok := dateAt(toks, i); ok {
			return d, true
		}
	}
	return isnad.Date{}, false
}

// parseDateLine reports whether s is a date line: dates with nothing else
// but labels, weekdays, times of day, a Hijri date, numbers and punctuation
// ("أضيف بتاريخ :2017/10/11", "الأحد 16 أيلول 2017 - 10:30 ص"). It returns
// the first date labelled (or not labelled) as a publication date and the
// first labelled as an update ("نشر في: … | آخر تحديث: …"); a label
// applies to the date after it.
func parseDateLine(s string) (published, updated isnad.Date, ok bool) {
	toks := tokenize(s)
	if len(toks) == 0 || len(toks) >= maxTokens {
		return isnad.Date{}, isnad.Date{}, false
	}
	update := false
	for i := 0; i < len(toks); {
		if d, n, found := dateAt(toks, i); found {
			if update {
				if updated.IsZero() {
					updated = d
				}
			} else if published.IsZero() {
				published = d
			}
			ok = true
			update = false
			i += n
			continue
		}
		t := toks[i]
		if t.kind == tokWord {
			if !dateFillers[t.f] && !weekdays[t.f] && !isWeekdayWithPrefix(t.f) {
				return isnad.Date{}, isnad.Date{}, false
			}
			if updateWords[t.f] {
				update = true
			}
		}
		i++
	}
	return published, updated, ok
}

// isWeekdayWithPrefix accepts a weekday with a attached و or ب ("والأحد").
func isWeekdayWithPrefix(w string) bool {
	if len(w) > 2 && (w[:2] == "و" || w[:2] == "ب") {
		return weekdays[w[2:]]
	}
	return false
}

// dateAt tries every date form at toks[i] and returns the date and the number
// of tokens it spans.
func dateAt(toks []token, i int) (isnad.Date, int, bool) {
	switch toks[i].kind {
	case tokNum:
		if d, n, ok := numericDate(toks, i); ok {
			return d, n, true
		}
		return dayMonthYear(toks, i)
	case tokWord:
		return monthDayYear(toks, i)
	}
	return isnad.Date{}, 0, false
}

// numericDate reads Y-M-D or D-M-Y with one separator among - / . used twice.
func numericDate(toks []token, i int) (isnad.Date, int, bool) {
	if i+4 >= len(toks) {
		return isnad.Date{}, 0, false
	}
	a, s1, b, s2, c := toks[i], toks[i+1], toks[i+2], toks[i+3], toks[i+4]
	if b.kind != tokNum || c.kind != tokNum || s1.kind != tokPunct || s1.f != s2.f {
		return isnad.Date{}, 0, false
	}
	if s1.f != "-" && s1.f != "/" && s1.f != "." {
		return isnad.Date{}, 0, false
	}
	// A fourth number joined by the same separator is not a date ("1/2/3/4").
	if i+6 < len(toks) && toks[i+5].f == s1.f && toks[i+5].start == c.end && toks[i+6].kind == tokNum {
		return isnad.Date{}, 0, false
	}
	na, nb, nc := num(a), num(b), num(c)
	switch {
	case len(a.f) == 4 && len(b.f) <= 2 && len(c.f) <= 2:
		if d, ok := makeDate(na, nb, nc); ok {
			return d, 5, true
		}
	case len(c.f) == 4 && len(a.f) <= 2 && len(b.f) <= 2:
		if d, ok := makeDate(nc, nb, na); ok {
			return d, 5, true
		}
		// Month first (9/16/2017) only when the second number is over 12
		// and so cannot be the month.
		if nb > 12 {
			if d, ok := makeDate(nc, na, nb); ok {
				return d, 5, true
			}
		}
	}
	return isnad.Date{}, 0, false
}

// dayMonthYear reads "16 أيلول 2017" with the variants listed at the top of
// the file.
func dayMonthYear(toks []token, i int) (isnad.Date, int, bool) {
	day := toks[i]
	if len(day.f) > 2 {
		return isnad.Date{}, 0, false
	}
	j := i + 1
	for j < i+3 && j < len(toks) && toks[j].kind == tokWord && (toks[j].f == "من" || toks[j].f == "شهر") {
		j++ // "16 من شهر أيلول"
	}
	m, j, ok := monthAt(toks, j)
	if !ok {
		return isnad.Date{}, 0, false
	}
	j = skipAltMonth(toks, j)
	if j < len(toks) && toks[j].kind == tokPunct && (toks[j].f == "," || toks[j].f == "،") {
		j++
	}
	if j >= len(toks) || toks[j].kind != tokNum || len(toks[j].f) != 4 {
		return isnad.Date{}, 0, false
	}
	d, ok := makeDate(num(toks[j]), int(m), num(day))
	if !ok {
		return isnad.Date{}, 0, false
	}
	return d, j + 1 - i, true
}

// monthDayYear reads "September 16, 2017" and "سبتمبر 16، 2017".
func monthDayYear(toks []token, i int) (isnad.Date, int, bool) {
	m, j, ok := monthAt(toks, i)
	if !ok {
		return isnad.Date{}, 0, false
	}
	j = skipAltMonth(toks, j)
	if j >= len(toks) || toks[j].kind != tokNum || len(toks[j].f) > 2 {
		return isnad.Date{}, 0, false
	}
	day := toks[j]
	j++
	if j < len(toks) && toks[j].kind == tokWord && (toks[j].f == "st" || toks[j].f == "nd" || toks[j].f == "rd" || toks[j].f == "th") {
		j++
	}
	if j < len(toks) && toks[j].kind == tokPunct && (toks[j].f == "," || toks[j].f == "،") {
		j++
	}
	if j >= len(toks) || toks[j].kind != tokNum || len(toks[j].f) != 4 {
		return isnad.Date{}, 0, false
	}
	d, ok := makeDate(num(toks[j]), int(m), num(day))
	if !ok {
		return isnad.Date{}, 0, false
	}
	return d, j + 1 - i, true
}

// monthAt reads a one- or two-word month name at toks[i].
func monthAt(toks []token, i int) (time.Month, int, bool) {
	if i >= len(toks) || toks[i].kind != tokWord {
		return 0, i, false
	}
	if second, ok := monthPairs[toks[i].f]; ok {
		if i+1 < len(toks) && toks[i+1].kind == tokWord {
			if m, ok := second[toks[i+1].f]; ok {
				return m, i + 2, true
			}
		}
		return 0, i, false
	}
	if m, ok := monthNames[toks[i].f]; ok {
		return m, i + 1, true
	}
	return 0, i, false
}

// skipAltMonth skips a second name of the same month after the first:
// "أيلول/سبتمبر", "أيلول - سبتمبر", "سبتمبر (أيلول)".
func skipAltMonth(toks []token, j int) int {
	if j >= len(toks) || toks[j].kind != tokPunct {
		return j
	}
	switch toks[j].f {
	case "/", "-", "–":
		if _, k, ok := monthAt(toks, j+1); ok {
			return k
		}
	case "(":
		if _, k, ok := monthAt(toks, j+1); ok && k < len(toks) && toks[k].f == ")" {
			return k + 1
		}
	}
	return j
}

func num(t token) int {
	n, err := strconv.Atoi(t.f)
	if err != nil {
		return -1
	}
	return n
}

// makeDate returns the date when it names a real day in 1900–2100.
func makeDate(y, m, d int) (isnad.Date, bool) {
	if y < 1900 || y > 2100 {
		return isnad.Date{}, false
	}
	return isnad.MakeDate(y, time.Month(m), d)
}
