package extract

import (
	"strings"
	"testing"
)

func TestParseMeta(t *testing.T) {
	tests := []struct {
		name                     string
		line                     string
		ok                       bool
		date, source, site, auth string
	}{
		{name: "date and source", line: "2017-09-16 00:00:00 - المصدر: nrt عربية", ok: true, date: "2017-09-16", source: "nrt عربية"},
		{name: "source with space before colon", line: "المصدر : وكالة الأنباء الرسمية", ok: true, source: "وكالة الأنباء الرسمية"},
		{name: "quoted from", line: "نقلاً عن صحيفة الحياة", ok: true, source: "صحيفة الحياة"},
		{name: "outlet dash author", line: "الانباط - مامون العمري", ok: true, source: "الانباط", auth: "مامون العمري"},
		{name: "outlet without article dash author", line: "هسبريس - محمد الإدريسي", ok: true, source: "هسبريس", auth: "محمد الإدريسي"},
		{name: "author dash outlet", line: "محمد الإدريسي - هسبريس", ok: true, source: "هسبريس", auth: "محمد الإدريسي"},
		{name: "place dash outlet", line: "دبي - العربية.نت", ok: true, source: "العربية.نت"},
		{name: "place dash author", line: "بيروت - سامر حداد", ok: true, auth: "سامر حداد"},
		{name: "dateline only", line: "أنقرة/ الأناضول", ok: true, source: "الأناضول"},
		{name: "dateline with a newspaper", line: "بغداد/ المدى", ok: true, source: "المدى"},
		{name: "dateline with reporter and agency", line: "أنقرة/ سليم أوزتورك/ الأناضول", ok: true, source: "الأناضول", auth: "سليم أوزتورك"},
		{name: "agencies at the end", line: "فرانس24/ أ ف ب", ok: true, source: "فرانس24|أ ف ب"},
		{name: "newspaper line", line: "جريدة البناء", ok: true, site: "جريدة البناء"},
		{name: "agency line with brackets", line: "وكالة الأنباء السعودية (واس)", ok: true, site: "وكالة الأنباء السعودية (واس)"},
		{name: "site line", line: "موقع أنصار الله", ok: true, site: "موقع أنصار الله"},
		{name: "by with colon", line: "بقلم: د. ليلى حداد", ok: true, auth: "د. ليلى حداد"},
		{name: "by without colon", line: "بقلم سامي الحسن", ok: true, auth: "سامي الحسن"},
		{name: "wrote", line: "كتب أحمد سامي", ok: true, auth: "أحمد سامي"},
		{name: "wrote feminine with dash", line: "كتبت - سارة محمد:", ok: true, auth: "سارة محمد"},
		{name: "prepared by", line: "إعداد: سلمى يوسف", ok: true, auth: "سلمى يوسف"},
		{name: "our correspondent", line: "مراسلنا في بغداد علي حسين", ok: true, auth: "علي حسين"},
		{name: "role words stripped", line: "بقلم الكاتب والباحث يوسف سليم", ok: true, auth: "يوسف سليم"},
		{name: "byline and outlet", line: "كتب: سامر الخوري - الأهرام", ok: true, source: "الأهرام", auth: "سامر الخوري"},
		{name: "date and place", line: "الأحد 3 سبتمبر 2017 - بيروت", ok: true, date: "2017-09-03"},
		{name: "date and views", line: "تاريخ النشر: 12/05/2019 | عدد القراءات: 341", ok: true, date: "2019-05-12"},
		{name: "relative time", line: "منذ 3 ساعات", ok: true},
		{name: "persian letters", line: "بقلم: علی کریمی", ok: true, auth: "علی کریمی"},

		{name: "headline after a place and colon", line: "القاهرة: الشرطة تعتقل ثلاثة مشتبهين", ok: false},
		{name: "sentence starting with wrote", line: "كتب الرئيس رسالة إلى نظيره الفرنسي", ok: false},
		{name: "newspaper wrote", line: "كتبت صحيفة الغارديان", ok: false},
		{name: "sentence with source word", line: "المصدر أكد أن الاجتماع انتهى دون اتفاق", ok: false},
		{name: "headline with a dash", line: "فخ قافلة داعش في الصحراء السورية – العراقية :- حصار من قوات التحالف", ok: false},
		{name: "subhead", line: "ليست أول صفقة", ok: false},
		{name: "question subhead", line: "لماذا يتشاجرون معاً؟", ok: false},
		{name: "agency in a headline", line: "وكالة الطاقة الدولية تحذر من أزمة في الإمدادات", ok: false},
		{name: "two names", line: "أحمد علي - محمد سعيد", ok: false},
		{name: "long sentence with date", line: "وفي آخر جولات القصف مساء الثلاثاء، 5 أيلول 2017، ضربت طائرة أميركية مقاتلين", ok: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := parseMeta(tt.line)
			if ok != tt.ok {
				t.Fatalf("parseMeta(%+q) ok = %v, want %v (meta %+v)", tt.line, ok, tt.ok, m)
			}
			if m.published.String() != tt.date {
				t.Errorf("date = %q, want %q", m.published.String(), tt.date)
			}
			if got := strings.Join(m.sources, "|"); got != tt.source {
				t.Errorf("source = %+q, want %+q", got, tt.source)
			}
			if got := strings.Join(m.sites, "|"); got != tt.site {
				t.Errorf("site = %+q, want %+q", got, tt.site)
			}
			if m.author != tt.auth {
				t.Errorf("author = %+q, want %+q", m.author, tt.auth)
			}
		})
	}
}

func TestBoilerKind(t *testing.T) {
	tests := []struct {
		name string
		line string
		want boiler
	}{
		{name: "read also with link", line: "إقرأ أيضا: «غارات» على الحدود", want: boilerLine},
		{name: "read also spelled with ya", line: "اقرأ ايضاً: افتتاح معرض الكتاب", want: boilerLine},
		{name: "read also alone", line: "اقرأ أيضاً:", want: boilerLabel},
		{name: "see also", line: "شاهد أيضا: فيديو الحادث", want: boilerLine},
		{name: "read more", line: "اقرأ المزيد", want: boilerLabel},
		{name: "related alone", line: "أخبار ذات صلة", want: boilerLabel},
		{name: "more with colon", line: "للمزيد: الحكومة تستقيل", want: boilerLine},
		{name: "previous", line: "السابق", want: boilerNav},
		{name: "next with arrow", line: "التالي »", want: boilerNav},
		{name: "previous article", line: "المقال السابق", want: boilerNav},
		{name: "next with title", line: "الخبر التالي: الأرصاد تتوقع أمطارا", want: boilerLine},
		{name: "share", line: "شارك", want: boilerLine},
		{name: "print", line: "طباعة", want: boilerLine},
		{name: "share via", line: "مشاركة عبر فيسبوك تويتر واتساب", want: boilerLine},
		{name: "comments count", line: "تعليقات 0", want: boilerLine},
		{name: "tags", line: "الكلمات الدلالية: العراق، الانتخابات", want: boilerLine},
		{name: "tags alone", line: "وسوم:", want: boilerLabel},
		{name: "copyright", line: "جميع الحقوق محفوظة © 2017", want: boilerLine},
		{name: "copyright sign", line: "© موقع الخبر 2020", want: boilerLine},
		{name: "breadcrumb", line: "الرئيسية » أخبار » اقتصاد", want: boilerLine},
		{name: "breadcrumb slashes", line: "أخبار / عربي / سوريا", want: boilerLine},
		{name: "follow us", line: "تابعونا على فيسبوك وتويتر", want: boilerLine},
		{name: "font size", line: "حجم الخط", want: boilerLine},
		{name: "breaking tag", line: "عاجل", want: boilerLine},
		{name: "end marker", line: "(انتهى)", want: boilerLine},
		{name: "separator", line: "* * *", want: boilerLine},
		{name: "menu", line: "اتصل بنا", want: boilerLine},

		{name: "more sentence", line: "المزيد من القتلى سقطوا في القصف الليلي على المدينة.", want: notBoiler},
		{name: "previous in a sentence", line: "وقال الرئيس السابق إن الاتفاق لن يصمد.", want: notBoiler},
		{name: "next day", line: "التالي كان يوما صعبا على الجميع في المدينة.", want: notBoiler},
		{name: "following colon sentence", line: "وجاء في البيان التالي: نرفض هذه الاتهامات جملة وتفصيلا", want: notBoiler},
		{name: "tags word in a sentence", line: "التصنيف الائتماني للبلاد تراجع مرتين هذا العام", want: notBoiler},
		{name: "share in a sentence", line: "شارك آلاف المحتجين في المسيرة التي جابت شوارع العاصمة.", want: notBoiler},
		{name: "date line is not boilerplate", line: "أضيف بتاريخ :2017/10/11", want: notBoiler},
		{name: "ended meeting", line: "انتهى الاجتماع دون اتفاق.", want: notBoiler},
		{name: "quoted words", line: "«داعش» / «النصرة»", want: notBoiler},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := boilerKind(tt.line); got != tt.want {
				t.Errorf("boilerKind(%+q) = %d, want %d", tt.line, got, tt.want)
			}
		})
	}
}

func TestIsBareName(t *testing.T) {
	tests := []struct {
		name string
		line string
		want bool
	}{
		{name: "two words", line: "معن حمية", want: true},
		{name: "family name with article", line: "مامون العمري", want: true},
		{name: "three words", line: "عبد الله بن سالم", want: true},
		{name: "honorific", line: "د. أحمد يوسف", want: true},
		{name: "latin", line: "John Smith", want: true},
		{name: "one word", line: "حمية", want: false},
		{name: "starts with article", line: "الرئيس الفرنسي", want: false},
		{name: "function word", line: "ليست أول صفقة", want: false},
		{name: "section", line: "تقارير وتحليلات", want: false},
		{name: "site", line: "جريدة البناء", want: false},
		{name: "with colon", line: "أحمد: علي", want: false},
		{name: "digits", line: "أحمد 2017", want: false},
		{name: "month", line: "أيلول حزين", want: false},
		{name: "too long", line: "واحد اثنان ثلاثة أربعة خمسة", want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isBareName(tt.line); got != tt.want {
				t.Errorf("isBareName(%+q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestSplitLead(t *testing.T) {
	tests := []struct {
		name                              string
		line                              string
		ok                                bool
		banner, section, source, restHead string
	}{
		{name: "banner section outlet text", line: "موقع الخبر || محليات ||وكالة الأنباء – قال مسؤول في الوزارة اليوم إن العمل سيستأنف قريبا.",
			ok: true, banner: "موقع الخبر", section: "محليات", source: "وكالة الأنباء", restHead: "قال مسؤول"},
		{name: "banner and text", line: "شبكة الأخبار | قال مسؤول في الوزارة اليوم إن العمل سيستأنف قريبا في المصنع.",
			ok: true, banner: "شبكة الأخبار", restHead: "قال مسؤول"},
		{name: "banner parts only", line: "بوابة المدينة | أخبار | اقتصاد", ok: true, banner: "بوابة المدينة", section: "أخبار|اقتصاد"},
		{name: "agency dash text", line: "وكالة الأنباء الأردنية (بترا) – أعلنت وزارة الصحة اليوم إطلاق حملة وطنية",
			ok: true, source: "وكالة الأنباء الأردنية (بترا)", restHead: "أعلنت وزارة"},
		{name: "headline with pipe", line: "انفجار في الميناء | الجزيرة", ok: false},
		{name: "sentence with dashes", line: "قال الوزير - في تصريح مقتضب - إن الحكومة لن تستقيل تحت أي ظرف.", ok: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, rest, ok := splitLead(tt.line)
			if ok != tt.ok {
				t.Fatalf("splitLead(%+q) ok = %v, want %v", tt.line, ok, tt.ok)
			}
			if got := strings.Join(m.banners, "|"); got != tt.banner {
				t.Errorf("banner = %+q, want %+q", got, tt.banner)
			}
			if got := strings.Join(m.sections, "|"); got != tt.section {
				t.Errorf("section = %+q, want %+q", got, tt.section)
			}
			if got := strings.Join(m.sources, "|"); got != tt.source {
				t.Errorf("source = %+q, want %+q", got, tt.source)
			}
			if !strings.HasPrefix(rest, tt.restHead) || (tt.restHead == "" && rest != "") {
				t.Errorf("rest = %+q, want it to start %+q", rest, tt.restHead)
			}
		})
	}
}

func TestStripSiteAffixes(t *testing.T) {
	tests := []struct {
		name, title string
		names       []string
		want        string
	}{
		{name: "dash and known name", title: "عنوان الخبر هنا - جريدة الصباح", names: []string{"جريدة الصباح"}, want: "عنوان الخبر هنا"},
		{name: "pipe and site word", title: "عنوان الخبر هنا | موقع كذا", want: "عنوان الخبر هنا"},
		{name: "net suffix", title: "عنوان الخبر هنا - الجزيرة نت", want: "عنوان الخبر هنا"},
		{name: "prefix", title: "بوابة الأهرام: عنوان | عنوان الخبر هنا", names: []string{"بوابة الأهرام: عنوان"}, want: "عنوان الخبر هنا"},
		{name: "two suffixes", title: "عنوان الخبر هنا - أخبار - موقع كذا", names: []string{"أخبار"}, want: "عنوان الخبر هنا"},
		{name: "dash inside the headline", title: "فخ قافلة داعش في الصحراء السورية – العراقية", want: "فخ قافلة داعش في الصحراء السورية – العراقية"},
		{name: "no separator", title: "عنوان الخبر هنا", names: []string{"هنا"}, want: "عنوان الخبر هنا"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := stripSiteAffixes(tt.title, tt.names); got != tt.want {
				t.Errorf("stripSiteAffixes(%+q) = %+q, want %+q", tt.title, got, tt.want)
			}
		})
	}
}
