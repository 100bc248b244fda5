using System;
using System.Globalization;
using NewsFacts.Internal;

namespace NewsFacts
{
    /// <summary>Turns the raw fields of one table row into the values of the record model.</summary>
    internal static class RecordDecoder
    {
        public static string Text(string field) => FactTableFormat.UnescapeValue(field);

        public static string? OptionalText(string field) => field.Length == 0 ? null : FactTableFormat.UnescapeValue(field);

        public static FactDate? Date(string field) => field.Length == 0 ? null : FactDate.Parse(field);

        public static bool Flag(string field) => field == "1";

        public static int Number(string field) => int.Parse(field, NumberStyles.None, CultureInfo.InvariantCulture);

        public static string[] Items(string field)
        {
            if (field.Length == 0)
            {
                return Array.Empty<string>();
            }

            string[] items = field.Split(FactTableFormat.ItemSeparator);
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = FactTableFormat.UnescapeValue(items[i]);
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

        public static ValueList<T> References<T>(string field, Func<string, T> resolve)
        {
            string[] ids = Items(field);
            var resolved = new T[ids.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                resolved[i] = resolve(ids[i]);
            }

            return ValueList<T>.Own(resolved);
        }
    }
}
