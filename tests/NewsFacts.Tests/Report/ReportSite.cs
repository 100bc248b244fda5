using Microsoft.CodeAnalysis.Text;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Parsing;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Report;

/// <summary>
/// Sites written by the real tool (`newsfacts report`, a separate process) into temporary folders, and one headless
/// Chromium to look at them, shared by the browser tests of a class. Screenshots go to
/// tests/NewsFacts.Tests/TestResults/report-screenshots/ for a person to look at (not committed).
/// </summary>
public sealed class ReportSite : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsfacts-report-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly Lazy<Chromium> _browser = new(Chromium.Start);

    public ReportSite()
    {
        Directory.CreateDirectory(_root);
        BuiltIn = Write("built-in");
    }

    /// <summary>The built-in dataset's site.</summary>
    public string BuiltIn { get; }

    public static string Screenshots => Path.Combine(RepoPaths.TestsFolder, "TestResults", "report-screenshots");

    internal Chromium Browser => _browser.Value;

    /// <summary>Runs <c>newsfacts report --out &lt;temp&gt;/name files…</c> and returns the folder; fails the test on a non-zero exit.</summary>
    public string Write(string name, params string[] files)
    {
        string folder = Path.Combine(_root, name);
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated(new[] { "report", "--out", folder }.Concat(files).ToArray());
        Assert.True(exitCode == 0, $"newsfacts report exited {exitCode}: {output}{error}");
        return folder;
    }

    /// <summary>A temporary folder of its own for a test's input files.</summary>
    public string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, "input-" + name)).FullName;

    public static string Url(string site, string page) => new Uri(Path.Combine(site, page)).AbsoluteUri;

    /// <summary>Every evidence item of facts files, as the generator's parser reads them: (fact id, document, quote, start).</summary>
    public static List<(string Fact, string Document, string Quote, int Start)> EvidenceOf(params string[] factsFiles)
    {
        var all = new List<(string, string, string, int)>();
        foreach (string path in factsFiles)
        {
            DatasetSpec d = FactsFileParser.Parse(path, SourceText.From(File.ReadAllText(path)), CancellationToken.None).Dataset;
            var kinds = new KindSchemas(d.Kinds);
            foreach (RecordSpec fact in d.Records)
            {
                // A statement's renderings are its first evidence, as in the runtime's Statement.Evidence.
                all.AddRange(Quotes.Of(kinds.Of(fact.Kind)!, fact).Select(q => (fact.Id, q.Document, q.Text, q.Start)));
            }
        }

        return all;
    }

    public void Dispose()
    {
        if (_browser.IsValueCreated)
        {
            _browser.Value.Dispose();
        }

        Directory.Delete(_root, recursive: true);
    }
}
