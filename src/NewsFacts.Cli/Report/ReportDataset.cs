using System;
using System.Collections.Generic;

namespace NewsFacts.Cli.Report;

/// <summary>
/// What a report shows: a catalog of facts, the texts of its documents, and which data it is. The built-in dataset
/// and a consumer's facts files both become one of these, so the page writers never know where the facts came from.
/// </summary>
/// <param name="Title">What the site is about, shown on every page.</param>
/// <param name="Catalog">The facts; its enumerations hold the dataset's own facts only (references to NewsFacts' records resolve but are not listed).</param>
/// <param name="Info">The dataset's version: schema, counts per kind, document hashes and content hash.</param>
/// <param name="Texts">Each document's text by document id; a document without one is listed with its quotes only.</param>
internal sealed record ReportDataset(string Title, FactCatalog Catalog, DatasetInfo Info, IReadOnlyDictionary<string, string> Texts)
{
    /// <summary>Whether <paramref name="fact"/> is one of this dataset's own facts, which have pages, rather than one it refers to.</summary>
    /// <param name="fact">A fact met through a reference.</param>
    /// <returns>Whether it has a page in the site.</returns>
    public bool Owns(Fact fact) => ReferenceEquals(Catalog.Find(fact.Id), fact);

    /// <summary>The document's text, or null when none was given.</summary>
    /// <param name="documentId">A document id.</param>
    /// <returns>The text or null.</returns>
    public string? TextOf(string documentId) => Texts.TryGetValue(documentId, out string? text) ? text : null;

    /// <summary>Every evidence item of every fact, with its fact, in catalog order.</summary>
    public IEnumerable<(Fact Fact, Evidence Evidence)> AllEvidence
    {
        get
        {
            foreach (Fact fact in Catalog.Facts)
            {
                foreach (Evidence evidence in fact.Evidence)
                {
                    yield return (fact, evidence);
                }
            }
        }
    }

    /// <summary>The text of a kind for people: <c>person</c>, <c>event</c>, or a declared kind's own name.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The kind word.</returns>
    public static string KindWord(Fact fact) => fact is CustomFact custom ? custom.KindName : fact.Kind.ToString().ToLowerInvariant();

    /// <summary>A short label for people: a name, a claim's text, a relation as a sentence (as <c>show</c> words it).</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The label.</returns>
    public static string Label(Fact fact) => fact is CustomFact custom ? (custom.Name.Length > 0 ? custom.Name : custom.Id) : Common.FactText.Label(fact);
}
