package timex

import "testing"

// TestConventions pins the readings that follow assistant-style parsers in
// the Future direction while news (Past) keeps its own, and the forms and
// false friends added with them: parts of the day with a day, bare years
// and spans of years, spaced numeric dates, "كانون أول", minute times in
// the current hour, and words that are not dates (باب، إب، عقد).
func TestConventions(t *testing.T) {
	const z = "-02:00"
	tests := []struct {
		name string
		in   string
		news bool   // news reference, Dir Past
		text string // the mention; "" for the whole input
		want string // ISO value, "from..to" for an interval, "-" for no mention
		g    Grain
	}{
		// A part of the day with a day: hours looking ahead, the day in news.
		{name: "yesterday evening", in: "مساء أمس", want: "2013-02-11T18:00:00" + z + "..2013-02-12T00:00:00" + z, g: Hour},
		{name: "tomorrow morning", in: "صباح الغد", want: "2013-02-13T04:00:00" + z + "..2013-02-13T12:00:00" + z, g: Hour},
		{name: "tomorrow evening after", in: "غدا مساء", want: "2013-02-13T18:00:00" + z + "..2013-02-14T00:00:00" + z, g: Hour},
		{name: "last night", in: "ليلة أمس", want: "2013-02-11T18:00:00" + z + "..2013-02-12T00:00:00" + z, g: Hour},
		{name: "monday evening", in: "مساء الاثنين", want: "2013-02-18T18:00:00" + z + "..2013-02-19T00:00:00" + z, g: Hour},
		{name: "morning of a date", in: "صباح 15 شباط", want: "2013-02-15T04:00:00" + z + "..2013-02-15T12:00:00" + z, g: Hour},
		{name: "dawn today", in: "فجر اليوم", want: "2013-02-12T04:00:00" + z + "..2013-02-12T06:00:00" + z, g: Hour},
		{name: "tomorrow afternoon", in: "بعد ظهر الغد", want: "2013-02-13T12:00:00" + z + "..2013-02-13T19:00:00" + z, g: Hour},
		{name: "part before the day gives the clock pm", in: "مساء الجمعة الساعة 8", want: "2013-02-15T20:00:00" + z, g: Hour},
		{name: "news yesterday evening", in: "مساء أمس", news: true, want: "2017-09-15", g: Day},
		{name: "news evening and date", in: "مساء الثلاثاء، 5 أيلول 2017", news: true, want: "2017-09-05", g: Day},
		{name: "news tomorrow evening after", in: "غدا مساء", news: true, want: "2017-09-17", g: Day},

		// Bare years.
		{name: "year alone", in: "2013", want: "2013", g: Year},
		{name: "year in parentheses", in: "(1948)", text: "1948", want: "1948", g: Year},
		{name: "year in spaced parentheses", in: " ( 1967 ) ", text: "1967", want: "1967", g: Year},
		{name: "aam parenthesized", in: "عام (1948)", want: "1948", g: Year},
		{name: "sana spaced parentheses miladi", in: "سنة ( 1935 ) م", want: "1935", g: Year},
		{name: "aam parenthesized hijri", in: "عام (1325) هجري", want: "1907-02-14..1908-02-04", g: Day},
		{name: "event noun and full stop", in: "بعد حرب 1967.", text: "1967", want: "1967", g: Year},
		{name: "event noun and comma", in: "منذ نكسة 1967، تغير كل شيء", text: "1967", want: "1967", g: Year},
		{name: "event noun at the end", in: "انتخابات 2014", text: "2014", want: "2014", g: Year},
		{name: "count of people", in: "2000 شخص", want: "-"},
		{name: "count at the end", in: "بلغ عدد القتلى 2000.", want: "-"},
		{name: "event noun in running text", in: "وقعت مجزرة 1982 في المخيم", want: "-"},
		{name: "alone but out of range", in: "1850", want: "-"},

		// Spans of years.
		{name: "years spaced dash", in: "1936 - 1939", want: "1936..1940", g: Year},
		{name: "years dash", in: "1936-1939", want: "1936..1940", g: Year},
		{name: "years slash in parentheses", in: "(1958 / 1963)", text: "1958 / 1963", want: "1958..1964", g: Year},
		{name: "years span after fi", in: "في 1936-1939", want: "1936..1940", g: Year},
		{name: "years span backwards", in: "1939-1936", want: "-"},
		{name: "years span too early", in: "1700-1750", want: "-"},

		// Numeric dates with spaced separators.
		{name: "spaced dmy", in: "15 / 1 / 1959", want: "1959-01-15", g: Day},
		{name: "spaced dmy in parentheses", in: "( 8 / 11 / 1943 )", text: "8 / 11 / 1943", want: "1943-11-08", g: Day},
		{name: "spaced ymd", in: "1959 / 1 / 15", want: "1959-01-15", g: Day},
		{name: "spaced without a full year", in: "3 / 4 / 5", want: "-"},

		// Levantine two-word months without the article.
		{name: "kanun awwal", in: "كانون أول", want: "2013-12", g: Month},
		{name: "kanun thani year", in: "كانون ثاني 2014", want: "2014-01", g: Month},
		{name: "tishrin awwal no hamza", in: "تشرين اول", want: "2013-10", g: Month},
		{name: "tishrin thani maksura", in: "5 تشرين ثانى", want: "2013-11-05", g: Day},

		// Not dates.
		{name: "door", in: "باب", want: "-"},
		{name: "door and number", in: "دخل من باب 15", want: "-"},
		{name: "ibb the city", in: "محافظة إب", want: "-"},
		{name: "ibb and a year", in: "محافظة إب 2015", want: "-"},
		{name: "father", in: "أب", want: "-"},
		{name: "li-ab dropped", in: "لآب", want: "-"},
		{name: "august with fi", in: "في آب", text: "آب", want: "2013-08", g: Month},
		{name: "august without madda and a day", in: "15 اب", want: "2013-08-15", g: Day},
		{name: "holding a meeting after", in: "بعد عقد اجتماع", want: "-"},
		{name: "holding a meeting before", in: "قبل عقد اجتماع", want: "-"},
		{name: "a decade ago", in: "منذ عقد", want: "2003-02", g: Month},
		{name: "a decade of time ago", in: "قبل عقد من الزمن", want: "2003-02", g: Month},
		{name: "the last decade", in: "خلال العقد الماضي", want: "2003..2013", g: Year},

		// Minute times in the current hour stay today; hours that ended do not.
		{name: "minute time earlier this hour", in: "الساعة 4:23", want: "2013-02-12T04:23:00" + z, g: Minute},
		{name: "clock earlier this hour", in: "4:23", want: "2013-02-12T04:23:00" + z, g: Minute},
		{name: "minute time of an ended hour", in: "3:18 صباحا", want: "2013-02-13T03:18:00" + z, g: Minute},
		{name: "ambiguous minute time", in: "الساعة 3:15", want: "2013-02-12T15:15:00" + z, g: Minute},
		{name: "hour in progress", in: "الساعة الرابعة صباحا", want: "2013-02-12T04:00:00" + z, g: Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := Options{Ref: ref, HasRef: true, Dir: Future}
			if tt.news {
				opt = Options{Ref: news, HasRef: true, Dir: Past}
			}
			es, _ := Find(tt.in, opt)
			if tt.want == "-" {
				if len(es) != 0 {
					t.Errorf("Find(%+q) = %+q, want no mention", tt.in, tt.in[es[0].Start:es[0].End])
				}
				return
			}
			if len(es) != 1 {
				t.Fatalf("Find(%+q) gave %d mentions, want 1", tt.in, len(es))
			}
			e := es[0]
			text := tt.text
			if text == "" {
				text = tt.in
			}
			if got := tt.in[e.Start:e.End]; got != text {
				t.Errorf("Find(%+q) span %+q, want %+q", tt.in, got, text)
			}
			got := e.ISO()
			if e.Interval {
				got = Format(e.From, e.Grain) + ".." + Format(e.To, e.Grain)
			}
			if got != tt.want || e.Grain != tt.g || !e.Resolved {
				t.Errorf("Find(%+q) = %s %s (resolved %v), want %s %s", tt.in, got, e.Grain, e.Resolved, tt.want, tt.g)
			}
		})
	}
}
