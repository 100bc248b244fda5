using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsFacts.Cli.Report;

/// <summary>
/// What a report shows: a catalog of facts, the texts of its documents, and which data it is. The built-in dataset
/// and a consumer's facts files both become one of these, so the page writers never know where the facts came from.
/// </summary>
/// <param name="Title">What the site is about, shown on every page.</param>
/// <param name="Catalog">The facts, and those of the datasets it references (found and resolved, but not listed: the lists below hold the dataset's own).</param>
/// <param name="Info">The dataset's version: schema, counts per kind, document hashes and content hash.</param>
/// <param name="Texts">Each document's text by document id; a document without one is listed with its quotes only.</param>
internal sealed record ReportDataset(string Title, FactCatalog Catalog, DatasetInfo Info, IReadOnlyDictionary<string, string> Texts)
{
    /// <summary>Whether <paramref name="fact"/> is one of this dataset's own facts, which have pages, rather than one it refers to.</summary>
    /// <param name="fact">A fact met through a reference.</param>
    /// <returns>Whether it has a page in the site.</returns>
    public bool Owns(Fact fact) => Catalog.DatasetOf(fact) == Catalog;

    /// <summary>Whether <paramref name="document"/> is one of this dataset's own documents.</summary>
    /// <param name="document">A document.</param>
    /// <returns>Whether it is listed in the site.</returns>
    public bool Owns(Document document) => Catalog.DatasetOf(document) == Catalog;

    /// <summary>The dataset's own facts (its catalog finds those of the datasets it references too).</summary>
    public IEnumerable<Fact> Facts => Catalog.Facts.Where(Owns);

    /// <summary>The dataset's own documents.</summary>
    public IEnumerable<Document> Documents => Catalog.Documents.Where(Owns);

    /// <summary>The dataset's own entities.</summary>
    public IEnumerable<Entity> Entities => Catalog.Entities.Where(Owns);

    /// <summary>The dataset's own events.</summary>
    public IEnumerable<Event> Events => Catalog.Events.Where(Owns);

    /// <summary>The dataset's own relations.</summary>
    public IEnumerable<Relation> Relations => Catalog.Relations.Where(Owns);

    /// <summary>The document's text, or null when none was given.</summary>
    /// <param name="documentId">A document id.</param>
    /// <returns>The text or null.</returns>
    public string? TextOf(string documentId) => Texts.TryGetValue(documentId, out string? text) ? text : null;

    /// <summary>Every evidence item of every fact, with its fact, in catalog order.</summary>
    public IEnumerable<(Fact Fact, Evidence Evidence)> AllEvidence
    {
        get
        {
            foreach (Fact fact in Facts)
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
