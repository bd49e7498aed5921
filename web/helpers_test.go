package web

import (
	"net/url"
	"os"
	"testing"

	"github.com/isnad-news/isnad/store"
)

func esc(s string) string { return url.QueryEscape(s) }

var tempDirs []string

func mkdirTemp() (string, error) {
	d, err := os.MkdirTemp("", "isnad-web-")
	if err == nil {
		tempDirs = append(tempDirs, d)
	}
	return d, err
}

func TestMain(m *testing.M) {
	code := m.Run()
	if fix != nil {
		fix.st.Close()
	}
	for _, d := range tempDirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

func storeFilter(outlet string) store.Filter { return store.Filter{Outlet: outlet} }

func pesc(s string) string { return url.PathEscape(s) }
