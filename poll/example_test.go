package poll_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/poll"
)

func ExamplePoller_PollNow() {
	// A feed with two items, written for this example.
	feed := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>نشرة الطقس</title>
<item><title>أمطار متفرقة على مدينة إربد</title><description>تتوقع الأرصاد أمطارًا متفرقة على إربد مساء الخميس.</description></item>
<item><title>رياح نشطة في العقبة</title><description>تهب رياح نشطة على العقبة مع ارتفاع الموج.</description></item>
</channel></rss>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feed)
	}))
	defer srv.Close()

	stored := map[string]bool{} // a store keyed by document content
	sink := func(ctx context.Context, feedURL string, docs []*isnad.Document) (int, error) {
		added := 0
		for _, d := range docs {
			if !stored[d.Key()] {
				stored[d.Key()] = true
				added++
				fmt.Printf("stored %s\n", d.Title)
			}
		}
		return added, nil
	}

	p := poll.New(sink, poll.Options{})
	if err := p.Add(srv.URL + "/rss"); err != nil {
		fmt.Println(err)
	}
	for range 2 {
		st, err := p.PollNow(context.Background(), srv.URL+"/rss")
		fmt.Printf("fetches=%d items=%d new=%d failures=%d err=%v\n", st.Fetches, st.Items, st.New, st.Failures, err)
	}
	fmt.Println(p.Add("feeds/weather.xml"))
	// Output:
	// stored أمطار متفرقة على مدينة إربد
	// stored رياح نشطة في العقبة
	// fetches=1 items=2 new=2 failures=0 err=<nil>
	// fetches=2 items=4 new=2 failures=0 err=<nil>
	// poll: add "feeds/weather.xml": not an absolute http or https URL (write it like https://example.org/rss)
}
