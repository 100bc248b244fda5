using System;
using System.CommandLine;
using System.CommandLine.Help;
using NewsFacts;
using NewsFacts.Cli.Check;
using NewsFacts.Cli.Common;
using NewsFacts.Cli.Export;
using NewsFacts.Cli.Report;
using NewsFacts.Cli.Schema;
using NewsFacts.Cli.Search;
using NewsFacts.Cli.Show;
using NewsFacts.Cli.Timeline;

// newsfacts: the NewsFacts dataset from the command line, built on the compiled records (not on the YAML),
// plus `check`, which runs the generator's parser and validator on facts files.
// Exit codes (Common/ExitCodes.cs, docs/cli.md): 0 success, 1 bad arguments, 2 the command failed, 3 no such fact
// (show), 4 check found errors. Every action runs inside CommandRunner, and so does the parsing and the help, so a
// failure is one line, never a stack trace. Colour (Common/Terminal.cs) is decided once, after parsing, from
// --color, NO_COLOR, TERM and whether each stream is a terminal.
FactCatalog catalog = Dataset.Catalog;
StandardOutput.Guard();
Option<string> color = Terminal.CreateOption();

// The root is a plain Command rather than a RootCommand: a RootCommand is named after the executable, which is
// NewsFacts.Cli (the assembly), and every usage line would say so; the command a user types is `newsfacts`.
// An installed tool has no docs/ folder, so the help says itself what the commands and exit codes are.
var root = new Command(
    "newsfacts",
    "Facts about Vladimir Putin's June 2024 state visit to North Korea, compiled into code, each with its source quote. "
    + "`newsfacts <command> --help` describes a command. "
    + $"Exit codes: {ExitCodes.Success} success, {ExitCodes.BadArguments} bad arguments, {ExitCodes.Failure} the command failed (an export that fails leaves the old files as they were), "
    + $"{ExitCodes.NotFound} show found no such fact, {ExitCodes.InvalidFacts} check found errors.")
{
    new HelpOption(),
    new VersionOption(),
    color,
    ShowCommand.Create(catalog),
    SearchCommand.Create(catalog),
    TimelineCommand.Create(catalog),
    ExportCommand.Create(catalog),
    CheckCommand.Create(),
    ReportCommand.Create(),
    SchemaCommand.Create(),
};

var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Error = new ErrorWriter(Console.Error) };
return CommandRunner.Run(() =>
{
    ParseResult parsed = root.Parse(args);
    Terminal.Configure(Terminal.ModeOf(parsed, color));
    return parsed.Invoke(invocation);
});
