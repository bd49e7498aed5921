package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/desk"
)

// Format names an export format.
type Format string

const (
	// FormatJSONL is every article as one JSON object per line (JSONL).
	FormatJSONL Format = "jsonl"
	// FormatClaimsCSV is one CSV row per answer of every claim (ClaimsCSV).
	FormatClaimsCSV Format = "claims-csv"
	// FormatGeoJSON is a FeatureCollection of the stories' places (GeoJSON).
	FormatGeoJSON Format = "geojson"
	// FormatClaimReview is schema.org ClaimReview JSON-LD for the
	// conflicting claims (ClaimReview).
	FormatClaimReview Format = "claimreview"
)

// ErrFormat is returned by Write for a format it does not know.
var ErrFormat = errors.New("unknown export format")

// Options tune the writers that need more than the view. The zero Options
// are ready to use.
type Options struct {
	// Publisher is the organization that publishes the reviews; "" means
	// "isnad".
	Publisher string
	// Date is the reviews' publication date; the zero Date leaves it out.
	// Callers pass today's date.
	Date isnad.Date
	// BaseURL is the address the desk is served at ("https://isnad.example");
	// when set, each review links to BaseURL + "/stories/" + the story id.
	BaseURL string
}

func (o Options) publisher() string {
	if p := strings.TrimSpace(o.Publisher); p != "" {
		return p
	}
	return "isnad"
}

// storyURL returns the story's page under BaseURL, or "".
func (o Options) storyURL(id string) string {
	if o.BaseURL == "" {
		return ""
	}
	return strings.TrimRight(o.BaseURL, "/") + "/stories/" + id
}

// format is one row of the table of formats.
type format struct {
	name  Format
	write func(w io.Writer, v *desk.View, opt Options) error
}

// formats is the one table of formats, in the order Formats lists them.
func formats() []format {
	return []format{
		{FormatJSONL, func(w io.Writer, v *desk.View, _ Options) error { return JSONL(w, v) }},
		{FormatClaimsCSV, func(w io.Writer, v *desk.View, _ Options) error { return ClaimsCSV(w, v) }},
		{FormatGeoJSON, func(w io.Writer, v *desk.View, _ Options) error { return GeoJSON(w, v) }},
		{FormatClaimReview, ClaimReview},
	}
}

// Formats returns the names of the formats Write knows.
func Formats() []Format {
	var out []Format
	for _, f := range formats() {
		out = append(out, f.name)
	}
	return out
}

// Write writes v to w in the named format. A format it does not know is an
// error wrapping ErrFormat, checked before anything is written.
func Write(w io.Writer, v *desk.View, f Format, opt Options) error {
	for _, row := range formats() {
		if row.name == f {
			return row.write(w, v, opt)
		}
	}
	return fmt.Errorf("%w %q (want one of %s)", ErrFormat, string(f), formatList())
}

func formatList() string {
	var names []string
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return strings.Join(names, ", ")
}

// writeJSON writes v as indented JSON with Arabic and HTML characters as is.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// chainText returns a chain's names joined by " ← ", in the chain's order.
func chainText(chain []isnad.Source) string {
	names := make([]string, 0, len(chain))
	for _, s := range chain {
		names = append(names, s.Name)
	}
	return strings.Join(names, " ← ")
}
