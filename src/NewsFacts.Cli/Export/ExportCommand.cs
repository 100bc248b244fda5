using System;
using System.CommandLine;
using System.IO;
using NewsFacts.Cli.Common;

namespace NewsFacts.Cli.Export;

/// <summary><c>newsfacts export --format json|jsonld|csv [--out &lt;file|folder&gt;] [--bom]</c>: the whole compiled dataset.</summary>
public static class ExportCommand
{
    /// <summary>Makes the command.</summary>
    /// <param name="catalog">The dataset.</param>
    /// <returns>The command.</returns>
    public static Command Create(FactCatalog catalog) => Create(catalog, OutputFiles.OnDisk);

    /// <summary>Makes the command, writing its files through <paramref name="files"/>.</summary>
    /// <param name="catalog">The dataset.</param>
    /// <param name="files">How files are written: <see cref="OutputFiles.OnDisk"/>, or a test's failing disk.</param>
    /// <returns>The command.</returns>
    internal static Command Create(FactCatalog catalog, OutputFiles files)
    {
        var format = new Option<string>("--format")
        {
            Description = "json (the documented NewsFacts JSON), jsonld (schema.org JSON-LD) or csv (one file per record kind; needs --out <folder>).",
            HelpName = "json|jsonld|csv",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonld", "csv");

        var outPath = new Option<string?>("--out")
        {
            HelpName = "file|folder",
            Description = "json, jsonld: write to this file instead of standard output. csv: the folder to write the files into (created if needed). A file is replaced only once the whole export is written: on failure the old files are left as they were.",
        };

        var bom = new Option<bool>("--bom")
        {
            Description = "csv: start every file with a UTF-8 byte order mark, so that Excel opens it as UTF-8 (é, Cyrillic and Hangul shown as written). Without it the files are plain UTF-8, as most tools expect.",
        };

        var command = new Command("export", "Write the whole compiled dataset: documents, entities, events, relations, statements, claims, discrepancies.")
        {
            format,
            outPath,
            bom,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string chosen = parse.GetValue(format)!;
            if (parse.GetValue(bom) && chosen != "csv")
            {
                // JSON text must not start with a byte order mark (RFC 8259, section 8.1).
                throw new CliException(ExitCodes.BadArguments, $"--bom is for --format csv; --format {chosen} is written without a byte order mark, as JSON must be");
            }

            Export(catalog, chosen, parse.GetValue(outPath), files, byteOrderMark: parse.GetValue(bom));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Writes the export: to standard output, or through <paramref name="files"/> to a file or a folder.</summary>
    /// <param name="catalog">The dataset.</param>
    /// <param name="format">json, jsonld or csv.</param>
    /// <param name="path">The file (json, jsonld) or folder (csv); null for standard output (json, jsonld).</param>
    /// <param name="files">How files are written.</param>
    /// <param name="byteOrderMark">csv: start every file with the UTF-8 byte order mark (<c>--bom</c>).</param>
    internal static void Export(FactCatalog catalog, string format, string? path, OutputFiles files, bool byteOrderMark = false)
    {
        switch (format)
        {
            case "csv":
                WriteCsv(catalog, path, files, byteOrderMark);
                break;
            case "jsonld":
                WriteStream(path, files, stream => JsonLdExporter.Write(catalog, stream));
                break;
            default:
                WriteStream(path, files, stream => JsonExporter.Write(catalog, stream));
                break;
        }
    }

    private static void WriteStream(string? path, OutputFiles files, Action<Stream> write)
    {
        if (path is null)
        {
            StandardOutput.WriteBytes(write);
            Console.Out.WriteLine();
            return;
        }

        if (Directory.Exists(path))
        {
            throw new CliException(ExitCodes.BadArguments, $"--out '{path}' is a folder; --format json and jsonld write a file");
        }

        files.Write(folder: null, open =>
        {
            using Stream file = open(path);
            write(file);
        });
    }

    private static void WriteCsv(FactCatalog catalog, string? folder, OutputFiles files, bool byteOrderMark)
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

        files.Write(folder, open => CsvExporter.Write(catalog, name => open(Path.Combine(folder, name)), byteOrderMark));
    }
}
