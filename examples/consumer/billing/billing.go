// Package billing is the consumer's own code under test: it prices
// accounts.
package billing

import "example.com/consumer/fixtures"

// seatPrice is the monthly price of one seat on each plan.
var seatPrice = map[fixtures.Plan]float64{fixtures.PlanFree: 0, fixtures.PlanTeam: 8, fixtures.PlanEnterprise: 21}

// MonthlyFee is what an account pays a month: its negotiated fee when it
// has one, else seats times the plan's seat price; nothing once cancelled.
func MonthlyFee(a fixtures.Account) float64 {
	if a.CancelledAt != nil && a.CancelledAt.Valid {
		return 0
	}
	if a.MonthlyFee != nil {
		return *a.MonthlyFee
	}
	return float64(a.Seats) * seatPrice[a.Plan]
}
