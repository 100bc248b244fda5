using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using NewsFacts.CodeFixes;
using NewsFacts.Generator.Analyzers;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>
/// NF1001's did-you-mean as a code fix, run as the IDE runs it (Roslyn's code fix test framework): against
/// NewsFacts' own compiled dataset (NewsFacts.dll, with <c>Dataset.Catalog</c> and <c>NewsFacts.FactIds</c>).
/// </summary>
public class FactIdCodeFixTests
{
    [Fact]
    public async Task The_misspelt_id_becomes_the_suggested_id()
    {
        await Verify(
            """
            using NewsFacts;
            class C
            {
                object? M() => Dataset.Catalog.Find({|NF1001:"vladimr-putin"|});
            }
            """,
            """
            using NewsFacts;
            class C
            {
                object? M() => Dataset.Catalog.Find("vladimir-putin");
            }
            """,
            FactIdCodeFixProvider.UseSuggestedIdKey);
    }

    [Fact]
    public async Task The_misspelt_id_becomes_the_FactIds_constant()
    {
        await Verify(
            """
            using NewsFacts;
            class C
            {
                object? M() => Dataset.Catalog.Find({|NF1001:"vladimr-putin"|});
            }
            """,
            """
            using NewsFacts;
            class C
            {
                object? M() => Dataset.Catalog.Find(FactIds.People.VladimirPutin);
            }
            """,
            FactIdCodeFixProvider.UseFactIdsMemberKey);
    }

    [Fact]
    public async Task Without_a_using_the_constant_is_qualified_as_far_as_it_needs()
    {
        await Verify(
            """
            class C
            {
                object? M() => NewsFacts.Dataset.Catalog.Find({|NF1001:"vladimr-putin"|});
            }
            """,
            """
            class C
            {
                object? M() => NewsFacts.Dataset.Catalog.Find(NewsFacts.FactIds.People.VladimirPutin);
            }
            """,
            FactIdCodeFixProvider.UseFactIdsMemberKey);
    }

    [Fact]
    public async Task No_fix_is_offered_when_no_id_is_near()
    {
        const string Code = """
            using NewsFacts;
            class C
            {
                object? M() => Dataset.Catalog.Find({|NF1001:"zzzzzzzzzzzzzzzzzzzzzz"|});
            }
            """;

        // The fixed code is the code itself: the test fails if any code action is offered.
        await Verify(Code, Code, equivalenceKey: null);
    }

    [Theory]
    [InlineData(FactIdCodeFixProvider.UseSuggestedIdKey, "\"vladimir-putin\"", "\"kim-jong-un\"")]
    [InlineData(FactIdCodeFixProvider.UseFactIdsMemberKey, "FactIds.People.VladimirPutin", "FactIds.People.KimJongUn")]
    public async Task Fix_all_fixes_every_misspelt_id(string equivalenceKey, string first, string second)
    {
        var test = Test(
            """
            using NewsFacts;
            class C
            {
                object?[] M() => new[]
                {
                    Dataset.Catalog.Find({|NF1001:"vladimr-putin"|}),
                    Dataset.Catalog.Find({|NF1001:"kim-jong-unn"|}),
                };
            }
            """,
            $$"""
            using NewsFacts;
            class C
            {
                object?[] M() => new[]
                {
                    Dataset.Catalog.Find({{first}}),
                    Dataset.Catalog.Find({{second}}),
                };
            }
            """,
            equivalenceKey);

        // One fix at a time takes two steps; Fix All (document, project, solution) does both in one.
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task A_named_constant_that_holds_the_misspelt_id_is_not_rewritten_at_its_use()
    {
        const string Code = """
            using NewsFacts;
            class C
            {
                const string Id = "vladimr-putin";
                object? M() => Dataset.Catalog.Find({|NF1001:Id|});
            }
            """;

        await Verify(Code, Code, equivalenceKey: null);
    }

    private static Task Verify(string code, string fixedCode, string? equivalenceKey) => Test(code, fixedCode, equivalenceKey).RunAsync();

    private static CSharpCodeFixTest<FactIdAnalyzer, FactIdCodeFixProvider, DefaultVerifier> Test(string code, string fixedCode, string? equivalenceKey)
    {
        var test = new CSharpCodeFixTest<FactIdAnalyzer, FactIdCodeFixProvider, DefaultVerifier>
        {
            TestCode = code,
            FixedCode = fixedCode,
            CodeActionEquivalenceKey = equivalenceKey,
            // No reference packages from a feed: the fixed .NET 8 reference assemblies and NewsFacts.dll that every
            // other compile-time test uses.
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
        };
        test.TestState.AdditionalReferences.AddRange(GeneratorHarness.Net80ConsumerReferences);
        return test;
    }
}
