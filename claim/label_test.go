package claim

import "testing"

func TestLabel(t *testing.T) {
	tests := []struct {
		name string
		c    Comparison
		want string
	}{
		{"category", Comparison{Category: "buses", Counted: "حافلة"}, "حافلات"},
		{"unknown category: the counted word", Comparison{Category: "camels", Counted: "جمل"}, "جمل"},
		{"subject and event", Comparison{Category: "fighters", Subject: "داعش / turned back"}, "مقاتلون — داعش، عادت أدراجها"},
		{"total", Comparison{Category: "people", Subject: "total with families"}, "أشخاص — المجموع مع العائلات"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Label(tc.c); got != tc.want {
				t.Errorf("Label = %q, want %q", got, tc.want)
			}
		})
	}
	if CategoryLabel("children") != "أطفال" || CategoryLabel("xyz") != "xyz" {
		t.Error("CategoryLabel")
	}
}
