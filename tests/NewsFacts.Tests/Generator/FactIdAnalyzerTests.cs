using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsFacts.Generator.Analyzers;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>String literals passed to a catalog's id lookups are checked at compile time.</summary>
public class FactIdAnalyzerTests
{
    [Fact]
    public async Task Lookups_in_the_built_in_dataset_are_checked_against_its_ids_and_kinds()
    {
        const string Code = """
            using NewsFacts;
            class C
            {
                void M(string fromUser)
                {
                    _ = Dataset.Catalog.Find("vladimir-putin");
                    _ = Dataset.Catalog.Find(FactIds.People.VladimirPutin);
                    _ = Dataset.Catalog.Find(fromUser);
                    _ = Dataset.Catalog.FindDocument("000_acc9cddf53eaf244");
                    _ = Dataset.Catalog.Find<Entity>("russia");
                    _ = Dataset.Catalog.Find(/*1*/"vladimr-putin");
                    _ = Dataset.Catalog.Find<Person>(/*2*/"russia");
                    _ = Dataset.Catalog.TryFind<Event>(/*3*/"kim-jong-un", out _);
                    _ = Dataset.Catalog.FindDocument(/*4*/"vladimir-putin");
                    _ = Dataset.Catalog.Find(/*5*/"zzzzzzzzzzzzzzzzzzzzzz");
                }
            }
            """;

        ImmutableArray<Diagnostic> diagnostics = await Analyze(GeneratorHarness.CreateCompilation(Code));

        Assert.Equal(
            new[]
            {
                ("/*1*/", "NF1001", "'vladimr-putin' is not the id of any fact in NewsFacts.Dataset; did you mean 'vladimir-putin'?"),
                ("/*2*/", "NF1002", "'russia' is one of the countries, so this lookup of Person always returns null"),
                ("/*3*/", "NF1002", "'kim-jong-un' is one of the people, so this lookup of Event always returns null"),
                ("/*4*/", "NF1001", "'vladimir-putin' is not the id of any document in NewsFacts.Dataset"),
                ("/*5*/", "NF1001", "'zzzzzzzzzzzzzzzzzzzzzz' is not the id of any fact in NewsFacts.Dataset"),
            },
            diagnostics.Select(d => (Marker(Code, d), d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Lookups_in_a_consumer_s_own_generated_dataset_are_checked_too()
    {
        const string Code = """
            class C
            {
                void M()
                {
                    _ = Consumer.Facts.Dataset.Catalog.Find("ada-lovelace");
                    _ = Consumer.Facts.Dataset.Catalog.Find(/*1*/"ada-lovelase");
                }
            }
            """;
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Code);
        GeneratorHarness.CreateDriver(new[] { ("facts.yaml", TestYaml.Small) }, "Consumer.Facts").RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);

        ImmutableArray<Diagnostic> diagnostics = await Analyze(output);

        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("NF1001", diagnostic.Id);
        Assert.Equal("/*1*/", Marker(Code, diagnostic));
        Assert.EndsWith("did you mean 'ada-lovelace'?", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookups_in_a_dataset_generated_without_typed_members_are_checked_against_its_id_index()
    {
        const string Code = """
            using NewsFacts;
            class C
            {
                void M()
                {
                    _ = Consumer.Facts.Dataset.Catalog.Find("ada-lovelace");
                    _ = Consumer.Facts.Dataset.Catalog.Find<Person>("ada-lovelace");
                    _ = Consumer.Facts.Dataset.Catalog.Find(/*1*/"ada-lovelase");
                    _ = Consumer.Facts.Dataset.Catalog.Find<Event>(/*2*/"ada-lovelace");
                }
            }
            """;
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Code);
        var properties = new Dictionary<string, string> { ["NewsFactsTypedMembers"] = "false" };
        GeneratorHarness.CreateDriver(new[] { ("facts.yaml", TestYaml.Small) }, "Consumer.Facts", properties: properties).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        Assert.Null(output.GetTypeByMetadataName("Consumer.Facts.FactIds"));

        ImmutableArray<Diagnostic> diagnostics = await Analyze(output);

        Assert.Equal(
            new[]
            {
                ("/*1*/", "NF1001", "'ada-lovelase' is not the id of any fact in Consumer.Facts.Dataset; did you mean 'ada-lovelace'?"),
                ("/*2*/", "NF1002", "'ada-lovelace' is one of the people, so this lookup of Event always returns null"),
            },
            diagnostics.Select(d => (Marker(Code, d), d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Lookups_in_a_referenced_catalog_only_dataset_are_checked_against_its_id_index_in_metadata()
    {
        // A library built with NewsFactsTypedMembers=false, referenced as a file: its ids are only in Dataset.FactIdIndex.
        const string Library = """
            namespace Lib.Facts
            {
                public static partial class Dataset
                {
                    public static NewsFacts.FactCatalog Catalog => null!;
                    public const string FactIdIndex = "People ada-lovelace\nDocuments notes\n";
                }
            }
            """;
        const string Code = """
            using NewsFacts;
            class C
            {
                void M()
                {
                    _ = Lib.Facts.Dataset.Catalog.Find<Person>("ada-lovelace");
                    _ = Lib.Facts.Dataset.Catalog.FindDocument("notes");
                    _ = Lib.Facts.Dataset.Catalog.Find(/*1*/"ada-lovelase");
                    _ = Lib.Facts.Dataset.Catalog.Find<Event>(/*2*/"ada-lovelace");
                }
            }
            """;
        CSharpCompilation library = GeneratorHarness.CreateCompilation(Library);
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Code).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));

        ImmutableArray<Diagnostic> diagnostics = await Analyze(compilation);

        Assert.Equal(
            new[]
            {
                ("/*1*/", "NF1001", "'ada-lovelase' is not the id of any fact in Lib.Facts.Dataset; did you mean 'ada-lovelace'?"),
                ("/*2*/", "NF1002", "'ada-lovelace' is one of the people, so this lookup of Event always returns null"),
            },
            diagnostics.Select(d => (Marker(Code, d), d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task An_unknown_id_carries_the_suggestion_and_its_FactIds_constant_for_the_code_fix()
    {
        const string Code = """
            class C
            {
                void M()
                {
                    _ = NewsFacts.Dataset.Catalog.Find(/*1*/"vladimr-putin");
                    _ = NewsFacts.Dataset.Catalog.FindDocument(/*2*/"000_acc9cddf53eaf24");
                    _ = NewsFacts.Dataset.Catalog.Find(/*3*/"zzzzzzzzzzzzzzzzzzzzzz");
                    _ = Consumer.Facts.Dataset.Catalog.Find(/*4*/"ada-lovelase");
                }
            }
            """;
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Code);
        var properties = new Dictionary<string, string> { ["NewsFactsTypedMembers"] = "false" };
        GeneratorHarness.CreateDriver(new[] { ("facts.yaml", TestYaml.Small) }, "Consumer.Facts", properties: properties).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);

        ImmutableArray<Diagnostic> diagnostics = await Analyze(output);

        // A dataset without FactIds (typed members off) has no constant to offer: the suggested id only.
        Assert.Equal(
            new[]
            {
                ("/*1*/", "vladimir-putin", "global::NewsFacts.FactIds.People.VladimirPutin"),
                ("/*2*/", "000_acc9cddf53eaf244", "global::NewsFacts.FactIds.Documents._000Acc9cddf53eaf244"),
                ("/*3*/", (string?)null, (string?)null),
                ("/*4*/", "ada-lovelace", null),
            },
            diagnostics.Select(d => (Marker(Code, d), d.Properties.GetValueOrDefault(FactIdFixData.SuggestedIdKey), d.Properties.GetValueOrDefault(FactIdFixData.FactIdsMemberKey))));
    }

    private static Task<ImmutableArray<Diagnostic>> Analyze(Compilation compilation) =>
        compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FactIdAnalyzer())).GetAnalyzerDiagnosticsAsync();

    // Each expected diagnostic's argument is preceded by a /*n*/ marker in the code.
    private static string Marker(string code, Diagnostic diagnostic)
    {
        int start = diagnostic.Location.SourceSpan.Start;
        return code.Substring(start - 5, 5);
    }
}
