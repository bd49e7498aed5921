package numeral

import (
	"strings"

	"github.com/isnad-news/isnad/arabic"
)

// cat is the grammatical role of a number word.
type cat uint8

const (
	// catNone is a word that is only an ordinal (الثالث).
	catNone cat = iota
	// catUnit is 0-9: صفر واحد اثنان … تسعة, in every gender and case.
	catUnit
	// catTen is عشر/عشرة: 10 alone, and the second word of 11-19.
	catTen
	// catTeen is a one-word 11-19 (dialect: خمستاشر).
	catTeen
	// catTens is 20-90: عشرون … تسعين.
	catTens
	// catHundred is 100-900 in one word: مائة، مئتان، ثلاثمائة.
	catHundred
	// catScale is ألف، مليون، مليار، بليون، تريليون, singular, dual or
	// plural.
	catScale
	// catVague is عشرات، مئات، بضع، عدة.
	catVague
	// catFrac is a fraction word: نصف، ربع، ثلث، ثلثا، سدس.
	catFrac
	// catFracPlural is the plural of a fraction, counted by a unit:
	// ثلاثة أرباع.
	catFracPlural
	// catPoint is فاصلة, the spoken decimal point.
	catPoint
	// catMinus is سالب/ناقص before a number: minus.
	catMinus
)

// Flags on a number word.
const (
	// fCompound: the unit is a number only in a compound (أحد عشر، إحدى
	// وعشرون): bare أحد is "someone" or "Sunday".
	fCompound uint16 = 1 << iota
	// fTeen: the unit is read only before عشر (اثنا عشر، إثنتى عشرة).
	fTeen
	// fSit: ست is also "lady"; it is read as 6 only before a number word
	// or a counted plural (see sitOK).
	fSit
	// fPlural: a plural scale (آلاف، ملايين): a multiplier after a number,
	// a vague quantifier alone.
	fPlural
	// fDual: a dual scale (ألفان، مليونين): Value is twice the scale.
	fDual
	// fBareHundred: مائة/مئة, which a unit before it multiplies (ثلاث مئة).
	fBareHundred
	// fDamma: with a damma on the first letter the word is a fraction
	// (خُمس a fifth, عُشر a tenth); without it, a cardinal.
	fDamma
	// fTaMarbuta: the word is a number only when written with ة (عدة, not
	// عده "he counted it").
	fTaMarbuta
	// fNoDef: the word is not a number with the article (الأحد is Sunday,
	// الاثنين Monday, الست "the lady", العدة "the equipment").
	fNoDef
	// fDualAlone: the accusative of a scale (ألفا، مليونا) is also the
	// dual in construct: after a number it is the scale (عشرون ألفا =
	// 20000), alone the dual (ألفا دونم = 2000).
	fDualAlone
)

// Ordinal flags.
const (
	// oBare: the ordinal is read without the article in Find (ثالث، أول).
	oBare uint8 = 1 << iota
	// oCompound: the ordinal is read only in a compound (الحادي عشر).
	oCompound
	// oAfterDef: without the article, read in Find only after a word with
	// the article (ثانية is usually the unit "second").
	oAfterDef
	// oAlone: the ordinal does not take عشر or و+tens (الأول، العاشر).
	oAlone
	// oMaksura: the ordinal only when written with ى: أولى is "first",
	// أولي "initial, preliminary" (التقرير الأولي).
	oMaksura
)

// entry is what the lexicon knows of one normalized word.
type entry struct {
	cat   cat
	val   float64 // cardinal value; for catFrac the fraction; for catFracPlural the denominator
	scale float64 // for catScale and catVague: the power of ten named
	flags uint16
	ord   int // the ordinal value when the word is an ordinal, else 0
	oflag uint8
}

// The word lists are our own, written from Modern Standard Arabic grammar
// (the number chapter of any reference grammar, e.g. Wright's "A Grammar of
// the Arabic Language", §§ 320-335, public domain) and common Levantine and
// Egyptian spellings seen on news sites. Forms are written as Arabic writes
// them and normalized with arabic.Match when the table is built, so hamza,
// ة/ه and ى/ي variants all meet the same key.
var lexTable = []struct {
	forms string
	e     entry
}{
	{"صفر", entry{cat: catUnit, val: 0}},
	{"واحد واحدة", entry{cat: catUnit, val: 1}},
	{"أحد إحدى", entry{cat: catUnit, val: 1, flags: fCompound | fNoDef}},
	{"اثنان اثنين اثنتان اثنتين إثنان إثنين ثنتان ثنتين اتنين إتنين", entry{cat: catUnit, val: 2, flags: fNoDef}},
	{"اثنا اثني إثنا إثنى اثنى اثنتا اثنتي إثنتا إثنتى اثنتى", entry{cat: catUnit, val: 2, flags: fTeen}},
	{"ثلاث ثلاثة تلات تلاتة ثلاث", entry{cat: catUnit, val: 3}},
	{"أربع أربعة اربع اربعة", entry{cat: catUnit, val: 4}},
	{"خمس", entry{cat: catUnit, val: 5, flags: fDamma}},
	{"خمسة", entry{cat: catUnit, val: 5}},
	{"ست", entry{cat: catUnit, val: 6, flags: fSit | fNoDef}},
	{"ستة", entry{cat: catUnit, val: 6}},
	{"سبع", entry{cat: catUnit, val: 7, flags: fDamma}},
	{"سبعة", entry{cat: catUnit, val: 7}},
	{"ثمان ثماني ثمانى ثمانية تمان تمانية", entry{cat: catUnit, val: 8}},
	{"تسع", entry{cat: catUnit, val: 9, flags: fDamma}},
	{"تسعة", entry{cat: catUnit, val: 9}},
	{"عشر", entry{cat: catTen, val: 10, flags: fDamma}},
	{"عشرة", entry{cat: catTen, val: 10}},
	{"حداشر احداشر حدعشر", entry{cat: catTeen, val: 11}},
	{"اطناشر اتناشر طناشر اثناشر", entry{cat: catTeen, val: 12}},
	{"تلتاشر تلاتاشر ثلاثطاشر تلطاشر", entry{cat: catTeen, val: 13}},
	{"اربعتاشر اربعطاشر اربعتعشر", entry{cat: catTeen, val: 14}},
	{"خمستاشر خمسطاشر", entry{cat: catTeen, val: 15}},
	{"ستاشر سطاشر", entry{cat: catTeen, val: 16}},
	{"سبعتاشر سبعطاشر", entry{cat: catTeen, val: 17}},
	{"تمنتاشر تمانتاشر طمنطاشر تمنطاشر", entry{cat: catTeen, val: 18}},
	{"تسعتاشر تسعطاشر", entry{cat: catTeen, val: 19}},
	{"عشرون عشرين", entry{cat: catTens, val: 20}},
	{"ثلاثون ثلاثين تلاتين", entry{cat: catTens, val: 30}},
	{"أربعون أربعين", entry{cat: catTens, val: 40}},
	{"خمسون خمسين", entry{cat: catTens, val: 50}},
	{"ستون ستين", entry{cat: catTens, val: 60}},
	{"سبعون سبعين", entry{cat: catTens, val: 70}},
	{"ثمانون ثمانين تمانين", entry{cat: catTens, val: 80}},
	{"تسعون تسعين", entry{cat: catTens, val: 90}},
	{"مائة مئة مية ميه مايه", entry{cat: catHundred, val: 100, flags: fBareHundred}},
	{"مائتان مائتين مئتان مئتين مائتا مائتي مئتا مئتي ميتين", entry{cat: catHundred, val: 200}},
	{"ثلاثمائة ثلاثمئة ثلثمائة ثلثمئة تلتمية تلاتمية", entry{cat: catHundred, val: 300}},
	{"أربعمائة أربعمئة ربعمية اربعمية", entry{cat: catHundred, val: 400}},
	{"خمسمائة خمسمئة خمسمية", entry{cat: catHundred, val: 500}},
	{"ستمائة ستمئة ستمية", entry{cat: catHundred, val: 600}},
	{"سبعمائة سبعمئة سبعمية", entry{cat: catHundred, val: 700}},
	{"ثمانمائة ثمانمئة ثمانيمائة ثمانيمئة ثمنمائة ثمنمئة تمنمية تمانمية", entry{cat: catHundred, val: 800}},
	{"تسعمائة تسعمئة تسعمية", entry{cat: catHundred, val: 900}},
	{"ألف", entry{cat: catScale, val: 1e3, scale: 1e3}},
	{"ألفا", entry{cat: catScale, val: 1e3, scale: 1e3, flags: fDualAlone}},
	{"ألفان ألفين ألفي", entry{cat: catScale, val: 2e3, scale: 1e3, flags: fDual}},
	{"آلاف ألوف", entry{cat: catScale, val: 1e3, scale: 1e3, flags: fPlural}},
	{"مليون", entry{cat: catScale, val: 1e6, scale: 1e6}},
	{"مليونا", entry{cat: catScale, val: 1e6, scale: 1e6, flags: fDualAlone}},
	{"مليونان مليونين مليوني", entry{cat: catScale, val: 2e6, scale: 1e6, flags: fDual}},
	{"ملايين", entry{cat: catScale, val: 1e6, scale: 1e6, flags: fPlural}},
	{"مليار بليون", entry{cat: catScale, val: 1e9, scale: 1e9}},
	{"مليارا بليونا", entry{cat: catScale, val: 1e9, scale: 1e9, flags: fDualAlone}},
	{"ملياران مليارين ملياري بليونان بليونين", entry{cat: catScale, val: 2e9, scale: 1e9, flags: fDual}},
	{"مليارات بلايين", entry{cat: catScale, val: 1e9, scale: 1e9, flags: fPlural}},
	{"تريليون تريليونا ترليون", entry{cat: catScale, val: 1e12, scale: 1e12}},
	{"تريليونان تريليونين", entry{cat: catScale, val: 2e12, scale: 1e12, flags: fDual}},
	{"تريليونات", entry{cat: catScale, val: 1e12, scale: 1e12, flags: fPlural}},
	{"عشرات", entry{cat: catVague, scale: 10}},
	{"مئات مئات", entry{cat: catVague, scale: 100}},
	{"بضع بضعة", entry{cat: catVague, val: 3, scale: 9, flags: fNoDef}},
	{"عدة", entry{cat: catVague, val: 3, scale: 10, flags: fTaMarbuta | fNoDef}},
	{"نصف", entry{cat: catFrac, val: 0.5}},
	{"ربع", entry{cat: catFrac, val: 0.25}},
	{"ثلث", entry{cat: catFrac, val: 1.0 / 3}},
	{"ثلثا ثلثي ثلثين ثلثان", entry{cat: catFrac, val: 2.0 / 3}},
	{"سدس", entry{cat: catFrac, val: 1.0 / 6}},
	{"أرباع", entry{cat: catFracPlural, val: 4}},
	{"أخماس", entry{cat: catFracPlural, val: 5}},
	{"أعشار", entry{cat: catFracPlural, val: 10}},
	{"أثلاث", entry{cat: catFracPlural, val: 3}},
	{"فاصلة فاصل", entry{cat: catPoint}},
	{"سالب ناقص", entry{cat: catMinus}},
	// Ordinals.
	{"أول", entry{cat: catNone, ord: 1, oflag: oBare | oAlone}},
	{"أولى", entry{cat: catNone, ord: 1, oflag: oBare | oAlone | oMaksura}},
	{"حادي حادية", entry{cat: catNone, ord: 1, oflag: oCompound}},
	{"ثاني", entry{cat: catNone, ord: 2, oflag: oBare}},
	{"ثان", entry{cat: catNone, ord: 2}},
	{"ثانية", entry{cat: catNone, ord: 2, oflag: oAfterDef}},
	{"ثالث ثالثة", entry{cat: catNone, ord: 3, oflag: oBare}},
	{"رابع رابعة", entry{cat: catNone, ord: 4, oflag: oBare}},
	{"خامس خامسة", entry{cat: catNone, ord: 5, oflag: oBare}},
	{"سادس سادسة", entry{cat: catNone, ord: 6, oflag: oBare}},
	{"سابع سابعة", entry{cat: catNone, ord: 7, oflag: oBare}},
	{"ثامن ثامنة", entry{cat: catNone, ord: 8, oflag: oBare}},
	{"تاسع تاسعة", entry{cat: catNone, ord: 9, oflag: oBare}},
	{"عاشر عاشرة", entry{cat: catNone, ord: 10, oflag: oBare | oAlone}},
}

// lex maps a Match-normalized word, without proclitics or article, to what
// it is.
var lex = func() map[string]*entry {
	m := make(map[string]*entry, 256)
	for i := range lexTable {
		e := &lexTable[i].e
		for _, f := range strings.Fields(lexTable[i].forms) {
			m[arabic.Normalize(arabic.Match, f)] = e
		}
	}
	return m
}()

// Normalized spellings the parser tests for.
var (
	normWaw = "و"
	normFi  = "في"
)

// sitNouns are counted nouns that follow ست "six" without ending in ات.
var sitNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("دول مدن قرى نساء دقائق ليال ليالي أشهر أيام سنين أسر عائلات أطفال رجال جولات") {
		m[arabic.Normalize(arabic.Match, w)] = true
	}
	return m
}()
