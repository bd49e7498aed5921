package extract

import (
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // "" for no date
	}{
		{name: "iso", in: "2017-09-16", want: "2017-09-16"},
		{name: "iso with time", in: "2017-09-16 00:00:00", want: "2017-09-16"},
		{name: "iso datetime with zone", in: "2017-09-16T23:30:00+03:00", want: "2017-09-16"},
		{name: "year first slashes", in: "2017/10/11", want: "2017-10-11"},
		{name: "year first one-digit month", in: "2017/9/6", want: "2017-09-06"},
		{name: "year first dots", in: "2017.09.16", want: "2017-09-16"},
		{name: "day first slashes", in: "16/9/2017", want: "2017-09-16"},
		{name: "day first dashes", in: "16-09-2017", want: "2017-09-16"},
		{name: "day first dots", in: "16.09.2017", want: "2017-09-16"},
		{name: "ambiguous is day first", in: "03/04/2018", want: "2018-04-03"},
		{name: "month first when the day is over 12", in: "9/16/2017", want: "2017-09-16"},
		{name: "arabic-indic digits", in: "١٦/٩/٢٠١٧", want: "2017-09-16"},
		{name: "persian digits", in: "۲۰۱۷/۱۰/۱۱", want: "2017-10-11"},
		{name: "levantine month", in: "16 أيلول 2017", want: "2017-09-16"},
		{name: "levantine two-word month", in: "5 كانون الثاني 2018", want: "2018-01-05"},
		{name: "levantine december", in: "31 كانون الأول 2017", want: "2017-12-31"},
		{name: "tishreen without article", in: "2 تشرين ثاني 2016", want: "2016-11-02"},
		{name: "adhar with madda", in: "8 آذار 2019", want: "2019-03-08"},
		{name: "aab", in: "28 آب 2017", want: "2017-08-28"},
		{name: "egyptian month", in: "16 سبتمبر 2017", want: "2017-09-16"},
		{name: "weekday and comma", in: "الأحد، 3 سبتمبر 2017", want: "2017-09-03"},
		{name: "double month slash", in: "الأحد 16 أيلول/سبتمبر 2017", want: "2017-09-16"},
		{name: "double month reversed", in: "16 سبتمبر/أيلول 2017", want: "2017-09-16"},
		{name: "double month in brackets", in: "16 سبتمبر (أيلول) 2017", want: "2017-09-16"},
		{name: "comma before year and era letter", in: "16 سبتمبر، 2017م", want: "2017-09-16"},
		{name: "min shahr", in: "16 من شهر أيلول 2017", want: "2017-09-16"},
		{name: "mayo", in: "1 مايو 2020", want: "2020-05-01"},
		{name: "may maghreb", in: "1 ماي 2020", want: "2020-05-01"},
		{name: "yunyu variant", in: "3 يونيه 2015", want: "2015-06-03"},
		{name: "juan", in: "3 جوان 2015", want: "2015-06-03"},
		{name: "yulyu variant", in: "4 يوليوز 2015", want: "2015-07-04"},
		{name: "juillet algeria", in: "4 جويلية 2015", want: "2015-07-04"},
		{name: "aghustus", in: "9 أغسطس 2014", want: "2014-08-09"},
		{name: "ghusht", in: "9 غشت 2014", want: "2014-08-09"},
		{name: "aghsht", in: "9 أغشت 2014", want: "2014-08-09"},
		{name: "ut", in: "9 أوت 2014", want: "2014-08-09"},
		{name: "shtanbar", in: "17 شتنبر 2017", want: "2017-09-17"},
		{name: "nonbar", in: "20 نونبر 2013", want: "2013-11-20"},
		{name: "dujanbar", in: "20 دجنبر 2013", want: "2013-12-20"},
		{name: "fifri", in: "14 فيفري 2012", want: "2012-02-14"},
		{name: "abril with hamza below", in: "10 إبريل 2016", want: "2016-04-10"},
		{name: "afril", in: "10 أفريل 2016", want: "2016-04-10"},
		{name: "janfi", in: "10 جانفي 2016", want: "2016-01-10"},
		{name: "english day month", in: "16 September 2017", want: "2017-09-16"},
		{name: "english month day", in: "September 16, 2017", want: "2017-09-16"},
		{name: "english abbreviation", in: "Sep 16th, 2017", want: "2017-09-16"},
		{name: "arabic month first", in: "سبتمبر 16، 2017", want: "2017-09-16"},
		{name: "diacritics and tatweel", in: "16 أَيْلُـول 2017", want: "2017-09-16"},
		{name: "inside a sentence", in: "نشر يوم أمس الجمعة ( 15 أيلول 2017) أن", want: "2017-09-15"},
		{name: "hijri then gregorian", in: "25 محرم 1439 هـ الموافق 15 أكتوبر 2017", want: "2017-10-15"},
		{name: "no such day", in: "31 شباط 2017", want: ""},
		{name: "month 13", in: "2017/13/01", want: ""},
		{name: "hijri year only", in: "1439/1/25", want: ""},
		{name: "no year", in: "13 أيلول", want: ""},
		{name: "month and year", in: "أيلول 2017", want: ""},
		{name: "two-digit year", in: "16/9/17", want: ""},
		{name: "four numbers", in: "1/2/2017/4", want: ""},
		{name: "score", in: "فاز الفريق 3-1", want: ""},
		{name: "aab as father", in: "أب لثلاثة أطفال", want: ""},
		{name: "tishreen alone", in: "3 تشرين 2017", want: ""},
		{name: "empty", in: "", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := parseDate(tt.in)
			if got := d.String(); got != tt.want || ok != (tt.want != "") {
				t.Errorf("parseDate(%+q) = %q, %v; want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}

func TestParseDateLine(t *testing.T) {
	tests := []struct {
		name               string
		in                 string
		published, updated string
		ok                 bool
	}{
		{name: "added on", in: "أضيف بتاريخ :2017/10/11", published: "2017-10-11", ok: true},
		{name: "published in", in: "نشر في: الأحد 16 أيلول 2017", published: "2017-09-16", ok: true},
		{name: "publication date", in: "تاريخ النشر: 16/09/2017 - 10:55", published: "2017-09-16", ok: true},
		{name: "weekday date time", in: "الأحد، 17 سبتمبر 2017 10:30 ص", published: "2017-09-17", ok: true},
		{name: "last update", in: "آخر تحديث: 2019/02/14 الساعة 09:15 (بتوقيت مكة المكرمة)", updated: "2019-02-14", ok: true},
		{name: "published and updated", in: "نشر في: 3 مايو 2020 - 10:00 | آخر تحديث: 4 مايو 2020", published: "2020-05-03", updated: "2020-05-04", ok: true},
		{name: "iso and time", in: "2017-09-16 00:00:00", published: "2017-09-16", ok: true},
		{name: "hijri and gregorian", in: "الاثنين 25 محرم 1439 هـ - الموافق 15 أكتوبر 2017 م", published: "2017-10-15", ok: true},
		{name: "english label", in: "Published: September 16, 2017 at 10:00 pm GMT", published: "2017-09-16", ok: true},
		{name: "arabic-indic", in: "٢٠١٧/١٠/١١", published: "2017-10-11", ok: true},
		{name: "sentence with a date", in: "وفي آخر جولات القصف مساء الثلاثاء، 5 أيلول 2017، ضربت طائرة", ok: false},
		{name: "source after date", in: "2017-09-16 00:00:00 - المصدر: nrt عربية", ok: false},
		{name: "no date", in: "نشر في: الأحد", ok: false},
		{name: "empty", in: "", ok: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub, upd, ok := parseDateLine(tt.in)
			if pub.String() != tt.published || upd.String() != tt.updated || ok != tt.ok {
				t.Errorf("parseDateLine(%+q) = %q, %q, %v; want %q, %q, %v",
					tt.in, pub.String(), upd.String(), ok, tt.published, tt.updated, tt.ok)
			}
		})
	}
}
