using System.Collections.Generic;

namespace NewsFacts.Cli.Report;

/// <summary>
/// Splits a document's text into sentences for the coverage marks: a sentence ends after <c>.</c>, <c>!</c>,
/// <c>?</c> or <c>…</c> (and any closing quotes or brackets) followed by white space, and at every line break.
/// A capital letter alone before a full stop (<c>M. Poutine</c>, <c>J. Kirby</c>) does not end a sentence.
/// Ranges are trimmed of white space; ranges with no letter or digit (<c>*.*.*.</c>) are not sentences.
/// </summary>
internal static class Sentences
{
    /// <summary>The sentences of a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Each sentence's start and end (exclusive).</returns>
    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        var sentences = new List<(int Start, int End)>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                Add(text, start, i, sentences);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?' or '…') || IsInitial(text, i))
            {
                continue;
            }

            int end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '“')
            {
                end++;
            }

            if (end == text.Length || char.IsWhiteSpace(text[end]))
            {
                Add(text, start, end, sentences);
                start = end;
                i = end - 1;
            }
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static bool IsInitial(string text, int dot) =>
        text[dot] == '.' && dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2]));

    private static void Add(string text, int start, int end, List<(int Start, int End)> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        for (int i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                sentences.Add((start, end));
                return;
            }
        }
    }
}
