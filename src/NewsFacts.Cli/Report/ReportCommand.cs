using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using NewsFacts.Cli.Common;

namespace NewsFacts.Cli.Report;

/// <summary>
/// <c>newsfacts report --out DIR [files…]</c>: a static, self-contained site (HTML, CSS, a little script, inline SVG;
/// nothing fetched from a network) that shows the evidence: one page per document with every quote highlighted, one
/// page per fact, a timeline, an entity graph and an overview. Without files it shows the built-in dataset; with facts
/// files and <c>&lt;document id&gt;.txt</c> files it shows those, read by the generator's own parser and validator.
/// </summary>
internal static class ReportCommand
{
    /// <summary>Makes the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var outFolder = new Option<string>("--out")
        {
            HelpName = "folder",
            Description = "The folder to write the site into: new, empty, or a folder a report was written to before (replaced whole).",
            Required = true,
        };
        var files = new Argument<string[]>("files")
        {
            Description = "Facts files (*.facts.yaml) and their documents' texts (<document id>.txt) to report on instead of the built-in dataset.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var standalone = new Option<bool>("--standalone")
        {
            Description = "The facts files are a dataset that is not built against the NewsFacts package (as for check --standalone).",
        };
        var command = new Command("report", "Write a static HTML site that shows the evidence: each document with every quote highlighted, a page per fact, a timeline and an entity graph.")
        {
            outFolder,
            files,
            standalone,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string[] paths = parse.GetValue(files) ?? Array.Empty<string>();
            foreach (string path in paths)
            {
                if (!File.Exists(path))
                {
                    throw new CliException(ExitCodes.BadArguments, Directory.Exists(path) ? $"'{path}' is a folder, not a facts or text file" : $"file not found: {path}");
                }
            }

            ReportDataset dataset = paths.Length == 0 ? BuiltInDataset.Load() : FactsFileDataset.Load(paths, parse.GetValue(standalone));
            string folder = parse.GetValue(outFolder)!;
            List<(string Path, string Text)> site = Pages(dataset).ToList();
            SiteWriter.Write(folder, site);
            Console.Out.WriteLine($"wrote {site.Count} files to {folder}: {Path.Combine(folder, SiteLinks.Index)}");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Every file of the site.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>Each file's path from the root and its text.</returns>
    public static IEnumerable<(string Path, string Text)> Pages(ReportDataset dataset)
    {
        List<DocumentAnalysis> documents = dataset.Documents.Select(d => DocumentAnalysis.Of(dataset, d)).ToList();
        yield return IndexPageWriter.Write(dataset, documents);
        yield return TimelinePageWriter.Write(dataset);
        yield return GraphPageWriter.Write(dataset);
        foreach (DocumentAnalysis document in documents)
        {
            yield return DocumentPageWriter.Write(dataset, document);
        }

        var facts = new FactPageWriter(dataset, new FactReferences(dataset));
        foreach (Fact fact in dataset.Facts)
        {
            yield return facts.Write(fact);
        }

        yield return (SiteLinks.Style, Asset("report.css"));
        yield return (SiteLinks.Script, Asset("report.js"));
    }

    private static string Asset(string name)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("report/" + name)
            ?? throw new InvalidOperationException($"the tool was built without its report asset {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
