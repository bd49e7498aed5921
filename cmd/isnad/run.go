package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// Exit codes that scripts can rely on.
const (
	exitOK      = 0 // everything asked for was done
	exitFailure = 1 // an error: some inputs failed (the rest were done) or the command could not run
	exitUsage   = 2 // the command line was wrong
)

// errUsage marks command-line errors; the usage has been printed.
var errUsage = errors.New("usage")

// errPartial marks a run where some inputs failed and were reported; the
// others were processed.
var errPartial = errors.New("some inputs failed")

// Main holds the program's environment, so tests can run commands in-process.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// Workers is the number of documents analysed in parallel.
	Workers int
	Logger  *slog.Logger
}

// NewMain returns a Main wired to the process's standard streams.
func NewMain() *Main {
	return &Main{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		Workers: runtime.GOMAXPROCS(0),
		Logger:  slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	}
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(m *Main, ctx context.Context, args []string) error
}

// commands returns the one table of subcommands, in the order help lists
// them. (A function, not a variable, because help refers to it.)
func commands() []command {
	return []command{
		{"analyze", "read articles and print each as one JSON object (no store needed)", (*Main).runAnalyze},
		{"ingest", "read articles, analyse them and add them to the store (or queue them for workers)", (*Main).runIngest},
		{"parse", "find numbers, quantities, dates and durations in lines of standard input", (*Main).runParse},
		{"ner", "tag CoNLL tokens on standard input with named-entity BIO tags", (*Main).runNER},
		{"train-ner", "train the named-entity tagger and print its dev scores", (*Main).runTrainNER},
		{"stories", "group the stored articles into stories and list them", (*Main).runStories},
		{"story", "print one story: its claims compared across outlets, its timeline", (*Main).runStory},
		{"export", "write the articles, claims or places as JSON Lines, CSV, GeoJSON or ClaimReview JSON-LD", (*Main).runExport},
		{"worker", "take ingest jobs from the NATS JetStream queue, analyse and store them", (*Main).runWorker},
		{"serve", "serve the store as an Arabic story desk in the browser and a JSON API", (*Main).runServe},
		{"search", "search the store with Arabic-aware matching", (*Main).runSearch},
		{"list", "list stored articles", (*Main).runList},
		{"demo", "ingest the sample corpus into a temporary store, show its figures, dates, names and chains, search it", (*Main).runDemo},
		{"help", "show the commands, or a command's help", (*Main).runHelp},
	}
}

// Run runs the command line args (without the program name) and returns the
// exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		m.usage(m.Stderr)
		return exitUsage
	}
	name, rest := args[0], args[1:]
	if name == "-h" || name == "-help" || name == "--help" {
		name = "help"
	}
	for _, c := range commands() {
		if c.name != name {
			continue
		}
		err := c.run(m, ctx, rest)
		switch {
		case err == nil, errors.Is(err, flag.ErrHelp):
			return exitOK
		case errors.Is(err, errUsage):
			return exitUsage
		case errors.Is(err, errPartial):
			return exitFailure
		default:
			fmt.Fprintf(m.Stderr, "isnad %s: %v\n", name, err)
			return exitFailure
		}
	}
	fmt.Fprintf(m.Stderr, "isnad: unknown command %q\n\n", name)
	m.usage(m.Stderr)
	return exitUsage
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprint(w, `isnad reads Arabic news articles (text, HTML, RSS/Atom, JSON Lines), cleans and
normalizes them, finds their figures and dates, stores them and searches them.

Usage:

	isnad <command> [flags] [arguments]

Commands:

`)
	for _, c := range commands() {
		fmt.Fprintf(w, "\t%-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run "isnad <command> -h" for a command's flags.
Exit codes: 0 done, 1 an error (for ingest and analyze: some inputs failed, the
rest were processed), 2 a wrong command line.
`)
}

func (m *Main) runHelp(ctx context.Context, args []string) error {
	if len(args) == 0 {
		m.usage(m.Stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] && c.name != "help" {
			return c.run(m, ctx, []string{"-h"})
		}
	}
	fmt.Fprintf(m.Stderr, "isnad help: unknown command %q\n", args[0])
	return errUsage
}

// flags returns a flag set for a subcommand whose usage prints synopsis,
// description and the flags.
func (m *Main) flags(name, synopsis, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: isnad %s %s\n\n%s\n", name, synopsis, strings.TrimSpace(description))
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintf(w, "\nFlags:\n")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parse parses args; -h prints usage to stdout and yields flag.ErrHelp.
func (m *Main) parse(fs *flag.FlagSet, args []string) error {
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "-help" || a == "--help" {
			fs.SetOutput(m.Stdout)
			fs.Usage()
			return flag.ErrHelp
		}
	}
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	return nil
}

// dbFlag adds the -db flag.
func (m *Main) dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", m.defaultDB(), "store path (SQLite file); default from $ISNAD_DB or the user data directory")
}

// defaultDB returns $ISNAD_DB, or isnad.db in the user's data directory
// ($XDG_DATA_HOME/isnad, ~/.local/share/isnad, ~/Library/Application
// Support/isnad, %LocalAppData%\isnad).
func (m *Main) defaultDB() string {
	if p := m.Getenv("ISNAD_DB"); p != "" {
		return p
	}
	dir := m.Getenv("XDG_DATA_HOME")
	if dir == "" {
		switch runtime.GOOS {
		case "windows":
			dir = m.Getenv("LocalAppData")
		case "darwin":
			if home, err := os.UserHomeDir(); err == nil {
				dir = filepath.Join(home, "Library", "Application Support")
			}
		default:
			if home, err := os.UserHomeDir(); err == nil {
				dir = filepath.Join(home, ".local", "share")
			}
		}
	}
	if dir == "" {
		dir = "."
	}
	return filepath.Join(dir, "isnad", "isnad.db")
}

// isTerminal reports whether w is a terminal (for progress output).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
