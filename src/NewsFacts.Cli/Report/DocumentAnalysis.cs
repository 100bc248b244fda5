using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsFacts.Cli.Report;

/// <summary>One stretch of a document that evidence quotes: every fact whose evidence is exactly this stretch.</summary>
/// <param name="Start">The first UTF-16 offset.</param>
/// <param name="End">The offset just past the quote.</param>
/// <param name="Facts">The facts it supports, in catalog order.</param>
internal sealed record EvidenceRange(int Start, int End, IReadOnlyList<Fact> Facts)
{
    /// <summary>The element id of the range on the document's page.</summary>
    public string Anchor => SiteLinks.EvidenceAnchor(Start, End);

    /// <summary>Whether a recorded discrepancy rests on this quote.</summary>
    public bool IsDiscrepancy => Facts.Any(f => f is Discrepancy);
}

/// <summary>A misspelling of an entity's name found in a document.</summary>
/// <param name="Start">The first UTF-16 offset.</param>
/// <param name="End">The offset just past it.</param>
/// <param name="Entity">The entity it misspells.</param>
internal sealed record MisspellingAt(int Start, int End, Entity Entity);

/// <summary>
/// What a document page shows beside the text: the evidence ranges (quotes with the same start and end are one
/// range), each sentence and whether any quote touches it, and where entities' recorded misspellings stand.
/// </summary>
/// <param name="Document">The document.</param>
/// <param name="Text">Its text, or null when none was given.</param>
/// <param name="Ranges">The ranges, by start then longest first.</param>
/// <param name="Misplaced">Evidence whose quote is not at its offset in the text given (none for a validated dataset with its texts).</param>
/// <param name="Sentences">Each sentence with whether a quote overlaps it.</param>
/// <param name="Misspellings">Misspellings that do not cross a quote's bounds.</param>
internal sealed record DocumentAnalysis(
    Document Document,
    string? Text,
    IReadOnlyList<EvidenceRange> Ranges,
    IReadOnlyList<(Fact Fact, Evidence Evidence)> Misplaced,
    IReadOnlyList<(int Start, int End, bool Cited)> Sentences,
    IReadOnlyList<MisspellingAt> Misspellings)
{
    /// <summary>The share of sentences some quote touches, 0–100, rounded down; 0 without text.</summary>
    public int CoveragePercent => Sentences.Count == 0 ? 0 : Sentences.Count(s => s.Cited) * 100 / Sentences.Count;

    /// <summary>How many sentences some quote touches.</summary>
    public int CitedSentences => Sentences.Count(s => s.Cited);

    /// <summary>Every fact with evidence in the document, in catalog order.</summary>
    public IEnumerable<Fact> Facts => Ranges.SelectMany(r => r.Facts).Concat(Misplaced.Select(m => m.Fact)).Distinct();

    /// <summary>Analyses one document of a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="document">The document.</param>
    /// <returns>The analysis.</returns>
    public static DocumentAnalysis Of(ReportDataset dataset, Document document)
    {
        string? text = dataset.TextOf(document.Id);
        var byRange = new Dictionary<(int, int), List<Fact>>();
        var misplaced = new List<(Fact, Evidence)>();
        foreach ((Fact fact, Evidence evidence) in dataset.AllEvidence.Where(x => x.Evidence.Document == document.Id))
        {
            int end = evidence.Start + evidence.Quote.Length;
            if (text is null || evidence.Start < 0 || end > text.Length || string.CompareOrdinal(text, evidence.Start, evidence.Quote, 0, evidence.Quote.Length) != 0)
            {
                misplaced.Add((fact, evidence));
                continue;
            }

            if (!byRange.TryGetValue((evidence.Start, end), out List<Fact>? facts))
            {
                byRange[(evidence.Start, end)] = facts = new List<Fact>();
            }

            if (!facts.Contains(fact))
            {
                facts.Add(fact);
            }
        }

        List<EvidenceRange> ranges = byRange
            .Select(r => new EvidenceRange(r.Key.Item1, r.Key.Item2, r.Value))
            .OrderBy(r => r.Start).ThenByDescending(r => r.End)
            .ToList();
        if (text is null)
        {
            return new DocumentAnalysis(document, null, ranges, misplaced, Array.Empty<(int, int, bool)>(), Array.Empty<MisspellingAt>());
        }

        var sentences = Report.Sentences.Split(text)
            .Select(s => (s.Start, s.End, Cited: ranges.Any(r => r.Start < s.End && s.Start < r.End)))
            .ToList();
        return new DocumentAnalysis(document, text, ranges, misplaced, sentences, FindMisspellings(dataset, text, ranges));
    }

    private static List<MisspellingAt> FindMisspellings(ReportDataset dataset, string text, List<EvidenceRange> ranges)
    {
        var found = new List<MisspellingAt>();
        foreach (Entity entity in dataset.Entities)
        {
            foreach (string misspelling in entity.Misspellings.Where(m => m.Length > 0))
            {
                for (int at = text.IndexOf(misspelling, StringComparison.Ordinal); at >= 0; at = text.IndexOf(misspelling, at + 1, StringComparison.Ordinal))
                {
                    int end = at + misspelling.Length;
                    bool wholeWord = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                    // A mark that crossed a quote's bounds would split the quote's element; such a misspelling is listed, not marked.
                    if (wholeWord && !ranges.Any(r => TextMarkup.Cross((r.Start, r.End), (at, end))) && !found.Any(f => f.Start < end && at < f.End))
                    {
                        found.Add(new MisspellingAt(at, end, entity));
                    }
                }
            }
        }

        return found.OrderBy(m => m.Start).ToList();
    }
}
