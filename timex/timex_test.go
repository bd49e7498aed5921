package timex

import (
	"strings"
	"testing"
	"time"
)

// ref is the reference of the assistant-style tests: a Tuesday.
var ref = time.Date(2013, 2, 12, 4, 30, 0, 0, time.FixedZone("", -2*3600))

// news is the reference of the news tests: published 2017-09-16 (a
// Saturday), midnight UTC.
var news = time.Date(2017, 9, 16, 0, 0, 0, 0, time.UTC)

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		news bool   // news reference, Dir Past
		text string // the mention; "" for the whole input
		want string // ISO value, or "from..to" for an interval, or "-" for no mention
		g    Grain
	}{
		{name: "today", in: "وصل الوفد اليوم", text: "اليوم", want: "2013-02-12", g: Day},
		{name: "yesterday", in: "أمس", want: "2013-02-11", g: Day},
		{name: "yesterday colloquial", in: "البارحة", want: "2013-02-11", g: Day},
		{name: "day before yesterday", in: "أول من أمس", want: "2013-02-10", g: Day},
		{name: "day before yesterday short", in: "أول أمس", want: "2013-02-10", g: Day},
		{name: "tomorrow", in: "غداً", want: "2013-02-13", g: Day},
		{name: "tomorrow colloquial", in: "بكرة", want: "2013-02-13", g: Day},
		{name: "after tomorrow", in: "بعد غد", want: "2013-02-14", g: Day},
		{name: "weekday future", in: "الجمعة", want: "2013-02-15", g: Day},
		{name: "same weekday is next week", in: "الثلاثاء", want: "2013-02-19", g: Day},
		{name: "this monday", in: "هذا الاثنين", want: "2013-02-18", g: Day},
		{name: "last friday", in: "الجمعة الماضية", want: "2013-02-08", g: Day},
		{name: "next sunday", in: "الأحد المقبل", want: "2013-02-17", g: Day},
		{name: "eleven is not sunday", in: "الأحد عشر لاعبا", want: "-"},
		{name: "weekday and date", in: "الاثنين 18 شباط", want: "2013-02-18", g: Day},
		{name: "friday day date", in: "يوم الجمعة 15 شباط", want: "2013-02-15", g: Day},
		{name: "weekday comma date", in: "الأربعاء، 13 شباط", want: "2013-02-13", g: Day},
		{name: "ordinal of month", in: "الخامس من أيلول", want: "2013-09-05", g: Day},
		{name: "ordinal first", in: "الاول من اذار", want: "2013-03-01", g: Day},
		{name: "ordinal thirteenth", in: "الثالث عشر من شباط", want: "2013-02-13", g: Day},
		{name: "digit day", in: "1 اذار", want: "2013-03-01", g: Day},
		{name: "egyptian month", in: "الخميس 15 اغسطس", want: "2013-08-15", g: Day},
		{name: "maghrebi month", in: "12 شتنبر 2016", want: "2016-09-12", g: Day},
		{name: "algerian month", in: "5 جويلية 2015", want: "2015-07-05", g: Day},
		{name: "juin needs a number", in: "جوان", want: "-"},
		{name: "juin with a number", in: "20 جوان 2014", want: "2014-06-20", g: Day},
		{name: "aout with year", in: "أوت 2017", want: "2017-08", g: Month},
		{name: "mars the verb", in: "مارس الرياضة", want: "-"},
		{name: "mars with shahr", in: "شهر مارس", want: "2013-03", g: Month},
		{name: "two-word month", in: "3 تشرين الثاني 2015", want: "2015-11-03", g: Day},
		{name: "kanun", in: "كانون الثاني 2016", want: "2016-01", g: Month},
		{name: "doubled month", in: "12 أيلول/سبتمبر 2017", want: "2017-09-12", g: Day},
		{name: "doubled month parens", in: "12 أيلول (سبتمبر) 2017", want: "2017-09-12", g: Day},
		{name: "month alone", in: "في آذار", text: "آذار", want: "2013-03", g: Month},
		{name: "month and year", in: "آذار 2017", want: "2017-03", g: Month},
		{name: "numeric dmy slash", in: "5/9/2017", want: "2017-09-05", g: Day},
		{name: "numeric dmy dash", in: "05-09-2017", want: "2017-09-05", g: Day},
		{name: "numeric ymd", in: "2017/9/5", want: "2017-09-05", g: Day},
		{name: "numeric iso", in: "2017-09-05", want: "2017-09-05", g: Day},
		{name: "numeric dots", in: "5.9.2017", want: "2017-09-05", g: Day},
		{name: "arabic-indic digits", in: "٥/٩/٢٠١٧", want: "2017-09-05", g: Day},
		{name: "persian digits", in: "۵/۹/۲۰۱۷", want: "2017-09-05", g: Day},
		{name: "month/year", in: "2/2013", want: "2013-02", g: Month},
		{name: "year with aam", in: "عام 2017", want: "2017", g: Year},
		{name: "year with sana", in: "سنة 2017", want: "2017", g: Year},
		{name: "year with fi", in: "في 2017", want: "2017", g: Year},
		{name: "hijri with year", in: "15 محرم 1439 هـ", want: "2017-10-05", g: Day},
		{name: "hijri ramadan", in: "1 رمضان 1438", want: "2017-05-27", g: Day},
		{name: "hijri two words", in: "10 ذو الحجة 1434", want: "2013-10-15", g: Day},
		{name: "zero is not safar", in: "كان صفراً", want: "-"},
		{name: "last week", in: "الأسبوع الماضي", want: "2013-02-04", g: Week},
		{name: "this week", in: "هذا الأسبوع", want: "2013-02-11", g: Week},
		{name: "next week", in: "الأسبوع المقبل", want: "2013-02-18", g: Week},
		{name: "last month", in: "الشهر الماضي", want: "2013-01", g: Month},
		{name: "this month", in: "الشهر الحالي", want: "2013-02", g: Month},
		{name: "next year", in: "العام المقبل", want: "2014", g: Year},
		{name: "last year", in: "السنة الماضية", want: "2012", g: Year},
		{name: "days ago", in: "منذ ثلاثة أيام", want: "2013-02-09T04:00:00-02:00", g: Hour},
		{name: "two days ago", in: "قبل يومين", want: "2013-02-10T04:00:00-02:00", g: Hour},
		{name: "a week ago", in: "قبل أسبوع", want: "2013-02-05", g: Day},
		{name: "in a week", in: "بعد أسبوع", want: "2013-02-19", g: Day},
		{name: "after counted from an event", in: "بعد 17 يوما من انطلاقها", want: "-"},
		{name: "within two weeks", in: "خلال أسبوعين", want: "2013-02-12T04:30:00-02:00..2013-02-26T00:00:00-02:00", g: Second},
		{name: "evening of a weekday", in: "مساء الثلاثاء", want: "2013-02-19T18:00:00-02:00..2013-02-20T00:00:00-02:00", g: Hour},
		{name: "night and date", in: "ليلة الأربعاء، 13 أيلول", want: "2013-09-13T18:00:00-02:00..2013-09-14T00:00:00-02:00", g: Hour},
		{name: "this morning", in: "صباح اليوم", want: "2013-02-12T04:00:00-02:00..2013-02-12T12:00:00-02:00", g: Hour},
		{name: "yesterday noon", in: "ظهر أمس", want: "2013-02-11T12:00:00-02:00..2013-02-11T14:00:00-02:00", g: Hour},
		{name: "tonight", in: "الليلة", want: "2013-02-12T18:00:00-02:00..2013-02-13T00:00:00-02:00", g: Hour},
		{name: "dawn", in: "الساعة الثالثة فجرا", want: "2013-02-13T03:00:00-02:00", g: Hour},
		{name: "current hour", in: "الساعة الرابعة فجرا", want: "2013-02-12T04:00:00-02:00", g: Hour},
		{name: "evening digits", in: "الساعة 8 مساء", want: "2013-02-12T20:00:00-02:00", g: Hour},
		{name: "half past", in: "الساعة الثامنة والنصف صباحا", want: "2013-02-12T08:30:00-02:00", g: Minute},
		{name: "quarter to", in: "الساعة العاشرة إلا ربعا", want: "2013-02-12T09:45:00-02:00", g: Minute},
		{name: "clock", in: "10:30", want: "2013-02-12T10:30:00-02:00", g: Minute},
		{name: "clock 24h", in: "22:15", want: "2013-02-12T22:15:00-02:00", g: Minute},
		{name: "ambiguous hour future", in: "الساعة 3", want: "2013-02-12T15:00:00-02:00", g: Hour},
		{name: "afternoon", in: "الساعة الثالثة بعد الظهر", want: "2013-02-12T15:00:00-02:00", g: Hour},
		{name: "zone", in: "الخميس الساعة 10 بتوقيت غرينتش", want: "2013-02-14T08:00:00-02:00", g: Hour},
		{name: "weekday and time", in: "الجمعة الساعة 7 مساء", want: "2013-02-15T19:00:00-02:00", g: Hour},
		{name: "range of days", in: "من 5 إلى 7 أيلول", want: "2013-09-05..2013-09-08", g: Day},
		{name: "range without min", in: "13 الى 15 تموز", want: "2013-07-13..2013-07-16", g: Day},
		{name: "range full ends", in: "من 13 تموز الى 15 تموز", want: "2013-07-13..2013-07-16", g: Day},
		{name: "range month first", in: "تموز 13-15", want: "2013-07-13..2013-07-16", g: Day},
		{name: "range between", in: "بين 5 و7 أيلول", want: "2013-09-05..2013-09-08", g: Day},
		{name: "range of hours", in: "من الساعة 9 إلى 11", want: "2013-02-12T09:00:00-02:00..2013-02-12T12:00:00-02:00", g: Hour},
		{name: "range of years", in: "بين عامي 2014 و2017", want: "2014..2018", g: Year},
		{name: "early in month", in: "في أوائل نيسان", want: "2013-04-01..2013-04-11", g: Day},
		{name: "mid month", in: "منتصف أيار", want: "2013-05-15", g: Day},
		{name: "eid al-fitr", in: "عيد الفطر 2017", want: "2017-06-25", g: Day},
		{name: "christmas", in: "عيد الميلاد", want: "2013-12-25", g: Day},
		{name: "now", in: "الآن", want: "2013-02-12T04:30:00-02:00", g: Second},
		{name: "anaphoric next day", in: "في اليوم التالي", want: "-"},
		{name: "plain day", in: "يوم", want: "-"},

		{name: "news yesterday friday", in: "نشر يوم أمس الجمعة", news: true, text: "يوم أمس الجمعة", want: "2017-09-15", g: Day},
		{name: "news weekday past", in: "الأربعاء", news: true, want: "2017-09-13", g: Day},
		{name: "news same weekday", in: "السبت", news: true, want: "2017-09-16", g: Day},
		{name: "news weekday after a future cue", in: "أمطار متوقعة مساء الأحد", news: true, text: "مساء الأحد", want: "2017-09-17", g: Day},
		{name: "news weekday after a scheduled event", in: "ومن المقرر أن يصل الوفد الأربعاء", news: true, text: "الأربعاء", want: "2017-09-20", g: Day},
		{name: "news future cue in another sentence", in: "الأمطار متوقعة. وقال المسؤول الأربعاء", news: true, text: "الأربعاء", want: "2017-09-13", g: Day},
		{name: "news last friday", in: "الجمعة الماضي", news: true, want: "2017-09-15", g: Day},
		{name: "news day month past", in: "28 آب", news: true, want: "2017-08-28", g: Day},
		{name: "news announced date", in: "25 أيلول", news: true, want: "2017-09-25", g: Day},
		{name: "news nearest year", in: "في كانون الأول", news: true, text: "كانون الأول", want: "2017-12", g: Month},
		{name: "news last august", in: "26 آب الماضي", news: true, want: "2017-08-26", g: Day},
		{name: "news hour past", in: "الساعة 3", news: true, want: "2017-09-15T15:00:00Z", g: Hour},
		{name: "news last week", in: "الأسبوع الماضي", news: true, want: "2017-09-04", g: Week},
		{name: "news years ago", in: "منذ ثلاث سنوات", news: true, want: "2014", g: Year},
		{name: "news days ago keep the day", in: "منذ ثلاثة أيام", news: true, want: "2017-09-13", g: Day},
		{name: "news two days ago", in: "قبل يومين", news: true, want: "2017-09-14", g: Day},
		{name: "news months ago keep the month", in: "قبل شهرين", news: true, want: "2017-07", g: Month},
		{name: "news in a week", in: "بعد أسبوع", news: true, want: "2017-09-23", g: Day},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := Options{Ref: ref, HasRef: true, Dir: Future}
			if tt.news {
				opt = Options{Ref: news, HasRef: true, Dir: Past}
			}
			es, _ := Find(tt.in, opt)
			if tt.want == "-" {
				if len(es) != 0 {
					t.Errorf("Find(%+q) = %+q, want no mention", tt.in, tt.in[es[0].Start:es[0].End])
				}
				return
			}
			if len(es) != 1 {
				t.Fatalf("Find(%+q) gave %d mentions, want 1", tt.in, len(es))
			}
			e := es[0]
			text := tt.text
			if text == "" {
				text = tt.in
			}
			if got := tt.in[e.Start:e.End]; got != text {
				t.Errorf("Find(%+q) span %+q, want %+q", tt.in, got, text)
			}
			got := e.ISO()
			if e.Interval {
				got = iso(e.From, e.Grain, true) + ".." + iso(e.To, e.Grain, true)
			}
			if got != tt.want || e.Grain != tt.g || !e.Resolved {
				t.Errorf("Find(%+q) = %s %s (resolved %v), want %s %s", tt.in, got, e.Grain, e.Resolved, tt.want, tt.g)
			}
		})
	}
}

func TestFindUnresolved(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "relative day", in: "أمس"},
		{name: "day month without year", in: "28 آب"},
		{name: "weekday", in: "الجمعة"},
		{name: "full date resolves", in: "5 أيلول 2017", want: "2017-09-05"},
		{name: "year resolves", in: "عام 2014", want: "2014"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es, _ := Find(tt.in, Options{})
			if len(es) != 1 {
				t.Fatalf("Find(%+q) gave %d mentions, want 1", tt.in, len(es))
			}
			if es[0].ISO() != tt.want || es[0].Resolved != (tt.want != "") {
				t.Errorf("Find(%+q) = %q (resolved %v), want %q", tt.in, es[0].ISO(), es[0].Resolved, tt.want)
			}
		})
	}
}

func TestDurations(t *testing.T) {
	tests := []struct {
		name, in, text string
		value          float64
		unit           Grain
	}{
		{name: "dual weeks", in: "أسبوعين", value: 2, unit: Week},
		{name: "digits days accusative", in: "17 يوما", value: 17, unit: Day},
		{name: "digits hours", in: "72 ساعة", value: 72, unit: Hour},
		{name: "words days", in: "ثمانية أيام", value: 8, unit: Day},
		{name: "words years", in: "ثلاث سنوات", value: 3, unit: Year},
		{name: "half hour", in: "نصف ساعة", value: 0.5, unit: Hour},
		{name: "hour and a half", in: "ساعة ونصف", value: 1.5, unit: Hour},
		{name: "dual minutes nominative", in: "دقيقتان", value: 2, unit: Minute},
		{name: "dual minutes", in: "دقيقتين", value: 2, unit: Minute},
		{name: "plural with feminine count", in: "خمسة ساعات", value: 5, unit: Hour},
		{name: "digits singular", in: "30 يوم", value: 30, unit: Day},
		{name: "bare week", in: "اسبوع", value: 1, unit: Week},
		{name: "bare month", in: "شهر", value: 1, unit: Month},
		{name: "seven weeks", in: "سبع اسابيع", value: 7, unit: Week},
		{name: "two years", in: "سنتين", value: 2, unit: Year},
		{name: "two years nominative", in: "سنتان", value: 2, unit: Year},
		{name: "two years aam", in: "عامين", value: 2, unit: Year},
		{name: "two years aam nominative", in: "عامان", value: 2, unit: Year},
		{name: "second", in: "ثانية", value: 1, unit: Second},
		{name: "moment", in: "لحظة", value: 1, unit: Second},
		{name: "decade", in: "عقد", value: 10, unit: Year},
		{name: "century", in: "قرن", value: 100, unit: Year},
		{name: "two months", in: "شهرين", value: 2, unit: Month},
		{name: "in a sentence", in: "حاصرتها لمدة أسبوعين", text: "أسبوعين", value: 2, unit: Week},
		{name: "inside a relative date", in: "منذ ثلاثة أيام", text: "ثلاثة أيام", value: 3, unit: Day},
		{name: "bare after intro", in: "بعد شهر من المفاوضات", text: "شهر", value: 1, unit: Month},
		{name: "decade of time", in: "استمر الحصار عقدا من الزمن", text: "عقدا", value: 10, unit: Year},
		{name: "since a decade", in: "منذ عقد تقريبا", text: "عقد", value: 10, unit: Year},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ds := Find(tt.in, Options{Ref: ref, HasRef: true})
			if len(ds) != 1 {
				t.Fatalf("Find(%+q) gave %d durations, want 1", tt.in, len(ds))
			}
			text := tt.text
			if text == "" {
				text = tt.in
			}
			d := ds[0]
			if got := tt.in[d.Start:d.End]; got != text || d.Value != tt.value || d.Unit != tt.unit {
				t.Errorf("Find(%+q) = %+q %v %s, want %+q %v %s", tt.in, got, d.Value, d.Unit, text, tt.value, tt.unit)
			}
		})
	}
}

func TestNoDurations(t *testing.T) {
	for _, in := range []string{"يوم الجمعة", "عام 2014", "الساعة 3 و15 دقيقة", "14 شهر شباط", "بشكل عام", "معلومات دقيقة", "عقد اجتماعا", "مرة ثانية",
		"بعد عقد اجتماع", "قبل عقد جلسة طارئة", "خلال عقد مؤتمر", "وقع عقد شراكة"} {
		t.Run(in, func(t *testing.T) {
			if _, ds := Find(in, Options{Ref: ref, HasRef: true}); len(ds) != 0 {
				t.Errorf("Find(%+q) = %+q, want no duration", in, in[ds[0].Start:ds[0].End])
			}
		})
	}
}

// TestAnchorYears checks that, without a reference, a day and month take
// their year from a full date in the same text, and relative mentions stay
// unresolved.
func TestAnchorYears(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // ISO value of each mention, "" for unresolved
	}{
		{"anchor after", "وصلت القافلة في 28 آب، ثم غادرت مساء الثلاثاء، 5 أيلول 2017", []string{"2017-08-28", "2017-09-05"}},
		{"anchor before", "بدأ الحصار في 29 كانون الأول 2016 وانتهى في 3 كانون الثاني", []string{"2016-12-29", "2017-01-03"}},
		{"relative stays unresolved", "أعلن ذلك أمس، بعد اتفاق 5 أيلول 2017", []string{"", "2017-09-05"}},
		{"a year alone is no anchor", "منذ عام 2014 وحتى 28 آب", []string{"2014", ""}},
		{"no anchor at all", "وصلت في 28 آب", []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es, _ := Find(tt.in, Options{Dir: Past})
			var got []string
			for _, e := range es {
				got = append(got, e.ISO())
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Find(%+q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
