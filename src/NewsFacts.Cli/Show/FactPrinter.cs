using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsFacts.Cli.Common;

namespace NewsFacts.Cli.Show;

/// <summary>
/// Writes one fact or document as <c>show</c> prints it: a heading line <c>id (kind)</c>, its own fields, then —
/// for an entity — every fact that refers to it, and last its evidence with document ids and offsets.
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
        if (record is Document document)
        {
            WriteDocument(document);
            return;
        }

        var fact = (Fact)record;
        _out.WriteLine(_style.Heading($"{fact.Id} ({FactText.KindOf(fact)})"));
        if (fact.Description is not null)
        {
            _out.WriteLine("  " + FactText.OneLine(fact.Description));
        }

        switch (fact)
        {
            case Entity e:
                WriteEntity(e);
                break;
            case Event e:
                WriteEvent(e);
                break;
            case Relation r:
                Field("relation", $"{r.Subject.Id} — {FactText.Predicate(r)} — {r.Object.Id}");
                Field("dates", FactText.Range(r.Start, r.End));
                break;
            case Statement s:
                WriteStatement(s);
                break;
            case Claim c:
                Field("text", c.Text);
                Field("modality", c.Modality.ToString().ToLowerInvariant());
                Field("holders", string.Join(", ", c.Holders.Select(h => h.Id)));
                Field("about", string.Join(", ", c.About.Select(a => a.Id)));
                break;
            case Discrepancy d:
                Field("kind", d.DiscrepancyKind.ToString().ToLowerInvariant());
                Field("reading", d.Reading);
                Field("about", string.Join(", ", d.About.Select(a => a.Id)));
                break;
        }

        Section("discrepancies about it", _catalog.Discrepancies.Where(d => FactResolver.Holds(d.About, fact.Id)), d => $"{Id(d.Id)}: {FactText.Label(d)}");
        Section("evidence", fact.Evidence, e => $"{Id(e.Document)} @{e.Start}: “{FactText.OneLine(e.Quote)}”");
    }

    private void WriteEntity(Entity e)
    {
        Section("names", e.Names.All, n => $"{n.Language}: {n.Text}");
        Field("aliases", string.Join(", ", e.Aliases));
        Field("misspellings", string.Join(", ", e.Misspellings));
        if (e is Country { Iso: { } iso })
        {
            Field("iso", iso);
        }

        if (e.IsAmbiguous)
        {
            Field("ambiguous", "yes: some of its names stand for another entity too");
        }

        string id = e.Id;
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

    private void WriteEvent(Event e)
    {
        Section("names", e.Names.All, n => $"{n.Language}: {n.Text}");
        Field("event kind", e.EventKind);
        Field("status", e.Status.ToString().ToLowerInvariant());
        Field("dates", FactText.Range(e.Start, e.End) + (e.Start is { } start ? $" (precision: {start.Precision.ToString().ToLowerInvariant()})" : string.Empty));
        Field("date wording", e.DateWording);
        Field("date note", e.DateNote);
        Field("place", e.Place?.Id);
        Field("participants", string.Join(", ", e.Participants.Select(p => p.Id)));
        Section("statements", _catalog.Statements.Where(s => s.Occasion?.Id == e.Id), s => $"{Id(s.Id)}: {FactText.Label(s)}");
    }

    private void WriteStatement(Statement s)
    {
        Field("speaker", s.Speaker.Id);
        Field("occasion", s.Occasion?.Id);
        Field("date", s.Date?.ToString());
        Section("renderings", s.Renderings, r => $"{r.Language} ({Id(r.Source.Document)} @{r.Source.Start}): “{FactText.OneLine(r.Text)}”");
    }

    private void WriteDocument(Document d)
    {
        _out.WriteLine(_style.Heading($"{d.Id} (document)"));
        Field("title", d.Title);
        Field("language", d.Language);
        Field("published", d.Published?.ToString());
        Field("published note", d.PublishedNote);
        Field("outlet", d.Outlet);
        Field("sha256", d.Sha256);
        int cited = _catalog.Facts.Count(f => f.Evidence.Any(e => e.Document == d.Id));
        Field("cited by", $"{cited} facts");
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
