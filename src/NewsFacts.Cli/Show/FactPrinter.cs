using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsFacts.Cli.Common;
using NewsFacts.Cli.Export;

namespace NewsFacts.Cli.Show;

/// <summary>
/// Writes one fact or document as <c>show</c> prints it: a heading line <c>id (kind)</c>, its own fields in the order
/// of the description of its kind (<see cref="FactCatalog.Fields(Fact)"/>, the same walk as the exports), then — for an
/// entity — every fact that refers to it, and last its evidence with document ids and offsets.
/// With a coloured <see cref="OutputStyle"/> the heading and section titles are bold and the ids of the facts and
/// documents listed are coloured; the words are the same.
/// </summary>
public sealed class FactPrinter
{
    private readonly FactCatalog _catalog;
    private readonly TextWriter _out;
    private readonly OutputStyle _style;

    /// <summary>Makes a printer.</summary>
    /// <param name="catalog">The catalog the references are looked up in.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="style">How headings and ids are marked; plain text when null.</param>
    public FactPrinter(FactCatalog catalog, TextWriter output, OutputStyle? style = null)
    {
        _catalog = catalog;
        _out = output;
        _style = style ?? OutputStyle.Plain;
    }

    /// <summary>Writes a fact or a document.</summary>
    /// <param name="record">A <see cref="Fact"/> or a <see cref="Document"/>.</param>
    public void Write(object record)
    {
        _out.WriteLine(_style.Heading($"{RecordKinds.IdOf(record)} ({RecordKinds.KindOf(record)})"));
        if (record is Fact { Description: { } description })
        {
            _out.WriteLine("  " + FactText.OneLine(description));
        }

        WriteFields(RecordKinds.KindOf(record), RecordKinds.FieldsOf(_catalog, record));
        switch (record)
        {
            case Document d:
                int cited = _catalog.Facts.Count(f => f.Evidence.Any(e => e.Document == d.Id));
                Field("cited by", $"{cited} facts");
                return;
            case Entity e:
                WriteFactsAbout(e.Id);
                break;
            case Event e:
                Section("statements", _catalog.Statements.Where(s => s.Occasion?.Id == e.Id), s => $"{Id(s.Id)}: {FactText.Label(s)}");
                break;
        }

        var fact = (Fact)record;
        Section("discrepancies about it", _catalog.Discrepancies.Where(d => FactResolver.Holds(d.About, fact.Id)), d => $"{Id(d.Id)}: {FactText.Label(d)}");
        Section("evidence", fact.Evidence, e => $"{Id(e.Document)} @{e.Start}: “{FactText.OneLine(e.Quote)}”");
    }

    /// <summary>
    /// The record's own fields, in the order of the description of its kind, each as <c>label: value</c> (a
    /// <c>start</c> and <c>end</c> pair as one <c>dates</c> line; names and renderings as sections). The id, the
    /// description and the evidence are printed apart. A field added to the description is printed without a change here.
    /// </summary>
    private void WriteFields(string kind, IReadOnlyList<FactField> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            FactField field = fields[i];
            if (field.Type == FactFieldType.Id || RecordKinds.IsTail(field))
            {
                continue;
            }

            if (field.Key == "start" && i + 1 < fields.Count && fields[i + 1] is { Key: "end", Type: FactFieldType.Date } end)
            {
                var start = field.Value as FactDate?;
                Field("dates", FactText.Range(start, end.Value as FactDate?) + (start is { } s ? $" (precision: {s.Precision.ToString().ToLowerInvariant()})" : string.Empty));
                i++;
                continue;
            }

            string label = LabelOf(kind, field.Key);
            switch (field.Value)
            {
                case Names names:
                    Section(label, names.All, n => $"{n.Language}: {n.Text}");
                    break;
                case IReadOnlyList<Rendering> renderings:
                    Section(label, renderings, r => $"{r.Language} ({Id(r.Source.Document)} @{r.Source.Start}): “{FactText.OneLine(r.Text)}”");
                    break;
                case IReadOnlyList<Evidence>:
                    break;
                case IReadOnlyList<Factuality> factuality:
                    // One line per source (no holder: the article's own voice), its quotes indented under it.
                    Section(label, factuality, f => $"{(f.Holder is null ? "the article" : Id(f.Holder.Id))}: {Export.JsonExporter.Word(f.Value)}, {Export.JsonExporter.Word(f.Polarity)} ({f.Code})"
                        + (f.Note is null ? string.Empty : $" — {FactText.OneLine(f.Note)}") + Quotes(f.Evidence));
                    break;
                case IReadOnlyList<Reading> readings:
                    Section(label, readings, r => $"{Export.JsonExporter.Word(r.Rank)}: “{FactText.OneLine(r.Text)}”"
                        + (r.Documents.Count == 0 ? string.Empty : " in " + string.Join(", ", r.Documents.Select(Id)))
                        + (r.Note is null ? string.Empty : $" — {FactText.OneLine(r.Note)}") + Quotes(r.Evidence));
                    break;
                case bool flag:
                    Field(label, flag ? "yes" : null);
                    break;
                case Fact target:
                    Field(label, target.Id);
                    break;
                case IReadOnlyList<Fact> targets:
                    Field(label, string.Join(", ", targets.Select(t => t.Id)));
                    break;
                case IReadOnlyList<string> texts:
                    Field(label, string.Join(", ", texts));
                    break;
                default:
                    Field(label, System.Convert.ToString(field.Value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }
    }

    /// <summary>How a field is labelled: its key as words (<c>dateWording</c>: <c>date wording</c>); a kind's own <c>kind</c> is <c>event kind</c>.</summary>
    /// <param name="kind">The kind of the record.</param>
    /// <param name="key">The field's key.</param>
    /// <returns>The label.</returns>
    internal static string LabelOf(string kind, string key)
    {
        if (key == "kind")
        {
            return kind + " kind";
        }

        var label = new System.Text.StringBuilder(key.Length + 4);
        foreach (char c in key)
        {
            if (char.IsUpper(c))
            {
                label.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                label.Append(c == '-' ? ' ' : c);
            }
        }

        return label.ToString();
    }

    // The facts that refer to an entity: not its fields, but what a reader of it wants next.
    private void WriteFactsAbout(string id)
    {
        Section(
            "relations",
            _catalog.Relations.Where(r => r.Subject.Id == id || r.Object.Id == id),
            r => $"{Id(r.Id)}: {r.Subject.Id} — {FactText.Predicate(r)} — {r.Object.Id}{Dates(r.Start, r.End)}");
        Section(
            "events",
            _catalog.Events.Where(ev => FactResolver.Holds(ev.Participants, id) || ev.Place?.Id == id).OrderBy(ev => ev.Start?.Earliest ?? System.DateTime.MaxValue).ThenBy(ev => ev.Id, System.StringComparer.Ordinal),
            ev => $"{Id(ev.Id)}: {ev.Name}{Dates(ev.Start, ev.End)}{(ev.Place?.Id == id ? " (here)" : string.Empty)}");
        Section("statements", _catalog.Statements.Where(s => s.Speaker.Id == id), s => $"{Id(s.Id)}: {FactText.Label(s)}");
        Section("claims held", _catalog.Claims.Where(c => FactResolver.Holds(c.Holders, id)), c => $"{Id(c.Id)}: {FactText.OneLine(c.Text)}");
        Section("claims about it", _catalog.Claims.Where(c => FactResolver.Holds(c.About, id)), c => $"{Id(c.Id)}: {FactText.OneLine(c.Text)}");
    }

    private string Id(string id) => _style.Id(id);

    private static string Dates(FactDate? start, FactDate? end)
    {
        string range = FactText.Range(start, end);
        return range.Length == 0 ? string.Empty : $" [{range}]";
    }

    private void Field(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _out.WriteLine($"{name}: {FactText.OneLine(value)}");
        }
    }

    // The quotes of a sub-record (a factuality item, a reading), each on a line of its own under the item.
    private string Quotes(IEnumerable<Evidence> evidence) =>
        string.Concat(evidence.Select(e => $"{_out.NewLine}    {Id(e.Document)} @{e.Start}: “{FactText.OneLine(e.Quote)}”"));

    private void Section<T>(string title, IEnumerable<T> items, System.Func<T, string> line)
    {
        List<T> list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        _out.WriteLine(_style.Heading($"{title} ({list.Count}):"));
        foreach (T item in list)
        {
            _out.WriteLine("  " + line(item));
        }
    }
}
