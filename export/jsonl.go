package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/isnad-news/isnad/desk"
	"github.com/isnad-news/isnad/store"
)

// JSONL writes every article of v, newest first, as one JSON object per
// line: the document's own JSON (isnad.Document.MarshalJSON, as "isnad
// analyze" prints it; the view keeps no tokens) with a "story" field added
// at the end, the id of the article's story or null.
func JSONL(w io.Writer, v *desk.View) error {
	bw := bufio.NewWriter(w)
	for _, id := range v.Articles(store.Filter{}) {
		d := v.Article(id)
		if d == nil {
			continue
		}
		line, err := json.Marshal(d)
		if err != nil {
			return fmt.Errorf("export jsonl: article %s: %w", id, err)
		}
		line, err = withStory(line, v.StoryOf(id))
		if err != nil {
			return fmt.Errorf("export jsonl: article %s: %w", id, err)
		}
		bw.Write(line)
		if err := bw.WriteByte('\n'); err != nil {
			return fmt.Errorf("export jsonl: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export jsonl: %w", err)
	}
	return nil
}

// withStory adds "story": id (null when "") as the last field of the JSON
// object obj, leaving its other fields as they are.
func withStory(obj []byte, id string) ([]byte, error) {
	obj = bytes.TrimSpace(obj)
	if len(obj) < 2 || obj[0] != '{' || obj[len(obj)-1] != '}' {
		return nil, fmt.Errorf("document JSON is not an object")
	}
	val := []byte("null")
	if id != "" {
		var err error
		if val, err = json.Marshal(id); err != nil {
			return nil, err
		}
	}
	out := make([]byte, 0, len(obj)+len(val)+12)
	out = append(out, obj[:len(obj)-1]...)
	if len(bytes.TrimSpace(obj[1:len(obj)-1])) > 0 {
		out = append(out, ',')
	}
	out = append(out, `"story":`...)
	out = append(out, val...)
	return append(out, '}'), nil
}
