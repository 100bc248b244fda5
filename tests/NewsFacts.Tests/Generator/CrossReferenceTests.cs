using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>
/// A project's own facts may refer to NewsFacts' records by id: checked at compile time, resolved to the same instances.
/// NewsFacts is a dataset package like any other (<see cref="DatasetPackageTests"/>): its catalog is taken into the project's.
/// </summary>
public class CrossReferenceTests
{
    private const string Consumer = """
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
            evidence: [{ document: my-notes, quote: Ada, start: 0 }]
        statements:
          - id: ada-quotes-putin
            speaker: vladimir-putin
            event: putin-state-visit-to-north-korea
            renderings: [{ language: en, document: my-notes, text: hello, start: 0 }]
        claims:
          - id: ada-on-russia
            text: Ada thinks about Russia.
            modality: asserted
            holders: [ada]
            about: [russia]
            evidence: [{ document: 000_acc9cddf53eaf244, quote: "Vladimir Putin", start: 9 }]
        """;

    [Fact]
    public void References_to_NewsFacts_records_resolve_to_the_very_same_instances()
    {
        const string Code = """
            using System.Linq;
            public static class Probe
            {
                public static bool[] Run() => new[]
                {
                    ReferenceEquals(Consumer.Facts.Events.AdaMeetsPutin.Participants[1], NewsFacts.People.VladimirPutin),
                    ReferenceEquals(Consumer.Facts.Events.AdaMeetsPutin.Place, NewsFacts.Places.Pyongyang),
                    ReferenceEquals(Consumer.Facts.Statements.AdaQuotesPutin.Occasion, NewsFacts.Events.PutinStateVisitToNorthKorea),
                    ReferenceEquals(Consumer.Facts.Claims.AdaOnRussia.About[0], NewsFacts.Countries.Russia),
                    ReferenceEquals(Consumer.Facts.Dataset.Catalog.Find("vladimir-putin"), NewsFacts.People.VladimirPutin),
                    Consumer.Facts.Dataset.Catalog.People.Count == 1 + NewsFacts.Dataset.Catalog.People.Count,
                    Consumer.Facts.Dataset.Catalog.DatasetOf(NewsFacts.People.VladimirPutin)?.Name == "NewsFacts",
                    Consumer.Facts.Dataset.Catalog.DatasetOf(Consumer.Facts.People.Ada) == Consumer.Facts.Dataset.Catalog,
                    Consumer.Facts.Dataset.Info.References.Single().ContentHash == NewsFacts.Dataset.Info.ContentHash,
                };
            }
            """;

        GeneratorRun run = GeneratorHarness.Run(new[] { ("my.facts.yaml", Consumer) }, "Consumer.Facts", Code);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        bool[] results = (bool[])run.Load().GetType("Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.All(results, Assert.True);
    }

    [Theory]
    [InlineData("participants: [ada, vladimir-putin]", "participants: [ada, vladimir-putn]", "NF0007", "did you mean 'vladimir-putin'?")]
    [InlineData("speaker: vladimir-putin", "speaker: putin-state-visit-to-north-korea", "NF0008", "is an event")]
    [InlineData("  - id: ada\n", "  - id: russia\n", "NF0006", "already used by the referenced dataset 'NewsFacts'")]
    public void References_are_checked_against_the_referenced_dataset(string original, string broken, string id, string message)
    {
        string yaml = Consumer.Replace(original, broken, StringComparison.Ordinal);
        Assert.NotEqual(Consumer, yaml);

        GeneratorRun run = GeneratorHarness.Run(("my.facts.yaml", yaml));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == id);
        Assert.Contains(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(yaml.IndexOf(broken, StringComparison.Ordinal) + broken.IndexOf(':', StringComparison.Ordinal) + 2 + (broken.Contains('[', StringComparison.Ordinal) ? 6 : 0), diagnostic.Location.SourceSpan.Start);
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("NF", StringComparison.Ordinal));
    }

    [Fact]
    public void With_NewsFactsReferences_false_a_project_s_facts_stand_alone_and_may_reuse_NewsFacts_ids()
    {
        string yaml = TestYaml.WithEntity("  - id: russia\n    kind: country\n    names: { en: Our Russia }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]")
            + "\nevents:\n  - id: e\n    kind: visit\n    participants: [vladimir-putin]\n    evidence: [{ document: doc-1, quote: x, start: 0 }]";
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class P { }");

        GeneratorDriverRunResult referencing = GeneratorHarness.CreateDriver(new[] { ("my.facts.yaml", yaml) }, "Consumer.Facts").RunGenerators(compilation).GetRunResult();
        GeneratorDriverRunResult standalone = GeneratorHarness.CreateDriver(new[] { ("my.facts.yaml", yaml) }, "Consumer.Facts", properties: new Dictionary<string, string> { ["NewsFactsReferences"] = "false" })
            .RunGenerators(compilation).GetRunResult();

        Assert.Equal(new[] { "NF0006" }, referencing.Diagnostics.Select(d => d.Id));
        Diagnostic unknown = Assert.Single(standalone.Diagnostics);
        Assert.Equal("NF0007", unknown.Id);
        Assert.Contains("'vladimir-putin'", unknown.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_ids_of_a_referenced_catalog_only_dataset_are_known_and_taken(bool compiledToFile)
    {
        // A dataset built without typed members (no FactIds) carries its manifest all the same. As a file (metadata)
        // and as a project reference in the IDE (a compilation) alike.
        string library = TestYaml.WithEntity("  - id: vladimir-putin\n    kind: person\n    names: { en: Putin }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]\n  - id: russia\n    kind: country\n    names: { en: Russia }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]");
        CSharpCompilation libraryCompilation = GeneratorHarness.CreateCompilation("class L { }").WithAssemblyName("Library");
        GeneratorDriver libraryDriver = GeneratorHarness.CreateDriver(new[] { ("library.facts.yaml", library) }, "Library.Facts", properties: new Dictionary<string, string> { ["NewsFactsTypedMembers"] = "false", ["NewsFactsReferences"] = "false", ["PackageId"] = "Library" });
        libraryDriver.RunGeneratorsAndUpdateCompilation(libraryCompilation, out Compilation built, out _);
        Assert.DoesNotContain(built.SyntaxTrees, t => t.FilePath.EndsWith("FactIds.g.cs", StringComparison.Ordinal));
        MetadataReference reference = compiledToFile ? MetadataReference.CreateFromImage(Emit((CSharpCompilation)built)) : built.ToMetadataReference();
        CSharpCompilation consumer = GeneratorHarness.CreateCompilation("class P { }").AddReferences(reference);
        string yaml = TestYaml.WithEntity("  - id: russia\n    kind: country\n    names: { en: Our Russia }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]").Replace("doc-1", "doc-2", StringComparison.Ordinal)
            + "\nevents:\n  - id: e\n    kind: visit\n    participants: [vladimir-putin]\n    evidence: [{ document: doc-2, quote: x, start: 0 }]";

        GeneratorDriverRunResult result = GeneratorHarness.CreateDriver(new[] { ("my.facts.yaml", yaml) }, "Consumer.Facts", properties: new Dictionary<string, string> { ["NewsFactsReferences"] = "true" }).RunGenerators(consumer).GetRunResult();

        // russia: NewsFacts' and the library's (NF0027), and this project's own (NF0006); vladimir-putin is known.
        Assert.Equal(new[] { "NF0006", "NF0027" }, result.Diagnostics.Select(d => d.Id).Order());
        Assert.Contains("'Library'", result.Diagnostics.Single(d => d.Id == "NF0027").GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static System.Collections.Immutable.ImmutableArray<byte> Emit(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        return System.Collections.Immutable.ImmutableArray.Create(image.ToArray());
    }
}
