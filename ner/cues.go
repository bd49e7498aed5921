package ner

import (
	"strings"

	"github.com/isnad-news/isnad/arabic"
)

// Cue classes: small closed classes of words whose presence next to a word
// says something about it. A reporting verb (قال، أعلن، أكد) is usually
// followed by its speaker or preceded by it; a preposition (في، من، إلى)
// often introduces a place; a nisba adjective with the article (الفرنسي،
// الأميركية) follows a title and name or a place; a lone و joins two names
// of the same type.
const (
	cueVerb  byte = iota + 1 // a reporting verb, in any of its listed forms
	cuePrep                  // a preposition written as its own word
	cueNisba                 // a nisba adjective with the article
	cueConj                  // the conjunction و written as its own word
)

// cueWords are the words of the cue classes, by the bare form of their
// Match normalization (proclitics removed, so وقال is قال). Source: written
// for isnad from common Arabic news usage; same licence as the project.
var cueWords = func() map[string]byte {
	m := map[string]byte{}
	add := func(c byte, words string) {
		for _, w := range strings.Fields(words) {
			b, _, _ := stripClitics(arabic.Normalize(arabic.Match, w))
			m[b] = c
		}
	}
	add(cueVerb, `قال قالت يقول تقول قالوا يقولون
		أعلن أعلنت يعلن تعلن أعلنوا
		أكد أكدت يؤكد تؤكد أكدوا
		أوضح أوضحت يوضح توضح
		أضاف أضافت يضيف تضيف
		صرح صرحت يصرح تصرح
		ذكر ذكرت يذكر تذكر
		أشار أشارت يشير تشير
		أفاد أفادت يفيد تفيد
		أبلغ أبلغت نقل نقلت ينقل
		اعتبر اعتبرت يعتبر تعتبر
		رأى رأت يرى ترى
		أعرب أعربت يعرب تعرب
		نفى نفت ينفي تنفي
		دعا دعت يدعو تدعو
		طالب طالبت يطالب تطالب
		حذر حذرت يحذر تحذر
		كشف كشفت يكشف تكشف
		أبدى أبدت وصف وصفت
		التقى التقت يلتقي استقبل استقبلت
		بحث بحثت زار زارت يزور`)
	add(cuePrep, `في من إلى على عن مع بين قرب لدى عند
		نحو حول خلال منذ حتى ضد عبر داخل خارج أمام وراء بعد قبل
		تجاه لصالح باتجاه شمال جنوب شرق غرب وسط`)
	return m
}()

// cueOf returns the cue class of t, or 0. A preposition counts only alone
// or after و or ف (بفي is no preposition); a nisba adjective is an Arabic
// word with the article whose bare form has at least four letters and ends
// in ي or يه (ية after Match).
func cueOf(t *tok) byte {
	if t.word == "و" {
		return cueConj
	}
	if c := cueWords[t.bare]; c != 0 {
		if c == cuePrep && t.clitic != "" && t.clitic != "و" && t.clitic != "ف" {
			return 0
		}
		return c
	}
	if t.al && t.shape == shapeArabic && (strings.HasSuffix(t.bare, "ي") || strings.HasSuffix(t.bare, "يه")) && len(t.bare) >= 8 {
		return cueNisba
	}
	return 0
}
