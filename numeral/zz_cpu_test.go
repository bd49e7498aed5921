package numeral

import (
	"os"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZCPU(t *testing.T) {
	b, _ := os.ReadFile("testdata/article.txt")
	s := string(b)
	const n = 3000
	c0 := cpuTime()
	for range n {
		Find(s)
	}
	t.Logf("%d bytes: %v CPU per Find", len(s), (cpuTime()-c0)/n)
}
