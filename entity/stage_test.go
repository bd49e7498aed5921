package entity

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/gazetteer"
	"github.com/isnad-news/isnad/ner"
)

// span marks the n-th occurrence (from 1) of name in text as a tagger span.
func span(text, name string, typ ner.Type) ner.Span {
	i := strings.Index(text, name)
	return ner.Span{Start: i, End: i + len(name), Type: typ}
}

// show writes entities as "text|type|id|country".
func show(es []isnad.Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Text+"|"+e.Type+"|"+e.ID+"|"+e.Country)
	}
	return out
}

func TestLink(t *testing.T) {
	gaz := gazetteer.Default()
	tests := []struct {
		name  string
		text  string
		spans []string // names the tagger finds, with their types after a colon
		want  []string // "text|type" prefixes of the entities, in order
	}{
		{"clitic off a known organization", "قصف التحالف مواقع لداعش وداعش ترد", nil,
			[]string{"التحالف|ORG|org:coalition", "داعش|ORG|org:isis", "داعش|ORG|org:isis"}},
		{"article kept after a clitic", "وصلت القافلة بالبوكمال أمس", nil,
			[]string{"البوكمال|GPE"}},
		{"a country is not a clitic plus a village", "عاد الوفد إلى لبنان", nil,
			[]string{"لبنان|GPE|country:LB"}},
		{"adjective is no place", "قال الجيش السوري إن القوات السورية تقدمت", []string{"السورية:LOC"},
			[]string{"الجيش السوري|ORG"}},
		{"common noun tagged as a place", "مع امتداد الحصار لأسابيع", []string{"الحصار:LOC"}, nil},
		{"place word before a small town", "توقفت القافلة قرب بلدة السخنة في سوريا", nil,
			[]string{"السخنة|GPE|geonames:172425|SY", "سوريا|GPE|country:SY"}},
		{"channel needs a cue", "قالت قناة الميادين إن الوضع هادئ في الأحياء العربية", nil,
			[]string{"الميادين|MEDIA|media:almayadeen"}},
		{"town of the same name after a place word", "وصلت إلى بلدة الميادين شرق سوريا", nil,
			[]string{"الميادين|GPE|geonames:173480|SY", "سوريا|GPE|country:SY"}},
		{"multi-word organization wins over a tagged place", "اتفاق مع قوات سوريا الديمقراطية", []string{"سوريا:LOC"},
			[]string{"قوات سوريا الديمقراطية|ORG"}},
		{"agency without article", "بحسب رويترز وسبوتنيك", nil,
			[]string{"رويترز|MEDIA|media:reuters", "سبوتنيك|MEDIA|media:sputnik"}},
		{"partial name takes the full name", "قال الكولونيل ريان ديلون إن القافلة عالقة. وأضاف ديلون أن", []string{"ريان ديلون:PER", "ديلون أن:PER"},
			[]string{"ريان ديلون|PER|per:ريانديلون", "ديلون أن|PER"}},
		{"an ordinary word keeps its first letter", "نقلت وكالة الوادي للأنباء الخبر", []string{"وكالة الوادي للأنباء:ORG"},
			[]string{"وكالة الوادي للأنباء|ORG"}},
		{"clitic off the first word of a known name of several words", "قال مسؤول لحزب الله إن وحزب الله يرفض", []string{"لحزب الله:ORG", "وحزب الله:ORG"},
			[]string{"حزب الله|ORG|org:hezbollah", "حزب الله|ORG|org:hezbollah"}},
		{"common noun tagged as an organization", "أعلنت البلدة الحداد", []string{"البلدة:ORG"}, nil},
		{"one-word organization that is a verb", "فتح الجيش المعبر أمس", nil, nil},
		{"the same name after a movement word", "قالت حركة فتح في بيان", nil, []string{"حركة فتح|ORG|org:fatah"}},
		{"larger namesake abroad", "التقى الوفد الأمريكي في واشنطن مسؤولين من موسكو", nil,
			[]string{"واشنطن|GPE|geonames:4140963|US", "موسكو|GPE|geonames:524901|RU"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkLink(t, gaz, tt.text, tt.spans, tt.want) })
	}
}

// checkLink links text with the tagger's spans given as "name:TYPE" and the
// document's own outlets, and checks the entities against want, "text|type"
// prefixes of show's lines, in order.
func checkLink(t *testing.T, gaz *gazetteer.Gazetteer, text string, tagged, want []string, own ...string) {
	t.Helper()
	var spans []ner.Span
	for _, s := range tagged {
		name, typ, _ := strings.Cut(s, ":")
		spans = append(spans, span(text, name, ner.Type(typ)))
	}
	got := show(Link(text, arabic.Tokenize(text), spans, gaz, nil, own...))
	if len(got) != len(want) {
		t.Fatalf("Link(%+q, own %q) = %+q, want %d entities %+q", text, own, got, len(want), want)
	}
	for i := range got {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("entity %d = %+q, want prefix %+q", i, got[i], want[i])
		}
	}
}

// TestLinkOwnOutlet checks that the document's own outlet, when its name
// has two words or more, is found in the text with its proclitics, whatever
// the tagger made of it.
func TestLinkOwnOutlet(t *testing.T) {
	gaz := gazetteer.Default()
	tests := []struct {
		name  string
		text  string
		own   []string
		spans []string
		want  []string
	}{
		{"after لل, the tagger having found its second word", "قال مصدر للشرفة نيوز إن الركاب بخير", []string{"الشرفة نيوز"}, []string{"نيوز:ORG"},
			[]string{"للشرفة نيوز|MEDIA|media:شرفهنيوس"}},
		{"as written", "ونقلت الشرفة نيوز عن شهود أن القارب غرق", []string{"الشرفة نيوز", ""}, nil,
			[]string{"الشرفة نيوز|MEDIA|media:شرفهنيوس"}},
		{"two proclitics", "واكتفى بالشرفة نيوز مصدرا", []string{"الشرفة نيوز"}, nil,
			[]string{"الشرفة نيوز|MEDIA|media:شرفهنيوس"}},
		{"و before لل", "وللشرفة نيوز مراسل هناك", []string{"الشرفة نيوز"}, nil,
			[]string{"للشرفة نيوز|MEDIA|media:شرفهنيوس"}},
		{"the publisher too", "بثت قناة الأفق الإخبارية صورا", []string{"المسار نت", "قناة الأفق الإخبارية"}, nil,
			[]string{"قناة الأفق الإخبارية|MEDIA|media:قناهالافقالاخباريه"}},
		{"a one-word outlet unknown to the gazetteer is left to the tagger", "جلس على الشرفة أمس", []string{"الشرفة"}, nil, nil},
		{"the first word alone is not the outlet", "جلس على الشرفة أمس", []string{"الشرفة نيوز"}, nil, nil},
		{"another outlet's name is left to the tagger", "قال مصدر للشرفة نيوز", nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkLink(t, gaz, tt.text, tt.spans, tt.want, tt.own...) })
	}
}

func TestLinkPartialNames(t *testing.T) {
	text := "قال الجنرال ستيفن تاونزند إن التحالف مستمر. وقال تاونسند أمس إن القافلة عالقة."
	spans := []ner.Span{span(text, "ستيفن تاونزند", ner.PER), span(text, "تاونسند", ner.PER)}
	es := Link(text, arabic.Tokenize(text), spans, gazetteer.Default(), nil)
	var people []isnad.Entity
	for _, e := range es {
		if e.Type == "PER" {
			people = append(people, e)
		}
	}
	if len(people) != 2 || people[0].ID != people[1].ID || people[1].Canonical != "ستيفن تاونزند" {
		t.Errorf("people = %+v, want one entity named ستيفن تاونزند", people)
	}
}

func TestLinkSkipsDates(t *testing.T) {
	text := "انطلقت القافلة في 28 آب من القلمون"
	toks := arabic.Tokenize(text)
	i := strings.Index(text, "28 آب")
	spans := []ner.Span{span(text, "آب", ner.LOC)}
	es := Link(text, toks, spans, gazetteer.Default(), []isnad.Span{{Start: i, End: i + len("28 آب")}})
	for _, e := range es {
		if e.Text == "آب" {
			t.Errorf("the month in a date was read as a place: %+v", e)
		}
	}
}

func TestStage(t *testing.T) {
	st, err := NewStage(Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := &isnad.Document{Body: "وقال المتحدث باسم التحالف إن داعش انسحب من دير الزور."}
	doc.Tokens = arabic.Tokenize(doc.Body)
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if doc.Entities == nil {
		t.Fatal("Entities is nil after the stage ran")
	}
	ids := map[string]bool{}
	for _, e := range doc.Entities {
		ids[e.ID] = true
		if doc.Body[e.Start:e.End] != e.Text {
			t.Errorf("text %+q is not body[%d:%d]", e.Text, e.Start, e.End)
		}
	}
	for _, id := range []string{"org:coalition", "org:isis", "geonames:170794"} {
		if !ids[id] {
			t.Errorf("no entity %s in %+v", id, doc.Entities)
		}
	}
	empty := &isnad.Document{}
	if err := st.Process(context.Background(), empty); err != nil || empty.Entities == nil || len(empty.Entities) != 0 {
		t.Errorf("empty document: %v %+v", err, empty.Entities)
	}
}

func FuzzLink(f *testing.F) {
	for _, s := range []string{"", "وداعش", "قال الكولونيل ريان ديلون", "بلدة السخنة\n28 آب", "«الميادين»", "\xff\xfe ل", "ال ال ال", "وللشرفة نيوز قال مصدر للشرفة نيوز"} {
		f.Add(s, 0, 3)
	}
	gaz := gazetteer.Default()
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		toks := arabic.Tokenize(text)
		spans := []ner.Span{{Start: a, End: b, Type: ner.PER}, {Start: 0, End: len(text), Type: ner.LOC}}
		prev := 0
		// The text's last two words stand for the document's own outlet.
		var own []string
		if ws := strings.Fields(text); len(ws) >= 2 {
			own = append(own, strings.Join(ws[len(ws)-2:], " "))
		}
		for _, e := range Link(text, toks, spans, gaz, []isnad.Span{{Start: b, End: a}}, own...) {
			if e.Start < prev || e.Start >= e.End || e.End > len(text) {
				t.Fatalf("span %d-%d out of order or bounds (prev end %d, len %d)", e.Start, e.End, prev, len(text))
			}
			if utf8.ValidString(text) && !utf8.ValidString(e.Text) {
				t.Fatalf("text %+q not valid UTF-8", e.Text)
			}
			prev = e.End
		}
	})
}

func BenchmarkStage(b *testing.B) {
	st, err := NewStage(Options{})
	if err != nil {
		b.Fatal(err)
	}
	body := strings.Repeat("وقال الكولونيل ريان ديلون المتحدث باسم التحالف الدولي إن قافلة داعش توقفت قرب بلدة السخنة في البادية السورية، فيما ذكرت وكالة سبوتنيك أن الجيش السوري تقدم نحو دير الزور والميادين. ", 20)
	toks := arabic.Tokenize(body)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		doc := &isnad.Document{Body: body, Tokens: toks}
		if err := st.Process(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
