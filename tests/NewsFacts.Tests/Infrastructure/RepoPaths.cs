using System.Runtime.CompilerServices;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>
/// Paths in the repository, found from the test assembly's folder (under <c>tests/NewsFacts.Tests/bin</c>)
/// so tests run from any working folder, and in CI builds too, where source paths are mapped to <c>/_/</c>.
/// </summary>
internal static class RepoPaths
{
    /// <summary>The prefix a <c>ContinuousIntegrationBuild</c> puts in place of the repository root in source paths.</summary>
    private const string MappedRoot = "/_/";

    public static string Root { get; } = FindRoot(AppContext.BaseDirectory);

    public static string FactsYaml => Path.Combine(Root, "facts.yaml");

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string TestsFolder => Path.Combine(Root, "tests", "NewsFacts.Tests");

    /// <summary>A property as Directory.Build.props writes it (e.g. RepositoryUrl), with $(…) of its own properties expanded.</summary>
    public static string BuildProperty(string name)
    {
        var properties = System.Xml.Linq.XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants()
            .Where(e => e.Parent?.Name.LocalName == "PropertyGroup")
            .GroupBy(e => e.Name.LocalName)
            .ToDictionary(g => g.Key, g => g.First().Value);
        string Expand(string value) => System.Text.RegularExpressions.Regex.Replace(value, @"\$\((\w+)\)", m => properties.TryGetValue(m.Groups[1].Value, out string? v) ? Expand(v) : m.Value);
        return Expand(properties[name]);
    }

    public static string CorpusText(string documentId) => File.ReadAllText(Path.Combine(Corpus, documentId + ".txt"));

    /// <summary>
    /// The real path of a source file named by <see cref="CallerFilePathAttribute"/>: as it is in a local
    /// build, or resolved against <see cref="Root"/> when the build mapped the repository root to <c>/_/</c>.
    /// </summary>
    public static string SourceFile(string callerFilePath)
    {
        if (File.Exists(callerFilePath))
        {
            return callerFilePath;
        }

        if (callerFilePath.StartsWith(MappedRoot, StringComparison.Ordinal))
        {
            string relative = callerFilePath.Substring(MappedRoot.Length).Replace('/', Path.DirectorySeparatorChar);
            return Path.Combine(Root, relative);
        }

        throw new InvalidOperationException($"Source file {callerFilePath} is neither on disk nor under the mapped root {MappedRoot}.");
    }

    private static string FindRoot(string start)
    {
        string? folder = start;
        while (folder is not null && !File.Exists(Path.Combine(folder, "NewsFacts.sln")))
        {
            folder = Path.GetDirectoryName(folder.TrimEnd(Path.DirectorySeparatorChar));
        }

        return folder ?? throw new InvalidOperationException("NewsFacts.sln not found above " + start);
    }
}
