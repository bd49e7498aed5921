package arabic

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// readSentences returns the lines of testdata/sentences.txt, Arabic news
// sentences written for these tests, each showing some feature the package
// handles (diacritics, tatweel, Persian letters, presentation forms, digits,
// invisible marks).
func readSentences(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open("testdata/sentences.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return lines
}

func TestLevel(t *testing.T) {
	tests := []struct {
		name  string
		level Level
		want  string
		steps []string
	}{
		{
			name: "display", level: Display, want: "display",
			steps: []string{"presentation-forms", "compose-hamza", "tatweel", "invisible", "persian-letters"},
		},
		{
			name: "match", level: Match, want: "match",
			steps: []string{"presentation-forms", "compose-hamza", "tatweel", "invisible", "persian-letters",
				"alef", "alef-maksura", "teh-marbuta", "diacritics", "digits", "latin-case"},
		},
		{name: "unknown", level: Level(7), want: "Level(7)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.level.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
			if got := tt.level.Steps(); !slices.Equal(got, tt.steps) {
				t.Errorf("Steps() = %q, want %q", got, tt.steps)
			}
		})
	}
}

// TestSteps checks each one-rune step on its own.
func TestSteps(t *testing.T) {
	tests := []struct {
		name string
		step step
		in   rune
		want rune
	}{
		{name: "tatweel removed", step: stepTatweel, in: tatweel, want: drop},
		{name: "tatweel keeps letters", step: stepTatweel, in: 'ك', want: 'ك'},
		{name: "invisible ZWSP", step: stepInvisible, in: '\u200B', want: drop},
		{name: "invisible ZWNJ", step: stepInvisible, in: '\u200C', want: drop},
		{name: "invisible ZWJ", step: stepInvisible, in: '\u200D', want: drop},
		{name: "invisible LRM", step: stepInvisible, in: '\u200E', want: drop},
		{name: "invisible RLM", step: stepInvisible, in: '\u200F', want: drop},
		{name: "invisible LRE", step: stepInvisible, in: '\u202A', want: drop},
		{name: "invisible PDF", step: stepInvisible, in: '\u202C', want: drop},
		{name: "invisible RLO", step: stepInvisible, in: '\u202E', want: drop},
		{name: "invisible LRI", step: stepInvisible, in: '\u2066', want: drop},
		{name: "invisible PDI", step: stepInvisible, in: '\u2069', want: drop},
		{name: "invisible BOM", step: stepInvisible, in: '\uFEFF', want: drop},
		{name: "invisible ALM", step: stepInvisible, in: '\u061C', want: drop},
		{name: "invisible keeps space", step: stepInvisible, in: ' ', want: ' '},
		{name: "persian yeh", step: stepPersianLetters, in: 'ی', want: 'ي'},
		{name: "persian kaf", step: stepPersianLetters, in: 'ک', want: 'ك'},
		{name: "swash kaf", step: stepPersianLetters, in: 'ڪ', want: 'ك'},
		{name: "heh doachashmee", step: stepPersianLetters, in: 'ھ', want: 'ه'},
		{name: "heh goal", step: stepPersianLetters, in: 'ہ', want: 'ه'},
		{name: "ae", step: stepPersianLetters, in: 'ە', want: 'ه'},
		{name: "heh with yeh above", step: stepPersianLetters, in: 'ۀ', want: 'ه'},
		{name: "teh marbuta goal", step: stepPersianLetters, in: 'ۃ', want: 'ة'},
		{name: "persian keeps alef maksura", step: stepPersianLetters, in: 'ى', want: 'ى'},
		{name: "alef hamza above", step: stepAlef, in: 'أ', want: 'ا'},
		{name: "alef hamza below", step: stepAlef, in: 'إ', want: 'ا'},
		{name: "alef madda", step: stepAlef, in: 'آ', want: 'ا'},
		{name: "alef wasla", step: stepAlef, in: 'ٱ', want: 'ا'},
		{name: "alef wavy hamza above", step: stepAlef, in: 'ٲ', want: 'ا'},
		{name: "alef wavy hamza below", step: stepAlef, in: 'ٳ', want: 'ا'},
		{name: "alef keeps hamza", step: stepAlef, in: 'ء', want: 'ء'},
		{name: "alef keeps waw hamza", step: stepAlef, in: 'ؤ', want: 'ؤ'},
		{name: "alef maksura", step: stepAlefMaksura, in: 'ى', want: 'ي'},
		{name: "teh marbuta", step: stepTehMarbuta, in: 'ة', want: 'ه'},
		{name: "fatha", step: stepDiacritics, in: '\u064E', want: drop},
		{name: "fathatan", step: stepDiacritics, in: '\u064B', want: drop},
		{name: "shadda", step: stepDiacritics, in: '\u0651', want: drop},
		{name: "sukun", step: stepDiacritics, in: '\u0652', want: drop},
		{name: "superscript alef", step: stepDiacritics, in: '\u0670', want: drop},
		{name: "quranic small high meem", step: stepDiacritics, in: '\u06E2', want: drop},
		{name: "honorific sallallahou", step: stepDiacritics, in: '\u0610', want: drop},
		{name: "diacritics keep letters", step: stepDiacritics, in: 'ب', want: 'ب'},
		{name: "arabic-indic zero", step: stepDigits, in: '٠', want: '0'},
		{name: "arabic-indic nine", step: stepDigits, in: '٩', want: '9'},
		{name: "persian four", step: stepDigits, in: '۴', want: '4'},
		{name: "decimal separator", step: stepDigits, in: '٫', want: '.'},
		{name: "thousands separator", step: stepDigits, in: '٬', want: ','},
		{name: "percent", step: stepDigits, in: '٪', want: '%'},
		{name: "digits keep arabic comma", step: stepDigits, in: '،', want: '،'},
		{name: "latin upper", step: stepLatinCase, in: 'Q', want: 'q'},
		{name: "latin accented", step: stepLatinCase, in: 'É', want: 'é'},
		{name: "latin keeps arabic", step: stepLatinCase, in: 'ع', want: 'ع'},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.step.fold(tt.in); got != tt.want {
				t.Errorf("%s(%+q) = %+q, want %+q", tt.step.name, tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		display string
		match   string
	}{
		{name: "empty", in: "", display: "", match: ""},
		{name: "plain", in: "خبر عاجل", display: "خبر عاجل", match: "خبر عاجل"},
		{name: "persian yeh and kaf", in: "البوکمال یوم", display: "البوكمال يوم", match: "البوكمال يوم"},
		{name: "alef wasla", in: "ٱلْحَمْد", display: "ٱلْحَمْد", match: "الحمد"},
		{name: "alef variants", in: "أحمد إلى آخر", display: "أحمد إلى آخر", match: "احمد الي اخر"},
		{name: "alef maksura", in: "مستشفى", display: "مستشفى", match: "مستشفي"},
		{name: "teh marbuta", in: "مدينة", display: "مدينة", match: "مدينه"},
		{name: "tatweel", in: "الـمـتـحـدث", display: "المتحدث", match: "المتحدث"},
		{name: "diacritics", in: "مُحَمَّدٌ", display: "مُحَمَّدٌ", match: "محمد"},
		{name: "superscript alef", in: "هٰذا", display: "هٰذا", match: "هذا"},
		{name: "zero width space", in: "مسافة\u200Bصفرية", display: "مسافةصفرية", match: "مسافهصفريه"},
		{name: "zero width non-joiner", in: "می\u200Cخواهم", display: "ميخواهم", match: "ميخواهم"},
		{name: "bidi marks", in: "\u200Fخبر\u200E", display: "خبر", match: "خبر"},
		{name: "bidi embedding", in: "\u202Bخبر\u202C", display: "خبر", match: "خبر"},
		{name: "bidi override", in: "\u202Eخبر\u202C", display: "خبر", match: "خبر"},
		{name: "bidi isolate", in: "\u2067خبر\u2069", display: "خبر", match: "خبر"},
		{name: "byte order mark", in: "\uFEFFخبر", display: "خبر", match: "خبر"},
		{name: "lam-alef ligature", in: "ﺍﻟﺴﻼﻡ", display: "السلام", match: "السلام"},
		{name: "lam-alef hamza ligature", in: "ﻷن", display: "لأن", match: "لان"},
		{name: "allah ligature", in: "ﷲ", display: "الله", match: "الله"},
		{name: "positional forms", in: "ﻋﻠﻴﻜﻢ", display: "عليكم", match: "عليكم"},
		{name: "isolated fatha form", in: "ب\uFE76", display: "ب\u064E", match: "ب"},
		{name: "farsi yeh form", in: "\uFBFC", display: "ي", match: "ي"},
		{name: "arabic-indic digits", in: "١٬٥٠٠", display: "١٬٥٠٠", match: "1,500"},
		{name: "decimal", in: "٢٫٥", display: "٢٫٥", match: "2.5"},
		{name: "persian digits", in: "۱۲", display: "۱۲", match: "12"},
		{name: "ascii digits", in: "2024", display: "2024", match: "2024"},
		{name: "latin case", in: "COVID-19 Gaza", display: "COVID-19 Gaza", match: "covid-19 gaza"},
		{name: "arabic punctuation", in: "نعم، لا؛ لماذا؟", display: "نعم، لا؛ لماذا؟", match: "نعم، لا؛ لماذا؟"},
		{name: "hamza kept", in: "سؤال بئر ماء", display: "سؤال بئر ماء", match: "سؤال بئر ماء"},
		{name: "combining hamza above alef", in: "ا\u0654حمد", display: "أحمد", match: "احمد"},
		{name: "combining hamza below alef", in: "ا\u0655لى", display: "إلى", match: "الي"},
		{name: "combining madda", in: "ا\u0653خر", display: "آخر", match: "اخر"},
		{name: "combining hamza above waw", in: "سو\u0654ال", display: "سؤال", match: "سؤال"},
		{name: "combining hamza above yeh", in: "بي\u0654ر", display: "بئر", match: "بئر"},
		{name: "combining hamza across tatweel", in: "اـ\u0654", display: "أ", match: "ا"},
		{name: "lone combining hamza", in: " \u0654", display: " \u0654", match: " "},
		{name: "invalid utf-8", in: "خبر\xffعاجل", display: "خبر\uFFFDعاجل", match: "خبر\uFFFDعاجل"},
		{name: "truncated rune", in: "خبر\xd8", display: "خبر\uFFFD", match: "خبر\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(Display, tt.in); got != tt.display {
				t.Errorf("Normalize(Display, %+q) = %+q, want %+q", tt.in, got, tt.display)
			}
			if got := Normalize(Match, tt.in); got != tt.match {
				t.Errorf("Normalize(Match, %+q) = %+q, want %+q", tt.in, got, tt.match)
			}
		})
	}
}

func TestNormalizeUnknownLevel(t *testing.T) {
	in := "أحمد\xff"
	if got := Normalize(Level(9), in); got != in {
		t.Errorf("Normalize(Level(9), %+q) = %+q, want it unchanged", in, got)
	}
	out, m := NormalizeMap(Level(9), in)
	checkMap(t, in, out, m)
}

// TestNormalizeSameString checks that text the level does not change is
// returned without a copy.
func TestNormalizeSameString(t *testing.T) {
	in := "خبر عاجل من القاهرة"
	if got := Normalize(Display, in); got != in {
		t.Fatalf("Normalize changed %+q", in)
	}
	if n := testing.AllocsPerRun(100, func() { Normalize(Display, in) }); n != 0 {
		t.Errorf("Normalize of unchanged text allocates %v times, want 0", n)
	}
}

// TestFoldEveryRune checks that each level's one-rune fold is idempotent
// on every rune, and that every presentation form's output is already
// normalized.
func TestFoldEveryRune(t *testing.T) {
	for _, l := range []Level{Display, Match} {
		t.Run(l.String(), func(t *testing.T) {
			tab := l.table()
			for r := rune(0); r <= utf8.MaxRune; r++ {
				if !utf8.ValidRune(r) {
					continue
				}
				if f := tab.fold(r); f != drop && tab.fold(f) != f {
					t.Errorf("fold(%+q) = %+q, fold of that = %+q", r, f, tab.fold(f))
				}
				if out, ok := tab.form(r); ok {
					if got := Normalize(l, out); got != out {
						t.Errorf("form %U → %+q, normalized again %+q", r, out, got)
					}
				}
			}
		})
	}
}

func TestIdempotent(t *testing.T) {
	inputs := append(readSentences(t), readArticle(t),
		"ا\u0654\u0654", "اَ\u0654", "ـ\u0654", "\u0654ا", "ى\u0654", "ە\u0654", "\xffا\u0654", "\uFDFA\u0654",
		"ﻷ\u0654", "\uFE70\uFE71", "A\u0301", "İSTANBUL", "ΣΑΣ")
	for _, l := range []Level{Display, Match} {
		for _, in := range inputs {
			once := Normalize(l, in)
			if twice := Normalize(l, once); twice != once {
				t.Errorf("%v: Normalize(%+q) = %+q, again = %+q", l, in, once, twice)
			}
		}
	}
}

// checkMap checks NormalizeMap's contract for one input.
func checkMap(t *testing.T, in, out string, m []int) {
	t.Helper()
	if len(m) != len(out)+1 {
		t.Fatalf("NormalizeMap(%+q): len(m) = %d, want len(out)+1 = %d", in, len(m), len(out)+1)
	}
	if m[len(out)] != len(in) {
		t.Errorf("NormalizeMap(%+q): m[len(out)] = %d, want %d", in, m[len(out)], len(in))
	}
	for i, o := range m {
		if o < 0 || o > len(in) {
			t.Fatalf("NormalizeMap(%+q): m[%d] = %d out of bounds", in, i, o)
		}
		if i > 0 && o < m[i-1] {
			t.Fatalf("NormalizeMap(%+q): m[%d] = %d < m[%d] = %d", in, i, o, i-1, m[i-1])
		}
	}
}

func TestNormalizeMap(t *testing.T) {
	tests := []struct {
		name  string
		level Level
		in    string
		out   string
		m     []int
	}{
		{name: "ascii lowercased", level: Match, in: "Ab", out: "ab", m: []int{0, 1, 2}},
		{name: "diacritics dropped", level: Match, in: "بَب", out: "بب", m: []int{0, 0, 4, 4, 6}},
		{name: "digit shrinks", level: Match, in: "١٢", out: "12", m: []int{0, 2, 4}},
		{name: "ligature grows", level: Match, in: "ﻻ", out: "لا", m: []int{0, 0, 0, 0, 3}},
		{name: "composed hamza", level: Display, in: "ا\u0654ب", out: "أب", m: []int{0, 0, 4, 4, 6}},
		{name: "invalid byte", level: Display, in: "\xff", out: "\uFFFD", m: []int{0, 0, 0, 1}},
		{name: "display keeps", level: Display, in: "بَ", out: "بَ", m: []int{0, 0, 2, 2, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, m := NormalizeMap(tt.level, tt.in)
			if out != tt.out || !slices.Equal(m, tt.m) {
				t.Errorf("NormalizeMap(%v, %+q) = %+q, %v; want %+q, %v", tt.level, tt.in, out, m, tt.out, tt.m)
			}
			checkMap(t, tt.in, out, m)
		})
	}
}

// TestNormalizeMapBack finds a word in normalized text and maps it back to
// the original, with its diacritics and tatweel.
func TestNormalizeMapBack(t *testing.T) {
	in := "وصلت القافلةُ الـكبيرة إلى بيروت"
	tests := []struct {
		name string
		find string
		want string
	}{
		{name: "trailing diacritic", find: "القافله", want: "القافلةُ"},
		{name: "tatweel", find: "الكبيره", want: "الـكبيرة"},
		{name: "alef", find: "الي", want: "إلى"},
	}
	out, m := NormalizeMap(Match, in)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(out, tt.find)
			if i < 0 {
				t.Fatalf("%+q not in %+q", tt.find, out)
			}
			got := strings.TrimSpace(in[m[i]:m[i+len(tt.find)]])
			if got != tt.want {
				t.Errorf("mapped back to %+q, want %+q", got, tt.want)
			}
		})
	}
}

// TestNormalizeMapAgrees checks NormalizeMap's text against Normalize.
func TestNormalizeMapAgrees(t *testing.T) {
	for _, l := range []Level{Display, Match} {
		for _, in := range append(readSentences(t), readArticle(t)) {
			out, m := NormalizeMap(l, in)
			if want := Normalize(l, in); out != want {
				t.Errorf("%v: NormalizeMap(%+q) = %+q, Normalize = %+q", l, in, out, want)
			}
			checkMap(t, in, out, m)
		}
	}
}
