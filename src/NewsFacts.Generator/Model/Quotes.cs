using System.Collections.Generic;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Model
{
    /// <summary>One quoted text of a record with where it claims to stand, and the field it is at (<c>evidence[0].quote</c>).</summary>
    internal readonly record struct Quote(string Document, string Text, int Start, FieldPath Field);

    /// <summary>
    /// The quotes of a record: the items of its lists of sub-records that quote a document (evidence items, a
    /// statement's renderings), in the order of its fields, and those of the sub-records' own lists at any depth (the
    /// evidence of a claim's factuality items). A sub-record quotes a document when it has a reference to one, a text
    /// and an offset: <c>document</c>, <c>quote</c> (or <c>text</c>) and <c>start</c>.
    /// </summary>
    internal static class Quotes
    {
        public static IEnumerable<Quote> Of(SchemaKind kind, RecordSpec record)
        {
            var quotes = new List<Quote>();
            Add(quotes, kind.Record, record.Values, null);
            return quotes;
        }

        // The quotes of one record or sub-record (standing at `at` of the record), then those of its sub-records: a
        // fact's own evidence comes before the evidence of its factuality items (the doc comments show the first few).
        private static void Add(List<Quote> quotes, SchemaRecord description, EquatableArray<FieldValue> values, FieldPath? at)
        {
            IReadOnlyList<SchemaField> fields = description.Fields;
            for (int nested = 0; nested < 2; nested++)
            {
                for (int f = 0; f < fields.Count; f++)
                {
                    SchemaRecord? items = fields[f].Items;
                    if (items is null)
                    {
                        continue;
                    }

                    EquatableArray<EquatableArray<FieldValue>> subRecords = values[f].SubRecords;
                    bool quotesDocument = IsQuote(items, out int document, out int text, out int start);
                    for (int i = 0; i < subRecords.Count; i++)
                    {
                        EquatableArray<FieldValue> item = subRecords[i];
                        FieldPath itemAt = new FieldPath(fields[f].Key, i).Within(at);
                        if (nested == 1)
                        {
                            Add(quotes, items, item, itemAt);
                        }
                        else if (quotesDocument)
                        {
                            quotes.Add(new Quote(item[document].AsText!, item[text].AsText!, int.Parse(item[start].AsText!, System.Globalization.CultureInfo.InvariantCulture), new FieldPath(items.Fields[text].Key).Within(itemAt)));
                        }
                    }
                }
            }
        }

        /// <summary>
        /// The record with the prefix and suffix of each of its quotes (W3C TextQuoteSelector) computed from its
        /// document's text: up to <see cref="BuiltInSchema.QuoteContextLength"/> UTF-16 code units just before and just
        /// after the quote, fewer at the document's start or end, and one fewer where the cut would split a surrogate
        /// pair. Left missing where the document's text is not known (or the quote is not at its offset: such a record is
        /// not emitted). Only the quotes' own documents count, so an edit to another document's text changes nothing.
        /// Quotes in nested sub-records (a factuality item's evidence) get theirs too.
        /// </summary>
        public static RecordSpec WithContext(SchemaKind kind, RecordSpec record, IReadOnlyDictionary<string, string> texts)
        {
            FieldValue[]? values = WithContext(kind.Record, record.Values, texts);
            return values is null ? record : record with { Values = new EquatableArray<FieldValue>(values) };
        }

        // The values of a record or sub-record with context given to its quotes at any depth; null when nothing changed.
        private static FieldValue[]? WithContext(SchemaRecord description, EquatableArray<FieldValue> record, IReadOnlyDictionary<string, string> texts)
        {
            IReadOnlyList<SchemaField> fields = description.Fields;
            FieldValue[]? values = null;
            for (int f = 0; f < fields.Count; f++)
            {
                SchemaRecord? items = fields[f].Items;
                EquatableArray<EquatableArray<FieldValue>> subRecords = record[f].SubRecords;
                if (items is null || subRecords.Count == 0)
                {
                    continue;
                }

                bool quotesDocument = IsQuote(items, out int document, out int text, out int start);
                int prefix = KindSchemas.IndexOf(items, "prefix");
                int suffix = KindSchemas.IndexOf(items, "suffix");
                quotesDocument &= prefix >= 0 && suffix >= 0;
                var withContext = new EquatableArray<FieldValue>[subRecords.Count];
                bool changed = false;
                for (int i = 0; i < subRecords.Count; i++)
                {
                    EquatableArray<FieldValue> item = subRecords[i];
                    FieldValue[]? itemValues = WithContext(items, item, texts);
                    if (quotesDocument)
                    {
                        itemValues ??= Copy(item);
                        string quote = item[text].AsText!;
                        if (texts.TryGetValue(item[document].AsText!, out string? documentText)
                            && int.TryParse(item[start].AsText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int at)
                            && at <= documentText.Length - quote.Length
                            && string.CompareOrdinal(documentText, at, quote, 0, quote.Length) == 0)
                        {
                            itemValues[prefix] = FieldValue.Text(PrefixOf(documentText, at));
                            itemValues[suffix] = FieldValue.Text(SuffixOf(documentText, at + quote.Length));
                        }
                    }

                    changed |= itemValues is not null;
                    withContext[i] = itemValues is null ? item : new EquatableArray<FieldValue>(itemValues);
                }

                if (changed)
                {
                    values ??= Copy(record);
                    values[f] = FieldValue.Records(withContext);
                }
            }

            return values;
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

        private static FieldValue[] Copy(EquatableArray<FieldValue> record)
        {
            var values = new FieldValue[record.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = record[i];
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
