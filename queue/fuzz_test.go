package queue

import (
	"encoding/json"
	"testing"
)

// FuzzDecode feeds arbitrary message bodies to the job decoder: it never
// panics, and a job it accepts has an id and a name or URL, and survives a
// round trip through JSON.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"id":"a","name":"x.txt","data":"2YbYtQ=="}`))
	f.Add([]byte(`{"id":"a","url":"https://example.org/rss"}`))
	f.Add([]byte(`{"id":"","name":""}`))
	f.Add([]byte(`{"data":"not base64"}`))
	f.Add([]byte(`[]`))
	f.Add([]byte{0xff, 0xfe})
	f.Fuzz(func(t *testing.T, data []byte) {
		j, err := decode(data)
		if err != nil {
			return
		}
		if j.ID == "" || (j.Name == "" && j.URL == "") {
			t.Fatalf("accepted job without id or source: %+v", j)
		}
		b, err := json.Marshal(j)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := decode(b); err != nil {
			t.Fatalf("re-encoded job refused: %v", err)
		}
	})
}
