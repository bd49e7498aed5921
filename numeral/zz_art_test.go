package numeral

import ("fmt";"os";"testing")

func TestZZArt(t *testing.T) {
	for _, f := range []string{"testdata/article.txt", "../arabic/testdata/sentences.txt"} {
	b, _ := os.ReadFile(f)
	s := string(b)
	for _, n := range Find(s) {
		lo := max(0, n.Start-25); for lo > 0 && (s[lo]&0xC0) == 0x80 { lo-- }
		hi := min(len(s), n.End+25); for hi < len(s) && (s[hi]&0xC0) == 0x80 { hi++ }
		fmt.Printf("%-22q %v %v  | %s\n", s[n.Start:n.End], n.Kind, n.Value, s[lo:hi])
	}
	}
}
