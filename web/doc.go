// Package web serves a store over HTTP: a JSON API under /api/ and an
// Arabic, right-to-left story desk for the browser.
//
// What goes in: a desk.Live (the current stories of a store), the store
// itself (for search and writes), and Options: the write token, the
// function that analyses new articles, the feed poller, limits.
//
// What comes out: an http.Handler (Server) with
//
//   - the API: /api/stories, /api/stories/{id}, /api/articles,
//     /api/articles/{id}, /api/entities, /api/entities/{id}, /api/outlets,
//     /api/outlets/{name}, /api/search, /api/feeds, /api/health; POST
//     /api/articles and POST/DELETE /api/feeds with the write token
//     (docs/api.md documents every endpoint);
//   - the pages: / (stories ranked by recency and coverage), /stories/{id}
//     (coverage, claims table, timeline, map, quotes, entities, framing),
//     /articles/{id} (the text with its annotations highlighted),
//     /entities, /entities/{id}, /outlets, /outlets/{name}, /search,
//     /feeds;
//   - /static/: the stylesheet, a small script and the embedded Noto Naskh
//     Arabic font (OFL). Nothing is loaded from the network: the map is
//     drawn from embedded Natural Earth boundaries (internal/worldmap).
//
// Every page and answer is built from one desk.View, so a page never mixes
// two states of the store. Untrusted text (titles, bodies, names) is
// escaped by html/template, and bidirectional control characters are shown
// as visible marks, so an article cannot inject markup or reorder the page.
//
// For example:
//
//	live, _ := desk.NewLive(ctx, st, logger)
//	srv := web.New(live, st, web.Options{Token: os.Getenv("ISNAD_TOKEN")})
//	http.ListenAndServe("127.0.0.1:8080", srv)
package web
