using System.Globalization;
using System.Text;

namespace NewsFacts.Internal
{
    /// <summary>
    /// Folds a name to the key used for name lookups: case, diacritics, hyphens, dots and typographic
    /// apostrophes do not matter ("Vladimir Poutine", "POUTINE" and "vladimir-putin" fold alike).
    /// Shared by the generator (alias checks) and the runtime (lookups) so both agree on every key.
    /// </summary>
    internal static class NameFolding
    {
        public static string Fold(string name)
        {
            if (IsFolded(name))
            {
                return name;
            }

            string decomposed;
            try
            {
                decomposed = name.Normalize(NormalizationForm.FormD);
            }
            catch (System.ArgumentException)
            {
                // Ill-formed UTF-16 (a lone surrogate) cannot be normalized; fold it as it is.
                decomposed = name;
            }

            var builder = new StringBuilder(decomposed.Length);
            bool pendingSpace = false;
            foreach (char c in decomposed)
            {
                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.Format)
                {
                    continue;
                }

                char folded = FoldChar(c);
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

        private static char FoldChar(char c)
        {
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
                default:
                    return char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c);
            }
        }
    }
}
