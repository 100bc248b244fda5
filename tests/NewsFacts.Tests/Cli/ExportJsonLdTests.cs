using System.Text.Json;
using NewsFacts.Tests.Data;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Cli;

/// <summary>`newsfacts export --format jsonld`, run as a real process and parsed back with System.Text.Json.</summary>
public class ExportJsonLdTests
{
    private const string Prefix = "urn:newsfacts:";

    private static readonly Lazy<JsonDocument> Export = new(() =>
    {
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("export", "--format", "jsonld");
        Assert.True(exitCode == 0, error);
        Assert.Equal(string.Empty, error);
        return JsonDocument.Parse(output);
    });

    private static JsonElement Graph => Export.Value.RootElement.GetProperty("@graph");

    private static JsonElement Node(string id) => Graph.EnumerateArray().Single(n => n.GetProperty("@id").GetString() == Prefix + id);

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        IEnumerable<JsonElement> children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => Enumerable.Empty<JsonElement>(),
        };
        foreach (JsonElement child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }

    [Fact]
    public void The_context_is_schema_org_and_the_graph_has_one_typed_node_per_record()
    {
        Assert.Equal("https://schema.org", Export.Value.RootElement.GetProperty("@context").GetString());
        var types = Graph.EnumerateArray().GroupBy(n => n.GetProperty("@type").GetString()!).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(Dataset.Catalog.Documents.Count, types["NewsArticle"]);
        Assert.Equal(Dataset.Catalog.People.Count, types["Person"]);
        Assert.Equal(Dataset.Catalog.Countries.Count, types["Country"]);
        Assert.Equal(Dataset.Catalog.Places.Count, types["Place"]);
        Assert.Equal(Dataset.Catalog.Organizations.Count + Dataset.Catalog.Groups.Count, types["Organization"]);
        Assert.Equal(Dataset.Catalog.Events.Count, types["Event"]);
        Assert.Equal(Dataset.Catalog.Statements.Count, types["Quotation"]);
        Assert.Equal(Dataset.Catalog.Claims.Count, types["Claim"]);
        Assert.Equal(Dataset.Catalog.Discrepancies.Count, types["Comment"]);
        Assert.All(Graph.EnumerateArray(), n => Assert.StartsWith(Prefix, n.GetProperty("@id").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_reference_is_the_id_of_a_node_of_the_graph()
    {
        var defined = Descendants(Graph).Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("@type", out _) && e.TryGetProperty("@id", out _)).Select(e => e.GetProperty("@id").GetString()!).ToHashSet();
        var references = Descendants(Graph).Where(e => e.ValueKind == JsonValueKind.Object && e.EnumerateObject().Count() == 1 && e.TryGetProperty("@id", out _)).Select(e => e.GetProperty("@id").GetString()!).ToList();

        Assert.True(references.Count > 500, $"only {references.Count} references");
        Assert.All(references, r => Assert.Contains(r, defined));
        Assert.Contains(Prefix + "vladimir-putin", references);
        Assert.Contains(Prefix + "000_acc9cddf53eaf244", references);
    }

    [Fact]
    public void A_person_has_language_tagged_names_alternate_names_and_relations_as_roles()
    {
        JsonElement putin = Node("vladimir-putin");

        Assert.Equal("Person", putin.GetProperty("@type").GetString());
        JsonElement fr = putin.GetProperty("name").EnumerateArray().Single(n => n.GetProperty("@language").GetString() == "fr");
        Assert.Equal("Vladimir Poutine", fr.GetProperty("@value").GetString());
        Assert.Contains("Poutine", putin.GetProperty("alternateName").EnumerateArray().Select(a => a.GetString()));

        JsonElement president = putin.GetProperty("memberOf").EnumerateArray().Single(r => r.GetProperty("@id").GetString() == Prefix + "putin-president-of-russia");
        Assert.Equal("OrganizationRole", president.GetProperty("@type").GetString());
        Assert.Equal("President", president.GetProperty("roleName").GetString());
        Assert.Equal(Prefix + "russia", president.GetProperty("memberOf").GetProperty("@id").GetString());
        Assert.False(president.TryGetProperty("startDate", out _), "a relation without a known start has no startDate");
    }

    [Fact]
    public void An_event_has_dates_location_and_attendees()
    {
        JsonElement visit = Node("putin-state-visit-to-north-korea");

        Assert.Equal("Event", visit.GetProperty("@type").GetString());
        Assert.Equal("2024-06-18", visit.GetProperty("startDate").GetString());
        Assert.Equal("2024-06-19", visit.GetProperty("endDate").GetString());
        Assert.Equal(Prefix + "pyongyang", visit.GetProperty("location").GetProperty("@id").GetString());
        Assert.Contains(Prefix + "kim-jong-un", visit.GetProperty("attendee").EnumerateArray().Select(a => a.GetProperty("@id").GetString()));
    }

    [Fact]
    public void A_statement_is_a_quotation_with_its_creator_and_a_claim_has_authors_and_subjects()
    {
        JsonElement quote = Node("stoltenberg-putin-dependent-on-authoritarian-countries");
        Assert.Equal("Quotation", quote.GetProperty("@type").GetString());
        Assert.Equal(Prefix + "jens-stoltenberg", quote.GetProperty("creator").GetProperty("@id").GetString());
        Assert.Equal(Prefix + "stoltenberg-comments-on-visit", quote.GetProperty("recordedAt").GetProperty("@id").GetString());
        JsonElement text = quote.GetProperty("text").EnumerateArray().Single();
        Assert.Equal("en", text.GetProperty("@language").GetString());
        Assert.StartsWith("shows how dependent President Putin", text.GetProperty("@value").GetString(), StringComparison.Ordinal);
        Assert.Equal("en", quote.GetProperty("inLanguage").EnumerateArray().Single().GetString());

        Claim claim = Dataset.Catalog.Find<Claim>("north-korea-delivers-munitions-to-russia")!;
        JsonElement node = Node(claim.Id);
        Assert.Equal("Claim", node.GetProperty("@type").GetString());
        Assert.Equal(claim.Text, node.GetProperty("text").GetString());
        Assert.Equal(claim.Holders.Select(h => Prefix + h.Id), node.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("@id").GetString()));
        Assert.Equal(claim.About.Select(h => Prefix + h.Id), node.GetProperty("about").EnumerateArray().Select(a => a.GetProperty("@id").GetString()));
    }

    [Fact]
    public void Evidence_is_a_citation_whose_text_stands_verbatim_in_the_document_it_is_part_of()
    {
        var citations = Descendants(Graph).Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("citation", out _)).SelectMany(e => e.GetProperty("citation").EnumerateArray()).ToList();

        Assert.True(citations.Count > 200, $"only {citations.Count} citations");
        foreach (JsonElement citation in citations)
        {
            Assert.Equal("CreativeWork", citation.GetProperty("@type").GetString());
            string document = citation.GetProperty("isPartOf").GetProperty("@id").GetString()![Prefix.Length..];
            var fragment = System.Text.RegularExpressions.Regex.Match(citation.GetProperty("@id").GetString()!, @"^urn:newsfacts:(?<doc>[^#]+)#char=(?<start>\d+),(?<end>\d+)$");
            Assert.True(fragment.Success, citation.GetProperty("@id").GetString());
            Assert.Equal(document, fragment.Groups["doc"].Value);
            int start = int.Parse(fragment.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture);
            int end = int.Parse(fragment.Groups["end"].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(citation.GetProperty("text").GetString(), Corpus.Instance.Texts[document][start..end]);
        }
    }
}
