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
// Forms read: numeric dates (5/9/2017, 2017-09-05, 5.9.2017, 2/2013) in any
// digits; month names of the Levantine, Egyptian and Gulf, Moroccan and
// Algerian and Tunisian systems, doubled ("أيلول/سبتمبر"); days in digits or
// ordinal words; Hijri dates (Umm al-Qura calendar for 1356–1500 AH, the
// arithmetic calendar otherwise, ±1 day); weekdays and relative days, weeks,
// months and years; "منذ/قبل/بعد/خلال" + a duration; clock times with parts
// of the day, "إلا ربعا", "والنصف" and "بتوقيت …"; ranges of days, hours and
// years; feasts (عيد الفطر، عيد الأضحى، رأس السنة الهجرية، عيد الميلاد،
// عيد الفصح) and "رمضان 2019".
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
//     hour has not ended (at 04:30, "الساعة الثالثة فجرا" is tomorrow's 03:00
//     and "الساعة الرابعة فجرا" today's 04:00). Past
//     (news): a weekday is the most recent one on or before the reference
//     day; a date without a year is the occurrence nearest the reference
//     (within six months, ties to the past); a time is the most recent
//     occurrence at or before the reference. "الماضي" and "المقبل" after a
//     weekday or date force the one strictly before or after the reference
//     in both directions.
//   - An explicit relative day wins over a weekday that disagrees with it:
//     "يوم أمس الجمعة" is the day before the reference even when that is not
//     a Friday.
//   - Parts of the day (used to read clock times and for "الليلة"): dawn
//     04–06, morning 04–12, noon 12–14, afternoon 12–18, evening and night
//     18–24; "الليلة"/"هذه الليلة" is an hour-grain interval 18:00–24:00 of the
//     reference day. A part of the day with a day ("مساء الثلاثاء", "ليلة
//     الأربعاء، 13 أيلول", "صباح اليوم") is that day, at day grain.
//   - Intervals: From is inclusive and To exclusive at the grain ("من 13 إلى 15
//     تموز" is 07-13 .. 07-16); "خلال" + a duration is from the reference to
//     the reference plus the duration (to the start of that day for days and
//     longer), at second grain; "حتى الساعة 2:00" is from the reference to
//     that time.
//   - Weeks start on Monday; a week's value is its Monday.
//   - "منذ/قبل/بعد" + a duration shift the reference: seconds and minutes
//     keep their grain, hours give minute grain, days and weeks day grain,
//     months month grain and years year grain. "بعد 17 يوما من …" counts
//     from another event and gives no date (the duration is still reported).
//   - Time zones after "بتوقيت" are fixed offsets without daylight saving
//     (غرينتش 0, بيروت/دمشق/القاهرة +2, مكة/بغداد +3 …); values are shown in
//     the reference's location.
//   - A lone singular unit ("أسبوع", "شهر") is one unit only when it is the
//     whole input or follows a word that introduces a length of time (بعد،
//     قبل، منذ، خلال، لمدة، نحو …). Words that are also ordinary words need a
//     number or year next to them: مارس، ماي، جوان، أوت، اب without madda and
//     the Hijri months (محرم، صفر، رجب، شعبان، رمضان، شوال).
//   - Not read: anaphoric days ("في اليوم التالي"), "the Nth weekday of a
//     month", and dates relative to another mention.
//
// The word lists are in lexicon.go. Find allocates little and uses no
// regular expressions.
package timex
