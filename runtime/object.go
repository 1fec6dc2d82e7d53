package runtime

// Object is what the properties of one object share: the object's stream,
// and the person and the place its person and place kinds (Kind.Shared)
// draw from. Both are pure functions of the stream, the locale and the
// clock, drawn at most once per object however many properties ask, so
// caching them changes no byte of output, only the cost: a customer's
// first name, last name, e-mail and date of birth draw one person, not four.
//
// An Object lives on its object's generating function's stack (or in the
// plan's per-depth scratch) and is passed by pointer; it is not safe for
// concurrent use and must not outlive the object.
type Object struct {
	s Stream

	// What a cached draw was made in. Locale values, not *localeData: a
	// pointer stored here would make escape analysis move every Object,
	// and so every generated object, to the heap.
	havePerson, haveSpot bool
	personLoc, spotLoc   Locale
	personNow            int64

	person person
	spot   spot
}

// NewObject returns the shared state of the object whose stream is s.
func NewObject(s Stream) Object { return Object{s: s} }

// personFor returns the object's person in the locale and clock of c,
// drawing it on first use. A property with another locale or clock (rare:
// x-locale on one field) gets its own draw, as it would without the cache.
func (o *Object) personFor(c *semCtx) *person {
	if !o.havePerson || o.personLoc != c.locale || o.personNow != c.now {
		drawPerson(&o.person, o.s, c.loc, c.now)
		o.havePerson, o.personLoc, o.personNow = true, c.locale, c.now
	}
	return &o.person
}

// spotFor returns the object's place in the locale of c.
func (o *Object) spotFor(c *semCtx) *spot {
	if !o.haveSpot || o.spotLoc != c.locale {
		drawSpot(&o.spot, o.s, c.loc)
		o.haveSpot, o.spotLoc = true, c.locale
	}
	return &o.spot
}
