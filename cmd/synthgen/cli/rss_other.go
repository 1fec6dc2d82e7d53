//go:build !unix

package cli

// peakRSS is unknown on this system.
func peakRSS() (uint64, bool) { return 0, false }
