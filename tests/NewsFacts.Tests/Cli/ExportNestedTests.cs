using System.Text;
using System.Text.Json;
using NewsFacts.Cli.Export;
using NewsFacts.Tests.Generator;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Cli;

/// <summary>
/// Factuality items and readings, with their own evidence, in every export: the small dataset of
/// <see cref="NestedSubRecordTests"/> compiled, then written by the exporters of the tool as JSON, CSV and JSON-LD (the
/// JSON-LD expanded by a real processor and checked against the domains and ranges of its properties).
/// </summary>
public class ExportNestedTests
{
    private const string Urn = "urn:newsfacts:";

    private static readonly Lazy<FactCatalog> Catalog = new(NestedSubRecordTests.Compile);

    private static string Write(Action<FactCatalog, Stream> write)
    {
        using var stream = new MemoryStream();
        write(Catalog.Value, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonElement ById(JsonElement array, string id) => array.EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

    [Fact]
    public void Json_has_factuality_items_and_readings_as_objects_with_evidence_shaped_like_a_fact_s()
    {
        using JsonDocument json = JsonDocument.Parse(Write(JsonExporter.Write));

        JsonElement claim = ById(json.RootElement.GetProperty("claims"), "munitions");
        JsonElement[] factuality = claim.GetProperty("factuality").EnumerateArray().ToArray();
        Assert.Equal(3, factuality.Length);
        Assert.Equal(("stage-us", "certain", "positive", "Said as a fact."), (factuality[0].GetProperty("holder").GetString(), factuality[0].GetProperty("value").GetString(), factuality[0].GetProperty("polarity").GetString(), factuality[0].GetProperty("note").GetString()));
        Assert.False(factuality[2].TryGetProperty("holder", out _));
        JsonElement quote = factuality[0].GetProperty("evidence").EnumerateArray().Single();
        Evidence compiled = Catalog.Value.Find<Claim>("munitions")!.Factuality[0].Evidence[0];
        Assert.Equal(
            (compiled.Document, compiled.Quote, compiled.Start, compiled.End, compiled.Prefix, compiled.Suffix),
            (quote.GetProperty("document").GetString()!, quote.GetProperty("quote").GetString()!, quote.GetProperty("start").GetInt32(), quote.GetProperty("end").GetInt32(), quote.GetProperty("prefix").GetString(), quote.GetProperty("suffix").GetString()));

        JsonElement[] readings = ById(json.RootElement.GetProperty("discrepancies"), "minister").GetProperty("readings").EnumerateArray().ToArray();
        Assert.Equal(new[] { "deprecated", "preferred", "preferred" }, readings.Select(r => r.GetProperty("rank").GetString()));
        Assert.Equal(new[] { "doc-1", "doc-2" }, readings[1].GetProperty("documents").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("Sergei Shoigu", readings[0].GetProperty("evidence")[0].GetProperty("quote").GetString());
    }

    [Fact]
    public void Csv_has_a_table_per_list_of_sub_records_and_one_of_their_evidence_joined_on_fact_and_item()
    {
        var files = new Dictionary<string, MemoryStream>();
        CsvExporter.Write(Catalog.Value, name => files[name] = new KeepOpenStream());
        Dictionary<string, string> text = files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value.ToArray()));

        // The catalog holds NewsFacts' own facts too (the test's facts may refer to them): only this dataset's rows count.
        string[] own = { "deliveries", "munitions", "minister" };
        List<Dictionary<string, string>> Rows(string file) => Rfc4180.Table(text[file]).Where(r => own.Contains(r["fact_id"])).ToList();

        Assert.Subset(text.Keys.ToHashSet(), new[] { "factuality.csv", "factuality_evidence.csv", "readings.csv", "readings_evidence.csv" }.ToHashSet());
        Assert.Equal(CsvExporter.FileNames.Order(StringComparer.Ordinal), text.Keys.Order(StringComparer.Ordinal));

        List<Dictionary<string, string>> factuality = Rows("factuality.csv");
        Assert.Equal(
            new[] { ("deliveries", "event", "0", "stage-us", "probable", "positive"), ("munitions", "claim", "0", "stage-us", "certain", "positive"), ("munitions", "claim", "1", "stage-russia", "certain", "negative"), ("munitions", "claim", "2", "", "unknown", "unknown") },
            factuality.Select(r => (r["fact_id"], r["fact_kind"], r["item"], r["holder"], r["value"], r["polarity"])).OrderBy(r => r.ToString(), StringComparer.Ordinal));

        List<Dictionary<string, string>> evidence = Rows("factuality_evidence.csv");
        Dictionary<string, string> russia = evidence.Single(r => r["fact_id"] == "munitions" && r["item"] == "1" && r["document"] == "doc-2");
        Assert.Equal(("deny", "3", "7", ""), (russia["quote"], russia["start"], russia["end"], russia["prefix"]));
        Assert.Equal(5, evidence.Count);

        List<Dictionary<string, string>> readings = Rows("readings.csv");
        Assert.Equal(new[] { ("0", "deprecated", "doc-1"), ("1", "preferred", "doc-1|doc-2"), ("2", "preferred", "") }, readings.Select(r => (r["item"], r["rank"], r["documents"])));
        Assert.Equal(new[] { "0", "1", "2" }, Rows("readings_evidence.csv").Select(r => r["item"]));

        // The facts' own tables hold no column for them: their rows are there.
        Assert.DoesNotContain("factuality", Rfc4180.Parse(text["claims.csv"])[0]);
        Assert.DoesNotContain("readings", Rfc4180.Parse(text["discrepancies.csv"])[0]);
    }

    [Fact]
    public void Json_ld_makes_each_item_a_node_attributed_to_its_holder_with_its_evidence_as_web_annotations()
    {
        string text = Write((catalog, stream) => JsonLdExporter.Write(catalog, stream, DocumentTexts.None));
        (JsonElement expanded, IReadOnlyList<Triple> triples) = JsonLdProcessor.Expand(text);

        string claim = Urn + "munitions";
        string russia = claim + "#factuality-1";
        Assert.Contains(new Triple(Term.Iri(claim), JsonLdVocabulary.PredicateNamespace + "factuality", Term.Iri(russia)), triples);
        Assert.Contains(new Triple(Term.Iri(russia), Rdf.Type, Term.Iri(JsonLdVocabulary.FactualityType)), triples);
        Assert.Contains(new Triple(Term.Iri(russia), JsonLdSchemaTable.Prov + "wasAttributedTo", Term.Iri(Urn + "stage-russia")), triples);
        Assert.Contains(new Triple(Term.Iri(russia), JsonLdSchemaTable.Schema + "additionalType", Term.Iri(Urn + "factuality:certain")), triples);
        Assert.Contains(new Triple(Term.Iri(russia), JsonLdSchemaTable.Schema + "additionalType", Term.Iri(Urn + "polarity:negative")), triples);
        Assert.DoesNotContain(triples, t => t.Subject == Term.Iri(claim + "#factuality-2") && t.Predicate == JsonLdSchemaTable.Prov + "wasAttributedTo");

        // Its evidence: an annotation whose body is the item, targeting the quote by a TextQuoteSelector.
        Term annotation = triples.Single(t => t.Predicate == JsonLdSchemaTable.Oa + "hasBody" && t.Object == Term.Iri(russia) && t.Subject.Value == russia + ".evidence-0").Subject;
        Assert.Single(annotation.Value, c => c == '#');
        Term target = triples.Single(t => t.Subject == annotation && t.Predicate == JsonLdSchemaTable.Oa + "hasTarget").Object;
        Assert.Contains(new Triple(Term.Iri(russia), JsonLdSchemaTable.Prov + "wasDerivedFrom", target), triples);
        Term selector = triples.Where(t => t.Subject == target && t.Predicate == JsonLdSchemaTable.Oa + "hasSelector").Select(t => t.Object)
            .Single(s => triples.Contains(new Triple(s, Rdf.Type, Term.Iri(JsonLdSchemaTable.Oa + "TextQuoteSelector"))));
        Assert.Contains(triples, t => t.Subject == selector && t.Predicate == JsonLdSchemaTable.Oa + "exact" && t.Object.Value == "Russia and North Korea deny it");

        // Readings are ranked with Wikibase's ranks.
        string preferred = Urn + "minister#reading-1";
        Assert.Contains(new Triple(Term.Iri(preferred), JsonLdVocabulary.WikibaseNamespace + "rank", Term.Iri(JsonLdVocabulary.WikibaseNamespace + "PreferredRank")), triples);
        Assert.Contains(new Triple(Term.Iri(Urn + "minister#reading-0"), JsonLdVocabulary.WikibaseNamespace + "rank", Term.Iri(JsonLdVocabulary.WikibaseNamespace + "DeprecatedRank")), triples);
        Assert.Contains(new Triple(Term.Iri(preferred), JsonLdVocabulary.PredicateNamespace + "documents", Term.Iri(Urn + "doc-2")), triples);

        List<string> violations = JsonLdSchemaTable.Violations(triples);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.NotEqual(JsonValueKind.Undefined, expanded.ValueKind);
    }

    [Fact]
    public void Show_prints_each_source_s_factuality_and_each_reading_with_its_quotes_under_it()
    {
        var output = new StringWriter { NewLine = "\n" };
        new NewsFacts.Cli.Show.FactPrinter(Catalog.Value, output).Write(Catalog.Value.Find("munitions")!);
        new NewsFacts.Cli.Show.FactPrinter(Catalog.Value, output).Write(Catalog.Value.Find("minister")!);
        string text = output.ToString();

        Assert.Contains("factuality (3):\n  stage-us: certain, positive (CT+) — Said as a fact.\n    doc-1 @18: “say North Korea delivers munitions.", text, StringComparison.Ordinal);
        Assert.Contains("  stage-russia: certain, negative (CT-)\n    doc-1 @56: “Russia and North Korea deny it”\n    doc-2 @3: “deny”\n", text, StringComparison.Ordinal);
        Assert.Contains("  the article: unknown, unknown (Uu)\n", text, StringComparison.Ordinal);
        Assert.Contains("readings (3):\n  deprecated: “Sergei Shoigu” in doc-1\n    doc-1 @124: “Sergei Shoigu”\n  preferred: “Andrei Belousov” in doc-1, doc-2 — The newer appointment.\n", text, StringComparison.Ordinal);
    }

    // The exporter disposes each file's stream once written; the test reads it afterwards.
    private sealed class KeepOpenStream : MemoryStream
    {
        protected override void Dispose(bool disposing)
        {
        }
    }
}
