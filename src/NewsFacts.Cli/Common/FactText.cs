using System.Collections.Generic;
using System.Linq;

namespace NewsFacts.Cli.Common;

/// <summary>How facts read in the text output of <c>show</c>, <c>search</c> and <c>timeline</c>.</summary>
public static class FactText
{
    /// <summary>The kind word of a fact, as the JSON export writes it: <c>person</c>, <c>event</c>…</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The kind word.</returns>
    public static string KindOf(Fact fact) => Export.JsonExporter.KindOf(fact);

    /// <summary>A short human label: an entity's or event's name, a claim's text, a relation as a sentence…</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The label, on one line.</returns>
    public static string Label(Fact fact) => OneLine(fact switch
    {
        Entity e => e.Name,
        Event e => e.Name,
        Relation r => $"{r.Subject.Name} — {Predicate(r)} — {r.Object.Name}",
        Statement s => $"{s.Speaker.Name}: “{(s.In("en") ?? s.Renderings.FirstOrDefault())?.Text}”",
        Claim c => c.Text,
        Discrepancy d => d.Description ?? d.Reading,
        _ => fact.Id,
    });

    /// <summary>A relation's predicate with its role: <c>office (President)</c>.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The words.</returns>
    public static string Predicate(Relation relation) =>
        relation.Predicate.ToString().ToLowerInvariant() + (relation.Role is null ? string.Empty : $" ({relation.Role})");

    /// <summary>A date range as written: <c>2024-06-18 – 2024-06-19</c>, <c>2000</c>, or an empty string.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>The range.</returns>
    public static string Range(FactDate? start, FactDate? end) => (start, end) switch
    {
        (null, null) => string.Empty,
        ({ } s, null) => s.ToString(),
        (null, { } e) => "– " + e,
        ({ } s, { } e) => s == e ? s.ToString() : $"{s} – {e}",
    };

    /// <summary>The ids of the documents a fact's evidence comes from, in order of first use.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The document ids.</returns>
    public static IReadOnlyList<string> Sources(Fact fact) => fact.Evidence.Select(e => e.Document).Distinct().ToList();

    /// <summary>Text on one line: quotes and descriptions may hold line breaks.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with every line break a space.</returns>
    public static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
