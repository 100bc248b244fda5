using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Generator.Model;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>
/// Sub-records with sub-records of their own (issue 14): a claim's, an event's or a relation's factuality items and a
/// discrepancy's readings each carry their own evidence. Through every stage: parsed, their references and quotes
/// checked where they stand in the YAML, compiled into the tables (the nested list one escaped item of its parent's)
/// and decoded by the runtime into <see cref="Factuality"/> and <see cref="Reading"/> with evidence like any other.
/// </summary>
public class NestedSubRecordTests
{
    // The words of doc-1 hold the separators of the tables (U+001D, U+001F), so the nested evidence must round-trip escapes.
    internal const string Text = "The United States say North Korea delivers munitions.\u001D\u001F Russia and North Korea deny it. The minister is Andrei Belousov, or Sergei Shoigu.";

    internal const string Yaml = """
        schema: 1
        documents:
          - { id: doc-1, language: en, title: "With text" }
          - { id: doc-2, language: en, title: "Without text" }
        entities:
          - { id: stage-us, kind: country, names: { en: United States }, evidence: [{ document: doc-1, quote: United States, start: 4 }] }
          - { id: stage-russia, kind: country, names: { en: Russia }, evidence: [{ document: doc-1, quote: Russia, start: 56 }] }
        events:
          - id: deliveries
            kind: delivery
            evidence: [{ document: doc-1, quote: "North Korea delivers munitions", start: 22 }]
            factuality:
            - holder: stage-us
              value: probable
              polarity: positive
              evidence: [{ document: doc-1, quote: "The United States say", start: 0 }]
        claims:
          - id: munitions
            text: North Korea delivers munitions to Russia.
            modality: reported
            evidence: [{ document: doc-1, quote: "North Korea delivers munitions", start: 22 }]
            factuality:
            - holder: stage-us
              value: certain
              polarity: positive
              note: "Said as a fact."
              evidence:
              - { document: doc-1, quote: "say North Korea delivers munitions.\u001D\u001F", start: 18 }
            - holder: stage-russia
              value: certain
              polarity: negative
              evidence: [{ document: doc-1, quote: "Russia and North Korea deny it", start: 56 }, { document: doc-2, quote: "deny", start: 3 }]
            - value: unknown
              polarity: unknown
              evidence: [{ document: doc-1, quote: "deny it", start: 79 }]
        discrepancies:
          - id: minister
            kind: disagreement
            reading: Andrei Belousov.
            evidence: [{ document: doc-1, quote: "Andrei Belousov", start: 104 }]
            readings:
            - text: Sergei Shoigu
              rank: deprecated
              documents: [doc-1]
              evidence: [{ document: doc-1, quote: "Sergei Shoigu", start: 124 }]
            - text: Andrei Belousov
              rank: preferred
              documents: [doc-1, doc-2]
              note: The newer appointment.
              evidence: [{ document: doc-1, quote: "Andrei Belousov", start: 104 }]
            - text: Andrei Belousov
              rank: preferred
              evidence: [{ document: doc-2, quote: "Belousov", start: 0 }]
        """;

    /// <summary>The compiled catalog of <see cref="Yaml"/> with doc-1's text among the AdditionalFiles.</summary>
    internal static FactCatalog Compile()
    {
        GeneratorRun run = GeneratorHarness.Run(("facts.yaml", Yaml), ("corpus/doc-1.txt", Text));
        Assert.Empty(run.NfDiagnostics);
        Assert.Empty(run.CompilationProblems);
        return (FactCatalog)run.Load().GetType("Consumer.Facts.Dataset")!.GetProperty("Catalog")!.GetValue(null)!;
    }

    [Fact]
    public void Factuality_items_and_their_evidence_reach_the_compiled_records()
    {
        FactCatalog catalog = Compile();
        Claim claim = catalog.Find<Claim>("munitions")!;

        Assert.Equal(3, claim.Factuality.Count);
        Factuality us = claim.Factuality[0];
        Assert.Same(catalog.Find("stage-us"), us.Holder);
        Assert.Equal((FactualityValue.Certain, FactualityPolarity.Positive, "Said as a fact.", "CT+"), (us.Value, us.Polarity, us.Note, us.Code));
        Evidence quote = Assert.Single(us.Evidence);
        Assert.Equal(("doc-1", "say North Korea delivers munitions.\u001D\u001F", 18, 18 + quote.Quote.Length), (quote.Document, quote.Quote, quote.Start, quote.End));

        Factuality russia = claim.Factuality[1];
        Assert.Same(catalog.Find("stage-russia"), russia.Holder);
        Assert.Equal(("CT-", 2), (russia.Code, russia.Evidence.Count));
        Assert.Equal(("doc-2", "deny", 3), (russia.Evidence[1].Document, russia.Evidence[1].Quote, russia.Evidence[1].Start));

        // No holder: the article's own voice.
        Factuality author = claim.Factuality[2];
        Assert.Null(author.Holder);
        Assert.Equal("Uu", author.Code);

        // The fact's own evidence is unchanged, and an event's factuality is decoded alike.
        Assert.Equal("North Korea delivers munitions", Assert.Single(claim.Evidence).Quote);
        Factuality probable = Assert.Single(catalog.Find<Event>("deliveries")!.Factuality);
        Assert.Equal(("PR+", "The United States say"), (probable.Code, Assert.Single(probable.Evidence).Quote));
    }

    [Fact]
    public void Nested_evidence_gets_its_prefix_and_suffix_from_the_document_text()
    {
        FactCatalog catalog = Compile();
        Claim claim = catalog.Find<Claim>("munitions")!;

        Evidence us = claim.Factuality[0].Evidence[0];
        Assert.Equal(Text.Substring(0, 18), us.Prefix);
        Assert.Equal(Text.Substring(18 + us.Quote.Length, 32), us.Suffix);

        // A document without text among the AdditionalFiles: no context.
        Evidence noText = claim.Factuality[1].Evidence[1];
        Assert.Null(noText.Prefix);
        Assert.Null(noText.Suffix);

        Reading shoigu = catalog.Find<Discrepancy>("minister")!.Readings[0];
        Assert.Equal(Text.Substring(124 - 32, 32), shoigu.Evidence[0].Prefix);
        Assert.Equal(".", shoigu.Evidence[0].Suffix);
    }

    [Fact]
    public void Readings_are_ranked_and_the_first_preferred_one_is_the_preferred_reading()
    {
        FactCatalog catalog = Compile();
        Discrepancy discrepancy = catalog.Find<Discrepancy>("minister")!;

        Assert.Equal(new[] { ReadingRank.Deprecated, ReadingRank.Preferred, ReadingRank.Preferred }, discrepancy.Readings.Select(r => r.Rank));
        Reading preferred = discrepancy.PreferredReading!;
        Assert.Same(discrepancy.Readings[1], preferred);
        Assert.Equal(("Andrei Belousov", "The newer appointment."), (preferred.Text, preferred.Note));
        Assert.Equal(new[] { "doc-1", "doc-2" }, preferred.Documents);
        Assert.Empty(discrepancy.Readings[2].Documents);
        Assert.Equal(104, Assert.Single(preferred.Evidence).Start);

        Discrepancy none = discrepancy with { Readings = ValueList<Reading>.Create(discrepancy.Readings.Where(r => r.Rank != ReadingRank.Preferred)) };
        Assert.Null(none.PreferredReading);
    }

    [Fact]
    public void The_field_walk_gives_the_nested_records()
    {
        FactCatalog catalog = Compile();

        FactField factuality = catalog.Fields(catalog.Find("munitions")!).Single(f => f.Key == "factuality");
        Assert.Equal(FactFieldType.Factuality, factuality.Type);
        Assert.Equal(3, Assert.IsAssignableFrom<IReadOnlyList<Factuality>>(factuality.Value).Count);
        FactField readings = catalog.Fields(catalog.Find("minister")!).Single(f => f.Key == "readings");
        Assert.Equal(FactFieldType.Readings, readings.Type);
        Assert.Equal(3, Assert.IsAssignableFrom<IReadOnlyList<Reading>>(readings.Value).Count);
    }

    [Theory]
    [InlineData("holder: stage-russia", "holder: stage-rusia", "claim 'munitions', factuality[1].holder", "stage-rusia")]
    [InlineData("{ document: doc-1, quote: \"Russia and North Korea deny it\", start: 56 }", "{ document: doc-9, quote: \"Russia and North Korea deny it\", start: 56 }", "claim 'munitions', factuality[1].evidence[0].document", "doc-9")]
    [InlineData("documents: [doc-1, doc-2]", "documents: [doc-1, doc-3]", "discrepancy 'minister', readings[1].documents[1]", "doc-3")]
    public void An_unknown_id_inside_a_nested_sub_record_is_reported_where_it_stands(string from, string to, string where, string id)
    {
        string yaml = Replace(from, to);
        FactsFile file = Stages.Parsed(yaml);
        ValidationResult result = Stages.Validate(file);

        DiagnosticInfo diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("NF0007", where, id), (diagnostic.Id, diagnostic.Arguments[0], diagnostic.Arguments[1]));
        Assert.Equal(At(yaml, to, id), Position(diagnostic.Location!));
    }

    [Fact]
    public void A_nested_quote_not_at_its_offset_is_reported_where_it_stands()
    {
        string yaml = Replace("{ document: doc-1, quote: \"deny it\", start: 79 }", "{ document: doc-1, quote: \"denies it\", start: 79 }");

        GeneratorRun run = GeneratorHarness.Run(("facts.yaml", yaml), ("corpus/doc-1.txt", Text));

        Diagnostic diagnostic = Assert.Single(run.NfDiagnostics);
        Assert.Equal("NF0021", diagnostic.Id);
        Assert.Contains("denies it", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        LinePosition start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal(At(yaml, "quote: \"denies it\"", "\"denies it\""), (start.Line, start.Character));
    }

    [Fact]
    public void A_factuality_item_without_evidence_is_a_missing_field_of_that_item()
    {
        string yaml = Replace("evidence: [{ document: doc-1, quote: \"deny it\", start: 79 }]", "note: none");

        ValidationResult result = Stages.Validate(Stages.Parsed(yaml));

        DiagnosticInfo diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("NF0004", "evidence"), (diagnostic.Id, diagnostic.Arguments[1]));
        Assert.Contains("factuality[2]", diagnostic.Arguments[0]);
    }

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, Yaml);
        return Yaml.Replace(from, to, StringComparison.Ordinal);
    }

    // The 0-based line and column of `value` within the first occurrence of `context` in the YAML.
    private static (int Line, int Column) At(string yaml, string context, string value)
    {
        int offset = yaml.IndexOf(context, StringComparison.Ordinal) + context.IndexOf(value, StringComparison.Ordinal);
        string before = yaml.Substring(0, offset);
        int line = before.Count(c => c == '\n');
        return (line, offset - (before.LastIndexOf('\n') + 1));
    }

    private static (int Line, int Column) Position(LocationInfo location) => (location.LineSpan.Start.Line, location.LineSpan.Start.Character);
}
