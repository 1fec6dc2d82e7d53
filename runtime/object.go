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
func (o *Object) personFor(c *semCtx) *person { return o.personIn(c.locale, c.now) }

// spotFor returns the object's place in the locale of c.
func (o *Object) spotFor(c *semCtx) *spot { return o.spotIn(c.locale) }

// personIn returns the object's person in locale l at clock now.
func (o *Object) personIn(l Locale, now int64) *person {
	if !o.havePerson || o.personLoc != l || o.personNow != now {
		drawPerson(&o.person, o.s, l.data(), now)
		o.havePerson, o.personLoc, o.personNow = true, l, now
	}
	return &o.person
}

// spotIn returns the object's place in locale l.
func (o *Object) spotIn(l Locale) *spot {
	if !o.haveSpot || o.spotLoc != l {
		drawSpot(&o.spot, o.s, l.data())
		o.haveSpot, o.spotLoc = true, l
	}
	return &o.spot
}
