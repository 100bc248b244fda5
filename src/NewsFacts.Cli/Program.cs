using System.CommandLine;
using NewsFacts;
using NewsFacts.Cli.Check;
using NewsFacts.Cli.Export;
using NewsFacts.Cli.Report;
using NewsFacts.Cli.Search;
using NewsFacts.Cli.Show;
using NewsFacts.Cli.Timeline;

// newsfacts: the NewsFacts dataset from the command line, built on the compiled records (not on the YAML),
// plus `check`, which runs the generator's parser and validator on facts files.
// Exit codes (docs/cli.md): 0 success, 1 bad arguments, 2 the command failed, 3 no such fact (show),
// 4 check found errors. Every action runs inside CommandRunner, so a failure is one line, never a stack trace.
FactCatalog catalog = Dataset.Catalog;

var root = new RootCommand("newsfacts: facts about Vladimir Putin's June 2024 state visit to North Korea, compiled into code, each with its source quote. See docs/cli.md.")
{
    ShowCommand.Create(catalog),
    SearchCommand.Create(catalog),
    TimelineCommand.Create(catalog),
    ExportCommand.Create(catalog),
    CheckCommand.Create(),
    ReportCommand.Create(),
};

return root.Parse(args).Invoke();
