using System.Globalization;
using System.Text;

namespace NewsFacts.Internal
{
    /// <summary>
    /// Folds a name to the key used for name lookups: case, diacritics, hyphens, dots and typographic
    /// apostrophes do not matter ("Vladimir Poutine", "POUTINE" and "vladimir-putin" fold alike).
    /// Shared by the generator (alias checks) and the runtime (lookups) so both agree on every key.
    /// </summary>
    /// <remarks>
    /// Folding uses no ICU, so it answers alike with and without <c>InvariantGlobalization</c> (Native AOT,
    /// containers): letters go through a table of their own (NameFoldingTable.g.cs, made by tools/FoldingTable
    /// from the framework's normalization), and everything else is the runtime's own Unicode data
    /// (<see cref="CharUnicodeInfo.GetUnicodeCategory(char)"/>, <see cref="char.IsWhiteSpace(char)"/>).
    /// </remarks>
    internal static partial class NameFolding
    {
        public static string Fold(string name)
        {
            if (IsFolded(name))
            {
                return name;
            }

            var builder = new StringBuilder(name.Length);
            bool pendingSpace = false;
            foreach (char c in name)
            {
                char folded = FoldChar(c, out char second);
                if (folded == '\0')
                {
                    continue;
                }

                if (folded == ' ')
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(folded);
                if (second != '\0')
                {
                    builder.Append(second);
                }
            }

            return builder.ToString();
        }

        /// <summary>True when <paramref name="name"/> is already a fold key, so folding would not change it.</summary>
        public static bool IsFolded(string name)
        {
            if (name.Length == 0)
            {
                return true;
            }

            if (name[0] == ' ' || name[name.Length - 1] == ' ')
            {
                return false;
            }

            char previous = '\0';
            foreach (char c in name)
            {
                bool plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == ' ';
                if (!plain || (c == ' ' && previous == ' '))
                {
                    return false;
                }

                previous = c;
            }

            return true;
        }

        /// <summary>
        /// One character's fold: U+0000 to drop it, a space for a separator, else one character and, for a
        /// ligature, a <paramref name="second"/> one.
        /// </summary>
        private static char FoldChar(char c, out char second)
        {
            second = '\0';
            if (c >= 'A' && c <= 'Z')
            {
                return (char)(c + ('a' - 'A'));
            }

            if (c >= 0x80)
            {
                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.Format)
                {
                    // Diacritics typed as combining marks (decomposed text), zero-width and soft-hyphen characters.
                    return '\0';
                }
            }

            switch (c)
            {
                case '-':
                case '_':
                case '\u2010': // hyphen
                case '\u2011': // non-breaking hyphen
                case '\u2012': // figure dash
                case '\u2013': // en dash
                case '\u2014': // em dash
                case '\u00A0': // no-break space
                case '\u202F': // narrow no-break space
                    return ' ';
                case '\u2019': // right single quotation mark, the typographic apostrophe
                case '\u2018':
                case '\u02BC': // modifier letter apostrophe
                case '\u2032': // prime
                case '`':
                case '\u00B4':
                    return '\'';
                case '.':
                    return '\0';
            }

            if (char.IsWhiteSpace(c))
            {
                return ' ';
            }

            return c < 0x80 ? c : FromTable(c, out second);
        }

        /// <summary>A binary search of the table's sorted keys; a character not in it folds to itself.</summary>
        private static char FromTable(char c, out char second)
        {
            int low = 0;
            int high = TableKeys.Length - 1;
            while (low <= high)
            {
                int middle = (low + high) >> 1;
                char key = TableKeys[middle];
                if (key == c)
                {
                    second = TableSeconds[middle];
                    return TableFirsts[middle];
                }

                if (key < c)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            second = '\0';
            return c;
        }
    }
}
