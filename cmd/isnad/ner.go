package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/isnad-news/isnad/ner"
)

func (m *Main) runNER(ctx context.Context, args []string) error {
	fs := m.flags("ner", "[flags] < CONLL", `
Reads tokens in CoNLL style from standard input, one token per line (further
columns, such as a gold tag, are ignored; tabs or spaces separate them), with
a blank line between sentences, and prints each token with its named-entity
tag, "token<TAB>TAG", in BIO over ANERcorp's types PERS, LOC, ORG and MISC
(news outlets are ORG). Blank lines are kept, so the output has as many lines
as the input. Carriage returns and trailing spaces are ignored.

The input is tagged as one stream of sentences in document order: each
sentence is tagged knowing how the same words were tagged in the sentences
around it (as the dev scores in ner/model/README.md were measured), so give
the sentences of an article together and in order.

The model is the one embedded in the program (see ner/model/README.md), or
the file given with -model.`)
	model := fs.String("model", "", "read the model from this file instead of the embedded one")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(m.Stderr, "isnad ner: reads standard input; give no arguments")
		fs.Usage()
		return errUsage
	}
	var t *ner.Tagger
	var err error
	if *model != "" {
		t, err = ner.Load(os.DirFS(filepath.Dir(*model)), filepath.Base(*model))
	} else {
		t, err = ner.Default()
	}
	if err != nil {
		return err
	}
	return tagCoNLL(ctx, t, m.Stdin, m.Stdout)
}

// nerChunk is how many sentences tagCoNLL writes per call of TagSentences;
// each call also sees ner.StreamContext sentences on either side.
var nerChunk = 1000

// tagCoNLL tags the sentences of r as one document stream, in input order,
// each knowing how the same words were tagged in the nearby sentences (as
// ner.TagSentences and the dev scores of ner/model/README.md do), and writes
// one line per input line. It holds at most nerChunk + 2×ner.StreamContext
// sentences in memory.
func tagCoNLL(ctx context.Context, t *ner.Tagger, r io.Reader, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	// sents are the buffered sentences, after[i] the blank lines that
	// follow sents[i]; sents[:done] are written and kept as context.
	var sents [][]string
	var after []int
	var words []string
	done := 0
	write := func(upto int) error {
		if upto <= done {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		tags := t.TagSentences(sents)
		for j := done; j < upto; j++ {
			for i, tag := range tags[j] {
				bw.WriteString(sents[j][i])
				bw.WriteByte('\t')
				bw.WriteString(tag)
				bw.WriteByte('\n')
			}
			for range after[j] {
				bw.WriteByte('\n')
			}
		}
		done = upto
		if keep := max(done-ner.StreamContext, 0); keep > 0 {
			sents, after, done = slices.Delete(sents, 0, keep), slices.Delete(after, 0, keep), done-keep
		}
		return nil
	}
	endSentence := func() error {
		if len(words) == 0 {
			return nil
		}
		sents, after = append(sents, words), append(after, 0)
		words = nil
		if len(sents)-done >= nerChunk+ner.StreamContext {
			return write(done + nerChunk)
		}
		return nil
	}
	err := ner.ScanCoNLL(r, func(f []string) error {
		if len(f) > 0 {
			words = append(words, f[0])
			return nil
		}
		if err := endSentence(); err != nil {
			return err
		}
		if len(sents) == done {
			// Nothing is waiting to be written: the blank line comes
			// before every sentence still to come.
			return bw.WriteByte('\n')
		}
		after[len(after)-1]++
		return nil
	})
	if err != nil {
		if errors.Is(err, ctx.Err()) {
			return err
		}
		return fmt.Errorf("standard input: %w", err)
	}
	if err := endSentence(); err != nil {
		return err
	}
	if err := write(len(sents)); err != nil {
		return err
	}
	return bw.Flush()
}
