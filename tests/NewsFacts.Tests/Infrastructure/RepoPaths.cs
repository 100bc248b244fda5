using System.Runtime.CompilerServices;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>Paths in the repository, found from this source file so tests run from any folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string FactsYaml => Path.Combine(Root, "facts.yaml");

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string TestsFolder => Path.Combine(Root, "tests", "NewsFacts.Tests");

    public static string CorpusText(string documentId) => File.ReadAllText(Path.Combine(Corpus, documentId + ".txt"));

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        string? folder = Path.GetDirectoryName(thisFile);
        while (folder is not null && !File.Exists(Path.Combine(folder, "NewsFacts.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder ?? throw new InvalidOperationException("NewsFacts.sln not found above " + thisFile);
    }
}
