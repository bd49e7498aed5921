// Package extract is the pipeline stage that turns a document's raw input
// into clean article text and metadata.
//
// What goes in: an isnad.Document with Format and Raw set by the ingest
// package, and for feed items and JSON Lines records whatever fields the
// reader already filled. What comes out: the same document with Body set to
// the article text (paragraphs separated by "\n\n", white space tidied, the
// words exactly as written) and Title, Outlet, Publisher, Author and
// Published filled where the input states them. Fields already set are kept;
// fields the input does not state stay empty.
//
// By format:
//
//   - isnad.FormatText: a plain-text article as pasted from a news site. The
//     headline, site banners, source, byline and date lines and boilerplate
//     (share bars, "إقرأ أيضا" links, previous/next navigation, tag lists,
//     copyright notices, repeated headlines) are recognized line by line.
//   - isnad.FormatHTML: a whole page. github.com/markusmobius/go-trafilatura
//     finds the main text and the page's metadata; Arabic dates and bylines
//     it misses are read from meta tags, date elements and the text, and site
//     names are removed from the headline.
//   - isnad.FormatFeedItem and isnad.FormatJSON: the item's content (an HTML
//     fragment or plain text) is converted to text and cleaned like a
//     plain-text article's body.
//
// For example, the text
//
//	أخبار الشرق اليوم
//	البرلمان يقر قانون الموازنة
//	نشر في: الأحد 16 أيلول 2017
//	المصدر: جريدة الصباح
//	أقر البرلمان مساء أمس قانون الموازنة العامة بعد جلسة طويلة.
//	إقرأ أيضا: الحكومة تستقيل
//
// gives the title "البرلمان يقر قانون الموازنة", the outlet "جريدة الصباح",
// the publisher "أخبار الشرق اليوم", the date 2017-09-16 and a one-paragraph
// body.
//
// The outlet is the source a line names ("المصدر: X", "نقلا عن X", the X of
// "X - author" and "صحيفة X - author", of "بقلم: author - X" and of "X -
// متابعات", a dateline's agency), else a newspaper or site line ("جريدة X"),
// else the site's own banner or name; the publisher is that banner or site
// when it differs from the outlet. A site's name with its slogan above the
// headline ("نبض الخبر | أخبار العالم العربي لحظة بلحظة") is a banner: its
// name is the publisher and the next line the headline. The type word of a
// newspaper or site (صحيفة، جريدة، موقع، وكالة، قناة) is kept in the name. An
// input with no article text left gives an error wrapping ErrEmpty.
//
// Line matching compares words normalized by arabic.Normalize at its Match
// level, so Persian ی and ک, hamza and alef forms, diacritics and
// Arabic-Indic digits do not matter. The stage never prints and never
// touches the network; problems it can work around are recorded on the
// document with AddProblem.
package extract
