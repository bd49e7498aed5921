// Package synth writes synthetic Arabic news for load and scale tests:
// stories of several articles from several outlets, each article a few
// paragraphs with figures, dates, places, people and quotes that vary by
// outlet, so that clustering, claim comparison and search have real work.
// The sentences are templates written for isnad; the places are real
// names, the events are invented.
//
// What goes in: a seed and a count. What comes out: JSON Lines records
// (the input format "isnad ingest" reads), deterministic for a seed.
package synth

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"sync"

	"github.com/isnad-news/isnad/gazetteer"
)

// towns are the gazetteer's places with an Arabic name: each story happens
// in one, so stories are told apart by their place as real ones are.
var towns = sync.OnceValue(func() []string {
	var out []string
	seen := map[string]bool{}
	gazetteer.Default().Entries(func(e gazetteer.Entry) bool {
		if e.Type == gazetteer.Place && !seen[e.Canonical] && strings.ContainsFunc(e.Canonical, func(r rune) bool { return r >= 0x0621 && r <= 0x064A }) {
			seen[e.Canonical] = true
			out = append(out, e.Canonical)
		}
		return true
	})
	return out
})

// media are the gazetteer's news outlets: articles are written by them and
// name them, as real articles do.
var media = sync.OnceValue(func() []string {
	var out []string
	gazetteer.Default().Entries(func(e gazetteer.Entry) bool {
		if e.Type == gazetteer.Media && strings.ContainsFunc(e.Canonical, func(r rune) bool { return r >= 0x0621 && r <= 0x064A }) {
			out = append(out, e.Canonical)
		}
		return true
	})
	return out
})

var (
	firstNames = []string{"أحمد", "محمود", "سامر", "خالد", "يوسف", "رامي", "ليلى", "منى", "عمر", "هادي", "جورج", "ناصر",
		"فادي", "طارق", "زياد", "وليد", "هالة", "رنا", "سعاد", "كريم", "مازن", "نبيل", "حسان", "باسل", "غسان", "عادل",
		"إياد", "مروان", "نادر", "شادي", "عماد", "جمال", "سلمى", "دعاء", "نور", "بشار", "أنس", "قاسم", "فراس", "مهند"}
	lastNames = []string{"السعدي", "الحلبي", "العلي", "الجبوري", "الخطيب", "النعيمي", "الحسن", "الدباغ", "الكبيسي", "الموسوي",
		"حداد", "العمري", "الزعبي", "المصري", "الشامي", "البغدادي", "التميمي", "الدوري", "العبيدي", "الراوي", "القيسي",
		"الحمدان", "الشمري", "العنزي", "الزبيدي", "الربيعي", "الساعدي", "الطائي", "الحديثي", "الجنابي", "العزاوي",
		"الكعبي", "المالكي", "الخزرجي", "الأنصاري", "القرشي", "الهاشمي", "البرزنجي", "الكردي", "السوداني"}
	sites = []string{"المدرسة الابتدائية", "محطة الكهرباء", "السوق المركزي", "الجسر القديم", "مخيم النازحين", "المستشفى العام",
		"مصفاة النفط", "الميناء التجاري", "مبنى البلدية", "الملعب البلدي", "مصنع الإسمنت", "محطة القطارات", "سد المياه",
		"الجامعة", "المطار", "معبر الحدود", "مخازن الحبوب", "الحي الصناعي", "قلعة المدينة", "سوق الخضار"}
)

var (
	_ = []string{"حلب", "دمشق", "حمص", "حماة", "دير الزور", "الرقة", "إدلب", "درعا", "اللاذقية", "طرطوس",
		"بغداد", "الموصل", "البصرة", "كركوك", "أربيل", "الفلوجة", "الرمادي", "تكريت", "القائم", "سامراء",
		"بيروت", "طرابلس", "صيدا", "صور", "بعلبك", "عمان", "الزرقاء", "إربد", "العقبة", "غزة",
		"رفح", "خان يونس", "نابلس", "جنين", "الخليل", "القاهرة", "الإسكندرية", "أسوان", "صنعاء", "عدن",
		"تعز", "الحديدة", "مأرب", "الخرطوم", "أم درمان", "بنغازي", "مصراتة", "سرت", "تونس", "صفاقس"}
	outlets = []string{"وكالة الأنباء العربية", "صحيفة الشرق اليوم", "موقع الخبر الأول", "قناة المدى", "شبكة الرصد",
		"صحيفة النهار الجديد", "وكالة المستقبل", "موقع البوابة", "صحيفة الوطن الحر", "إذاعة الصباح",
		"موقع المرصد", "صحيفة الأيام", "قناة الحدث العربي", "وكالة الشرق للأنباء", "موقع عين الخبر",
		"صحيفة الرأي العام", "شبكة الأخبار المتحدة", "موقع الساحل", "صحيفة الجسر", "وكالة الرافدين"}
	roles   = []string{"محافظ", "مدير مستشفى", "رئيس بلدية", "قائد شرطة", "مختار"}
	events  = []string{"انفجار في سوق", "حريق في مستودع", "انهيار مبنى سكني في", "فيضانات في", "اشتباكات في ضواحي", "حادث سير على طريق", "زلزال ضرب", "قصف على أحياء"}
	victims = []string{"قتيلا", "جريحا", "مصابا", "شخصا", "مدنيا"}
	months  = []string{"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"}
	hedges  = []string{"نحو", "أكثر من", "ما لا يقل عن", "قرابة", ""}
)

// Record is one synthetic article as a JSON Lines record.
type Record struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// coin spells a word of its own for story n, from letters the light
// stemmer leaves alone, so each story has wording no other story shares
// (as real stories have their own names of streets, operations, units).
func coin(n, salt int) string {
	letters := []rune("جحخدذرزسشصضطظعغقثبم")
	n = n*7919 + salt*104729
	var b strings.Builder
	for range 5 {
		b.WriteRune(letters[n%len(letters)])
		n /= len(letters)
		n += salt
	}
	return b.String()
}

// Sentence frames: a story picks one of each, so stories differ in wording
// and a story's articles share most of theirs.
var (
	leads = []string{
		"قتل %[1]s %[2]d %[3]s وأصيب %[4]d آخرون في %[5]s %[6]s قرب %[7]s في حي %[8]s يوم %[9]s، بحسب ما أعلنه %[10]s %[6]s %[11]s.",
		"لقي %[1]s %[2]d %[3]s حتفهم وجرح %[4]d في %[5]s وقع في %[6]s بمحاذاة %[7]s بحي %[8]s %[9]s، وفق %[10]s %[6]s %[11]s.",
		"ارتفعت حصيلة %[5]s %[6]s الذي طال %[7]s في منطقة %[8]s إلى %[1]s %[2]d %[3]s و%[4]d مصابا، كما أفاد %[10]s %[6]s %[11]s %[9]s.",
		"أودى %[5]s %[6]s بحياة %[1]s %[2]d %[3]s وخلف %[4]d جريحا عند %[7]s في ضاحية %[8]s، حسبما صرح %[10]s %[6]s %[11]s %[9]s.",
	}
	quotes = []string{
		"وقال %[1]s لـ%[2]s إن \"فرق %[3]s ما زالت تبحث تحت الأنقاض وإن عدد الضحايا قد يرتفع\"، مشيرا إلى أن %[4]d عائلة نزحت من المنطقة.",
		"وصرح %[1]s لـ%[2]s بأن \"وحدات %[3]s أخلت المباني المجاورة\"، مضيفا أن %[4]d أسرة تركت منازلها.",
		"ونقلت %[2]s عن %[1]s قوله إن \"طواقم %[3]s تعمل بلا توقف منذ الفجر\"، لافتا إلى أن %[4]d عائلة باتت بلا مأوى.",
	}
	tails = []string{
		"وذكرت مصادر محلية أن %[1]d سيارة إسعاف نقلت المصابين إلى مستشفى %[2]s، فيما أعلنت السلطات الحداد %[3]d أيام.",
		"وأشار شهود إلى أن %[1]d مركبة للطوارئ هرعت إلى المكان ونقلت الجرحى إلى مشفى %[2]s، وأعلن الحداد %[3]d أيام.",
		"وبحسب الأهالي فإن %[1]d عربة إسعاف وصلت تباعا وأقلت المصابين نحو مستوصف %[2]s، بينما نكست الأعلام %[3]d أيام.",
	}
)

// Articles calls yield with n articles made from seed, in publication
// order, about n/8 stories of 4 to 12 articles each, until yield returns
// false.
func Articles(seed uint64, n int, yield func(Record) bool) {
	r := rand.New(rand.NewPCG(seed, 0x15ad))
	ts := towns()
	story := 0
	for i := 0; i < n; {
		story++
		size := 4 + r.IntN(9)
		place := ts[r.IntN(len(ts))]
		site := sites[r.IntN(len(sites))]
		event := events[r.IntN(len(events))]
		dead := 3 + r.IntN(200)
		hurt := dead + r.IntN(400)
		person := firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))]
		role := roles[r.IntN(len(roles))]
		lead, quote, tail := leads[r.IntN(len(leads))], quotes[r.IntN(len(quotes))], tails[r.IntN(len(tails))]
		quarter, unit, clinic := coin(story, 1), coin(story, 2), coin(story, 3)
		var names []string
		for k := range 8 {
			names = append(names, coin(story, 10+k))
		}
		// Stories are 15 days apart (wrapping after 60 years), so that the
		// clusterer's 7-day window keeps them apart: the frames are shared
		// by every story, as real stories' wording is not.
		day := (story * 15) % (365 * 60)
		year, doy := 1966+day/365, day%365
		month, dom := doy/31+1, doy%28+1
		for k := 0; k < size && i < n; k++ {
			ms := media()
			outlet := ms[r.IntN(len(ms))]
			d := max(dead+r.IntN(5)-2, 1)
			h := hedges[r.IntN(len(hedges))]
			when := fmt.Sprintf("%d %s %d", dom, months[month-1], year)
			pub := fmt.Sprintf("%04d-%02d-%02d", year, month, min(dom+k/4, 28))
			var b strings.Builder
			fmt.Fprintf(&b, lead+"\n\n", h, d, victims[r.IntN(len(victims))], hurt+r.IntN(20), event, place, site, quarter, when, role, person)
			fmt.Fprintf(&b, quote+"\n\n", person, outlet, unit, 10+r.IntN(300))
			fmt.Fprintf(&b, tail, 2+r.IntN(30), clinic, 1+r.IntN(3))
			r.Shuffle(len(names), func(a, b int) { names[a], names[b] = names[b], names[a] })
			fmt.Fprintf(&b, "\n\nوطالت الأضرار شوارع %s و%s و%s، وتضررت منازل عائلات %s و%s و%s في قريتي %s و%s المجاورتين.",
				names[0], names[1], names[2], names[3], names[4], names[5], names[6], names[7])
			rec := Record{
				ID:        fmt.Sprintf("synth-%d-%d", seed, i),
				Title:     fmt.Sprintf("%s %s: %d %s في حي %s", event, place, d, victims[r.IntN(len(victims))], quarter),
				Outlet:    outlet,
				Published: pub,
				Text:      b.String(),
			}
			if !yield(rec) {
				return
			}
			i++
		}
	}
}

// WriteJSONL writes n articles from seed as JSON Lines.
func WriteJSONL(w io.Writer, seed uint64, n int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var err error
	Articles(seed, n, func(r Record) bool {
		err = enc.Encode(r)
		return err == nil
	})
	return err
}
