package quote

import (
	"strings"
	"testing"

	"github.com/isnad-news/isnad"
)

// TestRelays checks who a statement is through when an outlet relays it,
// what "الصحيفة" refers back to, and where a citation's scope ends, on
// sentences written for the test, in articles of the outlet given.
func TestRelays(t *testing.T) {
	tests := []struct {
		name     string
		outlet   string
		body     string
		fragment string   // a fragment of the statement, "" when none is checked
		speaker  string   // the statement's speaker
		via      []string // its chain, nearest the article first
		figure   string   // a quantity, "" when none is checked
		chain    []string // its source chain, nearest the figure first
		cited    string   // a source that must be cited as written, "" when none
		noQuote  string   // no quote's statement may begin with it
	}{
		{
			name:     "naqlan an after an outlet's statement",
			outlet:   "صحيفة الفجر",
			body:     "وأغلقت السلطات المعبر، فيما قالت وكالة الأناضول إن المياه غمرت 40 منزلا، نقلا عن مسؤول محلي.",
			fragment: "المياه غمرت",
			speaker:  "مسؤول محلي",
			via:      []string{"الأناضول", "مسؤول محلي"},
			figure:   "40 منزلا",
			chain:    []string{"مسؤول محلي", "الأناضول", "صحيفة الفجر"},
		},
		{
			name:     "naqlan an qawlahu after the outlet",
			outlet:   "صحيفة الفجر",
			body:     "وذكرت وكالة رويترز نقلا عن مصدر أمني قوله إن 6 جنود أصيبوا في الهجوم.",
			fragment: "جنود أصيبوا",
			speaker:  "مصدر أمني",
			via:      []string{"رويترز", "مصدر أمني"},
			figure:   "6 جنود",
			chain:    []string{"مصدر أمني", "رويترز", "صحيفة الفجر"},
		},
		{
			name:   "an opening citation ends where fima brings another source",
			outlet: "صحيفة الفجر",
			body:   "وبحسب سكان محليين، احترق نحو 20 متجرا في السوق، فيما قالت وكالة رويترز إن 15 متجرا احترقت.",
			figure: "نحو 20 متجرا",
			chain:  []string{"سكان محليين", "صحيفة الفجر"},
			cited:  "سكان محليين",
		},
		{
			name:   "witnesses who spoke to the article's own outlet",
			outlet: "موقع الساحل",
			body:   "وبحسب شهود تحدثوا للساحل، عبر نحو 90 شخصا النهر ليلا.",
			figure: "نحو 90 شخصا",
			chain:  []string{"شهود", "موقع الساحل"},
			cited:  "شهود",
		},
		{
			name:     "testimonies the article's own outlet obtained",
			outlet:   "موقع الساحل",
			body:     "وكشفت شهادات حصل عليها الساحل أن 80 شخصا فروا من القرية.",
			fragment: "80 شخصا فروا",
			speaker:  "شهادات",
			via:      []string{"شهادات"},
		},
		{
			name:     "al-sahifa is the article's own newspaper when no newspaper was cited",
			outlet:   "صحيفة الفجر",
			body:     "قالت وكالة الأناضول إن الطريق أغلق.\n\nوقال مسؤول محلي للصحيفة إن 12 عائلة نزحت منذ الصباح.",
			fragment: "12 عائلة نزحت",
			speaker:  "مسؤول محلي",
			via:      []string{"مسؤول محلي"},
			figure:   "12 عائلة",
			chain:    []string{"مسؤول محلي", "صحيفة الفجر"},
		},
		{
			name:     "al-sahifa is the newspaper cited before",
			outlet:   "صحيفة الفجر",
			body:     "ذكرت صحيفة الشروق أن الطريق أغلق.\n\nوقال مسؤول محلي للصحيفة إن 12 عائلة نزحت منذ الصباح.",
			fragment: "12 عائلة نزحت",
			speaker:  "مسؤول محلي",
			via:      []string{"الشروق المصرية", "مسؤول محلي"},
		},
		{
			name:     "al-sahifa in a channel's article with no newspaper cited",
			outlet:   "قناة الساحل",
			body:     "قالت وكالة الأناضول إن الطريق أغلق.\n\nوقال مسؤول محلي للصحيفة إن 12 عائلة نزحت منذ الصباح.",
			fragment: "12 عائلة نزحت",
			speaker:  "مسؤول محلي",
			via:      []string{"مسؤول محلي"},
		},
		{
			name:     "an outlet before naqalat with qad",
			outlet:   "صحيفة الفجر",
			body:     "وكانت صحيفة الشروق قد نقلت عن مسؤول محلي أن الجسر انهار قبل أسبوع. ووصل 30 عاملا إلى الموقع صباحا.",
			fragment: "الجسر انهار",
			speaker:  "مسؤول محلي",
			via:      []string{"الشروق المصرية", "مسؤول محلي"},
			figure:   "30 عاملا",
			chain:    []string{"صحيفة الفجر"},
		},
		{
			name:     "a statement that is all someone said, relayed twice",
			outlet:   "صحيفة الفجر",
			body:     "ونقلت صحيفة الشروق عن وكالة الأناضول أن وزير الداخلية قال إن 12 شخصا اعتقلوا.",
			fragment: "12 شخصا اعتقلوا",
			speaker:  "وزير الداخلية",
			via:      []string{"الشروق المصرية", "الأناضول", "وزير الداخلية"},
			figure:   "12 شخصا",
			chain:    []string{"وزير الداخلية", "الأناضول", "الشروق المصرية", "صحيفة الفجر"},
		},
		{
			name:     "a relative clause with its own speaker after the verb",
			outlet:   "صحيفة الفجر",
			body:     "وطالب السكان بإصلاح الجسر القديم، والذي قال مهندسون إنه «لم يصن منذ 15 عاما».",
			fragment: "لم يصن",
			speaker:  "مهندسون",
			via:      []string{"مهندسون"},
			figure:   "15 عاما",
			chain:    []string{"مهندسون", "صحيفة الفجر"},
		},
		{
			name:     "tahaddatha an",
			outlet:   "صحيفة الفجر",
			body:     "وقال مسؤول إن الطريق مغلق، بينما تحدث سكان عن 50 عائلة عالقة قرب الجسر.",
			fragment: "50 عائلة",
			speaker:  "سكان",
			via:      []string{"سكان"},
			figure:   "50 عائلة",
			chain:    []string{"سكان", "صحيفة الفجر"},
		},
		{
			name:     "naqala that carries, not reports",
			outlet:   "صحيفة الفجر",
			body:     "وأكد السكان أن الحافلة كانت قد نقلت عائلات أخرى دون أن يعترضها أحد.",
			fragment: "دون أن يعترضها",
			speaker:  "السكان",
			via:      []string{"السكان"},
			noQuote:  "يعترضها أحد",
		},
		{
			name:     "a new voice ends an opening citation's paragraph",
			outlet:   "صحيفة الفجر",
			body:     "وبحسب ما أوردت وكالة رويترز، فإن 200 شخص غادروا منازلهم. وأكد مسؤول محلي أن 30 منزلا تضررت.",
			fragment: "30 منزلا تضررت",
			speaker:  "مسؤول محلي",
			via:      []string{"مسؤول محلي"},
			figure:   "30 منزلا",
			chain:    []string{"مسؤول محلي", "صحيفة الفجر"},
		},
		{
			name:     "a name after a rank in a role phrase",
			outlet:   "صحيفة الفجر",
			body:     "وقال مدير المستشفى العقيد سامر الخطيب للفجر إن 7 جرحى وصلوا ليلا.",
			fragment: "7 جرحى",
			speaker:  "سامر الخطيب",
			via:      []string{"سامر الخطيب"},
		},
		{
			name:     "a kunya is the name",
			outlet:   "صحيفة الفجر",
			body:     "وقالت أم خالد، وهي من سكان الحي، إن المياه دخلت منزلها ليلا.",
			fragment: "المياه دخلت",
			speaker:  "أم خالد",
			via:      []string{"أم خالد"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyseAs(t, tt.body, tt.outlet)
			checkRelay(t, doc, tt.fragment, tt.speaker, tt.via, tt.figure, tt.chain, tt.cited, tt.noQuote)
		})
	}
}

func checkRelay(t *testing.T, doc *isnad.Document, fragment, speaker string, via []string, figure string, chain []string, cited, noQuote string) {
	t.Helper()
	if fragment != "" {
		q, ok := findQuote(doc, fragment)
		if !ok {
			t.Fatalf("no quote holds %+q; quotes: %+v", fragment, doc.Quotes)
		}
		if !exactSource(doc, speaker, q.Speaker, q.SpeakerID) {
			t.Errorf("speaker %+q, want %+q", q.Speaker, speaker)
		}
		if !exactChain(doc, q.Via, via) {
			t.Errorf("via %+q, want %+q", names(q.Via), via)
		}
	}
	if figure != "" {
		got, ok := figureChain(doc, figure)
		if !ok {
			t.Fatalf("no quantity %+q: %+v", figure, doc.Quantities)
		}
		if !exactChain(doc, got, chain) {
			t.Errorf("%+q: chain %+q, want %+q", figure, names(got), chain)
		}
	}
	if cited != "" {
		found := false
		for _, c := range doc.Citations {
			found = found || c.Cited == cited
		}
		if !found {
			t.Errorf("no citation of %+q as written: %+v", cited, doc.Citations)
		}
	}
	if noQuote != "" {
		for _, q := range doc.Quotes {
			if strings.HasPrefix(q.Text, noQuote) {
				t.Errorf("quote %+q by %+q", q.Text, q.Speaker)
			}
		}
	}
}

// TestPlaceNotSpeaker checks that a name after a place noun in a role
// phrase ("مسؤولون في قرية X") is no speaker, even tagged as a person.
func TestPlaceNotSpeaker(t *testing.T) {
	doc := analyseAs(t, "وقال مسؤولون محليون في قرية الحمرا إن 40 عائلة غادرت.", "صحيفة الفجر")
	i := strings.Index(doc.Body, "الحمرا")
	doc.Entities = append(doc.Entities, isnad.Entity{Span: isnad.Span{Start: i, End: i + len("الحمرا")}, Text: "الحمرا", Type: "PER", Canonical: "الحمرا", ID: "per:الحمرا"})
	Find(doc)
	checkRelay(t, doc, "40 عائلة", "مسؤولون محليون", []string{"مسؤولون محليون"}, "", nil, "", "")
}
