package semantic

import (
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/FIELDS.md")

const fieldsDoc = "../../docs/FIELDS.md"

func TestFieldsDocIsFresh(t *testing.T) {
	want := FieldsMarkdown()
	if *update {
		if err := os.WriteFile(fieldsDoc, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(fieldsDoc)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s is stale: run go test ./compiler/semantic -update", fieldsDoc)
	}
}
