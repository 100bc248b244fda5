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

        public static string[] Items(string field)
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

                items[i] = Text(field.Substring(start, end - start));
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

        public static ValueList<Evidence> Evidence(string field)
        {
            string[] items = Items(field);
            var evidence = new Evidence[items.Length / 3];
            for (int i = 0; i < evidence.Length; i++)
            {
                evidence[i] = new Evidence(items[3 * i], items[(3 * i) + 2], Number(items[(3 * i) + 1]));
            }

            return ValueList<Evidence>.Own(evidence);
        }

        public static ValueList<Rendering> Renderings(string field)
        {
            string[] items = Items(field);
            var renderings = new Rendering[items.Length / 4];
            for (int i = 0; i < renderings.Length; i++)
            {
                string text = items[(4 * i) + 3];
                renderings[i] = new Rendering(items[4 * i], text, new Evidence(items[(4 * i) + 1], text, Number(items[(4 * i) + 2])));
            }

            return ValueList<Rendering>.Own(renderings);
        }

        // Apart, so that compiling Number does not compile the message's interpolation too.
        private static FormatException NotANumber(string field) => new FormatException($"'{field}' in the compiled tables is not a number.");
    }
}
