using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsFacts.Generator.Analyzers;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Parsing;
using NewsFacts.Internal;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>
/// Every facts project is a dataset package that other facts projects reference, to any depth: A (facts and a
/// declared kind) ← B (refers to A's facts and kind) ← C (refers to A and B). Compiled in memory, each project
/// against the previous ones' assemblies as metadata, as a build against their packages would.
/// </summary>
public class DatasetPackageTests
{
    internal const string A = """
        schema: 1
        kinds:
          - name: missile
            fields:
              - { name: range-km, type: number }
              - { name: maker, type: reference, refersTo: country }
        documents:
          - { id: countries-notes, language: en, title: Countries notes }
        entities:
          - id: atlantis
            kind: country
            names: { en: Atlantis }
            evidence: [{ document: countries-notes, quote: Atlantis, start: 0 }]
        missiles:
          - id: trident-x
            names: { en: Trident X }
            range-km: 1200
            maker: atlantis
            evidence: [{ document: countries-notes, quote: Trident, start: 10 }]
        """;

    internal const string B = """
        schema: 1
        kinds:
          - name: launch
            plural: launches
            fields:
              - { name: missile, type: reference, refersTo: missile, required: true }
        documents:
          - { id: trade-notes, language: en, title: Trade notes }
        entities:
          - id: trade-union
            kind: organization
            names: { en: Trade Union }
            evidence: [{ document: trade-notes, quote: Trade, start: 0 }]
        events:
          - id: atlantis-trade-fair
            kind: fair
            place: atlantis
            participants: [atlantis, trade-union]
            evidence: [{ document: trade-notes, quote: fair, start: 6 }]
        launches:
          - id: first-launch
            names: { en: First launch }
            missile: trident-x
            evidence: [{ document: trade-notes, quote: launch, start: 12 }]
        """;

    internal const string C = """
        schema: 1
        kinds:
          - name: review
            fields:
              - { name: launch, type: reference, refersTo: launch, required: true }
              - { name: missile, type: reference, refersTo: missile }
        documents:
          - { id: review-notes, language: en, title: Review notes }
        claims:
          - id: union-likes-atlantis
            text: The union likes Atlantis.
            modality: asserted
            holders: [trade-union]
            about: [atlantis]
            evidence: [{ document: review-notes, quote: likes, start: 0 }]
        discrepancies:
          - id: range-disputed
            kind: disagreement
            reading: The range is disputed.
            about: [trident-x, first-launch, atlantis-trade-fair]
            evidence: [{ document: review-notes, quote: range, start: 6 }]
        reviews:
          - id: launch-review
            names: { en: Launch review }
            launch: first-launch
            missile: trident-x
            evidence: [{ document: review-notes, quote: review, start: 12 }]
        """;

    [Fact]
    public void A_chain_of_three_datasets_refers_across_packages_and_finds_the_owning_instances_through_one_catalog()
    {
        const string Probe = """
            using System.Linq;
            public static class Probe
            {
                public static string[] Run()
                {
                    var a = Acme.Countries.Dataset.Catalog;
                    var c = Acme.Review.Dataset.Catalog;
                    var review = Acme.Review.Reviews.LaunchReview;
                    return new[]
                    {
                        $"launch {ReferenceEquals(review.Launch, Acme.Trade.Dataset.Catalog.Find("first-launch"))}",
                        $"missile {ReferenceEquals(review.Launch.Missile, a.Find("trident-x"))} {ReferenceEquals(review.Missile, a.Find("trident-x"))}",
                        $"maker {ReferenceEquals(review.Launch.Missile.Maker, Acme.Countries.Countries.Atlantis)}",
                        $"find {ReferenceEquals(c.Find("atlantis"), a.Find("atlantis"))} {ReferenceEquals(c.Find("trade-union"), Acme.Trade.Organizations.TradeUnion)} {c.FindDocument("countries-notes") is not null}",
                        $"about {ReferenceEquals(Acme.Review.Discrepancies.RangeDisputed.About[0], a.Find("trident-x"))}",
                        $"owner {c.DatasetOf(c.Find("atlantis")!)!.Name} {c.DatasetOf(c.Find("first-launch")!)!.Name} {c.DatasetOf(c.Find("launch-review")!)!.Name}",
                        $"datasets {string.Join(",", c.Datasets.Select(d => d.Name))}",
                        $"countries {string.Join(",", c.Countries.Select(x => x.Id))}",
                        $"missiles {string.Join(",", c.Custom("missile").Select(x => x.Id))} {ReferenceEquals(c.Custom("missile")[0], a.Find("trident-x"))}",
                        $"byname {c.FindEntity("Trade Union")?.Id} {c.FindCustomByName("trident x").Count}",
                        $"facts {c.Facts.Count()} = {a.Facts.Count()} + {Acme.Trade.Dataset.Info.FactCount} + {Acme.Review.Dataset.Info.FactCount}",
                        $"info {Acme.Review.Dataset.Info.Name} {Acme.Review.Dataset.Info.Version} {string.Join(",", Acme.Review.Dataset.Info.References.Select(r => r.Name + "@" + r.Version))}",
                        $"hash {Acme.Review.Dataset.Info.References.First(r => r.Name == "Acme.Countries").ContentHash == Acme.Countries.Dataset.Info.ContentHash}",
                    };
                }
            }
            """;

        Chain chain = Chain.Build(Probe);

        Assert.Empty(chain.Diagnostics);
        string[] lines = chain.Run();
        Assert.Equal(
            new[]
            {
                "launch True",
                "missile True True",
                "maker True",
                "find True True True",
                "about True",
                "owner Acme.Countries Acme.Trade Acme.Review",
                "datasets Acme.Review,NewsFacts,Acme.Countries,Acme.Trade",
                "countries " + string.Join(",", NewsFacts.Dataset.Catalog.Countries.Select(c => c.Id)) + ",atlantis",
                "missiles trident-x True",
                "byname trade-union 1",
                $"facts {3 + 3 + 2 + NewsFacts.Dataset.Info.FactCount} = {2 + NewsFacts.Dataset.Info.FactCount} + 3 + 3",
                "info Acme.Review 3.0.0 NewsFacts@" + NewsFacts.Dataset.Info.Version + ",Acme.Countries@1.0.0,Acme.Trade@2.0.0",
                "hash True",
            },
            lines);
    }

    [Fact]
    public void A_reference_to_an_id_no_referenced_dataset_has_is_NF0007_at_its_YAML_place_naming_the_datasets_looked_in()
    {
        string yaml = C.Replace("about: [trident-x,", "about: [trident-z,", StringComparison.Ordinal);

        Chain chain = Chain.Build(cYaml: yaml);

        Diagnostic diagnostic = Assert.Single(chain.Diagnostics);
        Assert.Equal("NF0007", diagnostic.Id);
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("'trident-z'", message, StringComparison.Ordinal);
        Assert.Contains("'Acme.Countries'", message, StringComparison.Ordinal);
        Assert.Contains("'Acme.Trade'", message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'trident-x'?", message, StringComparison.Ordinal);
        Assert.Equal(yaml.IndexOf("trident-z", StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
    }

    [Fact]
    public void A_reference_to_a_record_of_another_package_s_kind_is_checked_for_its_kind()
    {
        // B's launch refers to a missile (A's declared kind); atlantis is a country of A.
        string yaml = B.Replace("missile: trident-x", "missile: atlantis", StringComparison.Ordinal);

        Chain chain = Chain.Build(bYaml: yaml, buildC: false);

        Diagnostic diagnostic = Assert.Single(chain.Diagnostics);
        Assert.Equal("NF0008", diagnostic.Id);
        Assert.Contains("must refer to a missile, but 'atlantis' is a country", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(yaml.IndexOf("missile: atlantis", StringComparison.Ordinal) + "missile: ".Length, diagnostic.Location.SourceSpan.Start);
    }

    [Fact]
    public void An_id_of_a_referenced_dataset_used_again_is_NF0006_naming_that_dataset()
    {
        string yaml = B.Replace("  - id: trade-union\n", "  - id: atlantis\n", StringComparison.Ordinal).Replace("[atlantis, trade-union]", "[atlantis]", StringComparison.Ordinal);

        Chain chain = Chain.Build(bYaml: yaml, buildC: false);

        Diagnostic diagnostic = Assert.Single(chain.Diagnostics);
        Assert.Equal("NF0006", diagnostic.Id);
        Assert.Contains("'atlantis' is already used by the referenced dataset 'Acme.Countries'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(yaml.IndexOf("id: atlantis", StringComparison.Ordinal) + "id: ".Length, diagnostic.Location.SourceSpan.Start);
    }

    [Fact]
    public void An_id_two_referenced_datasets_both_have_is_NF0027_naming_both()
    {
        // Two datasets that do not know each other, both with 'atlantis', referenced by one project.
        MetadataReference first = Compile("Acme.Countries", "Acme.Countries", A).Reference;
        MetadataReference second = Compile("Other.Countries", "Other.Countries", A.Replace("trident-x", "trident-y", StringComparison.Ordinal).Replace("name: missile", "name: rocket", StringComparison.Ordinal).Replace("missiles:", "rockets:", StringComparison.Ordinal)).Reference;

        (_, ImmutableArray<Diagnostic> diagnostics) = Compile("Consumer", "Consumer", TestYaml.WithEntity(string.Empty), first, second);

        Diagnostic clash = Assert.Single(diagnostics);
        Assert.Equal("NF0027", clash.Id);
        Assert.Equal("The referenced datasets 'Acme.Countries' and 'Other.Countries' both have the ids 'atlantis', 'countries-notes': ids are global across the datasets a project sees, so rename them in one of the two datasets", clash.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(0, clash.Location.SourceSpan.Start);
        Assert.EndsWith("Consumer.facts.yaml", clash.Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_referenced_dataset_in_the_project_s_own_namespace_is_NF0028_and_left_out_of_its_catalog()
    {
        MetadataReference library = Compile("Library", "Shared.Facts", A).Reference;

        (_, ImmutableArray<Diagnostic> diagnostics) = Compile("Consumer", "Shared.Facts", TestYaml.WithEntity(string.Empty), library);

        Diagnostic clash = Assert.Single(diagnostics, d => d.Id.StartsWith("NF", StringComparison.Ordinal));
        Assert.Equal("NF0028", clash.Id);
        Assert.Contains("'Library' is generated into the namespace 'Shared.Facts'", clash.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(0, clash.Location.SourceSpan.Start);
    }

    [Fact]
    public void A_referenced_dataset_whose_tables_are_of_another_format_is_NF0029_and_left_out_of_its_catalog()
    {
        // A package built by a NewsFacts whose table format is a version ahead of this one: its manifest says so.
        int future = FactTableFormat.Version + 1;
        MetadataReference package = HandMadePackage("Future.Facts", $"newsfacts-dataset 1\nname Future.Facts\nversion 9.0.0\nhash 00\ntables {future}\nreferences NewsFacts\nids person future-person\n");

        (Compilation output, ImmutableArray<Diagnostic> diagnostics) = Generate("Consumer", "Consumer", TestYaml.WithEntity(string.Empty), "class Placeholder { }", new[] { package });

        Diagnostic unreadable = Assert.Single(diagnostics, d => d.Id.StartsWith("NF", StringComparison.Ordinal));
        Assert.Equal("NF0029", unreadable.Id);
        Assert.Equal(DiagnosticSeverity.Error, unreadable.Severity);
        Assert.Equal(
            $"The referenced dataset 'Future.Facts' (version 9.0.0) was compiled into version {future} of the table format, and this NewsFacts generator and runtime read version {FactTableFormat.Version}; build 'Future.Facts' with this version of NewsFacts, or use the NewsFacts version it was built with",
            unreadable.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(0, unreadable.Location.SourceSpan.Start);
        Assert.EndsWith("Consumer.facts.yaml", unreadable.Location.GetLineSpan().Path, StringComparison.Ordinal);

        // Its catalog, whose constructor would throw at run time, is not taken into the project's.
        Assert.DoesNotContain(output.SyntaxTrees, tree => tree.ToString().Contains("global::Future.Facts.Dataset", StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_manifest_says_the_version_of_its_tables_and_one_written_before_versions_is_of_the_first()
    {
        ReferencedDatasetSpec? current = ReferencedDatasets.Of(Compile("Acme.Countries", "Acme.Countries", A).Reference);
        ReferencedDatasetSpec? unversioned = DatasetManifest.Read("Old.Facts.Dataset", "newsfacts-dataset 1\nname Old.Facts\nversion 1.0.0\nhash 00\nreferences\nids person old-person\n");
        ReferencedDatasetSpec? garbled = DatasetManifest.Read("Odd.Facts.Dataset", "newsfacts-dataset 1\nname Odd.Facts\ntables two\n");

        Assert.Equal(FactTableFormat.Version, current!.TableFormat);
        Assert.Equal(FactTableFormat.Unversioned, unversioned!.TableFormat);
        Assert.NotEqual(FactTableFormat.Version, garbled!.TableFormat);
    }

    /// <summary>
    /// An assembly that carries a dataset attribute with the given manifest and a <c>Dataset</c> class of that namespace,
    /// as a package built by another version of NewsFacts would: what this generator sees of a reference is only that.
    /// </summary>
    private static MetadataReference HandMadePackage(string ns, string manifest)
    {
        string code = $$"""
            [assembly: NewsFacts.NewsFactsDatasetAttribute(typeof({{ns}}.Dataset), {{SymbolDisplay.FormatLiteral(manifest, quote: true)}})]
            namespace {{ns}}
            {
                public static class Dataset
                {
                    public static NewsFacts.FactCatalog Catalog => throw new System.NotSupportedException();

                    public static NewsFacts.DatasetInfo Info => throw new System.NotSupportedException();
                }
            }
            """;
        Compilation compilation = GeneratorHarness.CreateCompilation(code).WithAssemblyName(ns);
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    [Fact]
    public void A_dataset_declares_no_kind_a_referenced_dataset_declares()
    {
        string yaml = B.Replace("  - name: launch\n", "  - name: missile\n    fields: []\n  - name: launch\n", StringComparison.Ordinal);

        Chain chain = Chain.Build(bYaml: yaml, buildC: false);

        Diagnostic diagnostic = Assert.Single(chain.Diagnostics);
        Assert.Equal("NF0024", diagnostic.Id);
        Assert.Contains("the referenced dataset 'Acme.Countries' declares that kind already", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_analyzer_knows_the_ids_of_every_dataset_a_catalog_takes_in()
    {
        const string Code = """
            class Lookups
            {
                void M()
                {
                    _ = Acme.Review.Dataset.Catalog.Find("trident-x");
                    _ = Acme.Review.Dataset.Catalog.Find("first-launch");
                    _ = Acme.Review.Dataset.Catalog.Find<NewsFacts.Person>("vladimir-putin");
                    _ = Acme.Review.Dataset.Catalog.Find(/*1*/"trident-z");
                    _ = Acme.Review.Dataset.Catalog.Find<NewsFacts.Person>(/*2*/"atlantis");
                    _ = Acme.Trade.Dataset.Catalog.Find("trident-x");
                    _ = Acme.Countries.Dataset.Catalog.Find(/*3*/"first-launch");
                }
            }
            """;
        Chain chain = Chain.Build(Code);
        Assert.Empty(chain.Diagnostics);

        ImmutableArray<Diagnostic> found = await chain.COutput.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FactIdAnalyzer())).GetAnalyzerDiagnosticsAsync();

        Assert.Equal(
            new[]
            {
                ("/*1*/", "NF1001", "'trident-z' is not the id of any fact in Acme.Review.Dataset; did you mean 'trident-x'?"),
                ("/*2*/", "NF1002", "'atlantis' is one of the countries, so this lookup of Person always returns null"),
                ("/*3*/", "NF1001", "'first-launch' is not the id of any fact in Acme.Countries.Dataset"),
            },
            found.Select(d => (Code.Substring(d.Location.SourceSpan.Start - 5, 5), d.Id, d.GetMessage(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void A_package_s_manifest_is_read_from_its_metadata_once_per_reference()
    {
        MetadataReference reference = Compile("Acme.Countries", "Acme.Countries", A).Reference;

        ReferencedDatasetSpec? dataset = ReferencedDatasets.Of(reference);

        Assert.NotNull(dataset);
        Assert.Same(dataset, ReferencedDatasets.Of(reference));
        Assert.Equal(("Acme.Countries", "1.0.0", "Acme.Countries"), (dataset.Name, dataset.Version, dataset.Namespace));
        Assert.Equal(new[] { new ForeignKind("missile", "Acme.Countries.Missile") }, dataset.Kinds);
        Assert.Equal(new[] { ("atlantis", "country"), ("countries-notes", "document"), ("trident-x", "missile") }, dataset.Ids.Select(i => (i.Id, i.Kind)).OrderBy(i => i.Id, StringComparer.Ordinal));
        Assert.Equal(new[] { "NewsFacts" }, dataset.References);
        Assert.Matches("^[0-9a-f]{64}$", dataset.ContentHash);

        // NewsFacts itself is a dataset package like any other.
        ReferencedDatasetSpec? newsFacts = ReferencedDatasets.Of(MetadataReference.CreateFromFile(typeof(FactCatalog).Assembly.Location));
        Assert.NotNull(newsFacts);
        Assert.Equal(("NewsFacts", "NewsFacts", NewsFacts.Dataset.Info.ContentHash), (newsFacts.Name, newsFacts.Namespace, newsFacts.ContentHash));
        Assert.Contains(newsFacts.Ids, i => i.Id == "vladimir-putin" && i.Kind == "person");
        Assert.Equal(NewsFacts.Dataset.Info.FactCount + NewsFacts.Dataset.Catalog.Documents.Count, newsFacts.Ids.Count);
    }

    private static readonly Dictionary<string, string> Versions = new()
    {
        ["Acme.Countries"] = "1.0.0",
        ["Acme.Trade"] = "2.0.0",
        ["Acme.Review"] = "3.0.0",
    };

    /// <summary>Generates and compiles one facts project (assembly name = package id = namespace) against <paramref name="references"/>.</summary>
    internal static (MetadataReference Reference, ImmutableArray<Diagnostic> Diagnostics) Compile(string name, string ns, string yaml, params MetadataReference[] references)
    {
        (Compilation output, ImmutableArray<Diagnostic> diagnostics) = Generate(name, ns, yaml, "class Placeholder { }", references);
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = output.Emit(image);
        return (emitted.Success ? MetadataReference.CreateFromImage(image.ToArray()) : MetadataReference.CreateFromImage(Array.Empty<byte>()), diagnostics.AddRange(emitted.Success ? ImmutableArray<Diagnostic>.Empty : emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray()));
    }

    private static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Generate(string name, string ns, string yaml, string code, MetadataReference[] references)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(code)
            .WithAssemblyName(name)
            .AddReferences(references);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(
            new[] { (ns + ".facts.yaml", yaml) },
            ns,
            properties: new Dictionary<string, string> { ["PackageId"] = name, ["Version"] = Versions.GetValueOrDefault(name, "1.0.0") });
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return (output, driver.GetRunResult().Diagnostics);
    }

    /// <summary>A, B and C compiled in turn; the diagnostics of all three; C's program run in a context of its own.</summary>
    private sealed class Chain
    {
        public ImmutableArray<Diagnostic> Diagnostics { get; private init; }

        public Compilation COutput { get; private init; } = null!;

        private Dictionary<string, byte[]> Images { get; } = new(StringComparer.Ordinal);

        public static Chain Build(string probe = "class Placeholder { }", string aYaml = A, string bYaml = B, string cYaml = C, bool buildC = true)
        {
            var images = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            var references = new List<MetadataReference>();
            Compilation? last = null;
            foreach ((string name, string yaml, string code) in new[] { ("Acme.Countries", aYaml, "class Placeholder { }"), ("Acme.Trade", bYaml, "class Placeholder { }"), ("Acme.Review", cYaml, probe) }.Take(buildC ? 3 : 2))
            {
                (Compilation output, ImmutableArray<Diagnostic> generated) = Generate(name, name, yaml, code, references.ToArray());
                diagnostics.AddRange(generated);
                using var image = new MemoryStream();
                Microsoft.CodeAnalysis.Emit.EmitResult emitted = output.Emit(image);
                if (generated.IsEmpty)
                {
                    Assert.True(emitted.Success, name + ": " + string.Join("\n", emitted.Diagnostics));
                }

                images[name] = image.ToArray();
                references.Add(MetadataReference.CreateFromImage(image.ToArray()));
                last = output;
            }

            var chain = new Chain { Diagnostics = diagnostics.ToImmutable(), COutput = last! };
            foreach (KeyValuePair<string, byte[]> image in images)
            {
                chain.Images[image.Key] = image.Value;
            }

            return chain;
        }

        public string[] Run()
        {
            var context = new ChainContext(Images);
            Assembly c = context.LoadFromAssemblyName(new AssemblyName("Acme.Review"));
            return (string[])c.GetType("Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        }
    }

    // The three assemblies from memory; NewsFacts and the framework from the test's own context.
    private sealed class ChainContext(Dictionary<string, byte[]> images) : AssemblyLoadContext("dataset-chain-" + Guid.NewGuid(), isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name) =>
            name.Name is { } n && images.TryGetValue(n, out byte[]? image) ? LoadFromStream(new MemoryStream(image)) : null;
    }
}
