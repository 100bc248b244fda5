using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>
/// Generated code compiles for a netstandard2.0 library (what .NET Framework and Unity projects reference) with
/// C# 11, nullable and warnings as errors, against the .NET Standard 2.0 reference assemblies.
/// </summary>
public class NetStandardConsumerTests
{
    private const string Facts = """
        schema: 1
        documents:
          - { id: club-minutes, language: en, title: Minutes of the chess club }
        entities:
          - id: ada-lovelace
            kind: person
            names: { en: Ada Lovelace, fr: Ada Lovelace }
            aliases: [Lady Lovelace]
            description: A mathematician.
            evidence: [{ document: club-minutes, quote: "Ada Lovelace", start: 0 }]
        events:
          - id: chess-evening
            kind: meeting
            start: 2024-06-20
            participants: [ada-lovelace, vladimir-putin]
            evidence: [{ document: club-minutes, quote: "chess", start: 20 }]
        """;

    private const string Code = """
        #nullable enable
        namespace Consumer
        {
            public static class Probe
            {
                public static string Run() =>
                    Consumer.Facts.People.AdaLovelace.Name + "|" + Consumer.Facts.Events.ChessEvening.Participants[1].Id + "|"
                    + (Consumer.Facts.Dataset.Catalog.FindEntity("lady lovelace")?.Id ?? "none") + "|"
                    + Consumer.Facts.Missiles.Kn23.RangeKm + "|" + (Consumer.Facts.Missiles.Kn24.VariantOf == Consumer.Facts.Missiles.Kn23);
            }
        }
        """;

    [Fact]
    public void Generated_code_with_entities_events_references_and_declared_kinds_compiles_for_netstandard2_0_with_CSharp_11_and_no_warning()
    {
        (string, string)[] files = { ("club.facts.yaml", Facts), ("missiles.facts.yaml", CustomKindTests.Yaml) };

        GeneratorRun run = GeneratorHarness.Run(files, "Consumer.Facts", Code, LanguageVersion.CSharp11, ConsumerFramework.NetStandard20);

        Assert.Empty(run.NfDiagnostics);
        Assert.Contains("IsExternalInit.g.cs", run.Sources.Keys);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal("netstandard", run.Output.GetSpecialType(SpecialType.System_Object).ContainingAssembly.Name);
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = run.Output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
    }

    [Fact]
    public void A_project_whose_framework_has_IsExternalInit_gets_none_of_its_own()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { ("missiles.facts.yaml", CustomKindTests.Yaml) }, "Consumer.Facts", "class Program { }", LanguageVersion.CSharp11, ConsumerFramework.Net80);

        Assert.Empty(run.CompilationProblems);
        Assert.Contains("CustomKinds.g.cs", run.Sources.Keys);
        Assert.DoesNotContain("IsExternalInit.g.cs", run.Sources.Keys);
    }
}
