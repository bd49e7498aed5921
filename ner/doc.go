// Package ner finds named entities (people, places, organizations, news
// outlets and other names) in Arabic text with a trained sequence tagger.
//
// What goes in: a sentence as tokens (words and punctuation marks as
// written, such as one column of ANERcorp), the sentences of a document, or a
// document's text with its tokens from arabic.Tokenize.
//
// What comes out:
//
//   - (*Tagger).Tag(tokens): one BIO tag per token over ANERcorp's types
//     (B-PERS, I-PERS, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC, I-MISC, O).
//   - (*Tagger).TagSentences(sents): the same for the sentences of a
//     document, each tagged knowing how the same words were tagged nearby.
//   - (*Tagger).Entities(text, toks): the entities of a document as Spans of
//     byte offsets into text, typed PER, ORG, LOC, MISC or MEDIA (news
//     outlets and agencies, from the list in media.txt).
//
// For example:
//
//	t, err := ner.Default()
//	if err != nil { … }
//	t.Tag([]string{"التقى", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس"})
//	// [O O O B-PERS I-PERS O B-LOC] (what the shipped model says)
//
// The model is a structured averaged perceptron with first-order Viterbi
// decoding over BIO tags, constrained so that I-X only follows B-X or I-X.
// The shipped model is the mean of five such perceptrons trained in
// different orders (TrainOptions.Bag), which scores higher and varies less.
// Train can fit the same features as a linear-chain CRF instead
// (TrainOptions.Update "crf"); it scored half a point to a point lower on
// the dev split (model/README.md), so the shipped model is a perceptron.
// Its features are hashed (64-bit FNV-1a) word forms at several levels (as
// written, arabic.Match, light stem, proclitics removed), prefixes and
// suffixes, shape, two words either side and their bigrams, trigger words
// (triggers.txt), outlet names (media.txt), name words by class (names.txt:
// given, family and foreign names, name particles, company and club words;
// names-extra.txt adds words that only tagging consults),
// short quotations («…»), a list of entity words built from the training
// data, how often each word's light stem occurred in the training data,
// whether the word (its form, its form without proclitics or its stem) is a
// word of an Arabic dictionary (dict.txt.gz, from Ayaspell: see README.md),
// so that an unseen word that is no dictionary word looks like a foreign
// name, and an outside Lexicon: the shipped model uses the gazetteer
// (GazetteerLexicon), whose names it sees as B/I features over the
// sentence; and the cue classes of the words around (cues.go: a reporting
// verb or a preposition before, a nisba adjective such as الفرنسي after,
// a lone و). It runs in two passes: the second also sees how the first
// tagged the same word in the nearby sentences, the word itself and its
// neighbours, and, in "X و Y", the type it gave X. Last, label consistency
// (consistency.go) tags the repeats of a name found nearby the same way,
// and a short quotation after a noun naming a work (برنامج «…», فيلم «…»)
// that the tagger left O is tagged MISC as its title (titles.go).
//
// The shipped model (model/, loaded through embed by Default) is described,
// with its training command, data, licences and dev scores, in
// model/README.md. Train and the isnad train-ner command rebuild it.
package ner
