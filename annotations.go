package isnad

// Kinds provided by the value stages (numbers, quantities, dates).
const (
	// KindQuantities: Quantities are set (quantity stage).
	KindQuantities Kind = "quantities"
	// KindDates: Dates and Durations are set (timex stage).
	KindDates Kind = "dates"
)

// Quantity is a number together with what it counts, as a range:
// "أكثر من (250) عنصرا" is Min 250 with no Max, "نحو 300 مسلح" is 300–300
// with Approx set, "عشرات المدنيين" is 20–99 (see the quantity package for
// the conventions used for vague quantifiers).
type Quantity struct {
	Span
	// Text is the body text under Span: the hedge, the number and the
	// counted noun.
	Text string `json:"text"`
	// Min and Max bound the value; nil means unbounded on that side.
	Min *float64 `json:"min"`
	Max *float64 `json:"max"`
	// Approx is set when the text hedges the figure (نحو، حوالي، قرابة …)
	// or the quantifier is vague (عشرات، مئات).
	Approx bool `json:"approx"`
	// Counted is the lemma of the counted noun ("مقاتل", "حافلة"), or ""
	// when the number stands alone.
	Counted string `json:"counted"`
	// Category is the counted thing's category from the quantity package's
	// lexicon ("fighters", "buses", "money", …), or "" when unknown.
	Category string `json:"category"`
	// Group is the category's broader group: "people", "vehicles", "money",
	// "distance", "time", "weight", "area", "other"; "" when unknown.
	Group string `json:"group"`
	// Unit is the measuring unit for money, distance, weight, area and time
	// ("dollar", "km", "day"), "" for counts.
	Unit string `json:"unit,omitempty"`
	// SourceChain is who the figure comes from, nearest first, ending at
	// the article's outlet (set by the quote stage).
	SourceChain []Source `json:"source_chain,omitempty"`
}

// DateMention is a date, time or date interval written in the body, resolved
// against the publication date (or another reference time).
type DateMention struct {
	Span
	// Text is the body text under Span.
	Text string `json:"text"`
	// Value is the resolved date or time as ISO 8601 at the grain
	// ("2017-09-15", "2017-09", "2017-09-05T19:00:00+03:00"), or "" for an
	// interval or when the mention could not be resolved.
	Value string `json:"value"`
	// Grain is the precision: second, minute, hour, day, week, month, year.
	Grain string `json:"grain"`
	// From and To bound an interval, as ISO 8601 at the grain; To is
	// exclusive ("من 5 إلى 7 أيلول" is from 09-05 to 09-08).
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// Unresolved says why a relative mention was not resolved (no reference
	// date), "" when resolved.
	Unresolved string `json:"unresolved,omitempty"`
	// SourceChain is who the date comes from, nearest first, ending at the
	// article's outlet (set by the quote stage).
	SourceChain []Source `json:"source_chain,omitempty"`
}

// Duration is a length of time written in the body: "أسبوعين", "72 ساعة".
type Duration struct {
	Span
	// Text is the body text under Span.
	Text string `json:"text"`
	// Value is the amount of Unit.
	Value float64 `json:"value"`
	// Unit is one of second, minute, hour, day, week, month, year.
	Unit string `json:"unit"`
}

// KindEntities: Entities are set (entity stage).
const KindEntities Kind = "entities"

// Entity is one mention of a person, organization, place or outlet in the
// body, linked to the entity it names.
type Entity struct {
	Span
	// Text is the body text under Span, without attached clitics
	// ("داعش" in "وداعش").
	Text string `json:"text"`
	// Type is PER, ORG, LOC, GPE (a country or a place that governs
	// itself), MEDIA (a news outlet or agency) or MISC.
	Type string `json:"type"`
	// Canonical is the entity's canonical name: the gazetteer's for known
	// entities, else the fullest form of the name in the documents.
	Canonical string `json:"canonical"`
	// ID is the entity's stable id: the gazetteer's ("org:isis",
	// "geo:171451"), or one derived from the canonical name's variant key
	// ("per:تاونسند") for names not in the gazetteer.
	ID string `json:"id"`
	// Lat and Lon are a place's coordinates, when geocoded.
	Lat *float64 `json:"lat,omitempty"`
	Lon *float64 `json:"lon,omitempty"`
	// Country is a place's ISO 3166 country code, when known.
	Country string `json:"country,omitempty"`
}

// KindQuotes: Quotes and Citations are set, and SourceChain on quantities
// and dates (quote stage).
const KindQuotes Kind = "quotes"

// Source is one link of a chain of transmission: who said or reported
// something.
type Source struct {
	// Name is the source as the article names it, canonical where the
	// entity stage linked it ("نيويورك تايمز", "ريان ديلون", "مسؤولون
	// أميركيون").
	Name string `json:"name"`
	// ID is the entity's id when the source is a linked entity, else "".
	ID string `json:"id,omitempty"`
	// Type is PER, ORG, MEDIA, GPE, the article's own OUTLET, or UNNAMED for
	// a source without a name ("مصدر مطلع", "مسؤولون أميركيون").
	Type string `json:"type"`
}

// Quote is a statement attributed to a speaker: a direct quote ("…") or
// reported speech ("وقال ديلون إن …").
type Quote struct {
	Span
	// Text is the body text of the statement itself (inside the quote
	// marks, or the clause after أن/إن).
	Text string `json:"text"`
	// Speaker is who says it; SpeakerID its entity id, "" when the speaker
	// has no entity (an unnamed source) or is unknown.
	Speaker   string `json:"speaker"`
	SpeakerID string `json:"speaker_id,omitempty"`
	// Unnamed is set for sources without a name ("مصدر مطلع").
	Unnamed bool `json:"unnamed,omitempty"`
	// Cue is the reporting verb or phrase ("قال", "أعلن", "بحسب").
	Cue string `json:"cue"`
	// Direct is set for quotes in quote marks.
	Direct bool `json:"direct"`
	// Via is the chain of transmission from the article to the speaker,
	// nearest the article first: the outlets or bodies the article relies
	// on, ending at the speaker itself ([سبوتنيك, ستيفن تاونسند]; just
	// [التحالف] when the article quotes the coalition directly).
	Via []Source `json:"via"`
}

// Citation is a place where the article names the source it relies on:
// "بحسب رويترز", "ذكرت صحيفة نيويورك تايمز".
type Citation struct {
	Span
	// Text is the body text of the citation: the cue and the source.
	Text string `json:"text"`
	// Cited is the source named; CitedID its entity id when linked.
	Cited   string `json:"cited"`
	CitedID string `json:"cited_id,omitempty"`
	// Cue is the citing word or phrase ("بحسب", "نقلا عن", "ذكرت").
	Cue string `json:"cue"`
	// Scope is the part of the body the citation covers: the sentence, the
	// paragraph, or the passage that follows.
	Scope Span `json:"scope"`
}
