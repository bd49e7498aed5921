// Package numeral finds and reads numbers written in Arabic text: digits of
// every script (Western 0-9, Arabic-Indic ٠-٩, Persian ۰-۹) with thousands
// and decimal separators, Modern Standard Arabic number words in all gender
// and case forms and spelling variants, compounds joined with و, mixed forms
// ("3 آلاف", "2.5 مليون"), vague quantifiers ("عشرات الآلاف"), fractions,
// percentages and ordinals.
//
// The package is a leaf: it knows nothing of documents or stages, and works
// on any string, reporting byte offsets into it.
//
// What goes in: any text, as news sites write it: with or without
// diacritics and tatweel, hamza or no hamza (أربعة/اربعة), ة or ه, ى or ي,
// proclitics و ف ب ل ك and the article ال attached, possibly invalid UTF-8.
//
// What comes out:
//
//   - Find(text): every number, as a Number (span, value, Min/Max, Kind,
//     Vague, Words), non-overlapping, leftmost-longest, ordered.
//   - Parse(s): s read as exactly one number; Readings(s): every reading
//     of s ("العشرين" is the ordinal and the cardinal 20).
//   - DualStems(word): the singulars a dual noun may come from
//     ("ساعتين" → "ساعه"), for callers that count with duals.
//   - DigitValue(r): the value of a digit of any script.
//
// For example:
//
//	text := "نزح ثلاثة آلاف شخص في اليوم الثاني، وارتفعت الأسعار ٣٠٪"
//	for _, n := range numeral.Find(text) {
//		fmt.Println(text[n.Start:n.End], n.Kind, n.Value)
//	}
//	// ثلاثة آلاف cardinal 3000
//	// الثاني ordinal 2
//	// ٣٠٪ percent 30
//
// # Conventions
//
// Digits. ٫ is always a decimal point and ٬ a thousands separator. With
// both , and . in one number, the last one is the decimal point
// (1,250.75 and 1.250,75). A dot followed only by groups of exactly three
// digits, after a leading group of one to three digits not starting with
// 0, separates thousands: 1.500 is 1500 and 2.500.000 is 2500000; any other
// single dot is a decimal point (1.5, 1.10, 01.10, 0.500). A single comma
// likewise separates thousands before three digits (1,500) and is a
// decimal comma otherwise (2,5). The Arabic comma ، is a list separator,
// never part of a number. Groups of three joined by a thin or narrow
// no-break space (U+2009, U+202F, U+200A) are one number. A minus sign or
// a decimal point written just before digits, after a space or bracket,
// belongs to the number (-12, .77); a hyphen after a letter or digit does
// not (كوفيد-19); سالب or ناقص before a number negates it ("سالب خمسة" is
// -5). Runs of more than 18 integer digits are identifiers, not numbers.
// "فاصلة" (or فاصل) is the spoken decimal point: "1 فاصلة 25" is
// 1.25, "واحد فاصلة واحد" 1.1.
//
// Dates and times are left out: digits joined by / or : (5/9/2017, 10:30),
// by two hyphens (2017-09-05), or by dots in a shape that is no number
// (5.9.2017) are not reported at all; package timex reads them. Digits
// with commas in no number shape (1,2,3) are not reported either. Two numbers
// joined by one hyphen are a range (5-10) and reported as two numbers.
//
// Words. A compound is read only through و between its parts (with or
// without a space after و) and through the fixed multiplicative orders
// (unit + عشر, unit + مئة, number + scale), so that "ثلاثة وأربعة" stays two
// numbers. Words that are numbers only sometimes are read conservatively:
// أحد and إحدى only in compounds (أحد عشر، إحدى وعشرون), since bare they
// mean "someone" or "one of"; الأحد and الاثنين are days; ست only before a
// number word or a counted plural (ست سنوات، ست دول), since it is also
// "lady"; خمس, سبع, تسع and عشر are fractions (a fifth…) only with a damma
// on their first letter (خُمس); عدة only when written with ة. Parse and
// Readings follow the same rules, except that, since their caller says the
// input is a number, they read every bare ordinal (ثانية، ثان، الحادي) and a
// lone أحد, إحدى or ست (1, 1, 6).
//
// ألفا, مليونا and مليارا are the accusative after a number (عشرون ألفا
// is 20000) and the dual in construct alone (ألفا دونم is 2000); Readings
// gives both. أولى is an ordinal only written with ى: أولي is
// "preliminary" (التقرير الأولي).
//
// Vague quantifiers: see Number.Vague. "بضعة آلاف" is 3000-9000, "بضعة
// عشر" 13-19.
//
// Fractions: نصف، ربع، ثلث، ثلثا/ثلثي، سدس and "ثلاثة أرباع" (0.75) are of
// Kind Fraction; a fraction of a scale is a cardinal ("نصف مليون" is
// 500000), and و + a fraction after a number adds it at the number's last
// scale ("مليون ونصف" is 1500000, "2 ونصف" 2.5). "ساعة ونصف" gives the
// fraction "نصف" alone: timex reads durations.
//
// Percentages: "30%", "٣٠٪", "30 %", "%30" (the sign first, as some sites
// write it), "30 في المئة", "30 بالمائة": Kind Percent, Value 30.
//
// Ordinals: the article forms الأول … العاشر (and feminines), الحادي عشر …
// التاسع عشر, compounds with و and tens (الحادي والعشرون، الواحد
// والعشرين), العشرون … التسعون, المئة and الألف. Bare forms (أول، ثاني،
// ثالث …) are ordinals too, except ثانية, which alone is usually the unit
// "second": Find reads it as an ordinal only after a word with the article
// (الجولة ثانية). For ال + tens, ال + الألف or المئة and الاثنا عشر, which
// may also be cardinals with the article, Find gives the ordinal and
// Readings both. "أول" in "أول أمس" is reported as the ordinal 1; timex
// prefers its longer date.
//
// Spans: Start is after a proclitic conjunction or preposition of the
// first word ("وخمسة" gives "خمسة") but includes the article (after ل,
// the article's lam: "للعشرين" gives "لعشرين").
//
// The word lists are in lexicon.go with their sources. Find scans the text
// once and normalizes only words whose last two letters end some number
// word.
package numeral
