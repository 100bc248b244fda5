using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsFacts.Cli.Export;

/// <summary>
/// Writes a compiled dataset as one JSON object with arrays <c>documents</c>, <c>entities</c>, <c>events</c>,
/// <c>relations</c>, <c>statements</c>, <c>claims</c> and <c>discrepancies</c>, then one per kind the dataset declares
/// (docs/schema.md, "JSON export"). Every record has <c>id</c> and <c>kind</c>, then its fields in the order of the
/// description of its kind (<see cref="FactCatalog.Fields(Fact)"/>), its description and evidence last; references
/// are ids; dates are ISO 8601 truncated to their precision. Written with <see cref="Utf8JsonWriter"/> over that field
/// walk: no reflection, and a field added to the description appears here without a change.
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
        foreach (RecordKind kind in RecordKinds.Of(catalog))
        {
            w.WriteStartArray(kind.Section);
            foreach (object record in kind.Records)
            {
                w.WriteStartObject();
                w.WriteString("id", RecordKinds.IdOf(record));
                w.WriteString("kind", RecordKinds.KindOf(record));
                IReadOnlyList<FactField> fields = RecordKinds.FieldsOf(catalog, record);
                foreach (FactField field in fields)
                {
                    if (field.Type != FactFieldType.Id && !RecordKinds.IsTail(field))
                    {
                        Field(w, kind, field);
                    }
                }

                foreach (FactField field in fields)
                {
                    if (RecordKinds.IsTail(field))
                    {
                        Field(w, kind, field);
                    }
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>The kind word of a fact as the export writes it: <c>person</c>, <c>event</c>…; a declared kind's name.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The kind word.</returns>
    public static string KindOf(Fact fact) => fact is CustomFact custom ? custom.KindName : fact.Kind.ToString().ToLowerInvariant();

    /// <summary>
    /// The name of a field in the export: its key, except <c>kind</c>, which every record has already: an event's own
    /// <c>kind</c> is <c>eventKind</c>.
    /// </summary>
    /// <param name="kind">The kind of the record, as the facts file names it.</param>
    /// <param name="key">The field's key.</param>
    /// <returns>The name.</returns>
    public static string NameOf(string kind, string key) => key == "kind" ? kind + "Kind" : key;

    private static void Field(Utf8JsonWriter w, RecordKind kind, FactField field)
    {
        string name = NameOf(kind.Name, field.Key);
        switch (field.Value)
        {
            case null:
            case false:
                // Absent values are left out, and so is a flag that is not set.
                return;
            case string text:
                w.WriteString(name, text);
                return;
            case true:
                w.WriteBoolean(name, true);
                return;
            case long number:
                w.WriteNumber(name, number);
                return;
            case FactDate date:
                w.WriteString(name, date.ToString());
                return;
            case Fact fact:
                w.WriteString(name, fact.Id);
                return;
            case Names names:
                w.WriteStartObject(name);
                foreach (LocalizedName n in names.All)
                {
                    w.WriteString(n.Language, n.Text);
                }

                w.WriteEndObject();
                return;
            case IReadOnlyList<Evidence> evidence:
                EvidenceArray(w, name, evidence);
                return;
            case IReadOnlyList<Factuality> factuality:
                // Each source's judgement, with its own evidence in the shape of a fact's.
                w.WriteStartArray(name);
                foreach (Factuality f in factuality)
                {
                    w.WriteStartObject();
                    if (f.Holder is not null)
                    {
                        w.WriteString("holder", f.Holder.Id);
                    }

                    w.WriteString("value", Word(f.Value));
                    w.WriteString("polarity", Word(f.Polarity));
                    if (f.Note is not null)
                    {
                        w.WriteString("note", f.Note);
                    }

                    EvidenceArray(w, "evidence", f.Evidence);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                return;
            case IReadOnlyList<Reading> readings:
                w.WriteStartArray(name);
                foreach (Reading r in readings)
                {
                    w.WriteStartObject();
                    w.WriteString("text", r.Text);
                    w.WriteString("rank", Word(r.Rank));
                    w.WriteStartArray("documents");
                    foreach (string document in r.Documents)
                    {
                        w.WriteStringValue(document);
                    }

                    w.WriteEndArray();
                    if (r.Note is not null)
                    {
                        w.WriteString("note", r.Note);
                    }

                    EvidenceArray(w, "evidence", r.Evidence);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                return;
            case IReadOnlyList<Rendering> renderings:
                w.WriteStartArray(name);
                foreach (Rendering r in renderings)
                {
                    w.WriteStartObject();
                    w.WriteString("language", r.Language);
                    w.WriteString("text", r.Text);
                    w.WriteString("document", r.Source.Document);
                    Span(w, r.Source);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                return;
            case IReadOnlyList<Fact> facts:
                w.WriteStartArray(name);
                foreach (Fact fact in facts)
                {
                    w.WriteStringValue(fact.Id);
                }

                w.WriteEndArray();
                return;
            case IReadOnlyList<string> texts:
                w.WriteStartArray(name);
                foreach (string text in texts)
                {
                    w.WriteStringValue(text);
                }

                w.WriteEndArray();
                return;
            default:
                w.WriteString(name, System.Convert.ToString(field.Value, CultureInfo.InvariantCulture));
                return;
        }
    }

    /// <summary>A word of a closed list as the facts file writes it: <c>certain</c>, <c>negative</c>, <c>preferred</c>.</summary>
    /// <param name="value">A member of the runtime enum of the list.</param>
    /// <returns>The word.</returns>
    public static string Word(System.Enum value) => value.ToString().ToLowerInvariant();

    private static void EvidenceArray(Utf8JsonWriter w, string name, IEnumerable<Evidence> evidence)
    {
        w.WriteStartArray(name);
        foreach (Evidence e in evidence)
        {
            w.WriteStartObject();
            w.WriteString("document", e.Document);
            w.WriteString("quote", e.Quote);
            Span(w, e);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    // A quote's W3C selector data: its offsets in UTF-16 code units, and its context (null where the dataset was built without the document's text).
    private static void Span(Utf8JsonWriter w, Evidence e)
    {
        w.WriteNumber("start", e.Start);
        w.WriteNumber("end", e.End);
        w.WriteString("prefix", e.Prefix);
        w.WriteString("suffix", e.Suffix);
    }
}
