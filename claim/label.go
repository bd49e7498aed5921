package claim

import "strings"

// categoryAr names the quantity stage's categories in Arabic.
var categoryAr = map[string]string{
	"people": "أشخاص", "places": "أماكن", "fighters": "مقاتلون", "money": "مال", "weapons": "أسلحة",
	"time": "وقت", "vehicles": "آليات", "buildings": "مبانٍ", "soldiers": "جنود", "prisoners": "أسرى",
	"groups": "مجموعات", "distance": "مسافة", "attacks": "هجمات", "area": "مساحة", "aircraft": "طائرات",
	"ships": "سفن", "leaders": "قادة", "weight": "وزن", "operations": "عمليات", "killed": "قتلى",
	"bodies": "جثث", "aid": "مساعدات", "wounded": "جرحى", "family": "عائلات", "children": "أطفال",
	"women": "نساء", "volume": "حجم", "times": "مرات", "missing": "مفقودون", "men": "رجال",
	"elderly": "مسنّون", "countries": "دول", "convoys": "قوافل", "civilians": "مدنيون", "buses": "حافلات",
}

// eventAr names the claim package's event classes in Arabic.
var eventAr = map[string]string{
	"killed": "قُتلوا", "struck": "أُصيبت أو دُمّرت", "turned back": "عادت أدراجها", "arrived": "وصلت",
	"left": "غادرت", "stopped": "توقفت أو عَلِقت", "total with families": "المجموع مع العائلات",
}

// CategoryLabel names a quantity category in Arabic, or returns it as it
// is when it has no Arabic name.
func CategoryLabel(category string) string {
	if ar := categoryAr[category]; ar != "" {
		return ar
	}
	return category
}

// Label names a compared claim in Arabic for a reader: its category (or
// counted word) and its subject, events in Arabic ("مقاتلون — داعش، عادت
// أدراجها").
func Label(c Comparison) string {
	what := categoryAr[c.Category]
	if what == "" {
		what = c.Category
	}
	if c.Counted != "" && categoryAr[c.Category] == "" {
		what = c.Counted
	}
	if c.Subject == "" {
		return what
	}
	var parts []string
	for _, p := range strings.Split(c.Subject, " / ") {
		if ar, ok := eventAr[p]; ok {
			p = ar
		}
		parts = append(parts, p)
	}
	return what + " — " + strings.Join(parts, "، ")
}
