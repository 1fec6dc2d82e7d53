// Package peers measures, in one `go test -bench` run, every way of making
// the built-in records side by side: synthgen's compiled generators
// (generated/), its in-process plan, the hand-written reference
// (bench/reference) and gofakeit, both through gofakeit.Struct with tags
// and through hand-written Faker calls, encoded with encoding/json.
//
// It is a separate module so that synthgen itself never depends on a peer
// library; `make bench` runs it and prints one table (bench/benchtable).
package peers
