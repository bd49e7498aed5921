package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/isnad-news/isnad"
)

// Name is the stage's name, used in errors and problems.
const Name = "extract"

// DefaultMaxBytes is the input size read when Options.MaxBytes is zero.
const DefaultMaxBytes = 8 << 20

// ErrEmpty is returned (wrapped) when nothing usable is left of a document:
// the input is empty, or all of it is boilerplate.
var ErrEmpty = errors.New("no article text")

// ErrFormat is returned (wrapped) for a document whose Format the stage does
// not read.
var ErrFormat = errors.New("unsupported format")

// Options configures the stage. The zero value works.
type Options struct {
	// MaxBytes is how much of a document's Raw input is read. Longer input
	// is cut at the last line break before the limit and a problem is
	// recorded. Zero means DefaultMaxBytes; a negative value means no limit.
	MaxBytes int
}

// New returns the extract stage. It requires isnad.KindRaw and provides
// isnad.KindText.
func New(opts Options) isnad.Stage {
	if opts.MaxBytes == 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	return &stage{opts: opts}
}

type stage struct {
	opts Options
}

var _ isnad.Stage = (*stage)(nil)

func (s *stage) Name() string           { return Name }
func (s *stage) Requires() []isnad.Kind { return []isnad.Kind{isnad.KindRaw} }
func (s *stage) Provides() []isnad.Kind { return []isnad.Kind{isnad.KindText} }

// Process sets doc's Body and fills its Title, Outlet, Publisher, Author and
// Published fields from doc.Raw, read according to doc.Format. Fields that
// are already set are kept. It returns an error wrapping ErrEmpty when no
// article text is left, ErrFormat for a format it does not read, and ctx's
// error when ctx is done; everything else is recorded as a problem on doc.
//
// A document whose Raw is empty but whose Body is already set (one read back
// from a store) is left unchanged. Running Process twice on a document gives
// the same result; it is safe to call concurrently on different documents.
func (s *stage) Process(ctx context.Context, doc *isnad.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(doc.Raw) == 0 && doc.Body != "" {
		return nil
	}
	doc.Problems = withoutStage(doc.Problems, Name)
	text := s.input(doc)

	var r *result
	switch doc.Format {
	case isnad.FormatText, "":
		// A text file states its own headline: its line is always looked
		// for (and kept out of the body), even when the caller has set a
		// title, which then wins.
		r = analyze(textLines(text), analyzeOptions{detectTitle: true})
	case isnad.FormatHTML:
		var err error
		r, err = extractHTML(ctx, doc, text)
		if err != nil {
			return err
		}
	case isnad.FormatFeedItem, isnad.FormatJSON:
		r = analyze(fragmentLines(text), analyzeOptions{detectTitle: doc.Title == "", knownTitle: doc.Title})
	default:
		return fmt.Errorf("format %q: %w", doc.Format, ErrFormat)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	r.apply(doc)
	if strings.TrimSpace(doc.Body) == "" {
		doc.Body = ""
		return fmt.Errorf("%s input: %w", formatName(doc.Format), ErrEmpty)
	}
	return nil
}

func formatName(f isnad.Format) string {
	if f == "" {
		return string(isnad.FormatText)
	}
	return string(f)
}

// input returns doc.Raw as valid UTF-8 text without a byte order mark, cut to
// the size limit, recording what it had to change.
func (s *stage) input(doc *isnad.Document) string {
	raw := doc.Raw
	raw = bytes.TrimPrefix(raw, []byte("\ufeff"))
	if limit := s.opts.MaxBytes; limit > 0 && len(raw) > limit {
		cut := bytes.LastIndexByte(raw[:limit], '\n')
		if cut < limit/2 {
			cut = limit
			for cut > 0 && !utf8.RuneStart(raw[cut]) {
				cut--
			}
		}
		doc.AddProblem(Name, "input is %d bytes; only the first %d were read", len(raw), cut)
		raw = raw[:cut]
	}
	if !utf8.Valid(raw) {
		n := 0
		for i := 0; i < len(raw); {
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size == 1 {
				n++
			}
			i += size
		}
		doc.AddProblem(Name, "input is not valid UTF-8: %d bad bytes replaced with U+FFFD", n)
		return strings.ToValidUTF8(string(raw), "\uFFFD")
	}
	return string(raw)
}

// withoutStage returns ps without the problems recorded by stage, so that
// running a stage again does not repeat them.
func withoutStage(ps []isnad.Problem, stage string) []isnad.Problem {
	out := ps[:0:0]
	for _, p := range ps {
		if p.Stage != stage {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
