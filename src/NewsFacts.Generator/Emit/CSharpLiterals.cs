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
        public static void AppendEscaped(StringBuilder builder, string value) => AppendEscaped(builder, value, 0, value.Length, long.MaxValue, out _);

        /// <summary>
        /// Appends the characters of <paramref name="value"/> from <paramref name="start"/>, escaped as by
        /// <see cref="Escape"/>, until <paramref name="end"/> or until the escaped text has reached
        /// <paramref name="maxUtf8Bytes"/> bytes of UTF-8 (as the compiler will read the source file); a surrogate
        /// pair is never cut. Returns where it stopped, and in <paramref name="utf8Bytes"/> the size of what it appended.
        /// </summary>
        public static int AppendEscaped(StringBuilder builder, string value, int start, int end, long maxUtf8Bytes, out long utf8Bytes)
        {
            long bytes = 0;
            int i = start;
            while (i < end && bytes < maxUtf8Bytes)
            {
                // Printable ASCII other than a quote or backslash, the common case: copied a run at a time, with no lookup.
                long room = maxUtf8Bytes - bytes;
                int stop = room >= end - i ? end : i + (int)room;
                int run = i;
                while (run < stop && IsPlain(value[run]))
                {
                    run++;
                }

                if (run > i)
                {
                    builder.Append(value, i, run - i);
                    bytes += run - i;
                    i = run;
                    continue;
                }

                int before = builder.Length;
                int size = AppendSpecial(builder, value, ref i);
                bytes += size < 0 ? builder.Length - before : size;
                i++;
            }

            utf8Bytes = bytes;
            return i;
        }

        /// <summary>How many bytes of UTF-8 <paramref name="value"/> takes escaped as by <see cref="Escape"/>, without writing it.</summary>
        public static long EscapedUtf8Length(string value) => EscapedUtf8Length(value, 0, value.Length);

        /// <summary>How many bytes of UTF-8 the characters of <paramref name="value"/> from <paramref name="start"/> to <paramref name="end"/> take escaped.</summary>
        public static long EscapedUtf8Length(string value, int start, int end)
        {
            long bytes = 0;
            for (int i = start; i < end; i++)
            {
                char c = value[i];
                if (c >= ' ' && c <= '~')
                {
                    bytes += c == '"' || c == '\\' ? 2 : 1;
                }
                else if (c < ' ' || c == '\u007F')
                {
                    bytes += c == '\n' || c == '\r' || c == '\t' ? 2 : 6;
                }
                else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(value[i + 1]))
                {
                    bytes += 10;
                    i++;
                }
                else
                {
                    bytes += IsEscapedByCategory(c) ? 6 : c < '\u0800' ? 2 : 3;
                }
            }

            return bytes;
        }

        // Anything but plain printable ASCII, at value[i] (a surrogate pair moves i to its second half). Returns the
        // UTF-8 bytes written, or -1 when all of it is ASCII (the caller counts the characters appended).
        private static int AppendSpecial(StringBuilder builder, string value, ref int i)
        {
            char c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    return -1;
                case '\\':
                    builder.Append("\\\\");
                    return -1;
                case '\n':
                    builder.Append("\\n");
                    return -1;
                case '\r':
                    builder.Append("\\r");
                    return -1;
                case '\t':
                    builder.Append("\\t");
                    return -1;
            }

            if (c < ' ' || c == '\u007F')
            {
                // Other controls, among them the tables' separators U+001C–U+001F on every field: no category lookup, no number formatting.
                builder.Append("\\u00").Append(HexDigits[c >> 4]).Append(HexDigits[c & 0xF]);
                return -1;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append("\\U").Append(char.ConvertToUtf32(c, value[++i]).ToString("X8", CultureInfo.InvariantCulture));
                return -1;
            }

            if (IsEscapedByCategory(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                return -1;
            }

            builder.Append(c);
            return c < '\u0800' ? 2 : 3;
        }

        // A character a literal writes as \uXXXX although it is no control below U+0020: invisible, unassigned or
        // a line break to the compiler. The one rule for writing (AppendSpecial) and for measuring (EscapedUtf8Length).
        private static bool IsEscapedByCategory(char c)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                    return true;
                default:
                    return false;
            }
        }

        // Most text is printable ASCII without quotes or backslashes: it needs no escaping and no Unicode lookups.
        private static bool IsPlain(string value)
        {
            foreach (char c in value)
            {
                if (!IsPlain(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsPlain(char c) => c >= ' ' && c <= '~' && c != '"' && c != '\\';

        /// <summary>Text for an XML doc comment: markup escaped, on one line.</summary>
        public static string XmlDoc(string value)
        {
            // Most summaries and quotes are printable ASCII without markup: they stand as they are, with no Unicode lookup.
            int plain = 0;
            while (plain < value.Length && value[plain] >= ' ' && value[plain] <= '~' && value[plain] != '<' && value[plain] != '>' && value[plain] != '&')
            {
                plain++;
            }

            if (plain == value.Length)
            {
                return value;
            }

            var builder = new StringBuilder(value.Length + 16);
            builder.Append(value, 0, plain);
            for (int i = plain; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= ' ' && c <= '~' && c != '<' && c != '>' && c != '&')
                {
                    builder.Append(c);
                    continue;
                }

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
