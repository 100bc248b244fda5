using Microsoft.CodeAnalysis;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>Kinds a dataset declares itself become immutable record types with typed fields and the same lookups.</summary>
public class CustomKindTests
{
    internal const string Yaml = """
        schema: 1
        kinds:
          - name: missile
            description: A missile system.
            fields:
              - { name: range-km, type: number, required: true }
              - { name: maker, type: reference, refersTo: country }
              - { name: first-tested, type: date }
              - { name: nuclear-capable, type: flag }
              - { name: other-names, type: list }
              - { name: used-by, type: references, refersTo: entity }
              - { name: variant-of, type: reference, refersTo: missile }
        documents:
          - { id: doc-1, language: en, title: Notes }
        missiles:
          - id: kn-23
            names: { en: KN-23, ko: 화성-11가 }
            aliases: [Hwasong-11A]
            range-km: 690
            maker: north-korea
            first-tested: 2019-05
            nuclear-capable: true
            other-names: [Iskander-like]
            used-by: [russia, north-korea]
            evidence: [{ document: doc-1, quote: x, start: 0 }]
          - id: kn-24
            names: { en: KN-24 }
            range-km: 410
            variant-of: kn-23
            evidence: [{ document: doc-1, quote: x, start: 0 }]
        """;

    [Fact]
    public void A_declared_kind_becomes_a_record_type_with_typed_fields_and_typed_members()
    {
        const string Code = """
            using Consumer.Facts;
            public static class Probe
            {
                public static string Run()
                {
                    Missile kn23 = Missiles.Kn23;
                    Missile kn24 = Missiles.Kn24;
                    return string.Join("|",
                        kn23.Name, kn23.Names["ko"], kn23.RangeKm, kn23.Maker!.Id, kn23.Maker == NewsFacts.Countries.NorthKorea,
                        kn23.FirstTested, kn23.NuclearCapable, kn23.OtherNames[0], kn23.UsedBy.Count, kn24.VariantOf == kn23,
                        kn24.Maker is null, kn24.NuclearCapable, kn23.KindName, kn23.Kind,
                        Dataset.Catalog.Find("kn-24") == kn24,
                        Dataset.Catalog.Custom("missile").Count,
                        Dataset.Catalog.FindCustomByName("hwasong 11a")[0] == kn23,
                        Dataset.Info.CountOf(NewsFacts.FactKind.Custom),
                        FactIds.Missiles.Kn23,
                        kn23 with { RangeKm = 1 } == kn23);
                }
            }
            """;

        GeneratorRun run = GeneratorHarness.Run(new[] { ("weapons.facts.yaml", Yaml) }, "Consumer.Facts", Code);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        string result = (string)run.Load().GetType("Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.Equal("KN-23|화성-11가|690|north-korea|True|2019-05|True|Iskander-like|2|True|True|False|missile|Custom|True|2|True|2|kn-23|False", result);
    }

    [Theory]
    [InlineData("range-km: 690", "range-km: far", "NF0019")]
    [InlineData("maker: north-korea", "maker: kim-jong-un", "NF0008")]
    [InlineData("variant-of: kn-23", "variant-of: kn-99", "NF0007")]
    [InlineData("first-tested: 2019-05", "first-tested: 2019-13", "NF0009")]
    [InlineData("    range-km: 410\n", "", "NF0004")]
    [InlineData("nuclear-capable: true", "nuclear-capabel: true", "NF0005")]
    [InlineData("refersTo: missile }", "refersTo: rocket }", "NF0024")]
    [InlineData("name: missile\n", "name: event\n", "NF0024")]
    [InlineData("{ name: range-km,", "{ name: names,", "NF0024")]
    public void Mistakes_in_declared_kinds_and_their_records_are_located_diagnostics(string original, string broken, string id)
    {
        string yaml = Yaml.Replace(original, broken, StringComparison.Ordinal);
        Assert.NotEqual(Yaml, yaml);

        GeneratorRun run = GeneratorHarness.Run(("weapons.facts.yaml", yaml));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == id);
        Assert.Equal("weapons.facts.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.True(diagnostic.Location.SourceSpan.Length > 0 || id == "NF0004", diagnostic.ToString());
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("NF", StringComparison.Ordinal));
    }
}
