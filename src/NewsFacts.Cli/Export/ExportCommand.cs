using System;
using System.CommandLine;
using System.IO;
using NewsFacts.Cli.Common;

namespace NewsFacts.Cli.Export;

/// <summary><c>newsfacts export --format json|jsonld|csv [--out PATH]</c>: the whole compiled dataset.</summary>
public static class ExportCommand
{
    /// <summary>Makes the command.</summary>
    /// <param name="catalog">The dataset.</param>
    /// <returns>The command.</returns>
    public static Command Create(FactCatalog catalog)
    {
        var format = new Option<string>("--format")
        {
            Description = "json (the documented NewsFacts JSON), jsonld (schema.org JSON-LD) or csv (one file per record kind; needs --out FOLDER).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonld", "csv");

        var outPath = new Option<string?>("--out")
        {
            Description = "json, jsonld: write to this file instead of standard output. csv: the folder to write the files into (created if needed).",
        };

        var command = new Command("export", "Write the whole compiled dataset: documents, entities, events, relations, statements, claims, discrepancies.")
        {
            format,
            outPath,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string? path = parse.GetValue(outPath);
            switch (parse.GetValue(format))
            {
                case "csv":
                    WriteCsv(catalog, path);
                    break;
                case "jsonld":
                    WriteStream(path, stream => JsonLdExporter.Write(catalog, stream));
                    break;
                default:
                    WriteStream(path, stream => JsonExporter.Write(catalog, stream));
                    break;
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteStream(string? path, Action<Stream> write)
    {
        if (path is null)
        {
            using (Stream stdout = Console.OpenStandardOutput())
            {
                write(stdout);
            }

            Console.Out.WriteLine();
            return;
        }

        using Stream file = File.Create(path);
        write(file);
    }

    private static void WriteCsv(FactCatalog catalog, string? folder)
    {
        if (folder is null)
        {
            // Several tables cannot share standard output; a folder keeps each one a plain CSV file.
            throw new CliException(ExitCodes.BadArguments, "--format csv writes one file per record kind: give the folder with --out FOLDER");
        }

        if (File.Exists(folder))
        {
            throw new CliException(ExitCodes.BadArguments, $"--out '{folder}' is a file; --format csv needs a folder");
        }

        CsvExporter.Write(catalog, folder);
    }
}
