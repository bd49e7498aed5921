// Package dedup finds near-duplicate articles: copies and light rewrites of
// one another, such as an aggregator's repost of an agency story or two
// outlets running the same wire copy with a changed intro. Both articles are
// kept; dedup only says which pairs are near-duplicates and which of each
// pair is the original.
//
// What goes in: documents one at a time, each with an id, through
// Index.Add. Only the body counts (Document.Tokens, or Body tokenized with
// arabic.Tokenize), compared by its Match-normalized words, so diacritics,
// letter variants, punctuation and the headline do not matter; Published,
// Outlet, Publisher, Citations and the body's citing phrases decide which
// is the original.
//
// What comes out: for each added document, the earlier documents whose
// bodies are near-duplicates of it (Match), each with the estimated Jaccard
// similarity of the two bodies' sets of 5-word shingles and the id of the
// one judged to be the original.
//
//	x := dedup.NewIndex(dedup.Options{})
//	x.Add("wadi", agencyStory)       // no matches
//	for _, m := range x.Add("nabd", repost) {
//		fmt.Println(m.ID, m.Similarity, m.Original) // wadi 0.66 wadi
//	}
//
// # Method
//
// Each body's 5-word shingles get a MinHash signature of 120 values, cut into
// 40 bands of 3 (locality-sensitive hashing): a new document is compared only
// with the documents that share a band's bucket, so the cost of an Add does
// not depend on how many documents are indexed, and a bucket keeps at most
// Options.MaxBucket documents (the newest). A candidate is a match when the
// fraction of equal signature values, the estimate of the Jaccard
// similarity, is at least Options.Threshold.
//
// MinHash rather than SimHash: the Jaccard estimate of MinHash is unbiased
// with a known error (±0.045 at 0.5 with 120 values) and the LSH banding
// gives a tunable candidate curve, 1-(1-s^3)^40 (0.93 at s=0.4, 0.995 at
// 0.5); a 64-bit SimHash of a 200-word article moves by many bits for a
// changed paragraph, and its multi-index tables need more tables for the
// same recall at a Hamming radius that large. SimHash was not measured here.
//
// # Thresholds, measured
//
// On the sample corpus (testdata/corpus read with ingest and extract, 11
// articles, 55 pairs; go test -v -run CorpusSim ./dedup/) the repost
// ferry-nabd-repost.txt and the agency story ferry-wadi.txt it copies have
// a Jaccard similarity of 0.667 (estimate 0.658); every other pair is at
// most 0.030, including the other outlets' own stories of the same event
// (at most 0.008 among the ferry articles). On synthetic rewrites of the
// corpus articles of at least 80 words (go test -v -run RewriteSim):
//
//	rewrite                 Jaccard (min … median … max)  found
//	copy                    1.000 … 1.000 … 1.000          10/10
//	new first paragraph     0.595 … 0.678 … 0.713          10/10
//	2% of words changed     0.604 … 0.872 … 0.946          10/10
//	5% of words changed     0.493 … 0.622 … 0.796          10/10
//	10% of words changed    0.333 … 0.435 … 0.523           4/10
//	15% of words changed    0.122 … 0.304 … 0.487           1/10
//	last half dropped       0.483 … 0.497 … 0.511          10/10
//
// The default threshold 0.4 sits well above the different-article pairs
// (≤ 0.03) and below light rewrites (a new intro, a few words changed,
// half the article dropped); a rewrite of one word in ten is at the
// boundary. Bodies of fewer than Options.MinWords (10) words give no
// matches.
//
// # Which is the original
//
//  1. The one published earlier, when both dates are known and differ.
//  2. Otherwise the one whose outlet the other names: a document names
//     another's outlet when it carries that outlet's article (its Outlet is
//     the other's site and its Publisher is set), when its Citations cite
//     it, or when its body names it right after a citing cue (نقلا عن، بحسب،
//     حسب، وفقا ل، المصدر، ذكرت، أوردت، أفادت، نقلت). A document's site is its
//     Publisher when set, else its Outlet; names are compared at the
//     arabic.Match level, with or without a leading type word (صحيفة، وكالة،
//     …). When both or neither name the other, this step does not decide.
//  3. Otherwise the one added first.
//
// # Cost
//
// One Add of a 2.5 KB article takes about 0.22 ms on one core, the same
// with 1,000 and 10,000 articles indexed (go test -bench Add
// -benchtime=2000x ./dedup/); the index keeps about 1 KB per article (its signature, bucket entries and
// cited names).
package dedup
