// Package isnad holds the document model that flows through every stage of
// the isnad pipeline, and the Stage interface those stages implement.
//
// What goes in: a Document built by the ingest package, holding the raw bytes
// of one article (a text file, an HTML page, a feed item or a JSON Lines
// record) and where it came from. What comes out: the same Document, with its
// metadata (outlet, publisher, title, author, publication date), its clean
// body text and annotations added by the stages. The body never changes once
// the extract stage has set it; every annotation is a Span of byte offsets
// into it.
//
//	doc := &isnad.Document{Source: "a.txt", Format: isnad.FormatText, Raw: data}
//	p, err := isnad.NewPipeline(extract.New(extract.Options{}), arabic.NewTokenizer())
//	if err != nil { ... }           // a stage's requirements were not met
//	err = p.Run(ctx, doc)           // doc.Body, doc.Title, doc.Tokens are filled
//
// Text analysis packages (arabic, extract, and the later timex, quantity,
// entity, quote) import only this package; storage, HTTP and the CLI build on
// top of them.
package isnad
