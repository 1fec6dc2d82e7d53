package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/synthgen/synthgen/compiler"
	"github.com/synthgen/synthgen/compiler/diag"
)

// The exit codes of docs/DESIGN.md.
const (
	ExitOK          = 0
	ExitInternal    = 1
	ExitUsage       = 2
	ExitSchema      = 3
	ExitIO          = 4
	ExitInvalidData = 5
	ExitInterrupted = 130
)

// usageError is a mistake in the command line.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// ioError is a failure to read input data or write output.
type ioError struct{ err error }

func (e *ioError) Error() string { return e.err.Error() }
func (e *ioError) Unwrap() error { return e.err }

// invalidDataError says validate found invalid records; they were already
// reported one by one.
type invalidDataError struct{ invalid, total int }

func (e *invalidDataError) Error() string {
	return fmt.Sprintf("%d of %d records invalid", e.invalid, e.total)
}

// exitCode maps an error to the design's exit-code table.
func exitCode(err error) int {
	var (
		de *diag.Error
		ue *usageError
		ie *ioError
		ve *invalidDataError
	)
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, context.Canceled):
		return ExitInterrupted
	case errors.As(err, &ue), errors.Is(err, compiler.ErrUnknownDraft):
		return ExitUsage
	case errors.As(err, &de):
		if de.Kind == diag.KindNotFound {
			return ExitUsage
		}
		return ExitSchema
	case errors.As(err, &ve):
		return ExitInvalidData
	case errors.As(err, &ie):
		return ExitIO
	}
	return ExitInternal
}
