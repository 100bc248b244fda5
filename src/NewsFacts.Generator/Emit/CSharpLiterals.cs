using System.Globalization;
using System.Text;

namespace NewsFacts.Generator.Emit
{
    /// <summary>Writes strings as C# literals that the compiler reads back as exactly the same text.</summary>
    internal static class CSharpLiterals
    {
        /// <summary>A regular string literal: <c>"…"</c>.</summary>
        public static string String(string value) => "\"" + Escape(value) + "\"";

        /// <summary>A UTF-8 string literal: <c>"…"u8</c>. The value must hold no lone surrogate (UTF-8 cannot carry one).</summary>
        public static string Utf8(string value) => "\"" + Escape(value) + "\"u8";

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

            return builder.ToString();
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
