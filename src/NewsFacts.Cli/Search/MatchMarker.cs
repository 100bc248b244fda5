using System;
using System.Collections.Generic;
using System.Text;
using NewsFacts.Internal;

namespace NewsFacts.Cli.Search;

/// <summary>
/// Marks where a search text occurs in a line as written. The search compares folded text (case, accents, hyphens
/// and dots do not matter), so "coree du nord" matches "Corée-du-Nord": the line is folded one character at a
/// time, remembering which characters each folded one came from, and every occurrence of the folded query is
/// marked on the characters it came from.
/// </summary>
public static class MatchMarker
{
    /// <summary><paramref name="text"/> with every occurrence of <paramref name="foldedQuery"/> marked by <paramref name="mark"/>.</summary>
    /// <param name="text">The line as shown.</param>
    /// <param name="foldedQuery">The search text, folded (as the catalog folds names).</param>
    /// <param name="mark">Marks a matched piece of the line.</param>
    /// <returns>The line, marked; the line unchanged when nothing occurs in it.</returns>
    public static string Mark(string text, string foldedQuery, Func<string, string> mark)
    {
        IReadOnlyList<(int Start, int End)> spans = Find(text, foldedQuery);
        if (spans.Count == 0)
        {
            return text;
        }

        var marked = new StringBuilder(text.Length + (spans.Count * 16));
        int at = 0;
        foreach ((int start, int end) in spans)
        {
            marked.Append(text, at, start - at).Append(mark(text[start..end]));
            at = end;
        }

        return marked.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>The pieces of <paramref name="text"/> (start, end exclusive) whose folding is <paramref name="foldedQuery"/>, in order, not overlapping.</summary>
    /// <param name="text">The line as shown.</param>
    /// <param name="foldedQuery">The folded search text.</param>
    /// <returns>The pieces; none when the query does not occur.</returns>
    public static IReadOnlyList<(int Start, int End)> Find(string text, string foldedQuery)
    {
        var spans = new List<(int, int)>();
        if (foldedQuery.Length == 0)
        {
            return spans;
        }

        // For each folded character, the range of the line's characters it stands for.
        var folded = new StringBuilder(text.Length);
        var first = new List<int>(text.Length);
        var last = new List<int>(text.Length);
        int separatorStart = -1;
        for (int i = 0; i < text.Length; i++)
        {
            string piece = NameFolding.Fold(text[i].ToString());
            if (piece.Length == 0)
            {
                // Dropped (a dot, a combining accent) or a separator, which folds to one space between words.
                if (separatorStart < 0 && folded.Length > 0 && NameFolding.Fold("a" + text[i] + "a") == "a a")
                {
                    separatorStart = i;
                }

                continue;
            }

            if (separatorStart >= 0)
            {
                folded.Append(' ');
                first.Add(separatorStart);
                last.Add(i - 1);
                separatorStart = -1;
            }

            foreach (char c in piece)
            {
                folded.Append(c);
                first.Add(i);
                last.Add(i);
            }
        }

        string line = folded.ToString();

        // Folding a character alone is folding it in a line, except where the line's own folding says otherwise;
        // then nothing is marked rather than the wrong letters.
        if (!string.Equals(line, NameFolding.Fold(text), StringComparison.Ordinal))
        {
            return spans;
        }

        for (int at = line.IndexOf(foldedQuery, StringComparison.Ordinal); at >= 0; at = line.IndexOf(foldedQuery, at + foldedQuery.Length, StringComparison.Ordinal))
        {
            spans.Add((first[at], last[at + foldedQuery.Length - 1] + 1));
        }

        return spans;
    }
}
