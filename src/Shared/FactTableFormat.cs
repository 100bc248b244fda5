using System.Text;

namespace NewsFacts.Internal
{
    /// <summary>
    /// The layout of the tables the generator compiles a dataset into, shared by the writer (generator)
    /// and the reader (runtime). A table is UTF-8 text: records end with <see cref="RecordEnd"/>, fields
    /// are separated by <see cref="FieldSeparator"/>, list items by <see cref="ItemSeparator"/>. A value
    /// that contains one of these control characters, the escape itself or a lone surrogate (which
    /// UTF-8 cannot carry) is escaped, so every string round-trips exactly. A list of sub-records (evidence,
    /// renderings) is one list column holding each item's fields in its description's <c>TableOrder</c> (an
    /// evidence item: document, start, quote, prefix, suffix — the last two computed by the generator); there, a
    /// missing value is written as nothing and an empty text as <see cref="EmptyItem"/>, so the runtime tells a
    /// quote without context (null) from one at the document's start (an empty prefix). Within a sub-record, a word
    /// is its place in its list (as in a column), and a list — of texts, of references, or of sub-records nested in
    /// the sub-record (a factuality item's evidence) — is one item holding that list's own column text, escaped like
    /// any text: its separators become escapes, so nesting needs no further separator and goes to any depth (each
    /// level unescapes once, then splits).
    /// <para>
    /// The layout has a version, <see cref="Version"/>: the generator writes it into the tables it emits (the generated
    /// <c>Tables</c> class passes it to <c>FactTables</c>) and into a dataset package's manifest (<c>tables</c> line);
    /// the runtime refuses tables of another version (<c>FactCatalog</c>'s constructor throws), and the generator of a
    /// project that references a package whose tables are of another version reports NF0029. When to bump it, and the
    /// versions so far: docs/schema.md#table-format-versions.
    /// </para>
    /// </summary>
    internal static class FactTableFormat
    {
        /// <summary>The version of this layout: what the generator writes and the runtime reads (see the rule above).</summary>
        public const int Version = 2;

        /// <summary>The version of tables and manifests written before the layout had a version number: they are of the first.</summary>
        public const int Unversioned = 1;

        public const char Escape = '\u001C';
        public const char ItemSeparator = '\u001D';
        public const char RecordEnd = '\u001E';
        public const char FieldSeparator = '\u001F';

        /// <summary>An empty list item, written so that a list of one empty string is not read back as an empty list.</summary>
        public const string EmptyItem = "\u001Ce";

        public static bool NeedsEscape(string value)
        {
            foreach (char c in value)
            {
                if ((c >= Escape && c <= FieldSeparator) || char.IsSurrogate(c))
                {
                    return true;
                }
            }

            return false;
        }

        public static string EscapeValue(string value)
        {
            if (!NeedsEscape(value))
            {
                return value;
            }

            var builder = new StringBuilder(value.Length + 8);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= Escape && c <= FieldSeparator)
                {
                    builder.Append(Escape).Append((char)('0' + (c - Escape)));
                }
                else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    builder.Append(c).Append(value[++i]);
                }
                else if (char.IsSurrogate(c))
                {
                    builder.Append(Escape).Append('u').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        public static string UnescapeValue(string value)
        {
            // Most values hold no escape and come back as they are. A plain loop, not IndexOf: the runtime decodes
            // a process's first record with this, and the first vectorized search in a process costs over a millisecond.
            int first = 0;
            while (first < value.Length && value[first] != Escape)
            {
                first++;
            }

            if (first == value.Length)
            {
                return value;
            }

            var builder = new StringBuilder(value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c != Escape || i + 1 >= value.Length)
                {
                    builder.Append(c);
                    continue;
                }

                char code = value[++i];
                if (code == 'u' && i + 4 < value.Length)
                {
                    builder.Append((char)int.Parse(value.Substring(i + 1, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
                    i += 4;
                }
                else if (code != 'e')
                {
                    builder.Append((char)(Escape + (code - '0')));
                }
            }

            return builder.ToString();
        }
    }
}
