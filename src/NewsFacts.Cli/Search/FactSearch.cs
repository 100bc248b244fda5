using System;
using System.Collections.Generic;
using System.Linq;
using NewsFacts.Internal;

namespace NewsFacts.Cli.Search;

/// <summary>
/// Full-text search over the compiled facts. Both the query and every field are folded as the catalog's
/// <see cref="FactCatalog.FindByName"/> folds names (case, diacritics, hyphens, dots, typographic apostrophes),
/// so "poutine", "Poutine" and "POUTINE" find the same facts and "kim jong un" finds "Kim Jong-un".
/// Ranking: exact name &gt; name prefix &gt; whole words &gt; substring; at the same level a name beats a text,
/// then entities come before events, relations, statements, claims and discrepancies, then by id.
/// </summary>
public static class FactSearch
{
    /// <summary>Every fact that matches <paramref name="text"/>, best first.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="text">The search text; must hold at least one letter or digit once folded.</param>
    /// <returns>The hits, one per fact.</returns>
    public static IReadOnlyList<SearchHit> Find(FactCatalog catalog, string text)
    {
        string query = NameFolding.Fold(text);
        var hits = new List<SearchHit>();
        foreach (Fact fact in catalog.Facts)
        {
            SearchHit? best = null;
            foreach ((string field, string value, bool nameField) in Fields(fact))
            {
                string folded = NameFolding.Fold(value);
                MatchQuality? quality = Match(query, folded, nameField);
                bool isName = nameField;
                if (field == "id" && quality is not MatchQuality.Exact)
                {
                    // An id is a name when typed whole; a part of a long id ("putin-…") says no more than a word of a text.
                    quality = Match(query, folded, isName: false);
                    isName = false;
                }

                if (quality is { } q && (best is null || Better(q, isName, best)))
                {
                    best = new SearchHit(fact, q, isName, field, value);
                }
            }

            if (best is not null)
            {
                hits.Add(best);
            }
        }

        return hits
            .OrderByDescending(h => h.Quality)
            .ThenByDescending(h => h.IsName)
            .ThenBy(h => h.Fact.Kind <= FactKind.Group ? FactKind.Person : h.Fact.Kind)
            .ThenBy(h => h.Fact.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>How <paramref name="query"/> matches <paramref name="value"/>, both folded; null when it does not.</summary>
    /// <param name="query">The folded query.</param>
    /// <param name="value">The folded field value.</param>
    /// <param name="isName">Whether the field is a name: exact and prefix matches count for names only.</param>
    /// <returns>The quality or null.</returns>
    public static MatchQuality? Match(string query, string value, bool isName)
    {
        if (query.Length == 0)
        {
            return null;
        }

        if (isName && value == query)
        {
            return MatchQuality.Exact;
        }

        if (isName && value.StartsWith(query, StringComparison.Ordinal))
        {
            return MatchQuality.Prefix;
        }

        MatchQuality? found = null;
        for (int at = value.IndexOf(query, StringComparison.Ordinal); at >= 0; at = value.IndexOf(query, at + 1, StringComparison.Ordinal))
        {
            if (IsBoundary(value, at - 1) && IsBoundary(value, at + query.Length))
            {
                return MatchQuality.Word;
            }

            found = MatchQuality.Substring;
        }

        return found;
    }

    private static bool Better(MatchQuality quality, bool isName, SearchHit than) =>
        quality > than.Quality || (quality == than.Quality && isName && !than.IsName);

    private static bool IsBoundary(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    private static IEnumerable<(string Field, string Value, bool IsName)> Fields(Fact fact)
    {
        Names? names = fact switch
        {
            Entity e => e.Names,
            Event e => e.Names,
            _ => null,
        };
        foreach (LocalizedName name in names?.All ?? (IEnumerable<LocalizedName>)Array.Empty<LocalizedName>())
        {
            yield return ($"name ({name.Language})", name.Text, true);
        }

        if (fact is Entity entity)
        {
            foreach (string alias in entity.Aliases)
            {
                yield return ("alias", alias, true);
            }

            foreach (string misspelling in entity.Misspellings)
            {
                yield return ("misspelling", misspelling, true);
            }
        }

        switch (fact)
        {
            case Claim c:
                yield return ("text", c.Text, false);
                break;
            case Statement s:
                foreach (Rendering r in s.Renderings)
                {
                    yield return ($"rendering ({r.Language})", r.Text, false);
                }

                break;
            case Discrepancy d:
                yield return ("reading", d.Reading, false);
                break;
        }

        if (fact.Description is not null)
        {
            yield return ("description", fact.Description, false);
        }

        // Last, so that at the same level the hit shows a name or a text rather than the id already on its line.
        yield return ("id", fact.Id, true);
    }
}
