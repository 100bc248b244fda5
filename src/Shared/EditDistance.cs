using System;

namespace NewsFacts.Internal
{
    /// <summary>Levenshtein distance, for did-you-mean suggestions.</summary>
    internal static class EditDistance
    {
        public static int Between(string a, string b)
        {
            if (a.Length > 256 || b.Length > 256)
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
                    int substitution = previous[j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                }

                int[] swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
