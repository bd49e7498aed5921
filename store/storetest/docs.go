package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/ingest"
	"github.com/isnad-news/isnad/internal/stages"
	"github.com/isnad-news/isnad/store"
)

// article returns a tokenized document with the fields a text article has.
func article(outlet, title, body, date string) *isnad.Document {
	d := &isnad.Document{Source: "hand/" + title + ".txt", Format: isnad.FormatText, Outlet: outlet, Title: title, Body: body}
	if date != "" {
		p, err := isnad.ParseDate(date)
		if err != nil {
			panic(err) // the dates below are constants
		}
		d.Published = p
	}
	d.Tokens = arabic.Tokenize(body)
	return d
}

func ptr(v float64) *float64 { return &v }

// handDocs returns the suite's own small corpus, written for these tests. Its
// order is fixed: the List and Search cases name documents by index.
//
//	0 الوادي      2024-03-10  bridge opened; every annotation list set
//	1 الشرقية     2024-03-11  rain, the old bridge closed
//	2 کیهان (Persian letters)  2024-02-28  teachers
//	3 الرَّصْد (diacritics)    no date     a convoy arrives
//	4 الوادي      2024-03-10  a cup match
//	5 (publisher only) 2024-01-05  convoys wait at the border
func handDocs() []*isnad.Document {
	d0 := article("صحيفة الوادي", "افتتاح جسر النهر الجديد",
		"افتتح المحافظ صباح اليوم الجسر الجديد فوق النهر بعد عامين من العمل، وعبرته أكثر من 300 سيارة في الساعة الأولى. وقال المهندس سامر الخطيب: \"الجسر يختصر الطريق نصف ساعة\"، بحسب إذاعة المدينة.",
		"2024-03-10")
	d0.URL = "https://example.org/news/bridge"
	d0.Author = "ليلى حداد"
	d0.Publisher = "شبكة الأخبار المحلية"
	d0.Meta = map[string]string{"category": "محليات", "site_name": "الوادي"}
	d0.Problems = []isnad.Problem{{Stage: "extract", Message: "no byline date"}}
	d0.Quantities = []isnad.Quantity{
		{Span: isnad.Span{Start: 120, End: 145}, Text: "أكثر من 300 سيارة", Min: ptr(300), Counted: "سيارة", Category: "cars", Group: "vehicles",
			SourceChain: []isnad.Source{{Name: "صحيفة الوادي", Type: "OUTLET"}}},
		{Span: isnad.Span{Start: 80, End: 90}, Text: "عامين", Min: ptr(2), Max: ptr(2), Approx: true, Unit: "year", Group: "time"},
	}
	d0.Dates = []isnad.DateMention{
		{Span: isnad.Span{Start: 30, End: 52}, Text: "صباح اليوم", Value: "2024-03-10", Grain: "day"},
		{Span: isnad.Span{Start: 60, End: 70}, Text: "من 5 إلى 7", From: "2024-03-05", To: "2024-03-08", Grain: "day", Unresolved: ""},
	}
	d0.Durations = []isnad.Duration{{Span: isnad.Span{Start: 80, End: 90}, Text: "عامين", Value: 2, Unit: "year"}, {Span: isnad.Span{Start: 200, End: 215}, Text: "نصف ساعة", Value: 0.5, Unit: "hour"}}
	d0.Entities = []isnad.Entity{
		{Span: isnad.Span{Start: 160, End: 181}, Text: "سامر الخطيب", Type: "PER", Canonical: "سامر الخطيب", ID: "per:سامر الخطيب"},
		{Span: isnad.Span{Start: 230, End: 250}, Text: "إذاعة المدينة", Type: "MEDIA", Canonical: "إذاعة المدينة", ID: "media:radio-city", Lat: ptr(33.51), Lon: ptr(36.29), Country: "SY"},
	}
	d0.Quotes = []isnad.Quote{{Span: isnad.Span{Start: 185, End: 220}, Text: "الجسر يختصر الطريق نصف ساعة", Speaker: "سامر الخطيب", SpeakerID: "per:سامر الخطيب", Cue: "قال", Direct: true,
		Via: []isnad.Source{{Name: "إذاعة المدينة", ID: "media:radio-city", Type: "MEDIA"}, {Name: "سامر الخطيب", ID: "per:سامر الخطيب", Type: "PER"}}}}
	d0.Citations = []isnad.Citation{{Span: isnad.Span{Start: 222, End: 250}, Text: "بحسب إذاعة المدينة", Cited: "إذاعة المدينة", CitedID: "media:radio-city", Cue: "بحسب", Scope: isnad.Span{Start: 0, End: 250}}}

	d1 := article("وكالة الأنباء الشرقية", "أمطار غزيرة في المدينة",
		"قال مسؤول في الدفاع المدني إن الأمطار الغزيرة أغرقت شوارع المدينة، وإن الجسر القديم أُغلق أمام السيارات حتى إشعار آخر.",
		"2024-03-11")
	// Analysed, nothing found: empty lists must read back empty, not nil.
	d1.Quantities, d1.Dates, d1.Durations = []isnad.Quantity{}, []isnad.DateMention{}, []isnad.Duration{}
	d1.Entities, d1.Quotes, d1.Citations = []isnad.Entity{}, []isnad.Quote{}, []isnad.Citation{}

	d2 := article("کیهان العربی", "معلمون يطالبون بزيادة الأجور",
		"تظاهر المعلمون أمام الوزارة مطالبين بزيادة الأجور، وقال أحد المعلمين إن الرواتب لا تكفي حتى منتصف الشهر.",
		"2024-02-28")
	d2.Format = isnad.FormatHTML
	d2.Quotes = []isnad.Quote{{Span: isnad.Span{Start: 10, End: 40}, Text: "الرواتب لا تكفي", Speaker: "أحد المعلمين", Unnamed: true, Cue: "قال"}}

	d3 := article("مَوْقِعُ الرَّصْد", "قافلة مساعدات تصل",
		"وصلت القافلة إلى القرية المحاصرة محملة بالطحين والدواء بعد انتظار طويل.", "")
	d3.Format = isnad.FormatFeedItem
	d3.Source = "hand/feed.xml#3"

	d4 := article("صحيفة الوادي", "مباراة الكأس",
		"فاز الفريق المحلي في مباراة الكأس بهدفين نظيفين أمام جمهور كبير ملأ الملعب.", "2024-03-10")

	d5 := article("", "قوافل الإغاثة",
		"تنتظر قوافل الإغاثة على الحدود منذ أسبوع بانتظار إذن العبور للقافلة الأولى.", "2024-01-05")
	d5.Publisher = "منصة الأخبار"
	d5.Format = isnad.FormatJSON
	d5.Meta = map[string]string{"lang": "ar"}
	return []*isnad.Document{d0, d1, d2, d3, d4, d5}
}

// numbered returns n distinct small documents for the concurrency and
// benchmark cases.
func numbered(n int) []*isnad.Document {
	docs := make([]*isnad.Document, n)
	for i := range docs {
		docs[i] = article("وكالة السوق", fmt.Sprintf("نشرة الأسعار %d", i),
			fmt.Sprintf("ارتفع سعر الخبز في السوق المركزي إلى %d قرشا صباح اليوم، وقال باعة إن الطلب تراجع.", 100+i), "2024-04-01")
	}
	return docs
}

var sample struct {
	once sync.Once
	docs []*isnad.Document
	err  error
}

// SampleDocs returns the embedded sample corpus (isnad.SampleCorpus) read by
// ingest and analysed by the full pipeline, as fresh copies each call. It
// fails t when the corpus cannot be read or analysed.
func SampleDocs(t testing.TB) []*isnad.Document {
	t.Helper()
	sample.once.Do(func() {
		ctx := context.Background()
		p, err := stages.Pipeline()
		if err != nil {
			sample.err = err
			return
		}
		for d, err := range ingest.NewReader(ingest.Options{}).FS(ctx, isnad.SampleCorpus(), ".") {
			if err != nil {
				sample.err = fmt.Errorf("read sample corpus: %w", err)
				return
			}
			if err := p.Run(ctx, d); err != nil {
				sample.err = err
				return
			}
			sample.docs = append(sample.docs, d)
		}
		if len(sample.docs) == 0 {
			sample.err = fmt.Errorf("sample corpus: no documents")
		}
	})
	if sample.err != nil {
		t.Fatal(sample.err)
	}
	docs := make([]*isnad.Document, len(sample.docs))
	for i, d := range sample.docs {
		c := *d
		docs[i] = &c
	}
	return docs
}

// Terms analyses words into query terms as the search package does: one term
// per token, with its Norm and Stem.
func Terms(words ...string) []store.Term {
	var ts []store.Term
	for _, w := range words {
		for _, t := range arabic.Tokenize(w) {
			ts = append(ts, store.Term{Norm: t.Norm, Stem: t.Stem})
		}
	}
	return ts
}

// Stored returns what Get must return for d once stored: d with its ID,
// without Raw and Tokens, with empty Meta and Problems as nil, and each
// annotation list as it reads back from its JSON form. A list whose stage ran
// reads back non-nil even when empty (Dates and Durations share a stage, as
// do Quotes and Citations); a list whose stage did not run reads back nil.
func Stored(d *isnad.Document) *isnad.Document {
	w := *d
	w.ID = d.Key()
	w.Raw, w.Tokens = nil, nil
	if len(w.Meta) == 0 {
		w.Meta = nil
	}
	if len(w.Problems) == 0 {
		w.Problems = nil
	}
	w.Quantities = viaJSON(w.Quantities)
	w.Dates, w.Durations = viaJSON(w.Dates), viaJSON(w.Durations)
	if w.Dates != nil || w.Durations != nil {
		w.Dates, w.Durations = nonNil(w.Dates), nonNil(w.Durations)
	}
	w.Entities = viaJSON(w.Entities)
	w.Quotes, w.Citations = viaJSON(w.Quotes), viaJSON(w.Citations)
	if w.Quotes != nil || w.Citations != nil {
		w.Quotes, w.Citations = nonNil(w.Quotes), nonNil(w.Citations)
	}
	return &w
}

func viaJSON[T any](s []T) []T {
	if s == nil {
		return nil
	}
	b, err := json.Marshal(s)
	if err != nil {
		panic(err) // annotation types always marshal
	}
	var out []T
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
