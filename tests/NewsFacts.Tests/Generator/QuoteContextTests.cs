using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>
/// An evidence item's W3C TextQuoteSelector context: the generator computes each quote's prefix and suffix from its
/// document's text (an AdditionalFile) and the compiled catalog hands them back on <see cref="Evidence"/>.
/// </summary>
public class QuoteContextTests
{
    // 40 characters of lead, then the quote, then 40 of tail; a non-BMP character (U+1D11E, two UTF-16 units) sits
    // where the 32-unit cut would split it on either side.
    private const string Lead = "aaaaaaa𝄞bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb ";
    private const string Tail = " cccccccccccccccccccccccccccccc𝄞ddddddd";
    private static readonly string Text = "Opening words. " + Lead + "THE QUOTE" + Tail + " Closing words";

    private static string Yaml(string startQuote, string middleStart, string endQuote, string endStart) => $$"""
        schema: 1
        documents:
          - id: doc-1
            language: en
            title: "With text"
          - id: doc-2
            language: en
            title: "Without text"
        entities:
          - id: ada
            kind: person
            names: { en: Ada }
            evidence:
              - { document: doc-1, quote: "{{startQuote}}", start: 0 }
              - { document: doc-1, quote: "THE QUOTE", start: {{middleStart}} }
              - { document: doc-1, quote: "{{endQuote}}", start: {{endStart}} }
              - { document: doc-2, quote: "Anything", start: 5 }
        statements:
          - id: ada-says
            speaker: ada
            renderings:
              - { language: en, document: doc-1, start: {{middleStart}}, text: "THE QUOTE" }
        """;

    private static IReadOnlyList<Evidence> Compile(out Statement statement)
    {
        int middle = Text.IndexOf("THE QUOTE", StringComparison.Ordinal);
        string yaml = Yaml("Opening words.", middle.ToString(System.Globalization.CultureInfo.InvariantCulture), "Closing words", (Text.Length - "Closing words".Length).ToString(System.Globalization.CultureInfo.InvariantCulture));
        GeneratorRun run = GeneratorHarness.Run(("facts.yaml", yaml), ("corpus/doc-1.txt", Text));
        Assert.Empty(run.NfDiagnostics);
        Assert.Empty(run.CompilationProblems);
        var catalog = (FactCatalog)run.Load().GetType("Consumer.Facts.Dataset")!.GetProperty("Catalog")!.GetValue(null)!;
        statement = catalog.Find<Statement>("ada-says")!;
        return catalog.Find("ada")!.Evidence;
    }

    [Fact]
    public void The_generator_computes_each_quotes_prefix_and_suffix_from_its_documents_text()
    {
        IReadOnlyList<Evidence> evidence = Compile(out _);
        int middle = Text.IndexOf("THE QUOTE", StringComparison.Ordinal);

        // In the middle: 32 units each side, except that a surrogate pair at the cut is left out whole (31 units).
        Evidence quote = evidence[1];
        Assert.Equal((middle, middle + "THE QUOTE".Length), (quote.Start, quote.End));
        Assert.Equal(Lead.Substring(Lead.Length - 31), quote.Prefix);
        Assert.Equal(Tail.Substring(0, 31), quote.Suffix);
        Assert.False(char.IsSurrogate(quote.Prefix![0]));
        Assert.False(char.IsSurrogate(quote.Suffix![^1]));
        Assert.Equal(quote.Prefix + quote.Quote + quote.Suffix, Text.Substring(quote.Start - quote.Prefix.Length, quote.Prefix.Length + quote.Quote.Length + quote.Suffix.Length));
    }

    [Fact]
    public void A_quote_at_the_very_start_or_end_has_an_empty_prefix_or_suffix()
    {
        IReadOnlyList<Evidence> evidence = Compile(out _);

        Assert.Equal((0, 14, string.Empty, Text.Substring(14, 32)), (evidence[0].Start, evidence[0].End, evidence[0].Prefix, evidence[0].Suffix));
        Assert.Equal(Text.Length, evidence[2].End);
        Assert.Equal(string.Empty, evidence[2].Suffix);
        Assert.Equal(Text.Substring(evidence[2].Start - 32, 32), evidence[2].Prefix);
    }

    [Fact]
    public void A_document_without_text_leaves_prefix_and_suffix_null()
    {
        Evidence unchecked_ = Compile(out _)[3];

        Assert.Equal(("doc-2", 5, 13), (unchecked_.Document, unchecked_.Start, unchecked_.End));
        Assert.Null(unchecked_.Prefix);
        Assert.Null(unchecked_.Suffix);
    }

    [Fact]
    public void A_rendering_is_a_quote_with_the_same_context()
    {
        IReadOnlyList<Evidence> evidence = Compile(out Statement statement);

        Evidence source = Assert.Single(statement.Renderings).Source;
        Assert.Equal(evidence[1], source);
    }

    [Fact]
    public void Without_any_document_text_no_context_is_compiled()
    {
        GeneratorRun run = GeneratorHarness.Run(("facts.yaml", TestYaml.Small));
        var catalog = (FactCatalog)run.Load().GetType("Consumer.Facts.Dataset")!.GetProperty("Catalog")!.GetValue(null)!;

        // The catalog's own facts (it refers to NewsFacts' dataset, whose facts were compiled with their texts).
        Evidence[] own = catalog.Facts.SelectMany(f => f.Evidence).Where(e => e.Document == "doc-1").ToArray();
        Assert.NotEmpty(own);
        Assert.All(own, e => Assert.Equal((null, null), (e.Prefix, e.Suffix)));
    }
}
