package quantity

import (
	"slices"
	"strings"

	"github.com/isnad-news/isnad/arabic"
)

// The word lists below were written by the isnad authors for this package
// (no outside source). They are written as news sites spell the words and
// Match-normalized when the package loads.

// hedgeKind says how a hedge turns a number X into a range.
type hedgeKind uint8

const (
	// hedgeApprox is "about X": Min = Max = X, Approx set.
	hedgeApprox hedgeKind = iota + 1
	// hedgeMin is "more than X", "at least X": Min = X, no Max.
	hedgeMin
	// hedgeMax is "less than X", "up to X": Max = X, no Min.
	hedgeMax
	// hedgeBetween opens a range "between X and Y".
	hedgeBetween
	// hedgeFrom opens a range "from X to Y".
	hedgeFrom
)

// hedge is a phrase that qualifies a number.
type hedge struct {
	words []string // Match-normalized words, in text order
	kind  hedgeKind
}

// beforeHedges are written just before the number, longest first (see
// newHedges).
var beforeHedges = newHedges(map[hedgeKind][]string{
	hedgeApprox: {
		"نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "ما يقارب من", "يقارب",
		"ما يقرب من", "يقرب من", "ما يناهز", "يناهز", "في حدود", "بحدود", "تقريبا",
		"ما يقدر ب", "يقدر ب", "قرابه",
	},
	hedgeMin: {
		"أكثر من", "أزيد من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "يزيد على",
		"ما يربو على", "يربو على", "فوق", "ما فوق", "ما لا يقل عن", "لا يقل عن",
		"ما يفوق", "يفوق", "ما يتجاوز", "يتجاوز",
	},
	hedgeMax: {
		"أقل من", "دون", "ما دون", "ما لا يزيد عن", "ما لا يزيد على", "لا يزيد عن",
		"لا يزيد على", "ما لا يتجاوز", "لا يتجاوز", "حتى", "بحد أقصى",
	},
	hedgeBetween: {
		"بين", "ما بين", "يتراوح بين", "ما يتراوح بين", "تتراوح بين", "تراوح بين",
		"يتراوح ما بين", "تتراوح ما بين",
	},
	hedgeFrom: {"من"},
})

// afterHedges follow the number or its counted noun.
var afterHedges = newHedges(map[hedgeKind][]string{
	hedgeApprox: {"تقريبا", "أو نحو ذلك"},
	hedgeMin:    {"على الأقل", "أو أكثر", "وأكثر", "ونيف", "ونيفا", "أو يزيد"},
	hedgeMax:    {"على الأكثر", "أو أقل", "كحد أقصى", "بحد أقصى"},
})

// hedges indexes hedge phrases by their first and last words, each list
// longest first.
type hedges struct {
	byFirst, byLast map[string][]hedge
}

// newHedges normalizes the phrases and indexes them.
func newHedges(m map[hedgeKind][]string) hedges {
	var all []hedge
	for k, list := range m {
		for _, p := range list {
			all = append(all, hedge{words: strings.Fields(arabic.Normalize(arabic.Match, p)), kind: k})
		}
	}
	slices.SortFunc(all, func(a, b hedge) int {
		if len(a.words) != len(b.words) {
			return len(b.words) - len(a.words)
		}
		return strings.Compare(strings.Join(a.words, " "), strings.Join(b.words, " "))
	})
	hs := hedges{byFirst: map[string][]hedge{}, byLast: map[string][]hedge{}}
	for _, h := range all {
		hs.byFirst[h.words[0]] = append(hs.byFirst[h.words[0]], h)
		last := h.words[len(h.words)-1]
		hs.byLast[last] = append(hs.byLast[last], h)
	}
	return hs
}

// wordSet builds a set of Match-normalized words.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[arabic.Normalize(arabic.Match, w)] = true
	}
	return m
}

// months are month names of the Syriac (Levant, Iraq), Western (Egypt,
// Gulf), Maghreb (Morocco, Algeria, Tunisia) and Hijri calendars; a number
// next to one is part of a date. Two-word names are listed by their first
// word (كانون، تشرين، ربيع، جمادى) or, for ذو القعدة and ذو الحجة, by
// their second.
var months = wordSet(
	// Syriac
	"كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
	// Western
	"يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه",
	"أغسطس", "أغسطوس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
	// Maghreb
	"جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت", "غشت", "شتنبر", "نونبر", "دجنبر",
	// Hijri
	"محرم", "صفر", "ربيع", "جمادى", "جمادي", "رجب", "شعبان", "رمضان", "شوال", "القعدة", "الحجة",
)

// monthSecond are the second words of two-word month names, which follow a
// year ("تشرين الأول 2017").
var monthSecond = wordSet("الأول", "الثاني", "الآخر", "الآخرة", "الأولى")

// yearWords before a number mark it as a year: "عام 2017", "منذ 2014".
var yearWords = wordSet("عام", "العام", "لعام", "سنة", "السنة", "لسنة", "منذ", "مواليد", "موسم", "الموسم")

// labelWords before a number mark it as a label, not a quantity: "المادة
// 5", "الصفحة 12", "رقم 3", "الطريق 4".
var labelWords = wordSet(
	"رقم", "الرقم", "برقم", "صفحة", "الصفحة", "ص", "المادة", "مادة", "الفقرة", "فقرة",
	"البند", "بند", "القرار", "قرار", "الحلقة", "حلقة", "الجزء", "جزء", "الفصل", "العدد",
	"الطريق", "طريق", "الدورة", "الصف", "الغرفة", "الباب", "القانون", "قانون", "المرسوم",
	"مرسوم", "الآية", "آية", "سورة", "الإصدار", "النسخة", "نسخة", "الطابق", "المنطقة",
	"القطاع", "الكيلو", "الحافلة", "المبنى", "اللواء", "الفرقة", "الكتيبة", "جي", "إف",
	"قناة", "القناة", "لقناة", "نتيجة", "بنتيجة", "النتيجة", "الدقيقة", "المرتبة", "المركز",
	"الموديل", "طراز", "الطراز",
)

// timeWords before a number mark a time of day: "الساعة 7".
var timeWords = wordSet("الساعة", "ساعة", "بالساعة", "للساعة")

// dayParts after a number mark a time of day: "7 مساء".
var dayParts = wordSet("صباحا", "صباح", "مساء", "مساءً", "ظهرا", "ظهر", "فجرا", "فجر", "ليلا", "عصرا", "بتوقيت", "ص", "م", "هـ")

// anaphors stand for the previous quantity ("ومثلهم", "ضعفهم"); the value
// is the factor applied to it.
var anaphors = map[string]float64{
	"مثلهم": 1, "مثلها": 1, "مثله": 1, "مثلهن": 1, "مثلهما": 1,
	"ضعفهم": 2, "ضعفها": 2, "ضعفه": 2, "ضعفهن": 2,
}
