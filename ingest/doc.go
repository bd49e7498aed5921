// Package ingest reads articles into isnad Documents: the first step of the
// pipeline, before the extract stage.
//
// What goes in: file paths, directories, "-" for stdin, and http(s) URLs
// (Reader.All), or paths inside an fs.FS such as the embedded sample corpus
// (Reader.FS). Each input is plain text, an HTML page, an RSS 2.0 or Atom
// feed, or JSON Lines, in UTF-8 (with or without a byte order mark), UTF-16
// with a byte order mark, Windows-1256 or ISO-8859-6.
//
// What comes out: one *isnad.Document per article with Source, Format and Raw
// set (isnad.KindRaw). Raw is always UTF-8; ingest does not extract article
// text, that is the extract stage's work. Text and HTML inputs give one
// document each. A feed gives one document per item (Format FeedItem, Raw the
// item's content or description) with Title, URL, Author, Published, Outlet
// (the feed's title, or the item's RSS/Atom <source> with the feed's title as
// Publisher) and Meta "categories", "guid" and "feed_url" already set. A JSON
// Lines input gives one document per line from the fields title, text (→
// Raw), outlet, publisher, author, date and url; other fields go to Meta
// (strings as they are, other values as compact JSON). Feed items and JSON
// Lines records have Sources like "feed.xml#2" and "records.jsonl#7". When
// the input was not UTF-8, Meta["encoding"] names the encoding it was decoded
// from ("windows-1256", "iso-8859-6", "utf-16le", ...).
//
//	r := ingest.NewReader(ingest.Options{})
//	for doc, err := range r.All(ctx, "articles/", "https://example.org/rss") {
//		if err != nil {
//			log.Print(err) // ingest articles/x.jsonl:3: invalid JSON: ...
//			continue       // one bad input, line or item: go on
//		}
//		// doc.Source, doc.Format and doc.Raw are set
//	}
//
// # Formats
//
// The extension decides: .txt and .text are text; .html, .htm and .xhtml
// HTML; .xml, .rss, .atom and .feed feeds; .jsonl and .ndjson JSON Lines; .json
// is JSON Lines when its first line is a JSON object, otherwise ErrFormat.
// Without a known extension (stdin, URLs, files like "page" or "a.php") a
// URL's Content-Type decides when it names a shape, and otherwise the content
// is sniffed: <rss, <feed or <rdf:RDF in the first KiB is a feed, <!doctype
// html or <html is HTML, a first line that is a JSON object is JSON Lines,
// and anything else is text.
//
// # Encodings
//
// A byte order mark decides. Valid UTF-8 is UTF-8 whatever is declared. Other
// bytes are decoded with the charset the HTTP Content-Type, the XML
// declaration or a <meta> tag declares, unless that text does not read as
// Arabic and Windows-1256 or ISO-8859-6 does (Arabic pages labelled Latin-1
// are common). Undeclared bytes are decoded as both Windows-1256 and
// ISO-8859-6 and the one that reads as Arabic best is kept: the two map the
// Arabic letters to different bytes, so the wrong one gives words that mix
// Arabic and Latin letters, undefined bytes and C1 controls, and no common
// Arabic words. A document decoded from a legacy charset has its <meta>
// charset or XML declaration rewritten to UTF-8 in Raw, so that later parsers
// do not decode it twice.
//
// # Directories
//
// Directories are walked recursively in lexical order. Hidden files and
// directories (".git", ".cache") are skipped, and so are files whose
// extension is not an input extension above, a saved web page (.php, .asp,
// .aspx, .jsp, .shtml, .cfm, .cgi) or none: images, archives, README.md and
// source code are skipped silently. A file named explicitly is always read.
// Symbolic links to files are read; links to directories are not followed.
//
// # Errors
//
// Nothing in an input makes All fail: each problem is yielded as an
// *InputError naming the input, and the line (JSON Lines) or item (feeds)
// when it concerns one, and reading goes on. The sentinel errors ErrBinary,
// ErrEncoding, ErrEmpty, ErrTooLarge, ErrFeed, ErrJSON, ErrFormat and ErrHTTP
// are checked with errors.Is; a missing file wraps fs.ErrNotExist.
// Problems that do not stop a document from being read, such as a JSON Lines
// date that cannot be parsed, are recorded on the document with stage
// "ingest". The package never prints.
package ingest
