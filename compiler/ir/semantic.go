package ir

// SharedLeaf reports whether n is a string or number whose semantic kind
// shares draws with its object's other fields (runtime.Kind.Shared: a
// person, a place, a timeline). As a property, it is given the object's
// stream, in both backends.
func SharedLeaf(n Node) bool {
	switch n := n.(type) {
	case *String:
		return n.Semantic.Shared()
	case *Integer:
		return n.Dist != nil && n.Semantic.Shared()
	case *Number:
		return n.Dist != nil && n.Semantic.Shared()
	}
	return false
}

// SharedUnion reports whether a union has a SharedLeaf branch: as a
// property, such a union passes the object's stream on to that branch.
func SharedUnion(u *Union) bool {
	for _, br := range u.Branches {
		if SharedLeaf(br) {
			return true
		}
	}
	return false
}
