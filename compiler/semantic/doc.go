// Package semantic holds THE detection table: the rules that read a
// field's name, its parent object's name, its title and description and
// its format, and say what the field means (an e-mail, a city, a NINO) as
// runtime.Kind candidates, most realistic first. It also holds the
// compile-time check that picks the first candidate whose values provably
// meet the field's constraints, and the generator of docs/FIELDS.md.
//
// It imports runtime only; lower calls it, nothing in runtime imports it.
package semantic
