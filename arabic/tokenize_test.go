package arabic

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
)

// tok is a token as a test states it: the original text, Norm and Stem.
type tok struct{ text, norm, stem string }

func tokensOf(text string) []tok {
	var out []tok
	for _, t := range Tokenize(text) {
		out = append(out, tok{text[t.Start:t.End], t.Norm, t.Stem})
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []tok
	}{
		{name: "empty", text: "", want: nil},
		{name: "punctuation only", text: " ،؛؟!... «»", want: nil},
		{
			name: "words and punctuation",
			text: "وصلت القافلة، وقال الوزير:",
			want: []tok{{"وصلت", "وصلت", "وصل"}, {"القافلة", "القافله", "قافل"}, {"وقال", "وقال", "قال"}, {"الوزير", "الوزير", "وزير"}},
		},
		{
			name: "diacritics belong to the word",
			text: "القافلةُ وصلتْ",
			want: []tok{{"القافلةُ", "القافله", "قافل"}, {"وصلتْ", "وصلت", "وصل"}},
		},
		{
			name: "tatweel and joiners inside a word",
			text: "الـمـتـحـدث مسافة\u200Bصفرية ال\u200Dكتاب",
			want: []tok{{"الـمـتـحـدث", "المتحدث", "متحدث"}, {"مسافة\u200Bصفرية", "مسافهصفريه", "مسافهصفر"}, {"ال\u200Dكتاب", "الكتاب", "كتاب"}},
		},
		{
			name: "invisible marks around a word are not in it",
			text: "\u200Fخبر\u200E ـعاجلـ",
			want: []tok{{"خبر", "خبر", "خبر"}, {"عاجلـ", "عاجل", "عاجل"}},
		},
		{
			name: "numbers",
			text: "1,500 و2.5 و١٬٥٠٠ و٢٫٥ و۱۲",
			want: []tok{{"1,500", "1,500", "1,500"}, {"و", "و", "و"}, {"2.5", "2.5", "2.5"}, {"و", "و", "و"},
				{"١٬٥٠٠", "1,500", "1,500"}, {"و", "و", "و"}, {"٢٫٥", "2.5", "2.5"}, {"و", "و", "و"}, {"۱۲", "12", "12"}},
		},
		{
			name: "separators outside numbers",
			text: "عام 2024. بلغ 3, ثم ,5",
			want: []tok{{"عام", "عام", "عام"}, {"2024", "2024", "2024"}, {"بلغ", "بلغ", "بلغ"}, {"3", "3", "3"}, {"ثم", "ثم", "ثم"}, {"5", "5", "5"}},
		},
		{
			name: "percent",
			text: "14.3%",
			want: []tok{{"14.3", "14.3", "14.3"}},
		},
		{
			name: "arabic word and digits split",
			text: "2024م لـ10",
			want: []tok{{"2024", "2024", "2024"}, {"م", "م", "م"}, {"لـ", "ل", "ل"}, {"10", "10", "10"}},
		},
		{
			name: "latin words",
			text: "قمة G20 وCOVID-19",
			want: []tok{{"قمة", "قمه", "قمه"}, {"G20", "g20", "g20"}, {"و", "و", "و"}, {"COVID", "covid", "covid"}, {"19", "19", "19"}},
		},
		{
			name: "persian kaf",
			text: "البوکمال",
			want: []tok{{"البوکمال", "البوكمال", "بوكمال"}},
		},
		{
			name: "presentation forms",
			text: "ﺍﻟﺴﻼﻡ ﷲ",
			want: []tok{{"ﺍﻟﺴﻼﻡ", "السلام", "سلام"}, {"ﷲ", "الله", "الله"}},
		},
		{
			name: "invalid utf-8 splits",
			text: "خبر\xffعاجل",
			want: []tok{{"خبر", "خبر", "خبر"}, {"عاجل", "عاجل", "عاجل"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tokensOf(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("Tokenize(%+q)\n got %+q\nwant %+q", tt.text, got, tt.want)
			}
		})
	}
}

// checkTokens checks the properties every tokenization has.
func checkTokens(t *testing.T, text string, toks []isnad.Token) {
	t.Helper()
	end := 0
	for i, tk := range toks {
		if tk.Start < end || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("Tokenize(%+q): token %d [%d,%d) after %d: out of bounds, empty or overlapping", text, i, tk.Start, tk.End, end)
		}
		end = tk.End
		word := text[tk.Start:tk.End]
		if !utf8.ValidString(word) && utf8.ValidString(text) {
			t.Errorf("Tokenize(%+q): token %d %+q splits a rune", text, i, word)
		}
		if tk.Norm == "" || tk.Norm != Normalize(Match, word) {
			t.Errorf("Tokenize(%+q): token %d %+q has Norm %+q, want %+q", text, i, word, tk.Norm, Normalize(Match, word))
		}
		if tk.Stem == "" || !strings.Contains(tk.Norm, tk.Stem) {
			t.Errorf("Tokenize(%+q): token %d %+q has Stem %+q, not a non-empty part of its Norm %+q", text, i, word, tk.Stem, tk.Norm)
		}
		if tk.Stem != Stem(tk.Norm) {
			t.Errorf("Tokenize(%+q): token %d %+q has Stem %+q, want %+q", text, i, word, tk.Stem, Stem(tk.Norm))
		}
	}
}

func TestTokenizeSentences(t *testing.T) {
	for _, s := range append(readSentences(t), readArticle(t)) {
		toks := Tokenize(s)
		if len(toks) == 0 {
			t.Errorf("Tokenize(%+q): no tokens", s)
		}
		checkTokens(t, s, toks)
	}
}

// TestTokenizeDisplayAgnostic checks that tokenizing display-normalized text
// gives the same words as tokenizing the original.
func TestTokenizeDisplayAgnostic(t *testing.T) {
	for _, s := range append(readSentences(t), readArticle(t)) {
		var a, b []string
		for _, tk := range Tokenize(s) {
			a = append(a, tk.Norm)
		}
		for _, tk := range Tokenize(Normalize(Display, s)) {
			b = append(b, tk.Norm)
		}
		if !slices.Equal(a, b) {
			t.Errorf("Tokenize(%+q) norms %+q, of its display form %+q", s, a, b)
		}
	}
}

// TestTokenizeSameNorm checks that spellings that differ only in what Match
// folds give the same Norm.
func TestTokenizeSameNorm(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{name: "persian kaf", a: "البوكمال", b: "البوکمال"},
		{name: "persian yeh", a: "يوم", b: "یوم"},
		{name: "diacritics", a: "القافلةُ", b: "القافلة"},
		{name: "full diacritics", a: "مُحَمَّدٌ", b: "محمد"},
		{name: "tatweel", a: "الـحـكـومـة", b: "الحكومة"},
		{name: "alef hamza", a: "أحمد", b: "احمد"},
		{name: "alef wasla", a: "ٱلكتاب", b: "الكتاب"},
		{name: "alef maksura", a: "مستشفى", b: "مستشفي"},
		{name: "digits", a: "٢٠٢٤", b: "2024"},
		{name: "zero width joiner", a: "كتا\u200Dب", b: "كتاب"},
		{name: "presentation forms", a: "ﻛﺘﺎﺏ", b: "كتاب"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ta, tb := Tokenize(tt.a), Tokenize(tt.b)
			if len(ta) != 1 || len(tb) != 1 {
				t.Fatalf("Tokenize(%+q) = %d tokens, Tokenize(%+q) = %d, want 1 each", tt.a, len(ta), tt.b, len(tb))
			}
			if ta[0].Norm != tb[0].Norm || ta[0].Stem != tb[0].Stem {
				t.Errorf("%+q → %+q/%+q, %+q → %+q/%+q", tt.a, ta[0].Norm, ta[0].Stem, tt.b, tb[0].Norm, tb[0].Stem)
			}
		})
	}
}

func TestTokenizeAllocs(t *testing.T) {
	text := readArticle(t)
	Tokenize(text) // warm the scratch pool
	if n := testing.AllocsPerRun(20, func() { Tokenize(text) }); n > 4 {
		t.Errorf("Tokenize allocates %v times per article, want at most 4 (2: the tokens and their norms)", n)
	}
}

func TestTokenizer(t *testing.T) {
	st := NewTokenizer()
	if st.Name() != "tokenize" || !slices.Equal(st.Requires(), []isnad.Kind{isnad.KindText}) ||
		!slices.Equal(st.Provides(), []isnad.Kind{isnad.KindTokens}) {
		t.Fatalf("stage %q requires %v provides %v", st.Name(), st.Requires(), st.Provides())
	}
	if _, err := isnad.NewPipeline(st); !errors.Is(err, isnad.ErrUnmetRequirement) {
		t.Errorf("NewPipeline(tokenizer) without a text stage: err = %v, want ErrUnmetRequirement", err)
	}

	doc := &isnad.Document{Body: "وصلت القافلة إلى بيروت"}
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	first := slices.Clone(doc.Tokens)
	if len(first) != 4 {
		t.Fatalf("got %d tokens, want 4", len(first))
	}
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(first, doc.Tokens) {
		t.Errorf("second Process changed tokens: %+v → %+v", first, doc.Tokens)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := st.Process(ctx, doc); !errors.Is(err, context.Canceled) {
		t.Errorf("Process with a cancelled context: err = %v, want context.Canceled", err)
	}
}
