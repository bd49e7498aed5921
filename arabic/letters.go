package arabic

// Letters and marks the normalization steps and the stemmer name, each
// called after its Unicode name.
const (
	arabicComma              = '،'      // U+060C ARABIC COMMA
	arabicLetterMark         = '\u061C' // U+061C ARABIC LETTER MARK
	hamza                    = 'ء'      // U+0621 ARABIC LETTER HAMZA
	alefMaddaAbove           = 'آ'      // U+0622 ARABIC LETTER ALEF WITH MADDA ABOVE
	alefHamzaAbove           = 'أ'      // U+0623 ARABIC LETTER ALEF WITH HAMZA ABOVE
	wawHamzaAbove            = 'ؤ'      // U+0624 ARABIC LETTER WAW WITH HAMZA ABOVE
	alefHamzaBelow           = 'إ'      // U+0625 ARABIC LETTER ALEF WITH HAMZA BELOW
	yehHamzaAbove            = 'ئ'      // U+0626 ARABIC LETTER YEH WITH HAMZA ABOVE
	alef                     = 'ا'      // U+0627 ARABIC LETTER ALEF
	beh                      = 'ب'      // U+0628 ARABIC LETTER BEH
	tehMarbuta               = 'ة'      // U+0629 ARABIC LETTER TEH MARBUTA
	teh                      = 'ت'      // U+062A ARABIC LETTER TEH
	feh                      = 'ف'      // U+0641 ARABIC LETTER FEH
	kaf                      = 'ك'      // U+0643 ARABIC LETTER KAF
	lam                      = 'ل'      // U+0644 ARABIC LETTER LAM
	noon                     = 'ن'      // U+0646 ARABIC LETTER NOON
	heh                      = 'ه'      // U+0647 ARABIC LETTER HEH
	waw                      = 'و'      // U+0648 ARABIC LETTER WAW
	alefMaksura              = 'ى'      // U+0649 ARABIC LETTER ALEF MAKSURA
	yeh                      = 'ي'      // U+064A ARABIC LETTER YEH
	tatweel                  = 'ـ'      // U+0640 ARABIC TATWEEL
	fathatan                 = '\u064B' // U+064B ARABIC FATHATAN (first of the harakat)
	maddahAbove              = '\u0653' // U+0653 ARABIC MADDAH ABOVE
	hamzaAbove               = '\u0654' // U+0654 ARABIC HAMZA ABOVE
	hamzaBelow               = '\u0655' // U+0655 ARABIC HAMZA BELOW
	lastHaraka               = '\u065F' // U+065F ARABIC WAVY HAMZA BELOW (last of the harakat block)
	arabicIndicDigitZero     = '٠'      // U+0660 ARABIC-INDIC DIGIT ZERO
	arabicIndicDigitNine     = '٩'      // U+0669 ARABIC-INDIC DIGIT NINE
	arabicPercentSign        = '٪'      // U+066A ARABIC PERCENT SIGN
	arabicDecimalSeparator   = '٫'      // U+066B ARABIC DECIMAL SEPARATOR
	arabicThousandsSeparator = '٬'      // U+066C ARABIC THOUSANDS SEPARATOR
	superscriptAlef          = '\u0670' // U+0670 ARABIC LETTER SUPERSCRIPT ALEF
	alefWasla                = 'ٱ'      // U+0671 ARABIC LETTER ALEF WASLA
	alefWavyHamzaAbove       = 'ٲ'      // U+0672 ARABIC LETTER ALEF WITH WAVY HAMZA ABOVE
	alefWavyHamzaBelow       = 'ٳ'      // U+0673 ARABIC LETTER ALEF WITH WAVY HAMZA BELOW
	highHamzaAlef            = 'ٵ'      // U+0675 ARABIC LETTER HIGH HAMZA ALEF
	keheh                    = 'ک'      // U+06A9 ARABIC LETTER KEHEH (Persian kaf)
	swashKaf                 = 'ڪ'      // U+06AA ARABIC LETTER SWASH KAF
	hehDoachashmee           = 'ھ'      // U+06BE ARABIC LETTER HEH DOACHASHMEE
	hehWithYehAbove          = 'ۀ'      // U+06C0 ARABIC LETTER HEH WITH YEH ABOVE
	hehGoal                  = 'ہ'      // U+06C1 ARABIC LETTER HEH GOAL
	hehGoalWithHamzaAbove    = 'ۂ'      // U+06C2 ARABIC LETTER HEH GOAL WITH HAMZA ABOVE
	tehMarbutaGoal           = 'ۃ'      // U+06C3 ARABIC LETTER TEH MARBUTA GOAL
	farsiYeh                 = 'ی'      // U+06CC ARABIC LETTER FARSI YEH
	ae                       = 'ە'      // U+06D5 ARABIC LETTER AE
	yehBarree                = 'ے'      // U+06D2 ARABIC LETTER YEH BARREE
	extendedArabicIndicZero  = '۰'      // U+06F0 EXTENDED ARABIC-INDIC DIGIT ZERO
	extendedArabicIndicNine  = '۹'      // U+06F9 EXTENDED ARABIC-INDIC DIGIT NINE
	zeroWidthSpace           = '\u200B' // U+200B ZERO WIDTH SPACE
	rightToLeftMark          = '\u200F' // U+200F RIGHT-TO-LEFT MARK
	leftToRightEmbedding     = '\u202A' // U+202A LEFT-TO-RIGHT EMBEDDING
	rightToLeftOverride      = '\u202E' // U+202E RIGHT-TO-LEFT OVERRIDE
	wordJoiner               = '\u2060' // U+2060 WORD JOINER
	leftToRightIsolate       = '\u2066' // U+2066 LEFT-TO-RIGHT ISOLATE
	popDirectionalIsolate    = '\u2069' // U+2069 POP DIRECTIONAL ISOLATE
	softHyphen               = '\u00AD' // U+00AD SOFT HYPHEN
	zeroWidthNoBreakSpace    = '\uFEFF' // U+FEFF ZERO WIDTH NO-BREAK SPACE (byte order mark)
	replacementCharacter     = '\uFFFD' // U+FFFD REPLACEMENT CHARACTER
)
