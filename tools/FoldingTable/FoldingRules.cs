namespace NewsFacts.Tools.FoldingTable;

/// <summary>
/// What name folding does to a letter, beyond case: the one description the tool builds the table from and the
/// tests check the table against.
/// </summary>
public static class FoldingRules
{
    /// <summary>
    /// Letters whose canonical decomposition (NFD) starts with a letter of these scripts lose their diacritics:
    /// Basic Latin, Latin-1 Supplement, Latin Extended-A, -B, -C, -D, -E and Additional; Greek and Coptic, Greek
    /// Extended; Cyrillic, Cyrillic Supplement, Extended-A, -B, -C.
    /// Letters of other scripts keep theirs (a kana's voicing mark or a Hangul syllable's jamo are not accents).
    /// </summary>
    public static readonly (char First, char Last)[] StrippedScripts =
    [
        ('A', 'Z'), ('a', 'z'),
        ('\u00C0', '\u024F'),
        ('\u0370', '\u03FF'),
        ('\u0400', '\u052F'),
        ('\u1C80', '\u1C8F'),
        ('\u1E00', '\u1EFF'),
        ('\u1F00', '\u1FFF'),
        ('\u2C60', '\u2C7F'),
        ('\u2DE0', '\u2DFF'),
        ('\uA640', '\uA69F'),
        ('\uA720', '\uA7FF'),
        ('\uAB30', '\uAB6F'),
    ];

    /// <summary>
    /// Lower-case letters of those scripts that have no canonical decomposition but are written for a plainer
    /// spelling in names: ligatures, letters with a stroke, the dotless i, and the Greek final sigma (so a name
    /// typed in capitals finds the one written with ς). Applied after lower-casing, so their capitals fold alike.
    /// </summary>
    public static readonly (char Letter, string Folded)[] Spellings =
    [
        ('\u00DF', "ss"), // ß (ẞ lower-cases to it)
        ('\u00E6', "ae"), // æ
        ('\u00F0', "d"),  // ð
        ('\u00F8', "o"),  // ø
        ('\u0111', "d"),  // đ
        ('\u0127', "h"),  // ħ
        ('\u0131', "i"),  // ı
        ('\u0133', "ij"), // ĳ
        ('\u0142', "l"),  // ł
        ('\u0153', "oe"), // œ
        ('\u0167', "t"),  // ŧ
        ('\u01C6', "dz"), // ǆ (Ǆ and ǅ lower-case to it)
        ('\u01C9', "lj"), // ǉ
        ('\u01CC', "nj"), // ǌ
        ('\u01F3', "dz"), // ǳ
        ('\u03C2', "\u03C3"), // ς → σ
    ];

    public static bool IsStrippedScript(char c)
    {
        foreach ((char first, char last) in StrippedScripts)
        {
            if (c >= first && c <= last)
            {
                return true;
            }
        }

        return false;
    }

    public static string Spelling(char lower)
    {
        foreach ((char letter, string folded) in Spellings)
        {
            if (letter == lower)
            {
                return folded;
            }
        }

        return lower.ToString();
    }
}
