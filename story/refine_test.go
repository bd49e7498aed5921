package story

import "testing"

// TestRefineSynthetic checks that Refine keeps the synthetic and
// recombined sets at their floors.
func TestRefineSynthetic(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger")
	}
	for _, s := range []struct {
		name string
		set  []labelled
	}{{"recombined", recombined(t, 25)}, {"synthetic", synthetic(corpusSet(t), 2000, 7)}} {
		p, r, f, c := runRefined(s.set, Options{}, true)
		t.Logf("%s refined: %d stories: BCubed P %.3f R %.3f F1 %.3f", s.name, c.Len(), p, r, f)
		if f < f1Floors[s.name] {
			t.Errorf("%s refined: BCubed F1 %.3f below the floor %.2f", s.name, f, f1Floors[s.name])
		}
	}
}
