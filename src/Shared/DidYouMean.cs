using System;
using System.Collections.Generic;

namespace NewsFacts.Internal
{
    /// <summary>
    /// Did-you-mean suggestions, one rule for the generator (NF0005 unknown key, NF0007 unknown reference), the
    /// analyzer (NF1001) and the tool (<c>newsfacts show</c>). Text is compared folded as the catalog's name lookups
    /// fold it (<see cref="NameFolding"/>: case, diacritics, hyphens and dots do not count), by edit distance
    /// (Levenshtein: each inserted, deleted or replaced character counts one). A candidate is near enough when it is
    /// at most a third of the folded typed text's length away, and never less than 2 (<see cref="Limit"/>); the
    /// nearest comes first, ties in ordinal order of the suggestion.
    /// </summary>
    /// <remarks>
    /// Culture-independent: folding uses no ICU (see <see cref="NameFolding"/>) and the folded characters are compared
    /// ordinally, so a suggestion is the same under <c>InvariantGlobalization</c>, in any culture, on any platform.
    /// </remarks>
    internal static class DidYouMean
    {
        /// <summary>Texts longer than this are not compared (their distance is taken as their length): a bound on time and memory.</summary>
        private const int MaxCompared = 256;

        /// <summary>How many edits away a candidate may be from a typed text of <paramref name="foldedLength"/> folded characters.</summary>
        public static int Limit(int foldedLength) => Math.Max(2, foldedLength / 3);

        /// <summary>The candidate nearest to <paramref name="typed"/>, or null when none is near enough.</summary>
        public static string? Nearest(string typed, IEnumerable<string> candidates)
        {
            string key = NameFolding.Fold(typed);
            int limit = Limit(key.Length);
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (string candidate in candidates)
            {
                int distance = DistanceWithin(key, NameFolding.Fold(candidate), limit);
                if (distance <= limit && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return best;
        }

        /// <summary>
        /// Up to <paramref name="count"/> suggestions near <paramref name="typed"/>, nearest first: a suggestion is near
        /// when any of its texts is (an id offered for any of its names, say).
        /// </summary>
        public static List<string> Nearest(string typed, IEnumerable<(string Suggestion, string Text)> candidates, int count)
        {
            string key = NameFolding.Fold(typed);
            int limit = Limit(key.Length);
            var best = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach ((string suggestion, string text) in candidates)
            {
                int distance = DistanceWithin(key, NameFolding.Fold(text), limit);
                if (distance <= limit && (!best.TryGetValue(suggestion, out int known) || distance < known))
                {
                    best[suggestion] = distance;
                }
            }

            var ranked = new List<KeyValuePair<string, int>>(best);
            ranked.Sort((a, b) => a.Value != b.Value ? a.Value.CompareTo(b.Value) : string.CompareOrdinal(a.Key, b.Key));
            var nearest = new List<string>(Math.Min(count, ranked.Count));
            for (int i = 0; i < ranked.Count && i < count; i++)
            {
                nearest.Add(ranked[i].Key);
            }

            return nearest;
        }

        /// <summary>The edit distance of two texts, character by character (ordinal: no case or culture rules of its own).</summary>
        public static int Distance(string a, string b)
        {
            if (a.Length > MaxCompared || b.Length > MaxCompared)
            {
                return Math.Max(a.Length, b.Length);
            }

            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                }

                int[] swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }

        // Texts whose lengths differ by more than the limit are at least that far apart: no need to compare them.
        private static int DistanceWithin(string a, string b, int limit) =>
            Math.Abs(a.Length - b.Length) > limit ? int.MaxValue : Distance(a, b);
    }
}
