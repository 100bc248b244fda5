using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace NewsFacts.Cli.Export;

/// <summary>
/// Writes a compiled dataset as one CSV file per record kind into a folder (docs/cli.md, "CSV"): documents,
/// entities, events, relations, statements, renderings, claims, discrepancies, and evidence (one row per quote).
/// Why not one table with a kind column: each kind has its own columns, so one table would be some forty mostly
/// empty columns, and evidence (many quotes per fact) would have to be packed into a cell. One tidy table per kind
/// opens as it is in a spreadsheet and joins on ids in pandas (<c>evidence.fact_id</c> → <c>entities.id</c>…).
/// Columns are snake_case; list cells (aliases, participants, holders, about) are ids or names joined by <c>|</c>.
/// </summary>
public static class CsvExporter
{
    /// <summary>The character that joins the items of a list cell.</summary>
    public const string ListSeparator = "|";

    /// <summary>The file names, in the order written.</summary>
    public static IReadOnlyList<string> FileNames { get; } = new[]
    {
        "documents.csv", "entities.csv", "events.csv", "relations.csv", "statements.csv", "renderings.csv", "claims.csv", "discrepancies.csv", "evidence.csv",
    };

    /// <summary>Writes every table, each to the stream <paramref name="open"/> gives for its file name (<see cref="FileNames"/>).</summary>
    /// <param name="catalog">The dataset.</param>
    /// <param name="open">Opens a file by name (<c>documents.csv</c>…) for writing; the stream is disposed once written.</param>
    /// <param name="byteOrderMark">Start every file with the UTF-8 byte order mark, for Excel (<c>export --bom</c>).</param>
    public static void Write(FactCatalog catalog, Func<string, Stream> open, bool byteOrderMark = false)
    {
        CsvWriter Table(string name, IReadOnlyList<string> header) => new(open(name), header, byteOrderMark);

        // One column per language that names something, English and French (always present) first.
        List<string> languages = catalog.Entities.SelectMany(e => e.Names.All).Concat(catalog.Events.SelectMany(e => e.Names.All))
            .Select(n => n.Language).Distinct()
            .OrderBy(l => l == "en" ? 0 : l == "fr" ? 1 : 2).ThenBy(l => l, StringComparer.Ordinal)
            .ToList();
        string[] nameColumns = languages.Select(l => "name_" + l).ToArray();

        using (var csv = Table("documents.csv", new[] { "id", "language", "title", "published", "published_precision", "published_note", "outlet", "sha256" }))
        {
            foreach (Document d in catalog.Documents)
            {
                csv.Row(new[] { d.Id, d.Language, d.Title, d.Published?.ToString(), Precision(d.Published), d.PublishedNote, d.Outlet, d.Sha256 });
            }
        }

        using (var csv = Table("entities.csv", new[] { "id", "kind", "name" }.Concat(nameColumns).Concat(new[] { "aliases", "misspellings", "ambiguous", "iso", "description" }).ToArray()))
        {
            foreach (Entity e in catalog.Entities)
            {
                csv.Row(new[] { e.Id, JsonExporter.KindOf(e), e.Name }
                    .Concat(languages.Select(l => e.Names[l]))
                    .Concat(new[] { List(e.Aliases), List(e.Misspellings), e.IsAmbiguous ? "true" : "false", (e as Country)?.Iso, e.Description })
                    .ToArray());
            }
        }

        using (var csv = Table("events.csv", new[] { "id", "event_kind", "status", "name" }.Concat(nameColumns).Concat(new[] { "start", "start_precision", "end", "end_precision", "date_wording", "date_note", "place", "participants", "description" }).ToArray()))
        {
            foreach (Event e in catalog.Events)
            {
                csv.Row(new[] { e.Id, e.EventKind, Word(e.Status), e.Name }
                    .Concat(languages.Select(l => e.Names[l]))
                    .Concat(new[] { e.Start?.ToString(), Precision(e.Start), e.End?.ToString(), Precision(e.End), e.DateWording, e.DateNote, e.Place?.Id, Ids(e.Participants), e.Description })
                    .ToArray());
            }
        }

        using (var csv = Table("relations.csv", new[] { "id", "subject", "predicate", "role", "object", "start", "start_precision", "end", "end_precision", "description" }))
        {
            foreach (Relation r in catalog.Relations)
            {
                csv.Row(new[] { r.Id, r.Subject.Id, Word(r.Predicate), r.Role, r.Object.Id, r.Start?.ToString(), Precision(r.Start), r.End?.ToString(), Precision(r.End), r.Description });
            }
        }

        using (var csv = Table("statements.csv", new[] { "id", "speaker", "event", "date", "date_precision", "languages", "description" }))
        {
            foreach (Statement s in catalog.Statements)
            {
                csv.Row(new[] { s.Id, s.Speaker.Id, s.Occasion?.Id, s.Date?.ToString(), Precision(s.Date), List(s.Renderings.Select(r => r.Language)), s.Description });
            }
        }

        using (var csv = Table("renderings.csv", new[] { "statement_id", "language", "text", "document", "start", "end" }))
        {
            foreach (Statement s in catalog.Statements)
            {
                foreach (Rendering r in s.Renderings)
                {
                    csv.Row(new[] { s.Id, r.Language, r.Text, r.Source.Document, Number(r.Source.Start), Number(r.Source.Start + r.Source.Quote.Length) });
                }
            }
        }

        using (var csv = Table("claims.csv", new[] { "id", "text", "modality", "holders", "about", "description" }))
        {
            foreach (Claim c in catalog.Claims)
            {
                csv.Row(new[] { c.Id, c.Text, Word(c.Modality), Ids(c.Holders), Ids(c.About), c.Description });
            }
        }

        using (var csv = Table("discrepancies.csv", new[] { "id", "discrepancy_kind", "description", "reading", "about" }))
        {
            foreach (Discrepancy d in catalog.Discrepancies)
            {
                csv.Row(new[] { d.Id, Word(d.DiscrepancyKind), d.Description, d.Reading, Ids(d.About) });
            }
        }

        using (var csv = Table("evidence.csv", new[] { "fact_id", "fact_kind", "document", "start", "end", "quote" }))
        {
            foreach (Fact fact in catalog.Facts)
            {
                foreach (Evidence e in fact.Evidence)
                {
                    csv.Row(new[] { fact.Id, JsonExporter.KindOf(fact), e.Document, Number(e.Start), Number(e.Start + e.Quote.Length), e.Quote });
                }
            }
        }
    }

    private static string? Precision(FactDate? date) => date?.Precision.ToString().ToLowerInvariant();

    private static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string List(IEnumerable<string> items) => string.Join(ListSeparator, items);

    private static string Ids<T>(IEnumerable<T> facts)
        where T : Fact => List(facts.Select(f => f.Id));
}
