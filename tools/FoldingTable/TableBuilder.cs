using System.Globalization;
using System.Text;

namespace NewsFacts.Tools.FoldingTable;

/// <summary>
/// Folds every BMP character with <see cref="FoldingRules"/>: the canonical decomposition (ICU's NFD) without its
/// combining marks for letters of the stripped scripts, lower case, then the plainer spellings.
/// </summary>
public static class TableBuilder
{
    /// <summary>The characters whose fold is not themselves, sorted, each with its fold (one or two characters).</summary>
    public static IReadOnlyList<(char Key, string Folded)> Build(Func<char, char> lower)
    {
        if (RuntimeCasing.InvariantMode())
        {
            throw new InvalidOperationException("the folding table is made from ICU's normalization; this process runs in invariant globalization mode");
        }

        var entries = new List<(char Key, string Folded)>();
        for (int code = 0x80; code <= 0xFFFF; code++)
        {
            char c = (char)code;
            string folded = Fold(c, lower);
            if (folded.Length != 1 || folded[0] != c)
            {
                entries.Add((c, folded));
            }
        }

        foreach ((char key, string folded) in entries)
        {
            // One table lookup per character must be enough: what a character folds to folds to itself.
            if (folded.Length is 0 or > 2 || folded.Any(f => Fold(f, lower) != f.ToString()))
            {
                throw new InvalidOperationException($"U+{(int)key:X4} folds to \"{folded}\", which is not a fold of one or two characters that fold to themselves");
            }
        }

        return entries;
    }

    /// <summary>What one character folds to; the ASCII range and marks are left to NameFolding's own code.</summary>
    public static string Fold(char c, Func<char, char> lower)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (c < 0x80 || char.IsSurrogate(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
        {
            return c.ToString();
        }

        if (char.IsLetter(c))
        {
            string decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (FoldingRules.IsStrippedScript(decomposed[0]))
            {
                var builder = new StringBuilder(2);
                foreach (char part in decomposed)
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(FoldingRules.Spelling(lower(part)));
                    }
                }

                return builder.ToString();
            }
        }

        return lower(c).ToString();
    }
}
