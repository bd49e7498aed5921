package quote

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/entity"
	"github.com/isnad-news/isnad/quantity"
	"github.com/isnad-news/isnad/timex"
)

var (
	stagesOnce sync.Once
	stages     []isnad.Stage
	stagesErr  error
)

// analyse runs tokenize, quantity, timex, entity and quote on body, as
// an article of the outlet "المنار".
func analyse(t testing.TB, body string) *isnad.Document {
	t.Helper()
	stagesOnce.Do(func() {
		var st isnad.Stage
		st, stagesErr = entity.NewStage(entity.Options{})
		stages = []isnad.Stage{arabic.NewTokenizer(), quantity.NewStage(), timex.NewStage(), st, NewStage()}
	})
	if stagesErr != nil {
		t.Fatal(stagesErr)
	}
	doc := &isnad.Document{Body: body, Outlet: "المنار"}
	for _, s := range stages {
		if err := s.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
	}
	return doc
}

// TestQuotes checks each construction on sentences written for the test.
func TestQuotes(t *testing.T) {
	tests := []struct {
		name     string
		body     string
		fragment string   // a fragment of the statement
		text     string   // the whole statement, when checked
		speaker  string   // "" for an unknown speaker
		unnamed  bool     // the speaker has no name
		direct   bool     // in quotation marks
		via      []string // the chain, nearest the article first
	}{
		{
			name:    "verb subject inna",
			body:    "وقال الجيش اللبناني إن الطريق الساحلي أعيد فتحه صباح اليوم.",
			text:    "الطريق الساحلي أعيد فتحه صباح اليوم",
			speaker: "الجيش اللبناني",
			via:     []string{"الجيش اللبناني"},
		},
		{
			name:     "subject before verb",
			body:     "في حين أن الجيش اللبناني قال إن الدوريات ستستمر حتى نهاية الشهر.",
			fragment: "الدوريات ستستمر",
			speaker:  "الجيش اللبناني",
			via:      []string{"الجيش اللبناني"},
		},
		{
			name:     "feminine present verb with anna",
			body:     "وتقول وزارة الدفاع الروسية أن طائراتها لم تقترب من الحدود.",
			fragment: "طائراتها لم تقترب",
			speaker:  "وزارة الدفاع الروسية",
			via:      []string{"وزارة الدفاع الروسية"},
		},
		{
			name:    "guillemets after a colon",
			body:    "وقال حزب الله في بيان: «لن نقبل بأي تسوية على حساب الأسرى».",
			text:    "لن نقبل بأي تسوية على حساب الأسرى",
			speaker: "حزب الله",
			direct:  true,
			via:     []string{"حزب الله"},
		},
		{
			name:    "curly quotes after the subject",
			body:    "وقال الجيش اللبناني، في بيان له، “الوحدات انتشرت على طول الحدود الشمالية منذ الفجر”.",
			text:    "الوحدات انتشرت على طول الحدود الشمالية منذ الفجر",
			speaker: "الجيش اللبناني",
			direct:  true,
			via:     []string{"الجيش اللبناني"},
		},
		{
			name:    "straight quotes after inna",
			body:    `وأكد حزب الله إن "المقاومة لن تتخلى عن سلاحها تحت أي ظرف".`,
			text:    "المقاومة لن تتخلى عن سلاحها تحت أي ظرف",
			speaker: "حزب الله",
			direct:  true,
			via:     []string{"حزب الله"},
		},
		{
			name:    "low and high quotes",
			body:    "وقال الجيش اللبناني: „لا تراجع عن قرار إغلاق المعبر الليلة“.",
			text:    "لا تراجع عن قرار إغلاق المعبر الليلة",
			speaker: "الجيش اللبناني",
			direct:  true,
			via:     []string{"الجيش اللبناني"},
		},
		{
			name:    "single quotes",
			body:    "وقال حزب الله: 'لن نغادر هذه الأرض مهما طال الحصار'.",
			text:    "لن نغادر هذه الأرض مهما طال الحصار",
			speaker: "حزب الله",
			direct:  true,
			via:     []string{"حزب الله"},
		},
		{
			name:    "quote never closed ends with its paragraph",
			body:    "وقال الجيش اللبناني: \"الوضع هادئ في القرى الحدودية ولا إصابات حتى الآن.\n\nوفي بيروت عاد السير إلى طبيعته.",
			text:    "الوضع هادئ في القرى الحدودية ولا إصابات حتى الآن",
			speaker: "الجيش اللبناني",
			direct:  true,
			via:     []string{"الجيش اللبناني"},
		},
		{
			name:     "participle continues the sentence's speaker",
			body:     "وأعلن الجيش اللبناني أن الدوريات انتشرت في المنطقة، مشيرا إلى أن الطرق ستبقى مغلقة.",
			fragment: "الطرق ستبقى مغلقة",
			speaker:  "الجيش اللبناني",
			via:      []string{"الجيش اللبناني"},
		},
		{
			name:     "masculine continuation in the next paragraph",
			body:     "وقال الجيش اللبناني إن وحداته أنهت عمليات البحث.\n\nوأوضح أن فرق الإنقاذ عثرت على ناجين.",
			fragment: "فرق الإنقاذ عثرت",
			speaker:  "الجيش اللبناني",
			via:      []string{"الجيش اللبناني"},
		},
		{
			name:     "feminine continuation finds the outlet",
			body:     "وقال الجيش اللبناني إن الطريق مغلق.\n\nوذكرت وكالة رويترز أن السفينة غادرت الميناء مساء الأحد.\n\nوأضافت أن طاقمها يضم عشرين بحارا.",
			fragment: "طاقمها يضم",
			speaker:  "رويترز",
			via:      []string{"رويترز"},
		},
		{
			name:     "anaphoric newspaper",
			body:     "ذكرت صحيفة نيويورك تايمز أن الإدارة تدرس خيارات جديدة.\n\nوقالت الصحيفة إن القرار سيصدر قريبا.",
			fragment: "القرار سيصدر قريبا",
			speaker:  "نيويورك تايمز",
			via:      []string{"نيويورك تايمز"},
		},
		{
			name:     "unnamed official",
			body:     "وقال مسؤول عسكري إن الهجوم استهدف مستودعا للذخيرة.",
			fragment: "استهدف مستودعا",
			speaker:  "مسؤول عسكري",
			unnamed:  true,
			via:      []string{"مسؤول عسكري"},
		},
		{
			name:     "unnamed sources after bihasab",
			body:     "وبحسب مصادر مطلعة فإن المفاوضات توقفت منذ أيام.",
			fragment: "المفاوضات توقفت",
			speaker:  "مصادر مطلعة",
			unnamed:  true,
			via:      []string{"مصادر مطلعة"},
		},
		{
			name:     "outlet quoting a speaker",
			body:     "ونقلت وكالة الأناضول عن مسؤول محلي قوله إن المياه غمرت عشرات المنازل.",
			fragment: "المياه غمرت",
			speaker:  "مسؤول محلي",
			unnamed:  true,
			via:      []string{"الأناضول", "مسؤول محلي"},
		},
		{
			name:     "speaker told an outlet",
			body:     `وقال الجيش اللبناني لـ"رويترز" إن الوحدات لم تتعرض لأي هجوم.`,
			fragment: "لم تتعرض لأي هجوم",
			speaker:  "الجيش اللبناني",
			via:      []string{"رويترز", "الجيش اللبناني"},
		},
		{
			name:     "statement before its cue",
			body:     "وتضررت ثلاثة جسور في الشمال، بحسب ما قال الجيش اللبناني.",
			fragment: "وتضررت ثلاثة جسور",
			speaker:  "الجيش اللبناني",
			via:      []string{"الجيش اللبناني"},
		},
		{
			name:     "citation in the sentence adds a link",
			body:     "وقال حزب الله إن مقاتليه انسحبوا من التلال، حسبما أوردت وكالة سبوتنيك.",
			fragment: "مقاتليه انسحبوا",
			speaker:  "حزب الله",
			via:      []string{"سبوتنيك", "حزب الله"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.body)
			frag := tt.fragment
			if frag == "" {
				frag = tt.text
			}
			q, ok := findQuote(doc, frag)
			if !ok {
				t.Fatalf("no quote holds %+q; quotes: %+v", frag, doc.Quotes)
			}
			if tt.text != "" && q.Text != tt.text {
				t.Errorf("text %+q, want %+q", q.Text, tt.text)
			}
			if q.Text != doc.Body[q.Start:q.End] {
				t.Errorf("text %+q is not the body under %d-%d", q.Text, q.Start, q.End)
			}
			if !sameSource(tt.speaker, q.Speaker) {
				t.Errorf("speaker %+q, want %+q", q.Speaker, tt.speaker)
			}
			if q.Unnamed != tt.unnamed || q.Direct != tt.direct {
				t.Errorf("unnamed %v direct %v, want %v %v", q.Unnamed, q.Direct, tt.unnamed, tt.direct)
			}
			if !sameChain(names(q.Via), tt.via) {
				t.Errorf("via %+q, want %+q", names(q.Via), tt.via)
			}
		})
	}
}

// TestCitations checks the citation cues, the sources they name and
// their scope.
func TestCitations(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		cited  string
		typ    string // the chain's Type for the cited source
		scope  string // "sentence", "paragraph" or "passage"
		figure string // a quantity in scope, whose chain is checked
		chain  []string
	}{
		{
			name: "bihasab an agency", body: "وغادر نحو 200 شخص منازلهم، بحسب رويترز. وعاد الهدوء إلى المدينة.",
			cited: "رويترز", typ: "MEDIA", scope: "sentence", figure: "نحو 200 شخص", chain: []string{"رويترز", "المنار"},
		},
		{
			name: "hasabama awradat", body: "وغادر نحو 200 شخص منازلهم، حسبما أوردت وكالة سبوتنيك.",
			cited: "سبوتنيك", typ: "MEDIA", scope: "sentence", figure: "نحو 200 شخص", chain: []string{"سبوتنيك", "المنار"},
		},
		{
			name: "wifqan li", body: "ووفقا لرويترز، غادر نحو 200 شخص منازلهم. وعاد الهدوء مساء.",
			cited: "رويترز", typ: "MEDIA", scope: "paragraph", figure: "نحو 200 شخص", chain: []string{"رويترز", "المنار"},
		},
		{
			name: "naqlan an", body: "وأغلقت 12 مدرسة، نقلا عن وكالة الأناضول.",
			cited: "الأناضول", typ: "MEDIA", scope: "sentence", figure: "12 مدرسة", chain: []string{"الأناضول", "المنار"},
		},
		{
			name: "an outlet no list knows, from the quoted name", body: `وأغلقت 12 مدرسة أبوابها، بحسب موقع "عين الشمال".`,
			cited: "عين الشمال", typ: "MEDIA", scope: "sentence", figure: "12 مدرسة", chain: []string{"عين الشمال", "المنار"},
		},
		{
			name:  "a passage introduced by وأضافت الصحيفة",
			body:  "قالت صحيفة نيويورك تايمز إن الأزمة تتفاقم.\n\nوأضافت الصحيفة أن المفاوضات متعثرة.\n\nوسقط 12 جريحا في القصف الأخير.\n\nالجدير بالذكر أن 30 عائلة نزحت.",
			cited: "نيويورك تايمز", typ: "MEDIA", scope: "passage", figure: "12 جريحا", chain: []string{"نيويورك تايمز", "المنار"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.body)
			var c *isnad.Citation
			for i := range doc.Citations {
				if sameSource(tt.cited, doc.Citations[i].Cited) {
					c = &doc.Citations[i]
					break
				}
			}
			if c == nil {
				t.Fatalf("no citation of %+q: %+v", tt.cited, doc.Citations)
			}
			if c.Text != doc.Body[c.Start:c.End] {
				t.Errorf("text %+q is not the body under %d-%d", c.Text, c.Start, c.End)
			}
			scope := doc.Body[c.Scope.Start:c.Scope.End]
			switch tt.scope {
			case "sentence":
				if strings.Contains(scope, "\n") || strings.Count(scope, ".") > 1 {
					t.Errorf("scope %+q is more than a sentence", scope)
				}
			case "paragraph":
				if strings.Contains(scope, "\n") || !strings.Contains(tt.body, scope) || !strings.HasSuffix(scope, "مساء.") {
					t.Errorf("scope %+q is not the paragraph", scope)
				}
			case "passage":
				if !strings.Contains(scope, "12 جريحا") || strings.Contains(scope, "الجدير") {
					t.Errorf("scope %+q is not the passage", scope)
				}
			}
			for _, q := range doc.Quantities {
				if strings.HasPrefix(q.Text, tt.figure) {
					if !sameChain(names(q.SourceChain), tt.chain) {
						t.Errorf("%+q: chain %+q, want %+q", q.Text, names(q.SourceChain), tt.chain)
					}
					if n := len(q.SourceChain); n == 0 || q.SourceChain[n-1].Type != "OUTLET" || q.SourceChain[0].Type != tt.typ {
						t.Errorf("%+q: chain types %+v", q.Text, q.SourceChain)
					}
					return
				}
			}
			t.Errorf("no quantity %+q", tt.figure)
		})
	}
}

// TestOwnFigures checks that figures nobody else is cited for come from
// the article's outlet, and that quotes and citations are never nil.
func TestOwnFigures(t *testing.T) {
	doc := analyse(t, "وصل 17 حافلة إلى المدينة يوم 5 أيلول 2017.")
	if doc.Quotes == nil || doc.Citations == nil {
		t.Fatal("Quotes and Citations must be non-nil")
	}
	if len(doc.Quantities) == 0 || len(doc.Dates) == 0 {
		t.Fatal("no quantity or date found")
	}
	for _, c := range [][]isnad.Source{doc.Quantities[0].SourceChain, doc.Dates[0].SourceChain} {
		if len(c) != 1 || c[0] != (isnad.Source{Name: "المنار", Type: "OUTLET"}) {
			t.Errorf("chain %+v, want the outlet alone", c)
		}
	}
}

// TestIdempotent checks that running the stage twice gives the same
// result.
func TestIdempotent(t *testing.T) {
	doc := analyse(t, "وقال الجيش اللبناني إن 12 جنديا أصيبوا، بحسب رويترز.")
	first := len(doc.Quotes) + 10*len(doc.Citations)
	if err := NewStage().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if again := len(doc.Quotes) + 10*len(doc.Citations); again != first || len(doc.Quotes) == 0 {
		t.Errorf("second run: %d, first %d", again, first)
	}
}

func TestLexicon(t *testing.T) {
	if _, err := parseVerbs(verbsTxt); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"قال", "وقالت", "فأضاف", "لتعلن", "مضيفاً", "تشير"} {
		d := &finder{toks: arabic.Tokenize(w), body: w}
		d.norm = []string{d.toks[0].Norm}
		if _, _, ok := d.verbAt(0); !ok {
			t.Errorf("%+q is no reporting verb", w)
		}
	}
	if _, err := parseVerbs("قال قالت\n"); err == nil {
		t.Error("a short line must fail")
	}
}
