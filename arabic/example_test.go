package arabic_test

import (
	"context"
	"fmt"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
)

func ExampleNormalize() {
	s := "قالَ الـمـسؤولُ إنّ ١٢ شاحنةً وصلت إلى البوکمال"
	fmt.Println(arabic.Normalize(arabic.Display, s))
	fmt.Println(arabic.Normalize(arabic.Match, s))
	// Output:
	// قالَ المسؤولُ إنّ ١٢ شاحنةً وصلت إلى البوكمال
	// قال المسؤول ان 12 شاحنه وصلت الي البوكمال
}

func ExampleNormalizeMap() {
	s := "وصلت القافلةُ إلى بيروت"
	out, m := arabic.NormalizeMap(arabic.Match, s)
	// Find the word in the normalized text, then map it back.
	start, end := 9, 9+len("القافله")
	fmt.Println(out[start:end])
	fmt.Println(s[m[start]:m[end]])
	// Output:
	// القافله
	// القافلةُ
}

func ExampleTokenize() {
	text := "وقالت للقافلةِ: وصلنا ١٬٥٠٠ كم إلى واشنطن"
	for _, t := range arabic.Tokenize(text) {
		fmt.Printf("%d-%d %s norm=%s stem=%s\n", t.Start, t.End, text[t.Start:t.End], t.Norm, t.Stem)
	}
	// Output:
	// 0-10 وقالت norm=وقالت stem=قالت
	// 11-27 للقافلةِ norm=للقافله stem=قافل
	// 29-39 وصلنا norm=وصلنا stem=وصل
	// 40-50 ١٬٥٠٠ norm=1,500 stem=1,500
	// 51-55 كم norm=كم stem=كم
	// 56-62 إلى norm=الي stem=الي
	// 63-75 واشنطن norm=واشنطن stem=واشنطن
}

func ExampleStem() {
	for _, w := range []string{"القافلة", "للقافلة", "قافلته", "وقافلة", "القافلات", "واشنطن"} {
		fmt.Println(arabic.Stem(arabic.Normalize(arabic.Match, w)))
	}
	// Output:
	// قافل
	// قافل
	// قافل
	// قافل
	// قافل
	// واشنطن
}

func ExampleLevel_Steps() {
	fmt.Println(arabic.Display, arabic.Display.Steps())
	fmt.Println(arabic.Match, arabic.Match.Steps())
	// Output:
	// display [presentation-forms compose-hamza tatweel invisible persian-letters]
	// match [presentation-forms compose-hamza tatweel invisible persian-letters alef alef-maksura teh-marbuta diacritics digits latin-case]
}

func ExampleNewTokenizer() {
	doc := &isnad.Document{Body: "وصلت القافلة"}
	if err := arabic.NewTokenizer().Process(context.Background(), doc); err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range doc.Tokens {
		fmt.Println(doc.SpanText(t.Span), t.Stem)
	}
	// Output:
	// وصلت وصل
	// القافلة قافل
}
