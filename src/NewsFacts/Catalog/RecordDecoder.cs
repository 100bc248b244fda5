using System;
using System.Globalization;
using NewsFacts.Internal;

namespace NewsFacts
{
    /// <summary>
    /// Turns the raw fields of one table row into the values of the record model. Plain loops rather than
    /// <c>string.Split</c>, <c>IndexOf</c> and <c>int.Parse</c>: a record's first decoding in a fresh process
    /// would otherwise pay the first use of the framework's vectorized search and of its culture data.
    /// </summary>
    internal static class RecordDecoder
    {
        public static string Text(string field) => FactTableFormat.UnescapeValue(field);

        public static string? OptionalText(string field) => field.Length == 0 ? null : Text(field);

        public static FactDate? Date(string field) => field.Length == 0 ? null : FactDate.Parse(field);

        public static bool Flag(string field) => field == "1";

        /// <summary>A number the generator wrote: digits only, as <c>int.Parse</c> with <see cref="NumberStyles.None"/> reads it.</summary>
        public static int Number(string field)
        {
            int value = 0;
            foreach (char c in field)
            {
                if (c < '0' || c > '9')
                {
                    throw NotANumber(field);
                }

                value = checked((value * 10) + (c - '0'));
            }

            return field.Length > 0 ? value : throw NotANumber(field);
        }

        /// <summary>The position of a word that may be absent: the generator writes -1 for none.</summary>
        public static int? OptionalNumber(string field) => field == "-1" ? null : Number(field);

        /// <summary>
        /// The items of a list column; <paramref name="raw"/> leaves them escaped, so that a missing value (written as
        /// nothing) is told from an empty text (<see cref="FactTableFormat.EmptyItem"/>) by <see cref="OptionalText"/>.
        /// One method with an optional argument rather than an overload: one method fewer to compile on a first lookup.
        /// </summary>
        public static string[] Items(string field, bool raw = false)
        {
            if (field.Length == 0)
            {
                return Array.Empty<string>();
            }

            int count = 1;
            foreach (char c in field)
            {
                count += c == FactTableFormat.ItemSeparator ? 1 : 0;
            }

            var items = new string[count];
            int start = 0;
            for (int i = 0; i < count; i++)
            {
                int end = start;
                while (end < field.Length && field[end] != FactTableFormat.ItemSeparator)
                {
                    end++;
                }

                string item = field.Substring(start, end - start);
                items[i] = raw ? item : Text(item);
                start = end + 1;
            }

            return items;
        }

        public static ValueList<string> TextList(string field) => ValueList<string>.Own(Items(field));

        public static Names Names(string field)
        {
            string[] items = Items(field);
            var names = new LocalizedName[items.Length / 2];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = new LocalizedName(items[2 * i], items[(2 * i) + 1]);
            }

            return new Names(ValueList<LocalizedName>.Own(names));
        }

        /// <summary>An evidence list: document, start, quote, prefix and suffix per item (BuiltInSchema.EvidenceItem's table order).</summary>
        public static ValueList<Evidence> Evidence(string field)
        {
            string[] items = Items(field, raw: true);
            var evidence = new Evidence[items.Length / 5];
            for (int i = 0; i < evidence.Length; i++)
            {
                int at = 5 * i;
                evidence[i] = new Evidence(Text(items[at]), Text(items[at + 2]), Number(items[at + 1])) { Prefix = OptionalText(items[at + 3]), Suffix = OptionalText(items[at + 4]) };
            }

            return ValueList<Evidence>.Own(evidence);
        }

        /// <summary>A statement's renderings: language, document, start, text, prefix and suffix per item (BuiltInSchema.Rendering's table order).</summary>
        public static ValueList<Rendering> Renderings(string field)
        {
            string[] items = Items(field, raw: true);
            var renderings = new Rendering[items.Length / 6];
            for (int i = 0; i < renderings.Length; i++)
            {
                int at = 6 * i;
                string text = Text(items[at + 3]);
                var source = new Evidence(Text(items[at + 1]), text, Number(items[at + 2])) { Prefix = OptionalText(items[at + 4]), Suffix = OptionalText(items[at + 5]) };
                renderings[i] = new Rendering(Text(items[at]), text, source);
            }

            return ValueList<Rendering>.Own(renderings);
        }

        /// <summary>
        /// A list of factuality items: holder, value, polarity, note and evidence per item (BuiltInSchema.FactualityItem's
        /// order). The evidence is a list nested in the item: one item holding its own list column, escaped
        /// (FactTableFormat), so it is unescaped once and read as any evidence column. The holder resolves through
        /// <paramref name="catalog"/> on its first read.
        /// </summary>
        public static ValueList<Factuality> Factuality(string field, FactCatalog catalog)
        {
            string[] items = Items(field, raw: true);
            var factuality = new Factuality[items.Length / 5];
            for (int i = 0; i < factuality.Length; i++)
            {
                int at = 5 * i;
                factuality[i] = new Factuality(null, (FactualityValue)Number(items[at + 1]), (FactualityPolarity)Number(items[at + 2]), OptionalText(items[at + 3]), Nested(items[at + 4], Evidence))
                {
                    HolderReference = catalog.Reference<Entity>(items[at]),
                };
            }

            return ValueList<Factuality>.Own(factuality);
        }

        /// <summary>A discrepancy's readings: text, rank, documents, note and evidence per item (BuiltInSchema.ReadingItem's order); the documents and the evidence are nested lists.</summary>
        public static ValueList<Reading> Readings(string field)
        {
            string[] items = Items(field, raw: true);
            var readings = new Reading[items.Length / 5];
            for (int i = 0; i < readings.Length; i++)
            {
                int at = 5 * i;
                readings[i] = new Reading(Text(items[at]), (ReadingRank)Number(items[at + 1]), Nested(items[at + 2], TextList), OptionalText(items[at + 3]), Nested(items[at + 4], Evidence));
            }

            return ValueList<Reading>.Own(readings);
        }

        /// <summary>A list nested in a sub-record's item: the item, unescaped, is the list's own column text (nothing for an empty list).</summary>
        private static ValueList<T> Nested<T>(string item, Func<string, ValueList<T>> read) => item.Length == 0 ? ValueList<T>.Empty : read(Text(item));

        // Apart, so that compiling Number does not compile the message's interpolation too.
        private static FormatException NotANumber(string field) => new FormatException($"'{field}' in the compiled tables is not a number.");
    }
}
