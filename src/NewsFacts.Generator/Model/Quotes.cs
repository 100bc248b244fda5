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

        /// <summary>
        /// The record with the prefix and suffix of each of its quotes (W3C TextQuoteSelector) computed from its
        /// document's text: up to <see cref="BuiltInSchema.QuoteContextLength"/> UTF-16 code units just before and just
        /// after the quote, fewer at the document's start or end, and one fewer where the cut would split a surrogate
        /// pair. Left missing where the document's text is not known (or the quote is not at its offset: such a record is
        /// not emitted). Only the quotes' own documents count, so an edit to another document's text changes nothing.
        /// </summary>
        public static RecordSpec WithContext(SchemaKind kind, RecordSpec record, IReadOnlyDictionary<string, string> texts)
        {
            IReadOnlyList<SchemaField> fields = kind.Record.Fields;
            FieldValue[]? values = null;
            for (int f = 0; f < fields.Count; f++)
            {
                SchemaRecord? description = fields[f].Items;
                if (description is null || !IsQuote(description, out int document, out int text, out int start))
                {
                    continue;
                }

                int prefix = KindSchemas.IndexOf(description, "prefix");
                int suffix = KindSchemas.IndexOf(description, "suffix");
                EquatableArray<EquatableArray<FieldValue>> items = record[f].SubRecords;
                if (prefix < 0 || suffix < 0 || items.Count == 0)
                {
                    continue;
                }

                var withContext = new EquatableArray<FieldValue>[items.Count];
                for (int i = 0; i < items.Count; i++)
                {
                    EquatableArray<FieldValue> item = items[i];
                    var itemValues = new FieldValue[item.Count];
                    for (int v = 0; v < itemValues.Length; v++)
                    {
                        itemValues[v] = item[v];
                    }

                    string quote = item[text].AsText!;
                    if (texts.TryGetValue(item[document].AsText!, out string? documentText)
                        && int.TryParse(item[start].AsText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int at)
                        && at <= documentText.Length - quote.Length
                        && string.CompareOrdinal(documentText, at, quote, 0, quote.Length) == 0)
                    {
                        itemValues[prefix] = FieldValue.Text(PrefixOf(documentText, at));
                        itemValues[suffix] = FieldValue.Text(SuffixOf(documentText, at + quote.Length));
                    }

                    withContext[i] = new EquatableArray<FieldValue>(itemValues);
                }

                values ??= Copy(record);
                values[f] = FieldValue.Records(withContext);
            }

            return values is null ? record : record with { Values = new EquatableArray<FieldValue>(values) };
        }

        /// <summary>Up to <see cref="BuiltInSchema.QuoteContextLength"/> code units of <paramref name="text"/> before <paramref name="start"/>, not starting inside a surrogate pair.</summary>
        public static string PrefixOf(string text, int start)
        {
            int from = System.Math.Max(0, start - BuiltInSchema.QuoteContextLength);
            if (from > 0 && char.IsLowSurrogate(text[from]) && char.IsHighSurrogate(text[from - 1]))
            {
                from++;
            }

            return text.Substring(from, start - from);
        }

        /// <summary>Up to <see cref="BuiltInSchema.QuoteContextLength"/> code units of <paramref name="text"/> from <paramref name="end"/>, not ending inside a surrogate pair.</summary>
        public static string SuffixOf(string text, int end)
        {
            int to = System.Math.Min(text.Length, end + BuiltInSchema.QuoteContextLength);
            if (to < text.Length && to > end && char.IsHighSurrogate(text[to - 1]) && char.IsLowSurrogate(text[to]))
            {
                to--;
            }

            return text.Substring(end, to - end);
        }

        private static FieldValue[] Copy(RecordSpec record)
        {
            var values = new FieldValue[record.Values.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = record.Values[i];
            }

            return values;
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
