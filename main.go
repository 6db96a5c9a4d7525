// Command kutip answers questions about the war in Ukraine with verbatim
// quotes from a corpus of news articles: on Discord (kutip serve) and on
// the command line (kutip ask, index, sources, eval).
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "kutip:", err)
		os.Exit(exitCode(err))
	}
}
