package numeral

// Kind says what sort of number a Number is.
type Kind uint8

const (
	// Cardinal is a count or amount: 300, ثلاثمائة, 3 آلاف, عشرات.
	Cardinal Kind = iota
	// Ordinal is a rank: الثالث, الحادي عشر, العشرون (as an ordinal).
	Ordinal
	// Fraction is a part: نصف (0.5), ربع (0.25), ثلث (1/3), ثلثا (2/3).
	Fraction
	// Percent is a percentage; Value is the number before the sign or word
	// (30 for "30%" or "ثلاثون بالمئة").
	Percent
)

// String returns "cardinal", "ordinal", "fraction" or "percent".
func (k Kind) String() string {
	switch k {
	case Ordinal:
		return "ordinal"
	case Fraction:
		return "fraction"
	case Percent:
		return "percent"
	}
	return "cardinal"
}

// Number is one number found in a text.
type Number struct {
	// Start and End are byte offsets of the number's text, half-open.
	Start, End int
	// Value is the number's value; for a vague quantifier it is Min.
	Value float64
	// Min and Max bound the value. They equal Value for an exact number;
	// for a vague quantifier ("عشرات", "مئات الآلاف", "بضعة") they give the
	// range of the convention documented on Vague.
	Min, Max float64
	// Kind says whether this is a cardinal, ordinal, fraction or percentage.
	Kind Kind
	// Vague is set for quantifiers that name a range rather than a number.
	// Convention: the plural of a power of ten P ("عشرات", "مئات", "آلاف",
	// "ملايين") means 2P to 10P-1 (Arabic plurals mean more than two; we
	// start at two so that a vague figure is never wrongly in conflict with
	// an exact one), and "عشرات الآلاف" multiplies: 20,000-99,999.
	// "بضع/بضعة" is 3-9, "عدة" 3-10.
	Vague bool
	// Words is set when the number is written, at least in part, in words.
	Words bool
}
