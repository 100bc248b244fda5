using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NewsFacts.Internal;

namespace NewsFacts.Cli.Export;

/// <summary>
/// Writes a compiled dataset as one CSV file per record kind into a folder (docs/cli.md, "CSV"): documents,
/// entities, events, relations, statements, renderings, claims, discrepancies, one per kind the dataset declares, and
/// evidence (one row per quote).
/// Why not one table with a kind column: each kind has its own columns, so one table would be some forty mostly
/// empty columns, and evidence (many quotes per fact) would have to be packed into a cell. One tidy table per kind
/// opens as it is in a spreadsheet and joins on ids in pandas (<c>evidence.fact_id</c> → <c>entities.id</c>…).
/// The columns of a kind's table are its fields in the order of the description (<see cref="FactCatalog.FieldsOf"/>),
/// its description last, in snake_case: names are a <c>name</c> column and one per language, a date is followed by its
/// precision, list cells (aliases, participants, holders, about) are ids or names joined by <c>|</c>, and a statement's
/// renderings are its <c>languages</c> and rows of <c>renderings.csv</c>, and factuality items and readings, which
/// have evidence of their own, are rows of <c>factuality.csv</c> and <c>readings.csv</c> with their quotes in
/// <c>factuality_evidence.csv</c> and <c>readings_evidence.csv</c>. A field added to the description appears here
/// without a change.
/// </summary>
public static class CsvExporter
{
    /// <summary>The character that joins the items of a list cell.</summary>
    public const string ListSeparator = "|";

    /// <summary>The file names of the built-in kinds, in the order written; a dataset's declared kinds add one each, before <c>evidence.csv</c>.</summary>
    public static IReadOnlyList<string> FileNames { get; } = BuiltInFileNames();

    /// <summary>Writes every table, each to the stream <paramref name="open"/> gives for its file name (<see cref="FileNames"/>).</summary>
    /// <param name="catalog">The dataset.</param>
    /// <param name="open">Opens a file by name (<c>documents.csv</c>…) for writing; the stream is disposed once written.</param>
    /// <param name="byteOrderMark">Start every file with the UTF-8 byte order mark, for Excel (<c>export --bom</c>).</param>
    public static void Write(FactCatalog catalog, Func<string, Stream> open, bool byteOrderMark = false)
    {
        IReadOnlyList<RecordKind> kinds = RecordKinds.Of(catalog);

        // One column per language that names something, English and French (always present) first.
        List<string> languages = kinds.SelectMany(k => k.Records)
            .SelectMany(r => RecordKinds.FieldsOf(catalog, r))
            .Select(f => f.Value).OfType<Names>().SelectMany(n => n.All).Select(n => n.Language).Distinct()
            .OrderBy(l => l == "en" ? 0 : l == "fr" ? 1 : 2).ThenBy(l => l, StringComparer.Ordinal)
            .ToList();

        foreach (RecordKind kind in kinds)
        {
            List<FactField> columns = kind.Fields.Where(f => !RecordKinds.IsTail(f)).Concat(kind.Fields.Where(f => f.Key == "description")).ToList();
            var header = new List<string>();
            foreach (FactField field in columns)
            {
                header.AddRange(ColumnsOf(kind, field, languages));
            }

            using (var csv = new CsvWriter(open(kind.Section + ".csv"), header, byteOrderMark))
            {
                foreach (object record in kind.Records)
                {
                    IReadOnlyList<FactField> fields = RecordKinds.FieldsOf(catalog, record);
                    var row = new List<string?>(header.Count);
                    foreach (FactField column in columns)
                    {
                        FactField? field = fields.Select(f => (FactField?)f).FirstOrDefault(f => f!.Value.Key == column.Key);
                        row.AddRange(Cells(kind, record, column, field?.Value, languages));
                    }

                    csv.Row(row);
                }
            }

            foreach (FactField renderings in kind.Fields.Where(f => f.Type == FactFieldType.Renderings))
            {
                using var csv = new CsvWriter(open(renderings.Key + ".csv"), new[] { kind.Name + "_id", "language", "text", "document", "start", "end", "prefix", "suffix" }, byteOrderMark);
                foreach (object record in kind.Records)
                {
                    var value = (IReadOnlyList<Rendering>?)RecordKinds.FieldsOf(catalog, record).FirstOrDefault(f => f.Key == renderings.Key).Value ?? Array.Empty<Rendering>();
                    foreach (Rendering r in value)
                    {
                        csv.Row(new[] { RecordKinds.IdOf(record), r.Language, r.Text, r.Source.Document, Number(r.Source.Start), Number(r.Source.End), r.Source.Prefix, r.Source.Suffix });
                    }
                }
            }
        }

        using (var csv = new CsvWriter(open("evidence.csv"), EvidenceHeader("fact_id", "fact_kind"), byteOrderMark))
        {
            foreach (Fact fact in catalog.Facts)
            {
                foreach (Evidence e in fact.Evidence)
                {
                    csv.Row(EvidenceRow(e, fact.Id, JsonExporter.KindOf(fact)));
                }
            }
        }

        SubRecordTables(catalog, kinds, open, byteOrderMark);
    }

    /// <summary>
    /// The tables of the lists of sub-records that have evidence of their own (a claim's, an event's or a relation's
    /// factuality; a discrepancy's readings): one table per field key, a row per item keyed by its fact and its place
    /// in the list (<c>item</c>, from 0), and one table of their evidence (<c>factuality_evidence.csv</c>) keyed the
    /// same way, so the three join on (<c>fact_id</c>, <c>item</c>).
    /// </summary>
    private static void SubRecordTables(FactCatalog catalog, IReadOnlyList<RecordKind> kinds, Func<string, Stream> open, bool byteOrderMark)
    {
        foreach ((string key, FactFieldType type) in SubRecordFields())
        {
            string[] header = type == FactFieldType.Factuality
                ? new[] { "fact_id", "fact_kind", "item", "holder", "value", "polarity", "note" }
                : new[] { "fact_id", "fact_kind", "item", "text", "rank", "documents", "note" };
            using var items = new CsvWriter(open(key + ".csv"), header, byteOrderMark);
            using var evidence = new CsvWriter(open(key + "_evidence.csv"), EvidenceHeader("fact_id", "fact_kind", "item"), byteOrderMark);
            foreach (RecordKind kind in kinds.Where(k => k.Fields.Any(f => f.Key == key && f.Type == type)))
            {
                foreach (Fact fact in kind.Records.OfType<Fact>())
                {
                    object? value = catalog.Fields(fact).FirstOrDefault(f => f.Key == key).Value;
                    string factKind = JsonExporter.KindOf(fact);
                    int index = 0;
                    foreach ((string?[] row, IReadOnlyList<Evidence> quotes) in Items(value))
                    {
                        string item = Number(index++);
                        items.Row(new[] { fact.Id, factKind, item }.Concat(row).ToArray());
                        foreach (Evidence e in quotes)
                        {
                            evidence.Row(EvidenceRow(e, fact.Id, factKind, item));
                        }
                    }
                }
            }
        }
    }

    // The cells of each item of a list of factuality items or readings, after its key, and its evidence.
    private static IEnumerable<(string?[] Row, IReadOnlyList<Evidence> Evidence)> Items(object? value) => value switch
    {
        IReadOnlyList<Factuality> factuality => factuality.Select(f => (new[] { f.Holder?.Id, JsonExporter.Word(f.Value), JsonExporter.Word(f.Polarity), f.Note }, (IReadOnlyList<Evidence>)f.Evidence)),
        IReadOnlyList<Reading> readings => readings.Select(r => (new[] { r.Text, JsonExporter.Word(r.Rank), List(r.Documents), r.Note }, (IReadOnlyList<Evidence>)r.Evidence)),
        _ => Enumerable.Empty<(string?[], IReadOnlyList<Evidence>)>(),
    };

    // The lists of sub-records with evidence of their own, by key, in the order of the description (factuality, readings).
    private static IEnumerable<(string Key, FactFieldType Type)> SubRecordFields() => BuiltInSchema.Kinds
        .SelectMany(k => k.Record.Fields)
        .Where(f => f.Items == BuiltInSchema.FactualityItem || f.Items == BuiltInSchema.ReadingItem)
        .Select(f => (f.Key, f.Items == BuiltInSchema.FactualityItem ? FactFieldType.Factuality : FactFieldType.Readings))
        .Distinct();

    private static string[] EvidenceHeader(params string[] key) => key.Concat(new[] { "document", "start", "end", "quote", "prefix", "suffix" }).ToArray();

    private static string?[] EvidenceRow(Evidence e, params string[] key) =>
        key.Concat(new[] { e.Document, Number(e.Start), Number(e.End), e.Quote, e.Prefix, e.Suffix }).ToArray();

    /// <summary>The column name of a field: its key in snake_case; a kind's own <c>kind</c> is <c>event_kind</c>.</summary>
    /// <param name="kind">The kind of the record.</param>
    /// <param name="key">The field's key.</param>
    /// <returns>The name.</returns>
    public static string ColumnName(string kind, string key)
    {
        string name = JsonExporter.NameOf(kind, key);
        var text = new StringBuilder(name.Length + 4);
        foreach (char c in name)
        {
            if (char.IsUpper(c))
            {
                text.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c == '-' ? '_' : c);
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> ColumnsOf(RecordKind kind, FactField field, IReadOnlyList<string> languages)
    {
        string name = ColumnName(kind.Name, field.Key);
        switch (field.Type)
        {
            case FactFieldType.Id:
                yield return name;
                if (kind.SeveralTypes)
                {
                    yield return "kind";
                }

                break;
            case FactFieldType.Names:
                yield return "name";
                foreach (string language in languages)
                {
                    yield return "name_" + language;
                }

                break;
            case FactFieldType.Date:
                yield return name;
                yield return name + "_precision";
                break;
            case FactFieldType.Renderings:
                yield return "languages";
                break;
            case FactFieldType.Evidence:
            case FactFieldType.Factuality:
            case FactFieldType.Readings:
                // Rows of tables of their own (evidence.csv, factuality.csv, readings.csv).
                break;
            default:
                yield return name;
                break;
        }
    }

    private static IEnumerable<string?> Cells(RecordKind kind, object record, FactField column, object? value, IReadOnlyList<string> languages)
    {
        switch (column.Type)
        {
            case FactFieldType.Id:
                yield return RecordKinds.IdOf(record);
                if (kind.SeveralTypes)
                {
                    yield return RecordKinds.KindOf(record);
                }

                break;
            case FactFieldType.Names:
                var names = value as Names ?? Names.None;
                yield return names.Default;
                foreach (string language in languages)
                {
                    yield return names[language];
                }

                break;
            case FactFieldType.Date:
                var date = value as FactDate?;
                yield return date?.ToString();
                yield return date?.Precision.ToString().ToLowerInvariant();
                break;
            case FactFieldType.Renderings:
                yield return List(((IReadOnlyList<Rendering>?)value ?? Array.Empty<Rendering>()).Select(r => r.Language));
                break;
            case FactFieldType.Evidence:
            case FactFieldType.Factuality:
            case FactFieldType.Readings:
                break;
            case FactFieldType.Flag:
                yield return value is true ? "true" : "false";
                break;
            case FactFieldType.Reference:
                yield return (value as Fact)?.Id;
                break;
            case FactFieldType.References:
                yield return List(((IReadOnlyList<Fact>?)value ?? Array.Empty<Fact>()).Select(f => f.Id));
                break;
            case FactFieldType.TextList:
                yield return List((IReadOnlyList<string>?)value ?? Array.Empty<string>());
                break;
            default:
                yield return value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
                break;
        }
    }

    private static IReadOnlyList<string> BuiltInFileNames()
    {
        var names = new List<string>();
        foreach (SchemaKind kind in BuiltInSchema.Kinds)
        {
            names.Add(kind.Section + ".csv");
            names.AddRange(kind.Record.Fields.Where(f => f.Items == BuiltInSchema.Rendering).Select(f => f.Key + ".csv"));
        }

        names.Add("evidence.csv");
        foreach ((string key, FactFieldType _) in SubRecordFields())
        {
            names.Add(key + ".csv");
            names.Add(key + "_evidence.csv");
        }

        return names;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string List(IEnumerable<string> items) => string.Join(ListSeparator, items);
}
