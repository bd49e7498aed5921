package claim

import "testing"

func f(v float64) *float64 { return &v }

func TestAgree(t *testing.T) {
	exact := func(v float64) Answer { return Answer{Min: f(v), Max: f(v)} }
	about := func(v float64) Answer { return Answer{Min: f(v), Max: f(v), Approx: true} }
	tests := []struct {
		name string
		a, b Answer
		tol  float64
		want bool
	}{
		{"equal exact", exact(300), exact(300), DefaultTolerance, true},
		{"different exact", exact(300), exact(308), DefaultTolerance, false},
		{"exact differ by one", exact(17), exact(18), DefaultTolerance, false},
		{"more than, above", Answer{Min: f(250)}, exact(300), DefaultTolerance, true},
		{"more than, below", Answer{Min: f(250)}, exact(200), DefaultTolerance, false},
		{"more than, at the bound", Answer{Min: f(250)}, exact(250), DefaultTolerance, true},
		{"less than, below", Answer{Max: f(100)}, exact(60), DefaultTolerance, true},
		{"less than, above", Answer{Max: f(100)}, exact(120), DefaultTolerance, false},
		{"open above and open below overlap", Answer{Min: f(50)}, Answer{Max: f(80)}, DefaultTolerance, true},
		{"open above and open below apart", Answer{Min: f(90)}, Answer{Max: f(80)}, DefaultTolerance, false},
		{"unbounded both sides", Answer{}, exact(7), DefaultTolerance, true},
		{"between vs about outside", Answer{Min: f(300), Max: f(500)}, about(600), DefaultTolerance, false},
		{"between vs exact inside", Answer{Min: f(300), Max: f(500)}, exact(450), DefaultTolerance, true},
		{"between vs about within tolerance", Answer{Min: f(300), Max: f(500)}, about(540), DefaultTolerance, true},
		{"about vs exact within 10%", about(300), exact(308), DefaultTolerance, true},
		{"about vs exact beyond 10%", about(300), exact(340), DefaultTolerance, false},
		{"about vs about overlapping margins", about(600), about(700), DefaultTolerance, true},
		{"about without tolerance", about(300), exact(308), 0, false},
		{"tens vs 40", Answer{Min: f(20), Max: f(99), Approx: true}, exact(40), DefaultTolerance, true},
		{"tens vs 150", Answer{Min: f(20), Max: f(99), Approx: true}, exact(150), DefaultTolerance, false},
		{"hundreds vs 300", Answer{Min: f(200), Max: f(999), Approx: true}, exact(300), DefaultTolerance, true},
		{"more than tens vs 500", Answer{Min: f(20), Approx: true}, exact(500), DefaultTolerance, true},
		{"at least 40 vs 40", Answer{Min: f(40)}, exact(40), DefaultTolerance, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Agree(tt.a, tt.b, tt.tol); got != tt.want {
				t.Errorf("Agree = %v, want %v", got, tt.want)
			}
			if got := Agree(tt.b, tt.a, tt.tol); got != tt.want {
				t.Errorf("Agree (swapped) = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestOptionsTolerance(t *testing.T) {
	tests := []struct {
		name string
		in   float64
		want float64
	}{
		{"zero is default", 0, DefaultTolerance},
		{"negative is none", -1, 0},
		{"set", 0.2, 0.2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (Options{Tolerance: tt.in}).tolerance(); got != tt.want {
				t.Errorf("tolerance = %v, want %v", got, tt.want)
			}
		})
	}
}
