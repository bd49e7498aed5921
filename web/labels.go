package web

import (
	"fmt"
	"html/template"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/claim"
	"github.com/isnad-news/isnad/desk"
)

// typeAr names entity types in Arabic.
var typeAr = map[string]string{
	"PER": "شخص", "ORG": "منظمة", "LOC": "مكان", "GPE": "دولة أو إقليم", "MEDIA": "وسيلة إعلام",
	"MISC": "أخرى", "OUTLET": "الموقع الناشر", "UNNAMED": "مصدر غير مسمّى",
}

var monthAr = [...]string{"", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}

// dateAr writes a date as "30 أغسطس 2017"; "" for the zero date.
func dateAr(d isnad.Date) string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d %s %d", d.Day, monthAr[d.Month], d.Year)
}

// dateRangeAr writes a story's dates.
func dateRangeAr(first, last isnad.Date) string {
	switch {
	case first.IsZero() && last.IsZero():
		return "بلا تاريخ"
	case first == last || last.IsZero():
		return dateAr(first)
	case first.IsZero():
		return dateAr(last)
	}
	return dateAr(first) + " – " + dateAr(last)
}

// valueAr writes a resolved date value ("2017-08-30", "2017-08", "2017")
// in Arabic words, or the value as it is.
func valueAr(v string) string {
	if d, err := isnad.ParseDate(v); err == nil {
		return dateAr(d)
	}
	if len(v) == 7 && v[4] == '-' {
		y, err1 := strconv.Atoi(v[:4])
		m, err2 := strconv.Atoi(v[5:])
		if err1 == nil && err2 == nil && m >= 1 && m <= 12 {
			return fmt.Sprintf("%s %d", monthAr[m], y)
		}
	}
	return v
}

func num(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64)
}

// rangeAr writes a figure's range: "300", "300–500", "250 فأكثر", "نحو
// 300". A range is its own hedge: an approximate range (عشرات, 20–99) is
// written as the range.
func rangeAr(min, max *float64, approx bool) string {
	var s string
	switch {
	case min == nil && max == nil:
		return "—"
	case min != nil && max != nil && *min == *max:
		s = num(*min)
		if approx {
			s = "نحو " + s
		}
		return s
	case min != nil && max != nil:
		s = num(*min) + "–" + num(*max)
	case min != nil:
		s = num(*min) + " فأكثر"
	default:
		s = "حتى " + num(*max)
	}
	return s
}

// chainAr writes a chain of transmission, the origin first: "نيويورك
// تايمز ← الميادين".
func chainAr(chain []isnad.Source) string {
	var names []string
	for _, s := range chain {
		n := s.Name
		if n == "" {
			n = typeAr[s.Type]
		}
		names = append(names, n)
	}
	return strings.Join(names, " ← ")
}

// bidiControls are the characters that reorder text around them.
func isBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F || r == 0x061C
}

// inert escapes s for HTML and shows each bidirectional control character
// as a visible mark, so that untrusted text neither adds markup nor
// reorders what is around it.
func inert(s string) template.HTML {
	var b strings.Builder
	start := 0
	for i, r := range s {
		if !isBidiControl(r) {
			continue
		}
		b.WriteString(template.HTMLEscapeString(s[start:i]))
		fmt.Fprintf(&b, `<span class="ctl" title="U+%04X">⟦U+%04X⟧</span>`, r, r)
		start = i + len(string(r))
	}
	b.WriteString(template.HTMLEscapeString(s[start:]))
	return template.HTML(b.String())
}

// stripBidi drops bidirectional control characters, for text that cannot
// hold markup (the page title).
func stripBidi(s string) string {
	return strings.Map(func(r rune) rune {
		if isBidiControl(r) {
			return -1
		}
		return r
	}, s)
}

// conflictLine is the one-line account of a story's conflicts: the first
// two claims in conflict with their distinct answers.
func conflictLine(s *desk.Story) string {
	compared := 0
	for _, c := range s.Comparisons {
		if len(c.Answers) > 1 {
			compared++
		}
	}
	if compared == 0 {
		return "لا أرقام تتكرر بين المقالات للمقارنة"
	}
	var parts []string
	for _, c := range s.Comparisons {
		if !c.Conflict {
			continue
		}
		if len(parts) == 2 {
			parts = append(parts, "…")
			break
		}
		var vals []string
		for _, a := range c.Answers {
			v := rangeAr(a.Min, a.Max, a.Approx)
			if !slices.Contains(vals, v) {
				vals = append(vals, v)
			}
		}
		parts = append(parts, claim.Label(c)+": "+strings.Join(vals, " / "))
	}
	if len(parts) == 0 {
		return fmt.Sprintf("تتفق المقالات على الأرقام المقارنة (%d)", compared)
	}
	return fmt.Sprintf("تعارض في %d من %d: %s", s.Conflicts(), len(s.Comparisons), strings.Join(parts, "؛ "))
}
