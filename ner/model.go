package ner

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"slices"
	"sync"

	"github.com/isnad-news/isnad/gazetteer"
)

// The model file is gzip-compressed and holds, little-endian:
//
//	"ISNADNER" and the format version (uint32)
//	the Info as JSON (uint32 length, bytes)
//	the train lexicon: count (uvarint), then per word its length (uvarint),
//	  bytes and code, sorted by word
//	(format 3 only) the stem frequencies, in the same way: count, then per
//	  stem its length, bytes and frequency class; format 2 has none
//	the number of passes (byte, 1 or 2), then the final pass's weights and,
//	  for two, the first pass's; each is:
//	  the weight scale (float32): a stored int16 q means q × scale
//	  the transition weights ((nTags+1) × nTags float32)
//	  the features: count (uvarint), then per feature, sorted by hash, the
//	  hash's difference from the previous one (uvarint), a uint16 mask of the
//	  tags with a weight, and those weights (int16)
const (
	modelMagic  = "ISNADNER"
	modelFormat = 3
)

// ErrModel is returned (wrapped) by Load for a file that is not a model this
// version of the package can read.
var ErrModel = errors.New("not a usable ner model")

// Save writes the model to w in the format Load reads.
func (t *Tagger) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	le := binary.LittleEndian
	var buf []byte
	buf = append(buf, modelMagic...)
	buf = le.AppendUint32(buf, modelFormat)
	info, err := json.Marshal(t.info)
	if err != nil {
		return err
	}
	buf = le.AppendUint32(buf, uint32(len(info)))
	buf = append(buf, info...)
	var codes, freq map[string]byte
	if t.tl != nil {
		codes, freq = t.tl.codes, t.tl.freq
	}
	buf = appendTable(buf, codes)
	// Format 3: the stem frequencies, like the lexicon.
	buf = appendTable(buf, freq)
	passes := []*weights{&t.final}
	if t.first != nil {
		passes = append(passes, t.first)
	}
	buf = append(buf, byte(len(passes)))
	if _, err := bw.Write(buf); err != nil {
		return err
	}
	for _, p := range passes {
		if err := p.write(bw); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// write writes one pass's weights: the scale (float32; a stored int16 q
// means q × scale), the transitions ((nTags+1) × nTags float32) and the
// features.
func (p *weights) write(bw *bufio.Writer) error {
	le := binary.LittleEndian
	var maxAbs float64
	p.feats.each(func(_ uint64, row *[nTags]float32) {
		for _, v := range row {
			maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
		}
	})
	scale := float32(maxAbs / math.MaxInt16)
	if scale == 0 {
		scale = 1
	}
	var buf []byte
	buf = le.AppendUint32(buf, math.Float32bits(scale))
	for _, row := range p.trans {
		for _, v := range row {
			buf = le.AppendUint32(buf, math.Float32bits(v))
		}
	}
	type feat struct {
		h    uint64
		mask uint16
		q    [nTags]int16
	}
	var feats []feat
	p.feats.each(func(h uint64, row *[nTags]float32) {
		f := feat{h: h}
		for k, v := range row {
			q := math.Round(float64(v) / float64(scale))
			if q != 0 {
				f.mask |= 1 << k
				f.q[k] = int16(q)
			}
		}
		if f.mask != 0 {
			feats = append(feats, f)
		}
	})
	slices.SortFunc(feats, func(a, b feat) int { return cmp.Compare(a.h, b.h) })
	buf = binary.AppendUvarint(buf, uint64(len(feats)))
	prev := uint64(0)
	for _, f := range feats {
		buf = binary.AppendUvarint(buf, f.h-prev)
		prev = f.h
		buf = le.AppendUint16(buf, f.mask)
		for k := 0; k < nTags; k++ {
			if f.mask&(1<<k) != 0 {
				buf = le.AppendUint16(buf, uint16(f.q[k]))
			}
		}
		if len(buf) > 1<<16 {
			if _, err := bw.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
	}
	_, err := bw.Write(buf)
	return err
}

// read reads a model written by Save.
func read(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	defer zr.Close()
	br := bufio.NewReader(zr)
	t, err := readModel(br)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	return t, nil
}

func readModel(br *bufio.Reader) (*Tagger, error) {
	le := binary.LittleEndian
	head := make([]byte, len(modelMagic)+8)
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, err
	}
	if string(head[:len(modelMagic)]) != modelMagic {
		return nil, errors.New("bad magic")
	}
	format := le.Uint32(head[len(modelMagic):])
	if format != 2 && format != modelFormat {
		return nil, fmt.Errorf("format %d, want 2 or %d", format, modelFormat)
	}
	n := le.Uint32(head[len(modelMagic)+4:])
	if n > 1<<20 {
		return nil, errors.New("info too long")
	}
	js := make([]byte, n)
	if _, err := io.ReadFull(br, js); err != nil {
		return nil, err
	}
	t := &Tagger{}
	if err := json.Unmarshal(js, &t.info); err != nil {
		return nil, err
	}
	if t.info.Features != featureVersion {
		return nil, fmt.Errorf("feature set %d, want %d (retrain the model)", t.info.Features, featureVersion)
	}
	switch t.info.Dict {
	case "":
	case DictName:
		t.dict = loadDict()
	default:
		return nil, fmt.Errorf("dictionary %q, want %q (retrain the model)", t.info.Dict, DictName)
	}
	codes, err := readWordCodes(br)
	if err != nil {
		return nil, err
	}
	var freq map[string]byte
	if format >= 3 {
		if freq, err = readWordCodes(br); err != nil {
			return nil, err
		}
	}
	if codes != nil || freq != nil {
		t.tl = &trainLex{codes: codes, freq: freq}
		if t.tl.codes == nil {
			t.tl.codes = map[string]byte{}
		}
	}
	np, err := br.ReadByte()
	if err != nil {
		return nil, err
	}
	if np != 1 && np != 2 {
		return nil, fmt.Errorf("%d passes", np)
	}
	if err := t.final.read(br); err != nil {
		return nil, err
	}
	if np == 2 {
		t.first = new(weights)
		if err := t.first.read(br); err != nil {
			return nil, err
		}
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, errors.New("trailing data")
	}
	return t, nil
}

// readWordCodes reads a count (uvarint) and then per word its length
// (uvarint), bytes and code; it returns nil for none.
func readWordCodes(br *bufio.Reader) (map[string]byte, error) {
	nw, err := binary.ReadUvarint(br)
	if err != nil || nw == 0 {
		return nil, err
	}
	m := make(map[string]byte, min(nw, 1<<20))
	for range nw {
		l, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		if l > 1<<10 {
			return nil, errors.New("lexicon word too long")
		}
		b := make([]byte, l+1)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, err
		}
		m[string(b[:l])] = b[l]
	}
	return m, nil
}

func (p *weights) read(br *bufio.Reader) error {
	le := binary.LittleEndian
	var f32 [4]byte
	readF := func() (float32, error) {
		_, err := io.ReadFull(br, f32[:])
		return math.Float32frombits(le.Uint32(f32[:])), err
	}
	scale, err := readF()
	if err != nil {
		return err
	}
	for a := range p.trans {
		for b := range p.trans[a] {
			if p.trans[a][b], err = readF(); err != nil {
				return err
			}
		}
	}
	nf, err := binary.ReadUvarint(br)
	if err != nil {
		return err
	}
	if nf > 1<<26 {
		return errors.New("too many features")
	}
	p.feats = featTable{}
	p.feats.grow(int(nf))
	var h uint64
	var b2 [2]byte
	for range nf {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return err
		}
		h += d
		if _, err := io.ReadFull(br, b2[:]); err != nil {
			return err
		}
		mask := le.Uint16(b2[:])
		var row [nTags]float32
		for k := 0; k < nTags; k++ {
			if mask&(1<<k) == 0 {
				continue
			}
			if _, err := io.ReadFull(br, b2[:]); err != nil {
				return err
			}
			row[k] = float32(int16(le.Uint16(b2[:]))) * scale
		}
		p.feats.put(h, row)
	}
	return nil
}

// Load reads the model at path in fsys. A model trained with the gazetteer
// Lexicon (Info.Lexicon is GazetteerName) gets gazetteer.Default() attached,
// as Default does: without it its lexicon features would be missing and it
// would tag worse than it was measured (dev micro-F1 0.680 instead of 0.735
// for the version 4 recipe). A model trained with another Lexicon needs
// WithLexicon.
func Load(fsys fs.FS, path string) (*Tagger, error) {
	f, err := fsys.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: load model: %w", err)
	}
	defer f.Close()
	t, err := read(f)
	if err != nil {
		return nil, fmt.Errorf("ner: load model %s: %w", path, err)
	}
	if t.info.Lexicon == GazetteerName {
		t = t.WithLexicon(GazetteerLexicon(gazetteer.Default()))
	}
	return t, nil
}

// defaultModel is the path of the embedded model in models.
const defaultModel = "model/isnad-ner.bin.gz"

// models holds the models that ship with the package (see model/README.md).
//
//go:embed model/isnad-ner.bin.gz
var models embed.FS

var loadDefault = sync.OnceValues(func() (*Tagger, error) {
	return Load(models, defaultModel)
})

// Default returns the embedded model, loaded on first use and shared. When
// the model was trained with the gazetteer (GazetteerName), it comes with
// gazetteer.Default as its Lexicon.
func Default() (*Tagger, error) { return loadDefault() }

// appendTable appends a word → byte table to buf: its length, then each
// word (length-prefixed) and its byte, words in sorted order so that the
// same model always writes the same bytes.
func appendTable(buf []byte, m map[string]byte) []byte {
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	slices.Sort(words)
	buf = binary.AppendUvarint(buf, uint64(len(words)))
	for _, w := range words {
		buf = binary.AppendUvarint(buf, uint64(len(w)))
		buf = append(buf, w...)
		buf = append(buf, m[w])
	}
	return buf
}
