package sqlite_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/arabic"
	"github.com/isnad-news/isnad/store"
	"github.com/isnad-news/isnad/store/sqlite"
	"github.com/isnad-news/isnad/store/storetest"
)

func doc(outlet, title, body, date string) *isnad.Document {
	d := &isnad.Document{Source: title + ".txt", Format: isnad.FormatText, Outlet: outlet, Title: title, Body: body}
	if date != "" {
		d.Published, _ = isnad.ParseDate(date)
	}
	d.Tokens = arabic.Tokenize(body)
	return d
}

func open(t *testing.T) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "sub", "isnad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestPutIdempotent(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	a := doc("صحيفة الضفة", "وصول العبارة", "وصلت العبارة إلى الضفة الشرقية مساء أمس.", "2023-09-06")
	b := doc("وكالة الساحل", "غرق قارب", "غرق قارب صغير قرب الجسر.", "")
	added, err := st.Put(ctx, a, b)
	if err != nil {
		t.Fatal(err)
	}
	if !added[0] || !added[1] {
		t.Fatalf("first put: added = %v, want both", added)
	}
	again := doc("صحيفة الضفة", "وصول العبارة", "وصلت العبارة إلى الضفة الشرقية مساء أمس.", "2023-09-06")
	again.Source = "elsewhere.txt"
	added, err = st.Put(ctx, again)
	if err != nil {
		t.Fatal(err)
	}
	if added[0] {
		t.Error("same content stored twice")
	}
	if n, _ := st.Count(ctx); n != 2 {
		t.Errorf("count = %d, want 2", n)
	}
	got, err := st.Get(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != a.Title || got.Body != a.Body || got.Outlet != a.Outlet || got.Published != a.Published || got.Source != a.Source {
		t.Errorf("Get = %+v, want the first stored document %+v", got, a)
	}
	if _, err := st.Get(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get(nope) error = %v, want ErrNotFound", err)
	}
	if err := st.Check(ctx); err != nil {
		t.Error(err)
	}
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	docs := []*isnad.Document{
		doc("صحيفة الضفة", "وصول العبارة", "وصلت العبارة إلى الضفة الشرقية مساء أمس وعلى متنها عائلات.", "2023-09-06"),
		doc("وكالة الساحل", "غرق قارب", "قال مسؤولون إن للعبارة طاقما من سبعة بحارة.", "2023-09-08"),
		doc("موقع المرصد", "نهر هادئ", "لا شيء يذكر عن النهر اليوم.", ""),
	}
	if _, err := st.Put(ctx, docs...); err != nil {
		t.Fatal(err)
	}
	from, _ := isnad.ParseDate("2023-09-07")
	tests := []struct {
		name   string
		q      store.Query
		wantID []string
	}{
		{"stem matches both forms", store.Query{Terms: storetest.Terms("عبارة")}, []string{docs[0].ID, docs[1].ID}},
		{"title counts more", store.Query{Terms: storetest.Terms("العبارة")}, []string{docs[0].ID, docs[1].ID}},
		{"all terms must match", store.Query{Terms: storetest.Terms("العبارة", "بحارة")}, []string{docs[1].ID}},
		{"outlet filter", store.Query{Terms: storetest.Terms("العبارة"), Filter: store.Filter{Outlet: "الساحل"}}, []string{docs[1].ID}},
		{"date filter", store.Query{Terms: storetest.Terms("العبارة"), Filter: store.Filter{From: from}}, []string{docs[1].ID}},
		{"no hit", store.Query{Terms: storetest.Terms("طائرة")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, err := st.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, m := range ms {
				ids = append(ids, m.ID)
			}
			if len(ids) != len(tt.wantID) {
				t.Fatalf("ids = %v, want %v", ids, tt.wantID)
			}
			for i := range ids {
				if ids[i] != tt.wantID[i] {
					t.Errorf("hit %d = %s, want %s", i, ids[i], tt.wantID[i])
				}
			}
		})
	}
}

func TestOpenRefusesForeignFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "notes.txt")
	content := []byte("هذه ليست قاعدة بيانات، بل ملاحظات مهمة.\n")
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := sqlite.Open(ctx, path); !errors.Is(err, sqlite.ErrNotStore) {
		t.Fatalf("Open(text file) error = %v, want ErrNotStore", err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != string(content) {
		t.Error("Open changed a file that is not a store")
	}
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "isnad.db")
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Put(ctx, doc("صحيفة الضفة", "عنوان", "نص قصير عن الجسر.", "")); err != nil {
		t.Fatal(err)
	}
	st.Close()
	st, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n, _ := st.Count(ctx); n != 1 {
		t.Errorf("count after reopen = %d, want 1", n)
	}
}

func TestConcurrentPut(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				// Half the writers write the same documents: each must be stored once.
				d := doc("وكالة", "خبر", "نص الخبر رقم "+string(rune('0'+i))+" من الكاتب "+string(rune('0'+w%2)), "")
				if _, err := st.Put(ctx, d); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if n, _ := st.Count(ctx); n != 20 {
		t.Errorf("count = %d, want 20", n)
	}
}
