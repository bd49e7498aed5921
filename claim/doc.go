// Package claim compares what the articles of one story say about each
// figure: it groups their quantities into comparable claims, decides
// whether the answers agree, and counts the independent origins behind
// them.
//
// What goes in: the documents of one story, analysed by the stages
// tokenize, quantity, entity and quote (Tokens are recomputed when absent;
// without Entities no subject is named, without source chains every figure
// is its article's own reporting), and Options: the tolerance for
// approximate figures and the reposts found by the dedup package.
//
// What comes out: Compare returns one Comparison per claim, with each
// article's Answer (its text, range and source chain), whether the answers
// conflict, and the number of origins. Timeline returns the story's dated
// events: each resolved date mention with its sentence, reports of the same
// date in similar sentences merged across articles, ordered by date.
//
//	cs := claim.Compare(docs, claim.Options{Reposts: reposts})
//	for _, c := range cs {
//		fmt.Println(c.Category, c.Subject, len(c.Answers), c.Conflict, c.Origins)
//	}
//	// fighters داعش 5 true 3
//	// buses  2 false 2
//	// buses turned back 1 false 1
//
// # Claims
//
// Figures are comparable when they count the same category of thing (the
// quantity lexicon's category, so مقاتل، مسلح and عنصر are all fighters),
// of the same subject, undergoing the same event:
//
//   - Lengths of time, percentages and figures with no counted noun are not
//     compared. A figure with no counted noun whose next word (after من) is
//     one letter away from the construct or plural form of another figure's
//     lemma in the story takes that lemma ("300 من مسحي داعش" → مسلح).
//   - The subject is the ORG entity named within four words after the
//     figure, in its clause ("300 عنصر من “داعش”"). A figure that names no
//     organization joins the only organization named with figures of its
//     category and event; with several, it stays apart.
//   - The event is the first event word within four words before the figure,
//     else within five after it, in its clause: killed, struck (destroyed,
//     hit, wounded), turned back, arrived, left, stopped (see eventWords). A
//     word saying the figure is what something holds (تضم، تقل، على متن)
//     before it means no event: "القافلة التي تضم 17 حافلة وصلوا" are the
//     convoy's buses, not buses that arrived.
//   - A figure of people followed by "و" and a word for families ("من مقاتلي
//     داعش وعائلاتهم") counts both, and so does the sum of a figure of people
//     and a figure of other people written with و onto it in the same
//     sentence ("300 عنصر … و300 شخص من عوائلهم", "308 من مقاتليه ومثلهم
//     تقريبا من عائلاتهم"): such totals are one claim of the group (Category
//     "people", event "total with families"). A sum is approximate: the text
//     states the parts, not the total.
//
// # Agreement
//
// Two answers agree when their ranges overlap (Agree). A missing bound is
// open ("أكثر من 250" is 250 to infinity), bounds are inclusive, and an
// approximate figure (نحو، حوالي، or a vague quantifier such as عشرات) is
// widened by Options.Tolerance, 10 % by default, of each bound: "نحو 300" is
// 270–330. Exact figures agree only when equal, so 300 and 308 conflict
// while "نحو 300" and 308 agree. A claim is a conflict when some two of its
// answers disagree.
//
// # Origins
//
// An answer's origin is the source farthest from the article in its chain
// that is not an article's own outlet, by entity id, else by the variant key
// of its name (entity.Key): two outlets citing نيويورك تايمز share one
// origin. An answer with no such source is its article's own reporting, and
// a repost (Options.Reposts) has the origin of its original. Origins counts
// the distinct origins of a claim's answers.
//
// # Limits
//
// The event words and the family words are short lists written for this
// package; a figure whose event word lies farther than the windows, or is
// not in the lists, is taken for a figure with no event. A figure of the
// size of groups ("في مجموعات من شخصين") is compared like a count.
package claim
