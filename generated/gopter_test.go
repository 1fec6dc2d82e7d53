package generated_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/synthgen/synthgen/generated/customer"
	"github.com/synthgen/synthgen/generated/order"
)

func gopterParams() *gopter.TestParameters {
	p := gopter.DefaultTestParameters()
	p.Rng.Seed(1) // a fixed seed: the test sees the same values every run
	p.MinSuccessfulTests = 200
	return p
}

func valid(t *testing.T, sch *jsonschema.Schema, rec []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(rec))
	if err != nil {
		return err
	}
	return sch.Validate(inst)
}

// TestGopterValuesAreValid: every value of the gopter generators is valid
// under the independent validator.
func TestGopterValuesAreValid(t *testing.T) {
	cust, ord := validator(t, "customer"), validator(t, "order")
	res := prop.ForAll(func(c customer.Customer) bool { return valid(t, cust, c.AppendJSON(nil)) == nil }, customer.GenCustomer()).Check(gopterParams())
	if !res.Passed() {
		t.Errorf("an invalid customer: %v", res.Args)
	}
	res = prop.ForAll(func(o order.Order) bool { return valid(t, ord, o.AppendJSON(nil)) == nil }, order.GenOrder()).Check(gopterParams())
	if !res.Passed() {
		t.Errorf("an invalid order: %v", res.Args)
	}
}

// TestGopterShrinksToASmallValidValue: a property that fails whenever a
// customer has a phone shrinks to a customer with a phone and no other
// optional property, nested ones included, still valid.
func TestGopterShrinksToASmallValidValue(t *testing.T) {
	sch := validator(t, "customer")
	res := prop.ForAll(func(c customer.Customer) bool { return c.Phone == nil }, customer.GenCustomer()).Check(gopterParams())
	if res.Status != gopter.TestFailed {
		t.Fatalf("the property should fail, got status %v", res.Status)
	}
	arg := res.Args[0]
	c, orig := arg.Arg.(customer.Customer), arg.OrigArg.(customer.Customer)
	if (orig.Nino != nil || orig.Tags != nil || orig.Address.Line2 != nil) && arg.Shrinks == 0 {
		t.Fatalf("no shrink happened from %s", orig.AppendJSON(nil))
	}
	if c.Phone == nil || c.Tags != nil || c.Nino != nil || c.Address.Line2 != nil {
		t.Errorf("shrunk to %s: want a phone and no other optional property", c.AppendJSON(nil))
	}
	if err := valid(t, sch, c.AppendJSON(nil)); err != nil {
		t.Errorf("the shrunk customer is invalid: %v\n%s", err, c.AppendJSON(nil))
	}
	t.Logf("%d shrinks: %s", arg.Shrinks, c.AppendJSON(nil))
}

// TestGopterShrinkCandidatesAreValid: for a customer with every optional
// property, nested ones included, the shrinker proposes each left out in
// turn, and every proposal is valid.
func TestGopterShrinkCandidatesAreValid(t *testing.T) {
	sch := validator(t, "customer")
	var full customer.Customer
	found := false
	for seed := uint64(0); seed < 2000 && !found; seed++ {
		full = customer.NewCustomerGenerator(seed).At(0)
		found = full.Phone != nil && full.Nino != nil && full.Tags != nil && full.Address.Line2 != nil
	}
	if !found {
		t.Fatal("no customer with every optional property in 2000 seeds")
	}
	shrink := customer.GenCustomer()(gopter.DefaultGenParameters()).Shrinker(full)
	var got []string
	for x, ok := shrink(); ok; x, ok = shrink() {
		c := x.(customer.Customer)
		rec := c.AppendJSON(nil)
		if err := valid(t, sch, rec); err != nil {
			t.Errorf("invalid proposal: %v\n%s", err, rec)
		}
		switch {
		case c.Phone == nil:
			got = append(got, "phone")
		case c.Nino == nil:
			got = append(got, "nino")
		case c.Tags == nil:
			got = append(got, "tags")
		case c.Address.Line2 == nil:
			got = append(got, "address.line2")
		}
	}
	if want := "phone nino tags address.line2"; strings.Join(got, " ") != want {
		t.Errorf("proposals leave out %q, want %q", strings.Join(got, " "), want)
	}
	if full.Address.Line2 == nil {
		t.Error("shrinking changed the original value")
	}
}
