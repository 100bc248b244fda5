using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Generator;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>
/// The emitted source of small datasets, against approved files in Snapshots/. Every run also compiles the
/// generated code (no error, no warning) and runs the driver a second time, asserting that every step is cached.
/// </summary>
public class SnapshotTests
{
    /// <summary>What the generator's version is written as in the snapshots, so a version bump changes none of them.</summary>
    internal const string VersionPlaceholder = "{GeneratorVersion}";

    /// <summary>The corpus text of <see cref="TestYaml.Small"/>'s document: every quote at its offset, so the quote check runs and passes.</summary>
    internal const string SmallDocument = "Ada Lovelace visited the London office. The engine weaves patterns to compose music, says Lovelase.";

    private static readonly (string Path, string Text)[] Small = { ("facts.yaml", TestYaml.Small), ("doc-1.txt", SmallDocument) };

    // The global part (the catalog, the heads of the member classes) and the facts file's own output: its tables and members.
    public static TheoryData<string> GeneratedFiles => new() { "Dataset.g.cs", "Facts.facts.g.cs", "People.g.cs", "FactIds.g.cs" };

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Emitted_source_matches_the_approved_snapshot(string hintName)
    {
        GeneratorRun run = Generate(Small);

        Verify("Small", hintName, run);
    }

    /// <summary>A dataset that declares a kind: its record type, its table and decoder in Dataset.g.cs, its typed members.</summary>
    [Theory]
    [InlineData("CustomKinds.g.cs")]
    [InlineData("Dataset.g.cs")]
    [InlineData("Facts.weapons.g.cs")]
    [InlineData("Missiles.g.cs")]
    [InlineData("FactIds.g.cs")]
    public void A_dataset_with_declared_kinds_matches_the_approved_snapshot(string hintName)
    {
        GeneratorRun run = Generate(new[] { ("weapons.facts.yaml", CustomKindTests.Yaml), ("doc-1.txt", "x marks the spot") });

        Verify("Kinds", hintName, run);
    }

    /// <summary><c>NewsFactsTypedMembers=false</c>: no member classes, the ids in one constant for the analyzer.</summary>
    [Fact]
    public void A_catalog_only_dataset_s_id_index_matches_the_approved_snapshot()
    {
        GeneratorRun run = Generate(Small, new Dictionary<string, string> { ["NewsFactsTypedMembers"] = "false" });

        Assert.Equal(new[] { "Dataset.g.cs", "FactIdIndex.g.cs", "Facts.facts.g.cs" }, run.Sources.Keys.Order(StringComparer.Ordinal));
        Verify("CatalogOnly", "FactIdIndex.g.cs", run);
        Verify("Small", "Dataset.g.cs", run);
    }

    /// <summary>Each level of <c>NewsFactsDocComments</c>; <c>full</c>, the default, is the Small snapshots themselves.</summary>
    [Theory]
    [InlineData("full", "Facts.facts.g.cs", "Small")]
    [InlineData("full", "FactIds.g.cs", "Small")]
    [InlineData("summary", "Facts.facts.g.cs", "DocComments.Summary")] // the ids keep their summaries
    [InlineData("none", "Facts.facts.g.cs", "DocComments.None")]
    [InlineData("none", "FactIds.g.cs", "DocComments.None")]
    public void Each_doc_comments_level_matches_the_approved_snapshot(string level, string hintName, string snapshot)
    {
        GeneratorRun run = Generate(Small, new Dictionary<string, string> { ["NewsFactsDocComments"] = level });

        Verify(snapshot, hintName, run);
    }

    /// <summary>Facts that refer to NewsFacts' own records: the catalog resolves them in NewsFacts' catalog.</summary>
    [Theory]
    [InlineData("Dataset.g.cs")]
    [InlineData("Facts.my.g.cs")]
    public void A_dataset_that_refers_to_NewsFacts_matches_the_approved_snapshot(string hintName)
    {
        const string Yaml = """
            schema: 1
            documents:
              - { id: my-notes, language: en, title: Notes }
            entities:
              - id: ada
                kind: person
                names: { en: Ada }
                evidence: [{ document: my-notes, quote: Ada, start: 0 }]
            events:
              - id: ada-meets-putin
                kind: meeting
                place: pyongyang
                participants: [ada, vladimir-putin]
                evidence: [{ document: my-notes, quote: Ada met Vladimir Putin, start: 0 }]
            claims:
              - id: ada-on-russia
                text: Ada thinks about Russia.
                modality: asserted
                holders: [ada]
                about: [russia]
                evidence: [{ document: my-notes, quote: Ada thinks about Russia, start: 37 }]
            """;

        GeneratorRun run = Generate(new[] { ("my.facts.yaml", Yaml), ("my-notes.txt", "Ada met Vladimir Putin in Pyongyang; Ada thinks about Russia.") });

        Verify("RefersToNewsFacts", hintName, run);
    }

    [Fact]
    public void Snapshots_hold_the_version_placeholder_not_the_generator_s_version()
    {
        string version = typeof(FactsGenerator).Assembly.GetName().Version!.ToString();
        string source = Generate(Small).Sources["Dataset.g.cs"];

        Assert.Contains($"GeneratedCode(\"NewsFacts.Generator\", \"{version}\")", source, StringComparison.Ordinal);
        Assert.DoesNotContain(version, ScrubVersion(source), StringComparison.Ordinal);
        Assert.Contains(VersionPlaceholder, ScrubVersion(source), StringComparison.Ordinal);
    }

    /// <summary>Runs the generator as a build would, checks the output compiles cleanly, and checks a second run is all cached.</summary>
    internal static GeneratorRun Generate((string Path, string Text)[] files, IReadOnlyDictionary<string, string>? properties = null)
    {
        const string Namespace = "Consumer.Facts";
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class Program { }");
        AdditionalText[] texts = files.Select(f => (AdditionalText)new GeneratorHarness.InMemoryAdditionalText(f.Path, f.Text)).ToArray();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Array.Empty<(string, string)>(), Namespace, properties: properties)
            .AddAdditionalTexts(texts.ToImmutableArray())
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        var run = new GeneratorRun(driver.GetRunResult(), output);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        GeneratorHarness.AssertEveryStepCachedOnSecondRun(driver, compilation, texts, Namespace, properties);
        return run;
    }

    private static void Verify(string snapshot, string hintName, GeneratorRun run) =>
        Snapshot.Verify(snapshot + "." + hintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal), ScrubVersion(run.Sources[hintName]));

    /// <summary>The generator's version, in every <c>[GeneratedCode]</c> attribute, as <see cref="VersionPlaceholder"/>.</summary>
    internal static string ScrubVersion(string source) =>
        source.Replace($"GeneratedCode(\"NewsFacts.Generator\", \"{typeof(FactsGenerator).Assembly.GetName().Version}\")", $"GeneratedCode(\"NewsFacts.Generator\", \"{VersionPlaceholder}\")", StringComparison.Ordinal);
}
