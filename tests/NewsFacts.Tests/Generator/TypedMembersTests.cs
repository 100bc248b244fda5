using Microsoft.CodeAnalysis;
using NewsFacts.Generator;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary><c>NewsFactsTypedMembers=false</c>: the catalog without the typed member classes and FactIds, for large datasets used only through lookups.</summary>
public class TypedMembersTests
{
    private const string CatalogProbe = """
        using Consumer.Facts;
        public static class Probe
        {
            public static string Run() => string.Join("|",
                Dataset.Catalog.Find<NewsFacts.Person>("ada-lovelace")!.Name,
                Dataset.Catalog.FindByName("ADA LOVELACE")[0].Id,
                Dataset.Catalog.People.Count,
                Dataset.Catalog.Events.Count,
                Dataset.Info.Documents.Count);
        }
        """;

    [Fact]
    public void False_generates_the_catalog_only_and_every_fact_is_still_there()
    {
        GeneratorRun full = Run(TestYaml.Small, "true", CatalogProbe);
        GeneratorRun catalogOnly = Run(TestYaml.Small, "false", CatalogProbe);

        Assert.Empty(catalogOnly.Diagnostics);
        Assert.Empty(catalogOnly.CompilationProblems);
        Assert.Equal(new[] { "Dataset.g.cs", "FactIdIndex.g.cs", "Facts.facts.g.cs" }, catalogOnly.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(full.Sources["Dataset.g.cs"], catalogOnly.Sources["Dataset.g.cs"]);
        Assert.Null(catalogOnly.Output.GetTypeByMetadataName("Consumer.Facts.People"));
        Assert.Null(catalogOnly.Output.GetTypeByMetadataName("Consumer.Facts.FactIds"));
        Assert.Equal(ProbeResult(full), ProbeResult(catalogOnly));
        Assert.StartsWith("Ada Lovelace|ada-lovelace|", ProbeResult(catalogOnly), StringComparison.Ordinal);
    }

    [Fact]
    public void False_keeps_the_record_types_of_declared_kinds()
    {
        const string Code = """
            using Consumer.Facts;
            public static class Probe
            {
                public static string Run() => ((Missile)Dataset.Catalog.Find("kn-23")!).RangeKm + "|" + Dataset.Catalog.Custom("missile").Count;
            }
            """;
        GeneratorRun run = Run(CustomKindTests.Yaml, "false", Code);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal(new[] { "CustomKinds.g.cs", "Dataset.g.cs", "FactIdIndex.g.cs", "Facts.facts.g.cs" }, run.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Null(run.Output.GetTypeByMetadataName("Consumer.Facts.Missiles"));
        Assert.Equal("690|2", ProbeResult(run));
    }

    [Theory]
    [InlineData("False")]
    [InlineData(" false ")]
    public void The_value_is_read_case_insensitively_and_trimmed(string value)
    {
        GeneratorRun run = Run(TestYaml.Small, value, "class Program { }");

        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain("People.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void An_unknown_value_is_NF0026_and_typed_members_are_generated()
    {
        GeneratorRun run = Run(TestYaml.Small, "no", "class Program { }");

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("NF0026", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Contains("'no'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("People.g.cs", run.Sources.Keys);
        Assert.Contains("FactIds.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void Changing_the_property_re_emits_without_re_validating()
    {
        Compilation compilation = GeneratorHarness.CreateCompilation("class Program { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { ("facts.yaml", TestYaml.Small) }, "Consumer.Facts").RunGenerators(compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.Options("Consumer.Facts", Property("false"))).RunGenerators(compilation);
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        Assert.All(second.TrackedSteps[FactsGenerator.Steps.Validate].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.Equal(IncrementalStepRunReason.Modified, second.TrackedSteps[FactsGenerator.Steps.EmitOptions].Single().Outputs.Single().Reason);
        Assert.Equal(new[] { "Dataset.g.cs", "FactIdIndex.g.cs", "Facts.facts.g.cs" }, second.GeneratedSources.Select(s => s.HintName).OrderBy(k => k, StringComparer.Ordinal));
    }

    private static GeneratorRun Run(string yaml, string typedMembers, string code)
    {
        Compilation compilation = GeneratorHarness.CreateCompilation(code);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { ("facts.yaml", yaml) }, "Consumer.Facts", properties: Property(typedMembers))
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return new GeneratorRun(driver.GetRunResult(), output);
    }

    private static Dictionary<string, string> Property(string value) => new() { [TypedMembersOptionName] = value };

    private const string TypedMembersOptionName = "NewsFactsTypedMembers";

    private static string ProbeResult(GeneratorRun run) => (string)run.Load().GetType("Probe")!.GetMethod("Run")!.Invoke(null, null)!;
}
