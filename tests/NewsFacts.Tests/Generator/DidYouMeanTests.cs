using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsFacts.Generator.Analyzers;
using NewsFacts.Internal;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>
/// One did-you-mean rule (src/Shared/DidYouMean.cs, docs/diagnostics.md): folded text, edit distance, at most a third
/// of the typed length away and never less than 2, nearest first and ties in ordinal order.
/// </summary>
public class DidYouMeanTests
{
    [Theory]
    // Up to 8 folded characters the limit is 2 edits; from 9 on a third of the length.
    [InlineData("abcdef", "abcxyf", true)]        // 6 characters, 2 edits
    [InlineData("abcdef", "axyzef", false)]       // 6 characters, 3 edits
    [InlineData("abcdefgh", "abxyzfgh", false)]   // 8 characters, 3 edits: 8 / 3 is 2
    [InlineData("abcdefghi", "abxyzfghi", true)]  // 9 characters, 3 edits
    [InlineData("abcdefghi", "axyzwfghi", false)] // 9 characters, 4 edits
    [InlineData("abcdefghijkl", "axyzwfghijkl", true)]   // 12 characters, 4 edits
    [InlineData("abcdefghijkl", "axyzwvghijkl", false)]  // 12 characters, 5 edits
    [InlineData("ab", "xy", true)]                // short texts: 2 edits still
    [InlineData("ab", "xyz", false)]
    public void A_candidate_is_suggested_up_to_the_limit_and_not_one_edit_beyond(string candidate, string typed, bool suggested)
    {
        Assert.Equal(suggested ? candidate : null, DidYouMean.Nearest(typed, new[] { candidate, "unrelated-words-entirely" }));
    }

    [Theory]
    [InlineData("Vladimir_Putin", "vladimir-putin")]   // case, separators
    [InlineData("VLADIMIR.PUTIN", "vladimir-putin")]
    [InlineData("Ada Lovelacé", "ada-lovelace")]       // diacritics (precomposed)
    [InlineData("Ada Lovelace\u0301", "ada-lovelace")] // diacritics (combining)
    [InlineData("Škoda", "skoda")]
    [InlineData("ÉCOLE", "ecole")]
    [InlineData("İstanbul", "istanbul")]               // dotted capital I: a letter of the folding table, not a culture's rule
    [InlineData("Straße", "strasse")]                  // one character folds to two
    public void Case_diacritics_and_separators_do_not_count(string typed, string candidate)
    {
        Assert.Equal(candidate, DidYouMean.Nearest(typed, new[] { "zzzzzz", candidate }));
    }

    [Fact]
    public void Non_ASCII_letters_that_fold_apart_count_as_edits()
    {
        // Cyrillic and Greek letters that look Latin are other characters: one edit each, compared ordinally.
        Assert.Equal(1, DidYouMean.Distance("putin", "putіn")); // U+0456
        Assert.Equal("putin", DidYouMean.Nearest("рutіn", new[] { "putin" })); // U+0440, U+0456: 2 edits
        Assert.Null(DidYouMean.Nearest("путин", new[] { "putin" }));
    }

    [Fact]
    public void The_nearest_wins_and_ties_go_to_the_first_in_ordinal_order()
    {
        Assert.Equal("names", DidYouMean.Nearest("nmaes", new[] { "kind", "names", "aliases" }));
        Assert.Equal("abcx", DidYouMean.Nearest("abcd", new[] { "abcy", "abcx", "abxx" }));
        Assert.Equal("abcx", DidYouMean.Nearest("abcd", new[] { "abxx", "abcx", "abcy" }));
        Assert.Equal(new[] { "b-id", "a-id", "c-id" }, DidYouMean.Nearest("abcdef", new[] { ("c-id", "abcxyf"), ("a-id", "abcdxf"), ("b-id", "ABCDEF"), ("a-id", "abcxyz"), ("b-id", "zzzzzzz") }, 3));
        Assert.Equal(new[] { "b-id" }, DidYouMean.Nearest("abcdef", new[] { ("c-id", "abcxyf"), ("a-id", "abcdxf"), ("b-id", "ABCDEF") }, 1));
        Assert.Empty(DidYouMean.Nearest("abcdef", new[] { ("c-id", "zzzzzz") }, 3));
    }

    [Theory]
    [InlineData("")]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("lt-LT")]
    public void Suggestions_are_the_same_in_every_culture(string culture)
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal("istanbul", DidYouMean.Nearest("ISTANBUL", new[] { "istanbul", "ıstanbul" }));
            Assert.Equal("ilham-aliyev", DidYouMean.Nearest("İLHAM ALIYEV", new[] { "ilham-aliyev" }));
            Assert.Equal(0, DidYouMean.Distance(NameFolding.Fold("IIİ"), "iii"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    /// <summary>
    /// The same near miss, three edits from a nine-letter word, is suggested by every diagnostic that suggests: before
    /// the one rule, the unknown key (at most 2 edits) and the unknown reference (a quarter of the length) did not.
    /// </summary>
    [Fact]
    public async Task Every_diagnostic_suggests_by_the_one_rule()
    {
        const string Yaml = """
            schema: 1
            documents:
              - { id: doc-1, language: en, title: Notes }
            entities:
              - id: lakeshore
                kind: place
                names: { en: Lakeshore }
                discriptoin: The capital.
                evidence: [{ document: doc-1, quote: x, start: 0 }]
            events:
              - id: visit
                kind: visit
                place: lbkzshorx
                evidence: [{ document: doc-1, quote: x, start: 0 }]
            """;
        const string Code = """class C { void M() { _ = Consumer.Facts.Dataset.Catalog.Find("lbkzshorx"); } }""";

        GeneratorRun run = GeneratorHarness.Run(new[] { ("facts.yaml", Yaml) }, "Consumer.Facts", Code);
        ImmutableArray<Diagnostic> analyzer = await run.Output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FactIdAnalyzer())).GetAnalyzerDiagnosticsAsync();

        Assert.Equal(
            new[]
            {
                ("NF0005", "did you mean 'description'?"),
                ("NF0007", "did you mean 'lakeshore'?"),
                ("NF1001", "did you mean 'lakeshore'?"),
            },
            run.NfDiagnostics.Concat(analyzer).OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => (d.Id, Suggestion(d))));
    }

    private static string Suggestion(Diagnostic diagnostic)
    {
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        int start = message.IndexOf("did you mean", StringComparison.Ordinal);
        return start < 0 ? message : message[start..];
    }
}
