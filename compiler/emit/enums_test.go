package emit

import "testing"

func TestSingularNamesOneItemOfAnArrayProperty(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Tags", "Tag"},
		{"Categories", "Category"},
		{"Boxes", "Box"},
		{"Classes", "Class"},
		{"Matches", "Match"},
		{"Address", "AddressItem"},
		{"Data", "DataItem"},
		{"Is", "IsItem"},
	} {
		if got := singular(tc.in); got != tc.want {
			t.Errorf("singular(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
