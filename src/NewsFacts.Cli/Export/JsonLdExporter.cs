using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsFacts.Cli.Export;

/// <summary>
/// Writes a compiled dataset as JSON-LD in schema.org terms (docs/cli.md, "JSON-LD"): one object with
/// <c>"@context": "https://schema.org"</c> and an <c>@graph</c> of NewsArticle (documents), Person, Country, Place,
/// Organization (organizations and groups), Event, Quotation (statements), Claim and Comment (discrepancies).
/// Every node's <c>@id</c> is <c>urn:newsfacts:&lt;id&gt;</c>; references are <c>{"@id": …}</c>. Evidence is
/// <c>citation</c>: a CreativeWork whose <c>text</c> is the quote, <c>isPartOf</c> the document, and whose own
/// <c>@id</c> is the document's with an RFC 5147 fragment, <c>#char=start,end</c>.
/// </summary>
public static class JsonLdExporter
{
    /// <summary>The prefix of every node id.</summary>
    public const string IdPrefix = "urn:newsfacts:";

    /// <summary>Writes the dataset.</summary>
    /// <param name="catalog">The dataset.</param>
    /// <param name="stream">Where to write UTF-8 JSON.</param>
    public static void Write(FactCatalog catalog, Stream stream)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var w = new Utf8JsonWriter(stream, options);

        // Relations are written on their subject, as schema.org Roles, so they are grouped by subject first.
        ILookup<string, Relation> relationsBySubject = catalog.Relations.ToLookup(r => r.Subject.Id, System.StringComparer.Ordinal);

        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteStartArray("@graph");
        foreach (Document document in catalog.Documents)
        {
            WriteDocument(w, document);
        }

        foreach (Entity entity in catalog.Entities)
        {
            WriteEntity(w, entity, relationsBySubject[entity.Id]);
        }

        foreach (Event e in catalog.Events)
        {
            WriteEvent(w, e);
        }

        foreach (Statement statement in catalog.Statements)
        {
            WriteStatement(w, statement);
        }

        foreach (Claim claim in catalog.Claims)
        {
            WriteClaim(w, claim);
        }

        foreach (Discrepancy discrepancy in catalog.Discrepancies)
        {
            WriteDiscrepancy(w, discrepancy);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The schema.org type an entity is written as.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The type name.</returns>
    public static string TypeOf(Entity entity) => entity switch
    {
        Person => "Person",
        Country => "Country",
        Place => "Place",

        // schema.org has no type for a collective actor ("the West", "analysts"); Organization is the nearest
        // that may be an attendee or an author, and additionalType keeps the difference.
        _ => "Organization",
    };

    private static void WriteDocument(Utf8JsonWriter w, Document d)
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

        w.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter w, Entity e, IEnumerable<Relation> relations)
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

        foreach (IGrouping<string, Relation> byProperty in relations.GroupBy(PropertyOf))
        {
            w.WriteStartArray(byProperty.Key);
            foreach (Relation r in byProperty)
            {
                Role(w, byProperty.Key, r);
            }

            w.WriteEndArray();
        }

        Tail(w, e);
        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, Event e)
    {
        w.WriteStartObject();
        Head(w, "Event", e.Id);
        Names(w, e.Names);
        w.WriteString("additionalType", IdPrefix + "event-kind:" + e.EventKind);
        if (e.Status == EventStatus.Expected)
        {
            w.WriteString("eventStatus", "https://schema.org/EventScheduled");
        }

        Optional(w, "startDate", e.Start?.ToString());
        Optional(w, "endDate", e.End?.ToString());
        if (e.Place is not null)
        {
            Reference(w, "location", e.Place);
        }

        References(w, "attendee", e.Participants);
        Tail(w, e);
        w.WriteEndObject();
    }

    private static void WriteStatement(Utf8JsonWriter w, Statement s)
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
        Reference(w, "creator", s.Speaker);
        Optional(w, "dateCreated", s.Date?.ToString());
        if (s.Occasion is not null)
        {
            Reference(w, "recordedAt", s.Occasion);
        }

        Tail(w, s);
        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        Head(w, "Claim", c.Id);
        w.WriteString("text", c.Text);
        w.WriteString("additionalType", IdPrefix + "modality:" + c.Modality.ToString().ToLowerInvariant());
        References(w, "author", c.Holders);
        References(w, "about", c.About);
        Tail(w, c);
        w.WriteEndObject();
    }

    private static void WriteDiscrepancy(Utf8JsonWriter w, Discrepancy d)
    {
        w.WriteStartObject();
        Head(w, "Comment", d.Id);
        w.WriteString("additionalType", IdPrefix + "discrepancy:" + d.DiscrepancyKind.ToString().ToLowerInvariant());
        w.WriteString("text", d.Reading);
        References(w, "about", d.About);
        Tail(w, d);
        w.WriteEndObject();
    }

    /// <summary>
    /// The schema.org Role pattern: subject —property→ Role —property→ object, the Role holding the role name and dates.
    /// Offices, roles, memberships and affiliations are memberOf; a location is containedInPlace; the rest relatedTo.
    /// </summary>
    private static string PropertyOf(Relation r) => r.Predicate switch
    {
        RelationPredicate.Office or RelationPredicate.Role or RelationPredicate.Membership or RelationPredicate.Affiliation => "memberOf",
        RelationPredicate.Location => "containedInPlace",
        _ => "relatedTo",
    };

    private static void Role(Utf8JsonWriter w, string property, Relation r)
    {
        w.WriteStartObject();
        Head(w, property == "memberOf" ? "OrganizationRole" : "Role", r.Id);
        w.WriteString("roleName", r.Role ?? r.Predicate.ToString().ToLowerInvariant());
        w.WriteString("additionalType", IdPrefix + "predicate:" + r.Predicate.ToString().ToLowerInvariant());
        Reference(w, property, r.Object);
        Optional(w, "startDate", r.Start?.ToString());
        Optional(w, "endDate", r.End?.ToString());
        Tail(w, r);
        w.WriteEndObject();
    }

    private static void Head(Utf8JsonWriter w, string type, string id)
    {
        w.WriteString("@type", type);
        w.WriteString("@id", IdPrefix + id);
    }

    private static void Tail(Utf8JsonWriter w, Fact fact)
    {
        Optional(w, "description", fact.Description);
        w.WriteStartArray("citation");
        foreach (Evidence e in fact.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("@type", "CreativeWork");
            w.WriteString("@id", $"{IdPrefix}{e.Document}#char={e.Start},{e.Start + e.Quote.Length}");
            w.WriteString("text", e.Quote);
            w.WriteStartObject("isPartOf");
            w.WriteString("@id", IdPrefix + e.Document);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
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

    private static void References<T>(Utf8JsonWriter w, string name, IEnumerable<T> targets)
        where T : Fact
    {
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
