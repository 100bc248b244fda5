using System.Globalization;
using System.Text.Json;
using NewsFacts.Tests.Data;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Cli;

/// <summary>
/// `newsfacts export --format jsonld`, run as a real process, parsed back with System.Text.Json, and expanded to
/// RDF by a real JSON-LD processor (JsonLdProcessor) whose triples are checked against schema.org's domains and
/// ranges (JsonLdSchemaTable).
/// </summary>
public class ExportJsonLdTests
{
    private const string Prefix = "urn:newsfacts:";

    /// <summary>Run from the repository root, where corpus/ holds the documents.</summary>
    private static readonly Lazy<(string Text, JsonDocument Json)> Export = new(() => Run(RepoPaths.Root));

    private static readonly Lazy<(JsonElement Expanded, IReadOnlyList<Triple> Triples)> Processed = new(() => JsonLdProcessor.Expand(Export.Value.Text));

    private static JsonElement Graph => Export.Value.Json.RootElement.GetProperty("@graph");

    private static JsonElement Node(string id) => Graph.EnumerateArray().Single(n => n.GetProperty("@id").GetString() == Prefix + id);

    private static (string Text, JsonDocument Json) Run(string workingDirectory)
    {
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparatedIn(workingDirectory, "export", "--format", "jsonld");
        Assert.True(exitCode == 0, error);
        Assert.Equal(string.Empty, error);
        return (output, JsonDocument.Parse(output));
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        IEnumerable<JsonElement> children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name != "@context").Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => Enumerable.Empty<JsonElement>(),
        };
        foreach (JsonElement child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }

    private static IEnumerable<string> Ids(JsonElement node, string property) =>
        node.TryGetProperty(property, out JsonElement value)
            ? (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : new[] { value }.AsEnumerable()).Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetProperty("@id").GetString()!)
            : Enumerable.Empty<string>();

    /// <summary>
    /// The evidence of a node with evidence: a fact's own (<c>urn:newsfacts:&lt;id&gt;</c>), or that of one of its
    /// factuality items (<c>…#factuality-0</c>) or readings (<c>…#reading-0</c>), which are nodes of their own.
    /// </summary>
    private static IReadOnlyList<Evidence> EvidenceOfNode(string id)
    {
        string[] parts = id[Prefix.Length..].Split('#');
        Fact fact = Dataset.Catalog.Find(parts[0])!;
        if (parts.Length == 1)
        {
            return fact.Evidence;
        }

        int item = int.Parse(parts[1][(parts[1].LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);
        return parts[1].StartsWith("reading-", StringComparison.Ordinal) ? ((Discrepancy)fact).Readings[item].Evidence : FactualityOf(fact)[item].Evidence;
    }

    private static IReadOnlyList<Factuality> FactualityOf(Fact fact) => fact switch
    {
        Claim c => c.Factuality,
        Event e => e.Factuality,
        Relation r => r.Factuality,
        _ => Array.Empty<Factuality>(),
    };

    /// <summary>Every evidence item of the dataset: the facts' own, and those of their factuality items and readings.</summary>
    private static IEnumerable<Evidence> AllEvidence => Dataset.Catalog.Facts.SelectMany(f => f.Evidence
        .Concat(FactualityOf(f).SelectMany(x => x.Evidence))
        .Concat(f is Discrepancy d ? d.Readings.SelectMany(r => r.Evidence) : Enumerable.Empty<Evidence>()));

    private static IEnumerable<JsonElement> Annotations(JsonElement root) =>
        Descendants(root).Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("evidence", out _)).SelectMany(e => e.GetProperty("evidence").EnumerateArray());

    [Fact]
    public void The_context_is_inline_with_schema_org_as_the_vocabulary_so_no_document_is_loaded()
    {
        JsonElement context = Export.Value.Json.RootElement.GetProperty("@context");

        Assert.Equal(JsonValueKind.Object, context.ValueKind);
        Assert.Equal("http://schema.org/", context.GetProperty("@vocab").GetString());
        Assert.Equal("http://www.w3.org/ns/oa#", context.GetProperty("oa").GetString());
        Assert.Equal("http://www.w3.org/ns/prov#", context.GetProperty("prov").GetString());
        Assert.DoesNotContain(Descendants(context), e => e.ValueKind == JsonValueKind.String && e.GetString()!.EndsWith(".jsonld", StringComparison.Ordinal));
    }

    [Fact]
    public void A_JSON_LD_processor_expands_the_export_offline_without_dropping_a_term()
    {
        static int Terms(JsonElement element) => Descendants(element)
            .Where(e => e.ValueKind == JsonValueKind.Object)
            .SelectMany(e => e.EnumerateObject())
            .Count(p => !p.Name.StartsWith('@'));

        int before = Terms(Export.Value.Json.RootElement);
        int after = Terms(Processed.Value.Expanded);

        Assert.True(before > 5000, $"only {before} terms");
        Assert.Equal(before, after);

        // Every term became an absolute IRI: no relative or unexpanded key is left.
        var keys = Descendants(Processed.Value.Expanded).Where(e => e.ValueKind == JsonValueKind.Object).SelectMany(e => e.EnumerateObject()).Select(p => p.Name).Where(n => !n.StartsWith('@')).ToHashSet();
        Assert.All(keys, k => Assert.Matches("^(http://schema.org/|http://www.w3.org/ns/(oa|prov)#|urn:newsfacts:predicate:|http://wikiba.se/ontology#)[A-Za-z]+$", k));
    }

    [Fact]
    public void Every_property_is_used_within_its_domain_and_range()
    {
        IReadOnlyList<Triple> triples = Processed.Value.Triples;
        Assert.True(triples.Count > 5000, $"only {triples.Count} triples");

        List<string> violations = JsonLdSchemaTable.Violations(triples);

        Assert.True(violations.Count == 0, $"{violations.Count} triples out of domain or range:\n" + string.Join("\n", violations.Take(30)));
    }

    [Fact]
    public void The_domain_and_range_check_catches_the_misuses_it_is_for()
    {
        Term putin = Term.Iri(Prefix + "vladimir-putin");
        Term russia = Term.Iri(Prefix + "russia");
        Term visit = Term.Iri(Prefix + "visit");
        var types = new[]
        {
            new Triple(putin, Rdf.Type, Term.Iri(JsonLdSchemaTable.Schema + "Person")),
            new Triple(russia, Rdf.Type, Term.Iri(JsonLdSchemaTable.Schema + "Country")),
            new Triple(visit, Rdf.Type, Term.Iri(JsonLdSchemaTable.Schema + "Event")),
        };

        Assert.Empty(JsonLdSchemaTable.Violations([.. types, new Triple(visit, JsonLdSchemaTable.Schema + "attendee", putin)]));
        Assert.Single(JsonLdSchemaTable.Violations([.. types, new Triple(visit, JsonLdSchemaTable.Schema + "attendee", russia)]));
        Assert.Single(JsonLdSchemaTable.Violations([.. types, new Triple(putin, JsonLdSchemaTable.Schema + "citation", visit)]));
        Assert.Single(JsonLdSchemaTable.Violations([.. types, new Triple(putin, JsonLdSchemaTable.Schema + "memberOf", russia)]));
        Assert.Single(JsonLdSchemaTable.Violations([.. types, new Triple(visit, JsonLdSchemaTable.Schema + "eventStatus", Term.Literal("https://schema.org/EventScheduled", Xsd.String))]));
        Assert.Empty(JsonLdSchemaTable.Violations([.. types, new Triple(visit, JsonLdSchemaTable.Schema + "eventStatus", Term.Iri(JsonLdSchemaTable.Schema + "EventScheduled"))]));
    }

    [Fact]
    public void The_graph_has_one_typed_node_per_record()
    {
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

        // Every relation is a Role with its own id, somewhere on its subject.
        var roles = Descendants(Graph).Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("roleName", out _) && e.TryGetProperty("@id", out _)).Select(e => e.GetProperty("@id").GetString()).ToHashSet();
        Assert.All(Dataset.Catalog.Relations, r => Assert.Contains(Prefix + r.Id, roles));
    }

    [Fact]
    public void Every_reference_is_a_node_of_the_graph()
    {
        var triples = Processed.Value.Triples;
        var subjects = triples.Select(t => t.Subject).ToHashSet();
        var references = triples.Where(t => t.Object.Kind == TermKind.Iri && t.Predicate != Rdf.Type && !t.Predicate.EndsWith("additionalType", StringComparison.Ordinal) && !t.Predicate.EndsWith("motivatedBy", StringComparison.Ordinal) && !t.Predicate.EndsWith("eventStatus", StringComparison.Ordinal)
            && t.Predicate != JsonLdSchemaTable.Wikibase + "rank").Select(t => t.Object).ToList();

        Assert.True(references.Count > 1000, $"only {references.Count} references");
        Assert.All(references, r => Assert.Contains(r, subjects));
    }

    [Fact]
    public void A_person_has_language_tagged_names_and_relations_as_roles_within_range()
    {
        JsonElement putin = Node("vladimir-putin");

        Assert.Equal("Person", putin.GetProperty("@type").GetString());
        JsonElement fr = putin.GetProperty("name").EnumerateArray().Single(n => n.GetProperty("@language").GetString() == "fr");
        Assert.Equal("Vladimir Poutine", fr.GetProperty("@value").GetString());
        Assert.Contains("Poutine", putin.GetProperty("alternateName").EnumerateArray().Select(a => a.GetString()));

        // An office in an organization: memberOf an OrganizationRole.
        JsonElement kremlin = putin.GetProperty("memberOf").EnumerateArray().Single(r => r.GetProperty("@id").GetString() == Prefix + "putin-head-of-kremlin");
        Assert.Equal("OrganizationRole", kremlin.GetProperty("@type").GetString());
        Assert.Equal(Prefix + "kremlin", kremlin.GetProperty("memberOf").GetProperty("@id").GetString());

        // An office in a country (a Place, not an Organization): an Occupation whose location is the country.
        JsonElement president = putin.GetProperty("hasOccupation").EnumerateArray().Single(r => r.GetProperty("@id").GetString() == Prefix + "putin-president-of-russia");
        Assert.Equal("Role", president.GetProperty("@type").GetString());
        Assert.Equal("President", president.GetProperty("roleName").GetString());
        Assert.Equal(new[] { Prefix + "predicate:office", Prefix + "modality:asserted" }, Ids(president, "additionalType"));
        JsonElement occupation = president.GetProperty("hasOccupation");
        Assert.Equal("Occupation", occupation.GetProperty("@type").GetString());
        Assert.Equal("President", occupation.GetProperty("name").GetString());
        Assert.Equal(Prefix + "russia", occupation.GetProperty("occupationLocation").GetProperty("@id").GetString());
        Assert.False(president.TryGetProperty("startDate", out _), "a relation without a known start has no startDate");
        Assert.False(putin.TryGetProperty("citation", out _));
    }

    [Fact]
    public void Relations_schema_org_cannot_state_use_the_NewsFacts_predicate_and_the_rest_an_in_range_property()
    {
        Assert.Equal(Prefix + "north-korea", Node("china").GetProperty("nf:alliance").EnumerateArray().Single(r => r.GetProperty("@id").GetString() == Prefix + "china-diplomatic-ally-of-north-korea").GetProperty("nf:alliance").GetProperty("@id").GetString());
        Assert.Contains(Prefix + "russia-permanent-member-of-unsc", Ids(Node("russia"), "nf:membership"));
        Assert.Contains(Prefix + "pyongyang-capital-of-north-korea", Ids(Node("pyongyang"), "containedInPlace"));
        Assert.Contains(Prefix + "hudson-institute-in-washington", Ids(Node("hudson-institute"), "location"));
        Assert.Contains(Prefix + "kim-jong-il-father-of-kim-jong-un", Ids(Node("kim-jong-il"), "relatedTo"));
        Assert.Contains(Prefix + "ushakov-diplomatic-adviser-to-putin", Ids(Node("yuri-ushakov"), "colleague"));
        Assert.All(Graph.EnumerateArray().Where(n => n.GetProperty("@type").GetString() is "Country" or "Organization"), n => Assert.False(n.TryGetProperty("relatedTo", out _) || n.TryGetProperty("containedInPlace", out _), n.GetProperty("@id").GetString()));
    }

    [Fact]
    public void An_event_has_people_and_organizations_as_attendees_and_countries_as_participants_it_is_about()
    {
        JsonElement visit = Node("putin-state-visit-to-north-korea");
        Assert.Equal("Event", visit.GetProperty("@type").GetString());
        Assert.Equal("2024-06-18", visit.GetProperty("startDate").GetString());
        Assert.Equal("2024-06-19", visit.GetProperty("endDate").GetString());
        Assert.Equal(Prefix + "pyongyang", visit.GetProperty("location").GetProperty("@id").GetString());
        Assert.Contains(Prefix + "kim-jong-un", Ids(visit, "attendee"));

        JsonElement signing = Node("strategic-partnership-agreement-signing");
        Assert.Equal(new[] { Prefix + "vladimir-putin", Prefix + "kim-jong-un" }, Ids(signing, "attendee"));
        var participants = signing.GetProperty("about").EnumerateArray().ToList();
        Assert.All(participants, p => Assert.Equal(("Role", "participant"), (p.GetProperty("@type").GetString(), p.GetProperty("roleName").GetString())));
        Assert.Equal(new[] { Prefix + "russia", Prefix + "north-korea" }, participants.Select(p => p.GetProperty("about").GetProperty("@id").GetString()));

        // eventStatus is schema.org's EventScheduled as an IRI, not a string.
        Assert.Contains(Processed.Value.Triples, t => t.Subject.Value == Prefix + "strategic-partnership-agreement-signing" && t.Predicate == JsonLdSchemaTable.Schema + "eventStatus" && t.Object == Term.Iri(JsonLdSchemaTable.Schema + "EventScheduled"));
        Assert.Contains(Prefix + "event-status:expected", Ids(signing, "additionalType"));
    }

    [Fact]
    public void A_statement_and_a_claim_are_attributed_to_people_and_organizations_as_authors_and_to_countries_through_PROV()
    {
        JsonElement quote = Node("stoltenberg-putin-dependent-on-authoritarian-countries");
        Assert.Equal("Quotation", quote.GetProperty("@type").GetString());
        Assert.Equal(Prefix + "jens-stoltenberg", quote.GetProperty("creator").GetProperty("@id").GetString());
        Assert.Equal(Prefix + "stoltenberg-comments-on-visit", quote.GetProperty("recordedAt").GetProperty("@id").GetString());
        JsonElement text = quote.GetProperty("text").EnumerateArray().Single();
        Assert.Equal("en", text.GetProperty("@language").GetString());
        Assert.StartsWith("shows how dependent President Putin", text.GetProperty("@value").GetString(), StringComparison.Ordinal);

        JsonElement byCountry = Node("us-concerned-by-deepening-of-relations");
        Assert.False(byCountry.TryGetProperty("creator", out _));
        Assert.Equal(new[] { Prefix + "united-states" }, Ids(byCountry, "wasAttributedTo"));

        Claim claim = Dataset.Catalog.Find<Claim>("north-korean-missiles-strike-ukrainian-targets")!;
        JsonElement node = Node(claim.Id);
        Assert.Equal("Claim", node.GetProperty("@type").GetString());
        Assert.Equal(claim.Text, node.GetProperty("text").GetString());
        Assert.Equal(new[] { Prefix + "john-kirby" }, Ids(node, "author"));
        Assert.Equal(new[] { Prefix + "united-states" }, Ids(node, "wasAttributedTo"));
        Assert.Equal(claim.About.Select(h => Prefix + h.Id), Ids(node, "about"));
    }

    [Fact]
    public void Evidence_is_a_web_annotation_of_the_fact_whose_selectors_find_the_quote_in_its_document_and_the_fact_was_derived_from_it()
    {
        var facts = Descendants(Graph).Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("evidence", out _)).ToList();
        Assert.Equal(AllEvidence.Count(), Annotations(Graph).Count());

        foreach (JsonElement fact in facts)
        {
            string id = fact.GetProperty("@id").GetString()!;
            var annotations = fact.GetProperty("evidence").EnumerateArray().ToList();
            Assert.NotEmpty(annotations);
            Assert.Equal(annotations.Select(a => a.GetProperty("target").GetProperty("@id").GetString()!), Ids(fact, "wasDerivedFrom"));
            IReadOnlyList<Evidence> recordEvidence = EvidenceOfNode(id);
            Assert.Equal(recordEvidence.Count, annotations.Count);

            foreach ((JsonElement annotation, Evidence evidence) in annotations.Zip(recordEvidence))
            {
                Assert.Equal("oa:Annotation", annotation.GetProperty("@type").GetString());
                // A fact's annotations start a fragment; a factuality item's or reading's extend its own (one '#' in all).
                Assert.StartsWith(id + (id.Contains('#', StringComparison.Ordinal) ? ".evidence-" : "#evidence-"), annotation.GetProperty("@id").GetString(), StringComparison.Ordinal);
                Assert.Single(annotation.GetProperty("@id").GetString()!, c => c == '#');
                JsonElement target = annotation.GetProperty("target");
                Assert.Equal("oa:SpecificResource", target.GetProperty("@type").GetString());
                Assert.Equal(Prefix + evidence.Document, target.GetProperty("source").GetString());

                string text = Corpus.Instance.Texts[evidence.Document];
                JsonElement quote = target.GetProperty("selector").EnumerateArray().Single(s => s.GetProperty("@type").GetString() == "oa:TextQuoteSelector");
                JsonElement position = target.GetProperty("selector").EnumerateArray().Single(s => s.GetProperty("@type").GetString() == "oa:TextPositionSelector");

                // Positions count code points (W3C Web Annotation); the corpus's UTF-16 offsets are converted back here.
                int start = Utf16Index(text, position.GetProperty("start").GetInt32());
                int end = Utf16Index(text, position.GetProperty("end").GetInt32());
                Assert.Equal(evidence.Quote, quote.GetProperty("exact").GetString());
                Assert.Equal(evidence.Quote, text[start..end]);
                string prefix = quote.GetProperty("prefix").GetString()!;
                string suffix = quote.GetProperty("suffix").GetString()!;
                Assert.EndsWith(prefix, text[..start], StringComparison.Ordinal);
                Assert.Equal(Math.Min(32, start), prefix.Length);
                Assert.StartsWith(suffix, text[end..], StringComparison.Ordinal);
                Assert.Equal(Math.Min(32, text.Length - end), suffix.Length);
                Assert.Equal($"{Prefix}{evidence.Document}#char={position.GetProperty("start").GetInt32()},{position.GetProperty("end").GetInt32()}", target.GetProperty("@id").GetString());
            }
        }
    }

    [Fact]
    public void Without_the_corpus_beside_it_evidence_has_the_quote_its_offsets_and_the_compiled_prefix_and_suffix()
    {
        string folder = Directory.CreateTempSubdirectory("newsfacts-jsonld-").FullName;
        try
        {
            (string text, JsonDocument json) = Run(folder);
            using (json)
            {
                var selectors = Annotations(json.RootElement).SelectMany(a => a.GetProperty("target").GetProperty("selector").EnumerateArray()).ToList();
                Assert.Equal(2 * AllEvidence.Count(), selectors.Count);
                // The TextQuoteSelector's context is the one the generator compiled in, not recomputed from a corpus.
                var written = selectors.Where(s => s.GetProperty("@type").GetString() == "oa:TextQuoteSelector")
                    .Select(s => (s.GetProperty("exact").GetString(), s.GetProperty("prefix").GetString(), s.GetProperty("suffix").GetString()))
                    .OrderBy(q => q.ToString(), StringComparer.Ordinal);
                var compiled = AllEvidence.Select(e => ((string?)e.Quote, e.Prefix, e.Suffix)).OrderBy(q => q.ToString(), StringComparer.Ordinal);
                Assert.Equal(compiled, written);
                Assert.All(AllEvidence, e => Assert.NotNull(e.Prefix));
                Assert.Equal(Annotations(Export.Value.Json.RootElement).Select(a => a.GetProperty("target").GetProperty("@id").GetString()), Annotations(json.RootElement).Select(a => a.GetProperty("target").GetProperty("@id").GetString()));
                // This corpus has no character beyond U+FFFF, so its code-point offsets are its UTF-16 ones: with the context
                // compiled in, the export is the same with the corpus beside it or without.
                Assert.Equal(Export.Value.Text, text);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_corpus_file_that_is_not_the_document_the_dataset_was_built_from_is_not_read()
    {
        string folder = Directory.CreateTempSubdirectory("newsfacts-jsonld-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "corpus"));
            foreach (string file in Directory.GetFiles(RepoPaths.Corpus, "*.txt"))
            {
                File.Copy(file, Path.Combine(folder, "corpus", Path.GetFileName(file)));
            }

            const string Changed = "001_bde29a9fc5643d88";
            File.AppendAllText(Path.Combine(folder, "corpus", Changed + ".txt"), "\nan edit after the dataset was built\n");
            (_, JsonDocument json) = Run(folder);
            using (json)
            {
                foreach (JsonElement target in Annotations(json.RootElement).Select(a => a.GetProperty("target")))
                {
                    JsonElement quote = target.GetProperty("selector").EnumerateArray().First();
                    bool changed = target.GetProperty("source").GetString() == Prefix + Changed;
                    // The context is the compiled one either way, never taken from the changed file (whose edit is at its end).
                    Assert.True(quote.TryGetProperty("prefix", out _), target.GetProperty("@id").GetString());
                    Assert.DoesNotContain("an edit after", quote.GetProperty("suffix").GetString()!, StringComparison.Ordinal);
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int Utf16Index(string text, int codePoints)
    {
        int index = 0;
        for (int i = 0; i < codePoints; i++)
        {
            index += char.IsHighSurrogate(text[index]) ? 2 : 1;
        }

        return index;
    }
}
