package billing_test

import (
	"bytes"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"

	"example.com/consumer/billing"
	"example.com/consumer/fixtures"
	"github.com/synthgen/synthgen/runtime"
)

// Typed fixtures: stable for this test, different from other tests'.
func TestCancelledAccountsPayNothing(t *testing.T) {
	cancelled := "2026-01-31T12:00:00Z"
	accounts := fixtures.NewAccountFixtures(t).
		With(func(a *fixtures.Account) { a.CancelledAt = &runtime.Nullable[string]{Value: cancelled, Valid: true} }).
		Slice(20)
	for i, a := range accounts {
		if fee := billing.MonthlyFee(a); fee != 0 {
			t.Errorf("account %d (%s) is cancelled but pays %v", i, a.AccountID, fee)
		}
	}
}

// Overrides change only the fields they set: the same account, on another
// plan, with no negotiated fee.
func TestEnterpriseSeatsCostMoreThanTeamSeats(t *testing.T) {
	fx := fixtures.NewAccountFixtures(t)
	on := func(plan fixtures.Plan) *fixtures.AccountFixtures {
		return fx.With(func(a *fixtures.Account) { a.Plan, a.MonthlyFee, a.CancelledAt = plan, nil, nil })
	}
	team, ent := on(fixtures.PlanTeam), on(fixtures.PlanEnterprise)
	for i := uint64(0); i < 20; i++ {
		tm, en := team.At(i), ent.At(i)
		if tm.AccountID != en.AccountID || tm.Seats != en.Seats {
			t.Fatalf("account %d differs beyond the overridden fields", i)
		}
		if billing.MonthlyFee(en) <= billing.MonthlyFee(tm) {
			t.Errorf("account %d: enterprise %v <= team %v", i, billing.MonthlyFee(en), billing.MonthlyFee(tm))
		}
	}
}

// A gopter property over generated accounts: every value satisfies the
// schema, so the fee is never negative.
func TestFeeIsNeverNegative(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.Rng.Seed(7)
	properties := gopter.NewProperties(params)
	properties.Property("fee >= 0", prop.ForAll(func(a fixtures.Account) bool {
		return billing.MonthlyFee(a) >= 0
	}, fixtures.GenAccount()))
	properties.TestingRun(t)
}

// The CSV encoder needs no reflection and writes `synthgen generate -f csv`'s
// columns.
func TestAccountsAsCSV(t *testing.T) {
	buf := fixtures.AppendAccountCSVHeader(nil)
	for _, a := range fixtures.NewAccountGenerator(1).Slice(3) {
		buf = a.AppendCSV(buf)
	}
	lines := strings.Split(strings.TrimSuffix(string(buf), "\n"), "\n")
	if lines[0] != "account_id,ref,owner_email,plan,seats,monthly_fee,billing_address.city,billing_address.country,cancelled_at,labels" {
		t.Errorf("header %q", lines[0])
	}
	if len(lines) != 4 {
		t.Errorf("%d lines, want a header and 3 rows", len(lines))
	}
}

// The custom generator fills Reference, and a synthgen built with it
// (./cmd/synthgen) writes the same records as the compiled generator.
func TestReferencesComeFromTheCustomGenerator(t *testing.T) {
	ref := regexp.MustCompile(`^ACC-[0-9]{6}$`)
	g := fixtures.NewAccountGenerator(5)
	var want []byte
	for _, a := range g.Slice(5) {
		if !ref.MatchString(a.Reference) {
			t.Errorf("reference %q", a.Reference)
		}
		want = append(a.AppendJSON(want), '\n')
	}
	cmd := exec.Command("go", "run", "../cmd/synthgen", "generate", "../schemas/account.json", "-n", "5", "--seed", "5")
	got, err := cmd.Output()
	if err != nil {
		t.Fatalf("go run ../cmd/synthgen: %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the consumer's synthgen and the compiled generator differ:\n%s\n%s", got, want)
	}
}
