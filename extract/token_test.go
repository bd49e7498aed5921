package extract

import (
	"testing"
	"unicode"
)

func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpace(%U) = %v, want %v", r, isSpace(r), unicode.IsSpace(r))
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "alef forms", in: "أإآٱا", want: "ااااا"},
		{name: "yeh forms", in: "ىیي", want: "ييي"},
		{name: "kaf forms", in: "کك", want: "كك"},
		{name: "teh marbuta", in: "مدرسة", want: "مدرسه"},
		{name: "diacritics and tatweel", in: "أَيْلُـول", want: "ايلول"},
		{name: "digits", in: "٢٠١٧ ۲۰۱۷", want: "2017 2017"},
		{name: "latin case", in: "AFP News", want: "afp news"},
		{name: "invisible marks", in: "\u200fمعن\u200c", want: "معن"},
		{name: "presentation forms", in: "\ufefb", want: "لا"},
		{name: "unchanged", in: "كتب", want: "كتب"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fold(tt.in); got != tt.want {
				t.Errorf("fold(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
			if got := fold(fold(tt.in)); got != fold(tt.in) {
				t.Errorf("fold is not idempotent on %+q", tt.in)
			}
		})
	}
}
