package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

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

// tagCoNLL tags the sentences of r, writing one line per input line.
func tagCoNLL(ctx context.Context, t *ner.Tagger, r io.Reader, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	var words []string
	flush := func() error {
		if len(words) == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		for i, tag := range t.Tag(words) {
			bw.WriteString(words[i])
			bw.WriteByte('\t')
			bw.WriteString(tag)
			bw.WriteByte('\n')
		}
		words = words[:0]
		return nil
	}
	err := ner.ScanCoNLL(r, func(f []string) error {
		if len(f) > 0 {
			words = append(words, f[0])
			return nil
		}
		if err := flush(); err != nil {
			return err
		}
		bw.WriteByte('\n')
		return nil
	})
	if err != nil {
		if errors.Is(err, ctx.Err()) {
			return err
		}
		return fmt.Errorf("standard input: %w", err)
	}
	if err := flush(); err != nil {
		return err
	}
	return bw.Flush()
}
