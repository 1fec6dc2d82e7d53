// Package reference is a hand-written generator of the customer record
// (schemas/customer.json), written the way an expert would without a
// generator: static word lists, a fast PRNG, JSON appended into a reused
// buffer, no reflection and no allocation per record. It is the yardstick
// of `make bench`: synthgen's compiled code aims to be within 1.25× of it.
// It imports only the standard library.
package reference
