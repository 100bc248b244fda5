using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using static NewsFacts.Cli.Export.JsonLdVocabulary;

namespace NewsFacts.Cli.Export;

/// <summary>
/// Writes a compiled dataset as JSON-LD (docs/schema.md, "JSON-LD export"): one object with an inline
/// <c>@context</c> (<see cref="JsonLdVocabulary.Context"/>) and an <c>@graph</c> of NewsArticle (documents), Person,
/// Country, Place, Organization (organizations and groups), Event, Quotation (statements), Claim and Comment
/// (discrepancies); relations are schema.org Roles on their subject. Every node's <c>@id</c> is
/// <c>urn:newsfacts:&lt;id&gt;</c>; references are <c>{"@id": …}</c>. Every property stays within its domain and
/// range. Evidence is a W3C Web Annotation whose body is the fact and whose target is the quote in its document
/// (a TextQuoteSelector and a TextPositionSelector), and the fact <c>prov:wasDerivedFrom</c> that quote.
/// A fact of a kind the dataset declares is a schema.org Thing whose <c>additionalType</c> names its kind. Each
/// writer states the fields <see cref="JsonLdVocabulary.FieldTerms"/> lists; every other field of a record — of a
/// declared kind, or added to the description — is written from the field walk (<see cref="FactCatalog.Fields(Fact)"/>)
/// under <see cref="JsonLdVocabulary.FieldNamespace"/>, so it reaches the export without a change here.
/// </summary>
public static class JsonLdExporter
{
    /// <summary>The prefix of every node id.</summary>
    public const string IdPrefix = JsonLdVocabulary.IdPrefix;

    /// <summary>The folder, relative to the current directory, whose texts give evidence its context: a clone's <c>corpus/</c>.</summary>
    public const string CorpusFolder = "corpus";

    /// <summary>Writes the dataset, with each quote's context where <see cref="CorpusFolder"/> holds its document.</summary>
    /// <param name="catalog">The dataset.</param>
    /// <param name="stream">Where to write UTF-8 JSON.</param>
    public static void Write(FactCatalog catalog, Stream stream) =>
        Write(catalog, stream, DocumentTexts.FromFolder(CorpusFolder, catalog.Documents));

    /// <summary>Writes the dataset.</summary>
    /// <param name="catalog">The dataset.</param>
    /// <param name="stream">Where to write UTF-8 JSON.</param>
    /// <param name="texts">The document texts known, for the quotes' context and code-point offsets.</param>
    public static void Write(FactCatalog catalog, Stream stream, DocumentTexts texts)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var w = new Utf8JsonWriter(stream, options);
        var writer = new Writer(w, texts, catalog);

        // Relations are written on their subject, as schema.org Roles, so they are grouped by subject first.
        ILookup<string, Relation> relationsBySubject = catalog.Relations.ToLookup(r => r.Subject.Id, System.StringComparer.Ordinal);

        w.WriteStartObject();
        WriteContext(w);
        w.WriteStartArray("@graph");
        foreach (Document document in catalog.Documents)
        {
            writer.Document(document);
        }

        foreach (Entity entity in catalog.Entities)
        {
            writer.Entity(entity, relationsBySubject[entity.Id]);
        }

        foreach (Event e in catalog.Events)
        {
            writer.Event(e);
        }

        foreach (Statement statement in catalog.Statements)
        {
            writer.Statement(statement);
        }

        foreach (Claim claim in catalog.Claims)
        {
            writer.Claim(claim);
        }

        foreach (Discrepancy discrepancy in catalog.Discrepancies)
        {
            writer.Discrepancy(discrepancy);
        }

        foreach (string kind in catalog.CustomKindNames)
        {
            foreach (CustomFact fact in catalog.Custom(kind))
            {
                writer.Custom(fact);
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The schema.org type an entity is written as.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The type name.</returns>
    public static string TypeOf(Entity entity) => JsonLdVocabulary.TypeOf(entity);

    private static void WriteContext(Utf8JsonWriter w)
    {
        w.WriteStartObject("@context");
        foreach ((string term, object definition) in Context)
        {
            if (definition is string iri)
            {
                w.WriteString(term, iri);
                continue;
            }

            w.WriteStartObject(term);
            foreach (KeyValuePair<string, string> entry in (IReadOnlyDictionary<string, string>)definition)
            {
                w.WriteString(entry.Key, entry.Value);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>Writes the facts, each with its evidence; knows the document texts.</summary>
    private sealed class Writer
    {
        private readonly Utf8JsonWriter w;
        private readonly DocumentTexts texts;
        private readonly FactCatalog catalog;

        public Writer(Utf8JsonWriter w, DocumentTexts texts, FactCatalog catalog)
        {
            this.w = w;
            this.texts = texts;
            this.catalog = catalog;
        }

        /// <summary>A document: a schema.org NewsArticle.</summary>
        public void Document(Document d)
        {
            w.WriteStartObject();
            Head(w, "NewsArticle", d.Id);
            w.WriteString("headline", d.Title);
            w.WriteString("inLanguage", d.Language);
            Optional(w, "datePublished", d.Published?.ToString());
            if (d.Outlet is not null)
            {
                w.WriteStartObject("publisher");
                w.WriteString("@type", "Organization");
                w.WriteString("name", d.Outlet);
                w.WriteEndObject();
            }

            if (d.Sha256 is not null)
            {
                w.WriteStartObject("identifier");
                w.WriteString("@type", "PropertyValue");
                w.WriteString("propertyID", "sha256");
                w.WriteString("value", d.Sha256);
                w.WriteEndObject();
            }

            Unstated("document", catalog.Fields(d));
            w.WriteEndObject();
        }

        /// <summary>A fact of a kind the dataset declares: a Thing of that kind, its names, and its own fields.</summary>
        public void Custom(CustomFact c)
        {
            w.WriteStartObject();
            Head(w, "Thing", c.Id);
            w.WriteString("additionalType", IdPrefix + "kind:" + c.KindName);
            Names(w, c.Names);
            Strings(w, "alternateName", c.Aliases);
            Tail(c, c.KindName);
            w.WriteEndObject();
        }

        /// <summary>
        /// The fields of a record that <see cref="JsonLdVocabulary.FieldTerms"/> does not state, each under its
        /// <see cref="JsonLdVocabulary.FieldProperty"/>: text, numbers, flags and dates as literals, names and a
        /// statement's renderings as language-tagged values, references as nodes.
        /// </summary>
        private void Unstated(string kind, IReadOnlyList<FactField> fields)
        {
            foreach (FactField field in fields)
            {
                if (IsStated(kind, field.Key) || field.IsEmpty)
                {
                    continue;
                }

                string name = FieldProperty(field.Key);
                switch (field.Value)
                {
                    case string text:
                        w.WriteString(name, text);
                        break;
                    case long number:
                        w.WriteNumber(name, number);
                        break;
                    case bool flag:
                        w.WriteBoolean(name, flag);
                        break;
                    case FactDate date:
                        w.WriteString(name, date.ToString());
                        break;
                    case Fact target:
                        Reference(w, name, target);
                        break;
                    case Names names:
                        w.WriteStartArray(name);
                        foreach (LocalizedName n in names.All)
                        {
                            Tagged(w, n.Text, n.Language);
                        }

                        w.WriteEndArray();
                        break;
                    case IReadOnlyList<Rendering> renderings:
                        w.WriteStartArray(name);
                        foreach (Rendering r in renderings)
                        {
                            Tagged(w, r.Text, r.Language);
                        }

                        w.WriteEndArray();
                        break;
                    case IReadOnlyList<Fact> targets:
                        References(w, name, targets);
                        break;
                    case IReadOnlyList<string> texts:
                        Strings(w, name, texts);
                        break;
                }
            }
        }

        public void Entity(Entity e, IEnumerable<Relation> relations)
        {
            w.WriteStartObject();
            Head(w, TypeOf(e), e.Id);
            if (e is Group)
            {
                w.WriteString("additionalType", IdPrefix + "group");
            }

            Names(w, e.Names);
            Strings(w, "alternateName", e.Aliases.Concat(e.Misspellings).Distinct());
            if (e is Country { Iso: { } iso })
            {
                w.WriteString("identifier", iso);
            }

            foreach (IGrouping<string, (Relation Relation, RelationMapping Mapping)> byProperty in relations.Select(r => (r, MappingOf(r))).GroupBy(x => x.Item2.Property))
            {
                w.WriteStartArray(byProperty.Key);
                foreach ((Relation r, RelationMapping mapping) in byProperty)
                {
                    Role(r, mapping);
                }

                w.WriteEndArray();
            }

            Tail(e, "entity");
            w.WriteEndObject();
        }

        public void Event(Event e)
        {
            w.WriteStartObject();
            Head(w, "Event", e.Id);
            Names(w, e.Names);
            var types = new List<string> { IdPrefix + "event-kind:" + e.EventKind, IdPrefix + "event-status:" + e.Status.ToString().ToLowerInvariant() };
            if (e.Modality is ClaimModality modality)
            {
                types.Add(ModalityType(modality));
            }

            Strings(w, "additionalType", types);
            if (e.Status == EventStatus.Expected)
            {
                // An IRI of schema.org's EventStatusType, through the context's "@vocab" coercion of eventStatus.
                w.WriteString("eventStatus", "EventScheduled");
            }

            Optional(w, "startDate", e.Start?.ToString());
            Optional(w, "endDate", e.End?.ToString());
            if (e.Place is not null)
            {
                Reference(w, "location", e.Place);
            }

            // attendee takes a Person or an Organization; a country (a Place) that takes part is what the event
            // is about, in the role of a participant: Event —about→ Role —about→ Country.
            References(w, "attendee", e.Participants.Where(IsAgent));
            List<Entity> others = e.Participants.Where(p => !IsAgent(p)).ToList();
            if (others.Count > 0)
            {
                w.WriteStartArray("about");
                foreach (Entity participant in others)
                {
                    w.WriteStartObject();
                    w.WriteString("@type", "Role");
                    w.WriteString("roleName", "participant");
                    Reference(w, "about", participant);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            // Who the article attributes the event to: PROV's attribution, as for a claim's holders that are no agents.
            References(w, "wasAttributedTo", e.Holders);
            Tail(e, "event");
            w.WriteEndObject();
        }

        public void Statement(Statement s)
        {
            w.WriteStartObject();
            Head(w, "Quotation", s.Id);

            // One quote, several renderings: a language-tagged value per rendering.
            w.WriteStartArray("text");
            foreach (Rendering r in s.Renderings)
            {
                Tagged(w, r.Text, r.Language);
            }

            w.WriteEndArray();
            Strings(w, "inLanguage", s.Renderings.Select(r => r.Language).Distinct());
            Reference(w, IsAgent(s.Speaker) ? "creator" : "wasAttributedTo", s.Speaker);
            Optional(w, "dateCreated", s.Date?.ToString());
            if (s.Occasion is not null)
            {
                Reference(w, "recordedAt", s.Occasion);
            }

            Tail(s, "statement");
            w.WriteEndObject();
        }

        public void Claim(Claim c)
        {
            w.WriteStartObject();
            Head(w, "Claim", c.Id);
            w.WriteString("text", c.Text);
            w.WriteString("additionalType", ModalityType(c.Modality));
            References(w, "author", c.Holders.Where(IsAgent));
            References(w, "wasAttributedTo", c.Holders.Where(h => !IsAgent(h)));
            References(w, "about", c.About);
            Tail(c, "claim");
            w.WriteEndObject();
        }

        public void Discrepancy(Discrepancy d)
        {
            w.WriteStartObject();
            Head(w, "Comment", d.Id);
            w.WriteString("additionalType", IdPrefix + "discrepancy:" + d.DiscrepancyKind.ToString().ToLowerInvariant());
            w.WriteString("text", d.Reading);
            References(w, "about", d.About);
            Tail(d, "discrepancy");
            w.WriteEndObject();
        }

        /// <summary>
        /// The schema.org Role pattern: subject —p→ Role —p→ object, the Role holding the relation's id, role name
        /// and dates; p is the relation's mapping (<see cref="JsonLdVocabulary.MappingOf"/>).
        /// </summary>
        private void Role(Relation r, RelationMapping mapping)
        {
            string predicate = PredicateName(r.Predicate);
            w.WriteStartObject();
            Head(w, mapping.RoleType, r.Id);
            w.WriteString("roleName", r.Role ?? predicate);
            if (r.Modality is ClaimModality modality)
            {
                Strings(w, "additionalType", new[] { PredicateNamespace + predicate, ModalityType(modality) });
            }
            else
            {
                w.WriteString("additionalType", PredicateNamespace + predicate);
            }

            if (mapping.Shape == RelationShape.OccupationIn)
            {
                w.WriteStartObject(mapping.Property);
                w.WriteString("@type", "Occupation");
                w.WriteString("name", r.Role ?? predicate);
                Reference(w, "occupationLocation", r.Object);
                w.WriteEndObject();
            }
            else
            {
                Reference(w, mapping.Property, r.Object);
            }

            Optional(w, "startDate", r.Start?.ToString());
            Optional(w, "endDate", r.End?.ToString());
            References(w, "wasAttributedTo", r.Holders);
            Tail(r, "relation");
            w.WriteEndObject();
        }

        /// <summary>
        /// The fields no term states (<see cref="Unstated"/>), the description and the evidence. Each evidence item is a Web Annotation (body: the fact, through the
        /// reverse term "evidence"; target: the quote in its document), and the fact prov:wasDerivedFrom the quote.
        /// </summary>
        private void Tail(Fact fact, string kind)
        {
            IReadOnlyList<FactField> fields = catalog.Fields(fact);
            Unstated(kind, fields);
            foreach (FactField field in fields)
            {
                SubRecords(fact.Id, field.Value);
            }

            Optional(w, "description", fact.Description);
            Evidence(IdPrefix + fact.Id, fact.Evidence);
        }

        /// <summary>
        /// A fact's factuality items or readings, each a node of its own (<c>urn:newsfacts:&lt;fact&gt;#factuality-0</c>)
        /// with its evidence as the fact's is: Web Annotations whose body is the node, which prov:wasDerivedFrom the quotes.
        /// A factuality item is a <c>urn:newsfacts:Factuality</c> attributed (PROV) to its holder, its value and polarity
        /// as additional types (<c>urn:newsfacts:factuality:certain</c>, <c>urn:newsfacts:polarity:negative</c>) and
        /// FactBank's code as its name (<c>CT-</c>); a reading is a <c>urn:newsfacts:Reading</c> and a Wikibase statement
        /// ranked with Wikibase's ranks (<c>wikibase:PreferredRank</c>), its text as its name.
        /// </summary>
        private void SubRecords(string factId, object? value)
        {
            switch (value)
            {
                case IReadOnlyList<Factuality> { Count: > 0 } factuality:
                    w.WriteStartArray("factuality");
                    for (int i = 0; i < factuality.Count; i++)
                    {
                        Factuality f = factuality[i];
                        string id = $"{IdPrefix}{factId}#factuality-{i}";
                        w.WriteStartObject();
                        w.WriteString("@id", id);
                        w.WriteString("@type", FactualityType);
                        w.WriteString("name", f.Code);
                        Strings(w, "additionalType", new[] { FactualityValueIri(f.Value), FactualityPolarityIri(f.Polarity) });
                        if (f.Holder is not null)
                        {
                            Reference(w, "wasAttributedTo", f.Holder);
                        }

                        Optional(w, "description", f.Note);
                        Evidence(id, f.Evidence);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    break;
                case IReadOnlyList<Reading> { Count: > 0 } readings:
                    w.WriteStartArray("readings");
                    for (int i = 0; i < readings.Count; i++)
                    {
                        Reading r = readings[i];
                        string id = $"{IdPrefix}{factId}#reading-{i}";
                        w.WriteStartObject();
                        w.WriteString("@id", id);
                        Strings(w, "@type", new[] { ReadingType, "wikibase:Statement" });
                        w.WriteString("name", r.Text);
                        w.WriteString("rank", RankIri(r.Rank));
                        if (r.Documents.Count > 0)
                        {
                            w.WriteStartArray("documents");
                            foreach (string document in r.Documents)
                            {
                                w.WriteStartObject();
                                w.WriteString("@id", IdPrefix + document);
                                w.WriteEndObject();
                            }

                            w.WriteEndArray();
                        }

                        Optional(w, "description", r.Note);
                        Evidence(id, r.Evidence);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    break;
            }
        }

        /// <summary>The evidence of a node (a fact, a factuality item, a reading): the quotes it prov:wasDerivedFrom, and a Web Annotation per quote whose body is the node.</summary>
        private void Evidence(string nodeId, IReadOnlyList<Evidence> evidence)
        {
            w.WriteStartArray("wasDerivedFrom");
            foreach (Evidence e in evidence)
            {
                w.WriteStringValue(QuoteId(e, texts.Select(e)));
            }

            w.WriteEndArray();

            w.WriteStartArray("evidence");
            int index = 0;
            // A fragment holds no second '#': a factuality item's or reading's annotations extend its fragment
            // (…#factuality-1.evidence-0), a fact's start one (…#evidence-0).
            string annotation = nodeId.IndexOf('#') < 0 ? nodeId + "#evidence-" : nodeId + ".evidence-";
            foreach (Evidence e in evidence)
            {
                QuoteSelection selection = texts.Select(e);
                w.WriteStartObject();
                w.WriteString("@id", annotation + index++);
                w.WriteString("@type", "oa:Annotation");
                w.WriteString("motivation", "oa:identifying");
                w.WriteStartObject("target");
                w.WriteString("@id", QuoteId(e, selection));
                w.WriteString("@type", "oa:SpecificResource");
                w.WriteString("source", IdPrefix + e.Document);
                w.WriteStartArray("selector");
                w.WriteStartObject();
                w.WriteString("@type", "oa:TextQuoteSelector");
                w.WriteString("exact", e.Quote);
                Optional(w, "prefix", selection.Prefix);
                Optional(w, "suffix", selection.Suffix);
                w.WriteEndObject();
                w.WriteStartObject();
                w.WriteString("@type", "oa:TextPositionSelector");
                w.WriteNumber("start", selection.Start);
                w.WriteNumber("end", selection.End);
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        /// <summary>The quote's IRI: the document's, with an RFC 5147 fragment of the same positions.</summary>
        private static string QuoteId(Evidence e, QuoteSelection selection) => $"{IdPrefix}{e.Document}#char={selection.Start},{selection.End}";
    }

    // The modality of a claim, an event or a relation, as a type of its own in NewsFacts' namespace.
    private static string ModalityType(ClaimModality modality) => IdPrefix + "modality:" + modality.ToString().ToLowerInvariant();

    private static void Head(Utf8JsonWriter w, string type, string id)
    {
        w.WriteString("@type", type);
        w.WriteString("@id", IdPrefix + id);
    }

    private static void Names(Utf8JsonWriter w, Names names)
    {
        w.WriteStartArray("name");
        foreach (LocalizedName name in names.All)
        {
            Tagged(w, name.Text, name.Language);
        }

        w.WriteEndArray();
    }

    private static void Tagged(Utf8JsonWriter w, string value, string language)
    {
        w.WriteStartObject();
        w.WriteString("@value", value);
        w.WriteString("@language", language);
        w.WriteEndObject();
    }

    private static void Reference(Utf8JsonWriter w, string name, Fact target)
    {
        w.WriteStartObject(name);
        w.WriteString("@id", IdPrefix + target.Id);
        w.WriteEndObject();
    }

    /// <summary>An array of references; nothing when there is none.</summary>
    private static void References<T>(Utf8JsonWriter w, string name, IEnumerable<T> targets)
        where T : Fact
    {
        if (!targets.Any())
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (T target in targets)
        {
            w.WriteStartObject();
            w.WriteString("@id", IdPrefix + target.Id);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (string value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
