// Package arabic normalizes, tokenizes and light-stems Arabic text.
//
// What goes in: text as written on news sites, with diacritics or without,
// tatweel, zero-width and bidirectional controls, presentation forms, Persian
// letters (ی ک) and Arabic-Indic, Persian or ASCII digits, possibly with
// invalid UTF-8. What comes out:
//
//   - Normalize(level, s): the text at one of two levels, Display (for
//     showing) or Match (for matching and indexing), each a fixed list of
//     small named steps (Level.Steps). Normalizing twice changes nothing.
//   - NormalizeMap(level, s): the same, plus the byte offset in s of every
//     byte of the result, to map a match in normalized text back to the
//     original.
//   - Tokenize(text): the words and numbers of text as isnad.Tokens, with
//     byte offsets into text itself, each with its Match form (Norm) and its
//     light stem (Stem).
//   - Stem(norm): the light stem of one Match-normalized word, with the
//     proclitics و ف ب ل ك + ال and pronoun and inflection suffixes removed.
//   - NewTokenizer(): the pipeline stage "tokenize" that fills
//     Document.Tokens from Document.Body.
//
// Example:
//
//	toks := arabic.Tokenize("وصلت القافلةُ إلى بيروت")
//	// toks[1]: text[Start:End] = "القافلةُ", Norm = "القافله", Stem = "قافل"
//	arabic.Normalize(arabic.Match, "إلى")   // "الي"
//	arabic.Normalize(arabic.Display, "کتاب") // "كتاب"
//
// The presentation form table (presentation.go) is generated from Unicode's
// NFKC data by genpresentation.go: run go generate ./arabic/.
package arabic
