// Package quote finds who says what in an article and through whom: the
// quotes and their speakers, the sources the article cites, and the chain
// of transmission of every statement, figure and date.
//
// What goes in: a Document whose Body, Tokens, Entities, Quantities and
// Dates are set (the stages extract, tokenize, quantity, timex and entity),
// plus Outlet or Publisher. Without Tokens the body is tokenized here;
// without Entities speakers are the phrases as written.
//
// What comes out (NewStage, the stage "quote", or Find):
//
//   - Document.Quotes, in body order: direct quotes in any marks Arabic
//     sites use (« » “ ” " ' ‘ ’ „ and marks never closed, which end with
//     their paragraph) and reported speech after a reporting verb in any
//     form (قال، قالت، يقول، تقول، قالوا، قائلا، written with و، ف or ل:
//     see verbs.txt) with أن/إن, a colon or a quotation; after "بحسب
//     مصادر مطلعة أن"; and before "حسبما قال X" / "كما أفاد X". The
//     span and Text are the statement only (inside the marks, or the
//     clause up to the sentence's end or the next cue); Cue is the verb or
//     phrase as written, without a و or ف written onto it.
//   - Document.Citations, in body order: "بحسب X", "حسب", "وفقا لـ",
//     "نقلا عن", "حسبما أوردت X", "حسب ما ذكرت", "كما أفاد X", "في تقرير
//     لـX", an outlet as the subject of a reporting verb ("ذكرت صحيفة X"،
//     "وقالت الصحيفة") and an outlet told something ("قال ديلون لـ"فورين
//     بوليسي""). Text is the cue with the source; Cited the entity's
//     canonical name, or the name as written (a quoted name after the cue
//     is an outlet: "بحسب “خط تماس”" cites خط تماس with no ID).
//   - Quantity.SourceChain and DateMention.SourceChain on every figure and
//     date.
//
// # Speakers
//
// The speaker is the subject after the verb ("وقال الكولونيل ريان ديلون،
// المتحدث باسم التحالف، إن") or before it ("مسؤولا روسيا قال إن", "وكان
// موقع العربية نت قد أفاد أن"). In the subject phrase a person named
// (not after a preposition: "مقرب من الرئيس X" is no speaker X) wins; then
// a word referring back ("الصحيفة" and "المجلة" are the last outlet of
// that kind cited, "التقرير" the author of the last report, "البيان" the
// author of the last statement, "المرصد" the last source whose name begins
// with it); then an outlet after its kind ("صحيفة", "وكالة", "موقع");
// then a role without a name ("مسؤولون أميركيون", "مصادر مطلعة", "قائد
// عسكري": Speaker is the phrase, Unnamed set, no SpeakerID); then the
// entity the phrase opens with ("طائرات التحالف" is the coalition); else
// the phrase itself, as unnamed. A verb without a subject ("وأضاف أن")
// continues the last speaker of its gender within three paragraphs
// ("وتابعت" the newspaper, "وأوضح" the report), and a participle
// ("مضيفا", "لافتة") the last speaker of its sentence. "ونقلت X عن Y
// قوله إن" and "وكانت X قد نقلت عن Y أن" are Y's statement through X;
// so is an outlet's statement with "نقلا عن Y" after it ("قالت وكالة X
// إن …، نقلا عن Y"), and a statement that is all "Z قال إن …" is Z's
// through its speaker ("نقلت X عن Y أن Z قال إن": [X, Y, Z]). "نقل"
// without عن carries, and "تحدث" reports only "عن" something after its
// subject. "الصحيفة", "الوكالة", "الموقع", "القناة" and "المجلة" refer
// back only to an outlet of that kind (or of no kind said), else to the
// article's own outlet when it is of that kind ("وقال أحد الركاب
// للصحيفة" in a newspaper's article: no intermediary). Words telling the
// article's own outlet ("شهود عيان تحدثوا للمنارة الجديدة", "شهادات حصل
// عليها المسار نت") are no part of a source's name; a name after a
// place noun ("مسؤولون في قرية X") is no speaker; a rank gives a name
// ("مدير الدفاع المدني العقيد منذر الحديثي" is منذر الحديثي), and a
// kunya keeps its أم or أبو ("أم حسين"). A subject ends at a preposition
// ("حذر المرصد اللبناني للبيئة من أن"), except that a role keeps what it
// is of ("مسؤول مقرب من الحكومة") and a person named after the role's
// complement is the speaker ("الخبير في شؤون الطاقة محمود عبد الرحيم").
// A definite head refers back to the body last named with it ("الوزارة"
// is "وزارة الكهرباء"), a lone surname to the person ("الكتاني"). Some
// verbs report only with أن/إن or a quotation after them (توقع، رجح،
// استبعد، علق، روى), some also after a preposition (دعا إلى، طالب بـ،
// أعرب عن، حذر من). A quotation inside a statement keeps the
// statement's speaker, unless a verb inside gives it another ("قال
// الشرقاوي إن وزير الفلاحة أكد أن «…»" is the minister's, through
// الشرقاوي); a quotation that opens the paragraph after one never closed
// continues it, and "«…»، على حد قوله" is the last speaker's.
//
// # Scope of a citation
//
// A citation covers its sentence (with the sentence before when it stands
// alone: "…”. بحسب الأناضول."), or its paragraph when it opens the
// paragraph ("وبحسب رويترز، …"), up to another source brought in by
// "فيما", "بينما" or "في حين", or a later sentence that opens with a
// reporting verb and its own subject. An outlet that is the subject of
// its own statement, or X in "نقلت X عن Y", covers that statement only. When the text refers back to an outlet it
// cited in an earlier paragraph ("وأضافت الصحيفة", "وتشير نيويورك تايمز
// إلى أن", "بحسب المجلة"), a passage opens: from that paragraph (or the
// one before, when it cited the outlet) through the paragraphs that refer
// to the outlet, and at most one paragraph in a row that does not. A
// heading suspends the passage (a later paragraph that refers to the
// outlet resumes it, with the paragraphs between); a paragraph in the
// writer's own voice ("الجدير بالذكر أن", "يذكر أن"), one citing another
// outlet, or one whose first sentence gives a reporting verb its own
// subject ("وقالت مصادر طبية إن") ends it. The citation
// that opens the passage covers all of it, each later reference the rest.
//
// # Chains: the order convention
//
// Quote.Via runs from the article outward, nearest the article first, and
// ends at the speaker: the passage's outlet, the citations whose scope
// holds the statement (paragraph ones first), the outlets the speaker was
// last quoted through (until another outlet is cited: "وقال تاونزند إن"
// after "بيان لتاونزند، حسبما أوردت سبوتنيك" is still through Sputnik),
// the intermediaries named with the quote, then the speaker. Each source
// appears once; the article's own outlet never does. McGurk's words in
// seed 000 are Via [نيويورك تايمز, بريت ماكغورك].
//
// SourceChain runs the other way, from the figure to the article: the
// chain of the innermost quote whose statement holds the figure (else of
// the narrowest citation scope holding it), nearest the figure first,
// always ending with the article's own outlet, Source{Name: Outlet (or
// Publisher, or ""), Type: "OUTLET"}. "308 من مقاتليه" in seed 002, in
// the passage opened by "قالت صحيفة نيويورك تايمز", is [نيويورك تايمز,
// الانباط]; "40 مركبة" in Dillon's words to Foreign Policy is [ريان ديلون,
// فورين بوليسي, الانباط]; a figure nobody is cited for is [الانباط].
//
// For example:
//
//	doc.Body = "ونقلت وكالة الأناضول عن مسؤول محلي قوله إن المياه غمرت 40 منزلا."
//	quote.Find(doc) // after the tokenize, quantity, timex and entity stages
//	// doc.Quotes[0]: Speaker "مسؤول محلي" (Unnamed), Cue "نقلت",
//	//   Text "المياه غمرت 40 منزلا", Via [الأناضول, مسؤول محلي]
//	// doc.Citations[0]: Cited "الأناضول", Text "نقلت وكالة الأناضول"
//	// doc.Quantities[0].SourceChain: [مسؤول محلي, الأناضول, <outlet>]
//
// The rules are heuristics written from reading Arabic news; their recall
// on the shared seed articles is a test floor (seeds_test.go). Find reads
// the text a few times with maps and never panics.
package quote
