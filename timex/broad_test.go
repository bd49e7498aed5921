package timex

import (
	"math"
	"testing"
)

// TestBroad is a wide table of single expressions, each read alone against
// ref (Tuesday 2013-02-12 04:30 at -02:00) with Dir Future, the way
// "isnad parse -ref 2013-02-12T04:30:00-02:00" reads a line. The sentences
// were written for this package. Expected values follow the conventions of
// the package doc (assistant-style: a bare weekday is the next one strictly
// after today; parts of the day, alone or with a day, are hour intervals).
func TestBroad(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // ISO value, or "from..to" for an interval
		g    Grain
		text string // the mention when it is not the whole input
	}{
		// Weekdays, bare and with يوم, هذا and the modifiers.
		{name: "sunday", in: "الأحد", want: "2013-02-17", g: Day},
		{name: "sunday yawm", in: "يوم الأحد", want: "2013-02-17", g: Day},
		{name: "this sunday", in: "هذا الأحد", want: "2013-02-17", g: Day},
		{name: "sunday next qadim", in: "الأحد القادم", want: "2013-02-17", g: Day},
		{name: "sunday past faait", in: "الأحد الفائت", want: "2013-02-10", g: Day},
		{name: "sunday past sabiq", in: "يوم الأحد السابق", want: "2013-02-10", g: Day},
		{name: "monday", in: "الاثنين", want: "2013-02-18", g: Day},
		{name: "monday hamza", in: "يوم الإثنين", want: "2013-02-18", g: Day},
		{name: "monday next", in: "الإثنين المقبل", want: "2013-02-18", g: Day},
		{name: "monday past", in: "الاثنين الماضي", want: "2013-02-11", g: Day},
		{name: "tuesday", in: "الثلاثاء", want: "2013-02-19", g: Day},
		{name: "tuesday yawm", in: "يوم الثلاثاء", want: "2013-02-19", g: Day},
		{name: "tuesday next", in: "الثلاثاء القادم", want: "2013-02-19", g: Day},
		{name: "tuesday past", in: "الثلاثاء الماضي", want: "2013-02-05", g: Day},
		{name: "this tuesday", in: "هذا الثلاثاء", want: "2013-02-19", g: Day},
		{name: "wednesday", in: "الأربعاء", want: "2013-02-13", g: Day},
		{name: "wednesday no hamza", in: "الاربعاء", want: "2013-02-13", g: Day},
		{name: "wednesday next", in: "الأربعاء المقبل", want: "2013-02-13", g: Day},
		{name: "wednesday past faait", in: "يوم الأربعاء الفائت", want: "2013-02-06", g: Day},
		{name: "thursday", in: "الخميس", want: "2013-02-14", g: Day},
		{name: "this thursday", in: "هذا الخميس", want: "2013-02-14", g: Day},
		{name: "thursday next", in: "الخميس القادم", want: "2013-02-14", g: Day},
		{name: "thursday past", in: "الخميس الماضي", want: "2013-02-07", g: Day},
		{name: "friday", in: "الجمعة", want: "2013-02-15", g: Day},
		{name: "friday next fem", in: "الجمعة المقبلة", want: "2013-02-15", g: Day},
		{name: "friday past fem", in: "الجمعة الماضية", want: "2013-02-08", g: Day},
		{name: "friday past sabiqa", in: "يوم الجمعة السابقة", want: "2013-02-08", g: Day},
		{name: "this friday fem", in: "هذه الجمعة", want: "2013-02-15", g: Day},
		{name: "saturday", in: "السبت", want: "2013-02-16", g: Day},
		{name: "saturday yawm next", in: "يوم السبت القادم", want: "2013-02-16", g: Day},
		{name: "saturday past", in: "السبت الماضي", want: "2013-02-09", g: Day},
		{name: "friday after next", in: "الجمعة بعد القادمة", want: "2013-02-22", g: Day},
		{name: "wednesday after next", in: "الأربعاء بعد المقبل", want: "2013-02-20", g: Day},
		{name: "thursday of next week", in: "يوم الخميس من الأسبوع القادم", want: "2013-02-21", g: Day},
		{name: "sunday of last week", in: "الأحد من الأسبوع الماضي", want: "2013-02-10", g: Day},
		{name: "monday of this week", in: "الاثنين من هذا الأسبوع", want: "2013-02-11", g: Day},

		// Relative days.
		{name: "today", in: "اليوم", want: "2013-02-12", g: Day},
		{name: "tomorrow", in: "غدا", want: "2013-02-13", g: Day},
		{name: "tomorrow tanwin", in: "غداً", want: "2013-02-13", g: Day},
		{name: "tomorrow bukra", in: "بكرة", want: "2013-02-13", g: Day},
		{name: "tomorrow bukra heh", in: "بكره", want: "2013-02-13", g: Day},
		{name: "tomorrow yawm ghad", in: "يوم غد", want: "2013-02-13", g: Day},
		{name: "after tomorrow", in: "بعد غد", want: "2013-02-14", g: Day},
		{name: "after tomorrow tanwin", in: "بعد غدٍ", want: "2013-02-14", g: Day},
		{name: "after tomorrow bukra", in: "بعد بكرة", want: "2013-02-14", g: Day},
		{name: "yesterday", in: "أمس", want: "2013-02-11", g: Day},
		{name: "yesterday no hamza", in: "امس", want: "2013-02-11", g: Day},
		{name: "yesterday bariha", in: "البارحة", want: "2013-02-11", g: Day},
		{name: "yesterday yawm", in: "يوم أمس", want: "2013-02-11", g: Day},
		{name: "day before yesterday awwal", in: "أول أمس", want: "2013-02-10", g: Day},
		{name: "day before yesterday awwal min", in: "أول من أمس", want: "2013-02-10", g: Day},
		{name: "day before yesterday qabl", in: "قبل أمس", want: "2013-02-10", g: Day},
		{name: "day before yesterday amsi awwal", in: "أمس الأول", want: "2013-02-10", g: Day},
		{name: "now", in: "الآن", want: "2013-02-12T04:30:00-02:00", g: Second},
		{name: "now halan", in: "حالا", want: "2013-02-12T04:30:00-02:00", g: Second},
		{name: "now this moment", in: "في هذه اللحظة", want: "2013-02-12T04:30:00-02:00", g: Second},

		// Parts of the day.
		{name: "this morning", in: "هذا الصباح", want: "2013-02-12T04:00:00-02:00..2013-02-12T12:00:00-02:00", g: Hour},
		{name: "morning of today", in: "صباح اليوم", want: "2013-02-12T04:00:00-02:00..2013-02-12T12:00:00-02:00", g: Hour},
		{name: "this evening", in: "هذا المساء", want: "2013-02-12T18:00:00-02:00..2013-02-13T00:00:00-02:00", g: Hour},
		{name: "evening of today", in: "مساء اليوم", want: "2013-02-12T18:00:00-02:00..2013-02-13T00:00:00-02:00", g: Hour},
		{name: "tonight", in: "الليلة", want: "2013-02-12T18:00:00-02:00..2013-02-13T00:00:00-02:00", g: Hour},
		{name: "this night", in: "هذه الليلة", want: "2013-02-12T18:00:00-02:00..2013-02-13T00:00:00-02:00", g: Hour},
		{name: "last night", in: "ليلة أمس", want: "2013-02-11T18:00:00-02:00..2013-02-12T00:00:00-02:00", g: Hour},
		{name: "last night bariha", in: "ليلة البارحة", want: "2013-02-11T18:00:00-02:00..2013-02-12T00:00:00-02:00", g: Hour},
		{name: "tomorrow morning", in: "صباح الغد", want: "2013-02-13T04:00:00-02:00..2013-02-13T12:00:00-02:00", g: Hour},
		{name: "tomorrow morning inverted", in: "غدا صباحا", want: "2013-02-13T04:00:00-02:00..2013-02-13T12:00:00-02:00", g: Hour},
		{name: "tomorrow evening", in: "مساء غد", want: "2013-02-13T18:00:00-02:00..2013-02-14T00:00:00-02:00", g: Hour},
		{name: "noon of today", in: "ظهر اليوم", want: "2013-02-12T12:00:00-02:00..2013-02-12T14:00:00-02:00", g: Hour},
		{name: "afternoon", in: "بعد الظهر", want: "2013-02-12T12:00:00-02:00..2013-02-12T19:00:00-02:00", g: Hour},
		{name: "afternoon of today", in: "بعد ظهر اليوم", want: "2013-02-12T12:00:00-02:00..2013-02-12T19:00:00-02:00", g: Hour},
		{name: "friday evening", in: "مساء الجمعة", want: "2013-02-15T18:00:00-02:00..2013-02-16T00:00:00-02:00", g: Hour},
		{name: "saturday morning", in: "صباح يوم السبت", want: "2013-02-16T04:00:00-02:00..2013-02-16T12:00:00-02:00", g: Hour},
		{name: "in the morning", in: "في الصباح", want: "2013-02-12T04:00:00-02:00..2013-02-12T12:00:00-02:00", g: Hour},
		{name: "in the evening", in: "في المساء", want: "2013-02-12T18:00:00-02:00..2013-02-13T00:00:00-02:00", g: Hour},
		{name: "noon", in: "الظهر", want: "2013-02-12T12:00:00-02:00", g: Hour},
		{name: "noon adverb", in: "ظهرا", want: "2013-02-12T12:00:00-02:00", g: Hour},
		{name: "at noon", in: "عند الظهر", want: "2013-02-12T12:00:00-02:00", g: Hour},
		{name: "midnight", in: "منتصف الليل", want: "2013-02-13T00:00:00-02:00", g: Hour},
		{name: "midday", in: "منتصف النهار", want: "2013-02-12T12:00:00-02:00", g: Hour},

		// Clock times.
		{name: "hour digit", in: "الساعة 3", want: "2013-02-12T15:00:00-02:00", g: Hour},
		{name: "hour word", in: "الساعة الثالثة", want: "2013-02-12T15:00:00-02:00", g: Hour},
		{name: "hour evening", in: "الساعة 3 مساء", want: "2013-02-12T15:00:00-02:00", g: Hour},
		{name: "hour evening tanwin", in: "الساعة 3 مساءً", want: "2013-02-12T15:00:00-02:00", g: Hour},
		{name: "hour mim", in: "الساعة 3 م", want: "2013-02-12T15:00:00-02:00", g: Hour},
		{name: "hour morning", in: "3 صباحا", want: "2013-02-13T03:00:00-02:00", g: Hour},
		{name: "hour sad", in: "3 ص", want: "2013-02-13T03:00:00-02:00", g: Hour},
		{name: "eight morning", in: "8 صباحاً", want: "2013-02-12T08:00:00-02:00", g: Hour},
		{name: "eighth morning", in: "الثامنة صباحا", want: "2013-02-12T08:00:00-02:00", g: Hour},
		{name: "seventh evening", in: "السابعة مساء", want: "2013-02-12T19:00:00-02:00", g: Hour},
		{name: "half past", in: "الساعة الثالثة والنصف", want: "2013-02-12T15:30:00-02:00", g: Minute},
		{name: "quarter past", in: "الساعة الثالثة والربع", want: "2013-02-12T15:15:00-02:00", g: Minute},
		{name: "quarter to accusative", in: "الساعة الرابعة إلا ربعا", want: "2013-02-12T15:45:00-02:00", g: Minute},
		{name: "quarter to", in: "الساعة الرابعة إلا ربع", want: "2013-02-12T15:45:00-02:00", g: Minute},
		{name: "five to", in: "الساعة الخامسة إلا خمس دقائق", want: "2013-02-12T04:55:00-02:00", g: Minute},
		{name: "ten to", in: "الساعة الخامسة إلا عشر دقائق", want: "2013-02-12T04:50:00-02:00", g: Minute},
		{name: "third past", in: "الساعة السادسة والثلث", want: "2013-02-12T06:20:00-02:00", g: Minute},
		{name: "24h clock", in: "15:30", want: "2013-02-12T15:30:00-02:00", g: Minute},
		{name: "clock evening", in: "3:30 مساء", want: "2013-02-12T15:30:00-02:00", g: Minute},
		{name: "clock ambiguous", in: "الساعة 7:45", want: "2013-02-12T07:45:00-02:00", g: Minute},
		{name: "ten at night", in: "الساعة العاشرة ليلا", want: "2013-02-12T22:00:00-02:00", g: Hour},
		{name: "twelve noon", in: "الساعة 12 ظهرا", want: "2013-02-12T12:00:00-02:00", g: Hour},
		{name: "twelfth noon", in: "الساعة الثانية عشرة ظهرا", want: "2013-02-12T12:00:00-02:00", g: Hour},
		{name: "eleventh", in: "الساعة الحادية عشرة", want: "2013-02-12T11:00:00-02:00", g: Hour},
		{name: "minutes in words", in: "الساعة 10 و20 دقيقة", want: "2013-02-12T10:20:00-02:00", g: Minute},
		{name: "afternoon asr", in: "الساعة 3 عصرا", want: "2013-02-12T15:00:00-02:00", g: Hour},
		{name: "dawn current hour", in: "الساعة الخامسة فجرا", want: "2013-02-12T05:00:00-02:00", g: Hour},
		{name: "tamam", in: "في تمام الساعة الثامنة", want: "2013-02-12T08:00:00-02:00", g: Hour},
		{name: "at six evening", in: "عند الساعة 6 مساء", want: "2013-02-12T18:00:00-02:00", g: Hour},
		{name: "about ten", in: "حوالي الساعة 10", want: "2013-02-12T10:00:00-02:00", g: Hour},
		{name: "nine tomorrow morning", in: "الساعة التاسعة صباح الغد", want: "2013-02-13T09:00:00-02:00", g: Hour},
		{name: "tomorrow at nine", in: "غدا الساعة 9", want: "2013-02-13T09:00:00-02:00", g: Hour},
		{name: "tomorrow at three pm", in: "غدا الساعة 3 مساء", want: "2013-02-13T15:00:00-02:00", g: Hour},
		{name: "thursday at ten am", in: "الخميس الساعة 10 صباحا", want: "2013-02-14T10:00:00-02:00", g: Hour},
		{name: "today at five pm", in: "اليوم الساعة الخامسة مساء", want: "2013-02-12T17:00:00-02:00", g: Hour},

		// Shifts of the reference.
		{name: "in two hours", in: "بعد ساعتين", want: "2013-02-12T06:30:00-02:00", g: Minute},
		{name: "in an hour", in: "بعد ساعة", want: "2013-02-12T05:30:00-02:00", g: Minute},
		{name: "in 30 minutes", in: "بعد 30 دقيقة", want: "2013-02-12T05:00:00-02:00", g: Second},
		{name: "in half an hour", in: "بعد نصف ساعة", want: "2013-02-12T05:00:00-02:00", g: Second},
		{name: "in an hour and a half", in: "بعد ساعة ونصف", want: "2013-02-12T06:00:00-02:00", g: Second},
		{name: "in a minute", in: "بعد دقيقة", want: "2013-02-12T04:31:00-02:00", g: Second},
		{name: "in ten seconds", in: "بعد 10 ثوان", want: "2013-02-12T04:30:10-02:00", g: Second},
		{name: "in three hours indic", in: "بعد ٣ ساعات", want: "2013-02-12T07:30:00-02:00", g: Minute},
		{name: "within an hour", in: "خلال ساعة", want: "2013-02-12T04:30:00-02:00..2013-02-12T05:30:00-02:00", g: Second},
		{name: "within 15 minutes", in: "خلال 15 دقيقة", want: "2013-02-12T04:30:00-02:00..2013-02-12T04:45:00-02:00", g: Second},
		{name: "three hours ago", in: "قبل 3 ساعات", want: "2013-02-12T01:30:00-02:00", g: Minute},
		{name: "ten minutes ago", in: "قبل 10 دقائق", want: "2013-02-12T04:20:00-02:00", g: Second},
		{name: "in three days", in: "بعد 3 أيام", want: "2013-02-15T04:00:00-02:00", g: Hour},
		{name: "in two days", in: "بعد يومين", want: "2013-02-14T04:00:00-02:00", g: Hour},
		{name: "in five days words", in: "بعد خمسة أيام", want: "2013-02-17T04:00:00-02:00", g: Hour},
		{name: "in ten days", in: "بعد عشرة أيام", want: "2013-02-22T04:00:00-02:00", g: Hour},
		{name: "in two weeks", in: "بعد أسبوعين", want: "2013-02-26", g: Day},
		{name: "in a week", in: "بعد أسبوع", want: "2013-02-19", g: Day},
		{name: "three weeks ago", in: "قبل ثلاثة أسابيع", want: "2013-01-22", g: Day},
		{name: "in a month", in: "بعد شهر", want: "2013-03-12", g: Day},
		{name: "in three months", in: "بعد 3 أشهر", want: "2013-05-12", g: Day},
		{name: "two months ago", in: "منذ شهرين", want: "2012-12-12", g: Day},
		{name: "in a year", in: "بعد سنة", want: "2014-02", g: Month},
		{name: "in two years", in: "بعد عامين", want: "2015-02", g: Month},
		{name: "two years ago", in: "قبل سنتين", want: "2011-02", g: Month},
		{name: "a year ago", in: "قبل عام", want: "2012-02", g: Month},
		{name: "five years ago", in: "منذ 5 سنوات", want: "2008-02", g: Month},
		{name: "a week ago mundhu", in: "منذ أسبوع", want: "2013-02-05", g: Day},

		// Weeks, months and years relative to the reference.
		{name: "next week", in: "الأسبوع القادم", want: "2013-02-18", g: Week},
		{name: "next week colloquial", in: "الأسبوع الجاي", want: "2013-02-18", g: Week},
		{name: "this week", in: "هذا الأسبوع", want: "2013-02-11", g: Week},
		{name: "current week", in: "الأسبوع الحالي", want: "2013-02-11", g: Week},
		{name: "previous week", in: "الأسبوع السابق", want: "2013-02-04", g: Week},
		{name: "during next week", in: "خلال الأسبوع المقبل", want: "2013-02-18", g: Week},
		{name: "next month", in: "الشهر المقبل", want: "2013-03", g: Month},
		{name: "next month qadim", in: "الشهر القادم", want: "2013-03", g: Month},
		{name: "this month", in: "هذا الشهر", want: "2013-02", g: Month},
		{name: "current month", in: "الشهر الجاري", want: "2013-02", g: Month},
		{name: "previous month", in: "الشهر السابق", want: "2013-01", g: Month},
		{name: "next year", in: "العام القادم", want: "2014", g: Year},
		{name: "next year sana", in: "السنة المقبلة", want: "2014", g: Year},
		{name: "last year", in: "العام الماضي", want: "2012", g: Year},
		{name: "last year faita", in: "السنة الفائتة", want: "2012", g: Year},
		{name: "last year munsarim", in: "العام المنصرم", want: "2012", g: Year},
		{name: "this year", in: "هذا العام", want: "2013", g: Year},
		{name: "this year fem", in: "هذه السنة", want: "2013", g: Year},
		{name: "current year", in: "العام الحالي", want: "2013", g: Year},
		{name: "current year jari", in: "العام الجاري", want: "2013", g: Year},
		{name: "current year sana", in: "السنة الحالية", want: "2013", g: Year},

		// Weekends, starts and ends.
		{name: "weekend", in: "نهاية الأسبوع", want: "2013-02-15T18:00:00-02:00..2013-02-18T00:00:00-02:00", g: Hour},
		{name: "weekend holiday", in: "عطلة نهاية الأسبوع", want: "2013-02-15T18:00:00-02:00..2013-02-18T00:00:00-02:00", g: Hour},
		{name: "this weekend", in: "نهاية هذا الأسبوع", want: "2013-02-15T18:00:00-02:00..2013-02-18T00:00:00-02:00", g: Hour},
		{name: "next weekend", in: "عطلة نهاية الأسبوع المقبل", want: "2013-02-22T18:00:00-02:00..2013-02-25T00:00:00-02:00", g: Hour},
		{name: "last weekend", in: "نهاية الأسبوع الماضي", want: "2013-02-08T18:00:00-02:00..2013-02-11T00:00:00-02:00", g: Hour},
		{name: "end of the month", in: "نهاية الشهر", want: "2013-02-21..2013-03-01", g: Day},
		{name: "end of the month akhir", in: "آخر الشهر", want: "2013-02-21..2013-03-01", g: Day},
		{name: "end of next month", in: "نهاية الشهر المقبل", want: "2013-03-21..2013-04-01", g: Day},
		{name: "start of next month", in: "بداية الشهر المقبل", want: "2013-03-01..2013-03-11", g: Day},
		{name: "start of the month", in: "بداية الشهر", want: "2013-02-01..2013-02-11", g: Day},
		{name: "end of the year", in: "نهاية العام", want: "2013-09..2014-01", g: Month},
		{name: "end of the year akhir", in: "آخر السنة", want: "2013-09..2014-01", g: Month},
		{name: "end of this year", in: "نهاية هذا العام", want: "2013-09..2014-01", g: Month},
		{name: "start of the year", in: "بداية العام", want: "2013-01..2013-04", g: Month},
		{name: "start of next year", in: "مطلع العام المقبل", want: "2014-01..2014-04", g: Month},
		{name: "first day of march", in: "أول يوم من آذار", want: "2013-03-01", g: Day},
		{name: "first day of march ordinal", in: "اليوم الأول من آذار", want: "2013-03-01", g: Day},
		{name: "first day of next month", in: "أول يوم من الشهر المقبل", want: "2013-03-01", g: Day},
		{name: "last day of the month", in: "آخر يوم من الشهر", want: "2013-02-28", g: Day},
		{name: "last day in the month", in: "آخر يوم في الشهر", want: "2013-02-28", g: Day},
		{name: "last day of the month definite", in: "اليوم الأخير من الشهر", want: "2013-02-28", g: Day},
		{name: "last day of the year", in: "آخر يوم من السنة", want: "2013-12-31", g: Day},
		{name: "last day of april", in: "آخر يوم من نيسان", want: "2013-04-30", g: Day},
		{name: "first monday of march", in: "أول اثنين من آذار", want: "2013-03-04", g: Day},
		{name: "last friday of the month", in: "آخر جمعة من الشهر", want: "2013-02-22", g: Day},
		{name: "third thursday of april", in: "ثالث خميس من نيسان", want: "2013-04-18", g: Day},
		{name: "first sunday of next month", in: "أول أحد من الشهر المقبل", want: "2013-03-03", g: Day},
		{name: "last friday of march", in: "الجمعة الأخيرة من آذار", want: "2013-03-29", g: Day},
		{name: "first monday of march weekday first", in: "الاثنين الأول من آذار", want: "2013-03-04", g: Day},

		// Day and month, every month system.
		{name: "lev jan next year", in: "5 كانون الثاني", want: "2014-01-05", g: Day},
		{name: "lev feb", in: "14 شباط", want: "2013-02-14", g: Day},
		{name: "lev mar", in: "3 آذار", want: "2013-03-03", g: Day},
		{name: "lev mar no madda", in: "3 اذار", want: "2013-03-03", g: Day},
		{name: "lev apr", in: "10 نيسان", want: "2013-04-10", g: Day},
		{name: "lev may", in: "1 أيار", want: "2013-05-01", g: Day},
		{name: "lev jun", in: "21 حزيران", want: "2013-06-21", g: Day},
		{name: "lev jul", in: "4 تموز", want: "2013-07-04", g: Day},
		{name: "lev aug", in: "15 آب", want: "2013-08-15", g: Day},
		{name: "lev sep", in: "30 أيلول", want: "2013-09-30", g: Day},
		{name: "lev oct", in: "6 تشرين الأول", want: "2013-10-06", g: Day},
		{name: "lev nov", in: "11 تشرين الثاني", want: "2013-11-11", g: Day},
		{name: "lev dec", in: "25 كانون الأول", want: "2013-12-25", g: Day},
		{name: "egy jan", in: "7 يناير 2014", want: "2014-01-07", g: Day},
		{name: "egy feb", in: "20 فبراير 2012", want: "2012-02-20", g: Day},
		{name: "egy mar", in: "17 مارس 2013", want: "2013-03-17", g: Day},
		{name: "egy apr", in: "9 أبريل 2011", want: "2011-04-09", g: Day},
		{name: "egy apr kasra", in: "9 إبريل", want: "2013-04-09", g: Day},
		{name: "egy may", in: "2 مايو 2015", want: "2015-05-02", g: Day},
		{name: "egy jun", in: "30 يونيو 2013", want: "2013-06-30", g: Day},
		{name: "egy jul", in: "23 يوليو 1952", want: "1952-07-23", g: Day},
		{name: "egy aug", in: "14 أغسطس", want: "2013-08-14", g: Day},
		{name: "egy sep", in: "11 سبتمبر 2001", want: "2001-09-11", g: Day},
		{name: "egy oct", in: "6 أكتوبر 1973", want: "1973-10-06", g: Day},
		{name: "egy oct no hamza", in: "6 اكتوبر", want: "2013-10-06", g: Day},
		{name: "egy nov", in: "18 نوفمبر", want: "2013-11-18", g: Day},
		{name: "egy dec", in: "31 ديسمبر 2012", want: "2012-12-31", g: Day},
		{name: "mag jan", in: "يناير 2016", want: "2016-01", g: Month},
		{name: "mag may", in: "ماي 2016", want: "2016-05", g: Month},
		{name: "mag may day", in: "8 ماي", want: "2013-05-08", g: Day},
		{name: "mag jul", in: "30 يوليوز 2016", want: "2016-07-30", g: Day},
		{name: "mag aug", in: "20 غشت 2016", want: "2016-08-20", g: Day},
		{name: "mag sep", in: "شتنبر 2016", want: "2016-09", g: Month},
		{name: "mag nov", in: "18 نونبر", want: "2013-11-18", g: Day},
		{name: "mag dec", in: "6 دجنبر 2016", want: "2016-12-06", g: Day},
		{name: "alg jan", in: "1 جانفي 2014", want: "2014-01-01", g: Day},
		{name: "alg feb", in: "فيفري 2014", want: "2014-02", g: Month},
		{name: "alg mar", in: "8 مارس", want: "2013-03-08", g: Day},
		{name: "alg apr", in: "أفريل 2014", want: "2014-04", g: Month},
		{name: "alg jun", in: "جوان 2014", want: "2014-06", g: Month},
		{name: "alg jul", in: "5 جويلية 1962", want: "1962-07-05", g: Day},
		{name: "alg aug", in: "20 أوت 1955", want: "1955-08-20", g: Day},
		{name: "alg nov", in: "1 نوفمبر 1954", want: "1954-11-01", g: Day},
		{name: "month alone next year", in: "كانون الثاني", want: "2014-01", g: Month},
		{name: "month alone current", in: "شباط", want: "2013-02", g: Month},
		{name: "month alone two words", in: "تشرين الأول", want: "2013-10", g: Month},
		{name: "month with fi", in: "في أيلول", want: "2013-09", g: Month, text: "أيلول"},

		// Ordinal days, weekdays before, شهر and doubled names.
		{name: "ordinal first of april", in: "الأول من نيسان", want: "2013-04-01", g: Day},
		{name: "ordinal fifteenth", in: "الخامس عشر من آذار", want: "2013-03-15", g: Day},
		{name: "ordinal twenty-first", in: "الحادي والعشرين من أيلول", want: "2013-09-21", g: Day},
		{name: "ordinal twenty-first nominative", in: "الحادي والعشرون من أيار", want: "2013-05-21", g: Day},
		{name: "ordinal twentieth", in: "العشرين من حزيران", want: "2013-06-20", g: Day},
		{name: "ordinal thirtieth", in: "الثلاثين من تشرين الثاني", want: "2013-11-30", g: Day},
		{name: "ordinal twelfth", in: "الثاني عشر من شباط", want: "2013-02-12", g: Day},
		{name: "ordinal with year", in: "السابع من كانون الثاني 2014", want: "2014-01-07", g: Day},
		{name: "ordinal twenty-fifth", in: "الخامس والعشرين من كانون الأول", want: "2013-12-25", g: Day},
		{name: "weekday then date", in: "الجمعة 15 آذار", want: "2013-03-15", g: Day},
		{name: "yawm weekday date year", in: "يوم الأحد 3 آذار 2013", want: "2013-03-03", g: Day},
		{name: "weekday comma date", in: "الخميس، 14 شباط", want: "2013-02-14", g: Day},
		{name: "weekday numeric", in: "السبت 16/2/2013", want: "2013-02-16", g: Day},
		{name: "weekday muwafiq", in: "الاثنين الموافق 18 شباط", want: "2013-02-18", g: Day},
		{name: "min shahr", in: "5 من شهر آذار", want: "2013-03-05", g: Day},
		{name: "shahr month", in: "شهر آذار", want: "2013-03", g: Month},
		{name: "ordinal min shahr", in: "العاشر من شهر أيار", want: "2013-05-10", g: Day},
		{name: "doubled alone", in: "آذار/مارس", want: "2013-03", g: Month},
		{name: "doubled with day", in: "10 آذار/مارس", want: "2013-03-10", g: Day},
		{name: "doubled parens year", in: "آذار (مارس) 2014", want: "2014-03", g: Month},
		{name: "doubled full", in: "15 نيسان/أبريل 2013", want: "2013-04-15", g: Day},
		{name: "doubled kanun", in: "كانون الثاني/يناير 2014", want: "2014-01", g: Month},
		{name: "doubled parens", in: "تشرين الأول (أكتوبر)", want: "2013-10", g: Month},

		// Numeric dates and years.
		{name: "dmy slash", in: "12/2/2013", want: "2013-02-12", g: Day},
		{name: "dmy dash", in: "12-2-2013", want: "2013-02-12", g: Day},
		{name: "ymd slash", in: "2013/2/12", want: "2013-02-12", g: Day},
		{name: "dmy dots", in: "12.2.2013", want: "2013-02-12", g: Day},
		{name: "iso", in: "2013-02-12", want: "2013-02-12", g: Day},
		{name: "two-digit year", in: "12/02/13", want: "2013-02-12", g: Day},
		{name: "month year numeric", in: "2/2013", want: "2013-02", g: Month},
		{name: "indic ymd", in: "٢٠١٣/٢/١٢", want: "2013-02-12", g: Day},
		{name: "indic dmy", in: "٣/٥/٢٠١٤", want: "2014-05-03", g: Day},
		{name: "yawm day month", in: "يوم 20/3", want: "2013-03-20", g: Day},
		{name: "year aam", in: "عام 2015", want: "2015", g: Year},
		{name: "year sana indic", in: "سنة ٢٠١٥", want: "2015", g: Year},
		{name: "year miladi attached", in: "2015م", want: "2015", g: Year},
		{name: "year miladi", in: "سنة 2020 م", want: "2020", g: Year},
		{name: "year al-aam", in: "العام 2015", want: "2015", g: Year},
		{name: "year fi aam", in: "في عام 1990", want: "1990", g: Year},
		{name: "hijri year", in: "1434 هـ", want: "2012-11-15..2013-11-04", g: Day},
		{name: "hijri year indic", in: "١٤٣٤ هـ", want: "2012-11-15..2013-11-04", g: Day},

		// Hijri dates and months.
		{name: "hijri date", in: "15 رمضان 1434 هـ", want: "2013-07-23", g: Day},
		{name: "hijri date no mark", in: "27 رجب 1434", want: "2013-06-06", g: Day},
		{name: "hijri new year date", in: "1 محرم 1435", want: "2013-11-04", g: Day},
		{name: "hijri dhu al-hijja", in: "10 ذي الحجة 1434", want: "2013-10-15", g: Day},
		{name: "hijri month year", in: "رمضان 1434", want: "2013-07-09..2013-08-08", g: Day},
		{name: "hijri named month", in: "شهر رمضان", want: "2013-07-09..2013-08-08", g: Day},
		{name: "hijri two-word month year", in: "ربيع الأول 1434", want: "2013-01-13..2013-02-11", g: Day},
		{name: "hijri ordinal without year", in: "الأول من شوال", want: "2013-08-08", g: Day},

		// Feasts.
		{name: "eid al-fitr", in: "عيد الفطر", want: "2013-08-08", g: Day},
		{name: "eid al-fitr blessed", in: "عيد الفطر المبارك", want: "2013-08-08", g: Day},
		{name: "eid al-adha", in: "عيد الأضحى", want: "2013-10-15", g: Day},
		{name: "eid al-adha year", in: "عيد الأضحى 2014", want: "2014-10-04", g: Day},
		{name: "gregorian new year", in: "رأس السنة الميلادية", want: "2014-01-01", g: Day},
		{name: "new year", in: "رأس السنة", want: "2014-01-01", g: Day},
		{name: "hijri new year", in: "رأس السنة الهجرية", want: "2013-11-04", g: Day},
		{name: "christmas", in: "عيد الميلاد", want: "2013-12-25", g: Day},
		{name: "christmas glorious", in: "عيد الميلاد المجيد", want: "2013-12-25", g: Day},
		{name: "easter", in: "عيد الفصح", want: "2013-03-31", g: Day},
		{name: "ramadan year", in: "رمضان 2014", want: "2014-06-28..2014-07-28", g: Day},
		{name: "labour day", in: "عيد العمال", want: "2013-05-01", g: Day},
		{name: "valentine", in: "عيد الحب", want: "2013-02-14", g: Day},

		// Intervals.
		{name: "days range", in: "من 13 إلى 15 تموز", want: "2013-07-13..2013-07-16", g: Day},
		{name: "days between", in: "بين 5 و7 آذار", want: "2013-03-05..2013-03-08", g: Day},
		{name: "days range year", in: "من 1 إلى 10 آذار 2014", want: "2014-03-01..2014-03-11", g: Day},
		{name: "days across months", in: "من 20 شباط إلى 5 آذار", want: "2013-02-20..2013-03-06", g: Day},
		{name: "weekdays range", in: "من الاثنين إلى الجمعة", want: "2013-02-18..2013-02-23", g: Day},
		{name: "weekdays range hatta", in: "من الأحد حتى الخميس", want: "2013-02-17..2013-02-22", g: Day},
		{name: "hours range morning", in: "من الساعة 9 إلى 11 صباحا", want: "2013-02-12T09:00:00-02:00..2013-02-12T12:00:00-02:00", g: Hour},
		{name: "hours range evening", in: "من الساعة 3 إلى 5 مساء", want: "2013-02-12T15:00:00-02:00..2013-02-12T18:00:00-02:00", g: Hour},
		{name: "minutes range", in: "من 9:30 إلى 11:00", want: "2013-02-12T09:30:00-02:00..2013-02-12T11:01:00-02:00", g: Minute},
		{name: "years range", in: "من 2010 إلى 2015", want: "2010..2016", g: Year},
		{name: "years between", in: "بين عامي 2010 و2015", want: "2010..2016", g: Year},
		{name: "months range", in: "من آذار إلى أيار", want: "2013-03..2013-06", g: Month},
		{name: "months range year", in: "من كانون الثاني إلى آذار 2014", want: "2014-01..2014-04", g: Month},
		{name: "next three days", in: "الأيام الثلاثة المقبلة", want: "2013-02-13..2013-02-16", g: Day},
		{name: "last three days", in: "الأيام الثلاثة الماضية", want: "2013-02-09..2013-02-12", g: Day},
		{name: "last two days", in: "اليومين الماضيين", want: "2013-02-10..2013-02-12", g: Day},
		{name: "next three weeks", in: "الأسابيع الثلاثة المقبلة", want: "2013-02-18..2013-03-11", g: Week},
		{name: "last three days akhir", in: "آخر ثلاثة أيام", want: "2013-02-09..2013-02-12", g: Day},
		{name: "hours range bare first", in: "من 8 حتى 10 مساء", want: "2013-02-12T20:00:00-02:00..2013-02-12T23:00:00-02:00", g: Hour},
		{name: "hours between wa", in: "بين الساعة 3 و5", want: "2013-02-12T15:00:00-02:00..2013-02-12T18:00:00-02:00", g: Hour},
		{name: "hours range pm", in: "من 3 إلى 5 مساء", want: "2013-02-12T15:00:00-02:00..2013-02-12T18:00:00-02:00", g: Hour},
		{name: "hours range to noon", in: "من الساعة 10 صباحا حتى 2 ظهرا", want: "2013-02-12T10:00:00-02:00..2013-02-12T15:00:00-02:00", g: Hour},
		{name: "months range weak end", in: "من يناير إلى مارس", want: "2014-01..2014-04", g: Month},
		{name: "first quarter", in: "الربع الأول من العام", want: "2013-01..2013-04", g: Month},
		{name: "third quarter year", in: "الربع الثالث من عام 2014", want: "2014-07..2014-10", g: Month},
		{name: "last quarter last year", in: "الربع الأخير من السنة الماضية", want: "2012-10..2013-01", g: Month},

		// More relative forms.
		{name: "week after next", in: "الأسبوع بعد القادم", want: "2013-02-25", g: Week},
		{name: "month after next", in: "الشهر بعد المقبل", want: "2013-04", g: Month},
		{name: "in a week from now", in: "بعد أسبوع من الآن", want: "2013-02-19", g: Day},
		{name: "in 24 hours", in: "بعد 24 ساعة", want: "2013-02-13T04:30:00-02:00", g: Minute},
		{name: "two days ago mundhu", in: "منذ يومين", want: "2013-02-10T04:00:00-02:00", g: Hour},
		{name: "an hour ago", in: "منذ ساعة", want: "2013-02-12T03:30:00-02:00", g: Minute},
		{name: "within two hours ghudun", in: "في غضون ساعتين", want: "2013-02-12T04:30:00-02:00..2013-02-12T06:30:00-02:00", g: Second},
		{name: "during next month", in: "خلال الشهر المقبل", want: "2013-03", g: Month},
		{name: "mid month", in: "منتصف الشهر", want: "2013-02-15", g: Day},
		{name: "mid next month", in: "منتصف الشهر المقبل", want: "2013-03-15", g: Day},
		{name: "start of the month awwal", in: "أول الشهر", want: "2013-02-01..2013-02-11", g: Day},
		{name: "ramadan next", in: "رمضان المقبل", want: "2013-07-09..2013-08-08", g: Day},
		{name: "march next", in: "آذار القادم", want: "2013-03", g: Month},
		{name: "september last", in: "أيلول الماضي", want: "2012-09", g: Month},
		{name: "mother's day", in: "عيد الأم", want: "2013-03-21", g: Day},

		// More clock times.
		{name: "tonight at ten", in: "الليلة الساعة 10", want: "2013-02-12T22:00:00-02:00", g: Hour},
		{name: "two after midnight", in: "الساعة الثانية بعد منتصف الليل", want: "2013-02-13T02:00:00-02:00", g: Hour},
		{name: "seven of friday evening", in: "السابعة من مساء الجمعة", want: "2013-02-15T19:00:00-02:00", g: Hour},
		{name: "seven friday evening", in: "السابعة مساء الجمعة", want: "2013-02-15T19:00:00-02:00", g: Hour},
		{name: "five this morning", in: "الخامسة من صباح اليوم", want: "2013-02-12T05:00:00-02:00", g: Hour},
		{name: "five tomorrow evening", in: "الساعة الخامسة مساء غد", want: "2013-02-13T17:00:00-02:00", g: Hour},
		{name: "next thursday at nine", in: "يوم الخميس القادم الساعة 9 صباحا", want: "2013-02-14T09:00:00-02:00", g: Hour},
		{name: "half past four asr", in: "الرابعة والنصف عصرا", want: "2013-02-12T16:30:00-02:00", g: Minute},
		{name: "quarter to ten two digits", in: "الساعة 9 و45", want: "2013-02-12T09:45:00-02:00", g: Minute},
		{name: "midnight twelve at night", in: "الساعة 12 ليلا", want: "2013-02-13T00:00:00-02:00", g: Hour},
		{name: "one o'clock", in: "الساعة الواحدة", want: "2013-02-12T13:00:00-02:00", g: Hour},
		{name: "tomorrow at eight fi", in: "غدا في الساعة الثامنة", want: "2013-02-13T08:00:00-02:00", g: Hour},
		{name: "friday seven pm", in: "الجمعة 7 مساء", want: "2013-02-15T19:00:00-02:00", g: Hour},
	}
	pass := 0
	for _, tt := range tests {
		ok := t.Run(tt.name, func(t *testing.T) {
			es, _ := Find(tt.in, Options{Ref: ref, HasRef: true, Dir: Future})
			if len(es) != 1 {
				var got []string
				for _, e := range es {
					got = append(got, tt.in[e.Start:e.End])
				}
				t.Fatalf("Find(%+q) gave %d mentions %+q, want 1", tt.in, len(es), got)
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
				got = Format(e.From, e.Grain) + ".." + Format(e.To, e.Grain)
			}
			if got != tt.want || e.Grain != tt.g || !e.Resolved {
				t.Errorf("Find(%+q) = %s %s (resolved %v), want %s %s", tt.in, got, e.Grain, e.Resolved, tt.want, tt.g)
			}
		})
		if ok {
			pass++
		}
	}
	t.Logf("broad dates: %d/%d pass", pass, len(tests))
}

// TestBroadDurations reads lengths of time alone, every unit in the
// singular, dual and plural, in digits and in words, with fractions.
func TestBroadDurations(t *testing.T) {
	tests := []struct {
		in   string
		v    float64
		unit Grain
	}{
		{"ثانية", 1, Second}, {"ثانيتين", 2, Second}, {"30 ثانية", 30, Second}, {"عشر ثوان", 10, Second},
		{"ثلاثين ثانية", 30, Second}, {"خمس ثواني", 5, Second},
		{"دقيقة", 1, Minute}, {"دقيقتين", 2, Minute}, {"5 دقائق", 5, Minute}, {"خمس دقائق", 5, Minute},
		{"20 دقيقة", 20, Minute}, {"خمس عشرة دقيقة", 15, Minute}, {"عشرين دقيقة", 20, Minute}, {"دقيقة واحدة", 1, Minute},
		{"ساعة", 1, Hour}, {"ساعتين", 2, Hour}, {"ساعتان", 2, Hour}, {"3 ساعات", 3, Hour}, {"ثلاث ساعات", 3, Hour},
		{"48 ساعة", 48, Hour}, {"٢٤ ساعة", 24, Hour}, {"ساعة واحدة", 1, Hour},
		{"ساعة ونصف", 1.5, Hour}, {"ساعتين ونصف", 2.5, Hour}, {"ساعة وربع", 1.25, Hour}, {"ثلاث ساعات ونصف", 3.5, Hour},
		{"نصف ساعة", 0.5, Hour}, {"ربع ساعة", 0.25, Hour}, {"ثلث ساعة", 1.0 / 3, Hour}, {"ساعتين وربع", 2.25, Hour},
		{"يوم", 1, Day}, {"يومين", 2, Day}, {"يومان", 2, Day}, {"4 أيام", 4, Day}, {"أربعة أيام", 4, Day},
		{"عشرة أيام", 10, Day}, {"أحد عشر يوما", 11, Day}, {"خمسة عشر يوما", 15, Day}, {"مئة يوم", 100, Day},
		{"يوم ونصف", 1.5, Day}, {"نصف يوم", 0.5, Day}, {"يوم واحد", 1, Day},
		{"أسبوع", 1, Week}, {"أسبوعين", 2, Week}, {"أسبوعان", 2, Week}, {"3 أسابيع", 3, Week}, {"ثلاثة أسابيع", 3, Week},
		{"أسبوع ونصف", 1.5, Week},
		{"شهر", 1, Month}, {"شهرين", 2, Month}, {"6 أشهر", 6, Month}, {"ستة شهور", 6, Month}, {"شهر ونصف", 1.5, Month},
		{"ثلاثة أشهر ونصف", 3.5, Month},
		{"سنة", 1, Year}, {"سنتين", 2, Year}, {"5 سنوات", 5, Year}, {"عام", 1, Year}, {"عامين", 2, Year},
		{"عشرة أعوام", 10, Year}, {"سنة ونصف", 1.5, Year}, {"عام ونصف", 1.5, Year}, {"مئة عام", 100, Year},
		{"عقد", 10, Year}, {"عقدين", 20, Year}, {"ثلاثة عقود", 30, Year}, {"قرن", 100, Year}, {"نصف قرن", 50, Year},
		{"قرنين", 200, Year},
	}
	pass := 0
	for _, tt := range tests {
		ok := t.Run(tt.in, func(t *testing.T) {
			_, ds := Find(tt.in, Options{Ref: ref, HasRef: true, Dir: Future})
			if len(ds) != 1 {
				t.Fatalf("Find(%+q) gave %d durations, want 1", tt.in, len(ds))
			}
			d := ds[0]
			if got := tt.in[d.Start:d.End]; got != tt.in || math.Abs(d.Value-tt.v) > 1e-9 || d.Unit != tt.unit {
				t.Errorf("Find(%+q) = %+q %v %s, want the whole input %v %s", tt.in, got, d.Value, d.Unit, tt.v, tt.unit)
			}
		})
		if ok {
			pass++
		}
	}
	t.Logf("broad durations: %d/%d pass", pass, len(tests))
}
