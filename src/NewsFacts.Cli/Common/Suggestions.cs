using System.Collections.Generic;
using System.Linq;
using NewsFacts.Internal;

namespace NewsFacts.Cli.Common;

/// <summary>
/// Did-you-mean: the ids whose id or any name is nearest to what the user typed, by the rule the generator's
/// and the analyzer's suggestions follow too (DidYouMean, src/Shared, visible to the tool): edit distance on text
/// folded exactly as the catalog's lookups fold it.
/// </summary>
public static class Suggestions
{
    /// <summary>Up to <paramref name="count"/> ids near <paramref name="typed"/>, nearest first; empty when nothing is close.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="typed">What the user typed.</param>
    /// <param name="count">How many at most.</param>
    /// <returns>The ids.</returns>
    public static IReadOnlyList<string> For(FactCatalog catalog, string typed, int count = 3) =>
        DidYouMean.Nearest(typed, Candidates(catalog), count);

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
