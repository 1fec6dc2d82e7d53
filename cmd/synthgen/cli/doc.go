// Package cli holds synthgen's cobra commands. It is a thin layer: flags
// become calls into compiler, plan and emit, and errors become exit codes
// in one place (exit.go). cmd/synthgen's main only calls Main.
package cli
