package numeral

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// show writes a Number found in text as "span|kind|value", with
// "min~max" for a vague number, for compact tables.
func show(text string, n Number) string {
	v := fmtFloat(n.Value)
	if n.Vague {
		v = fmtFloat(n.Min) + "~" + fmtFloat(n.Max)
	}
	return text[n.Start:n.End] + "|" + n.Kind.String() + "|" + v
}

func fmtFloat(f float64) string {
	s := strconv.FormatFloat(f, 'f', 6, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

func showAll(text string, ns []Number) []string {
	var out []string
	for _, n := range ns {
		out = append(out, show(text, n))
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// Digits.
		{"western digits", "وصل 42 شخصا", []string{"42|cardinal|42"}},
		{"arabic-indic digits", "نحو ٣٥٠٠ أسرة", []string{"٣٥٠٠|cardinal|3500"}},
		{"persian digits", "در ۱۲۵ روستا", []string{"۱۲۵|cardinal|125"}},
		{"mixed scripts", "الرقم ١2۳", []string{"١2۳|cardinal|123"}},
		{"comma thousands", "تبرع بمبلغ 1,500,000 دولار", []string{"1,500,000|cardinal|1500000"}},
		{"arabic thousands separator", "نقل ١٬٢٥٠ طنا", []string{"١٬٢٥٠|cardinal|1250"}},
		{"thin space thousands", "يسكنها 2\u2009350\u2009000 نسمة", []string{"2\u2009350\u2009000|cardinal|2350000"}},
		{"narrow no-break space thousands", "نحو 12\u202F400 لاجئ", []string{"12\u202F400|cardinal|12400"}},
		{"decimal point", "نما بمعدل 3.75 نقطة", []string{"3.75|cardinal|3.75"}},
		{"arabic decimal separator", "بلغ ٢٫٥ نقطة", []string{"٢٫٥|cardinal|2.5"}},
		{"dot thousands single group", "اعتقل 1.500 شخص", []string{"1.500|cardinal|1500"}},
		{"dot thousands many groups", "خصص 2.500.000 يورو", []string{"2.500.000|cardinal|2500000"}},
		{"dot two decimals is decimal", "سعر 1.10 دينار", []string{"1.10|cardinal|1.1"}},
		{"leading zero decimal", "نسبة 01.10 فقط", []string{"01.10|cardinal|1.1"}},
		{"zero point three digits is decimal", "بلغ 0.500 ملم", []string{"0.500|cardinal|0.5"}},
		{"four digit lead is decimal", "بلغ 1500.250 كغ", []string{"1500.250|cardinal|1500.25"}},
		{"comma and dot", "صرف 1,250.75 دولارا", []string{"1,250.75|cardinal|1250.75"}},
		{"dot and comma", "صرف 1.250,75 يورو", []string{"1.250,75|cardinal|1250.75"}},
		{"decimal comma", "تضخم 2,5 بالمئة", []string{"2,5 بالمئة|percent|2.5"}},
		{"leading point", "انخفض بمقدار .77 نقطة", []string{".77|cardinal|0.77"}},
		{"minus sign", "سجلت الحرارة -12 درجة", []string{"-12|cardinal|-12"}},
		{"minus large", "عجز قدره -1200000 دينار", []string{"-1200000|cardinal|-1200000"}},
		{"hyphen in a name is no minus", "فيروس كوفيد-19 انتشر", []string{"19|cardinal|19"}},
		{"range with hyphen", "بين 5-10 أشخاص", []string{"5|cardinal|5", "10|cardinal|10"}},
		{"parentheses", "عدد الضحايا (250) شخصا", []string{"250|cardinal|250"}},
		{"date with slashes left out", "في 5/9/2017 وقع الهجوم", nil},
		{"iso date left out", "بتاريخ 2017-09-05 صباحا", nil},
		{"dotted date left out", "بتاريخ 5.9.2017 صباحا", nil},
		{"time left out", "عند الساعة 10:30 ليلا", nil},
		{"arabic date left out", "يوم ٥/٩/٢٠١٧", nil},
		{"list comma is a separator", "في 3، 4 و5", []string{"3|cardinal|3", "4|cardinal|4", "5|cardinal|5"}},
		{"spoken decimal digits", "بلغ 1 فاصلة 1 مليار", []string{"1 فاصلة 1 مليار|cardinal|1100000000"}},
		{"spoken decimal words", "نما واحد فاصلة واحد في المئة", []string{"واحد فاصلة واحد في المئة|percent|1.1"}},
		{"spoken decimal two words", "بلغ اثنان فاصلة خمسة وعشرون", []string{"اثنان فاصلة خمسة وعشرون|cardinal|2.25"}},
		{"spoken decimal zero", "معدل ثلاثة فاصلة صفر خمسة", []string{"ثلاثة فاصلة صفر خمسة|cardinal|3.05"}},
		{"year", "في عام 2024 تغير كل شيء", []string{"2024|cardinal|2024"}},

		// Words: units and tens.
		{"zero", "سجل صفر إصابات", []string{"صفر|cardinal|0"}},
		{"one masculine", "في يوم واحد", []string{"واحد|cardinal|1"}},
		{"one feminine with diacritics", "مرةً واحدةً فقط", []string{"واحدةً|cardinal|1"}},
		{"bare ahad is someone", "قال أحد المسؤولين", nil},
		{"bare ihda is one of", "في إحدى المدن", nil},
		{"ahad with waw is not wahid", "وأحد الجنود", nil},
		{"sunday is not one", "يوم الأحد الماضي", nil},
		{"monday is not two", "يوم الاثنين المقبل", nil},
		{"two nominative", "قتل اثنان منهم", []string{"اثنان|cardinal|2"}},
		{"two genitive", "بين اثنين من القادة", []string{"اثنين|cardinal|2"}},
		{"two feminine", "اثنتان من النساء واثنتين من الفتيات", []string{"اثنتان|cardinal|2", "اثنتين|cardinal|2"}},
		{"three forms", "ثلاث نساء وثلاثة رجال وثلاثه أطفال", []string{"ثلاث|cardinal|3", "ثلاثة|cardinal|3", "ثلاثه|cardinal|3"}},
		{"four with and without hamza", "أربعة أيام واربعه أشهر وأربع سنوات", []string{"أربعة|cardinal|4", "اربعه|cardinal|4", "أربع|cardinal|4"}},
		{"five", "خمسة جنود وخمس مدن", []string{"خمسة|cardinal|5", "خمس|cardinal|5"}},
		{"six with counted plural", "منذ ست سنوات", []string{"ست|cardinal|6"}},
		{"six with counted noun", "زار ست دول", []string{"ست|cardinal|6"}},
		{"sit is lady", "غنت ست الحبايب", nil},
		{"six feminine", "ستة أشهر وسته أيام", []string{"ستة|cardinal|6", "سته|cardinal|6"}},
		{"seven", "سبعة قتلى وسبع جرحى", []string{"سبعة|cardinal|7", "سبع|cardinal|7"}},
		{"eight forms", "ثمانية أيام وثماني سنوات وثمان ساعات", []string{"ثمانية|cardinal|8", "ثماني|cardinal|8", "ثمان|cardinal|8"}},
		{"nine", "تسعة أعوام وتسع دقائق", []string{"تسعة|cardinal|9", "تسع|cardinal|9"}},
		{"ten", "عشرة أيام وعشر سنوات وعشره أشهر", []string{"عشرة|cardinal|10", "عشر|cardinal|10", "عشره|cardinal|10"}},
		{"tatweel", "ثلاثـــة أيام", []string{"ثلاثـــة|cardinal|3"}},
		{"full diacritics", "ثَلَاثَةُ أَيَّامٍ", []string{"ثَلَاثَةُ|cardinal|3"}},
		{"proclitics", "بثلاثة وبخمسة ولعشرة وكأربعة فسبعة", []string{"ثلاثة|cardinal|3", "خمسة|cardinal|5", "عشرة|cardinal|10", "أربعة|cardinal|4", "سبعة|cardinal|7"}},
		{"article", "الثلاثة الكبار", []string{"الثلاثة|cardinal|3"}},
		{"lam and article", "للعشرين وللثلاثة", []string{"لعشرين|ordinal|20", "لثلاثة|cardinal|3"}},

		// Teens.
		{"eleven masculine", "أحد عشر لاعبا", []string{"أحد عشر|cardinal|11"}},
		{"eleven no hamza", "احد عشر يوما", []string{"احد عشر|cardinal|11"}},
		{"eleven feminine", "إحدى عشرة دولة", []string{"إحدى عشرة|cardinal|11"}},
		{"twelve nominative", "اثنا عشر شهرا", []string{"اثنا عشر|cardinal|12"}},
		{"twelve genitive", "بعد اثني عشر شهرا", []string{"اثني عشر|cardinal|12"}},
		{"twelve feminine alef maksura", "إثنتى عشرة سنة", []string{"إثنتى عشرة|cardinal|12"}},
		{"twelve feminine", "اثنتا عشرة ساعة", []string{"اثنتا عشرة|cardinal|12"}},
		{"thirteen", "ثلاثة عشر جنديا وثلاث عشرة امرأة", []string{"ثلاثة عشر|cardinal|13", "ثلاث عشرة|cardinal|13"}},
		{"fourteen mixed gender", "أربع عشر ساعة", []string{"أربع عشر|cardinal|14"}},
		{"eighteen", "ثمان عشرة سنة وثمانية عشر عاما وثماني عشرة ليلة", []string{"ثمان عشرة|cardinal|18", "ثمانية عشر|cardinal|18", "ثماني عشرة|cardinal|18"}},
		{"nineteen", "تسعة عشر", []string{"تسعة عشر|cardinal|19"}},

		// Tens and compounds.
		{"tens nominative", "عشرون وثلاثون وأربعون", []string{"عشرون|cardinal|20", "ثلاثون|cardinal|30", "أربعون|cardinal|40"}},
		{"tens genitive", "خمسين وستين وسبعين وثمانين وتسعين", []string{"خمسين|cardinal|50", "ستين|cardinal|60", "سبعين|cardinal|70", "ثمانين|cardinal|80", "تسعين|cardinal|90"}},
		{"unit and tens", "خمسة وعشرون عاما", []string{"خمسة وعشرون|cardinal|25"}},
		{"unit and tens spaced waw", "ثلاث و ثلاثون سنة", []string{"ثلاث و ثلاثون|cardinal|33"}},
		{"feminine one and tens", "واحدة و عشرون دولة", []string{"واحدة و عشرون|cardinal|21"}},
		{"ihda and tens", "إحدى وعشرين مرة", []string{"إحدى وعشرين|cardinal|21"}},
		{"hundreds compound", "ثلاثمائة وخمسة وعشرون", []string{"ثلاثمائة وخمسة وعشرون|cardinal|325"}},
		{"hundreds compound spaced", "خمسمائة و خمسة و عشرون", []string{"خمسمائة و خمسة و عشرون|cardinal|525"}},
		{"two units are two numbers", "ثلاثة وأربعة", []string{"ثلاثة|cardinal|3", "أربعة|cardinal|4"}},
		{"two tens are two numbers", "عشرين وثلاثين", []string{"عشرين|cardinal|20", "ثلاثين|cardinal|30"}},
		{"comma breaks a compound", "خمسة، وعشرون", []string{"خمسة|cardinal|5", "عشرون|cardinal|20"}},
		{"word breaks a compound", "خمسة رجال وعشرون امرأة", []string{"خمسة|cardinal|5", "عشرون|cardinal|20"}},

		// Hundreds.
		{"hundred spellings", "مائة ومئة", []string{"مائة|cardinal|100", "مئة|cardinal|100"}},
		{"two hundred", "مائتان ومئتين ومائتي", []string{"مائتان|cardinal|200", "مئتين|cardinal|200", "مائتي|cardinal|200"}},
		{"hundreds one word", "ثلاثمئة وأربعمائة", []string{"ثلاثمئة|cardinal|300", "أربعمائة|cardinal|400"}},
		{"hundreds two words", "ثلاث مئة جندي", []string{"ثلاث مئة|cardinal|300"}},
		{"hundreds two words maa", "ثماني مائة", []string{"ثماني مائة|cardinal|800"}},
		{"hundreds two words compound", "تسع مئة وتسعة وتسعون", []string{"تسع مئة وتسعة وتسعون|cardinal|999"}},
		{"hundred and teen", "مائة وثلاثة عشر", []string{"مائة وثلاثة عشر|cardinal|113"}},

		// Thousands and more.
		{"thousand", "ألف شخص والف آخر", []string{"ألف|cardinal|1000", "الف|cardinal|1000"}},
		{"two thousand", "ألفان وألفين", []string{"ألفان|cardinal|2000", "ألفين|cardinal|2000"}},
		{"year in words", "عام ألفين وسبعة عشر", []string{"ألفين وسبعة عشر|cardinal|2017"}},
		{"thousands counted", "ثلاثة آلاف جندي", []string{"ثلاثة آلاف|cardinal|3000"}},
		{"thousand accusative", "خمسة وعشرون ألفا", []string{"خمسة وعشرون ألفا|cardinal|25000"}},
		{"hundred thousand", "مئة ألف نازح", []string{"مئة ألف|cardinal|100000"}},
		{"full compound", "ثلاثة ملايين وخمسمائة ألف ومائتان وعشرون", []string{"ثلاثة ملايين وخمسمائة ألف ومائتان وعشرون|cardinal|3500220"}},
		{"thousand and hundreds", "ألف وخمسمائة", []string{"ألف وخمسمائة|cardinal|1500"}},
		{"million", "مليون دولار ومليونان ومليونين", []string{"مليون|cardinal|1000000", "مليونان|cardinal|2000000", "مليونين|cardinal|2000000"}},
		{"millions counted", "ثلاثة ملايين نسمة", []string{"ثلاثة ملايين|cardinal|3000000"}},
		{"billion", "مليار ومليارين وبليون", []string{"مليار|cardinal|1000000000", "مليارين|cardinal|2000000000", "بليون|cardinal|1000000000"}},
		{"billions counted", "سبعة مليارات", []string{"سبعة مليارات|cardinal|7000000000"}},
		{"trillion", "تريليون دولار", []string{"تريليون|cardinal|1000000000000"}},
		{"thousand million", "ألف مليون دولار", []string{"ألف مليون|cardinal|1000000000"}},
		{"no thousand million after a compound", "مليون وألف مليار", []string{"مليون وألف|cardinal|1001000", "مليار|cardinal|1000000000"}},
		{"digits larger than the scale", "ألف و2000", []string{"ألف|cardinal|1000", "2000|cardinal|2000"}},

		// Digits with scale words.
		{"digits thousands", "3 آلاف جريح", []string{"3 آلاف|cardinal|3000"}},
		{"digits thousand singular", "100 الف لاجئ", []string{"100 الف|cardinal|100000"}},
		{"digits ten thousands", "10 آلاف", []string{"10 آلاف|cardinal|10000"}},
		{"digits millions", "3 ملايين", []string{"3 ملايين|cardinal|3000000"}},
		{"decimal million", "2.5 مليون نازح", []string{"2.5 مليون|cardinal|2500000"}},
		{"arabic decimal billion", "١٫٥ مليار دولار", []string{"١٫٥ مليار|cardinal|1500000000"}},
		{"digits then digits after scale", "3 ملايين و500 ألف", []string{"3 ملايين و500 ألف|cardinal|3500000"}},
		{"digits glued to scale", "12ألف", []string{"12ألف|cardinal|12000"}},

		// Dialect.
		{"dialect hundred", "ميه وميتين", []string{"ميه|cardinal|100", "ميتين|cardinal|200"}},
		{"dialect three and two", "تلاتة واتنين", []string{"تلاتة|cardinal|3", "اتنين|cardinal|2"}},
		{"dialect teens", "خمستاشر وحداشر واطناشر وتسعتاشر", []string{"خمستاشر|cardinal|15", "حداشر|cardinal|11", "اطناشر|cardinal|12", "تسعتاشر|cardinal|19"}},

		// Vague quantifiers.
		{"tens vague", "قتل عشرات المدنيين", []string{"عشرات|cardinal|20~99"}},
		{"hundreds vague", "مئات العائلات", []string{"مئات|cardinal|200~999"}},
		{"thousands vague", "تظاهر آلاف الطلاب", []string{"آلاف|cardinal|2000~9999"}},
		{"millions vague", "ملايين الدولارات", []string{"ملايين|cardinal|2000000~9999999"}},
		{"tens of thousands", "عشرات الآلاف من النازحين", []string{"عشرات الآلاف|cardinal|20000~99999"}},
		{"hundreds of thousands", "مئات الآلاف", []string{"مئات الآلاف|cardinal|200000~999999"}},
		{"tens of millions", "عشرات الملايين", []string{"عشرات الملايين|cardinal|20000000~99999999"}},
		{"a few", "منذ بضع سنوات وبضعة أيام", []string{"بضع|cardinal|3~9", "بضعة|cardinal|3~9"}},
		{"a few thousand", "بضعة آلاف متظاهر", []string{"بضعة آلاف|cardinal|3000~9000"}},
		{"a few and ten", "بضعة عشر يوما", []string{"بضعة عشر|cardinal|13~19"}},
		{"several", "في عدة مدن", []string{"عدة|cardinal|3~10"}},
		{"several with preposition", "لعدة أسابيع", []string{"عدة|cardinal|3~10"}},
		{"adda with heh is no number", "وعده الرئيس", nil},
		{"kammiya is quantity, not a hundred", "بلغت كمية الأمطار", nil},
		{"dialect hundred", "دفع مية دولار", []string{"مية|cardinal|100"}},
		{"number of is skipped", "عدد من الجرحى", nil},

		// Fractions.
		{"half", "نصف السكان", []string{"نصف|fraction|0.5"}},
		{"quarter", "ربع الميزانية", []string{"ربع|fraction|0.25"}},
		{"third", "ثلث الأراضي", []string{"ثلث|fraction|0.333333"}},
		{"two thirds", "ثلثا الناخبين وثلثي المقاعد", []string{"ثلثا|fraction|0.666667", "ثلثي|fraction|0.666667"}},
		{"three quarters", "ثلاثة أرباع الطريق", []string{"ثلاثة أرباع|fraction|0.75"}},
		{"fifth with damma", "خُمس الموازنة", []string{"خُمس|fraction|0.2"}},
		{"half a million", "نصف مليون لاجئ", []string{"نصف مليون|cardinal|500000"}},
		{"million and a half", "مليون ونصف المليون", []string{"مليون ونصف المليون|cardinal|1500000"}},
		{"thousand and a half", "ألف ونصف", []string{"ألف ونصف|cardinal|1500"}},
		{"digits and a half", "2 ونصف", []string{"2 ونصف|cardinal|2.5"}},
		{"words and a quarter", "ثلاثة وربع", []string{"ثلاثة وربع|cardinal|3.25"}},
		{"hour and a half leaves the half", "ساعة ونصف", []string{"نصف|fraction|0.5"}},

		// Percentages.
		{"percent sign", "ارتفع 30% عن العام الماضي", []string{"30%|percent|30"}},
		{"arabic percent sign", "انخفض ٣٠٪", []string{"٣٠٪|percent|30"}},
		{"percent sign after space", "بنسبة 30 %", []string{"30 %|percent|30"}},
		{"percent sign before", "بنسبة %30", []string{"%30|percent|30"}},
		{"percent sign before after waw", "و%45", []string{"%45|percent|45"}},
		{"fi al-mia", "30 في المئة", []string{"30 في المئة|percent|30"}},
		{"bil-mia", "30 بالمئة", []string{"30 بالمئة|percent|30"}},
		{"bil-maa", "30 بالمائة", []string{"30 بالمائة|percent|30"}},
		{"words percent", "ثلاثون في المائة", []string{"ثلاثون في المائة|percent|30"}},
		{"decimal percent", "2.5% فقط", []string{"2.5%|percent|2.5"}},
		{"fi al-mia alone is no ordinal", "في المئة", nil},

		// Ordinals.
		{"first forms", "الأول والاول وأول", []string{"الأول|ordinal|1", "الاول|ordinal|1", "أول|ordinal|1"}},
		{"first feminine", "المرة الأولى والاولى وأولى", []string{"الأولى|ordinal|1", "الاولى|ordinal|1", "أولى|ordinal|1"}},
		{"second forms", "الثاني والثان وثاني", []string{"الثاني|ordinal|2", "الثان|ordinal|2", "ثاني|ordinal|2"}},
		{"second feminine with article", "المرة الثانية", []string{"الثانية|ordinal|2"}},
		{"bare thania is the unit", "خلال ثانية واحدة", []string{"واحدة|cardinal|1"}},
		{"thania after definite noun", "الجولة ثانية", []string{"ثانية|ordinal|2"}},
		{"third to tenth", "الثالث والرابعة والخامس والسادسة والسابع والثامنة والتاسع والعاشر والعاشرة",
			[]string{"الثالث|ordinal|3", "الرابعة|ordinal|4", "الخامس|ordinal|5", "السادسة|ordinal|6", "السابع|ordinal|7", "الثامنة|ordinal|8", "التاسع|ordinal|9", "العاشر|ordinal|10", "العاشرة|ordinal|10"}},
		{"bare third and fourth", "ثالث أكبر ورابع", []string{"ثالث|ordinal|3", "رابع|ordinal|4"}},
		{"eleventh", "الحادي عشر والحادية عشرة", []string{"الحادي عشر|ordinal|11", "الحادية عشرة|ordinal|11"}},
		{"eleventh with ahad", "الأحد عشر والإحدى عشرة", []string{"الأحد عشر|ordinal|11", "الإحدى عشرة|ordinal|11"}},
		{"twelfth", "الثاني عشر والثان عشر والاثنى عشر والثانية عشرة", []string{"الثاني عشر|ordinal|12", "الثان عشر|ordinal|12", "الاثنى عشر|ordinal|12", "الثانية عشرة|ordinal|12"}},
		{"thirteenth and nineteenth", "الثالث عشر والثالثة عشرة والتاسع عشر", []string{"الثالث عشر|ordinal|13", "الثالثة عشرة|ordinal|13", "التاسع عشر|ordinal|19"}},
		{"twentieth alone", "الذكرى العشرين", []string{"العشرين|ordinal|20"}},
		{"twentieth nominative", "القرن العشرون", []string{"العشرون|ordinal|20"}},
		{"ninetieth", "التسعون والتسعين", []string{"التسعون|ordinal|90", "التسعين|ordinal|90"}},
		{"twenty-first", "القرن الحادي والعشرين", []string{"الحادي والعشرين|ordinal|21"}},
		{"twenty-first with wahid", "الواحد و العشرون", []string{"الواحد و العشرون|ordinal|21"}},
		{"twenty-fifth", "الخامس والعشرين والخامس و العشرون", []string{"الخامس والعشرين|ordinal|25", "الخامس و العشرون|ordinal|25"}},
		{"thirty-first", "الواحد والثلاثين", []string{"الواحد والثلاثين|ordinal|31"}},
		{"seventy-second", "الثان والسبعون والثاني والسبعين", []string{"الثان والسبعون|ordinal|72", "الثاني والسبعين|ordinal|72"}},
		{"hundredth", "الذكرى المئة والمائة", []string{"المئة|ordinal|100", "المائة|ordinal|100"}},
		{"thousandth", "الزائر الألف", []string{"الألف|ordinal|1000"}},
		{"ordinal with preposition", "للمرة الثالثة وفي الرابع", []string{"الثالثة|ordinal|3", "الرابع|ordinal|4"}},
		{"cardinal then article tens", "خمسة والعشرين", []string{"خمسة والعشرين|cardinal|25"}},
		{"day before yesterday", "أول أمس", []string{"أول|ordinal|1"}},

		// More shapes.
		{"second group taken back", "ثلاثمائة ألف ومائتا ألف", []string{"ثلاثمائة ألف|cardinal|300000", "مائتا ألف|cardinal|200000"}},
		{"big compound", "تسعة وتسعون ألفا وتسعمائة وتسعة وتسعون", []string{"تسعة وتسعون ألفا وتسعمائة وتسعة وتسعون|cardinal|99999"}},
		{"hundred and twenty million", "مائة وعشرون مليون", []string{"مائة وعشرون مليون|cardinal|120000000"}},
		{"thousands plural alufs", "عشرات الألوف", []string{"عشرات الألوف|cardinal|20000~99999"}},
		{"minus word", "سالب خمسة وناقص 3", []string{"سالب خمسة|cardinal|-5", "ناقص 3|cardinal|-3"}},
		{"masculine spoken point", "ثلاثة فاصل خمسة", []string{"ثلاثة فاصل خمسة|cardinal|3.5"}},
		{"article cardinal after noun", "الأشهر الستة الماضية", []string{"الستة|cardinal|6"}},
		{"presentation forms", "ﺛﻼﺛﺔ أيام", []string{"ﺛﻼﺛﺔ|cardinal|3"}},
		{"persian yeh", "اثنی عشر", []string{"اثنی عشر|cardinal|12"}},
		{"alef maksura ordinal", "الحادى عشر", []string{"الحادى عشر|ordinal|11"}},
		{"hamza-less hundreds", "اربعمائه", []string{"اربعمائه|cardinal|400"}},
		{"dual construct", "ألفي دولار", []string{"ألفي|cardinal|2000"}},
		{"dual construct alif", "ألفا دونم ومليونا دولار", []string{"ألفا|cardinal|2000", "مليونا|cardinal|2000000"}},
		{"accusative after number", "عشرون ألفا وثلاثون مليونا", []string{"عشرون ألفا|cardinal|20000", "ثلاثون مليونا|cardinal|30000000"}},
		{"preliminary is no ordinal", "التقرير الأولي ورأسمال أولي", nil},
		{"thousands without madda", "ثلاثة الاف", []string{"ثلاثة الاف|cardinal|3000"}},
		{"billions vague", "مليارات الدولارات", []string{"مليارات|cardinal|2000000000~9999999999"}},
		{"zero-width non-joiner inside", "ثلاث‌ة", []string{"ثلاث‌ة|cardinal|3"}},
		{"newline breaks a compound", "خمسة\nوعشرون", []string{"خمسة|cardinal|5", "عشرون|cardinal|20"}},

		// Text with nothing.
		{"empty", "", nil},
		{"no numbers", "قال المتحدث إن الوضع مستقر", nil},
		{"latin word with digits", "قمة g20 في روما", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := showAll(tt.text, Find(tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Find(%+q)\n got %+q\nwant %+q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindFlags(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		words bool
		vague bool
	}{
		{"digits", "42", false, false},
		{"words", "اثنان وأربعون", true, false},
		{"digits and scale", "3 آلاف", true, false},
		{"vague", "عشرات", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ns := Find(tt.text)
			if len(ns) != 1 {
				t.Fatalf("Find(%+q) = %v, want one number", tt.text, ns)
			}
			if ns[0].Words != tt.words || ns[0].Vague != tt.vague {
				t.Errorf("Find(%+q): Words %v Vague %v, want %v %v", tt.text, ns[0].Words, ns[0].Vague, tt.words, tt.vague)
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // "kind|value", "" for no number
	}{
		{"digits", "250", "cardinal|250"},
		{"parentheses", "(250)", "cardinal|250"},
		{"spaces and quotes", "  «٣٠٠»  ", "cardinal|300"},
		{"trailing full stop", "12.", "cardinal|12"},
		{"leading point", ".77", "cardinal|0.77"},
		{"minus", "-1200000", "cardinal|-1200000"},
		{"percent", "30%", "percent|30"},
		{"percent before", "%30", "percent|30"},
		{"words", "ثلاثمائة وخمسة وعشرون", "cardinal|325"},
		{"bare ahad", "أحد", "cardinal|1"},
		{"bare ihda", "إحدى", "cardinal|1"},
		{"bare sit", "ست", "cardinal|6"},
		{"ahad in a compound", "أحد عشر", "cardinal|11"},
		{"sit in a compound", "ست وعشرون", "cardinal|26"},
		{"bare hadi", "الحادي", "ordinal|1"},
		{"ordinal thani", "ثاني", "ordinal|2"},
		{"ordinal thalith", "ثالث", "ordinal|3"},
		{"ordinal rabi", "رابع", "ordinal|4"},
		{"ordinal thamin", "ثامن", "ordinal|8"},
		{"ordinal awwal", "اول", "ordinal|1"},
		{"ordinal thania", "ثانية", "ordinal|2"},
		{"ordinal than", "ثان", "ordinal|2"},
		{"article tens", "العشرين", "ordinal|20"},
		{"eleventh", "الأحد عشر", "ordinal|11"},
		{"spoken decimal", "واحد فاصلة واحد", "cardinal|1.1"},
		{"two numbers", "ثلاثة أربعة", ""},
		{"number and word", "ثلاثة رجال", ""},
		{"date", "5/9/2017", ""},
		{"time", "10:30", ""},
		{"text", "مرحبا", ""},
		{"empty", "", ""},
		{"only punctuation", "(،)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, ok := Parse(tt.in)
			got := ""
			if ok {
				got = n.Kind.String() + "|" + fmtFloat(n.Value)
			}
			if got != tt.want {
				t.Errorf("Parse(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
		})
	}
}

func TestReadings(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // "kind|value"
	}{
		{"article tens", "العشرين", []string{"ordinal|20", "cardinal|20"}},
		{"eleventh", "الأحد عشر", []string{"ordinal|11", "cardinal|11"}},
		{"twelfth", "الاثني عشر", []string{"ordinal|12", "cardinal|12"}},
		{"hundredth", "المئة", []string{"ordinal|100", "cardinal|100"}},
		{"thousandth", "الألف", []string{"ordinal|1000", "cardinal|1000"}},
		{"two hundredth", "المئتين", []string{"ordinal|200", "cardinal|200"}},
		{"twenty-first", "الواحد والعشرين", []string{"ordinal|21", "cardinal|21"}},
		{"plain ordinal", "الخامس والعشرين", []string{"ordinal|25"}},
		{"dual or accusative", "ألفا", []string{"cardinal|2000", "cardinal|1000"}},
		{"plain cardinal", "خمسة وعشرون", []string{"cardinal|25"}},
		{"not a number", "كتاب", nil},
		{"lone six", "ست", []string{"cardinal|6"}},
		{"lone one", "أحد", []string{"cardinal|1"}},
		{"lone one feminine", "إحدى", []string{"cardinal|1"}},
		{"sunday is no number", "الأحد", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, n := range Readings(tt.in) {
				got = append(got, n.Kind.String()+"|"+fmtFloat(n.Value))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Readings(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDualStems(t *testing.T) {
	tests := []struct {
		name string
		word string
		want string // the first candidate, "" for none
	}{
		{"week genitive", "أسبوعين", "اسبوع"},
		{"bus feminine", "حافلتين", "حافله"},
		{"hour feminine", "ساعتين", "ساعه"},
		{"day", "يومين", "يوم"},
		{"month", "شهرين", "شهر"},
		{"year feminine", "سنتين", "سنه"},
		{"year masculine", "عامين", "عام"},
		{"minute nominative", "دقيقتان", "دقيقه"},
		{"proclitics and article", "وبالساعتين", "ساعه"},
		{"article lam", "لليومين", "يوم"},
		{"not a dual", "كتاب", ""},
		{"too short", "بين", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DualStems(tt.word)
			first := ""
			if len(got) > 0 {
				first = got[0]
			}
			if first != tt.want {
				t.Errorf("DualStems(%+q) = %+q, want first %+q", tt.word, got, tt.want)
			}
		})
	}
}

func TestDigitValue(t *testing.T) {
	tests := []struct {
		name string
		r    rune
		want int
		ok   bool
	}{
		{"ascii", '7', 7, true},
		{"arabic-indic", '٧', 7, true},
		{"persian", '۷', 7, true},
		{"devanagari", '७', 7, true},
		{"fullwidth", '７', 7, true},
		{"mathematical bold", '𝟕', 7, true},
		{"letter", 'س', 0, false},
		{"arabic percent", '٪', 0, false},
		{"latin", 'x', 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := DigitValue(tt.r)
			if got != tt.want || ok != tt.ok {
				t.Errorf("DigitValue(%+q) = %d, %v, want %d, %v", tt.r, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestFindSpans checks Find's promises on text made of pieces that stress
// the scanner.
func TestFindSpans(t *testing.T) {
	texts := []string{
		"\xff\xfe ثلاثة\xff آلاف",
		"٣٠٪٣٠%30",
		"و و و و",
		"-.5 -- 5- .",
		"ﻻ ثلاثة ﷲ",
		"1,2,3,4,5,6,7,8,9,10,11",
		"ثلاثة\u200Cعشر",
	}
	for _, s := range texts {
		checkSpans(t, s, Find(s))
	}
}

func checkSpans(t *testing.T, s string, ns []Number) {
	t.Helper()
	// Rune boundaries as range reads them: an invalid byte is a rune of
	// its own.
	bound := make([]bool, len(s)+1)
	for i := range s {
		bound[i] = true
	}
	bound[len(s)] = true
	prev := 0
	for _, n := range ns {
		if n.Start < prev || n.End <= n.Start || n.End > len(s) {
			t.Fatalf("Find(%+q): bad span [%d,%d) after %d", s, n.Start, n.End, prev)
		}
		if !bound[n.Start] || !bound[n.End] {
			t.Fatalf("Find(%+q): span [%d,%d) cuts a rune", s, n.Start, n.End)
		}
		if n.Min > n.Max {
			t.Fatalf("Find(%+q): Min %v > Max %v", s, n.Min, n.Max)
		}
		prev = n.End
	}
}

func TestKindString(t *testing.T) {
	tests := []struct {
		name string
		k    Kind
		want string
	}{
		{"cardinal", Cardinal, "cardinal"},
		{"ordinal", Ordinal, "ordinal"},
		{"fraction", Fraction, "fraction"},
		{"percent", Percent, "percent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.k.String(); got != tt.want {
				t.Errorf("%d.String() = %q, want %q", tt.k, got, tt.want)
			}
		})
	}
}

func TestReadDigits(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // value, or "" for no number
	}{
		{"plain", "1200", "1200"},
		{"comma thousands", "12,345,678", "12345678"},
		{"dot thousands", "12.345.678", "12345678"},
		{"single dot thousands", "1.500", "1500"},
		{"single dot decimal", "1.5", "1.5"},
		{"two decimals", "1.10", "1.1"},
		{"leading zero", "0.500", "0.5"},
		{"arabic decimal", "١٫٥", "1.5"},
		{"arabic thousands", "١٬٥٠٠", "1500"},
		{"arabic thousands and decimal", "١٬٥٠٠٫٢٥", "1500.25"},
		{"arabic decimal twice", "1٫5٫5", ""},
		{"mixed last is decimal", "1.234,5", "1234.5"},
		{"bad groups", "1,23,456", ""},
		{"date", "5.9.2017", ""},
		{"long lead", "1234.567", "1234.567"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := readDigits(tt.in)
			got := ""
			if d.ok {
				got = fmtFloat(d.value)
			}
			if got != tt.want {
				t.Errorf("readDigits(%+q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
