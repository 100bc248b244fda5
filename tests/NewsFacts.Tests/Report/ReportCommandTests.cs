using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Report;

/// <summary>`newsfacts report` as a process: what it writes, where it refuses, and how it fails (one line, an exit code).</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsfacts-report-cli-" + Guid.NewGuid().ToString("N")[..8]);

    public ReportCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_built_in_dataset_gets_a_page_per_document_and_per_fact_and_a_second_run_replaces_the_first()
    {
        string site = Path.Combine(_folder, "site");
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("report", "--out", site);
        Assert.True(exitCode == 0, output + error);
        Assert.Equal(string.Empty, error);
        FactCatalog catalog = NewsFacts.Dataset.Catalog;
        Assert.Equal(catalog.Documents.Count, Directory.GetFiles(Path.Combine(site, "documents"), "*.html").Length);
        Assert.Equal(catalog.Facts.Count(), Directory.GetFiles(Path.Combine(site, "facts"), "*.html").Length);
        foreach (string page in new[] { "index.html", "timeline.html", "graph.html", "assets/report.css", "assets/report.js" })
        {
            Assert.True(File.Exists(Path.Combine(site, page)), page);
        }

        File.WriteAllText(Path.Combine(site, "stale.html"), "left from before");
        (exitCode, output, error) = NewsFactsTool.RunSeparated("report", "--out", site);
        Assert.True(exitCode == 0, output + error);
        Assert.False(File.Exists(Path.Combine(site, "stale.html")));
        Assert.DoesNotContain(Directory.GetDirectories(_folder), d => Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public void A_fact_page_lists_each_source_s_factuality_and_a_discrepancy_page_its_ranked_readings_with_their_quotes()
    {
        string facts = Path.Combine(_folder, "stage.facts.yaml");
        File.WriteAllText(facts, NewsFacts.Tests.Generator.NestedSubRecordTests.Yaml);
        string text = Path.Combine(_folder, "doc-1.txt");
        File.WriteAllText(text, NewsFacts.Tests.Generator.NestedSubRecordTests.Text);
        string site = Path.Combine(_folder, "site");

        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("report", "--out", site, facts, text);

        Assert.True(exitCode == 0, output + error);
        string claim = File.ReadAllText(Path.Combine(site, "facts", "munitions.html"));
        Assert.Contains("<h2 id=\"factuality-h\">Factuality</h2>", claim, StringComparison.Ordinal);
        Assert.Contains("certain, negative (CT-)", claim, StringComparison.Ordinal);
        Assert.Contains("the article: <span class=\"badge\">unknown, unknown (Uu)</span>", claim, StringComparison.Ordinal);
        Assert.Contains("Russia and North Korea deny it</blockquote>", claim, StringComparison.Ordinal);
        string discrepancy = File.ReadAllText(Path.Combine(site, "facts", "minister.html"));
        Assert.Contains("<span class=\"badge\">deprecated</span> “Sergei Shoigu”", discrepancy, StringComparison.Ordinal);
        Assert.Contains("The newer appointment.", discrepancy, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_other_content_is_left_alone_with_exit_code_1()
    {
        string folder = Path.Combine(_folder, "mine");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("report", "--out", folder);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"newsfacts: --out '{folder}' is a folder with other content; give a new or empty folder, or one a report was written to", error.TrimEnd());
        Assert.Equal(new[] { Path.Combine(folder, "notes.txt") }, Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Facts_files_with_errors_are_reported_as_check_reports_them_and_nothing_is_written()
    {
        string facts = Path.Combine(_folder, "broken.facts.yaml");
        File.WriteAllText(facts, """
            schema: 1
            documents:
              - { id: doc-1, language: en, title: "A" }
            entities:
              - id: ada
                kind: persn
                names: { en: Ada }
                evidence: [{ document: doc-1, quote: "Ada", start: 0 }]
            """.ReplaceLineEndings("\n"));
        string site = Path.Combine(_folder, "site");

        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("report", "--out", site, facts);

        Assert.Equal(4, exitCode);
        Assert.Equal(string.Empty, output);
        string[] lines = error.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.StartsWith($"{facts}(6,11): error NF0013:", lines[0], StringComparison.Ordinal);
        Assert.Equal("newsfacts: the facts files have 1 error; no report written", lines[^1]);
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public void A_missing_file_or_a_missing_out_is_a_bad_argument()
    {
        (int exitCode, _, string error) = NewsFactsTool.RunSeparated("report", "--out", Path.Combine(_folder, "site"), Path.Combine(_folder, "nope.facts.yaml"));
        Assert.Equal(1, exitCode);
        Assert.Equal($"newsfacts: file not found: {Path.Combine(_folder, "nope.facts.yaml")}", error.TrimEnd());

        (exitCode, _, error) = NewsFactsTool.RunSeparated("report");
        Assert.Equal(1, exitCode);
        Assert.Contains("--out", error);
    }
}
