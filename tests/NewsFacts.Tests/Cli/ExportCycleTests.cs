using System.Text.Json;
using NewsFacts.Cli.Export;
using NewsFacts.Cli.Show;
using NewsFacts.Tests.Infrastructure;
using NewsFacts.Tests.Runtime;

namespace NewsFacts.Tests.Cli;

/// <summary>
/// The exporters and the <c>show</c> printer of the tool, run in this process over a dataset whose facts refer to
/// each other in cycles (the tool itself reads only NewsFacts' own dataset): they write references as ids and never
/// follow one further.
/// </summary>
public class ExportCycleTests
{
    private static readonly Lazy<FactCatalog> Cycles = new(() =>
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { ("cycles.facts.yaml", ReferenceCycleTests.CyclesYaml) }, "Consumer.Facts", "class Program { }");
        Assert.Empty(run.CompilationProblems);
        return (FactCatalog)run.Load().GetType("Consumer.Facts.Dataset")!.GetProperty("Catalog")!.GetValue(null)!;
    });

    [Theory]
    [InlineData("JsonExporter")]
    [InlineData("JsonLdExporter")]
    public void The_JSON_exports_write_references_in_cycles_as_ids(string exporter)
    {
        using var stream = new MemoryStream();
        if (exporter == "JsonExporter")
        {
            JsonExporter.Write(Cycles.Value, stream);
        }
        else
        {
            JsonLdExporter.Write(Cycles.Value, stream);
        }

        string json = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.Contains("disagreement-self", json, StringComparison.Ordinal);
        Assert.Contains("disagreement-b", json, StringComparison.Ordinal);
        if (exporter == "JsonExporter")
        {
            JsonElement self = document.RootElement.GetProperty("discrepancies").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "disagreement-self");
            Assert.Equal(new[] { "disagreement-self" }, self.GetProperty("about").EnumerateArray().Select(a => a.GetString()));
        }
    }

    [Fact]
    public void The_CSV_export_writes_references_in_cycles_as_ids()
    {
        string folder = Path.Combine(Path.GetTempPath(), "newsfacts-cycles-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(folder);
            CsvExporter.Write(Cycles.Value, name => File.Create(Path.Combine(folder, name)));

            string discrepancies = File.ReadAllText(Path.Combine(folder, "discrepancies.csv"));
            Assert.Contains("disagreement-b|unit-b|ada-claims", discrepancies, StringComparison.Ordinal);
            Assert.Contains("disagreement-self", discrepancies, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Show_prints_a_discrepancy_in_a_cycle_with_the_ids_it_is_about_and_those_about_it()
    {
        var output = new StringWriter();
        new FactPrinter(Cycles.Value, output).Write(Cycles.Value.Find("disagreement-a")!);

        string text = output.ToString();
        Assert.Contains("about: disagreement-b, unit-b, ada-claims", text, StringComparison.Ordinal);
        Assert.Contains("discrepancies about it (1):", text, StringComparison.Ordinal);
        Assert.Contains("  disagreement-b: B.", text, StringComparison.Ordinal);
    }
}
