// Command synthgen turns JSON Schemas into synthetic records that are valid,
// realistic and reproducible. See `synthgen --help`.
package main

import (
	"os"

	"github.com/synthgen/synthgen/cmd/synthgen/cli"
)

func main() { os.Exit(cli.Main()) }
