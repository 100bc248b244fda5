using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Emit
{
    /// <summary>
    /// Writes the records of one kind, built in or declared, as one table in the layout of
    /// <see cref="FactTableFormat"/>: a row per record, a column per field of the kind's description, in its order.
    /// </summary>
    internal static class TableWriter
    {
        public static string Write(SchemaKind kind, IReadOnlyList<RecordSpec> records)
        {
            IReadOnlyList<SchemaField> fields = kind.Record.Fields;
            var table = new StringBuilder();
            var items = new List<string?>();
            var words = new string[]?[fields.Count];
            for (int i = 0; i < fields.Count; i++)
            {
                words[i] = fields[i].Words is SchemaWords list ? KindSchemas.Words(list) : null;
            }

            foreach (RecordSpec record in records)
            {
                for (int i = 0; i < fields.Count; i++)
                {
                    if (i > 0)
                    {
                        table.Append(FactTableFormat.FieldSeparator);
                    }

                    Column(table, fields[i], record[i], words[i], items);
                }

                table.Append(FactTableFormat.RecordEnd);
            }

            return table.ToString();
        }

        // A value as its column holds it: a word as its place in its list (the runtime enum's value), a list as
        // items, sub-records flattened in their table order, any other value as its text.
        // `items` is a list to reuse for a list of sub-records' items (a column's evidence).
        private static void Column(StringBuilder table, SchemaField field, FieldValue value, string[]? words, List<string?> items)
        {
            switch (field.Type)
            {
                case SchemaFieldType.Word:
                    table.Append(WordNumber(value, words!));
                    break;
                case SchemaFieldType.Names:
                case SchemaFieldType.TextList:
                case SchemaFieldType.References:
                    Items(table, value.Items);
                    break;
                case SchemaFieldType.Records when !value.IsNone:
                    items.Clear();
                    SubRecordItems(field.Items!, value, items);
                    Items(table, items);
                    break;
                case SchemaFieldType.Records:
                    break;
                default:
                    if (value.AsText is string text)
                    {
                        table.Append(FactTableFormat.EscapeValue(text));
                    }

                    break;
            }
        }

        /// <summary>
        /// The items of a list of sub-records as its column holds them: each item's fields in its description's table
        /// order, one list item per field. A word is its place in its list; a list of texts or references is its own
        /// list column's text, and so is a list of sub-records nested in the item (a factuality item's evidence, at
        /// any depth): that text is one item, escaped as any text, so its separators cannot be taken for the outer
        /// list's (FactTableFormat). A missing value is null (written as nothing), an empty text stays empty (written
        /// as EmptyItem): the runtime tells them apart.
        /// </summary>
        private static void SubRecordItems(SchemaRecord description, FieldValue value, List<string?> items)
        {
            int[] order = Orders.GetValue(description, OrderOf);
            foreach (EquatableArray<FieldValue> item in value.SubRecords)
            {
                foreach (int f in order)
                {
                    SchemaField field = description.Fields[f];
                    switch (field.Type)
                    {
                        case SchemaFieldType.Word:
                            items.Add(WordNumber(item[f], KindSchemas.Words(field.Words!)));
                            break;
                        case SchemaFieldType.Names:
                        case SchemaFieldType.TextList:
                        case SchemaFieldType.References:
                        case SchemaFieldType.Records:
                            var nested = new StringBuilder();
                            Column(nested, field, item[f], null, new List<string?>());
                            items.Add(nested.Length == 0 ? null : nested.ToString());
                            break;
                        default:
                            items.Add(item[f].AsText);
                            break;
                    }
                }
            }

        }

        // A word as its column holds it: its place in its list (the runtime enum's value); a missing word is -1.
        private static string WordNumber(FieldValue value, string[] words) =>
            value.AsText is string word ? System.Array.IndexOf(words, word).ToString(CultureInfo.InvariantCulture) : "-1";

        private static void Items(StringBuilder table, IEnumerable<string?> values)
        {
            bool first = true;
            foreach (string? value in values)
            {
                if (!first)
                {
                    table.Append(FactTableFormat.ItemSeparator);
                }

                first = false;
                if (value is not null)
                {
                    table.Append(value.Length == 0 ? FactTableFormat.EmptyItem : FactTableFormat.EscapeValue(value));
                }
            }
        }

        // The order of each sub-record description, worked out once.
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SchemaRecord, int[]> Orders = new System.Runtime.CompilerServices.ConditionalWeakTable<SchemaRecord, int[]>();

        // The positions of a sub-record's fields in the order its list column holds them.
        private static int[] OrderOf(SchemaRecord description)
        {
            var order = new int[description.Fields.Count];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = description.TableOrder is null ? i : KindSchemas.IndexOf(description, description.TableOrder[i]);
            }

            return order;
        }
    }
}
