package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/isnad-news/isnad"
)

// Defaults used when Options leaves a field zero.
const (
	// DefaultMaxBytes is the largest input read when Options.MaxBytes is 0.
	DefaultMaxBytes = 64 << 20
	// DefaultTimeout is the timeout of the HTTP client used when
	// Options.Client is nil.
	DefaultTimeout = 30 * time.Second
	// UserAgent is sent with every HTTP request.
	UserAgent = "isnad/0.1"
)

// Sentinel errors, wrapped in an *InputError; check them with errors.Is.
var (
	// ErrBinary: the input is not text (NUL or control bytes, or the magic
	// number of an image, archive, PDF or executable).
	ErrBinary = errors.New("binary file (not text, HTML, feed or JSON Lines)")
	// ErrEncoding: the input is not valid UTF-8, has no usable charset
	// declaration, and does not read as Windows-1256 or ISO-8859-6 Arabic.
	ErrEncoding = errors.New("unknown text encoding")
	// ErrEmpty: the input (or a feed, or one feed item) holds nothing to
	// read.
	ErrEmpty = errors.New("empty input")
	// ErrTooLarge: the input is larger than Options.MaxBytes.
	ErrTooLarge = errors.New("input too large")
	// ErrFeed: an RSS or Atom input does not parse.
	ErrFeed = errors.New("invalid feed")
	// ErrJSON: a JSON Lines line is not a JSON object with a "text" string.
	ErrJSON = errors.New("invalid JSON")
	// ErrFormat: the input's shape is not one ingest reads, such as a .json
	// file that is not JSON Lines.
	ErrFormat = errors.New("unsupported format")
	// ErrHTTP: a URL answered with a status other than 2xx.
	ErrHTTP = errors.New("HTTP error")
)

// InputError is a non-fatal error reading one input, or one line or item of
// it. Reader.All yields it and goes on with the rest.
type InputError struct {
	// Input is the path (cleaned), URL or "-" for stdin.
	Input string
	// Line is the 1-based line of a JSON Lines input, or 0.
	Line int
	// Item is the 1-based item number of a feed, or 0.
	Item int
	// Err is what went wrong; it wraps one of the Err* sentinels or an
	// fs, net or HTTP error.
	Err error
}

// Error returns e.g. "ingest a.jsonl:3: invalid JSON: ..." or
// "ingest feed.xml#2: empty input: item has no title and no content".
func (e *InputError) Error() string {
	name := e.Input
	if name == "-" {
		name = "stdin"
	}
	switch {
	case e.Line > 0:
		return fmt.Sprintf("ingest %s:%d: %v", name, e.Line, e.Err)
	case e.Item > 0:
		return fmt.Sprintf("ingest %s#%d: %v", name, e.Item, e.Err)
	}
	return fmt.Sprintf("ingest %s: %v", name, e.Err)
}

// Unwrap returns e.Err.
func (e *InputError) Unwrap() error { return e.Err }

// Options configures a Reader. The zero Options is ready to use.
type Options struct {
	// Client fetches URLs; nil means a client with a 30 s timeout.
	Client *http.Client
	// MaxBytes bounds each input; 0 means 64 MiB. Larger inputs yield an
	// ErrTooLarge error naming the input.
	MaxBytes int64
	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
}

// Reader reads files, directories, stdin and URLs into documents.
// A Reader is safe for concurrent use when its Stdin is not shared.
type Reader struct {
	client *http.Client
	max    int64
	stdin  io.Reader
}

// NewReader returns a Reader with opts, filling in the defaults.
func NewReader(opts Options) *Reader {
	r := &Reader{client: opts.Client, max: opts.MaxBytes, stdin: opts.Stdin}
	if r.client == nil {
		r.client = &http.Client{Timeout: DefaultTimeout}
	}
	if r.max <= 0 {
		r.max = DefaultMaxBytes
	}
	if r.stdin == nil {
		r.stdin = os.Stdin
	}
	return r
}

// All reads every input in order and yields each document it holds, or a
// non-fatal *InputError for one input (or one line or item of it), and goes
// on with the rest.
//
// An input is a file path, a directory (walked recursively in lexical order,
// skipping hidden entries and files that are not articles, see the package
// documentation), "-" for r's stdin, or an http(s) URL. Text and HTML inputs
// give one document each; a feed gives one per item and a JSON Lines input
// one per line.
//
// All stops when the consumer stops, or when ctx is done, yielding ctx.Err()
// (not an *InputError) as its last value.
func (r *Reader) All(ctx context.Context, inputs ...string) iter.Seq2[*isnad.Document, error] {
	return func(yield func(*isnad.Document, error) bool) {
		e := &emitter{ctx: ctx, yield: yield}
		for _, in := range inputs {
			if !e.alive() || !r.input(ctx, in, e) {
				return
			}
		}
	}
}

// FS is All for files and directories inside fsys, such as the embedded
// sample corpus (isnad.SampleCorpus()): paths are slash-separated and
// relative to fsys ("." for all of it), and documents' Sources are those
// paths. "-" and URLs have no special meaning here.
func (r *Reader) FS(ctx context.Context, fsys fs.FS, paths ...string) iter.Seq2[*isnad.Document, error] {
	return func(yield func(*isnad.Document, error) bool) {
		e := &emitter{ctx: ctx, yield: yield}
		for _, p := range paths {
			if !e.alive() {
				return
			}
			name := path.Clean(p)
			fi, err := fs.Stat(fsys, name)
			if err != nil {
				if !e.err(&InputError{Input: name, Err: pathErr(err)}) {
					return
				}
				continue
			}
			ok := false
			if fi.IsDir() {
				ok = r.walk(fsys, name, e)
			} else {
				ok = r.file(fsys, name, e)
			}
			if !ok {
				return
			}
		}
	}
}

// emitter passes documents and errors to the consumer, stopping for good
// when the consumer stops or ctx is done.
type emitter struct {
	ctx     context.Context
	yield   func(*isnad.Document, error) bool
	stopped bool
}

// alive reports whether reading should go on; when ctx is done it yields
// ctx.Err() once and stops.
func (e *emitter) alive() bool {
	if e.stopped {
		return false
	}
	if err := e.ctx.Err(); err != nil {
		e.stopped = true
		e.yield(nil, err)
		return false
	}
	return true
}

func (e *emitter) doc(d *isnad.Document) bool {
	if !e.alive() {
		return false
	}
	if !e.yield(d, nil) {
		e.stopped = true
	}
	return !e.stopped
}

func (e *emitter) err(err *InputError) bool {
	if !e.alive() {
		return false
	}
	if !e.yield(nil, err) {
		e.stopped = true
	}
	return !e.stopped
}

// input reads one command-line input. It returns false when reading must
// stop.
func (r *Reader) input(ctx context.Context, in string, e *emitter) bool {
	switch {
	case in == "-":
		data, err := readLimited(r.stdin, r.max)
		if err != nil {
			return e.err(&InputError{Input: "-", Err: err})
		}
		return r.process(e, &source{name: "-", data: data})
	case IsURL(in):
		return r.fetch(ctx, in, e)
	}
	name := filepath.Clean(in)
	fi, err := os.Stat(name)
	if err != nil {
		return e.err(&InputError{Input: name, Err: pathErr(err)})
	}
	if fi.IsDir() {
		return r.walk(nil, name, e)
	}
	return r.file(nil, name, e)
}

// walk reads the article files under root in lexical order, from fsys or,
// when fsys is nil, from the operating system.
func (r *Reader) walk(fsys fs.FS, root string, e *emitter) bool {
	articleFiles(fsys, root, func(p string, err error) bool {
		if !e.alive() {
			return false
		}
		if err != nil {
			return e.err(&InputError{Input: p, Err: pathErr(err)})
		}
		return r.file(fsys, p, e)
	})
	return !e.stopped
}

// articleFiles calls visit, in lexical order, with each file under root
// that is read as an article (skipping hidden entries, files that are not
// articles, and links to directories, which keeps the walk free of
// cycles), or with an entry that cannot be read and its error; it stops
// when visit returns false. fsys nil means the operating system.
func articleFiles(fsys fs.FS, root string, visit func(path string, err error) bool) {
	fn := func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if !visit(p, err) {
				return fs.SkipAll
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() {
			// A symbolic link to a file is read.
			fi, err := stat(fsys, p)
			if err != nil || !fi.Mode().IsRegular() {
				return nil
			}
		}
		if walkable(p) && !visit(p, nil) {
			return fs.SkipAll
		}
		return nil
	}
	// WalkDir returns only what fn returns: nothing but SkipAll, which it
	// swallows.
	if fsys == nil {
		filepath.WalkDir(root, fn)
	} else {
		fs.WalkDir(fsys, root, fn)
	}
}

func stat(fsys fs.FS, name string) (fs.FileInfo, error) {
	if fsys == nil {
		return os.Stat(name)
	}
	return fs.Stat(fsys, name)
}

// file reads one regular file from fsys, or from the operating system when
// fsys is nil.
func (r *Reader) file(fsys fs.FS, name string, e *emitter) bool {
	data, err := readFile(fsys, name, r.max)
	if err != nil {
		return e.err(&InputError{Input: name, Err: err})
	}
	return r.process(e, &source{name: name, ext: strings.ToLower(path.Ext(filepath.ToSlash(name))), data: data})
}

func readFile(fsys fs.FS, name string, max int64) ([]byte, error) {
	var (
		f   fs.File
		err error
	)
	if fsys == nil {
		f, err = os.Open(name)
	} else {
		f, err = fsys.Open(name)
	}
	if err != nil {
		return nil, pathErr(err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > max {
		return nil, tooLarge(max)
	}
	return readLimited(f, max)
}

// readLimited reads all of rd, failing with ErrTooLarge past max bytes.
func readLimited(rd io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, tooLarge(max)
	}
	return data, nil
}

func tooLarge(max int64) error {
	size := fmt.Sprintf("%d bytes", max)
	if max >= 1<<20 && max%(1<<20) == 0 {
		size = fmt.Sprintf("%d MiB", max>>20)
	}
	return fmt.Errorf("%w: more than %s (raise Options.MaxBytes to read it)", ErrTooLarge, size)
}

// pathErr drops the operation and path from an *fs.PathError, since the
// InputError already names the input; errors.Is(err, fs.ErrNotExist) still
// holds.
func pathErr(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}

// walkable reports whether a file found while walking a directory is read:
// files with an input extension, web-page extensions that are sniffed, and
// files without an extension. Everything else (images, archives, README.md,
// source code) is skipped silently; a file named explicitly is always read.
func walkable(name string) bool {
	ext := strings.ToLower(path.Ext(filepath.ToSlash(name)))
	if ext == "" {
		return true
	}
	if _, ok := extFormats[ext]; ok {
		return true
	}
	return pageExts[ext]
}

// pageExts are extensions of saved web pages whose content is sniffed.
var pageExts = map[string]bool{
	".php": true, ".asp": true, ".aspx": true, ".jsp": true, ".shtml": true,
	".cfm": true, ".cgi": true,
}

// Bytes is All for one input already in memory, such as an upload: name
// is its file name (its extension tells the input's shape, and it becomes
// the documents' Source) and contentType, when not "", its media type and
// charset. Data larger than Options.MaxBytes is refused with ErrTooLarge.
func (r *Reader) Bytes(ctx context.Context, name, contentType string, data []byte) iter.Seq2[*isnad.Document, error] {
	return func(yield func(*isnad.Document, error) bool) {
		e := &emitter{ctx: ctx, yield: yield}
		if !e.alive() {
			return
		}
		if int64(len(data)) > r.max {
			e.err(&InputError{Input: name, Err: tooLarge(r.max)})
			return
		}
		r.process(e, &source{name: name, ext: strings.ToLower(path.Ext(name)), contentType: contentType, data: data})
	}
}

// Files returns the inputs with each directory replaced by the files a
// Reader would read from it (walked in lexical order, skipping hidden
// entries and files that are not articles); other inputs (files, URLs,
// "-") are kept as given. It is how work is split into one job per file.
func Files(inputs ...string) ([]string, error) {
	var out []string
	for _, in := range inputs {
		if in == "-" || IsURL(in) {
			out = append(out, in)
			continue
		}
		fi, err := os.Stat(in)
		if err != nil {
			return nil, &InputError{Input: in, Err: pathErr(err)}
		}
		if !fi.IsDir() {
			out = append(out, in)
			continue
		}
		var werr error
		articleFiles(nil, in, func(p string, err error) bool {
			if err != nil {
				werr = &InputError{Input: p, Err: pathErr(err)}
				return false
			}
			out = append(out, p)
			return true
		})
		if werr != nil {
			return nil, werr
		}
	}
	return out, nil
}
