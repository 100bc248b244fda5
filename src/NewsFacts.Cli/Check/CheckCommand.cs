using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsFacts.Cli.Common;

namespace NewsFacts.Cli.Check;

/// <summary>
/// <c>newsfacts check &lt;file.facts.yaml&gt;…</c>: the generator's diagnostics for facts files, in the compiler's
/// format, sorted by file (in the order given) and line, then a summary line. Exit code 0 without errors (warnings
/// allowed), 4 with errors, 1 when a file does not exist.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Makes the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "One or more facts files (facts.yaml, *.facts.yaml, or .yml), validated together as one dataset; <document id>.txt files given too are the texts every evidence quote is checked against.",
            Arity = ArgumentArity.OneOrMore,
        };
        var standalone = new Option<bool>("--standalone")
        {
            Description = "Check a dataset that is not built against the NewsFacts package (like the NewsFacts repository's own facts.yaml): NewsFacts' ids are not known, nor taken.",
        };
        var command = new Command("check", "Validate facts files with the generator's own parser and validator, without building; prints path(line,col): error NFxxxx: message.")
        {
            files,
            standalone,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            // Paths stay as the user typed them, so the diagnostics point where the user looks.
            List<string> paths = (parse.GetValue(files) ?? Array.Empty<string>()).ToList();
            foreach (string path in paths)
            {
                if (!File.Exists(path))
                {
                    throw new CliException(ExitCodes.BadArguments, Directory.Exists(path) ? $"'{path}' is a folder, not a facts file" : $"file not found: {path}");
                }

                // Checked as the build would: a file the build does not compile would pass here and be ignored there.
                if (!FactsFileChecker.IsFactsFile(path) && !FactsFileChecker.IsDocumentText(path))
                {
                    throw new CliException(ExitCodes.BadArguments, $"'{path}' is neither a facts file ({NewsFacts.Generator.FactsGenerator.FactsFileNames}) nor a document text (<document id>.txt)");
                }
            }

            IReadOnlyList<CheckedProblem> problems = FactsFileChecker.Check(paths, parse.GetValue(standalone));
            foreach (CheckedProblem problem in problems)
            {
                Console.Out.WriteLine(problem.ToString(Terminal.Out));
            }

            int errors = problems.Count(p => p.Severity == DiagnosticSeverity.Error);
            int warnings = problems.Count - errors;
            string filesChecked = paths.Count == 1 ? "1 file" : $"{paths.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} files";
            Console.Out.WriteLine($"{filesChecked} checked: {Plural(errors, "error")}, {Plural(warnings, "warning")}");
            if (problems.Count(p => p.Id == "NF0006" && p.Message.Contains("by the referenced dataset 'NewsFacts'", StringComparison.Ordinal)) > 10)
            {
                Console.Error.WriteLine("newsfacts: hint: these files reuse many of NewsFacts' own ids; to check NewsFacts' own dataset, add --standalone");
            }
            return errors == 0 ? ExitCodes.Success : ExitCodes.InvalidFacts;
        }));
        return command;
    }

    private static string Plural(int count, string word) => count == 1 ? $"1 {word}" : $"{count} {word}s";
}
