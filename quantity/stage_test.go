package quantity

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

func TestStage(t *testing.T) {
	s := NewStage()
	if s.Name() != "quantity" {
		t.Errorf("Name = %q", s.Name())
	}
	if !reflect.DeepEqual(s.Requires(), []isnad.Kind{isnad.KindText}) ||
		!reflect.DeepEqual(s.Provides(), []isnad.Kind{isnad.KindQuantities}) {
		t.Errorf("Requires %v, Provides %v", s.Requires(), s.Provides())
	}
	if _, err := isnad.NewPipeline(s); err == nil {
		t.Error("a pipeline without a text stage was accepted")
	}

	doc := &isnad.Document{Body: "لا أرقام هنا"}
	if err := s.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if doc.Quantities == nil || len(doc.Quantities) != 0 {
		t.Errorf("Quantities = %#v, want an empty non-nil slice", doc.Quantities)
	}

	doc = &isnad.Document{Body: "عبر نحو 300 مسلح و17 حافلة الحدود"}
	if err := s.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	first := doc.Quantities
	if len(first) != 2 {
		t.Fatalf("got %d quantities, want 2", len(first))
	}
	for _, q := range first {
		if q.Text != doc.SpanText(q.Span) {
			t.Errorf("Text %+q is not the body under %v", q.Text, q.Span)
		}
	}
	if q := first[0]; q.Text != "نحو 300 مسلح" || *q.Min != 300 || *q.Max != 300 || !q.Approx ||
		q.Counted != "مسلح" || q.Category != "fighters" || q.Group != "people" {
		t.Errorf("first quantity = %+v", q)
	}
	if err := s.Process(context.Background(), doc); err != nil || !reflect.DeepEqual(doc.Quantities, first) {
		t.Errorf("running the stage twice changed the result (err %v)", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Process(ctx, doc); err == nil {
		t.Error("Process ignored a cancelled context")
	}
}

func ExampleFind() {
	text := "قتل نحو 300 مسلح واعتقل أكثر من (250) عنصرا خلال 17 يوما، ونزح عشرات المدنيين في حافلتين"
	for _, v := range Find(text) {
		max := "none"
		if v.Max != nil {
			max = fmt.Sprint(*v.Max)
		}
		fmt.Printf("%s | min %v max %s approx %v | %s %s",
			text[v.Start:v.End], *v.Min, max, v.Approx, v.Counted, v.Category)
		if v.Unit != "" {
			fmt.Print(" ", v.Unit)
		}
		fmt.Println()
	}
	// Output:
	// نحو 300 مسلح | min 300 max 300 approx true | مسلح fighters
	// أكثر من (250) عنصرا | min 250 max none approx false | عنصر fighters
	// 17 يوما | min 17 max 17 approx false | يوم time day
	// عشرات المدنيين | min 20 max 99 approx true | مدني civilians
	// حافلتين | min 2 max 2 approx false | حافلة buses
}

func ExampleNewStage() {
	doc := &isnad.Document{Body: "وصول آمن لـ 308 من مقاتليه ومثلهم تقريبا من عائلاتهم"}
	if err := NewStage().Process(context.Background(), doc); err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range doc.Quantities {
		fmt.Printf("%s: %v-%v approx %v %s (%s)\n", q.Text, *q.Min, *q.Max, q.Approx, q.Counted, q.Category)
	}
	// Output:
	// 308 من مقاتليه: 308-308 approx false مقاتل (fighters)
	// مثلهم تقريبا من عائلاتهم: 308-308 approx true عائلة (family)
}

// TestStageTokens checks that the stage gives the same quantities whether
// the tokenize stage has put the body's tokens on the document or not, and
// that tokens which cannot be the body's are not trusted.
func TestStageTokens(t *testing.T) {
	text := readArticle(t)
	ctx := context.Background()
	bare := &isnad.Document{Body: text}
	tokd := &isnad.Document{Body: text, Tokens: arabic.Tokenize(text)}
	stale := &isnad.Document{Body: text, Tokens: []isnad.Token{{Span: isnad.Span{Start: 0, End: len(text) + 10}}}}
	for _, d := range []*isnad.Document{bare, tokd, stale} {
		if err := NewStage().Process(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if len(bare.Quantities) == 0 {
		t.Fatal("no quantities in the article")
	}
	if !reflect.DeepEqual(bare.Quantities, tokd.Quantities) {
		t.Errorf("with tokens: %v\nwithout: %v", tokd.Quantities, bare.Quantities)
	}
	if !reflect.DeepEqual(bare.Quantities, stale.Quantities) {
		t.Errorf("with out-of-range tokens: %v\nwithout: %v", stale.Quantities, bare.Quantities)
	}
}
