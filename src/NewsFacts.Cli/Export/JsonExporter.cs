using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsFacts.Cli.Export;

/// <summary>
/// Writes a compiled dataset as one JSON object with arrays <c>documents</c>, <c>entities</c>, <c>events</c>,
/// <c>relations</c>, <c>statements</c>, <c>claims</c> and <c>discrepancies</c> (docs/schema.md, "JSON export").
/// Every record has <c>id</c> and <c>kind</c>; references are ids; dates are ISO 8601 truncated to their precision.
/// Written with <see cref="Utf8JsonWriter"/> by hand: no reflection, and the field order is the documented one.
/// </summary>
public static class JsonExporter
{
    /// <summary>The value of the export's <c>schema</c> field; it changes when a field changes meaning or goes away.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writes the dataset.</summary>
    /// <param name="catalog">The dataset.</param>
    /// <param name="stream">Where to write UTF-8 JSON.</param>
    public static void Write(FactCatalog catalog, Stream stream)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var w = new Utf8JsonWriter(stream, options);
        w.WriteStartObject();
        w.WriteNumber("schema", SchemaVersion);
        Array(w, "documents", catalog.Documents, Document);
        Array(w, "entities", catalog.Entities, Entity);
        Array(w, "events", catalog.Events, Event);
        Array(w, "relations", catalog.Relations, Relation);
        Array(w, "statements", catalog.Statements, Statement);
        Array(w, "claims", catalog.Claims, Claim);
        Array(w, "discrepancies", catalog.Discrepancies, Discrepancy);
        w.WriteEndObject();
    }

    /// <summary>The kind word of a fact as the export writes it: <c>person</c>, <c>event</c>…</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The kind word.</returns>
    public static string KindOf(Fact fact) => fact.Kind.ToString().ToLowerInvariant();

    private static void Array<T>(Utf8JsonWriter w, string name, IEnumerable<T> records, System.Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (T record in records)
        {
            w.WriteStartObject();
            write(w, record);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Document(Utf8JsonWriter w, Document d)
    {
        w.WriteString("id", d.Id);
        w.WriteString("kind", "document");
        w.WriteString("language", d.Language);
        w.WriteString("title", d.Title);
        Optional(w, "published", d.Published?.ToString());
        Optional(w, "publishedNote", d.PublishedNote);
        Optional(w, "outlet", d.Outlet);
        Optional(w, "sha256", d.Sha256);
    }

    private static void Entity(Utf8JsonWriter w, Entity e)
    {
        Head(w, e);
        Names(w, e.Names);
        Strings(w, "aliases", e.Aliases);
        Strings(w, "misspellings", e.Misspellings);
        if (e.IsAmbiguous)
        {
            w.WriteBoolean("ambiguous", true);
        }

        if (e is Country country)
        {
            Optional(w, "iso", country.Iso);
        }

        Tail(w, e);
    }

    private static void Event(Utf8JsonWriter w, Event e)
    {
        Head(w, e);
        w.WriteString("eventKind", e.EventKind);
        w.WriteString("status", e.Status.ToString().ToLowerInvariant());
        Names(w, e.Names);
        Optional(w, "start", e.Start?.ToString());
        Optional(w, "end", e.End?.ToString());
        Optional(w, "dateWording", e.DateWording);
        Optional(w, "dateNote", e.DateNote);
        Optional(w, "place", e.Place?.Id);
        Ids(w, "participants", e.Participants);
        Tail(w, e);
    }

    private static void Relation(Utf8JsonWriter w, Relation r)
    {
        Head(w, r);
        w.WriteString("subject", r.Subject.Id);
        w.WriteString("predicate", r.Predicate.ToString().ToLowerInvariant());
        Optional(w, "role", r.Role);
        w.WriteString("object", r.Object.Id);
        Optional(w, "start", r.Start?.ToString());
        Optional(w, "end", r.End?.ToString());
        Tail(w, r);
    }

    private static void Statement(Utf8JsonWriter w, Statement s)
    {
        Head(w, s);
        w.WriteString("speaker", s.Speaker.Id);
        Optional(w, "event", s.Occasion?.Id);
        Optional(w, "date", s.Date?.ToString());
        w.WriteStartArray("renderings");
        foreach (Rendering r in s.Renderings)
        {
            w.WriteStartObject();
            w.WriteString("language", r.Language);
            w.WriteString("text", r.Text);
            w.WriteString("document", r.Source.Document);
            w.WriteNumber("start", r.Source.Start);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Tail(w, s);
    }

    private static void Claim(Utf8JsonWriter w, Claim c)
    {
        Head(w, c);
        w.WriteString("text", c.Text);
        w.WriteString("modality", c.Modality.ToString().ToLowerInvariant());
        Ids(w, "holders", c.Holders);
        Ids(w, "about", c.About);
        Tail(w, c);
    }

    private static void Discrepancy(Utf8JsonWriter w, Discrepancy d)
    {
        Head(w, d);
        w.WriteString("discrepancyKind", d.DiscrepancyKind.ToString().ToLowerInvariant());
        w.WriteString("reading", d.Reading);
        Ids(w, "about", d.About);
        Tail(w, d);
    }

    private static void Head(Utf8JsonWriter w, Fact fact)
    {
        w.WriteString("id", fact.Id);
        w.WriteString("kind", KindOf(fact));
    }

    private static void Tail(Utf8JsonWriter w, Fact fact)
    {
        Optional(w, "description", fact.Description);
        w.WriteStartArray("evidence");
        foreach (Evidence e in fact.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("document", e.Document);
            w.WriteString("quote", e.Quote);
            w.WriteNumber("start", e.Start);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Names(Utf8JsonWriter w, Names names)
    {
        w.WriteStartObject("names");
        foreach (LocalizedName name in names.All)
        {
            w.WriteString(name.Language, name.Text);
        }

        w.WriteEndObject();
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

    private static void Ids<T>(Utf8JsonWriter w, string name, IEnumerable<T> facts)
        where T : Fact
    {
        w.WriteStartArray(name);
        foreach (T fact in facts)
        {
            w.WriteStringValue(fact.Id);
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
