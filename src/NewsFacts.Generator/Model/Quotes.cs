using System.Collections.Generic;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Model
{
    /// <summary>One quoted text of a record with where it claims to stand, and the field it is at (<c>evidence[0].quote</c>).</summary>
    internal readonly record struct Quote(string Document, string Text, int Start, FieldPath Field);

    /// <summary>
    /// The quotes of a record: the items of its lists of sub-records that quote a document (evidence items, a
    /// statement's renderings), in the order of its fields. A sub-record quotes a document when it has a reference to
    /// one, a text and an offset: <c>document</c>, <c>quote</c> (or <c>text</c>) and <c>start</c>.
    /// </summary>
    internal static class Quotes
    {
        public static IEnumerable<Quote> Of(SchemaKind kind, RecordSpec record)
        {
            IReadOnlyList<SchemaField> fields = kind.Record.Fields;
            for (int f = 0; f < fields.Count; f++)
            {
                SchemaRecord? items = fields[f].Items;
                if (items is null || !IsQuote(items, out int document, out int text, out int start))
                {
                    continue;
                }

                EquatableArray<EquatableArray<FieldValue>> values = record[f].SubRecords;
                string textKey = items.Fields[text].Key;
                for (int i = 0; i < values.Count; i++)
                {
                    EquatableArray<FieldValue> item = values[i];
                    yield return new Quote(item[document].AsText!, item[text].AsText!, int.Parse(item[start].AsText!, System.Globalization.CultureInfo.InvariantCulture), new FieldPath(fields[f].Key, i, textKey));
                }
            }
        }

        /// <summary>Whether items of this description quote a document, and the positions of the document, the text and the offset.</summary>
        public static bool IsQuote(SchemaRecord items, out int document, out int text, out int start)
        {
            document = KindSchemas.IndexOf(items, "document");
            text = KindSchemas.IndexOf(items, "quote");
            if (text < 0)
            {
                text = KindSchemas.IndexOf(items, "text");
            }

            start = KindSchemas.IndexOf(items, "start");
            return document >= 0 && text >= 0 && start >= 0 && items.Fields[start].Type == SchemaFieldType.Offset;
        }
    }
}
