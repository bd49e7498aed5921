// Package framing finds the words each outlet uses distinctively when it
// tells the same story as other outlets: "الدواعش" and "الشهداء" in one,
// "المسلحون", "مقاتلي التنظيم" and "القتلى" in another.
//
// What goes in: the articles of one story (isnad.Document), each with its
// Body and, when the tokenize stage has run, its Tokens (the body is
// tokenized otherwise). An article's outlet is its Outlet, else its
// Publisher, else its Source without a feed item's or record's "#n";
// articles of the same outlet pool their counts. Compare never modifies
// the documents.
//
// What comes out: one Outlet per outlet, in the order of its first article,
// with its number of articles and its distinctive Words, most distinctive
// first. Each Word has its display form (the outlet's most frequent
// surface form, at the arabic.Display level), how many times the outlet
// uses it (Count), how many times the other outlets together use it
// (Others), and its z-score (Score).
//
// Terms. Tokens are counted by their light stem (Token.Stem), so that
// "الدواعش" and "دواعش" count together; numbers, single letters and the
// function words of stopwords.txt are left out. Pairs of adjacent content
// words that only spaces separate (no punctuation, no line break) are
// counted too, by their pair of stems, so that phrases like "مسلحي داعش"
// and "مقاتلي التنظيم" show. Single words and pairs are two separate
// vocabularies, each with its own totals.
//
// Method: the weighted log-odds ratio with an informative Dirichlet prior
// (B. L. Monroe, M. P. Colaresi and K. M. Quinn, "Fightin' Words", Political
// Analysis 16(4), 2008, eq. 16 and 20). For outlet i against all the other
// outlets j together, and a term w used y_i times in i's n_i terms and y_j
// times in the others' n_j terms:
//
//	α_w = α0 · (y_i + y_j) / (n_i + n_j)   (the prior: w's share of the whole story)
//	δ   = log((y_i+α_w)/(n_i+α0−y_i−α_w)) − log((y_j+α_w)/(n_j+α0−y_j−α_w))
//	σ²  ≈ 1/(y_i+α_w) + 1/(y_j+α_w)
//	z   = δ / σ
//
// A term is kept when z ≥ Options.MinZ (1.96) and y_i ≥ Options.MinCount
// (2); the Options.Top (10) with the highest z are returned. The prior
// strength Options.Alpha0 is 100 pseudo-counts: on the seed articles (three
// outlets, 500–1,800 words each) values from 10 to 200 give nearly the same
// words, while 1,000 or more shrink almost everything away. The prior
// comes from the documents given, so pass the whole story.
//
// The z-score is a measure of evidence, not of size: a word one outlet
// uses six times and the others never does not reach 1.96 in a story of a
// few hundred words, and does in a story of a few thousand. With a single
// outlet there is nothing to compare with, and its Words are empty.
//
// For example:
//
//	for _, o := range framing.Compare(storyDocs, framing.Options{}) {
//		fmt.Println(o.Name, o.Articles)
//		for _, w := range o.Words {
//			fmt.Println(w.Term, w.Count, w.Others, w.Score)
//		}
//	}
//	// الوطن 8
//	// الدواعش 16 0 2.9
//	// …
package framing
