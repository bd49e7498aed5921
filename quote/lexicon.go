package quote

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/isnad-news/isnad/arabic"
)

// verbsTxt is the table of reporting verbs; see the header of verbs.txt for
// its columns and provenance.
//
//go:embed verbs.txt
var verbsTxt string

// gender is the agreement of a reporting verb, which is also the gender of
// its subject: "وقالت الصحيفة" is feminine, "وأضاف التقرير" masculine.
type gender byte

const (
	// masc is a masculine singular form (قال، يقول، قائلا).
	masc gender = 'm'
	// fem is a feminine singular form (قالت، تقول، قائلة).
	fem gender = 'f'
	// plural is a plural form (قالوا، يقولون).
	plural gender = 'p'
)

// verbForm is one form of a reporting verb.
type verbForm struct {
	// lemma is the verb's past masculine form as written in verbs.txt.
	lemma string
	g     gender
	// present is set for present-tense forms (يقول، تقول).
	present bool
	// participle is set for the active participles (قائلا، مضيفة), which
	// continue the sentence's speaker and never take a subject.
	participle bool
	// shadda is set for forms matched only when written with a shadda
	// (بيّن: بين is "between").
	shadda bool
}

// verbs maps the Match-normalized forms of the reporting verbs to their
// form. The file is part of the package and checked by TestLexicon, so a
// broken file is a programming error and panics when the package loads.
var verbs = mustVerbs(verbsTxt)

func mustVerbs(src string) map[string]verbForm {
	m, err := parseVerbs(src)
	if err != nil {
		panic("quote: verbs.txt: " + err.Error())
	}
	return m
}

// parseVerbs reads the verb table. It reports a line without eight columns
// and a form given to two verbs.
func parseVerbs(src string) (map[string]verbForm, error) {
	m := map[string]verbForm{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Fields(line)
		if len(cols) != 8 {
			return nil, fmt.Errorf("line %d: %d columns, want 8", n+1, len(cols))
		}
		for i, c := range cols {
			if c == "-" {
				continue
			}
			f := verbForm{lemma: cols[0], present: i >= 3 && i <= 5, participle: i >= 6, shadda: strings.ContainsRune(c, shaddaMark)}
			switch i {
			case 1, 4, 7:
				f.g = fem
			case 2, 5:
				f.g = plural
			default:
				f.g = masc
			}
			k := arabic.Normalize(arabic.Match, c)
			if old, ok := m[k]; ok && old.lemma != f.lemma {
				return nil, fmt.Errorf("line %d: form %s of %s is also a form of %s", n+1, c, f.lemma, old.lemma)
			}
			m[k] = f
		}
	}
	return m, nil
}

// shaddaMark is ARABIC SHADDA (U+0651).
const shaddaMark = 'ّ'

// The word lists below are Match-normalized (arabic.Normalize) forms,
// written by the isnad authors from reading Arabic news; same licence as
// the repository.

// set builds a lookup set of Match-normalized words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[arabic.Normalize(arabic.Match, w)] = true
	}
	return m
}

// clauseWords open the statement after a reporting verb: أن، إن and their
// forms with a pronoun, بأن and فإن.
var clauseWords = set("أن", "إن", "أنه", "أنها", "أنهم", "أنهن", "أننا", "أنني", "أني",
	"بأن", "بأنه", "بأنها", "بأنهم", "بأننا", "فإن", "فإنه", "فإنها", "فإنهم", "لأن")

// notClause are clauseWords that open no statement ("لأن" is "because").
var notClause = set("لأن")

// sayingNouns follow "نقل X عن Y": "قوله إن", "قولها", "تأكيده أن".
var sayingNouns = set("قوله", "قولها", "قولهم", "قولهما", "تأكيده", "تأكيدها", "تصريحه", "تصريحها", "إشارته", "إشارتها")

// masdarCues are verbal nouns used as cues: "بالقول إن".
var masdarCues = set("بالقول", "بقوله", "بقولها")

// sourceCues open a citation: "بحسب رويترز", "وفقا لمصادر", "نقلا عن".
// The value is what must follow: "" nothing, "ل" a ل (written onto the
// source or as لـ), "عن" the word عن.
var sourceCues = map[string]string{
	"بحسب": "", "حسب": "", "وبحسب": "", "وحسب": "", "فبحسب": "",
	"وفق": "", "ووفق": "", "وفقا": "ل", "ووفقا": "ل", "طبقا": "ل", "وطبقا": "ل",
	"نقلا": "عن", "ونقلا": "عن", "استنادا": "ل",
}

// asCues are the cues followed by a verb: "حسبما أوردت"، "كما أفاد".
// "بحسب ما" and "حسب ما" are read as one cue with ما.
var asCues = set("حسبما", "بحسبما", "وحسبما", "وبحسبما", "كما", "وكما", "وفقما")

// reportedVerbs are the passive verbs a cue may take: "حسبما ورد في
// تقرير لمجلة فورين بوليسي".
var reportedVerbs = set("ورد", "جاء", "نشر", "نشرت")

// outletKinds are the words that introduce an outlet: "صحيفة نيويورك
// تايمز", "وكالة سبوتنيك", "موقع خط تماس".
var outletKinds = set("صحيفة", "جريدة", "وكالة", "مجلة", "موقع", "قناة", "شبكة", "إذاعة", "تلفزيون", "تلفزيون", "يومية", "أسبوعية", "مركز")

// anaphors are the definite nouns that refer back to a source named
// before: "وقالت الصحيفة" is the last newspaper cited. The value is the
// kind of source they refer to: an outlet kind, "report" for the last
// report cited and "statement" for the speaker of the last statement.
var anaphors = map[string]string{
	"الصحيفه": "صحيفه", "الجريده": "صحيفه", "الوكاله": "وكاله", "المجله": "مجله",
	"الموقع": "موقع", "القناه": "قناه", "الشبكه": "قناه", "الاذاعه": "قناه",
	"التقرير": "report", "تقريرها": "report", "تقريره": "report",
	"البيان": "statement", "بيانه": "statement", "بيانها": "statement",
}

// mediaPlurals name media without naming them: "ذكرت وسائل إعلام أميركية".
var mediaPlurals = set("وسائل", "صحف", "وكالات", "تقارير", "مواقع")

// roleWords head a phrase that names a source by its role alone:
// "مسؤولون أميركيون", "مصدر مطلع", "قائد عسكري". With a name in the phrase
// ("المتحدث باسم التحالف الكولونيل ريان ديلون") the name is the speaker.
var roleWords = set(
	"مسؤول", "مسؤولا", "مسؤولون", "مسؤولين", "مسئول", "مسئولون", "المسؤول", "المسؤولون", "المسؤولين",
	"مصدر", "مصادر", "المصدر", "المصادر",
	"متحدث", "متحدثا", "المتحدث", "الناطق", "ناطق", "ناطقا",
	"قائد", "قائدا", "قادة", "القائد", "القادة", "قيادي", "قياديا", "قياديون",
	"ضابط", "ضابطا", "ضباط", "الضابط",
	"دبلوماسي", "دبلوماسيا", "دبلوماسيون", "دبلوماسيين",
	"خبير", "خبيرا", "خبراء", "محلل", "محللا", "محللون", "محللين",
	"شاهد", "شهود", "الشهود", "ناشط", "ناشطا", "نشطاء", "ناشطون", "ناشطين",
	"مراقب", "مراقبون", "مراقبين", "سكان", "مواطنون", "مواطنين", "أهالي",
	"مقاتل", "مقاتلون", "عنصر", "عناصر", "جندي", "جنود", "عسكري", "عسكريون",
	"منسق", "ممثل", "مبعوث", "مستشار", "وزير", "نائب", "عضو", "أعضاء", "رئيس", "مدير", "تعليقات", "الإعلان",
)

// unnamedHeads are role words that stay unnamed without a name in the
// phrase; the others (مبعوث، وزير، رئيس) usually come with one.
var unnamedHeads = set(
	"مسؤول", "مسؤولا", "مسؤولون", "مسؤولين", "مسئول", "مسئولون", "المسؤول", "المسؤولون", "المسؤولين",
	"مصدر", "مصادر", "المصدر", "المصادر", "متحدث", "متحدثا", "ناطق", "ناطقا",
	"قائد", "قائدا", "قادة", "قيادي", "قياديا", "قياديون", "ضابط", "ضابطا", "ضباط",
	"دبلوماسي", "دبلوماسيا", "دبلوماسيون", "دبلوماسيين",
	"خبير", "خبيرا", "خبراء", "محلل", "محللا", "محللون", "محللين",
	"شاهد", "شهود", "الشهود", "ناشط", "ناشطا", "نشطاء", "ناشطون", "ناشطين",
	"مراقب", "مراقبون", "مراقبين", "سكان", "مواطنون", "مواطنين", "أهالي",
	"مقاتل", "مقاتلون", "عنصر", "عناصر", "جندي", "جنود", "عسكري", "عسكريون", "تعليقات",
	"وسائل", "صحف", "وكالات", "تقارير", "مواقع",
)

// npStops end the subject after a reporting verb: the adjuncts of place,
// time and manner that come between the subject and the statement ("في
// بيان له", "أمس", "على موقع تويتر").
var npStops = set("في", "خلال", "عبر", "أمس", "اليوم", "على", "إلى", "الى", "عن", "منذ", "يوم", "صباح",
	"مساء", "ليلة", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
	"أيضا", "كذلك", "له", "لها", "لهم", "قد", "لقد", "بعد", "قبل", "عقب", "اثر", "إثر", "حول",
	"بشأن", "مؤخرا", "سابقا", "لاحقا", "الأسبوع", "الشهر", "قبيل", "ضمن", "فيه", "وذلك", "ذلك")

// prepositions are the words after which a reporting verb's form is a
// noun ("دون نقل الأغذية") and a name is no subject ("مقرب من الرئيس").
var prepositions = set("من", "عن", "على", "في", "إلى", "الى", "مع", "دون", "بدون", "عبر", "حول", "بعد", "قبل",
	"لدى", "عند", "حتى", "ضد", "بين", "عملية", "إعادة", "يريد", "تريد", "يمكن", "يجب")

// verbLead are the words before a reporting verb that mark it as a verb
// opening a clause ("وكان ... قد أعلن", "فيما أكد", "كما أفاد").
var verbLead = set("قد", "لقد", "وقد", "فقد", "كان", "وكان", "فكان", "كانت", "وكانت", "فيما", "كما", "وكما",
	"حيث", "ثم", "بينما", "إذ", "اذ", "حين", "عندما", "لذلك", "بدوره", "بدورها",
	"جهته", "جهتها", "جانبه", "جانبها", "ذلك", "لاحقا", "وقت", "بدورهم")

// svoStops end the search back for a subject written before its verb
// ("وكان المتحدث … أعلن"): the words that open the clause.
var svoStops = set("كان", "وكان", "فكان", "كانت", "وكانت", "فيما", "حين", "ان", "إن", "أن", "حيث", "بينما",
	"لكن", "ولكن", "و", "إذ", "اذ", "كما", "وكما", "ثم", "الذي", "التي", "الذين", "لاحقا", "أما", "اما", "فقد", "وقد", "قد", "لقد")

// openers are the words that open a paragraph without being its content
// ("في حين ذكر موقع RT"): a citation after them still opens the paragraph.
var openers = set("و", "في", "حين", "فيما", "كما", "وكما", "وكان", "وكانت", "كان", "كانت", "ثم", "بينما", "من",
	"جهته", "جهتها", "جانبه", "جانبها", "وقد", "قد", "لاحقا", "لذلك", "وفي", "الوقت", "ذاته", "نفسه")

// ownVoice open a paragraph in the writer's own voice ("الجدير بالذكر
// أن", "يذكر أن"), which ends a passage taken from a cited outlet.
var ownVoice = set("الجدير", "يذكر", "ويذكر", "يشار", "ويشار", "يجدر", "ويجدر", "يشار", "جهة", "سياق", "ذلك")

// titles come before a name and are no part of it: "الكولونيل ريان ديلون".
var titles = set("الكولونيل", "العقيد", "الجنرال", "اللواء", "العميد", "الرائد", "النقيب", "الرئيس", "الوزير",
	"السيد", "السيدة", "الشيخ", "الدكتور", "المبعوث", "الأمريكي", "الأميركي", "الروسي")

// connectors end a statement before a cue that follows it: "…، وذلك
// حسبما قال", "…، حيث أفاد".
var connectors = set("وذلك", "ذلك", "حيث", "فيما", "بينما", "وهو", "وهي", "ما", "هكذا", "وقد", "قد", "و", "وكان", "كان")

// needClause are the verbs that report speech only with a statement after
// them (أن/إن, a colon or a quotation): "توقع الخبير أن" reports, "علق
// الآلاف في الطريق" does not. Without one they name no speaker.
var needClause = set("توقع", "رجح", "استبعد", "علق", "روى", "دعا", "طالب", "أعرب", "تحدث")

// complements are the prepositions after which some verbs take their
// statement when no أن/إن follows: "دعا X إلى الابتعاد", "طالب X
// بتأجيل", "أعرب X عن قلقه", "حذر X من تكرار". Keyed by the verb's
// Match-normalized lemma.
var complements = map[string]string{
	norm("دعا"): norm("إلى"), norm("طالب"): "ب", norm("أعرب"): "عن", norm("حذر"): "من",
	norm("تحدث"): "عن",
}

func norm(w string) string { return arabic.Normalize(arabic.Match, w) }

// orgHeads are the nouns that head the name of a body ("وزارة
// الكهرباء", "مصلحة الأرصاد"); written with the article they refer back
// to the last body of that kind the text named ("وقالت الوزارة").
var orgHeads = set("وزارة", "هيئة", "مركز", "جمعية", "شركة", "منظمة", "مجلس", "لجنة", "مديرية", "مصلحة", "إدارة", "نقابة", "مؤسسة", "سلطة", "بلدية", "محكمة", "نيابة", "رئاسة", "حكومة", "جامعة", "شرطة", "قيادة", "دائرة")
