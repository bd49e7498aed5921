package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/store/sqlite"
)

func TestAnnotationsRoundTrip(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	min := 250.0
	tests := []struct {
		name string
		doc  *isnad.Document
	}{
		{"not analysed", doc("الضفة", "خبر أول", "وصلت سبع عبارات.", "2017-09-16")},
		{"analysed, nothing found", func() *isnad.Document {
			d := doc("الضفة", "خبر ثان", "لا أرقام هنا.", "2017-09-16")
			d.Quantities, d.Dates, d.Durations = []isnad.Quantity{}, []isnad.DateMention{}, []isnad.Duration{}
			return d
		}()},
		{"analysed", func() *isnad.Document {
			d := doc("الضفة", "خبر ثالث", "وصل أكثر من 250 راكبا أمس بعد رحلة دامت يومين.", "2017-09-16")
			d.Quantities = []isnad.Quantity{{Span: isnad.Span{Start: 5, End: 30}, Text: "أكثر من 250 راكبا", Min: &min, Counted: "راكب", Category: "passengers", Group: "people"}}
			d.Dates = []isnad.DateMention{{Span: isnad.Span{Start: 31, End: 37}, Text: "أمس", Value: "2017-09-15", Grain: "day"}}
			d.Durations = []isnad.Duration{{Span: isnad.Span{Start: 50, End: 60}, Text: "يومين", Value: 2, Unit: "day"}}
			return d
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := st.Put(ctx, tt.doc); err != nil {
				t.Fatal(err)
			}
			got, err := st.Get(ctx, tt.doc.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Quantities, tt.doc.Quantities) || !reflect.DeepEqual(got.Dates, tt.doc.Dates) || !reflect.DeepEqual(got.Durations, tt.doc.Durations) {
				t.Errorf("read back\n quantities %+v\n dates %+v\n durations %+v\nwant\n %+v\n %+v\n %+v",
					got.Quantities, got.Dates, got.Durations, tt.doc.Quantities, tt.doc.Dates, tt.doc.Durations)
			}
		})
	}
}

// TestMigrateFromSchema1 opens a store written by the first schema (before
// annotations) and checks its article survives the migration.
func TestMigrateFromSchema1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		sqlite.Schema(1),
		`INSERT INTO articles (id, source, format, title, body, outlet_key, publisher_key, ingested_at)
		 VALUES ('abc', 'old.txt', 'text', 'عنوان قديم', 'نص قديم', '', '', '2017-09-16T00:00:00Z')`,
		`PRAGMA user_version = 1`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d, err := st.Get(ctx, "abc")
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "عنوان قديم" || d.Body != "نص قديم" || d.Quantities != nil || d.Dates != nil {
		t.Errorf("after migration got %+v", d)
	}
	if err := st.Check(ctx); err != nil {
		t.Errorf("integrity check after migration: %v", err)
	}
}

// TestPutFillsMissingAnnotations checks that putting an article again adds
// the annotations it was stored without, and does not count it as added.
func TestPutFillsMissingAnnotations(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	d := doc("الضفة", "خبر", "وصل 17 راكبا.", "2017-09-16")
	if _, err := st.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	v := 17.0
	again := doc("الضفة", "خبر", "وصل 17 راكبا.", "2017-09-16")
	again.Quantities = []isnad.Quantity{{Span: isnad.Span{Start: 7, End: 22}, Text: "17 راكبا", Min: &v, Max: &v, Counted: "راكب"}}
	again.Dates, again.Durations = []isnad.DateMention{}, []isnad.Duration{}
	added, err := st.Put(ctx, again)
	if err != nil {
		t.Fatal(err)
	}
	if added[0] {
		t.Error("second put counted as added")
	}
	got, err := st.Get(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Quantities) != 1 || got.Quantities[0].Counted != "راكب" || got.Dates == nil {
		t.Errorf("annotations after second put: %+v %+v", got.Quantities, got.Dates)
	}
	if n, _ := st.Count(ctx); n != 1 {
		t.Errorf("count = %d, want 1", n)
	}
}
