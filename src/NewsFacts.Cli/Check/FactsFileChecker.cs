using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Cli.Common;
using NewsFacts.Generator;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Naming;
using NewsFacts.Generator.Parsing;
using NewsFacts.Generator.Validation;

namespace NewsFacts.Cli.Check;

/// <summary>One problem found by <c>check</c>, located as the compiler locates it (1-based line and column).</summary>
/// <param name="FilePath">The file as the user named it; empty for a problem of no file.</param>
/// <param name="Line">The 1-based line, 0 when unknown.</param>
/// <param name="Column">The 1-based column, 0 when unknown.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Id">The diagnostic id, <c>NF0001</c>….</param>
/// <param name="Message">The formatted message.</param>
internal sealed record CheckedProblem(string FilePath, int Line, int Column, DiagnosticSeverity Severity, string Id, string Message)
{
    /// <summary>The compiler's format: <c>path(line,col): error NF0003: message</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => ToString(OutputStyle.Plain);

    /// <summary>The compiler's format, with <c>error</c> red and <c>warning</c> yellow in a coloured style.</summary>
    /// <param name="style">The style of the stream the line is written to.</param>
    /// <returns>The line.</returns>
    public string ToString(OutputStyle style)
    {
        string where = FilePath.Length == 0 ? "newsfacts" : Line > 0 ? $"{FilePath}({Line},{Column})" : FilePath;
        string severity = Severity == DiagnosticSeverity.Error ? style.Error("error") : style.Warning("warning");
        return $"{where}: {severity} {Id}: {Message}";
    }
}

/// <summary>
/// Checks facts files with the generator's own parser and validator, so <c>newsfacts check</c> reports exactly
/// what a build would, with the same ids and messages, without compiling anything. The files are validated together
/// as one dataset, as a project's AdditionalFiles are: an id used in two files is reported.
/// </summary>
internal static class FactsFileChecker
{
    /// <summary>Parses and validates <paramref name="paths"/> together.</summary>
    /// <param name="paths">The files, which must exist: facts files, and <c>&lt;document id&gt;.txt</c> texts to check quotes against.</param>
    /// <param name="standalone">Check as a dataset that does not reference the NewsFacts package (the NewsFacts repository's own facts.yaml).</param>
    /// <returns>Every problem, sorted by file, line and column.</returns>
    public static IReadOnlyList<CheckedProblem> Check(IReadOnlyList<string> paths, bool standalone = false)
    {
        ImmutableArray<FactsFile> files = paths
            .Where(IsFactsFile)
            .Select(path => FactsFileParser.Parse(path, SourceText.From(File.ReadAllText(path)), CancellationToken.None))
            .ToImmutableArray();
        ImmutableArray<DocumentText> documents = paths
            .Where(IsDocumentText)
            .Select(path => new DocumentText(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
            .ToImmutableArray();

        // A project that references NewsFacts may refer to its records, as the build allows: NewsFacts is a dataset package.
        EquatableArray<ReferencedDatasetSpec> referenced = standalone ? EquatableArray<ReferencedDatasetSpec>.Empty : Common.PackageDatasets.NewsFacts();

        // The namespace only matters for emitted code and the language version for a compilation; check has neither.
        var options = new GeneratorOptions(CSharpNames.Namespace(null), null);
        ValidationResult result = DatasetValidator.Validate(files, documents, referenced, options, CancellationToken.None);
        var order = paths.Select((p, i) => (p, i)).GroupBy(x => x.p, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        return result.Diagnostics
            .Select(Problem)
            .Distinct()
            .OrderBy(p => order.TryGetValue(p.FilePath, out int index) ? index : -1)
            .ThenBy(p => p.Line)
            .ThenBy(p => p.Column)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A facts file by its name, as the generator takes it: facts.yaml, *.facts.yaml, or .yml.</summary>
    /// <param name="path">The path.</param>
    /// <returns>Whether the build compiles it as facts.</returns>
    public static bool IsFactsFile(string path) => FactsGenerator.IsFactsFile(path);

    /// <summary>A document's text, <c>&lt;document id&gt;.txt</c>, that evidence quotes are checked against.</summary>
    /// <param name="path">The path.</param>
    /// <returns>Whether it is read as a document text.</returns>
    public static bool IsDocumentText(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    private static CheckedProblem Problem(DiagnosticInfo info)
    {
        DiagnosticDescriptor descriptor = DiagnosticDescriptors.ById(info.Id);
        string message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), info.Arguments.ToArray<object>());
        LocationInfo? location = info.Location;
        return location is null
            ? new CheckedProblem(string.Empty, 0, 0, descriptor.DefaultSeverity, info.Id, message)
            : new CheckedProblem(location.FilePath, location.LineSpan.Start.Line + 1, location.LineSpan.Start.Character + 1, descriptor.DefaultSeverity, info.Id, message);
    }
}
