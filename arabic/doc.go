// Package arabic normalizes, tokenizes and light-stems Arabic text.
//
// What goes in: text as news sites write it, with or without diacritics,
// with tatweel, zero-width and bidirectional controls, presentation forms,
// Persian letters (ی ک), Arabic-Indic, Persian or ASCII digits, and
// possibly invalid UTF-8 (each invalid byte is read as U+FFFD).
//
// What comes out:
//
//   - Normalize(level, s): s at one of two levels, each a fixed list of
//     small named steps (Level.Steps). Display, for showing text, folds
//     presentation forms and Persian letter variants and removes tatweel
//     and invisible controls; Match, for matching and indexing, also folds
//     alef variants, ى, ة, digits and case and removes diacritics.
//     Normalizing twice changes nothing.
//   - NormalizeMap(level, s): the same, plus the byte offset in s of every
//     byte of the result, to map a match in normalized text back to the
//     original.
//   - Tokenize(text): the words and numbers of text as isnad.Tokens, with
//     byte offsets into text itself, each with its Match form (Norm) and
//     its light stem (Stem).
//   - Stem(norm): the light stem of one Match-normalized word, with the
//     proclitics (و ف ب ل ك with ال) and pronoun and inflection suffixes
//     removed, and a list of protected words kept whole (see stem.go).
//   - NewTokenizer(): the pipeline stage "tokenize" (requires text,
//     provides tokens) that fills Document.Tokens from Document.Body.
//
// For example:
//
//	text := "وصلت القافلةُ إلى بيروت"
//	for _, t := range arabic.Tokenize(text) {
//		fmt.Println(text[t.Start:t.End], t.Norm, t.Stem)
//	}
//	// وصلت وصلت وصل
//	// القافلةُ القافله قافل
//	// إلى الي الي
//	// بيروت بيروت بيروت
//
//	arabic.Normalize(arabic.Display, "البوکمال") // "البوكمال"
//	arabic.Normalize(arabic.Match, "إلى ٢٫٥")    // "الي 2.5"
//
// Tokenize is the hot path of the pipeline. It reads the text once,
// classifying each rune with a table, normalizes only the tokens that
// change, and builds all tokens with two allocations; it runs several times
// faster than Bleve's Arabic analyzer (see ../bench).
//
// The presentation form table (presentation.go) is generated from Unicode's
// NFKC data by genpresentation.go: run go generate ./arabic/.
package arabic
