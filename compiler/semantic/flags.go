package semantic

// Flag rules: a boolean whose name holds one of these words is usually on
// (OnPct of records) or usually off. Everything else is a fair coin.
var FlagRules = []struct {
	Words []string
	OnPct uint8
}{
	{[]string{"active", "enabled", "verified", "confirmed", "available", "visible", "valid", "published",
		"subscribed", "accepted", "approved", "stock", "resident", "paid"}, 85},
	{[]string{"deleted", "archived", "blocked", "banned", "suspended", "disabled", "locked", "fraud", "flagged",
		"cancelled", "canceled", "test", "spam", "expired", "failed", "deceased", "refunded", "overdue", "admin"}, 8},
}

// DetectFlag returns how often a boolean named name (under parent) is
// true, or ok == false for a fair coin.
func DetectFlag(name string) (pct uint8, why string, ok bool) {
	toks := Tokens(name)
	for _, t := range toks {
		for _, r := range FlagRules {
			for _, w := range r.Words {
				if t == w || singular(t) == w {
					return r.OnPct, "name " + quote(name) + " has " + quote(w), true
				}
			}
		}
	}
	return 0, "", false
}
