// Package timex finds dates, times and durations in Arabic text and resolves
// them to values.
//
// What goes in: any text (news prose or a single expression) and Options
// with a reference time and a direction. What comes out: Find returns the
// date and time mentions (Expr) and the lengths of time (Duration), each with
// byte offsets into the text; NewStage is the pipeline stage "timex", which
// fills Document.Dates and Document.Durations from Body with the publication
// date (midnight UTC) as reference and the Past direction.
//
// For example, with the reference 2017-09-16 and Dir Past,
//
//	"نشر يوم أمس الجمعة ( 15 أيلول 2017) بعد حصار دام أسبوعين"
//
// gives the dates "يوم أمس الجمعة" (2017-09-15, day) and "15 أيلول 2017"
// (2017-09-15, day) and the duration "أسبوعين" (2 weeks).
//
// Forms read: numeric dates (5/9/2017, 2017-09-05, 5.9.2017, 2/2013, and
// with spaces "15 / 1 / 1959" when the year has four digits) in any digits;
// month names of the Levantine (also "كانون أول", "تشرين ثاني" without the
// article), Egyptian and Gulf, Moroccan and Algerian and Tunisian systems,
// doubled ("أيلول/سبتمبر"); days in digits or ordinal words; Hijri dates
// (Umm al-Qura calendar for 1356–1500 AH, the arithmetic calendar
// otherwise, ±1 day); years ("عام 2015", "2015م", "1434 هـ", "عام (1948)",
// "عام (1325) هجري") and spans of years ("1936 - 1939", "(1958 / 1963)":
// 1800–2099, the second larger, an interval of years); a bare four-digit
// year 1900–2099 only where it cannot be a count: as the whole text ("2013",
// "(1948)") or after an event noun and before punctuation or the end ("حرب
// 1967.", "انتخابات 2014،"; "2000 شخص" is not a year); weekdays and relative days, weeks, months and years ("الجمعة
// بعد القادمة", "الأسبوع بعد القادم"); "منذ/قبل/بعد/خلال" + a duration
// ("بعد أسبوع من الآن"); clock times with parts of the day (also "ص" and,
// after الساعة or minutes, "م"), "إلا ربعا", "والنصف", "في تمام الساعة",
// "بعد منتصف الليل" and "بتوقيت …"; parts of the day alone ("بعد الظهر",
// "في الصباح", "الظهر", "منتصف الليل"); the weekend ("عطلة نهاية
// الأسبوع"); the start, middle and end of a month or year ("نهاية الشهر",
// "بداية العام المقبل", "منتصف الشهر"); quarters ("الربع الثالث من عام
// 2014"); a day counted in a month or year ("أول يوم من آذار", "آخر يوم في
// الشهر", "أول اثنين من آذار", "الجمعة الأخيرة من الشهر"); ranges of days,
// weekdays ("من الاثنين إلى الجمعة"), hours, months and years; the last N
// units ("الأيام الثلاثة الماضية", "آخر ثلاثة أيام"); feasts (عيد الفطر،
// عيد الأضحى، رأس السنة الهجرية والميلادية، عيد الميلاد، عيد الفصح، عيد
// العمال، عيد الحب، عيد الأم) and "رمضان 2019".
//
// Conventions:
//
//   - No reference. Without a publication date, absolute dates resolve; a
//     day and month without a year ("28 أغسطس") take their year from the
//     nearest full date in the same text ("5 أيلول 2017"), before it or else
//     after it; relative mentions ("أمس", "الأسبوع الماضي") stay unresolved
//     rather than guessed.
//   - Direction. Future (assistant-style): a weekday is the next one strictly
//     after the reference day (on a Tuesday, "الثلاثاء" is a week later); a
//     day and month without a year are this year's when the month is the
//     reference month or later, else next year's; an ambiguous hour ("الساعة
//     3") is the next of 03:00 or 15:00 after the reference, and a time
//     with a part of the day or in 24-hour form is its next occurrence whose
//     hour has not ended, with or without minutes (at 04:30, "الساعة
//     الثالثة فجرا" is tomorrow's 03:00, "الساعة الرابعة فجرا" today's 04:00,
//     "الساعة 4:23" today's 04:23 and "3:18 صباحا" tomorrow's). Past
//     (news): a weekday is the most recent one on or before the reference
//     day, or the coming one (on or after it) when a future cue such as
//     متوقعة، من المقرر، سوف comes before it in the same sentence ("أمطار
//     متوقعة مساء الأحد"); a date without a year is the occurrence nearest the reference
//     (within six months, ties to the past); a time is the most recent
//     occurrence at or before the reference. "الماضي" and "المقبل" after a
//     weekday or date force the one strictly before or after the reference
//     in both directions.
//   - An explicit relative day wins over a weekday that disagrees with it:
//     "يوم أمس الجمعة" is the day before the reference even when that is not
//     a Friday.
//   - Parts of the day (used to read clock times and alone): dawn 04–06,
//     morning 04–12, noon 12–14, afternoon 12–19, evening and night 18–24.
//     Alone ("الليلة", "هذا المساء", "هذا الصباح", "في الصباح", "بعد
//     الظهر") a part is an hour-grain interval of the reference day;
//     "الظهر"/"ظهرا" and "منتصف النهار" are 12:00 and "منتصف الليل" the next
//     00:00, at hour grain. A part of the day with a day ("مساء أمس",
//     "مساء الثلاثاء", "ليلة الأربعاء، 13 أيلول", "صباح 15 شباط", "غدا
//     صباحا", "بعد ظهر اليوم") is, in the Future direction, those hours of
//     that day at hour grain, as assistant-style parsers give it ("مساء أمس"
//     at 2013-02-12 is 2013-02-11T18:00 .. 2013-02-12T00:00); in the Past
//     direction (news) it is that day, at day grain. With a clock time the
//     part says am or pm ("مساء الجمعة الساعة 8" is 20:00).
//   - The weekend ("نهاية الأسبوع", "عطلة نهاية الأسبوع المقبل") is Friday
//     18:00 to Monday 00:00 of that week, at hour grain. Without a reference
//     only the week ("هذا الأسبوع") is reported.
//   - Start and end of a unit: "بداية/أول/مطلع الشهر" is days 1–10,
//     "نهاية/آخر/أواخر الشهر" day 21 to the end (day grain), "منتصف الشهر"
//     the 15th; "بداية العام" is January–March and "نهاية العام"
//     September–December (month grain); "الربع الثالث من العام" is July to
//     September. With a month name, "بداية آذار" and "نهاية آذار" are its
//     first and last day, "أوائل/أواسط/أواخر آذار" days 1–10, 11–20 and 21
//     to the end.
//   - "أول اثنين من آذار" and "الجمعة الأخيرة من الشهر" count weekdays in the
//     month; "الاثنين الأول من آذار" is 1 March when that is a Monday, else
//     the first Monday.
//   - Intervals: From is inclusive and To exclusive at the grain ("من 13 إلى 15
//     تموز" is 07-13 .. 07-16); "خلال" + a duration is from the reference to
//     the reference plus the duration (to the start of that day for days and
//     longer), at second grain; "خلال الأسبوع المقبل" is that week; "حتى
//     الساعة 2:00" is from the reference to that time; "من الاثنين إلى
//     الجمعة" is from the next Monday to the Friday after it; in "من 8 حتى
//     10 مساء" and "بين الساعة 3 و5" the first hour takes the second's part
//     of the day, and the second hour comes after the first.
//   - Weeks start on Monday; a week's value is its Monday.
//   - "منذ/قبل/بعد" + a duration shift the reference, at one grain finer
//     than the unit as assistant-style parsers give it: minutes give second
//     grain, hours minute grain and weeks day grain; in the Future direction
//     days give hour grain (at 04:30, "بعد 3 أيام" and "منذ 3 أيام" are 04:00
//     of that day), months day grain ("بعد شهر" is 2013-03-12) and years
//     month grain ("قبل سنتين" is 2011-02); in the Past direction (news)
//     days keep day grain, months month grain and years year grain. "بعد 17
//     يوما من …" counts from another event and gives no date (the duration is
//     still reported).
//   - Time zones after "بتوقيت" are fixed offsets without daylight saving
//     (غرينتش 0, بيروت/دمشق/القاهرة +2, مكة/بغداد +3 …); values are shown in
//     the reference's location.
//   - A lone singular unit ("أسبوع", "شهر") is one unit only when it is the
//     whole input or follows a word that introduces a length of time (بعد،
//     قبل، منذ، خلال، لمدة، نحو …). Words that are also ordinary words need a
//     number, a year, "شهر", a modifier ("رمضان المقبل") or a range ("من
//     يناير إلى مارس") next to them: مارس، ماي، جوان، أوت، اب without madda
//     and the Hijri months (محرم، صفر، رجب، شعبان، رمضان، شوال). آب written
//     أب ("father") or إب (the Yemeni city) is no month, and a month name of
//     up to three letters takes no ب، ل or ك ("باب" is a door). A lone
//     "عقد" (also "contract", "held") is a decade only as the whole input,
//     in "عقد من الزمن", or after منذ، قبل، لمدة … when no noun follows it
//     ("منذ عقد" is a decade, "بعد عقد اجتماع" is not); "العقد الماضي" is
//     the last ten years.
//   - Not read: anaphoric days ("في اليوم التالي"), dates relative to
//     another mention, national days ("عيد الاستقلال"), a bare year in
//     running text ("عام" or an event noun must say it is one) and a quarter
//     without its year ("الربع الأول").
//
// The word lists are in lexicon.go. Find uses no regular expressions and
// allocates little (token slices are pooled): each word is looked up once,
// when it is scanned, for the lexicons it is in and the rules that may start
// at it (the table rules in rules.go), so the rules run only where they can
// match; BenchmarkFind reads a 4.7 KB article in about 145 µs.
package timex
