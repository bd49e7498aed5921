package isnad

import (
	"embed"
	"io/fs"
)

//go:embed testdata/corpus
var corpus embed.FS

// SampleCorpus returns the project's own sample articles (testdata/corpus):
// invented articles from invented outlets about two invented events, in
// every input format isnad reads. The demo and golden tests use it.
func SampleCorpus() fs.FS {
	sub, err := fs.Sub(corpus, "testdata/corpus")
	if err != nil { // cannot happen: the directory is embedded
		return corpus
	}
	return sub
}
