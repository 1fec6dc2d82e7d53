// Command synthgen is synthgen with the consumer's own generators
// registered, so `go run ./cmd/synthgen generate schemas/account.json`
// writes what the compiled fixtures hold.
package main

import (
	"os"

	"github.com/synthgen/synthgen/cmd/synthgen/cli"

	"example.com/consumer/gen"
)

func main() {
	os.Exit(cli.Main(cli.WithProvider("example.com/consumer/gen.AccountRef", gen.AccountRef)))
}
