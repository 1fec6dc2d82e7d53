package runtime

// Named is what SeedFor needs of a test: its name. *testing.T, *testing.B,
// *testing.F and testing.TB all have it, so runtime need not import
// testing.
type Named interface{ Name() string }

// SeedFor returns the seed of a test's fixtures: the FNV-1a hash of its
// name. The same test gets the same records on every run and machine;
// two tests (or subtests) get different ones.
func SeedFor(t Named) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	name := t.Name()
	for i := 0; i < len(name); i++ {
		h ^= uint64(name[i])
		h *= prime
	}
	return h
}
