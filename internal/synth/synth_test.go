package synth

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestArticles(t *testing.T) {
	var a, b bytes.Buffer
	if err := WriteJSONL(&a, 7, 200); err != nil {
		t.Fatal(err)
	}
	WriteJSONL(&b, 7, 200)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("not deterministic for a seed")
	}
	lines := strings.Split(strings.TrimSpace(a.String()), "\n")
	if len(lines) != 200 {
		t.Fatalf("%d lines", len(lines))
	}
	ids := map[string]bool{}
	for _, l := range lines {
		var r Record
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		if r.Title == "" || r.Outlet == "" || len(r.Text) < 300 || ids[r.ID] {
			t.Errorf("record %+v", r)
		}
		ids[r.ID] = true
	}
}
