package quantity

import (
	"fmt"
	"slices"
	"strconv"
	"testing"
)

// show writes v as "text min..max [~] counted category unit", with "-" for
// an open bound, so that a case fits on one line.
func show(text string, v Value) string {
	bound := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return strconv.FormatFloat(*p, 'f', -1, 64)
	}
	s := fmt.Sprintf("%s %s..%s", text[v.Start:v.End], bound(v.Min), bound(v.Max))
	if v.Approx {
		s += " ~"
	}
	for _, f := range []string{v.Counted, v.Category, v.Unit} {
		if f != "" {
			s += " " + f
		}
	}
	return s
}

func showAll(text string, vs []Value) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = show(text, v)
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// Counted nouns after the number.
		{"digits and noun", "وصلت 17 حافلة إلى المعبر", []string{"17 حافلة 17..17 حافلة buses"}},
		{"bare singular after hundreds", "انتشر 300 مسلح في الوادي", []string{"300 مسلح 300..300 مسلح fighters"}},
		{"parentheses and accusative alif", "اعتقلت الشرطة أكثر من (250) عنصرا", []string{"أكثر من (250) عنصرا 250..- عنصر fighters"}},
		{"min plural with pronoun", "أفرج التنظيم عن 45 من معتقليه", []string{"45 من معتقليه 45..45 معتقل prisoners"}},
		{"vague with article", "نزح عشرات المدنيين من القرية", []string{"عشرات المدنيين 20..99 ~ مدني civilians"}},
		{"vague thousands", "خرج آلاف الأشخاص إلى الساحات", []string{"آلاف الأشخاص 2000..9999 ~ شخص people"}},
		{"number word", "قتل ثلاثة جنود في الكمين", []string{"ثلاثة جنود 3..3 جندي soldiers"}},
		{"accusative person", "أسفر القصف عن مقتل 20 شخصا", []string{"20 شخصا 20..20 شخص people"}},
		{"decimal millions", "خصصت الوزارة 2.5 مليون دولار للإعمار", []string{"2.5 مليون دولار 2500000..2500000 دولار money dollar"}},
		{"thousands of lira", "دفع 100 ألف ليرة غرامة", []string{"100 ألف ليرة 100000..100000 ليرة money lira"}},
		{"distance", "تبعد البلدة 30 كيلومترا عن الحدود", []string{"30 كيلومترا 30..30 كيلومتر distance km"}},
		{"abbreviated distance", "على مسافة 12 كلم من المدينة", []string{"12 كلم 12..12 كيلومتر distance km"}},
		{"others counts the previous noun", "قتل سبعة أشخاص وفقد نحو 15 آخرين في السيول", []string{"سبعة أشخاص 7..7 شخص people", "نحو 15 آخرين 15..15 ~ شخص people"}},
		{"others in the next sentence", "قتل سبعة أشخاص. وأصيب 15 آخرون", []string{"سبعة أشخاص 7..7 شخص people", "15 آخرون 15..15 شخص people"}},
		{"others in another paragraph is a bare figure", "قتل سبعة أشخاص.\nوأصيب 15 آخرون", []string{"سبعة أشخاص 7..7 شخص people", "15 15..15"}},
		{"millimetres of rain", "بلغت الأمطار 75 ملم", []string{"75 ملم 75..75 مليمتر distance mm"}},
		{"days", "استمر الحصار 17 يوما", []string{"17 يوما 17..17 يوم time day"}},
		{"hours", "خلال 72 ساعة", []string{"72 ساعة 72..72 ساعة time hour"}},
		{"two-word unit", "تمتد الأرض على 40 كيلومترا مربعا", []string{"40 كيلومترا مربعا 40..40 كيلومتر مربع area km2"}},
		{"arabic-indic digits", "عبر ٣٠٠ مقاتل النهر", []string{"٣٠٠ مقاتل 300..300 مقاتل fighters"}},
		{"digits and thousands word", "حشد الجيش 3 آلاف مقاتل", []string{"3 آلاف مقاتل 3000..3000 مقاتل fighters"}},
		{"tens of thousands of", "فر عشرات الآلاف من المدنيين", []string{"عشرات الآلاف من المدنيين 20000..99999 ~ مدني civilians"}},
		{"conjunction on number", "نقل 30 جريحا و12 قتيلا", []string{"30 جريحا 30..30 جريح wounded", "12 قتيلا 12..12 قتيل killed"}},
		{"plural with article after من", "أطلق سراح 7 من الرهائن", []string{"7 من الرهائن 7..7 رهينة prisoners"}},
		// Counted nouns before the number.
		{"one after noun", "بقيت حافلة واحدة في الساحة", []string{"حافلة واحدة 1..1 حافلة buses"}},
		{"two after dual", "أصيب جنديان اثنان", []string{"جنديان اثنان 2..2 جندي soldiers"}},
		{"definite number", "خلال الأيام الـ10 الأخيرة", []string{"الأيام الـ10 10..10 يوم time day"}},
		{"definite number word", "خلال الأشهر الثلاثة الأولى", []string{"الأشهر الثلاثة 3..3 شهر time month"}},
		{"conjunction before noun", "وحافلة واحدة بقيت", []string{"حافلة واحدة 1..1 حافلة buses"}},
		// Duals.
		{"dual bus", "احترقت حافلتين قرب الجسر", []string{"حافلتين 2..2 حافلة buses"}},
		{"dual group", "انقسم الرتل إلى مجموعتين", []string{"مجموعتين 2..2 مجموعة groups"}},
		{"dual soldier", "أسر المسلحون جنديين", []string{"جنديين 2..2 جندي soldiers"}},
		{"dual with hedge", "بعد أكثر من أسبوعين من الانتظار", []string{"أكثر من أسبوعين 2..- أسبوع time week"}},
		{"dual found by DualStems", "زار وفد مخيمين للاجئين", []string{"مخيمين 2..2 مخيم places"}},
		{"sound plural is not a dual", "قاتل المقاتلين في الجبل", nil},
		// Hedges meaning about X.
		{"nahw", "عبر نحو 300 مسلح", []string{"نحو 300 مسلح 300..300 ~ مسلح fighters"}},
		{"hawali", "وصل حوالي 40 شاحنة", []string{"حوالي 40 شاحنة 40..40 ~ شاحنة vehicles"}},
		{"hawala with alef maksura", "قتل حوالى 15 مدنيا", []string{"حوالى 15 مدنيا 15..15 ~ مدني civilians"}},
		{"qurabat", "سجن قرابة 200 ناشط", []string{"قرابة 200 ناشط 200..200 ~ ناشط people"}},
		{"zuhaa", "شارك زهاء 500 متظاهر", []string{"زهاء 500 متظاهر 500..500 ~ متظاهر people"}},
		{"ma yuqarib", "نزح ما يقارب 900 عائلة", []string{"ما يقارب 900 عائلة 900..900 ~ عائلة family"}},
		{"ma yaqrub min", "يقيم ما يقرب من 60 لاجئا في الملعب", []string{"ما يقرب من 60 لاجئا 60..60 ~ لاجئ people"}},
		{"yuqarib", "تضم يقارب 25 طفلا", []string{"يقارب 25 طفلا 25..25 ~ طفل children"}},
		{"taqriban after number", "تضررت 70 تقريبا من المنازل", []string{"70 تقريبا من المنازل 70..70 ~ منزل buildings"}},
		{"taqriban after noun", "دمرت 70 منزلا تقريبا", []string{"70 منزلا تقريبا 70..70 ~ منزل buildings"}},
		{"ma yunahiz", "تكلفت ما يناهز 4 ملايين يورو", []string{"ما يناهز 4 ملايين يورو 4000000..4000000 ~ يورو money euro"}},
		{"fi hudud", "أصيب في حدود 30 شخصا", []string{"في حدود 30 شخصا 30..30 ~ شخص people"}},
		{"preposition on hedge", "قدرت الخسائر بنحو 50 مليون دينار", []string{"نحو 50 مليون دينار 50000000..50000000 ~ دينار money dinar"}},
		// Hedges meaning at least X.
		{"akthar min", "اعتقل أكثر من 20 قياديا", []string{"أكثر من 20 قياديا 20..- قيادي leaders"}},
		{"azyad min", "هاجر أزيد من 400 شاب وشابة", []string{"أزيد من 400 400..-"}},
		{"ma yazid an", "سقط ما يزيد عن 80 صاروخا", []string{"ما يزيد عن 80 صاروخا 80..- صاروخ weapons"}},
		{"ma yazid ala", "أطلق ما يزيد على 30 قذيفة", []string{"ما يزيد على 30 قذيفة 30..- قذيفة weapons"}},
		{"yazid ala", "عدد يزيد على 12 مركبة", []string{"يزيد على 12 مركبة 12..- مركبة vehicles"}},
		{"fawq", "حمل القارب فوق 90 مهاجرا", []string{"فوق 90 مهاجرا 90..- مهاجر people"}},
		{"ma la yaqill an", "قتل ما لا يقل عن 14 مدنيا", []string{"ما لا يقل عن 14 مدنيا 14..- مدني civilians"}},
		{"la yaqill an", "عدد لا يقل عن 6 طائرات", []string{"لا يقل عن 6 طائرات 6..- طائرة aircraft"}},
		{"ala al-aqall after noun", "دمرت 40 مركبة على الأقل", []string{"40 مركبة على الأقل 40..- مركبة vehicles"}},
		// Hedges meaning at most X.
		{"aqall min", "بقي أقل من 50 عنصرا", []string{"أقل من 50 عنصرا -..50 عنصر fighters"}},
		{"dun", "يعيش دون 10 أطباء في المنطقة", []string{"دون 10 أطباء -..10 طبيب people"}},
		{"ma la yazid an", "تضم ما لا يزيد عن 25 راكبا", []string{"ما لا يزيد عن 25 راكبا -..25 راكب people"}},
		{"la yatajawaz", "بسرعة لا يتجاوز 8 ساعات", []string{"لا يتجاوز 8 ساعات -..8 ساعة time hour"}},
		{"hatta", "قد يصل الرقم حتى 300 نازح", []string{"حتى 300 نازح -..300 نازح people"}},
		// Ranges.
		{"bayna wa", "احتجز بين 30 و40 صيادا", []string{"بين 30 و40 30..40"}},
		{"ma bayna", "أصيب ما بين 10 و15 عاملا", []string{"ما بين 10 و15 عاملا 10..15 عامل people"}},
		{"yatarawah bayna ila", "ضمت ما يتراوح بين 300 إلى 500 من المقاتلين", []string{"ما يتراوح بين 300 إلى 500 من المقاتلين 300..500 مقاتل fighters"}},
		{"yatarawah bayna wa", "عدد يتراوح بين 20 و25 دبابة", []string{"يتراوح بين 20 و25 دبابة 20..25 دبابة vehicles"}},
		{"min ila with noun", "نقل من 60 إلى 80 أسيرا", []string{"من 60 إلى 80 أسيرا 60..80 أسير prisoners"}},
		{"dash", "أصيب 5-7 مسعفين", []string{"5-7 مسعفين 5..7 مسعف people"}},
		{"aw", "اعتقل 3 أو 4 صحفيين", []string{"3 أو 4 صحفيين 3..4 صحفي people"}},
		{"percent range", "تراوحت النسبة بين 20 و30%", []string{"بين 20 و30% 20..30 percent percent"}},
		{"hedge before the article", "شارك أكثر من الـ300 مقاتل", []string{"أكثر من الـ300 مقاتل 300..- مقاتل fighters"}},
		{"hedge on a vague number", "فر أكثر من عشرات العائلات", []string{"أكثر من عشرات العائلات 20..- ~ عائلة family"}},
		{"hedge on a percentage", "ارتفعت البطالة إلى أكثر من 45%", []string{"أكثر من 45% 45..- percent percent"}},
		{"dual after since", "وصلوا منذ يومين", []string{"يومين 2..2 يوم time day"}},
		// Percentages and bare figures.
		{"percent sign", "ارتفعت الأسعار 30%", []string{"30% 30..30 percent percent"}},
		{"percent word", "تراجع الإنتاج 15 بالمئة", []string{"15 بالمئة 15..15 percent percent"}},
		{"bare figure", "بلغت الحصيلة 112 وفق الوزارة", []string{"112 112..112"}},
		// Anaphora.
		{"mithluhum", "سمح لـ 308 من مقاتليه ومثلهم تقريبا من عائلاتهم بالمغادرة", []string{
			"308 من مقاتليه 308..308 مقاتل fighters", "مثلهم تقريبا من عائلاتهم 308..308 ~ عائلة family"}},
		{"difuhum", "قتل 40 مدنيا وأصيب ضعفهم", []string{"40 مدنيا 40..40 مدني civilians", "ضعفهم 80..80 مدني civilians"}},
		{"difuha with its own noun", "وصلت 30 شاحنة وضعفها من السيارات", []string{"30 شاحنة 30..30 شاحنة vehicles", "ضعفها من السيارات 60..60 سيارة vehicles"}},
		{"anaphor too far away", "قتل 40 مدنيا في القرية الواقعة على الطريق بسبب ضعفه", []string{"40 مدنيا 40..40 مدني civilians"}},
		{"anaphor in the next sentence", "قتل 40 مدنيا. ومثلهم في الشمال", []string{"40 مدنيا 40..40 مدني civilians"}},
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

// TestNotQuantities checks numbers that are dates, times, years, labels,
// codes, ordinals and fractions.
func TestNotQuantities(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"day and syriac month and year", "نشر التقرير في 15 أيلول 2017"},
		{"two-word month", "وصلت القافلة في 3 كانون الثاني 2018"},
		{"western month", "بدأ الهجوم في 5 يناير"},
		{"maghreb month", "انطلقت المسيرة يوم 3 شتنبر"},
		{"algerian month and year", "جرت الانتخابات في جانفي 2019"},
		{"day of month with من", "في 12 من أغسطس"},
		{"hijri month", "يصادف 10 ذي الحجة"},
		{"year after aam", "اعتقلهم التنظيم عام 2014"},
		{"year after mundh", "منذ العام 2011"},
		{"bare year", "في 2017 تغير كل شيء"},
		{"slash date", "أضيف بتاريخ 2017/10/11"},
		{"dash date", "نشر في 2017-09-16"},
		{"clock", "عند 10:30 صباحا"},
		{"hour of day", "عند الساعة 7 مساء"},
		{"phone", "للاتصال 0991234567"},
		{"article label", "تنص المادة 5 على ذلك"},
		{"number label", "صدر القرار رقم 12"},
		{"model name in arabic", "صادروا أسلحة أم16 ومدافع برامز155"},
		{"model name in latin", "حلقت طائرات F-16 فوق المدينة"},
		{"ordinal", "في الفصل الثالث من الكتاب"},
		{"fraction", "فر نصف المقاتلين"},
		{"vague few alone", "طرحت تساؤلات عدة"},
		{"day range", "تقام المعارض من 5 إلى 7 أيلول"},
		{"year range", "بين 2015 و2017 تغيرت الخريطة"},
		{"year after two-word month", "في تشرين الأول 2017"},
		{"score", "فاز الفريق بنتيجة 3-1 في الدقيقة 90"},
		{"dash pair that is no range", "على الطريق M4 والطريق 4-2"},
		{"definite number alone", "عاد الستة إلى منازلهم"},
		{"one alone", "هما وجهان لعملة واحدة"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Find(tt.text); len(got) > 0 {
				t.Errorf("Find(%+q) = %+q, want none", tt.text, showAll(tt.text, got))
			}
		})
	}
}
