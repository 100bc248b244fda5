using System.Globalization;
using System.Text;

namespace NewsFacts.Generator.Emit
{
    /// <summary>Writes strings as C# literals that the compiler reads back as exactly the same text.</summary>
    internal static class CSharpLiterals
    {
        private const string HexDigits = "0123456789ABCDEF";

        /// <summary>A regular string literal: <c>"…"</c>.</summary>
        public static string String(string value) => "\"" + Escape(value) + "\"";

        /// <summary>
        /// Escapes quotes, backslashes and every character an editor or reviewer could misread: controls,
        /// line and paragraph separators, bidirectional and other format characters, unassigned and
        /// private-use code points, surrogates. Letters of every script stay as they are.
        /// </summary>
        public static string Escape(string value)
        {
            if (IsPlain(value))
            {
                return value;
            }

            var builder = new StringBuilder(value.Length + 16);
            AppendEscaped(builder, value);
            return builder.ToString();
        }

        /// <summary>
        /// Appends <paramref name="value"/> escaped as by <see cref="Escape"/>, without an intermediate string: the
        /// tables of a large dataset are tens of millions of characters.
        /// </summary>
        public static void AppendEscaped(StringBuilder builder, string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= ' ' && c <= '~' && c != '"' && c != '\\')
                {
                    // Printable ASCII other than a quote or backslash: the common case, with no lookup.
                    builder.Append(c);
                    continue;
                }

                switch (c)
                {
                    case '"':
                        builder.Append("\\\"");
                        continue;
                    case '\\':
                        builder.Append("\\\\");
                        continue;
                    case '\n':
                        builder.Append("\\n");
                        continue;
                    case '\r':
                        builder.Append("\\r");
                        continue;
                    case '\t':
                        builder.Append("\\t");
                        continue;
                }

                if (c < ' ' || c == '\u007F')
                {
                    // Other controls, among them the tables' separators U+001C–U+001F on every field: no category lookup, no number formatting.
                    builder.Append("\\u00").Append(HexDigits[c >> 4]).Append(HexDigits[c & 0xF]);
                    continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    builder.Append("\\U").Append(char.ConvertToUtf32(c, value[++i]).ToString("X8", CultureInfo.InvariantCulture));
                    continue;
                }

                switch (CharUnicodeInfo.GetUnicodeCategory(c))
                {
                    case UnicodeCategory.Control:
                    case UnicodeCategory.Format:
                    case UnicodeCategory.LineSeparator:
                    case UnicodeCategory.ParagraphSeparator:
                    case UnicodeCategory.Surrogate:
                    case UnicodeCategory.PrivateUse:
                    case UnicodeCategory.OtherNotAssigned:
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        break;
                    default:
                        builder.Append(c);
                        break;
                }
            }
        }

        // Most text is printable ASCII without quotes or backslashes: it needs no escaping and no Unicode lookups.
        private static bool IsPlain(string value)
        {
            foreach (char c in value)
            {
                if (c < ' ' || c > '~' || c == '"' || c == '\\')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Text for an XML doc comment: markup escaped, on one line.</summary>
        public static string XmlDoc(string value)
        {
            var builder = new StringBuilder(value.Length);
            foreach (char c in value)
            {
                switch (c)
                {
                    case '<':
                        builder.Append("&lt;");
                        break;
                    case '>':
                        builder.Append("&gt;");
                        break;
                    case '&':
                        builder.Append("&amp;");
                        break;
                    default:
                        builder.Append(char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format or UnicodeCategory.Surrogate ? ' ' : c);
                        break;
                }
            }

            return builder.ToString();
        }
    }
}
