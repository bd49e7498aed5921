// Package quantity finds the figures of a text together with what they
// count, each as a range: "أكثر من (250) عنصرا" is fighters, at least 250;
// "نحو 300 مسلح" is fighters, about 300; "عشرات المدنيين" is civilians, 20
// to 99.
//
// What goes in: any text (an article body), as news sites write it, in any
// digit script; invalid UTF-8 is tolerated.
//
// What comes out: Find returns Values, in text order and non-overlapping,
// each with the byte span of the whole quantity (hedge, number and counted
// noun), the range, whether it is approximate, and the counted noun's
// lemma, category, group and unit from the lexicon. NewStage is the
// pipeline stage "quantity", which fills Document.Quantities from the body.
//
// For example:
//
//	text := "قتل نحو 300 مسلح وأصيب أكثر من (250) عنصرا خلال 17 يوما"
//	for _, v := range quantity.Find(text) {
//		fmt.Println(text[v.Start:v.End], v.Counted, v.Category)
//	}
//	// نحو 300 مسلح مسلح fighters          (Min 300, Max 300, Approx)
//	// أكثر من (250) عنصرا عنصر fighters   (Min 250, Max nil)
//	// 17 يوما يوم time                    (Min 17, Max 17, Unit "day")
//
// # Numbers
//
// The numbers themselves come from package numeral (digits of every
// script, number words, "3 آلاف", "2.5 مليون", vague quantifiers). A
// number is kept with its counted noun whatever it is; a number with no
// counted noun is kept (Counted "") when it stands as a figure in prose,
// and skipped when it is part of a date or time (next to a month name of
// any Arabic naming system, "2017/10/11", "10:30", after "الساعة"), a year
// (four digits from 1900 to 2100 with no counted noun, or after عام، سنة،
// منذ), a label ("المادة 5", "رقم 3", "الطريق 4"), a model name written
// onto a word ("أم16", "F-16"), a telephone number (seven digits or more,
// a leading 0 or +), an ordinal or a fraction. "واحد" and "اثنان" alone,
// and the small vague words "عدة" and "بضعة" alone, are skipped too.
// Percentages are quantities with Category "percent", Group "other" and
// Unit "percent".
//
// # Counted nouns
//
// The counted noun follows the number ("17 حافلة", "300 مسلح", "30
// كيلومترا"), possibly after من ("308 من مقاتليه", "عشرات الآلاف من
// المدنيين"), or precedes a number written "واحد"/"اثنان" or with the
// article ("حافلة واحدة", "جنديان اثنان", "الساعات الـ72"). A dual noun
// counts two on its own ("حافلتين", "أسبوعين"). Nouns are looked up in
// lexicon.tsv, after Match normalization and with proclitics (و ف ب ل ك
// ال), pronoun suffixes, the accusative alif and sound plural endings
// removed; see the file's header for its columns.
//
// # Spans
//
// A Value's span runs from the hedge (or the number, or a counted noun
// written before it) to the counted noun or a hedge after it. Like
// numeral's, it begins at the word itself: a conjunction or preposition
// written onto the first word is left out ("وأكثر من 20" gives "أكثر من
// 20", "ومثلهم" gives "مثلهم").
//
// # Ranges
//
// Min and Max are pointers; nil means unbounded on that side.
//
//   - An exact number X is Min = Max = X.
//   - "About X" (نحو، حوالي، قرابة، زهاء، ما يقارب، ما يقرب من، ما يناهز،
//     في حدود، تقريبا after the number or noun) is Min = Max = X with
//     Approx set: the hedge says the writer rounded, not how far off the
//     figure may be, so we do not invent a margin.
//   - "More than X", "at least X" (أكثر من، أزيد من، ما يزيد عن/على، فوق،
//     ما لا يقل عن، يتجاوز، على الأقل after) is Min = X, Max nil. "أكثر من"
//     excludes X in meaning, but we store X as Min: the figure is what the
//     text states, and a consumer comparing ranges treats the bound as
//     inclusive.
//   - "Less than X", "up to X" (أقل من، دون، ما لا يزيد عن، لا يتجاوز، حتى،
//     على الأكثر after) is Max = X with Min nil, not 0: the text does not
//     say there was any.
//   - "Between X and Y" (بين، ما بين، يتراوح بين X و/إلى Y), "X-Y", "X أو Y",
//     and "من X إلى Y" followed by a counted noun are Min = X, Max = Y,
//     with Approx unset (the range is the uncertainty).
//   - Vague quantifiers keep numeral's convention ("عشرات" 20–99, "مئات"
//     200–999, "آلاف" 2,000–9,999, "عشرات الآلاف" 20,000–99,999, "بضعة"
//     3–9) and set Approx. A hedge combines with them: "أكثر من عشرات"
//     keeps the low end and drops the high.
//   - "ومثلهم تقريبا من عائلاتهم" after "308 من مقاتليه" is a second
//     quantity, 308 with Approx set, counting families: مثلهم، مثلها، مثله
//     repeat the previous quantity of the same sentence and ضعفهم، ضعفها
//     double it; without "من" and a noun, it counts the same thing.
//
// Find reads the text once with arabic.Tokenize and numeral.Find, and
// looks words up in maps; it never panics. The stage reuses the tokens
// the tokenize stage put on the document instead of tokenizing again.
package quantity
