using System;
using System.CommandLine;
using System.IO;
using NewsFacts;
using NewsFacts.Cli.Export;

// newsfacts: the NewsFacts dataset from the command line, built on the compiled records (not on the YAML).
// Exit codes: 0 success, 1 bad arguments, 2 the command failed (for example an output file that cannot be written).
var format = new Option<string>("--format")
{
    Description = "The export format.",
    DefaultValueFactory = _ => "json",
};
format.AcceptOnlyFromAmong("json");

var outPath = new Option<FileInfo?>("--out")
{
    Description = "Write to this file instead of standard output.",
};

var export = new Command("export", "Write the whole compiled dataset: documents, entities, events, relations, statements, claims, discrepancies.")
{
    format,
    outPath,
};
export.SetAction(parse => Run(() =>
{
    FileInfo? file = parse.GetValue(outPath);
    using Stream stream = file is null ? Console.OpenStandardOutput() : file.Create();
    JsonExporter.Write(Dataset.Catalog, stream);
    if (file is null)
    {
        Console.Out.WriteLine();
    }
}));

var root = new RootCommand("newsfacts: facts about Vladimir Putin's June 2024 state visit to North Korea, compiled into code, each with its source quote.")
{
    export,
};

return root.Parse(args).Invoke();

static int Run(Action action)
{
    try
    {
        action();
        return 0;
    }
    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine("newsfacts: " + exception.Message);
        return 2;
    }
}
