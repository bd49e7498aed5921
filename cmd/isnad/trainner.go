package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/isnad-news/isnad/gazetteer"
	"github.com/isnad-news/isnad/ner"
)

// wojoodTypes maps the Wojood sample's types onto ANERcorp's; types not
// listed (DATE, TIME, CARDINAL, ORDINAL, OCC, …) become O. The choice was
// measured on the dev split (see ner/model/README.md).
var wojoodTypes = map[string]string{
	"PERS": "PERS",
	"ORG":  "ORG",
	"GPE":  "LOC",
	"LOC":  "LOC",
	"FAC":  "LOC",
}

// wojoodMisc are the Wojood types that become MISC with -wojood-misc.
var wojoodMisc = map[string]bool{"NORP": true, "EVENT": true, "LANGUAGE": true, "PRODUCT": true, "LAW": true}

func (m *Main) runTrainNER(ctx context.Context, args []string) error {
	fs := m.flags("train-ner", "[flags]", `
Trains the named-entity tagger (package ner) on ANERcorp-style CoNLL data
and writes the model. The last 10 % of the sentences of -data (in file order)
are held out as the dev split: the model is trained on the first 90 % (plus
-wojood, if given) and its conlleval-style precision, recall and F1 per type
on the dev split are printed after each epoch (with -bag, once, for the mean
of the models). With -all, a second model is
then trained the same way on all of -data, and that one is written.

The shipped model was made with:

  isnad train-ner -data ../shared/data/ner/anercorp/train.conll -gazetteer \
    -dict -stem-freq -bag 5 -all -version 11 -out ner/model/isnad-ner.bin.gz`)
	data := fs.String("data", "", "training data: CoNLL, `token TAG` per line, blank line between sentences (required)")
	wojood := fs.String("wojood", "", "directory of the Wojood sample; its *.flat.conll files are added to the training data with types mapped to ANERcorp's")
	wojoodMiscFlag := fs.Bool("wojood-misc", false, "map Wojood NORP, EVENT, LANGUAGE, PRODUCT and LAW to MISC (default: O)")
	out := fs.String("out", "", "write the model to this file")
	epochs := fs.Int("epochs", 12, "training epochs")
	seed := fs.Uint64("seed", 1, "random seed for the order of sentences")
	all := fs.Bool("all", false, "after reporting dev scores, retrain on all of -data and write that model")
	noLex := fs.Bool("no-trainlex", false, "leave out the entity word list built from the training data")
	onePass := fs.Bool("one-pass", false, "train only the first pass (no document-context features)")
	prune := fs.Float64("prune", 0.05, "drop averaged weights smaller than this")
	version := fs.String("version", "1", "model version to record")
	gaz := fs.Bool("gazetteer", false, "use the gazetteer (package gazetteer) as the model's Lexicon")
	stemFreq := fs.Bool("stem-freq", false, "add each word's stem frequency class in the training data as a feature")
	dict := fs.Bool("dict", false, "add the dictionary features (ner.DictName: whether a word is an ordinary Arabic word)")
	update := fs.String("update", "perceptron", "update rule: perceptron, pa (passive-aggressive) or crf (linear-chain CRF, SGD with L2)")
	pac := fs.Float64("pa-c", 1, "aggressiveness of -update pa")
	crfC2 := fs.Float64("crf-c2", 1, "L2 penalty of -update crf")
	crfEta := fs.Float64("crf-eta", 0.1, "first step of -update crf")
	tune := fs.Bool("tune-bias", false, "choose the O bias that scores best on the dev split (and, with -all, use it)")
	oBias := fs.Float64("o-bias", 0, "lower the score of O by this much when tagging (more recall, less precision)")
	bag := fs.Int("bag", 1, "train this many models (seeds -seed, -seed+1, …) and average their weights")
	keepBest := fs.Bool("keep-best", false, "keep the epoch that scores best on the dev split (and, with -all, train that many epochs on all)")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	switch *update {
	case "perceptron", "pa", "crf":
	default:
		fmt.Fprintf(m.Stderr, "isnad train-ner: -update %q: want perceptron, pa or crf\n", *update)
		return errUsage
	}
	if *data == "" || fs.NArg() > 0 {
		fmt.Fprintln(m.Stderr, "isnad train-ner: give -data and no arguments")
		fs.Usage()
		return errUsage
	}
	sents, err := readCoNLLFile(*data)
	if err != nil {
		return err
	}
	if len(sents) < 10 {
		return fmt.Errorf("%s: only %d sentences: need at least 10", *data, len(sents))
	}
	cut := len(sents) - len(sents)/10
	train, dev := sents[:cut], sents[cut:]
	var extra []ner.Sentence
	dataDesc := fmt.Sprintf("%s (%d sentences)", filepath.Base(*data), len(sents))
	if *wojood != "" {
		files, err := filepath.Glob(filepath.Join(*wojood, "*.flat.conll"))
		if err != nil || len(files) == 0 {
			return fmt.Errorf("-wojood %s: no *.flat.conll files", *wojood)
		}
		for _, f := range files {
			s, err := readCoNLLFile(f)
			if err != nil {
				return err
			}
			extra = append(extra, mapWojood(s, *wojoodMiscFlag)...)
		}
		dataDesc += fmt.Sprintf(" + Wojood sample (%d sentences)", len(extra))
	}
	fmt.Fprintf(m.Stdout, "train %d sentences (+%d), dev %d sentences (the last 10 %% of %s)\n",
		len(train), len(extra), len(dev), *data)
	opt := ner.TrainOptions{
		Epochs: *epochs, Seed: *seed, NoTrainLex: *noLex, Prune: *prune, OnePass: *onePass,
		Info: ner.Info{Name: "isnad-ner", Version: *version}, Dict: *dict, StemFreq: *stemFreq,
		Update: *update, PAC: *pac, CRFC2: *crfC2, CRFEta: *crfEta, KeepBest: *keepBest,
		TuneBias: *tune, OBias: float32(*oBias), Bag: *bag,
		Dev: dev,
		Progress: func(epoch int, sc ner.Scores) {
			fmt.Fprintf(m.Stdout, "epoch %2d  dev micro P %.4f R %.4f F1 %.4f\n",
				epoch, sc.Micro.Precision(), sc.Micro.Recall(), sc.Micro.F1())
		},
	}
	if *gaz {
		g := gazetteer.Default()
		opt.Lexicon = ner.GazetteerLexicon(g)
		dataDesc += fmt.Sprintf("; lexicon %s (%d entries)", ner.GazetteerName, g.Len())
	}
	start := time.Now()
	opt.Info.Data = dataDesc + ", first 90 %"
	t, err := ner.Train(slices.Concat(train, extra), opt)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "\ndev scores after %d epochs, O bias %.4g (%s):\n", t.Info().Epochs, t.Info().OBias, time.Since(start).Round(time.Second))
	ner.Evaluate(t, dev).WriteTable(m.Stdout)
	if *all {
		opt.Dev, opt.Progress, opt.KeepBest = nil, nil, false
		opt.Epochs, opt.OBias, opt.TuneBias = t.Info().Epochs, t.Info().OBias, false
		opt.Info.Data = dataDesc + ", all"
		if t, err = ner.Train(slices.Concat(sents, extra), opt); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "\nretrained on all %d sentences\n", len(sents)+len(extra))
	}
	if *out == "" {
		return nil
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := t.Save(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", *out, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	st, _ := os.Stat(*out)
	fmt.Fprintf(m.Stdout, "wrote %s (%.1f MB)\n", *out, float64(st.Size())/1e6)
	return nil
}

func readCoNLLFile(path string) ([]ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ner.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// mapWojood maps the tags of Wojood sentences onto ANERcorp's types.
func mapWojood(sents []ner.Sentence, misc bool) []ner.Sentence {
	out := make([]ner.Sentence, 0, len(sents))
	for _, s := range sents {
		tags := make([]string, len(s.Tags))
		for i, t := range s.Tags {
			tags[i] = "O"
			bio, typ, ok := strings.Cut(t, "-")
			if !ok {
				continue
			}
			if m, ok := wojoodTypes[typ]; ok {
				tags[i] = bio + "-" + m
			} else if misc && wojoodMisc[typ] {
				tags[i] = bio + "-MISC"
			}
		}
		out = append(out, ner.Sentence{Words: s.Words, Tags: tags})
	}
	return out
}
