using System.Collections.Generic;
using System.Linq;
using NewsFacts.Internal;

namespace NewsFacts.Cli.Common;

/// <summary>
/// Did-you-mean: the ids whose id or any name is nearest, by edit distance on folded text, to what the user typed.
/// NameFolding and EditDistance are the generator's own (src/Shared, visible to the tool), so a suggestion
/// folds names exactly as the catalog's lookups do.
/// </summary>
public static class Suggestions
{
    /// <summary>Up to <paramref name="count"/> ids near <paramref name="typed"/>, nearest first; empty when nothing is close.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="typed">What the user typed.</param>
    /// <param name="count">How many at most.</param>
    /// <returns>The ids.</returns>
    public static IReadOnlyList<string> For(FactCatalog catalog, string typed, int count = 3)
    {
        string key = NameFolding.Fold(typed);

        // Far enough to forgive a slip or two, near enough not to suggest anything at all for gibberish.
        int limit = System.Math.Max(2, key.Length / 3);
        var best = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach ((string id, string name) in Candidates(catalog))
        {
            int distance = EditDistance.Between(key, NameFolding.Fold(name));
            if (distance <= limit && (!best.TryGetValue(id, out int known) || distance < known))
            {
                best[id] = distance;
            }
        }

        return best.OrderBy(p => p.Value).ThenBy(p => p.Key, System.StringComparer.Ordinal).Take(count).Select(p => p.Key).ToList();
    }

    private static IEnumerable<(string Id, string Name)> Candidates(FactCatalog catalog)
    {
        foreach (Document document in catalog.Documents)
        {
            yield return (document.Id, document.Id);
        }

        foreach (Fact fact in catalog.Facts)
        {
            yield return (fact.Id, fact.Id);
            IEnumerable<string> names = fact switch
            {
                Entity e => e.Names.All.Select(n => n.Text).Concat(e.Aliases).Concat(e.Misspellings),
                Event e => e.Names.All.Select(n => n.Text),
                _ => Enumerable.Empty<string>(),
            };
            foreach (string name in names)
            {
                yield return (fact.Id, name);
            }
        }
    }
}
