package quote

import "testing"

// TestCrashers runs texts that once made Find panic (found by
// internal/badinput) through the whole analysis and checks that every span
// stays in bounds.
func TestCrashers(t *testing.T) {
	tests := []struct {
		name string
		body string
	}{
		// A citation cue split from its source by a paragraph break: the
		// citation ran past the end of its sentence.
		{"cue across paragraphs", "وقال رنا العلي ل\n\nـروسيا اليوم إن \"فرق الإنقاذ ما زالت تعمل\"."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.body)
			for _, c := range doc.Citations {
				for _, s := range []struct{ Start, End int }{{c.Start, c.End}, {c.Scope.Start, c.Scope.End}} {
					if s.Start < 0 || s.Start > s.End || s.End > len(tt.body) {
						t.Errorf("citation %+q: span %d-%d out of bounds", c.Text, s.Start, s.End)
					}
				}
			}
		})
	}
}
