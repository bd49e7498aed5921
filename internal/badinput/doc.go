// Package badinput generates malformed inputs for the ingest readers and the
// analysis pipeline, and its test runs them all the way into a SQLite store.
//
// What goes in: a seed and a count. What comes out: Inputs (a file name whose
// extension routes it to one of ingest's parsers, an optional HTTP
// Content-Type, the bytes, and the kind of damage), deterministic for a seed:
// random binary, Arabic UTF-8 cut mid-rune, mixed encodings, empty and
// white-space-only files, hostile HTML, broken RSS and Atom (including
// entity-expansion attacks), broken JSON Lines, absurd numbers and dates in
// Arabic text, and control and bidi characters. Large yields the big inputs
// (a streamed text file and a JSON line of any size, 10^5 nested divs, 4 MB of script,
// a feed of 10^4 items, huge and deeply nested JSON) once each.
//
//	badinput.Generate(1, 600, func(in badinput.Input) bool {
//		for doc, err := range r.Bytes(ctx, in.Name, in.ContentType, in.Data) {
//			// err names in.Name; doc has valid UTF-8 and spans in bounds
//		}
//		return true
//	})
//
// The test (TestBadInputs) checks that nothing panics or hangs, that every
// error names its input, that every document is valid, that memory stays
// bounded and that the store's existing articles are untouched:
//
//	go test ./internal/badinput -v                    # ~600 inputs, big text 8 MB
//	ISNAD_BADINPUT=full go test ./internal/badinput -v -timeout 60m  # 10,000 inputs, 100 MB
package badinput
