// Package bench holds what `make bench` measures synthgen against: the
// hand-written reference generator (bench/reference) and, in the separate
// module bench/peers, the side-by-side benchmarks of every backend and of
// gofakeit, so the product itself never depends on a peer library.
package bench
