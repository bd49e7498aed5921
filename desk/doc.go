// Package desk is the story desk: analysed articles gathered into stories,
// with the claims their outlets make compared, their timelines and framing,
// and the indexes a reader browses by (entities, outlets, reposts).
//
// What goes in: documents analysed by the pipeline (quantities, dates,
// entities, quotes), one at a time (Builder), or a whole store (Load).
//
// What comes out:
//
//   - Builder.Stories: the stories of the documents added, each with its
//     articles (reposts marked), its compared claims (claim.Compare), its
//     timeline (claim.Timeline) and its outlets' framing (framing.Compare).
//     This is what "isnad analyze -stories" prints.
//   - View: a read-only snapshot of a store's stories, articles, entities
//     and outlets, ranked and filtered for the web pages and the HTTP API.
//     A View is safe for concurrent use; a newer View replaces it when the
//     store changes (see Live).
//
// A story's id is "s" followed by ten hex digits of a hash of its first
// article's id. Load adds articles oldest first, so a story keeps its id as
// newer articles join it.
//
// For example:
//
//	b := desk.NewBuilder()
//	for _, d := range analysed {
//		b.Add(d)
//	}
//	for _, s := range b.Stories() {
//		fmt.Println(s.ID, s.Title, len(s.Articles), len(s.Comparisons))
//	}
package desk
