using System.Text.Json;
using NewsFacts.Tests.Data;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Cli;

/// <summary>
/// Issue 14's attribution and corroborations through the whole chain: facts.yaml → the generated catalog → the
/// public records → the JSON, CSV and JSON-LD exports of the real tool.
/// </summary>
public sealed class AttributionChainTests : IDisposable
{
    private const string Urn = "urn:newsfacts:";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsfacts-attribution-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void The_concert_is_announced_by_Ushakov_as_expected_in_the_catalog()
    {
        Event concert = Events.ConcertInPutinsHonour;

        Assert.Equal(new[] { "yuri-ushakov" }, concert.Holders.Select(h => h.Id));
        Assert.Same(People.YuriUshakov, concert.Holders[0]);
        Assert.Equal(ClaimModality.Expected, concert.Modality);
    }

    [Fact]
    public void A_relation_carries_its_holder_and_one_in_the_articles_own_voice_has_none()
    {
        Relation partnership = Dataset.Catalog.Find<Relation>("russia-north-korea-partnership")!;
        Assert.Equal(new[] { "kim-jong-un" }, partnership.Holders.Select(h => h.Id));
        Assert.Equal(ClaimModality.Asserted, partnership.Modality);

        Relation office = Dataset.Catalog.Find<Relation>("putin-president-of-russia")!;
        Assert.Empty(office.Holders);
        Assert.Equal(ClaimModality.Asserted, office.Modality);
    }

    [Fact]
    public void Every_event_and_relation_states_its_modality()
    {
        Assert.All(Dataset.Catalog.Events, e => Assert.NotNull(e.Modality));
        Assert.All(Dataset.Catalog.Relations, r => Assert.NotNull(r.Modality));
    }

    [Fact]
    public void Corroborations_are_a_kind_of_their_own_and_the_re_kinded_records_follow_the_curation()
    {
        string[] corroborations = Dataset.Catalog.Discrepancies.Where(d => d.DiscrepancyKind == DiscrepancyKind.Corroboration).Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[] { "arrival-tuesday-evening-vs-two-day-visit", "choe-son-hui-grammatical-gender", "first-in-24-years-vs-quarter-century", "kim-remark-wednesday-vs-last-week", "nine-months-vs-september", "north-korea-and-vietnam-legs-share-19-june" },
            corroborations);
        Assert.Equal(DiscrepancyKind.Typo, Dataset.Catalog.Find<Discrepancy>("belousov-spellings")!.DiscrepancyKind);
        Assert.Equal(DiscrepancyKind.Error, Dataset.Catalog.Find<Discrepancy>("ces-derniers-attribution")!.DiscrepancyKind);
        Assert.Equal(4, (int)DiscrepancyKind.Corroboration);
    }

    [Fact]
    public void The_JSON_export_has_the_holders_as_ids_and_the_modality_as_its_word()
    {
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("export", "--format", "json");
        Assert.True(exitCode == 0, error);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement concert = json.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "concert-in-putins-honour");

        Assert.Equal(new[] { "yuri-ushakov" }, concert.GetProperty("holders").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal("expected", concert.GetProperty("modality").GetString());
        JsonElement corroboration = json.RootElement.GetProperty("discrepancies").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "nine-months-vs-september");
        Assert.Equal("corroboration", corroboration.GetProperty("discrepancyKind").GetString());
    }

    [Fact]
    public void The_CSV_export_has_a_holders_and_a_modality_column()
    {
        (int exitCode, _, string error) = NewsFactsTool.RunSeparated("export", "--format", "csv", "--out", _folder);
        Assert.True(exitCode == 0, error);
        List<Dictionary<string, string>> events = Rfc4180.Table(File.ReadAllText(Path.Combine(_folder, "events.csv")));
        Dictionary<string, string> concert = events.Single(e => e["id"] == "concert-in-putins-honour");

        Assert.Equal("yuri-ushakov", concert["holders"]);
        Assert.Equal("expected", concert["modality"]);
        List<Dictionary<string, string>> relations = Rfc4180.Table(File.ReadAllText(Path.Combine(_folder, "relations.csv")));
        Assert.Equal("kim-jong-un", relations.Single(r => r["id"] == "russia-north-korea-partnership")["holders"]);
    }

    [Fact]
    public void The_JSON_LD_export_attributes_the_concert_to_Ushakov_with_PROV_and_types_its_modality()
    {
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparatedIn(RepoPaths.Root, "export", "--format", "jsonld");
        Assert.True(exitCode == 0, error);
        IReadOnlyList<Triple> triples = JsonLdProcessor.Expand(output).Triples;
        Term concert = Term.Iri(Urn + "concert-in-putins-honour");

        Assert.Contains(triples, t => t.Subject == concert && t.Predicate == "http://www.w3.org/ns/prov#wasAttributedTo" && t.Object == Term.Iri(Urn + "yuri-ushakov"));
        Assert.Contains(triples, t => t.Subject == concert && t.Predicate == "http://schema.org/additionalType" && t.Object.Value == Urn + "modality:expected");
    }
}
