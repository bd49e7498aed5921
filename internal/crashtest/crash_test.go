package crashtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/isnad-news/isnad"
	"github.com/isnad-news/isnad/store"
	"github.com/isnad-news/isnad/store/sqlite"
)

// batchSize is the number of documents in one ingest transaction
// (cmd/isnad/ingest.go).
const batchSize = 64

// Corpus shape: jsonlFiles files of perFile records, then txtFiles text
// files. File names sort in generation order, which is the order ingest
// reads a directory in.
const (
	jsonlFiles = 24
	perFile    = 50
	txtFiles   = 60
)

// article is one generated article.
type article struct {
	source string // as ingest names it: path, or path#line for JSON Lines
	title  string
	body   string
}

// Word tables for the generated articles. They are made up for this test.
var (
	places = []string{"بغداد", "الموصل", "دمشق", "حلب", "بيروت", "طرابلس", "صنعاء", "عدن", "غزة", "الخرطوم",
		"عمّان", "القاهرة", "الإسكندرية", "تونس", "الرباط", "الجزائر", "الرياض", "الكويت", "البصرة", "أربيل"}
	outlets = []string{"الجزيرة نت", "العربية", "سكاي نيوز عربية", "بي بي سي عربي", "فرانس 24", "الشرق الأوسط",
		"النهار", "الأهرام", "الحياة", "القدس العربي", "وكالة الأنباء العراقية", "وكالة سبأ"}
	people = []string{"أحمد الخطيب", "سارة منصور", "محمد العلي", "ليلى حداد", "خالد يوسف", "فاطمة الزهراء عمر",
		"يوسف النعيمي", "ريم الشامي", "عمر البيطار", "هدى السعدي"}
	bodies = []string{"وزارة الصحة", "الأمم المتحدة", "الهلال الأحمر", "وزارة الداخلية", "منظمة الصحة العالمية",
		"الدفاع المدني", "البنك المركزي", "وزارة التربية", "مفوضية اللاجئين", "نقابة الأطباء"}
	months = []string{"كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيو",
		"تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"}
	counted = []string{"قتيلا", "جريحا", "نازحا", "منزلا", "طنا من المساعدات", "مدرسة", "شاحنة", "طفلا"}
)

// sentences are the body templates, filled by fill.
var sentences = []string{
	"أعلنت {org} في {place} يوم {date} تسجيل {n} {thing}، بحسب ما نقلت {outlet}.",
	"وقال {person} المتحدث باسم {org} إن \"الوضع في {place} ما زال صعبا، وإن {n} {thing} على الأقل في حاجة إلى مساعدة عاجلة\".",
	"وأضاف {person} أن الأرقام قد ترتفع خلال {m} أيام المقبلة.",
	"ونقلت {outlet} عن مصدر مسؤول أن اجتماعا سيعقد في {place} في {date} لبحث الأزمة.",
	"وكانت {org} قد أشارت في تقرير سابق إلى نحو {n} {thing} منذ {month} {year}.",
	"وارتفع العدد بنسبة {m} في المئة مقارنة بالشهر الماضي، وفق أرقام {org}.",
	"وذكر شهود عيان في {place} أن {n} {thing} وصلوا خلال {m} ساعات.",
	"ولم يتسن لـ{outlet} التحقق من هذه الأرقام بشكل مستقل.",
}

// fill replaces the {placeholders} of tmpl with values drawn from r.
func fill(r *rand.Rand, tmpl string) string {
	day, month, year := 1+r.IntN(28), r.IntN(12), 2020+r.IntN(6)
	return strings.NewReplacer(
		"{org}", bodies[r.IntN(len(bodies))],
		"{place}", places[r.IntN(len(places))],
		"{outlet}", outlets[r.IntN(len(outlets))],
		"{person}", people[r.IntN(len(people))],
		"{thing}", counted[r.IntN(len(counted))],
		"{n}", strconv.Itoa(3+r.IntN(5000)),
		"{m}", strconv.Itoa(2+r.IntN(40)),
		"{date}", fmt.Sprintf("%d %s %d", day, months[month], year),
		"{month}", months[month],
		"{year}", strconv.Itoa(year),
	).Replace(tmpl)
}

// newArticle makes the i-th article: a headline with its number, so that
// every article is distinct, and four to seven sentences.
func newArticle(r *rand.Rand, i int) (outlet, date, title, body string) {
	outlet = outlets[r.IntN(len(outlets))]
	date = fmt.Sprintf("%d-%02d-%02d", 2020+r.IntN(6), 1+r.IntN(12), 1+r.IntN(28))
	title = fmt.Sprintf("%s: %d %s في حصيلة جديدة (%d)", places[r.IntN(len(places))], 3+r.IntN(900), counted[r.IntN(len(counted))], i+1)
	var b strings.Builder
	for range 4 + r.IntN(4) {
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString(fill(r, sentences[r.IntN(len(sentences))]))
	}
	return outlet, date, title, b.String()
}

// writeCorpus writes the corpus into dir and returns its articles in the
// order ingest reads them.
func writeCorpus(t *testing.T, dir string) []article {
	t.Helper()
	r := rand.New(rand.NewPCG(1, 2)) // the corpus is the same on every run
	var arts []article
	for f := range jsonlFiles {
		path := filepath.Join(dir, fmt.Sprintf("a%03d.jsonl", f))
		var buf bytes.Buffer
		for line := 1; line <= perFile; line++ {
			outlet, date, title, body := newArticle(r, len(arts))
			rec, err := json.Marshal(map[string]string{
				"title": title, "text": body, "outlet": outlet, "date": date,
				"url": fmt.Sprintf("https://example.org/%d/%d", f, line),
			})
			if err != nil {
				t.Fatal(err)
			}
			buf.Write(rec)
			buf.WriteByte('\n')
			arts = append(arts, article{source: path + "#" + strconv.Itoa(line), title: title, body: body})
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for f := range txtFiles {
		path := filepath.Join(dir, fmt.Sprintf("t%03d.txt", f))
		_, _, title, body := newArticle(r, len(arts))
		if err := os.WriteFile(path, []byte(title+"\n\n"+body+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		arts = append(arts, article{source: path, title: title, body: body})
	}
	return arts
}

// buildIsnad builds the isnad binary, or skips the test without go.
func buildIsnad(t *testing.T) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not on PATH: the crash test needs it to build isnad")
	}
	bin := filepath.Join(t.TempDir(), "isnad")
	out, err := exec.Command(gobin, "build", "-o", bin, "../../cmd/isnad").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// ingestCmd returns the command that ingests corpus into db.
func ingestCmd(bin, db, corpus string, stderr *bytes.Buffer) *exec.Cmd {
	cmd := exec.Command(bin, "ingest", "-db", db, corpus)
	cmd.Stdout, cmd.Stderr = stderr, stderr
	return cmd
}

// reference is the store one full ingest makes.
type reference struct {
	docs  map[string]*isnad.Document // by id
	order []string                   // ids in input order
}

// readAll returns every article in the store at path, by id, after
// checking the store's integrity and that no id is listed twice.
func readAll(ctx context.Context, path string) (map[string]*isnad.Document, error) {
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	if err := st.Check(ctx); err != nil {
		return nil, err
	}
	n, err := st.Count(ctx)
	if err != nil {
		return nil, err
	}
	docs := make(map[string]*isnad.Document, n)
	const page = 1000
	for off := 0; ; off += page {
		list, err := st.List(ctx, store.Filter{}, page, off)
		if err != nil {
			return nil, err
		}
		for _, d := range list {
			if _, dup := docs[d.ID]; dup {
				return nil, fmt.Errorf("article %s listed twice", d.ID)
			}
			full, err := st.Get(ctx, d.ID)
			if err != nil {
				return nil, err
			}
			docs[d.ID] = full
		}
		if len(list) < page {
			break
		}
	}
	if len(docs) != n {
		return nil, fmt.Errorf("count says %d articles, list gives %d", n, len(docs))
	}
	return docs, nil
}

// newReference checks the reference store against the generated articles
// and orders its ids as the input is read.
func newReference(t *testing.T, docs map[string]*isnad.Document, arts []article) *reference {
	t.Helper()
	index := make(map[string]int, len(arts))
	for i, a := range arts {
		index[a.source] = i
	}
	if len(docs) != len(arts) {
		t.Fatalf("reference store holds %d articles, the corpus %d", len(docs), len(arts))
	}
	ref := &reference{docs: docs, order: make([]string, len(arts))}
	for id, d := range docs {
		i, ok := index[d.Source]
		if !ok {
			t.Fatalf("reference article %s has source %q, not in the corpus", id, d.Source)
		}
		if ref.order[i] != "" {
			t.Fatalf("reference articles %s and %s both come from %s", ref.order[i], id, d.Source)
		}
		ref.order[i] = id
		a := arts[i]
		if d.Title != a.title {
			t.Fatalf("%s: title %+q, generated %+q", d.Source, d.Title, a.title)
		}
		if fields(d.Body) != fields(a.body) {
			t.Fatalf("%s: body %+q, generated %+q", d.Source, d.Body, a.body)
		}
	}
	return ref
}

func fields(s string) string { return strings.Join(strings.Fields(s), " ") }

// check compares the store at path with the reference: every article in
// it is a reference article, equal to it, and the articles are the first
// n of the input for n a multiple of batchSize, or all of them. It returns
// n.
func (ref *reference) check(ctx context.Context, path string) (int, error) {
	docs, err := readAll(ctx, path)
	if err != nil {
		return 0, err
	}
	n := len(docs)
	if n%batchSize != 0 && n != len(ref.order) {
		return n, fmt.Errorf("%d articles stored: not whole transactions of %d", n, batchSize)
	}
	for i, id := range ref.order {
		d, ok := docs[id]
		if ok != (i < n) {
			return n, fmt.Errorf("%d articles stored, but input article %d (%s) stored: %v", n, i+1, ref.docs[id].Source, ok)
		}
		if ok && !reflect.DeepEqual(d, ref.docs[id]) {
			return n, fmt.Errorf("article %s (%s) differs from the reference:\n got  %+v\n want %+v", id, d.Source, d, ref.docs[id])
		}
	}
	return n, nil
}

// removeStore deletes the SQLite file at path with its WAL and shared
// memory files.
func removeStore(t *testing.T, path string) {
	t.Helper()
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			t.Fatal(err)
		}
	}
}

func envInt(t *testing.T, name string, def uint64) uint64 {
	t.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatalf("$%s: %v", name, err)
	}
	return v
}

// TestKillIngest kills isnad ingest with SIGKILL at random points and
// checks the store after each kill (see the package documentation).
func TestKillIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	start := time.Now()
	ctx := context.Background()
	bin := buildIsnad(t)
	t.Logf("build %v", time.Since(start).Round(time.Millisecond))
	tmp := t.TempDir()
	corpus := filepath.Join(tmp, "corpus")
	if err := os.Mkdir(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	arts := writeCorpus(t, corpus)

	// The reference: one full run into a fresh store.
	refDB := filepath.Join(tmp, "reference.db")
	var out bytes.Buffer
	refStart := time.Now()
	refCmd := ingestCmd(bin, refDB, corpus, &out)
	if err := refCmd.Run(); err != nil {
		t.Fatalf("reference ingest: %v\n%s", err, out.Bytes())
	}
	full := time.Since(refStart)
	refCPU := refCmd.ProcessState.UserTime() + refCmd.ProcessState.SystemTime()
	docs, err := readAll(ctx, refDB)
	if err != nil {
		t.Fatalf("reference store: %v", err)
	}
	ref := newReference(t, docs, arts)
	t.Logf("corpus: %d articles; reference ingest %v (CPU %v)", len(arts), full.Round(time.Millisecond), refCPU.Round(time.Millisecond))

	kills := int(envInt(t, "ISNAD_CRASH_KILLS", 100))
	seed := envInt(t, "ISNAD_CRASH_SEED", uint64(time.Now().UnixNano()))
	t.Logf("kills %d, seed %d (ISNAD_CRASH_SEED=%d repeats the kill times)", kills, seed, seed)
	r := rand.New(rand.NewPCG(seed, 0))

	// Kills land between 5 ms and a little past a full run, so that some
	// runs complete and the store starts again empty. A full run's time is
	// that of the last run that finished: it follows the machine's load.
	const minWait = 5 * time.Millisecond
	typical := full
	db := filepath.Join(tmp, "crash.db")
	var (
		killed, empty, middle, complete, finished, epochs int
		prev, minN, maxN                                  = 0, len(arts), 0
		checking                                          time.Duration
	)
	for round := 1; killed < kills; round++ {
		maxWait := max(typical+typical/10, 2*minWait)
		wait := minWait + time.Duration(r.Int64N(int64(maxWait-minWait)))
		out.Reset()
		cmd := ingestCmd(bin, db, corpus, &out)
		runStart := time.Now()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		timer := time.NewTimer(wait)
		what := "killed"
		select {
		case <-timer.C:
			if err := cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
				t.Fatalf("round %d: kill: %v", round, err)
			}
			err := <-done
			var exit *exec.ExitError
			if errors.As(err, &exit) && exit.ExitCode() == -1 {
				killed++
				break
			}
			// It exited between the timer and the kill.
			if err != nil {
				t.Fatalf("round %d: ingest: %v\n%s", round, err, out.Bytes())
			}
			what = "finished"
			finished++
			typical = time.Since(runStart)
		case err := <-done:
			timer.Stop()
			if err != nil {
				t.Fatalf("round %d: ingest: %v\n%s", round, err, out.Bytes())
			}
			what = "finished"
			finished++
			typical = time.Since(runStart)
		}
		checkStart := time.Now()
		n, err := ref.check(ctx, db)
		checking += time.Since(checkStart)
		if err != nil {
			t.Fatalf("round %d, %s after %v: %v\ningest output:\n%s", round, what, wait, err, out.Bytes())
		}
		if n < prev {
			t.Fatalf("round %d, %s after %v: %d articles stored, %d before", round, what, wait, n, prev)
		}
		if what == "finished" && n != len(arts) {
			t.Fatalf("round %d: ingest finished with %d of %d articles stored", round, n, len(arts))
		}
		if what == "killed" {
			switch n {
			case 0:
				empty++
			case len(arts):
				complete++
			default:
				middle++
			}
			minN, maxN = min(minN, n), max(maxN, n)
		}
		prev = n
		if n == len(arts) {
			removeStore(t, db)
			prev = 0
			epochs++
		}
	}

	// Finish the last store and compare it with the reference.
	out.Reset()
	if err := ingestCmd(bin, db, corpus, &out).Run(); err != nil {
		t.Fatalf("final ingest: %v\n%s", err, out.Bytes())
	}
	got, err := readAll(ctx, db)
	if err != nil {
		t.Fatalf("final store: %v", err)
	}
	if !reflect.DeepEqual(got, ref.docs) {
		for id, d := range ref.docs {
			if !reflect.DeepEqual(got[id], d) {
				t.Errorf("final store: article %s (%s): got %+v, want %+v", id, d.Source, got[id], d)
			}
		}
		t.Fatalf("final store: %d articles, reference %d", len(got), len(ref.docs))
	}
	t.Logf("kills %d: %d with the store empty, %d in the middle, %d with the store complete; %d runs finished before their kill; %d stores completed and started again",
		killed, empty, middle, complete, finished, epochs)
	t.Logf("articles stored at a kill: min %d, max %d of %d; checking the store took %v in all; total time %v",
		minN, maxN, len(arts), checking.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
}
