package ir

// SharedUnion reports whether a union has a string branch whose semantic
// kind shares draws with its object's other fields (runtime.Kind.Shared):
// as a property, such a union passes the object's stream on to that
// branch, in both backends.
func SharedUnion(u *Union) bool {
	for _, br := range u.Branches {
		if sn, ok := br.(*String); ok && sn.Semantic.Shared() {
			return true
		}
	}
	return false
}
